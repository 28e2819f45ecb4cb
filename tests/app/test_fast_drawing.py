"""Drawing at the speed of Visio: connection points on four sides, hover arrows, Tab and Enter, bends, and
refusals that say why."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from opsflow_desktop.canvas.tools.ports import arrow, side_point, step_rect
from opsflow_desktop.model import Side, StepKind
from tests.app.helpers import drag, inline_editor, step_centre, type_with_input_method, view_point
from tests.signing_helpers import sign_off_everything


def named(view, name):
    return next(s for s in view.scene().map.steps if s.name == name)


def hover(view, step):
    QTest.mouseMove(view.viewport(), step_centre(view, step) + QPoint(3, 3))  # a move Qt cannot drop as a repeat
    QTest.mouseMove(view.viewport(), step_centre(view, step))
    assert view.hovered_step() == step.id


def test_a_flow_drawn_from_the_bottom_point_leaves_by_the_bottom(window):
    view = window.current_view()
    view.set_scale(1.0)
    source, target = named(view, "选品会"), named(view, "拍摄与素材制作")
    view.centerOn(QPointF((source.x + target.x) / 2, (source.y + target.y) / 2))
    hover(view, source)
    bottom = side_point(step_rect(view, source.id), Side.BOTTOM).toPoint()
    before = len(view.scene().map.flows)
    drag(view.viewport(), bottom, step_centre(view, target))
    assert len(view.scene().map.flows) == before + 1
    flow = view.scene().map.flows[-1]
    assert flow.source_side is Side.BOTTOM
    start = view.scene().flow_items[flow.id].end_points()[0]
    assert (start.x(), start.y()) == (source.x + source.width / 2, source.y + source.height)


def test_clicking_a_hover_arrow_adds_the_next_step_connected_and_ready_to_name(window, qtbot):
    view = window.current_view()
    view.set_scale(1.0)
    source = named(view, "选品会")
    view.centerOn(QPointF(source.x + 200, source.y))
    hover(view, source)
    right = arrow(step_rect(view, source.id), Side.RIGHT).boundingRect().center().toPoint()
    steps, flows = len(view.scene().map.steps), len(view.scene().map.flows)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=right)
    assert len(view.scene().map.steps) == steps + 1 and len(view.scene().map.flows) == flows + 1
    new = view.scene().map.steps[-1]
    assert new.lane_id == source.lane_id and new.x > source.x + source.width
    assert view.scene().map.flows[-1].source_id == source.id
    editor = inline_editor(view)
    editor.selectAll()
    type_with_input_method(editor, "资料初审")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: new.name == "资料初审")


def test_tab_and_enter_type_a_process_without_the_mouse(window, qtbot):
    view = window.current_view()
    view.set_scale(1.0)
    source = named(view, "选品会")
    view.scene().select_ids([source.id])
    view.setFocus()
    steps = len(view.scene().map.steps)
    QTest.keyClick(view, Qt.Key.Key_Tab)  # the next step to the right, same lane
    first = view.scene().map.steps[-1]
    type_with_input_method(inline_editor(view), "资料初审")
    QTest.keyClick(inline_editor(view), Qt.Key.Key_Tab)  # named, and on to the next one
    second = view.scene().map.steps[-1]
    assert first.name == "资料初审" and second is not first and second.lane_id == source.lane_id
    assert second.x > first.x
    type_with_input_method(inline_editor(view), "资料复核")
    QTest.keyClick(inline_editor(view), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second.name == "资料复核")
    assert view.hasFocus(), "the keyboard is back on the canvas"
    QTest.keyClick(view, Qt.Key.Key_Return)  # the next step in the lane below
    third = view.scene().map.steps[-1]
    lanes = [lane.id for lane in view.scene().map.lanes]
    assert lanes.index(third.lane_id) == lanes.index(second.lane_id) + 1
    flows = {(f.source_id, f.target_id) for f in view.scene().map.flows}
    assert {(source.id, first.id), (first.id, second.id), (second.id, third.id)} <= flows
    assert len(view.scene().map.steps) == steps + 3


def test_esc_while_naming_a_new_step_takes_it_back(window):
    view = window.current_view()
    source = named(view, "选品会")
    view.scene().select_ids([source.id])
    view.setFocus()
    count, depth = len(view.scene().map.steps), window.controller.undo_stack.count()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert len(view.scene().map.steps) == count + 1
    QTest.keyClick(inline_editor(view), Qt.Key.Key_Escape)
    assert len(view.scene().map.steps) == count
    assert window.controller.undo_stack.count() == depth and not window.controller.undo_stack.canRedo()


def test_a_connect_gesture_that_makes_no_flow_says_why(window):
    view = window.current_view()
    view.set_scale(1.0)
    source = named(view, "选品会")
    view.centerOn(QPointF(source.x + 100, source.y + 100))
    hover(view, source)
    right = side_point(step_rect(view, source.id), Side.RIGHT).toPoint()
    flows = len(view.scene().map.flows)
    drag(view.viewport(), right, right + QPoint(40, 90))  # empty canvas
    assert "Release the flow on a step" in window.statusBar().currentMessage()
    hover(view, source)
    drag(view.viewport(), right, step_centre(view, source))  # itself
    assert "itself" in window.statusBar().currentMessage()
    assert len(view.scene().map.flows) == flows


def test_connecting_on_a_signed_off_document_is_a_status_message_not_an_error(window, monkeypatch):
    sign_off_everything(window.controller.editor)
    view = window.current_view()
    view.set_scale(1.0)
    source, target = named(view, "选品会"), named(view, "拍摄与素材制作")
    view.centerOn(QPointF((source.x + target.x) / 2, (source.y + target.y) / 2))
    QTest.mouseMove(view.viewport(), step_centre(view, source))
    start = step_centre(view, source)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.AltModifier, start)
    QTest.mouseMove(view.viewport(), step_centre(view, target))
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.AltModifier, step_centre(view, target)
    )
    assert "signed off" in window.statusBar().currentMessage()
    view.scene().select_ids([source.id])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert "signed off" in window.statusBar().currentMessage()
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert not [e for e in view.viewport().children() if e.metaObject().className() == "InlineEditor"]


def test_drag_a_flow_segment_to_bend_it_and_the_bend_is_kept(window, qtbot, tmp_path):
    view = window.current_view()
    view.set_scale(1.0)
    scene = view.scene()
    flow = next(f for f in scene.map.flows if not f.waypoints)
    item = scene.flow_items[flow.id]
    points = [QPointF(x, y) for x, y in item.points()]
    index = max(
        range(len(points) - 1),
        key=lambda i: abs(points[i + 1].x() - points[i].x()) + abs(points[i + 1].y() - points[i].y()),
    )
    a, b = points[index], points[index + 1]
    middle = (a + b) / 2
    view.centerOn(middle)
    scene.select_ids([flow.id])
    horizontal = abs(a.y() - b.y()) < 0.01
    start = view_point(view, middle)
    drag(view.viewport(), start, start + (QPoint(0, 40) if horizontal else QPoint(40, 0)))
    assert flow.waypoints, "the bend is in the document"
    wanted = (a.y() if horizontal else a.x()) + 40  # the segment moved across itself by the drag

    def bent() -> bool:
        moved = [y for _, y in item.points()] if horizontal else [x for x, _ in item.points()]
        return any(abs(v - wanted) < 0.01 for v in moved)

    qtbot.waitUntil(bent)
    window.controller.save_as(tmp_path / "bent.opsflow")
    from opsflow_desktop.io import load_project

    again = next(f for m in load_project(tmp_path / "bent.opsflow").maps for f in m.flows if f.id == flow.id)
    assert again.waypoints == flow.waypoints and again.source_side == flow.source_side


def test_decision_branch_labels_sit_apart_from_each_other_and_from_badges(window):
    from opsflow_desktop.canvas.items.flow_item import FlowItem

    for view in window.tabs.all_views():
        scene = view.scene()
        for step in scene.map.steps:
            if step.kind is not StepKind.DECISION:
                continue
            leaving = [scene.flow_items[f.id] for f in scene.map.flows if f.source_id == step.id]
            labels = [f.label_rect() for f in leaving if not f.label_rect().isNull()]
            for i, first in enumerate(labels):
                for second in labels[i + 1 :]:
                    assert not first.intersects(second), f"labels of {step.name} overlap"
            badges = [f.badge_rect() for f in leaving if f.badges] + [scene.step_items[step.id].badge_rect()]
            for label in labels:
                assert not any(label.intersects(b) for b in badges if not b.isNull())
            assert all(isinstance(f, FlowItem) for f in leaving)


def test_one_edit_of_many_elements_is_one_update_of_the_canvas(window, monkeypatch):
    view = window.current_view()
    scene = view.scene()
    calls = []
    original = scene._refresh_findings
    monkeypatch.setattr(scene, "_refresh_findings", lambda: (calls.append(1), original())[1])
    window.controller.editor.add_findings(
        [s.id for s in scene.map.steps],
        list(__import__("opsflow_desktop.model", fromlist=["FindingType"]).FindingType)[0],
    )
    assert len(calls) == 1
