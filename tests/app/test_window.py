"""The window driven with real mouse and keyboard input, as a specialist would use it."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from opsflow_desktop.app import recovery
from opsflow_desktop.canvas import style
from opsflow_desktop.io import load_project
from opsflow_desktop.model import StepKind
from tests.conftest import snapshot


def type_with_input_method(widget, text: str) -> None:
    """What a Chinese input method sends when the user picks a candidate: a committed string."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent
    preedit = QInputMethodEvent("jine", [])  # the pinyin being composed
    QCoreApplication.sendEvent(widget, preedit)
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QCoreApplication.sendEvent(widget, commit)


def inline_editor(view):
    from opsflow_desktop.canvas.inline_editor import InlineEditor
    editors = [e for e in view.viewport().findChildren(InlineEditor) if e.isVisible()]
    assert len(editors) == 1, "one inline editor is open"
    return editors[0]


def view_point(view, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def step_centre(view, step) -> QPoint:
    return view_point(view, QPointF(step.x + step.width / 2, step.y + step.height / 2))


def drag(widget, start: QPoint, end: QPoint, button=Qt.MouseButton.LeftButton, steps: int = 6) -> None:
    QTest.mousePress(widget, button, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * i / steps
        QTest.mouseMove(widget, QPoint(int(point.x()), int(point.y())))
    QTest.mouseRelease(widget, button, Qt.KeyboardModifier.NoModifier, end)


def test_sample_opens_with_a_tab_per_map(window):
    assert window.tabs.count() == 2
    assert "商品上架流程（现状）" in window.tabs.tabText(0)
    assert window.windowTitle().startswith("Untitled")
    assert not window.isWindowModified()


def test_place_a_step_from_the_palette(window, qtbot):
    view = window.current_view()
    view.set_scale(1.0)
    process_map = view.scene().map
    lane = process_map.lanes[0]
    before = len(process_map.steps)
    item = window.palette.item(list(StepKind).index(StepKind.DECISION))
    QTest.mouseClick(window.palette.viewport(), Qt.MouseButton.LeftButton, pos=window.palette.visualItemRect(item).center())
    target = QPointF(view.scene().phase_rects()[1][1].center().x(), lane.height / 2)
    view.centerOn(target)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(view, target))
    assert len(process_map.steps) == before + 1
    new = process_map.steps[-1]
    assert new.kind is StepKind.DECISION and new.lane_id == lane.id
    # the inline editor is open: type a name and press Enter
    line_edit = inline_editor(view)
    line_edit.selectAll()
    type_with_input_method(line_edit, "金额是否超限")
    QTest.keyClick(line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: new.name == "金额是否超限")
    assert window.isWindowModified()


def test_connect_two_steps_by_dragging_from_the_port(window):
    view = window.current_view()
    view.set_scale(1.0)
    process_map = view.scene().map
    source = next(s for s in process_map.steps if s.name == "选品会")
    target = next(s for s in process_map.steps if s.name == "拍摄与素材制作")
    view.centerOn(QPointF((source.x + target.x) / 2, (source.y + target.y) / 2))
    port = view_point(view, QPointF(source.x + source.width, source.y + source.height / 2))
    QTest.mouseMove(view.viewport(), step_centre(view, source))  # hover shows the port
    before = len(process_map.flows)
    drag(view.viewport(), port, step_centre(view, target))
    assert len(process_map.flows) == before + 1
    flow = process_map.flows[-1]
    assert (flow.source_id, flow.target_id) == (source.id, target.id)
    assert flow.id in view.scene().flow_items


def test_rename_with_f2_and_the_keyboard(window, qtbot):
    view = window.current_view()
    step = view.scene().map.steps[1]
    view.scene().select_ids([step.id])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    line_edit = inline_editor(view)
    assert line_edit.text() == step.name
    line_edit.selectAll()
    type_with_input_method(line_edit, "选品评审会")
    QTest.keyClick(line_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: step.name == "选品评审会")
    assert view.scene().step_items[step.id].name == "选品评审会"
    assert "选品评审会" in window.undo_action.text()


def test_drag_a_step_into_another_lane_changes_its_department(window):
    view = window.current_view()
    view.set_scale(1.0)
    scene = view.scene()
    step = next(s for s in scene.map.steps if s.name == "选品会")
    other_lane = scene.map.lanes[1]
    view.centerOn(QPointF(step.x, step.y + 100))
    start = step_centre(view, step)
    end = start + QPoint(0, int(other_lane.height))
    drag(view.viewport(), start, end)
    assert step.lane_id == other_lane.id
    assert window.controller.undo_stack.count() == 1
    window.controller.undo_stack.undo()
    assert step.lane_id == scene.map.lanes[0].id


def test_move_a_lane_by_dragging_its_header_and_its_steps_follow(window):
    view = window.current_view()
    view.set_scale(0.5)
    scene = view.scene()
    first, second = scene.map.lanes[0], scene.map.lanes[1]
    moved_steps = {s.id: s.y for s in scene.map.steps if s.lane_id == first.id}
    headers = view.lane_bar.headers()
    start = headers[0].rect.center().toPoint()
    end = QPoint(start.x(), int(headers[1].rect.bottom()) - 8)
    drag(view.lane_bar, start, end)
    assert scene.map.lanes[1] is first and scene.map.lanes[0] is second
    for step_id, old_y in moved_steps.items():
        assert window.controller.doc.get(step_id).y == old_y + second.height
        assert view.scene().step_items[step_id].y() == old_y + second.height


def test_resize_a_lane_by_dragging_its_header_edge(window):
    view = window.current_view()
    view.set_scale(1.0)
    lane = view.scene().map.lanes[0]
    height = lane.height
    header = view.lane_bar.headers()[0]
    edge = QPoint(int(header.rect.center().x()), int(header.rect.bottom()) - 1)
    drag(view.lane_bar, edge, edge + QPoint(0, 60))
    assert lane.height == height + 60


def test_rename_a_lane_by_double_clicking_its_header(window, qtbot):
    view = window.current_view()
    lane = view.scene().map.lanes[0]
    QTest.mouseDClick(view.lane_bar, Qt.MouseButton.LeftButton, pos=view.lane_bar.headers()[0].rect.center().toPoint())
    from opsflow_desktop.canvas.inline_editor import InlineEditor
    editor = view.lane_bar.findChildren(InlineEditor)[0]
    editor.selectAll()
    type_with_input_method(editor, "商品中心")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lane.name == "商品中心")


