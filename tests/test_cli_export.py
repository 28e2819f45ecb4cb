"""`opsflow export` and `opsflow import-table`: files written whole, clear refusals, honest exit codes."""

from __future__ import annotations

import pytest
from docx import Document as WordDocument
from openpyxl import Workbook, load_workbook

from opsflow_desktop.cli.main import main
from opsflow_desktop.i18n import set_language
from opsflow_desktop.io import load_project
from opsflow_desktop.paths import sample_project
from tests.io.test_excel_import import hand_made_sheet


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("zh_CN")


def test_export_both_deliverables(tmp_path, capsys):
    code = main(
        ["export", str(sample_project()), "--xlsx", str(tmp_path / "t.xlsx"), "--docx", str(tmp_path / "m.docx")]
    )
    assert code == 0
    assert "Issue register" in load_workbook(tmp_path / "t.xlsx").sheetnames
    assert WordDocument(str(tmp_path / "m.docx")).inline_shapes  # the maps, drawn offscreen


def test_export_needs_a_target_and_two_different_files(tmp_path, capsys):
    assert main(["export", str(sample_project())]) == 2
    same = str(tmp_path / "same.out")
    assert main(["export", str(sample_project()), "--xlsx", same, "--docx", same]) == 2
    assert "same file" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_import_table_into_a_new_project_then_into_an_existing_one(tmp_path, capsys):
    sheet = hand_made_sheet(tmp_path / "plan.xlsx")
    assert main(["import-table", str(sheet)]) == 0
    project = load_project(tmp_path / "plan.opsflow")
    assert [s.name for s in project.maps[0].steps][0] == "业务痛点梳理"
    assert main(["import-table", str(sheet)]) == 2  # will not overwrite the project it made
    assert "already exists" in capsys.readouterr().err
    assert main(["import-table", str(sheet), "--into", str(tmp_path / "plan.opsflow")]) == 0
    assert len(load_project(tmp_path / "plan.opsflow").maps) == 2
    assert (tmp_path / "plan.opsflow.bak").exists()


def test_rows_with_problems_exit_1_and_are_listed(tmp_path, capsys):
    workbook = Workbook()
    workbook.active.append(["流程阶段", "关键节点", "责任部门/人", "输入物", "下一步"])
    workbook.active.append(["一", "甲", "运营部", "表", "9"])
    workbook.active.append(["一", None, "运营部", "表", None])
    workbook.save(tmp_path / "rows.xlsx")
    assert main(["import-table", str(tmp_path / "rows.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "row 3" in err and "“9”" in err
    assert load_project(tmp_path / "rows.opsflow").maps[0].steps[0].name == "甲"


def test_a_bad_workbook_writes_nothing(tmp_path, capsys):
    (tmp_path / "bad.xlsx").write_text("not a workbook")
    assert main(["import-table", str(tmp_path / "bad.xlsx")]) == 2
    assert "not an Excel workbook" in capsys.readouterr().err
    assert not (tmp_path / "bad.opsflow").exists()
