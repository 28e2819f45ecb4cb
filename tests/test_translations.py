"""Chinese first: every user-facing string is in the catalogue, translated, and the catalogue is current."""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from opsflow_desktop import i18n
from opsflow_desktop.labels import label
from opsflow_desktop.model import FindingType, SignOffDecision, SignOffRole
from opsflow_desktop.paths import translations_dir

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = translations_dir() / "opsflow_zh_CN.ts"


def messages(ts_file: Path) -> list[ET.Element]:
    return list(ET.parse(ts_file).getroot().iter("message"))


def _placeholders(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


def test_every_string_is_translated_to_chinese():
    untranslated = [
        m.findtext("source")
        for m in messages(CATALOGUE)
        if not m.findtext("translation") or m.find("translation").get("type") == "unfinished"
    ]
    assert untranslated == [], "translate these in resources/translations/opsflow_zh_CN.ts"


def test_placeholders_survive_translation():
    for message in messages(CATALOGUE):
        source, translation = message.findtext("source"), message.findtext("translation")
        assert _placeholders(source) == _placeholders(translation), source


def test_the_catalogue_holds_every_string_of_the_code(tmp_path):
    """Re-collect the strings with lupdate: a tr("...") added without `make translations` fails here."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "opsflow_desktop").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = {m.findtext("source") for m in messages(fresh)}
    in_catalogue = {m.findtext("source") for m in messages(CATALOGUE)}
    assert in_code - in_catalogue == set(), "run `make translations` and translate the new strings"


def test_labels_follow_the_language():
    i18n.set_language("zh_CN")
    assert label(FindingType.BOTTLENECK) == "瓶颈"
    assert label(SignOffRole.APPROVED) == "核准" and label(SignOffDecision.APPROVED) == "同意"
    i18n.set_language("en")
    assert label(FindingType.BREAKPOINT) == "Breakpoint"


def test_language_follows_the_locale(monkeypatch):
    for var in ("OPSFLOW_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    assert i18n.detect_language() == "zh_CN", "Chinese when nothing says otherwise"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.detect_language() == "en"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.detect_language() == "zh_CN"
    monkeypatch.setenv("OPSFLOW_LANG", "en")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.detect_language() == "en"


def test_the_compiled_catalogue_translates_through_qt(tmp_path):
    """The .qm that the set-up builds gives the same Chinese through QTranslator."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists() or shutil.which(str(lrelease)) is None:
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "opsflow_zh_CN.qm"
    subprocess.run([str(lrelease), "-silent", str(CATALOGUE), "-qm", str(qm)], check=True)
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("", "Bottleneck") == "瓶颈"


def test_no_literal_string_is_translated_inside_an_f_string():
    """lupdate does not look inside f-strings: f"{tr('Result')}" would stay English for ever."""
    literal_in_f_string = re.compile(r"""\bf(["']).*\{tr\(\s*["']""")
    package = ROOT / "opsflow_desktop"
    offenders = [
        f"{path.relative_to(package)}:{number}"
        for path in package.rglob("*.py")
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if literal_in_f_string.search(line)
    ]
    assert offenders == []
