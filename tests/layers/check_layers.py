#!/usr/bin/env python3
"""The walls of the house, checked: every #include in engine/ and game/ must point at a layer
the file's own layer may use (the table below; README.md and CONVENTIONS.md draw it). An
include that runs back up, or between the screens and the editor, fails the test with the
file, the line and the rule it breaks. Run by CTest:

    check_layers.py ROOT                      every file under ROOT/engine and ROOT/game
    check_layers.py ROOT --expect LIST        passes only if exactly the violations in LIST
                                              are found (tests/layers/fixture proves the
                                              check fails when it should)
"""
import pathlib
import re
import sys

# Each layer, from the bottom up: the folders it is, the layers it may include (besides
# itself), and whether it is headless (then no windowed library's headers either).
LAYERS = [
    # name             folders                              may include                               headless
    ("engine/core",    ["engine/core"],                     [],                                       True),
    ("engine/physics", ["engine/physics"],                  ["engine/core"],                          True),
    ("engine/render",  ["engine/render"],                   ["engine/core"],                          False),
    # The window, input, sound and ImGui glue lean on each other (App wires ImGui in).
    ("engine/gfx",     ["engine/platform", "engine/ui"],    ["engine/core", "engine/render"],         False),
    ("game/sim",       ["game/sim"],                        ["engine/core", "engine/physics"],        True),
    # The words: string tables, numbers, goals and outcomes in sentences (the CLI speaks them too).
    ("game/text",      ["game/text"],                       ["engine/core", "engine/physics", "game/sim"], True),
    ("game/edit",      ["game/edit"],                       ["engine/core", "engine/physics", "game/sim"], True),
    ("game/cli",       ["game/cli"],                        ["engine/core", "engine/physics", "game/sim", "game/text"], True),
    ("game/view",      ["game/view"],                       ["engine/*", "game/sim", "game/text"],    False),
    ("game/shell",     ["game/shell"],                      ["engine/*", "game/sim", "game/text", "game/edit", "game/view"], False),
    # The screens and the editor are peers: both stand on the shell, neither includes the other.
    ("game/screens",   ["game/screens"],                    ["engine/*", "game/sim", "game/text", "game/edit", "game/view", "game/shell"], False),
    ("game/editor",    ["game/editor"],                     ["engine/*", "game/sim", "game/text", "game/edit", "game/view", "game/shell"], False),
    ("game/app",       ["game/app"],                        ["engine/*", "game/*"],                   False),
]

# Headers of the windowed libraries (SDL, OpenGL ES, Dear ImGui, stb, Emscripten's runtime).
WINDOWED = re.compile(r"^(SDL|GLES|GL/|imgui|stb_|emscripten)")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
SOURCES = (".h", ".hpp", ".cpp", ".cc")


def layer_of(path):
    """The layer a root-relative path ('game/sim/level.h') belongs to, or None."""
    for name, folders, _, _ in LAYERS:
        if any(path == f or path.startswith(f + "/") for f in folders):
            return name
    return None


def allowed(user, used):
    if used == user:
        return True
    rules = next(r for n, _, r, _ in LAYERS if n == user)
    for rule in rules:
        if rule.endswith("/*") and used.startswith(rule[:-1]):
            return True
        if used == rule:
            return True
    return False


def check(root):
    """Every violation under root, as 'path:line: message' strings."""
    problems = []
    for top in ("engine", "game"):
        for file in sorted((root / top).rglob("*")):
            if file.suffix not in SOURCES or not file.is_file():
                continue
            rel = file.relative_to(root).as_posix()
            user = layer_of(rel)
            if user is None:
                problems.append(f"{rel}:1: is in no layer (add its folder to tests/layers/check_layers.py)")
                continue
            headless = next(h for n, _, _, h in LAYERS if n == user)
            text = file.read_text(encoding="utf-8", errors="replace")
            for number, line in enumerate(text.splitlines(), 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                kind, target = m.groups()
                if kind == "<":
                    if headless and WINDOWED.match(target):
                        problems.append(f"{rel}:{number}: {user} is headless and must not include <{target}>")
                    continue
                used = layer_of(target)
                if used is None:
                    if target.startswith(("engine/", "game/")):
                        problems.append(f"{rel}:{number}: includes \"{target}\", which is in no layer")
                    continue
                if used.startswith("game/") and user.startswith("engine/"):
                    problems.append(f"{rel}:{number}: engine/ never includes game/ (\"{target}\")")
                elif not allowed(user, used):
                    problems.append(f"{rel}:{number}: {user} must not include {used} (\"{target}\")")
    return problems


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != "--expect"):
        print(__doc__)
        return 2
    root = pathlib.Path(argv[1])
    problems = check(root)
    if len(argv) == 4:
        expected = [l.strip() for l in pathlib.Path(argv[3]).read_text().splitlines() if l.strip() and not l.startswith("#")]
        if problems == expected:
            print(f"layers: the fixture's {len(expected)} violations are found, and nothing else")
            return 0
        print("layers: the check did not find what the fixture holds")
        print("  expected:\n    " + "\n    ".join(expected))
        print("  found:\n    " + "\n    ".join(problems))
        return 1
    for p in problems:
        print(p)
    files = sum(1 for top in ("engine", "game") for f in (root / top).rglob("*") if f.suffix in SOURCES)
    if problems:
        print(f"layers: {len(problems)} include(s) run against the walls (README.md, \"The layers\")")
        return 1
    print(f"layers: {files} files, every include runs down or within its layer")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
