"""Quitting while an export or import runs: the jobs are cancelled and waited for, no temporary file is left
behind, nothing is imported after the fact, and the window closes."""

from __future__ import annotations

import threading
import time

from opsflow_desktop.app import background_job
from opsflow_desktop.io.excel import writer as excel
from opsflow_desktop.io.progress import Cancelled

SLOW_SECONDS = 20.0  # far longer than the test may take: only a cancel ends the work in time


def test_quitting_during_an_export_cancels_it_and_leaves_no_temporary_file(window, qtbot, tmp_path, monkeypatch):
    # given an export whose save into the temporary file is slow, and checks the cancel flag while it writes
    saving = threading.Event()
    real_build = excel.build_workbook

    def slow_build(project, tables, tracker):
        workbook = real_build(project, tables, tracker)
        real_save = workbook.save

        def slow_save(tmp):
            real_save(tmp)  # the temporary file is there, full size
            saving.set()
            deadline = time.monotonic() + SLOW_SECONDS
            while time.monotonic() < deadline:
                tracker.check()  # raises Cancelled once the job is cancelled
                time.sleep(0.01)

        workbook.save = slow_save
        return workbook

    monkeypatch.setattr(excel, "build_workbook", slow_build)
    out = tmp_path / "out"
    out.mkdir()
    job = window.exports.export_excel_to(out / "tables.xlsx")
    assert saving.wait(20), "the export never reached its save"
    assert [p.name for p in out.iterdir()][0].endswith(".tmp")
    # when the window is closed
    started = time.monotonic()
    assert window.close()
    # then the job was cancelled and waited for: no thread left, no temporary file, no workbook
    assert time.monotonic() - started < SLOW_SECONDS / 2
    assert not job.running() and background_job.running_jobs() == []
    assert list(out.iterdir()) == []
    assert not window.isVisible()


def test_quitting_during_an_import_cancels_it_and_imports_nothing(window, qtbot, tmp_path, monkeypatch):
    reading = threading.Event()
    cancelled = []

    def slow_read(path, progress=None):
        reading.set()
        deadline = time.monotonic() + SLOW_SECONDS
        while time.monotonic() < deadline:
            if not progress(1, 100):
                cancelled.append(True)
                raise Cancelled()
            time.sleep(0.01)
        return []

    monkeypatch.setattr("opsflow_desktop.app.export_operations.read_planning_tables", slow_read)
    maps_before = len(window.controller.doc.maps)
    job = window.exports.import_planning_table_from(tmp_path / "plan.xlsx")
    assert reading.wait(20)
    started = time.monotonic()
    assert window.close()
    assert time.monotonic() - started < SLOW_SECONDS / 2
    assert cancelled == [True] and not job.running()
    qtbot.wait(50)  # the queued "cancelled" arrives; nothing is applied
    assert len(window.controller.doc.maps) == maps_before


def test_a_window_that_stays_open_keeps_its_job(window, qtbot, tmp_path, monkeypatch):
    # given a running export and unsaved changes, when closing is refused at the question, the export goes on
    from PySide6.QtWidgets import QMessageBox

    release = threading.Event()

    def held(project, path, *, analysis=None, progress=None):
        while not release.wait(0.01):
            if not progress(0, 1):
                raise Cancelled()
        return path

    monkeypatch.setattr("opsflow_desktop.app.export_operations.write_workbook", held)
    job = window.exports.export_excel_to(tmp_path / "kept.xlsx")
    first = window.controller.doc.maps[0]
    window.controller.editor.set_fields(first.id, {"name": first.name + " 2"})
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert job.running()
    release.set()
    job.wait(10)
    assert not job.running()
