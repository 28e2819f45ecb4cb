"""Files, recovery, language and error handling in the window."""

from __future__ import annotations

import json

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from opsflow_desktop.app import recovery
from opsflow_desktop.io import load_project
from tests.conftest import snapshot


def test_sample_opens_with_a_tab_per_map(window):
    assert window.tabs.count() == 2
    assert "商品上架流程（现状）" in window.tabs.tabText(0)
    assert window.windowTitle().startswith("Untitled")
    assert not window.isWindowModified()


def test_save_and_reopen_gives_an_identical_document(window, tmp_path, monkeypatch):
    path = tmp_path / "上架.opsflow"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))
    window.controller.editor.rename(window.controller.doc.maps[0].steps[0].id, "新品到货")
    assert window.isWindowModified()
    window.named_actions["save_as"].trigger()
    assert not window.isWindowModified() and window.windowTitle().startswith("上架.opsflow")
    saved = snapshot(window.controller.doc)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), ""))
    window.controller.new_blank()
    window.named_actions["open"].trigger()
    assert snapshot(window.controller.doc) == saved
    assert load_project(path).model_dump(mode="json") == saved


def test_closing_with_unsaved_changes_asks(window, monkeypatch):
    window.controller.editor.rename(window.controller.doc.maps[0].steps[0].id, "改动")
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    assert window.close() is False and asked
    assert window.isVisible()


def test_autosave_then_crash_then_recovery(window, qtbot, monkeypatch):
    from opsflow_desktop.app.main import offer_recovery

    editor = window.controller.editor
    editor.rename(window.controller.doc.maps[0].steps[0].id, "崩溃前的修改")
    copy_path = window.controller.autosave()
    assert copy_path is not None and copy_path.parent == recovery.recovery_dir()
    # crash: the window disappears without closing properly (the OS releases its session lock); a new session starts
    recovery.release_session(window.controller.session_id)
    from opsflow_desktop.app.document_controller import DocumentController
    from opsflow_desktop.app.language import LanguageManager
    from opsflow_desktop.app.main_window import MainWindow

    fresh = MainWindow(DocumentController(), LanguageManager())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert offer_recovery(fresh)
    assert fresh.controller.doc.maps[0].steps[0].name == "崩溃前的修改"
    assert fresh.isWindowModified() or fresh.controller.is_dirty()
    assert recovery.pending_copies() == [], "the restored copy is the running session's now"
    fresh.controller.undo_stack.setClean()
    fresh.close()
    fresh.deleteLater()


def test_declining_recovery_removes_the_copy(window, qtbot, monkeypatch):
    from opsflow_desktop.app.main import offer_recovery

    window.controller.editor.rename(window.controller.doc.maps[0].steps[0].id, "x")
    window.controller.autosave()
    recovery.release_session(window.controller.session_id)  # as if it had crashed
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not offer_recovery(window)
    assert recovery.pending_copies() == []


def test_autosave_never_writes_over_the_users_file(window, tmp_path):
    path = tmp_path / "mine.opsflow"
    window.controller.save_as(path)
    before = path.read_bytes()
    window.controller.editor.rename(window.controller.doc.maps[0].steps[0].id, "未保存")
    copy_path = window.controller.autosave()
    assert path.read_bytes() == before and copy_path != path


def test_switching_language_changes_menu_texts(window):
    assert window.menus["file"].title() == "&File"
    window.named_actions["lang_zh"].trigger()
    assert window.menus["file"].title() == "文件(&F)"
    assert window.named_actions["save"].text() == "保存(&S)"
    assert window.properties_dock.windowTitle() == "属性"
    assert window.tabs.tabText(0) == "商品上架流程（现状）" and window.tabs.tabToolTip(0) == "现状流程"
    window.named_actions["lang_en"].trigger()
    assert window.menus["edit"].title() == "&Edit"


def test_an_exception_in_a_handler_becomes_a_dialog_not_a_crash(window, monkeypatch):
    from opsflow_desktop.app import errors

    shown = []
    monkeypatch.setattr(errors.QMessageBox, "exec", lambda self: shown.append(self.text()))
    try:
        raise RuntimeError("kaputt")
    except RuntimeError as exc:
        errors.report_exception(type(exc), exc, exc.__traceback__)
    assert shown and "kaputt" in shown[0]
    assert window.isVisible()


