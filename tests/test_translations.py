"""Chinese first: every message and label of the core has a Chinese translation."""

import sys
from pathlib import Path

from opsflow_desktop import i18n
from opsflow_desktop.labels import label
from opsflow_desktop.model import FindingType, SignOffDecision, SignOffRole

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import update_core_translations  # noqa: E402


def test_every_core_string_is_translated_to_chinese():
    catalogue = i18n._catalogue("zh_CN")
    missing = [s for s in update_core_translations.source_strings() if not catalogue.get(s)]
    assert missing == [], "run tools/update_core_translations.py and translate these"


def test_placeholders_survive_translation():
    catalogue = i18n._catalogue("zh_CN")
    for source, translation in catalogue.items():
        assert sorted(_placeholders(source)) == sorted(_placeholders(translation)), source


def _placeholders(text: str) -> list[str]:
    import string
    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


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