def test_arrow_keys_nudge_and_merge_into_one_undo_step(window):
    view = window.current_view()
    step = view.scene().map.steps[0]
    x0 = step.x
    view.scene().select_ids([step.id])
    view.setFocus()
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Right)
    assert step.x == x0 + 3 * style.GRID
    assert window.controller.undo_stack.count() == 1


def test_undo_and_redo_return_to_the_same_model(window):
    doc = window.controller.doc
    original = snapshot(doc)
    view = window.current_view()
    steps = view.scene().map.steps
    view.scene().select_ids([steps[2].id])
    window.actions["delete"].trigger()
    window.actions["arrange"].trigger()
    window.controller.editor.rename(steps[0].id, "到货")
    edited = snapshot(doc)
    for _ in range(3):
        window.undo_action.trigger()
    assert snapshot(doc) == original
    assert set(view.scene().step_items) == {s.id for s in view.scene().map.steps}
    for _ in range(3):
        window.redo_action.trigger()
    assert snapshot(doc) == edited


def test_save_and_reopen_gives_an_identical_document(window, tmp_path, monkeypatch):
    path = tmp_path / "上架.opsflow"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))
    window.controller.editor.rename(window.controller.doc.maps[0].steps[0].id, "新品到货")
    assert window.isWindowModified()
    window.actions["save_as"].trigger()
    assert not window.isWindowModified() and window.windowTitle().startswith("上架.opsflow")
    saved = snapshot(window.controller.doc)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), ""))
    window.controller.new_blank()
    window.actions["open"].trigger()
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
    # crash: the window disappears without closing properly; a new session starts
    from opsflow_desktop.app.document_controller import DocumentController
    from opsflow_desktop.app.language import LanguageManager
    from opsflow_desktop.app.main_window import MainWindow
    fresh = MainWindow(DocumentController(), LanguageManager())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert offer_recovery(fresh)
    assert fresh.controller.doc.maps[0].steps[0].name == "崩溃前的修改"
    assert fresh.isWindowModified() or fresh.controller.is_dirty()
    assert recovery.pending_copies() == []
    fresh.controller.undo_stack.setClean()
    fresh.close()
    fresh.deleteLater()


