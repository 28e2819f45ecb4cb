"""Builds resources/fonts/NotoSansSC-OpsFlow-Regular.otf, the bundled Simplified-Chinese UI font.

The font is a subset of the Simplified-Chinese face of Noto Sans CJK Regular (SIL Open Font
License 1.1) so that Chinese text renders on machines that have no CJK system font. The output is
a plain OpenType/CFF file that QFontDatabase.addApplicationFont loads; Qt reports its family as
"Noto Sans SC OpsFlow". See resources/fonts/README.md for what is kept and why.

What it needs (neither is a dependency of the app; use a scratch venv, not the project's .venv):

* the Debian package fonts-noto-cjk, which provides
  /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc:
      apt-get update && apt-get install -y fonts-noto-cjk
* fontTools:
      python3 -m venv /tmp/fontvenv && /tmp/fontvenv/bin/pip install fonttools

Run from the repository root (takes about a minute):

    /tmp/fontvenv/bin/python tools/subset_font.py

The build is reproducible: the same source font and fontTools version give a byte-identical file
(the head table's timestamps are kept from the source font). The script prints the output's size
and SHA-256 and checks that every Han character in resources/ and opsflow_desktop/ is covered.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
DEFAULT_OUTPUT = REPO / "resources" / "fonts" / "NotoSansSC-OpsFlow-Regular.otf"

FAMILY = "Noto Sans SC OpsFlow"
STYLE = "Regular"
POSTSCRIPT_NAME = "NotoSansSCOpsFlow-Regular"

# Inclusive code point ranges kept in the subset.
UNICODE_RANGES: list[tuple[int, int, str]] = [
    (0x0020, 0x007E, "Basic Latin (printable)"),
    (0x00A0, 0x00FF, "Latin-1 Supplement"),
    (0x2000, 0x206F, "General Punctuation"),
    (0x2190, 0x21FF, "Arrows"),
    (0x25A0, 0x25FF, "Geometric Shapes"),
    (0x3000, 0x303F, "CJK Symbols and Punctuation"),
    (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms"),
    (0x4E00, 0x9FFF, "CJK Unified Ideographs"),
]

# fontTools' default OpenType features minus 'locl'. In this font 'locl' swaps the default (SC)
# ideographs for their Japanese, Korean and Traditional-Chinese regional forms; keeping it would pull
# in ~17,700 extra glyphs (about doubling the file) and could show non-SC forms when Qt tags text
# with another language. Vertical-writing features ('vert', 'vrt2', ...) and 'kern' stay.
LAYOUT_FEATURES = [f for f in subset.Options().layout_features if f != "locl"]

# Source paths scanned for Han characters that must be covered (read only).
PROJECT_TEXT_DIRS = [REPO / "resources", REPO / "opsflow_desktop"]


def find_sc_face(collection: TTCollection) -> TTFont:
    """Returns the proportional Simplified-Chinese face ("Noto Sans CJK SC") of the collection."""
    for font in collection.fonts:
        family = font["name"].getDebugName(1) or ""
        if family.split()[-1] == "SC" and "Mono" not in family:
            return font
    names = [f["name"].getDebugName(1) for f in collection.fonts]
    raise SystemExit(f"no proportional SC face in the collection; faces: {names}")


def wanted_unicodes() -> list[int]:
    return [u for start, end, _ in UNICODE_RANGES for u in range(start, end + 1)]


def rename(font: TTFont) -> None:
    """Gives the subset its own family name (it is a Modified Version under the OFL)."""
    name = font["name"]
    version = name.getDebugName(5) or ""
    unique = f"{version.split(';')[0].replace('Version ', '')};GOOG;{POSTSCRIPT_NAME};OpsFlow subset"
    new = {1: FAMILY, 2: STYLE, 3: unique, 4: f"{FAMILY} {STYLE}", 6: POSTSCRIPT_NAME}
    # Drop every record (all platforms, all languages, incl. the zh-CN ones) for the renamed IDs and
    # typographic family/style IDs, then write one Windows-English record for each, so Qt reports the
    # same family whatever the system locale.
    name.names = [r for r in name.names if r.nameID not in (*new, 16, 17, 18, 21, 22)]
    for name_id, value in new.items():
        name.setName(value, name_id, 3, 1, 0x409)
    cff = font["CFF "].cff
    cff.fontNames = [POSTSCRIPT_NAME]
    top = cff.topDictIndex[0]
    top.FamilyName = FAMILY
    top.FullName = f"{FAMILY} {STYLE}"
    if "post" in font:
        font["post"].formatType = 3.0  # CFF fonts carry glyph names in the CFF table, not in post


def project_han_characters() -> set[str]:
    chars: set[str] = set()
    for root in PROJECT_TEXT_DIRS:
        for path in root.rglob("*"):
            if path.is_file() and path.suffix not in {".otf", ".ttf", ".ttc", ".png", ".qm"}:
                try:
                    text = path.read_text("utf-8")
                except (UnicodeDecodeError, OSError):
                    continue
                chars.update(
                    ch for ch in text if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ord(ch) >= 0x20000
                )
    return chars


def build(source: pathlib.Path, output: pathlib.Path, keep_hinting: bool) -> bytes:
    # recalcTimestamp=False keeps head.modified from the source, so the output is reproducible.
    collection = TTCollection(str(source), recalcTimestamp=False)
    font = find_sc_face(collection)
    print(f"source face: {font['name'].getDebugName(4)} ({font['name'].getDebugName(5)})")

    options = subset.Options()
    options.layout_features = LAYOUT_FEATURES
    options.hinting = keep_hinting
    options.name_IDs = ["*"]  # keep copyright, licence, trademark, designer, ... records
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted_unicodes())
    subsetter.subset(font)
    rename(font)

    buffer = io.BytesIO()
    font.save(buffer, reorderTables=True)
    data = buffer.getvalue()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(data)
    return data


def check(output: pathlib.Path) -> None:
    font = TTFont(str(output))
    cmap = font.getBestCmap()
    for start, end, label in UNICODE_RANGES:
        have = sum(1 for u in range(start, end + 1) if u in cmap)
        print(f"  U+{start:04X}-U+{end:04X} {label}: {have} of {end - start + 1} code points")
    print(f"  glyphs: {len(font.getGlyphOrder())}, family: {font['name'].getDebugName(1)!r}")
    missing = sorted(ch for ch in project_han_characters() if ord(ch) not in cmap)
    if missing:
        raise SystemExit(f"Han characters used by the project but missing from the font: {''.join(missing)}")
    print("  every Han character in resources/ and opsflow_desktop/ is covered")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source",
        type=pathlib.Path,
        default=DEFAULT_SOURCE,
        help=f"Noto Sans CJK Regular collection (default: {DEFAULT_SOURCE})",
    )
    parser.add_argument(
        "--output",
        type=pathlib.Path,
        default=DEFAULT_OUTPUT,
        help="where to write the subset (default: resources/fonts/NotoSansSC-OpsFlow-Regular.otf)",
    )
    parser.add_argument(
        "--drop-hinting",
        action="store_true",
        help="remove the CFF hints (about 1 MB smaller, blurrier small text with FreeType)",
    )
    args = parser.parse_args(argv)
    if not args.source.exists():
        print(f"{args.source} not found: apt-get install -y fonts-noto-cjk", file=sys.stderr)
        return 1
    data = build(args.source, args.output, keep_hinting=not args.drop_hinting)
    print(f"wrote {args.output} ({len(data):,} bytes, sha256 {hashlib.sha256(data).hexdigest()})")
    check(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
