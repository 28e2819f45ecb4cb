"""Every text cell of the workbook that a spreadsheet could take for a formula carries the quote prefix: the
title row, the headers (department names), merged stage cells, and text that starts with a control character,
a blank or a full-width sign before = + - @. Read back with openpyxl, the way Excel would open it."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from opsflow_desktop.i18n import set_language
from opsflow_desktop.io import load_project
from opsflow_desktop.io.excel.writer import write_workbook
from opsflow_desktop.paths import samples_dir

SAMPLE = samples_dir() / "product_listing.opsflow"
SIGNS = ("=", "+", "-", "@", "＝", "＋", "－", "＠")


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh_CN")
    yield
    set_language("zh_CN")


def could_be_a_formula(text: str) -> bool:
    """Independent of the writer: what is left after blanks and control characters starts with a sign."""
    stripped = text.lstrip(" \t\r\n\u3000\x0b\x0c")
    return stripped.startswith(SIGNS) or text.startswith(("\t", "\r", "\n"))


@pytest.fixture
def hostile_workbook(tmp_path):
    project = load_project(SAMPLE)
    project.meta.title = '=HYPERLINK("http://x","title")'  # the title row of every sheet
    first = project.maps[0]
    first.name = "+地图"  # the sheet's title row names the map
    steps = first.steps
    stage_of_many = next(p for p in first.phases if sum(s.phase_id == p.id for s in steps) >= 2)
    stage_of_many.name = "=SUM(1,2)"  # a merged stage cell
    steps[1].name = "\x01=cmd"  # a control character (dropped on writing) before the sign
    steps[2].remarks = "＝1+1"  # a full-width sign, read as = by an East Asian Excel
    steps[3].remarks = "  -3"  # blanks before the sign
    steps[4].deadline = "\n=1"
    project.departments[0].name = "@部门"  # a header of the RACI matrix
    if project.goals:
        project.goals[0].name = "-目标"
    for process_map in project.maps:
        for finding in process_map.findings[:1]:
            finding.title = "=问题"
    path = tmp_path / "hostile.xlsx"
    write_workbook(project, path)
    return path


def test_every_text_cell_that_could_be_a_formula_has_the_quote_prefix(hostile_workbook):
    workbook = load_workbook(hostile_workbook)
    suspicious, missing = [], []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and could_be_a_formula(cell.value):
                    suspicious.append(cell.value)
                    if not cell.quotePrefix or cell.data_type != "s":
                        missing.append(f"{sheet.title}!{cell.coordinate}: {cell.value!r}")
    assert missing == []
    for expected in ('=HYPERLINK("http://x","title")', "=SUM(1,2)", "=cmd", "＝1+1", "  -3", "\n=1", "@部门"):
        assert any(text.startswith(expected) for text in suspicious), expected


def test_the_title_row_and_the_merged_stage_cell_keep_their_look_and_the_prefix(hostile_workbook):
    workbook = load_workbook(hostile_workbook)
    sheet = workbook["+地图"]
    title = sheet["A1"]
    assert title.value.startswith("=HYPERLINK") and title.quotePrefix and title.style == "opsflow-title"
    stage = next(c for row in sheet.iter_rows(min_row=3) for c in row if c.value == "=SUM(1,2)")
    assert stage.quotePrefix and stage.style == "opsflow-center"
    assert any(str(r).startswith(stage.coordinate + ":") for r in sheet.merged_cells.ranges)


def test_no_sheet_holds_a_formula(hostile_workbook):
    with zipfile.ZipFile(hostile_workbook) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and all("<f>" not in archive.read(name).decode() for name in sheets)
