"""Marking findings, the issue register and the analysis panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from opsflow_desktop.app.panels import findings as findings_panel
from opsflow_desktop.canvas import style
from tests.app.helpers import open_analysis, type_with_input_method


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
    row = next(
        r
        for r in range(panel.table.rowCount())
        if panel.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == bottleneck.id
    )
    owner_column = [k for k, _, _ in findings_panel.COLUMNS].index("owner")
    panel.table.item(row, owner_column).setText("设计部")
    assert bottleneck.owner == "设计部"
    window.undo_action.trigger()
    assert bottleneck.owner == "市场部"


def test_analysis_panel_shows_metrics_goals_and_changes(window, qtbot):
    panel = open_analysis(window, qtbot)
    rows = {
        panel.metrics.item(r, 0).text(): [panel.metrics.item(r, c).text() for c in (1, 2, 3)]
        for r in range(panel.metrics.rowCount())
    }
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
    target = window.tabs.views[window.controller.doc.maps[1].id].scene()
    merged = [s for s in target.map.steps if len(s.source_step_ids) > 1]
    assert all(target.overlays[s.id] == style.CHANGE_COLOURS["merged"] for s in merged)
    panel.differences.setChecked(False)
    assert current.overlays == {} and target.overlays == {}


def test_clicking_a_check_selects_its_elements(window, qtbot):
    editor = window.controller.editor
    process_map = window.controller.doc.maps[0]
    lonely = editor.add_step(process_map.id, "孤立步骤", process_map.lanes[0].id, process_map.phases[0].id)
    panel = open_analysis(window, qtbot)
    item = next(
        panel.checks.item(i)
        for i in range(panel.checks.count())
        if lonely.id in (panel.checks.item(i).data(Qt.ItemDataRole.UserRole) or [])
    )
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


def test_add_and_remove_a_goal_from_the_goals_tab(window, qtbot):
    panel = open_analysis(window, qtbot)
    panel.add_goal.click()
    dialog = panel.goal_dialog
    assert dialog.isVisible() and not dialog.grab().isNull(), "painting it once crashed the application"
    type_with_input_method(dialog.name, "交接次数")
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData("handoffs"))
    dialog.target.setValue(9)
    QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
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


def test_keys_typed_in_the_register_never_act_on_the_canvas(window, qtbot):
    panel = window.findings_panel
    panel.refresh()
    panel.select_finding(next(f.id for f in window.controller.doc.maps[0].findings if f.type.value == "bottleneck"))
    view = window.current_view()
    assert view.scene().selected_step_ids(), "the row's step is selected on the canvas"
    steps, findings = len(view.scene().map.steps), len(view.scene().map.findings)
    panel.table.setFocus()
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_F2, Qt.Key.Key_Escape, Qt.Key.Key_B, Qt.Key.Key_Escape):
        QTest.keyClick(panel.table, key)
    assert len(view.scene().map.steps) == steps and len(view.scene().map.findings) == findings


def test_delete_and_finding_keys_work_on_the_canvas(window):
    view = window.current_view()
    step = view.scene().map.steps[2]
    view.scene().select_ids([step.id])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_G)
    assert view.scene().step_items[step.id].badges[0][0].value == "breakpoint"
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert step.id not in window.controller.doc


def test_many_badges_fit_inside_the_item_and_follow_the_language(window):
    from opsflow_desktop.model import FindingType

    view = window.current_view()
    step = view.scene().map.steps[1]
    for finding_type in FindingType:
        window.findings.mark(finding_type, [step.id])
    item = view.scene().step_items[step.id]
    assert len(item.badges) == len(FindingType)
    width = len(FindingType) * (style.BADGE + 2)
    assert item.boundingRect().left() <= item.width + style.BADGE / 2 - width
    assert "Bottleneck" in item.toolTip()
    window.named_actions["lang_zh"].trigger()
    assert "瓶颈" in item.toolTip()
    window.named_actions["lang_en"].trigger()


def test_english_badge_letters_are_the_marking_keys():
    from opsflow_desktop.canvas.items.badges import badge_letter
    from opsflow_desktop.model import FindingType
    from opsflow_desktop.model.traits import finding_type

    letters = [badge_letter(t) for t in FindingType]
    assert letters == [finding_type(t).key for t in FindingType] and len(set(letters)) == len(FindingType)
    assert letters[:3] == ["B", "G", "S"]  # bottleneck, (hand-off) gap, silo


def test_findings_on_the_whole_map_show_in_the_corner(window):
    view = window.current_view()
    map_id = view.scene().map_id
    assert view.scene().findings_by_target.get(map_id), "the sample has a pain point on the whole map"
    view.corner.repaint()
    assert "Pain point" in view.corner.toolTip()


def test_with_two_targets_the_current_map_compares_with_the_one_last_viewed(window, qtbot):
    panel = open_analysis(window, qtbot)
    doc = window.controller.doc
    first_target, current = doc.maps[1], doc.maps[0]
    window.tabs.setCurrentIndex(0)
    panel.refresh()
    assert panel._pair(current.id).target_map_id == first_target.id  # the one the goal measures
    window.named_actions["derive"].trigger()  # opens the new target
    second = window.current_view().scene().map
    assert second.name == "商品上架流程（目标） 2"
    window.tabs.setCurrentIndex(0)
    panel.refresh()
    assert panel._pair(current.id).target_map_id == second.id
    assert panel.metrics.horizontalHeaderItem(2).text() == second.name  # the table says which target
    window.tabs.setCurrentWidget(window.tabs.views[first_target.id])
    window.tabs.setCurrentIndex(0)
    panel.refresh()
    assert panel._pair(current.id).target_map_id == first_target.id