def test_declining_recovery_removes_the_copy(window, qtbot, monkeypatch):
    from opsflow_desktop.app.main import offer_recovery
    window.controller.editor.rename(window.controller.doc.maps[0].steps[0].id, "x")
    window.controller.autosave()
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
    window.actions["lang_zh"].trigger()
    assert window.menus["file"].title() == "文件(&F)"
    assert window.actions["save"].text() == "保存(&S)"
    assert window.properties_dock.windowTitle() == "属性"
    assert "现状流程" in window.tabs.tabText(0)
    window.actions["lang_en"].trigger()
    assert window.menus["edit"].title() == "&Edit"


def test_copy_paste_and_duplicate(window):
    view = window.current_view()
    process_map = view.scene().map
    ids = [process_map.steps[1].id, process_map.steps[2].id]
    view.scene().select_ids(ids)
    window.actions["copy"].trigger()
    before = len(process_map.steps)
    window.actions["paste"].trigger()
    assert len(process_map.steps) == before + 2
    assert set(view.scene().selected_step_ids()) == {s.id for s in process_map.steps[-2:]}
    window.actions["duplicate"].trigger()
    assert len(process_map.steps) == before + 4
    # paste into the target map, lanes matched by name
    window.tabs.setCurrentIndex(1)
    target = window.current_view().scene().map
    count = len(target.steps)
    window.actions["paste"].trigger()
    assert len(target.steps) == count + 2


def test_select_all_and_delete(window):
    view = window.current_view()
    window.actions["select_all"].trigger()
    assert len(view.scene().selected_step_ids()) == len(view.scene().map.steps)
    assert "selected" in window.selection_label.text()
    window.actions["delete"].trigger()
    assert view.scene().map.steps == [] and view.scene().step_items == {}
    window.undo_action.trigger()
    assert len(view.scene().step_items) == 15


def test_zoom_shortcuts_and_fit(window):
    view = window.current_view()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.current_scale() == 1.0
    QTest.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.current_scale() > 1.0
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.scene().bands_extent)


def test_find_a_step_and_centre_on_it(window):
    window.actions["find"].trigger()
    type_with_input_method(window.find_edit, "法务")
    QTest.keyClick(window.find_edit, Qt.Key.Key_Return)
    view = window.current_view()
    selected = view.scene().selected_step_ids()
    assert len(selected) == 1 and window.controller.doc.get(selected[0]).name == "法务合规审核"
    centre = view.mapToScene(view.viewport().rect().center())
    item = view.scene().step_items[selected[0]]
    assert (centre - item.sceneBoundingRect().center()).manhattanLength() < 5


def test_derive_target_opens_a_new_tab(window):
    window.actions["derive"].trigger()
    target = window.current_view().scene().map
    assert window.tabs.count() == 3
    assert window.tabs.currentIndex() == window.controller.doc.index_of(target.id) == 1  # next to its source
    assert target.derived_from == window.controller.doc.maps[0].id


