"""A specialist who starts from nothing: Ctrl+N, the project's details, three departments with heads, lanes linked
to them, eight steps typed from the keyboard, a finding on a flow, a target map, a goal, then Excel and Word.
Only the window's own menus, dialogs, widgets and keys are used; then the files are read as a signer would."""

from __future__ import annotations

import docx
from openpyxl import load_workbook
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from opsflow_desktop.app.dialogs.departments_dialog import HEAD, DepartmentsDialog
from opsflow_desktop.app.dialogs.goal_dialog import GoalDialog
from opsflow_desktop.app.dialogs.name_dialog import AddLaneDialog
from opsflow_desktop.app.dialogs.project_dialog import ProjectDialog
from opsflow_desktop.model import FindingType, MapKind, Raci, StepKind
from opsflow_desktop.model.traits import step_kind
from tests.app.helpers import inline_editor, open_analysis, type_with_input_method, view_point


def shown(window, cls):
    [dialog] = [d for d in window.findChildren(cls) if d.isVisible()]
    assert not dialog.grab().isNull()
    return dialog


def ok(dialog, which=QDialogButtonBox.StandardButton.Ok):
    QTest.mouseClick(dialog.findChild(QDialogButtonBox).button(which), Qt.MouseButton.LeftButton)


def type_into(widget, text):
    widget.setFocus()
    type_with_input_method(widget, text)


def rename_lane(view, index: int, name: str):
    header = view.lane_bar.headers()[index]
    QTest.mouseDClick(view.lane_bar, Qt.MouseButton.LeftButton, pos=header.rect.center().toPoint())
    from opsflow_desktop.canvas.inline_editor import InlineEditor

    [editor] = [e for e in view.lane_bar.findChildren(InlineEditor) if e.isVisible()]
    editor.selectAll()
    type_with_input_method(editor, name)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def name_new_step(view, name: str, then=Qt.Key.Key_Return):
    editor = inline_editor(view)
    editor.selectAll()
    type_with_input_method(editor, name)
    QTest.keyClick(editor, then)


