"""Drawing and editing maps with real mouse and keyboard input."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from opsflow_desktop.canvas import style
from opsflow_desktop.model import StepKind
from tests.app.helpers import drag, inline_editor, step_centre, type_with_input_method, view_point
from tests.conftest import snapshot


def test_place_a_step_from_the_palette(window, qtbot):
    view = window.current_view()
    view.set_scale(1.0)
    process_map = view.scene().map
    lane = process_map.lanes[0]
    before = len(process_map.steps)
    QTest.mouseClick(window.shapes_bar.button(StepKind.DECISION), Qt.MouseButton.LeftButton)
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
    window.named_actions["delete"].trigger()
    window.named_actions["arrange"].trigger()
    window.controller.editor.rename(steps[0].id, "到货")
    edited = snapshot(doc)
    for _ in range(3):
        window.undo_action.trigger()
    assert snapshot(doc) == original
    assert set(view.scene().step_items) == {s.id for s in view.scene().map.steps}
    for _ in range(3):
        window.redo_action.trigger()
    assert snapshot(doc) == edited


def test_copy_paste_and_duplicate(window):
    view = window.current_view()
    process_map = view.scene().map
    ids = [process_map.steps[1].id, process_map.steps[2].id]
    view.scene().select_ids(ids)
    window.named_actions["copy"].trigger()
    before = len(process_map.steps)
    window.named_actions["paste"].trigger()
    assert len(process_map.steps) == before + 2
    assert set(view.scene().selected_step_ids()) == {s.id for s in process_map.steps[-2:]}
    window.named_actions["duplicate"].trigger()
    assert len(process_map.steps) == before + 4
    # paste into the target map, lanes matched by name
    window.tabs.setCurrentIndex(1)
    target = window.current_view().scene().map
    count = len(target.steps)
    window.named_actions["paste"].trigger()
    assert len(target.steps) == count + 2


def test_select_all_and_delete(window):
    view = window.current_view()
    window.named_actions["select_all"].trigger()
    assert len(view.scene().selected_step_ids()) == len(view.scene().map.steps)
    assert "selected" in window.selection_label.text()
    window.named_actions["delete"].trigger()
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
    window.named_actions["find"].trigger()
    type_with_input_method(window.find_bar.edit, "法务")
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    view = window.current_view()
    selected = view.scene().selected_step_ids()
    assert len(selected) == 1 and window.controller.doc.get(selected[0]).name == "法务合规审核"
    centre = view.mapToScene(view.viewport().rect().center())
    item = view.scene().step_items[selected[0]]
    assert (centre - item.sceneBoundingRect().center()).manhattanLength() < 5


def test_find_selects_what_it_finds_even_far_zoomed_out_and_enter_goes_to_the_next(window):
    view = window.current_view()
    view.set_scale(0.05)  # far out: a large map would be a sketch here
    window.named_actions["find"].trigger()
    type_with_input_method(window.find_bar.edit, "审批")
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    seen = [window.controller.doc.get(i).name for i in view.scene().selected_step_ids()]
    assert len(seen) == 1 and window.find_bar.count.text() == "1 of 3"
    first = view.mapToScene(view.viewport().rect().center())
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    seen += [window.controller.doc.get(i).name for i in view.scene().selected_step_ids()]
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    seen += [window.controller.doc.get(i).name for i in view.scene().selected_step_ids()]
    assert sorted(seen) == sorted(["商品经理审批", "运营经理审批", "市场经理审批"])
    assert window.find_bar.count.text() == "3 of 3"
    assert view.mapToScene(view.viewport().rect().center()) != first
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_derive_target_opens_a_new_tab(window):
    window.named_actions["derive"].trigger()
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
    deadline_before, waiting_before = step.deadline, step.waiting_hours
    assert (deadline_before, waiting_before) != ("第5个工作日", 7.5)
    panel.deadline.setFocus()
    panel.deadline.selectAll()
    type_with_input_method(panel.deadline, "第5个工作日")
    QTest.keyClick(panel.deadline, Qt.Key.Key_Return)
    assert step.deadline == "第5个工作日"
    panel.waiting.setValue(7.5)
    assert step.waiting_hours == 7.5
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert (step.deadline, step.waiting_hours) == (deadline_before, waiting_before)
    assert (panel.deadline.text(), panel.waiting.value()) == (deadline_before, waiting_before)


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


def wheel(view, dy: int = 0, dx: int = 0, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent

    centre = view.viewport().rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(view.viewport().mapToGlobal(centre)),
        P(0, 0),
        P(dx, dy),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_the_wheel_scrolls_shift_scrolls_sideways_and_ctrl_zooms(window, qtbot):
    view = window.current_view()
    view.set_scale(1.0)
    view.centerOn(view.scene().content_rect().center())
    horizontal, vertical = view.horizontalScrollBar(), view.verticalScrollBar()
    x, y = horizontal.value(), vertical.value()
    wheel(view, dy=-120)  # one notch down
    assert vertical.value() > y and horizontal.value() == x and view.current_scale() == 1.0
    y = vertical.value()
    wheel(view, dy=-120, modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert horizontal.value() > x and vertical.value() == y
    wheel(view, dy=240, modifiers=Qt.KeyboardModifier.ControlModifier)
    assert view.current_scale() > 1.2


def test_a_touchpad_pinch_zooms(window):
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    view = window.current_view()
    view.set_scale(1.0)
    centre = QPointF(view.viewport().rect().center())
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        centre,
        centre,
        view.viewport().mapToGlobal(centre),
        0.25,
        QPointF(0, 0),
    )
    QApplication.sendEvent(view.viewport(), pinch)
    assert abs(view.current_scale() - 1.25) < 1e-6


def test_middle_button_or_space_drag_pans(window, qtbot):
    from PySide6.QtCore import QPoint as P

    view = window.current_view()
    view.set_scale(1.0)
    view.centerOn(view.scene().content_rect().center())
    centre = view.viewport().rect().center()
    before = view.horizontalScrollBar().value()
    drag(view.viewport(), centre, centre - P(200, 0), button=Qt.MouseButton.MiddleButton)
    assert view.horizontalScrollBar().value() == before + 200
    view.setFocus()
    QTest.keyPress(view, Qt.Key.Key_Space)
    drag(view.viewport(), centre, centre + P(100, 0))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert view.horizontalScrollBar().value() == before + 100
    assert window.controller.undo_stack.count() == 0, "panning never edits"


def test_a_map_opens_at_its_top_left_corner_with_readable_text(window, qtbot):
    view = window.current_view()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    first_lane, first_stage = view.scene().lane_rects()[0][1], view.scene().phase_rects()[0][1]
    assert visible.left() <= first_stage.left() < visible.left() + 30, "the first stage starts at the left edge"
    assert visible.top() <= first_lane.top() < visible.top() + 30, "the first lane starts right below the headers"
    step_pixels = style.step_font().pixelSize() * view.current_scale()
    assert step_pixels >= 9 * view.logicalDpiY() / 72 - 0.01, "step names at least 9 pt"
    assert view.current_scale() <= 1.0


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
    from PySide6.QtWidgets import QApplication

    from opsflow_desktop.app.canvas_operations import FRAGMENT_MIME

    count = len(window.controller.doc.maps[0].steps)
    for payload in (
        b"\xff\xfe",
        b"{not json",
        b'{"format": "opsflow-fragment/1", "steps": [1]}',
        b'{"format": "opsflow-fragment/1", "steps": [{"id": "meta", "x": 0, "y": 0, "name": "n"}]}',
    ):
        mime = QMimeData()
        mime.setData(FRAGMENT_MIME, payload)
        QApplication.clipboard().setMimeData(mime)
        window.named_actions["paste"].trigger()
        window.canvas.paste_at(window.current_view(), QPointF(10, 10))
    assert len(window.controller.doc.maps[0].steps) == count + 2  # only the well-shaped "meta" one, pasted twice


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
    owner_before = step.owner
    assert owner_before != "财务部"
    panel.owner.setFocus()
    panel.owner.setText("财务部")
    panel.owner.setModified(True)
    panel.owner.editingFinished.emit()
    assert step.owner == "财务部"
    window.undo_action.trigger()
    assert step.owner == owner_before and panel.owner.text() == owner_before
