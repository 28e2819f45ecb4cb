"""Planning tables into maps: a new map from a hand-made table, and export -> edit -> import updates."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.i18n import set_language
from opsflow_desktop.io import load_document
from opsflow_desktop.io.excel.reader import read_planning_tables
from opsflow_desktop.io.excel.writer import write_workbook
from opsflow_desktop.io.tables import planning_rows
from opsflow_desktop.model import Document, Project
from opsflow_desktop.paths import samples_dir
from tests.io.test_excel_import import TEMPLATE_ROWS, hand_made_sheet

SAMPLE = samples_dir() / "product_listing.opsflow"
PLANNING_FIELDS = (
    "name",
    "owner",
    "inputs",
    "outputs",
    "deadline",
    "remarks",
    "kind",
    "processing_hours",
    "waiting_hours",
    "phase_id",
    "lane_id",
)


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh_CN")
    yield
    set_language("zh_CN")


def empty_editor() -> DocumentEditor:
    return DocumentEditor(Document(Project()))


def test_a_hand_made_table_becomes_a_laid_out_map(tmp_path):
    editor = empty_editor()
    [report] = editor.import_tables(read_planning_tables(hand_made_sheet(tmp_path / "plan.xlsx")))
    [process_map] = editor.doc.maps
    assert report.created and report.added == 4 and process_map.name == "整合规划"
    assert [lane.name for lane in process_map.lanes] == ["运营总监", "跨部门负责人小组", "流程专员"]
    assert [phase.name for phase in process_map.phases] == ["需求与规划", "流程梳理"]
    steps = process_map.steps
    assert [s.name for s in steps] == [r[1] for r in TEMPLATE_ROWS]
    assert steps[3].owner == "运营总监、流程专员" and steps[3].lane_id == process_map.lanes[0].id
    assert steps[0].inputs == ["部门反馈表", "历史数据报告"] and steps[1].remarks == "各部门签字确认"
    assert [(f.source_id, f.target_id) for f in process_map.flows] == [(a.id, b.id) for a, b in zip(steps, steps[1:])]
    positions = {(s.x, s.y) for s in steps}
    assert len(positions) == 4  # laid out: no two steps on top of each other
    assert steps[0].x < steps[2].x  # stages run left to right


def test_the_next_step_column_decides_the_flows(tmp_path):
    editor = empty_editor()
    editor.import_tables(read_planning_tables(hand_made_sheet(tmp_path / "next.xlsx", extra=True)))
    process_map = editor.doc.maps[0]
    names = {s.id: s.name for s in process_map.steps}
    flows = sorted((names[f.source_id], names[f.target_id]) for f in process_map.flows)
    assert flows == sorted(
        [
            ("业务痛点梳理", "整合目标与范围确定"),
            ("整合目标与范围确定", "现有流程绘制"),
            ("整合目标与范围确定", "问题点识别与标记"),
            ("现有流程绘制", "问题点识别与标记"),
        ]
    )


def test_the_import_is_one_undo_step(tmp_path):
    editor = empty_editor()
    editor.import_tables(read_planning_tables(hand_made_sheet(tmp_path / "plan.xlsx")))
    assert len(editor.doc.maps) == 1
    editor.stack.undo()
    assert editor.doc.maps == []
    editor.stack.redo()
    assert len(editor.doc.maps[0].steps) == 4


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_export_then_import_gives_identical_fields(tmp_path, language):
    set_language(language)
    document = load_document(SAMPLE)
    before = document.project.model_dump_json()
    write_workbook(document.project, tmp_path / "round.xlsx")
    reports = DocumentEditor(document).import_tables(read_planning_tables(tmp_path / "round.xlsx"))
    assert [r.created for r in reports] == [False, False]
    assert all(r.updated == 0 and r.added == 0 and not r.problems for r in reports)
    assert document.project.model_dump_json() == before


def test_edits_made_in_excel_come_back_to_the_map(tmp_path):
    document = load_document(SAMPLE)
    process_map = document.maps[0]
    write_workbook(document.project, tmp_path / "edit.xlsx")
    workbook = load_workbook(tmp_path / "edit.xlsx")
    sheet = workbook[process_map.name]
    header = [c.value for c in sheet[2]]
    row = next(r for r in range(3, sheet.max_row + 1) if sheet.cell(row=r, column=3).value == "选品会")
    sheet.cell(row=row, column=header.index("时间节点") + 1, value="每周二")
    sheet.cell(row=row, column=header.index("处理时间（小时）") + 1, value=3)
    sheet.cell(row=row, column=header.index("输入物") + 1, value="市场趋势报告、竞品分析")
    last = sheet.max_row + 1
    for column, value in {"流程阶段": "平台上架", "关键节点": "上架后复盘", "责任部门/人": "运营部"}.items():
        sheet.cell(row=last, column=header.index(column) + 1, value=value)
    workbook.save(tmp_path / "edit.xlsx")

    editor = DocumentEditor(document)
    reports = editor.import_tables(read_planning_tables(tmp_path / "edit.xlsx"))
    assert reports[0].updated == 1 and reports[0].added == 1
    step = next(s for s in process_map.steps if s.name == "选品会")
    assert (step.deadline, step.processing_hours, step.inputs) == ("每周二", 3.0, ["市场趋势报告", "竞品分析"])
    added = next(s for s in process_map.steps if s.name == "上架后复盘")
    assert added.phase_id == next(p.id for p in process_map.phases if p.name == "平台上架")
    assert any("连线" in problem for problem in reports[0].problems)
    editor.stack.undo()
    assert next(s for s in process_map.steps if s.name == "选品会").deadline == "每周一"
    assert all(s.name != "上架后复盘" for s in process_map.steps)


def test_a_sheet_from_another_project_becomes_a_new_map(tmp_path):
    document = load_document(SAMPLE)
    write_workbook(document.project, tmp_path / "other.xlsx")
    editor = empty_editor()
    reports = editor.import_tables(read_planning_tables(tmp_path / "other.xlsx"))
    assert [r.created for r in reports] == [True, True]
    imported = editor.doc.maps[0]
    original = document.maps[0]
    assert [s.name for s in imported.steps] == [row.key_node for row in planning_rows(original)]
    assert {s.kind for s in imported.steps} == {s.kind for s in original.steps}
    # The hidden next-step column brings the flows back, decision branches and the rework loop included.
    names = {s.id: s.name for s in imported.steps}
    original_names = {s.id: s.name for s in original.steps}
    assert sorted((names[f.source_id], names[f.target_id]) for f in imported.flows) == sorted(
        (original_names[f.source_id], original_names[f.target_id]) for f in original.flows
    )
    # 责任部门/人 keeps the department: the lanes are the original departments, not the people.
    assert [lane.name for lane in imported.lanes] == list(
        dict.fromkeys(
            next(lane.name for lane in original.lanes if lane.id == row_step.lane_id)
            for row_step in (next(s for s in original.steps if s.id == r.step_id) for r in planning_rows(original))
        )
    )
    assert next(s for s in imported.steps if s.name == "商品资料整理").owner == "商品专员"
