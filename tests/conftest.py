"""Shared fixtures: a small two-lane map built through the editor, and a fixed language."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from opsflow_desktop import i18n  # noqa: E402
from opsflow_desktop.editing import DocumentEditor  # noqa: E402
from opsflow_desktop.model import Document, Lane, Phase, ProcessMap, Step  # noqa: E402


@pytest.fixture(autouse=True)
def english_by_default():
    """Messages in English unless a test asks for Chinese; restores the language afterwards."""
    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


@dataclass
class SmallMap:
    """商品部 and 设计部 lanes, 选品 and 素材 phases, three steps a -> b -> c."""

    doc: Document
    editor: DocumentEditor
    map: ProcessMap
    lane1: Lane
    lane2: Lane
    phase1: Phase
    phase2: Phase
    a: Step
    b: Step
    c: Step


@pytest.fixture
def small() -> SmallMap:
    doc = Document()
    editor = DocumentEditor(doc)
    m = editor.add_map("现状")
    lane1, lane2 = editor.add_lane(m.id, "商品部"), editor.add_lane(m.id, "设计部")
    phase1, phase2 = editor.add_phase(m.id, "选品"), editor.add_phase(m.id, "素材")
    a = editor.add_step(m.id, "选品会", lane1.id, phase1.id, processing_hours=2)
    b = editor.add_step(m.id, "资料整理", lane1.id, phase1.id)
    c = editor.add_step(m.id, "素材制作", lane2.id, phase2.id)
    editor.connect(a.id, b.id)
    editor.connect(b.id, c.id)
    editor.stack.clear()
    return SmallMap(doc, editor, m, lane1, lane2, phase1, phase2, a, b, c)


@pytest.fixture
def signed(tmp_path):
    """The sample, signed off by everyone on 2026-11-20 and saved: a Path."""
    from opsflow_desktop.io import load_document, save_project
    from opsflow_desktop.paths import sample_project
    from tests.signing_helpers import sign_off_everything

    doc = load_document(sample_project())
    sign_off_everything(DocumentEditor(doc))
    path = tmp_path / "signed.opsflow"
    save_project(doc.project, path)
    return path


def snapshot(doc: Document) -> dict:
    """The whole project as plain data, for exact before/after comparisons."""
    return doc.project.model_dump(mode="json")
