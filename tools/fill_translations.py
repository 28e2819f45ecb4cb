"""Copy translations from one .ts file into another by source text (e.g. after renaming a catalogue).

Usage: .venv/bin/python tools/fill_translations.py FROM.ts INTO.ts
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from html import escape


def main(source: str, target: str) -> None:
    known = {m.findtext("source"): m.findtext("translation") for m in ET.parse(source).getroot().iter("message")
             if m.findtext("translation")}
    text = open(target, encoding="utf-8").read()
    filled = 0

    def fill(match: re.Match) -> str:
        nonlocal filled
        source_text = ET.fromstring(f"<s>{match.group(2)}</s>").text or ""
        if source_text in known:
            filled += 1
            return f'{match.group(1)}<translation>{escape(known[source_text], quote=False)}</translation>'
        return match.group(0)

    # lupdate's own layout is kept: only the unfinished <translation> elements are replaced.
    text = re.sub(r'(<source>(.*?)</source>\s*)<translation type="unfinished"></translation>', fill, text, flags=re.S)
    open(target, "w", encoding="utf-8").write(text)
    print(f"{target}: filled {filled} translations")


if __name__ == "__main__":
    main(*sys.argv[1:3])