def test_dropping_a_project_file_on_the_window_opens_it(window, tmp_path):
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "dropped.opsflow"
    window.controller.save_as(path)
    window.controller.new_blank()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    assert window.controller.path == path and len(window.controller.doc.maps) == 2


def test_recent_files_remember_saves(window, tmp_path):
    path = tmp_path / "recent.opsflow"
    window.controller.save_as(path)
    assert window.controller.recent_files()[0] == path.resolve()
    assert json.dumps([str(p) for p in window.controller.recent_files()])


def test_an_exception_inside_a_qt_slot_reaches_the_dialog_and_the_log(window, qtbot, monkeypatch):
    """Installed like at start-up: a bug in an event handler is shown and logged, the window lives on."""
    import sys

    from PySide6.QtCore import QTimer

    from opsflow_desktop.app import errors

    shown = []
    monkeypatch.setattr(errors.QMessageBox, "exec", lambda self: shown.append(self.detailedText()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_error_handling()

    def broken_handler():
        raise ZeroDivisionError("division in a slot")

    QTimer.singleShot(0, broken_handler)
    qtbot.waitUntil(lambda: bool(shown))
    assert "ZeroDivisionError" in shown[0] and "broken_handler" in shown[0]
    assert "division in a slot" in errors.log_path().read_text(encoding="utf-8")
    window.controller.editor.rename(window.controller.doc.maps[0].steps[0].id, "still editable")


def test_a_burst_of_edits_is_autosaved_when_editing_pauses(window, qtbot):
    controller = window.controller
    controller._idle_timer.setInterval(50)
    step = controller.doc.maps[0].steps[0]
    for i in range(3):
        controller.editor.rename(step.id, f"第{i}次修改")
    copy = recovery.slot_for(controller.path, controller.session_id)
    qtbot.waitUntil(copy.exists, timeout=3000)
    qtbot.waitUntil(lambda: controller._writer is None, timeout=3000)
    assert recovery.RecoveryCopy(copy, None, 0).load().maps[0].steps[0].name == step.name


def test_the_sample_opens_untitled_so_saving_never_overwrites_it(window, monkeypatch):
    from opsflow_desktop.app.main import build_window
    from opsflow_desktop.paths import sample_project

    before = sample_project().read_bytes()
    fresh = build_window(str(sample_project()))
    assert fresh.controller.path is None and fresh.windowTitle().startswith("Untitled")
    fresh.controller.undo_stack.setClean()
    fresh.close()
    assert sample_project().read_bytes() == before


def test_recovery_offers_every_copy_and_keeps_those_of_running_sessions(window, monkeypatch, tmp_path):
    from opsflow_desktop.app.main import offer_recovery

    doc = window.controller.doc
    for name in ("a", "b", "live"):
        recovery.hold_session(name)
        recovery.write_copy(doc.project, tmp_path / f"{name}.opsflow", session_id=name)
    recovery.release_session("a")  # crashed sessions: the OS released their locks
    recovery.release_session("b")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert not offer_recovery(window)
    assert len(asked) == 2, "both crashed sessions' copies are offered"
    assert [c.original.name for c in recovery.pending_copies()] == []  # declined ones are gone
    assert any(p.name.endswith(".opsflow") for p in recovery.recovery_dir().iterdir()), "the live one stays"
    recovery.release_session("live")


def test_quitting_after_discard_shows_no_error(window, monkeypatch):
    from opsflow_desktop.app import errors

    shown = []
    monkeypatch.setattr(errors.QMessageBox, "exec", lambda self: shown.append(self.text()))
    window.controller.editor.rename(window.controller.doc.maps[0].steps[0].id, "改动")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    window.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert shown == []


def test_dock_layout_is_restored_on_the_next_start(window, qtbot):
    from opsflow_desktop.app.document_controller import DocumentController
    from opsflow_desktop.app.language import LanguageManager
    from opsflow_desktop.app.main_window import MainWindow

    window.overview_dock.hide()
    window.close()  # saves the layout
    again = MainWindow(DocumentController(), LanguageManager())
    assert again.overview_dock.isHidden()
    again.controller.undo_stack.setClean()
    again.close()