def test_properties_panel_edits_are_undoable(window, qtbot):
    view = window.current_view()
    step = view.scene().map.steps[1]
    view.scene().select_ids([step.id])
    panel = window.properties
    assert panel.name.text() == step.name
    panel.deadline.setFocus()
    panel.deadline.selectAll()
    type_with_input_method(panel.deadline, "第5个工作日")
    QTest.keyClick(panel.deadline, Qt.Key.Key_Return)
    assert step.deadline == "第5个工作日"
    panel.waiting.setValue(7.5)
    assert step.waiting_hours == 7.5
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert step.waiting_hours != 7.5 and step.deadline != "第5个工作日"


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
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.controller.path == path and len(window.controller.doc.maps) == 2


def test_recent_files_remember_saves(window, tmp_path):
    path = tmp_path / "recent.opsflow"
    window.controller.save_as(path)
    assert window.controller.recent_files()[0] == path.resolve()
    assert json.dumps([str(p) for p in window.controller.recent_files()])


def test_resize_a_step_from_its_corner_handle(window):
    view = window.current_view()
    view.set_scale(1.0)
    step = next(s for s in view.scene().map.steps if s.name == "选品会")
    view.centerOn(QPointF(step.x, step.y))
    view.scene().select_ids([step.id])
    corner = view_point(view, QPointF(step.x + step.width, step.y + step.height))
    drag(view.viewport(), corner, corner + QPoint(40, 20))
    assert (step.width, step.height) == (160, 80)
    window.undo_action.trigger()
    assert (step.width, step.height) == (120, 60)


def test_drag_a_flow_end_onto_another_step_reconnects_it(window):
    view = window.current_view()
    view.set_scale(1.0)
    scene = view.scene()
    flow = next(f for f in scene.map.flows if window.controller.doc.get(f.source_id).name == "新品到货通知")
    other = next(s for s in scene.map.steps if s.name == "商品资料整理")
    view.centerOn(QPointF(other.x, other.y))
    scene.select_ids([flow.id])
    end = scene.flow_items[flow.id].end_points()[1]
    drag(view.viewport(), view_point(view, end), step_centre(view, other))
    assert flow.target_id == other.id


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


def test_a_burst_of_edits_is_autosaved_without_waiting_for_the_minute(window, qtbot, monkeypatch):
    from opsflow_desktop.app import document_controller
    controller = window.controller
    controller._burst_timer.setInterval(50)
    step = controller.doc.maps[0].steps[0]
    for i in range(document_controller.BURST_EDITS):
        controller.editor.rename(step.id, f"第{i}次修改")
    qtbot.waitUntil(lambda: len(recovery.pending_copies()) == 1, timeout=3000)
    assert recovery.pending_copies()[0].load().maps[0].steps[0].name == step.name