def test_from_ctrl_n_to_a_manual_ready_for_signatures(window, qtbot, tmp_path, monkeypatch):
    window.named_actions["lang_zh"].trigger()  # 语言 → 简体中文: the documents are in Chinese
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    doc = window.controller.doc
    assert len(doc.maps) == 1 and not doc.maps[0].steps and doc.project.meta.title == ""
    view = window.current_view()
    assert window.tabs.tabText(0) == doc.maps[0].name, "the tab shows the map's own name"

    # File → Project details
    window.named_actions["project_details"].trigger()
    details = shown(window, ProjectDialog)
    type_into(details.title, "客诉处理流程说明书")
    type_into(details.document_number, "CS-SOP-001")
    type_into(details.process_owner, "客服总监 刘洋")
    details.tabs.setCurrentIndex(1)
    type_into(details.purpose, "客户投诉在10分钟内响应、48小时内解决。")
    ok(details)
    assert doc.project.meta.document_number == "CS-SOP-001"

    # Three departments: two lanes renamed on their headers, a third added through Add lane
    rename_lane(view, 0, "客服部")
    rename_lane(view, 1, "售后部")
    window.named_actions["add_lane"].trigger()
    add_lane = shown(window, AddLaneDialog)
    add_lane.name.lineEdit().selectAll()
    type_with_input_method(add_lane.name.lineEdit(), "仓储部")
    ok(add_lane)
    window.named_actions["departments"].trigger()
    departments = shown(window, DepartmentsDialog)
    QTest.mouseClick(departments.from_lanes_button, Qt.MouseButton.LeftButton)
    heads = {"客服部": "王芳", "售后部": "赵磊", "仓储部": "周强"}
    for row in range(departments.table.rowCount()):
        departments.table.item(row, HEAD).setText(heads[departments.table.item(row, 0).text()])
    ok(departments, QDialogButtonBox.StandardButton.Close)
    project = doc.project
    assert sorted((d.name, d.head) for d in project.departments) == sorted(heads.items())
    process_map = view.scene().map
    assert all(lane.department_id for lane in process_map.lanes)

    # Eight steps from the keyboard: the first placed from the palette, then Tab and Enter
    QTest.mouseClick(window.shapes_bar.button(StepKind.START), Qt.MouseButton.LeftButton)
    view.set_scale(1.0)
    first_lane, first_stage = view.scene().lane_rects()[0][1], view.scene().phase_rects()[0][1]
    point = QPointF(first_stage.left() + 80, first_lane.center().y())
    view.scroll_to_top_left(QPointF(-10, -10))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(view, point))
    name_new_step(view, "收到投诉", then=Qt.Key.Key_Tab)
    name_new_step(view, "记录工单", then=Qt.Key.Key_Tab)
    name_new_step(view, "10分钟内响应", then=Qt.Key.Key_Tab)
    name_new_step(view, "判断类别")
    QTest.keyClick(view, Qt.Key.Key_Return)  # the lane below: 售后部
    name_new_step(view, "售后处理", then=Qt.Key.Key_Tab)
    name_new_step(view, "补偿审批")
    QTest.keyClick(view, Qt.Key.Key_Return)  # 仓储部
    name_new_step(view, "退货入库", then=Qt.Key.Key_Tab)
    name_new_step(view, "结案回访")
    steps = process_map.steps
    assert [s.name for s in steps] == [
        "收到投诉",
        "记录工单",
        "10分钟内响应",
        "判断类别",
        "售后处理",
        "补偿审批",
        "退货入库",
        "结案回访",
    ]
    assert len(process_map.flows) == 7
    lanes = [lane.name for lane in process_map.lanes]
    assert [lanes.index(next(lane.name for lane in process_map.lanes if lane.id == s.lane_id)) for s in steps] == [
        0,
        0,
        0,
        0,
        1,
        1,
        2,
        2,
    ]
    # The last step becomes an end in the Properties panel: its kind box, one key up from 任务 to 结束
    view.scene().select_ids([steps[-1].id])
    window.properties.kind.setFocus()
    QTest.keyClick(window.properties.kind, Qt.Key.Key_Up)
    assert steps[-1].kind is StepKind.END

    # A hand-off gap on the flow from 判断类别 to 售后处理: click the flow, press G
    flow = next(f for f in process_map.flows if f.target_id == steps[4].id)
    points = [QPointF(x, y) for x, y in view.scene().flow_items[flow.id].points()]
    longest = max(zip(points, points[1:]), key=lambda s: (s[1] - s[0]).manhattanLength())
    middle = (longest[0] + longest[1]) / 2
    view.centerOn(middle)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(view, middle))
    assert view.scene().selected_flow_ids() == [flow.id]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_G)
    assert [(f.type, f.target_id) for f in process_map.findings] == [(FindingType.BREAKPOINT, flow.id)]

    # Map → Derive target map (Ctrl+Shift+T), then a goal through the analysis panel's dialog
    QTest.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [m.kind for m in doc.maps] == [MapKind.CURRENT, MapKind.TARGET]
    panel = open_analysis(window, qtbot)
    QTest.mouseClick(panel.add_goal, Qt.MouseButton.LeftButton)
    goal = shown(window, GoalDialog)
    type_into(goal.name, "投诉处理时效")
    goal.target.setValue(48)
    ok(goal)
    assert [g.name for g in project.goals] == ["投诉处理时效"]

    # Map → Fill RACI from the lanes: every step's department is accountable (start and end are events)
    window.named_actions["fill_raci"].trigger()
    assert all(
        list(s.raci.values()).count(Raci.ACCOUNTABLE) == 1
        for m in doc.maps
        for s in m.steps
        if not step_kind(s.kind).event
    )

    # File → Export to Excel and to Word (the OS file picker is the only thing stubbed)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, suggested, *a, **k: (str(tmp_path / suggested.split("/")[-1]), ""),
    )
    with qtbot.waitSignal(
        window.statusBar().messageChanged, timeout=30_000, check_params_cb=lambda text: ".xlsx" in text
    ):
        window.named_actions["export_excel"].trigger()
    with qtbot.waitSignal(
        window.statusBar().messageChanged, timeout=60_000, check_params_cb=lambda text: ".docx" in text
    ):
        window.named_actions["export_word"].trigger()
    [xlsx] = tmp_path.glob("*.xlsx")
    [manual] = tmp_path.glob("*.docx")
    assert xlsx.name == "客诉处理流程说明书 V1.0.xlsx"

    workbook = load_workbook(xlsx)
    for sheet in workbook.worksheets:
        title = str(sheet["A1"].value)
        assert "CS-SOP-001" in title and "客诉处理流程说明书" in title, sheet.title
        assert "未命名" not in title
        for row in sheet.iter_rows(values_only=True):
            assert not any(v == "没有负责审批人（A）" for v in row), f"a RACI row without A on {sheet.title}"

    document = docx.Document(str(manual))
    assert document.paragraphs[0].text == "客诉处理流程说明书"
    for section in document.sections:
        header = "".join(p.text for p in section.header.paragraphs)
        assert "CS-SOP-001" in header and "V1.0" in header
    [signoff] = [t for t in document.tables if [c.text for c in t.rows[0].cells[:2]] == ["角色", "姓名"]]
    countersign = [[c.text for c in row.cells] for row in signoff.rows[1:] if row.cells[0].text == "会签"]
    assert sorted((r[1], r[2]) for r in countersign) == [("周强", "仓储部"), ("王芳", "客服部"), ("赵磊", "售后部")]
    assert "未命名" not in "\n".join(p.text for p in document.paragraphs)
