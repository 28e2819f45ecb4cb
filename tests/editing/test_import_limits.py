"""Imports stay inside the model's limits: a long or deep stage is laid out so that the project still opens,
and what cannot be held is refused before anything reaches the document, the undo stack or the disk."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from opsflow_desktop.cli.main import main
from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.i18n import set_language
from opsflow_desktop.io import load_document, save_project
from opsflow_desktop.io.excel.reader import read_planning_tables
from opsflow_desktop.model import Document, DocumentError, Project
from opsflow_desktop.model.elements import MAX_COORDINATE, MAX_SIZE

CHAIN, PARALLEL = 500, 100  # 600 rows, all in one stage


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh_CN")
    yield
    set_language("zh_CN")


def long_stage_table(path, *, stages_per_row: bool = False, rows: int = CHAIN + PARALLEL):
    """600 rows in one stage: a chain of 500 steps (wrapped into rows of columns) beside 100 steps that
    follow nothing (one deep column)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("长阶段")
    sheet.append(["序号", "流程阶段", "关键节点", "责任部门/人", "下一步"])
    for number in range(1, rows + 1):
        following = str(number + 1) if number < CHAIN else ""
        stage = f"阶段{number}" if stages_per_row else "执行"
        sheet.append([number, stage, f"步骤{number}", "运营部", following])
    workbook.save(path)
    return path


def assert_within_limits(process_map) -> None:
    assert all(0 < lane.height <= MAX_SIZE for lane in process_map.lanes)
    assert all(0 < phase.width <= MAX_SIZE for phase in process_map.phases)
    assert all(abs(s.x) <= MAX_COORDINATE and abs(s.y) <= MAX_COORDINATE for s in process_map.steps)
    assert len({(s.x, s.y) for s in process_map.steps}) == len(process_map.steps)  # none on top of another


def test_a_600_row_stage_is_laid_out_inside_the_limits_and_opens_again(tmp_path):
    # given a planning table with 600 rows in one stage
    editor = DocumentEditor(Document(Project()))
    # when it is imported and saved
    [report] = editor.import_tables(read_planning_tables(long_stage_table(tmp_path / "long.xlsx")))
    saved = tmp_path / "long.opsflow"
    save_project(editor.doc.project, saved)
    # then every band stays inside the model's limits and the project opens
    [process_map] = load_document(saved).maps
    assert report.added == CHAIN + PARALLEL and len(process_map.steps) == CHAIN + PARALLEL
    assert_within_limits(process_map)


def test_thousands_of_parallel_steps_in_one_cell_are_set_out_as_a_grid(tmp_path):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("并行")
    sheet.append(["流程阶段", "关键节点", "责任部门/人", "下一步"])
    for number in range(1, 2001):
        sheet.append(["执行", f"步骤{number}", "运营部", ""])
    workbook.save(tmp_path / "wide.xlsx")
    editor = DocumentEditor(Document(Project()))
    editor.import_tables(read_planning_tables(tmp_path / "wide.xlsx"))
    [process_map] = editor.doc.maps
    assert_within_limits(process_map)
    Project.model_validate_json(editor.doc.project.model_dump_json())


def test_a_table_that_no_map_can_hold_is_refused_before_the_undo_stack(tmp_path):
    # given a table of 7,000 stages: wider than a map may be, however it is laid out
    tables = read_planning_tables(long_stage_table(tmp_path / "stages.xlsx", stages_per_row=True, rows=7000))
    editor = DocumentEditor(Document(Project()))
    # when it is imported, then it is refused with the sheet named, and nothing changed
    with pytest.raises(DocumentError, match="长阶段"):
        editor.import_tables(tables)
    assert editor.doc.maps == [] and not editor.stack.can_undo()


def test_cli_import_into_a_project_never_writes_what_cannot_be_opened(tmp_path, capsys):
    project = tmp_path / "P.opsflow"
    assert main(["import-table", str(long_stage_table(tmp_path / "first.xlsx")), "-o", str(project)]) == 0
    before = project.read_bytes()
    table = long_stage_table(tmp_path / "stages.xlsx", stages_per_row=True, rows=7000)
    capsys.readouterr()
    code = main(["import-table", str(table), "--into", str(project)])
    out, err = capsys.readouterr()
    assert code == 2 and "已保存" not in out and "长阶段" in err
    assert project.read_bytes() == before
    [process_map] = load_document(project).maps
    assert_within_limits(process_map)


def test_the_text_import_of_a_long_stage_stays_inside_the_limits(tmp_path):
    notes = tmp_path / "long.txt"
    # 1,300 steps of one stage in parallel ("+"): one column deeper than a lane may grow
    lines = ["# 执行", "运营部：步骤1"] + [f"+ 运营部：步骤{n}" for n in range(2, 1301)]
    notes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = tmp_path / "long.opsflow"
    assert main(["import-text", str(notes), "-o", str(project)]) in (0, 1)
    [process_map] = load_document(project).maps
    assert len(process_map.steps) == 1300
    assert_within_limits(process_map)
