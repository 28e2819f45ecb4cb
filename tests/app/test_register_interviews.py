"""The issue register's "Interview / workshop" cell: pick one of the project's interview records for a finding
(which fills in who said it, where and when, as one undo step), or type where it was said."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from opsflow_desktop.app.panels.findings import COLUMNS
from opsflow_desktop.editing.command import InsertElementCommand
from opsflow_desktop.model import Evidence, Interview, InterviewKind
from tests.app.helpers import type_with_input_method

CONTEXT = [key for key, _, _ in COLUMNS].index("context")


@pytest.fixture
def interviews(window):
    """Two records in the sample, added the way any edit is: through the editor, onto the undo stack."""
    design = Interview(
        date=dt.date(2026, 10, 12), interviewee="王敏", role="设计部主管", department="设计部", occasion="三楼会议室"
    )
    workshop = Interview(kind=InterviewKind.WORKSHOP, date=dt.date(2026, 10, 20), interviewee="陈刚、刘洋")
    editor = window.controller.editor
    for interview in (design, workshop):
        editor.execute(InsertElementCommand(editor.doc, interview, None))
    return design, workshop


def finding_titled(window, title: str):
    return next(f for m in window.controller.doc.maps for f in m.findings if f.title == title)


def open_cell_editor(panel, qtbot, finding_id: str) -> QComboBox:
    """Select the finding's cell and press F2, as a user would; returns the editor that opens."""
    panel.refresh()
    row = next(
        r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == finding_id
    )
    panel.table.setFocus()
    panel.table.setCurrentCell(row, CONTEXT)
    QTest.keyClick(panel.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: any(c.isVisible() for c in panel.table.viewport().findChildren(QComboBox)))
    [combo] = [c for c in panel.table.viewport().findChildren(QComboBox) if c.isVisible()]
    return combo


def test_the_register_offers_the_interviews_and_picking_one_cites_it_in_one_undo_step(window, qtbot, interviews):
    design, workshop = interviews
    panel = window.findings_panel
    finding = finding_titled(window, "素材反复修改")
    before = finding.evidence.model_copy()
    combo = open_cell_editor(panel, qtbot, finding.id)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(none)",
        "2026-10-12 · 设计部 Interview (三楼会议室) · 设计部主管 王敏",
        "2026-10-20 · Workshop · 陈刚、刘洋",
    ]
    assert combo.currentText() == before.context == "设计部访谈"  # what it says now, ready to be retyped

    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    view = combo.view()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(2, 0)).center())
    assert combo.currentIndex() == 2
    stack = window.controller.undo_stack
    steps = stack.count()
    commit(combo, qtbot)

    assert stack.count() == steps + 1
    assert finding.evidence == Evidence(
        source="陈刚、刘洋", context="Workshop", date=dt.date(2026, 10, 20), interview_id=workshop.id
    )
    qtbot.waitUntil(lambda: panel.table.item(_row(panel, finding.id), CONTEXT).text() == "Workshop")
    assert "陈刚、刘洋" in panel.table.item(_row(panel, finding.id), CONTEXT).toolTip()
    window.undo_action.trigger()
    assert finding.evidence == before
    window.redo_action.trigger()
    assert finding.evidence.interview_id == workshop.id

    # Another record takes the place of the first; "(none)" then drops the record.
    combo = open_cell_editor(panel, qtbot, finding.id)
    assert combo.currentIndex() == 2
    QTest.keyClick(combo.lineEdit(), Qt.Key.Key_Up)
    commit(combo, qtbot)
    assert finding.evidence == Evidence(
        source="设计部主管 王敏",
        context="设计部 Interview (三楼会议室)",
        date=dt.date(2026, 10, 12),
        interview_id=design.id,
    )
    combo = open_cell_editor(panel, qtbot, finding.id)
    QTest.keyClick(combo.lineEdit(), Qt.Key.Key_Up)
    assert combo.currentText() == "(none)"
    commit(combo, qtbot)
    assert finding.evidence.interview_id is None and finding.evidence.context == ""
    assert finding.evidence.source == "设计部主管 王敏"  # who said it stays until retyped


def test_typing_in_the_cell_is_free_text_and_leaves_the_record(window, qtbot, interviews):
    design, _ = interviews
    panel = window.findings_panel
    finding = finding_titled(window, "资料交接靠邮件")
    finding_id = finding.id
    combo = open_cell_editor(panel, qtbot, finding_id)
    QTest.keyClick(combo.lineEdit(), Qt.Key.Key_Down)  # the first record
    commit(combo, qtbot)
    assert finding.evidence.interview_id == design.id

    combo = open_cell_editor(panel, qtbot, finding_id)
    commit(combo, qtbot)  # opened and closed without a change: still cited
    assert finding.evidence.interview_id == design.id

    combo = open_cell_editor(panel, qtbot, finding_id)
    type_with_input_method(combo.lineEdit(), "供应商电话")  # replaces the selected text
    commit(combo, qtbot)
    assert finding.evidence.context == "供应商电话"
    assert finding.evidence.interview_id is None  # said somewhere else than the record it cited
    assert finding.evidence.source == "设计部主管 王敏" and finding.evidence.date == dt.date(2026, 10, 12)
    panel.refresh()
    assert panel.table.item(_row(panel, finding_id), CONTEXT).toolTip() == ""


def commit(combo, qtbot) -> None:
    """Enter: the view commits the editor's data once back in the event loop (a queued call), then closes it."""
    QTest.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(combo) or not combo.isVisible())


def _row(panel, finding_id: str) -> int:
    return next(
        r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == finding_id
    )
