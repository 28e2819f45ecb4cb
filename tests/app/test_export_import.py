"""Export and import from the window: off the GUI thread, cancellable, one undo step, clear messages."""

from __future__ import annotations

import threading

from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from opsflow_desktop.app.background_job import BackgroundJob
from opsflow_desktop.io.excel import writer as excel
from tests.io.test_excel_import import hand_made_sheet


def test_export_excel_through_the_menu(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "tables"  # no suffix typed: .xlsx is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    with qtbot.waitSignal(
        window.statusBar().messageChanged, timeout=20_000, check_params_cb=lambda text: "tables.xlsx" in text
    ):
        window.named_actions["export_excel"].trigger()
    workbook = load_workbook(tmp_path / "tables.xlsx")
    assert window.controller.doc.maps[0].name in workbook.sheetnames


def test_the_window_stays_responsive_and_a_cancelled_export_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    release = threading.Event()
    real = excel.write_workbook

    def slow_write(project, path, *, analysis=None, progress=None):
        def gated(done, total):
            release.wait(5)  # hold the worker until the test has cancelled
            return progress(done, total)

        return real(project, path, analysis=analysis, progress=gated)

    monkeypatch.setattr("opsflow_desktop.app.export_operations.write_workbook", slow_write)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "cancelled.xlsx"
    job = window.exports.export_excel_to(path)
    # The worker is held at its first progress report; the window's own event loop must still run meanwhile.
    answered = []
    QTimer.singleShot(0, lambda: answered.append(job.running()))
    qtbot.waitUntil(lambda: bool(answered), timeout=5_000)
    assert answered == [True] and not release.is_set()
    with qtbot.waitSignal(
        window.statusBar().messageChanged, timeout=20_000, check_params_cb=lambda text: "cancel" in text.lower()
    ):
        job.cancel()
        release.set()
    assert list(out.iterdir()) == []  # neither the workbook nor a temporary file


def test_a_failed_export_says_why(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    folder = tmp_path / "a_folder.xlsx"
    folder.mkdir()
    job = window.exports.export_excel_to(folder)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "folder" in shown[0][1] and isinstance(job, BackgroundJob)


def test_import_a_planning_table_is_one_undo_step(window, qtbot, tmp_path):
    maps_before = len(window.controller.doc.maps)
    window.exports.import_planning_table_from(hand_made_sheet(tmp_path / "plan.xlsx"))
    qtbot.waitUntil(lambda: len(window.controller.doc.maps) == maps_before + 1, timeout=20_000)
    imported = window.controller.doc.maps[-1]
    assert [s.name for s in imported.steps][:2] == ["业务痛点梳理", "整合目标与范围确定"]
    assert window.tabs.tabText(window.tabs.currentIndex()).startswith(imported.name)
    message = window.exports.import_message
    assert "4" in message.text()
    message.close()
    window.controller.undo_stack.undo()
    assert len(window.controller.doc.maps) == maps_before


def test_import_of_a_bad_file_changes_nothing(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    (tmp_path / "notes.xlsx").write_text("just text")
    count = window.controller.undo_stack.count()
    window.exports.import_planning_table_from(tmp_path / "notes.xlsx")
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "Excel" in shown[0]
    assert window.controller.undo_stack.count() == count


def test_export_word_through_the_menu(window, qtbot, tmp_path, monkeypatch):
    from docx import Document as WordDocument

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "manual.docx"), ""))
    with qtbot.waitSignal(
        window.statusBar().messageChanged, timeout=60_000, check_params_cb=lambda text: "manual.docx" in text
    ):
        window.named_actions["export_word"].trigger()
    manual = WordDocument(str(tmp_path / "manual.docx"))
    assert manual.inline_shapes  # the maps and the chart are in it
    assert any(window.controller.doc.project.meta.title in p.text for p in manual.paragraphs)


def test_cancel_while_the_maps_are_drawn_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert window.exports.export_word_to(tmp_path / "never.docx") is None
    assert not (tmp_path / "never.docx").exists()
    assert "cancel" in window.statusBar().currentMessage().lower()
