"""A large file says what it is doing while it loads and can be cancelled; the project open before stays."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog

from opsflow_desktop.app import file_operations
from opsflow_desktop.io import load_project, save_project
from opsflow_desktop.io.progress import Cancelled
from opsflow_desktop.paths import sample_project


def test_load_reports_its_phases_and_stops_when_cancelled():
    seen = []
    load_project(sample_project(), lambda done, total: seen.append((done, total)) or True)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1][0] == seen[-1][1]
    with pytest.raises(Cancelled):
        load_project(sample_project(), lambda done, total: False)


def test_opening_a_large_file_shows_progress_and_cancel_keeps_the_open_project(window, tmp_path, monkeypatch):
    path = tmp_path / "large.opsflow"
    save_project(load_project(sample_project()), path)
    monkeypatch.setattr(file_operations, "LARGE_FILE_BYTES", 1)  # the sample stands in for a 200,000-step file
    shown = []

    def cancel_at_the_first_phase(done: int, total: int) -> bool:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible())
        shown.append(dialog.labelText())
        dialog.cancel()
        return not dialog.wasCanceled()

    before = window.controller.doc
    real = window.files._opening_progress  # noqa: SLF001

    def with_cancel(p):
        progress = real(p)
        assert progress is not None

        def both(done: int, total: int) -> bool:
            return progress(done, total) and cancel_at_the_first_phase(done, total)

        return both

    monkeypatch.setattr(window.files, "_opening_progress", with_cancel)
    assert window.files.open_path(path) is False
    assert window.controller.doc is before and "large.opsflow" in shown[0]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    monkeypatch.setattr(window.files, "_opening_progress", real)
    assert window.files.open_path(path) is True and window.controller.path == path
