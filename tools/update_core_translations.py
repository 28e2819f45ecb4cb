"""Collect the core's tr("...") strings into resources/translations/opsflow_core_zh_CN.ts.

Existing translations are kept; new strings are added as unfinished; strings no longer in the code are
dropped. Run after adding messages: .venv/bin/python tools/update_core_translations.py
The window's own strings go through pyside6-lupdate into a separate .ts file.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from opsflow_desktop.labels import all_labels  # noqa: E402

CORE = ["model", "editing", "analysis", "io", "layout", "cli.py", "i18n.py", "labels.py"]
TS_FILE = ROOT / "resources" / "translations" / "opsflow_core_zh_CN.ts"
CONTEXT = "core"


def source_strings() -> list[str]:
    found: dict[str, None] = {}
    for entry in CORE:
        path = ROOT / "opsflow_desktop" / entry
        if not path.exists():
            continue
        for file in sorted(path.rglob("*.py") if path.is_dir() else [path]):
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                        and node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found[node.args[0].value] = None
    for text in all_labels():
        found[text] = None
    return list(found)


def existing_translations() -> dict[str, str]:
    if not TS_FILE.exists():
        return {}
    root = ET.parse(TS_FILE).getroot()
    return {m.findtext("source"): m.findtext("translation") or "" for m in root.iter("message")}


def write(strings: list[str], translations: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text in strings:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if translations.get(text):
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    TS_FILE.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                       + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def main() -> None:
    strings = source_strings()
    translations = existing_translations()
    write(strings, translations)
    missing = [s for s in strings if not translations.get(s)]
    print(f"{TS_FILE.relative_to(ROOT)}: {len(strings)} strings, {len(missing)} untranslated")
    for text in missing:
        print("  " + text)


if __name__ == "__main__":
    main()
