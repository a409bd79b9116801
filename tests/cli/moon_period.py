#!/usr/bin/env python3
"""Scene 1 of the simulation core: the Moon on its orbit about the Earth.

Flies tests/scenes/moon-orbit.json for 30 days with `starpath-cli simulate --trace`, reads the
Moon's positions from the trace and measures its sidereal period: the time it takes to sweep a
full turn about the Earth. It must be 27.32 days (NASA's Moon fact sheet, FACTS.md [54])
within 0.1%. Usage: moon_period.py STARPATH_CLI REPO
"""
import csv, math, os, subprocess, sys, tempfile

cli, repo = sys.argv[1], sys.argv[2]
real_days = 27.321661
with tempfile.TemporaryDirectory() as tmp:
    trace = os.path.join(tmp, "trace.csv")
    subprocess.run([cli, "simulate", os.path.join(repo, "tests/scenes/moon-orbit.json"),
                    "--seconds", str(30 * 86400), "--every", "600", "--trace", trace], check=True)
    rows = [r for r in csv.DictReader(open(trace)) if r["body"] == "attractor1"]
if len(rows) < 1000:
    sys.exit(f"moon_period: only {len(rows)} rows for the Moon in the trace (expected a row every 600 s)")
swept, last, prev_t = 0.0, None, None
period = None
for r in rows:
    t, a = float(r["t_s"]), math.atan2(float(r["y_km"]), float(r["x_km"]))
    if last is not None:
        step = math.remainder(a - last, 2 * math.pi)
        if swept + step >= 2 * math.pi:   # the turn completes within this interval
            period = prev_t + (t - prev_t) * (2 * math.pi - swept) / step
            break
        swept += step
    last, prev_t = a, t
if period is None:
    sys.exit("moon_period: the Moon did not complete a turn in 30 days")
days = period / 86400
error = abs(days - real_days) / real_days
print(f"the Moon's sidereal period: {days:.4f} days (real {real_days} days; off by {100 * error:.3f}%)")
sys.exit(0 if error < 0.001 else 1)
