"""Fixtures of the document tests."""

from __future__ import annotations

import pytest

from opsflow_desktop import i18n


@pytest.fixture
def chinese():
    """The documents department heads sign are in Chinese, whatever translator another test left behind."""
    before = i18n._translator  # noqa: SLF001
    i18n.use_translator(None)
    i18n.set_language("zh_CN")
    yield
    i18n.use_translator(before)
