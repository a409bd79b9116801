#!/usr/bin/python3
"""Build the UI fonts: two subsets of WenQuanYi Micro Hei.

--output holds the characters Starpath shows (every character in the level and string-table
JSON files, non-ASCII characters in the given source files, printable ASCII, Latin-1 and a
few symbols): the game draws its first frame with it, at the body and the title size.
--typing-output holds the rest of the common Chinese anyone may type into the level editor
(the 3,755 level-1 hanzi of GB2312, its punctuation and full-width forms): the game merges it
into the body size after its first frame (engine/ui/ui.h), so a browser's first load does not
wait for it, and the title size never rasterizes it.

Run by CMake at build time (see cmake/Graphics.cmake); always with /usr/bin/python3, which
sees Debian's python3-fonttools. Usage:

    make_font_subset.py --font wqy-microhei.ttc --output starpath-ui.ttf \
        --typing-output starpath-ui-typing.ttf \
        [--json FILE ...] [--sources FILE ...] [--chars-out chars.txt] \
        [--own-chars-out own.txt]

--chars-out lists every character of the two fonts together; --own-chars-out only the
game's own (those in --output).
"""
import argparse
import json
import os
import sys

# Always present: printable ASCII, Latin-1, and the symbols the HUD and fact cards use.
ASCII = "".join(chr(c) for c in range(0x20, 0x7F))
LATIN1 = "".join(chr(c) for c in range(0xA0, 0x100))
SYMBOLS = "°×·—…→←↑↓★☆ΔδΩωπθλ≈±²³μµ≤≥≠∞√−–‘’“”•✓○●◆▶◀"
# The game's name and the words every screen needs, so the UI is readable even before any
# string table exists.
BASE_TEXT = (
    "星途轨道速度开始继续设置返回关卡成功失败重试下一关暂停菜单教师课堂编辑器保存加载音量静音"
    "全屏语言中文英文简体确定取消发射推力燃料时间距离高度目标完成地球月球卫星东方红神舟天宫嫦娥"
    "鹊桥北斗号飞船空间站着陆对接逃逸引力公里每秒分钟小时千克米：，。！？、（）《》“”"
)


def gb2312_rows(first, last):
    """Every character GB2312 encodes in rows first..last (0xB0-0xD7: the 3,755 level-1
    hanzi, in pinyin order; 0xA1: punctuation and symbols; 0xA3: full-width forms)."""
    out = []
    for row in range(first, last + 1):
        for cell in range(0xA1, 0xFF):
            try:
                out.append(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass   # the unused cells at the end of row 0xD7
    return out


COMMON_CHINESE = gb2312_rows(0xB0, 0xD7) + gb2312_rows(0xA1, 0xA1) + gb2312_rows(0xA3, 0xA3)


def strings_in(value):
    """Every string (keys and values) inside a parsed JSON document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v)


def collect(json_files, source_files):
    chars = set(ASCII + LATIN1 + SYMBOLS + BASE_TEXT)
    for path in json_files:
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            # A level being edited may be briefly invalid: keep its raw characters instead.
            print(f"make_font_subset: {path}: {e}; using raw text", file=sys.stderr)
            with open(path, encoding="utf-8", errors="ignore") as f:
                chars.update(f.read())
            continue
        for s in strings_in(doc):
            chars.update(s)
    for path in source_files:
        with open(path, encoding="utf-8", errors="ignore") as f:
            chars.update(c for c in f.read() if ord(c) > 0x7F)
    return sorted(c for c in chars if c.isprintable() or c == " ")


def subset_font(args, text, output):
    """Writes the characters of `text` from the source font to `output`; returns the
    characters the source font lacks."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    options = subset.Options()
    options.font_number = args.font_number
    options.layout_features = ["*"]
    options.name_IDs = ["*"]           # keep the copyright and license records
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False            # ImGui's rasterizer ignores hints; smaller file
    options.desubroutinize = True
    font = TTFont(args.font, fontNumber=args.font_number, lazy=False)
    sub = subset.Subsetter(options)
    sub.populate(text=text)
    sub.subset(font)
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    tmp = output + ".tmp"
    font.save(tmp)
    os.replace(tmp, output)            # never leave a half-written font for the game
    cmap = font.getBestCmap() or {}
    print(f"make_font_subset: {len(text)} characters, {len(cmap)} in the font, "
          f"{os.path.getsize(output)} bytes -> {output}")
    return [c for c in text if ord(c) not in cmap and c != " "]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--font", required=True)
    ap.add_argument("--font-number", type=int, default=0)
    ap.add_argument("--output", required=True)
    ap.add_argument("--typing-output", required=True)
    ap.add_argument("--json", nargs="*", default=[])
    ap.add_argument("--sources", nargs="*", default=[])
    ap.add_argument("--chars-out")
    ap.add_argument("--own-chars-out")
    args = ap.parse_args()

    try:
        from fontTools import subset  # noqa: F401
    except ImportError:
        sys.exit("make_font_subset: fontTools is missing: apt-get install python3-fonttools "
                 "and run with /usr/bin/python3")

    own = "".join(collect(args.json, args.sources))
    # The typing font holds only what the game's own font lacks. (Every font holds a glyph
    # for the space and for .notdef, which ImGui never draws from a merged font.)
    typing = "".join(sorted(set(COMMON_CHINESE) - set(own)))
    missing = subset_font(args, own, args.output) + subset_font(args, typing, args.typing_output)
    for path, chars in ((args.chars_out, "".join(sorted(set(own) | set(typing)))), (args.own_chars_out, own)):
        if path:
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                f.write(chars)
            os.replace(path + ".tmp", path)
    print(f"make_font_subset: {len(own)} of the game's own characters, {len(typing)} more for typing")
    if missing:
        print("make_font_subset: not in the source font: " + "".join(missing), file=sys.stderr)


if __name__ == "__main__":
    main()