def test_wheel_zooms_and_middle_button_or_space_drag_pans(window, qtbot):
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent
    view = window.current_view()
    view.set_scale(1.0)
    centre = view.viewport().rect().center()
    wheel = QWheelEvent(QPointF(centre), QPointF(view.viewport().mapToGlobal(centre)), P(0, 0), P(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    view.wheelEvent(wheel)
    assert view.current_scale() > 1.2
    before = view.horizontalScrollBar().value()
    drag(view.viewport(), centre, centre - P(200, 0), button=Qt.MouseButton.MiddleButton)
    assert view.horizontalScrollBar().value() == before + 200
    view.setFocus()
    QTest.keyPress(view, Qt.Key.Key_Space)
    drag(view.viewport(), centre, centre + P(100, 0))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert view.horizontalScrollBar().value() == before + 100
    assert window.controller.undo_stack.count() == 0, "panning never edits"


def test_clicking_the_overview_moves_the_view_there(window, qtbot):
    overview = window.overview
    qtbot.waitUntil(lambda: overview._pixmap is not None, timeout=3000)
    view = window.current_view()
    view.set_scale(1.0)
    target = view.scene().map.steps[-1]  # the end step, far right
    point = overview._from_scene(QPointF(target.x, target.y))
    QTest.mouseClick(overview, Qt.MouseButton.LeftButton, pos=point.toPoint())
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(QPointF(target.x, target.y))


def test_garbage_on_the_clipboard_is_ignored(window):
    from PySide6.QtCore import QMimeData

    from opsflow_desktop.app.canvas_operations import FRAGMENT_MIME
    from PySide6.QtWidgets import QApplication
    count = len(window.controller.doc.maps[0].steps)
    for payload in (b"\xff\xfe", b"{not json", b'{"format": "opsflow-fragment/1", "steps": [1]}',
                    b'{"format": "opsflow-fragment/1", "steps": [{"id": "meta", "x": 0, "y": 0, "name": "n"}]}'):
        mime = QMimeData()
        mime.setData(FRAGMENT_MIME, payload)
        QApplication.clipboard().setMimeData(mime)
        window.actions["paste"].trigger()
        window.paste_at(window.current_view(), QPointF(10, 10))
    assert len(window.controller.doc.maps[0].steps) == count + 2  # only the well-shaped "meta" one, pasted twice


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
    import json
    import os

    from opsflow_desktop.app.main import offer_recovery
    doc = window.controller.doc
    for name in ("a", "b", "live"):
        path = recovery.write_copy(doc.project, tmp_path / f"{name}.opsflow", session_id=name)
        if name == "live":  # written by a session that is still running
            info = path.with_suffix(".json")
            data = json.loads(info.read_text())
            data["pid"] = os.getppid()
            info.write_text(json.dumps(data))
        elif name == "a":
            info = path.with_suffix(".json")
            data = json.loads(info.read_text())
            data["pid"] = 999_999_999  # a crashed session
            info.write_text(json.dumps(data))
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    assert not offer_recovery(window)
    assert len(asked) == 2, "both crashed sessions' copies are offered"
    assert [c.original.name for c in recovery.pending_copies()] == []  # declined ones are gone
    assert any(p.name.endswith(".opsflow") for p in recovery.recovery_dir().iterdir()), "the live one stays"


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


def test_far_zoom_sketch_follows_edits(window):
    view = window.current_view()
    scene = view.scene()
    scene.set_detailed(False)
    before = sum(len(r) for r in scene.sketch._rects.values())
    window.controller.editor.remove([scene.map.steps[1].id])
    assert sum(len(r) for r in scene.sketch._rects.values()) == before - 1
    window.undo_action.trigger()
    assert sum(len(r) for r in scene.sketch._rects.values()) == before


def test_undo_refreshes_a_focused_field_that_holds_no_new_typing(window):
    view = window.current_view()
    step = view.scene().map.steps[1]
    view.scene().select_ids([step.id])
    panel = window.properties
    panel.owner.setFocus()
    panel.owner.setText("财务部")
    panel.owner.setModified(True)
    panel.owner.editingFinished.emit()
    assert step.owner == "财务部"
    window.undo_action.trigger()
    assert step.owner != "财务部" and panel.owner.text() == step.owner


def test_mark_a_finding_from_the_keyboard_shows_a_badge_and_a_register_row(window, qtbot):
    from opsflow_desktop.model import FindingType
    view = window.current_view()
    step = next(s for s in view.scene().map.steps if s.name == "选品会")
    view.scene().select_ids([step.id])
    view.setFocus()
    qtbot.waitUntil(lambda: window.findings_panel.table.rowCount() == 10)  # the register fills after opening
    rows_before = window.findings_panel.table.rowCount()
    QTest.keyClick(view, Qt.Key.Key_B)
    findings = [f for f in view.scene().map.findings if f.target_id == step.id]
    assert [f.type for f in findings] == [FindingType.BOTTLENECK]
    assert view.scene().step_items[step.id].badges == [(FindingType.BOTTLENECK, 1)]
    assert "Bottleneck" in view.scene().step_items[step.id].toolTip()
    qtbot.waitUntil(lambda: window.findings_panel.table.rowCount() == rows_before + 1)
    assert findings[0].id in window.findings_panel.visible_finding_ids()
    window.undo_action.trigger()
    assert view.scene().step_items[step.id].badges == []


def test_typing_in_a_text_field_is_not_taken_for_a_finding_key(window):
    view = window.current_view()
    step = view.scene().map.steps[1]
    view.scene().select_ids([step.id])
    count = len(view.scene().map.findings)
    window.properties.owner.setFocus()
    QTest.keyClick(window.properties.owner, Qt.Key.Key_B)
    assert len(view.scene().map.findings) == count and window.properties.owner.text().endswith("b")


def test_the_register_filters_reveals_and_edits_undoably(window, qtbot):
    panel = window.findings_panel
    panel.refresh()
    assert panel.table.rowCount() == 10  # 8 on the current map, 2 on the target
    panel.type_filter.setCurrentIndex(panel.type_filter.findData("redundant_node"))
    panel._apply_filters()
    assert len(panel.visible_finding_ids()) == 2
    panel.type_filter.setCurrentIndex(0)
    panel.lane_filter.setCurrentIndex(panel.lane_filter.findData("仓储部"))
    panel._apply_filters()
    visible = panel.visible_finding_ids()
    doc = window.controller.doc
    assert {doc.get(i).title for i in visible} == {"资料交接靠邮件", "库存数据看不到", "大促前库存确认"}
    panel.lane_filter.setCurrentIndex(0)
    panel._apply_filters()
    bottleneck = next(f for f in doc.maps[0].findings if f.type.value == "bottleneck")
    panel.select_finding(bottleneck.id)
    view = window.current_view()
    assert view.scene().selected_step_ids() == [bottleneck.target_id]
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
               == bottleneck.id)
    owner_column = [k for k, _, _ in __import__("opsflow_desktop.app.panels.findings", fromlist=["COLUMNS"]).COLUMNS].index("owner")
    panel.table.item(row, owner_column).setText("设计部")
    assert bottleneck.owner == "设计部"
    window.undo_action.trigger()
    assert bottleneck.owner == "市场部"


def open_analysis(window, qtbot):
    window.analysis_dock.show()
    window.analysis_dock.raise_()
    window.analysis_panel.refresh()
    return window.analysis_panel


def test_analysis_panel_shows_metrics_goals_and_changes(window, qtbot):
    panel = open_analysis(window, qtbot)
    rows = {panel.metrics.item(r, 0).text(): [panel.metrics.item(r, c).text() for c in (1, 2, 3)]
            for r in range(panel.metrics.rowCount())}
    assert rows["Lead time (h)"] == ["72", "47", "-25"]
    assert rows["Approvals / control points"] == ["5", "3", "-2"]
    assert panel.goals.item(0, 4).text() == "Green: met"
    kinds = [panel.changes.item(r, 0).text() for r in range(panel.changes.rowCount())]
    assert kinds.count("Merged") == 2 and kinds.count("Changed") == 6


def test_critical_path_and_differences_are_drawn_on_the_canvas(window, qtbot):
    panel = open_analysis(window, qtbot)
    panel.critical_path.setChecked(True)
    current = window.current_view().scene()
    path = panel.analysis.maps[current.map_id].metrics.critical_path
    assert set(path) <= set(current.overlays) and len(path) == 14
    assert any(flow_id in current.overlays for flow_id in current.flow_items)
    panel.critical_path.setChecked(False)
    panel.differences.setChecked(True)
    target = window.views[window.controller.doc.maps[1].id].scene()
    merged = [s for s in target.map.steps if len(s.source_step_ids) > 1]
    assert all(target.overlays[s.id] == style.CHANGE_COLOURS["merged"] for s in merged)
    panel.differences.setChecked(False)
    assert current.overlays == {} and target.overlays == {}


def test_clicking_a_check_selects_its_elements(window, qtbot):
    editor = window.controller.editor
    process_map = window.controller.doc.maps[0]
    lonely = editor.add_step(process_map.id, "孤立步骤", process_map.lanes[0].id, process_map.phases[0].id)
    panel = open_analysis(window, qtbot)
    item = next(panel.checks.item(i) for i in range(panel.checks.count())
                if lonely.id in (panel.checks.item(i).data(Qt.ItemDataRole.UserRole) or []))
    panel.checks.itemClicked.emit(item)
    assert lonely.id in window.current_view().scene().selected_step_ids()


def test_suggestions_can_be_accepted_or_dismissed_undoably(window, qtbot):
    panel = open_analysis(window, qtbot)
    process_map = window.controller.doc.maps[0]
    count, offered = len(process_map.findings), panel.suggestions.count()
    assert offered >= 1
    panel.suggestions.setCurrentRow(0)
    panel.accept.click()  # becomes a real finding
    assert len(process_map.findings) == count + 1 and panel.suggestions.count() == offered - 1
    window.undo_action.trigger()
    panel.refresh()
    assert len(process_map.findings) == count and panel.suggestions.count() == offered
    panel.suggestions.setCurrentRow(0)
    panel.dismiss.click()  # remembered in the map, so it is not offered again
    assert len(process_map.dismissed_suggestions) == 1 and panel.suggestions.count() == offered - 1
    window.undo_action.trigger()
    panel.refresh()
    assert panel.suggestions.count() == offered and process_map.dismissed_suggestions == []


def test_side_by_side_shows_both_maps_with_their_differences(window, qtbot):
    panel = open_analysis(window, qtbot)
    panel.side_by_side.click()
    side = window.side_by_side_window
    current, target = (v.scene() for v in side.views)
    assert current.map_id == window.controller.doc.maps[0].id and target.map_id == window.controller.doc.maps[1].id
    colours = {c.name() for c in style.CHANGE_COLOURS.values()}
    assert target.overlays and {c.name() for c in target.overlays.values()} <= colours
    side.close()


def test_add_and_remove_a_goal_from_the_goals_tab(window, qtbot, monkeypatch):
    from opsflow_desktop.app.dialogs.goal_dialog import GoalDialog

    def fill_and_accept(dialog):
        dialog.name.setText("交接次数")
        dialog.metric.setCurrentIndex(dialog.metric.findData("handoffs"))
        dialog.target.setValue(9)
        return GoalDialog.DialogCode.Accepted
    monkeypatch.setattr(GoalDialog, "exec", fill_and_accept)
    panel = open_analysis(window, qtbot)
    panel.add_goal.click()
    goals = window.controller.doc.project.goals
    assert [g.name for g in goals] == ["商品上架时效", "交接次数"]
    assert panel.goals.item(1, 4).text() == "Green: met"  # 10 -> 8 hand-offs, target 9
    panel.goals.setCurrentCell(1, 0)
    panel.remove_goal.click()
    assert [g.name for g in goals] == ["商品上架时效"]
    window.undo_action.trigger()
    assert len(goals) == 2


def test_register_severity_is_edited_through_its_combo(window, qtbot):
    from opsflow_desktop.app.panels.findings import COLUMNS, VALUE_ROLE
    panel = window.findings_panel
    panel.refresh()
    column = [k for k, _, _ in COLUMNS].index("severity")
    item = panel.table.item(0, column)
    finding = window.controller.doc.get(item.data(Qt.ItemDataRole.UserRole))
    item.setData(VALUE_ROLE, "critical")
    item.setText("Critical")
    assert finding.severity.value == "critical"


def test_register_edits_evidence_dates_and_refuses_bad_ones(window):
    import datetime as dt

    from opsflow_desktop.app.panels.findings import COLUMNS
    panel = window.findings_panel
    panel.refresh()
    column = [k for k, _, _ in COLUMNS].index("said_on")
    finding = window.controller.doc.get(panel.table.item(0, column).data(Qt.ItemDataRole.UserRole))
    panel.table.item(0, column).setText("2026-10-30")
    assert finding.evidence.date == dt.date(2026, 10, 30)
    panel.table.item(0, column).setText("上周三")
    assert finding.evidence.date == dt.date(2026, 10, 30)
    assert "2026-12-31" in window.statusBar().currentMessage()
