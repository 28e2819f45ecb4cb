"""Translation for every user-facing string, with or without Qt.

Source strings are English, marked with ``tr("...")`` (or ``QT_TRANSLATE_NOOP("", "...")`` where the text is
stored and translated later); ``pyside6-lupdate`` collects them into resources/translations/opsflow_zh_CN.ts.
Without Qt (command line, tests of the core) translations are read straight from that .ts file. The window
calls ``use_translator`` so that the same ``tr`` goes through Qt's QTranslator and the compiled .qm.
Chinese is the first language: it is used unless the locale or OPSFLOW_LANG asks for English.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache

from .paths import translations_dir

SUPPORTED = ("zh_CN", "en")
CATALOGUE_NAME = "opsflow"  # resources/translations/opsflow_<lang>.ts / .qm
_language: str | None = None
_translator: Callable[[str], str] | None = None


def detect_language() -> str:
    """zh_CN unless OPSFLOW_LANG or the locale variables ask for English."""
    for var in ("OPSFLOW_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "").strip()
        if not value or value in ("C", "POSIX") or value.startswith("C."):
            continue
        return "en" if value.lower().startswith("en") else "zh_CN"
    return "zh_CN"


def language() -> str:
    global _language
    if _language is None:
        _language = detect_language()
    return _language


def set_language(lang: str) -> None:
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(SUPPORTED)}")
    global _language
    _language = lang


@cache
def _catalogue(lang: str) -> dict[str, str]:
    """source -> translation, from every .ts file of the language (all contexts merged)."""
    catalogue: dict[str, str] = {}
    if lang == "en":
        return catalogue
    for path in sorted(translations_dir().glob(f"{CATALOGUE_NAME}_{lang}.ts")):
        root = ET.parse(path).getroot()
        for message in root.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source and translation is not None and translation.text and translation.get("type") != "obsolete":
                catalogue[source] = translation.text
    return catalogue


def use_translator(translate: Callable[[str], str] | None) -> None:
    """Route ``tr`` through another translator (the window's QCoreApplication.translate), or back."""
    global _translator
    _translator = translate


def tr(source: str, /, **values: object) -> str:
    """Translate ``source`` into the current language and fill its ``{placeholders}``."""
    if _translator is not None:
        text = _translator(source)
    else:
        text = _catalogue(language()).get(source, source)
    return text.format(**values) if values else text


def spellings(source: str) -> list[str]:
    """A source string and its translation in every language, whatever the current one is: for reading
    files that may have been written in either language."""
    return [source, *(_catalogue(lang).get(source, source) for lang in SUPPORTED if lang != "en")]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string for the catalogue without translating it yet (translate later with ``tr``)."""
    return source
