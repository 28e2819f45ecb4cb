"""Fill unfinished entries of the catalogue from a JSON object {source: translation}.

Usage: .venv/bin/python tools/translate.py translations.json   (a quicker path than Qt Linguist for batches)
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "resources" / "translations" / "opsflow_zh_CN.ts"


def fill(translations: dict[str, str], catalogue: Path = CATALOGUE) -> int:
    text = catalogue.read_text(encoding="utf-8")
    filled = 0

    def replace(match: re.Match) -> str:
        nonlocal filled
        source = ET.fromstring(f"<s>{match.group(2)}</s>").text or ""
        if source in translations:
            filled += 1
            return f"{match.group(1)}<translation>{escape(translations[source], quote=False)}</translation>"
        return match.group(0)

    # Only unfinished <translation> elements change; lupdate's layout stays as it is.
    text = re.sub(
        r'(<source>([^<]*)</source>\s*)<translation type="unfinished"></translation>', replace, text, flags=re.S
    )
    catalogue.write_text(text, encoding="utf-8")
    return filled


if __name__ == "__main__":
    count = fill(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
    print(f"{CATALOGUE.name}: filled {count} translations")
