"""A main window on the sample project, with settings, recovery and logs in temporary folders."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from opsflow_desktop.app.canvas_operations import release_clipboard
from opsflow_desktop.app.document_controller import DocumentController
from opsflow_desktop.app.language import LanguageManager
from opsflow_desktop.app.main_window import MainWindow
from opsflow_desktop.canvas.fonts import register_bundled_fonts


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch, qapp):
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("OpsFlowTest")
    QCoreApplication.setApplicationName("OpsFlow Desktop Test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("OPSFLOW_RECOVERY_DIR", str(tmp_path / "recovery"))
    register_bundled_fonts()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the run: fail instead. Tests that expect one patch it."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("warning", "question", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: unexpected(None, self.text()))
    monkeypatch.setattr(QInputDialog, "getText", unexpected)


@pytest.fixture
def window(qtbot):
    languages = LanguageManager()
    languages.apply("en")
    controller = DocumentController()
    win = MainWindow(controller, languages)  # not qtbot.addWidget: its teardown closes before ours
    controller.new_from_sample()
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if not shiboken6.isValid(win):
        return  # the test closed and destroyed it itself
    controller.undo_stack.setClean()  # no "save changes?" prompt while tearing down
    win.close()
    release_clipboard()
    win.deleteLater()
    from PySide6.QtCore import QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # really gone before the next test
    languages.apply("en")
