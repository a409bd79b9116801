#!/usr/bin/env bash
# starpath-cli end to end: the real binary on the real levels. Usage: cli_test.sh CLI REPO
set -u
cli=$1
repo=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# validate: every shipped level is valid
"$cli" validate "$repo"/levels/1-*.json || fail "validate rejected a shipped level"

# validate: a broken level gives exit 1 and "FILE: /pointer: message" lines
sed 's/"mass_kg": 173.0/"mass_kg": -5/' "$repo/levels/1-3.json" > "$tmp/broken.json"
printf '{"version": 1, "id": "x"' > "$tmp/truncated.json"
"$cli" validate "$tmp/broken.json" "$tmp/truncated.json" 2> "$tmp/err.txt"
[ $? -eq 1 ] || fail "validate of broken files did not exit 1"
grep -q "^$tmp/broken.json: /ship/mass_kg: " "$tmp/err.txt" || fail "no pointer line for the bad mass: $(cat "$tmp/err.txt")"
grep -q "^$tmp/truncated.json: " "$tmp/err.txt" || fail "no line for the truncated file"

# replay: one JSON object with the promised keys, exit 0 whatever the result
out=$("$cli" replay "$repo/levels/1-1.json" "$repo/levels/solutions/1-1.json") || fail "replay exit code"
for key in result reason stars ticks hash; do
    echo "$out" | grep -q "\"$key\":" || fail "replay output lacks $key: $out"
done
echo "$out" | grep -q '"result":"won"' || fail "1-1 solution did not win: $out"
echo '{"version":1,"level":"1-1","events":[]}' > "$tmp/empty.json"
out=$("$cli" replay "$repo/levels/1-1.json" "$tmp/empty.json") || fail "replay of a losing log must exit 0"
echo "$out" | grep -q '"result":"timeout"' || fail "empty input should time out: $out"
# a made level carries its own solution: replay needs no input log
for t in "$repo"/levels/templates/*.json; do
    out=$("$cli" replay "$t") || fail "replay of $t's own solution exit code"
    echo "$out" | grep -q '"result":"won"' || fail "$t: its solution did not win: $out"
done
"$cli" replay "$repo/levels/1-1.json" 2>"$tmp/err.txt" && fail "1-1 has no solution of its own: replay must fail"
grep -q "has no recorded solution" "$tmp/err.txt" || fail "no message for a level without a solution"

# simulate: a CSV in real units
"$cli" simulate "$repo/levels/1-5.json" --seconds 600 --every 60 --trace "$tmp/trace.csv" 2>/dev/null || fail "simulate exit code"
head -1 "$tmp/trace.csv" | grep -qx 't_s,body,x_km,y_km,vx_km_s,vy_km_s,range_km,closing_m_s' || fail "CSV header"
rows=$(grep -c ',ship,' "$tmp/trace.csv")
[ "$rows" -eq 11 ] || fail "expected 11 ship rows (0..600 s every 60 s), got $rows"
grep -q ',debris0,' "$tmp/trace.csv" || fail "moving debris missing from the trace"
# every craft, and the range (centre to centre) and closing speed to the target: the docking
# scene starts 20 m out, closing at 0.15 m/s
"$cli" simulate "$repo/tests/scenes/docking.json" --seconds 60 --every 10 --trace "$tmp/dock.csv" 2>/dev/null || fail "simulate docking exit code"
grep -q ',craft1,' "$tmp/dock.csv" || fail "the station (craft1) missing from the trace"
awk -F, '$1 == "10.000" && $2 == "ship" { r = $7; c = $8 } END { if (!(r > 0.0184 && r < 0.0186 && c > 0.149 && c < 0.151)) exit 1 }' "$tmp/dock.csv" ||
    fail "after 10 s the ship should be 18.5 m from the station closing at 0.15 m/s: $(grep '^10.000,ship' "$tmp/dock.csv")"

# format --check: shipped levels are canonical
"$cli" format --check "$repo"/levels/1-*.json "$repo"/levels/templates/*.json || fail "a shipped level is not canonical"

# link: a share link whose code is the level deflated with zlib, in base64url (decoded here by
# Python's own base64 and zlib, which the build's font subsetting needs anyway)
out=$("$cli" link "$repo/levels/1-3.json" "http://127.0.0.1:8000/") || fail "link exit code"
case $out in http://127.0.0.1:8000/#level=*) ;; *) fail "link output: $out" ;; esac
code=${out#*#level=}
/usr/bin/python3 -c 'import base64, sys, zlib; c = sys.argv[1]; sys.stdout.buffer.write(zlib.decompress(base64.urlsafe_b64decode(c + "=" * (-len(c) % 4))))' \
    "$code" > "$tmp/from-link.json" || fail "link code is not zlib in base64url"
"$cli" validate "$tmp/from-link.json" || fail "the level in the link is not valid"
grep -q '"id":"1-3"' "$tmp/from-link.json" || fail "the link does not carry level 1-3"
# lesson: a teacher's lesson file checked against the campaign, and its link
cat > "$tmp/lesson.json" <<'LESSON'
{"version": 1, "id": "class7b", "title": {"en": "Orbits", "zh": "轨道"},
 "levels": [{"id": "1-1"}, {"id": "1-2", "tools": {"hints": "locked"}}, {"id": "4-3", "time_limit_min": 10}]}
LESSON
out=$("$cli" lesson "$tmp/lesson.json" "http://127.0.0.1:8000/") || fail "lesson exit code"
case $out in http://127.0.0.1:8000/#lesson=*) ;; *) fail "lesson output: $out" ;; esac
/usr/bin/python3 -c 'import base64, sys, zlib; c = sys.argv[1]; sys.stdout.buffer.write(zlib.decompress(base64.urlsafe_b64decode(c + "=" * (-len(c) % 4))))' \
    "${out#*#lesson=}" > "$tmp/from-lesson-link.json" || fail "lesson code is not zlib in base64url"
grep -q '"hints":"locked"' "$tmp/from-lesson-link.json" || fail "the lesson link does not carry the locked hints"
sed 's/"4-3"/"9-9"/' "$tmp/lesson.json" > "$tmp/bad-lesson.json"
"$cli" lesson "$tmp/bad-lesson.json" 2> "$tmp/bad-lesson.err" && fail "a lesson naming 9-9 should exit 1"
grep -q '/levels/2/id: the campaign has no level "9-9"' "$tmp/bad-lesson.err" || fail "bad lesson message: $(cat "$tmp/bad-lesson.err")"
"$cli" link "$tmp/broken.json" 2>/dev/null
[ $? -eq 1 ] || fail "link of a broken level should exit 1"

# help and usage errors
"$cli" --help | grep -q "simulate LEVEL" || fail "--help"
"$cli" frobnicate 2>/dev/null
[ $? -eq 2 ] || fail "unknown command should exit 2"

[ $failures -eq 0 ] && echo "cli: all checks passed"
exit $failures
