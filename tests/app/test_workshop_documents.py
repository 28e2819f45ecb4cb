"""The workshop in the window's documents: the priority column of the issue register (typed in, undoable) and
the minutes exported from the window with the map pictures, off the GUI thread."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from opsflow_desktop.app.panels.findings import COLUMNS
from tests.workshop_helpers import hold_workshop

PRIORITY = [key for key, _, _ in COLUMNS].index("priority")


def row_of(panel, finding_id: str) -> int:
    return next(
        r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == finding_id
    )


def type_into_cell(panel, qtbot, row: int, text: str) -> None:
    """Select the cell and type, as a spreadsheet user does (typing opens the editor), then Enter."""
    panel.table.setFocus()
    panel.table.setCurrentCell(row, PRIORITY)
    if text:
        QTest.keyClicks(panel.table, text)
    else:
        QTest.keyClick(panel.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: panel.table.state() == panel.table.State.EditingState)
    editor = QApplication.focusWidget()
    if not text:
        editor.clear()
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits queued: wait for the editor to close
    qtbot.waitUntil(lambda: panel.table.state() != panel.table.State.EditingState)


def test_the_register_shows_the_votes_priority_and_takes_a_typed_one_undoably(window, qtbot):
    held = hold_workshop(window.controller.editor)
    panel = window.findings_panel
    panel.refresh()
    first, second, _ = held.findings
    assert panel.table.horizontalHeaderItem(PRIORITY).text() == "Priority"
    assert panel.table.item(row_of(panel, first.id), PRIORITY).text() == "1"
    untouched = next(f for f in held.doc.maps[0].findings if f.priority is None)
    assert panel.table.item(row_of(panel, untouched.id), PRIORITY).text() == ""

    type_into_cell(panel, qtbot, row_of(panel, untouched.id), "4")
    assert held.doc.get(untouched.id).priority == 4
    window.undo_action.trigger()
    assert held.doc.get(untouched.id).priority is None
    window.redo_action.trigger()
    assert held.doc.get(untouched.id).priority == 4

    panel.refresh()
    type_into_cell(panel, qtbot, row_of(panel, second.id), "")  # emptied: no priority
    assert held.doc.get(second.id).priority is None
    window.undo_action.trigger()
    assert held.doc.get(second.id).priority == 2

    panel.refresh()
    type_into_cell(panel, qtbot, row_of(panel, second.id), "x")
    assert held.doc.get(second.id).priority == 2
    assert "whole number" in window.statusBar().currentMessage()


def test_the_minutes_are_exported_from_the_window_with_the_map(window, qtbot, tmp_path, monkeypatch):
    held = hold_workshop(window.controller.editor)
    target = tmp_path / "minutes"  # no suffix typed: .docx is added
    asked = []

    def save_dialog(parent, title, suggested, file_filter):
        asked.append(suggested)
        return str(target), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    with qtbot.waitSignal(
        window.statusBar().messageChanged, timeout=30_000, check_params_cb=lambda text: "minutes.docx" in text
    ):
        window.exports.export_minutes(held.workshop.id)
    assert asked[0].endswith("商品上架流程现状研讨会 minutes.docx")
    document = docx.Document(str(tmp_path / "minutes.docx"))
    assert document.paragraphs[0].text == held.workshop.title
    assert len(document.inline_shapes) == 2  # the current map, on two pages
    assert any(t.rows[0].cells[0].text == "Rank" for t in document.tables)


def test_minutes_of_a_workshop_that_is_not_there_are_refused_in_the_status_bar(window):
    assert window.exports.export_minutes_to("/nonexistent/minutes.docx", "interview_missing") is None
    assert "no workshop" in window.statusBar().currentMessage()
    window.exports.export_minutes("interview_missing")  # no file dialog either (it would fail the test)
