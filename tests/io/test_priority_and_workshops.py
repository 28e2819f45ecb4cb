"""What a workshop leaves in both deliverables: the findings' priority (from the dot vote) in the issue register
of the workbook and of the manual, and the workshops held in the manual's appendix and the 访谈记录 sheet."""

from __future__ import annotations

import docx
import pytest
from openpyxl import load_workbook

from opsflow_desktop.io.excel.writer import write_workbook
from opsflow_desktop.io.tables import issue_rows
from opsflow_desktop.io.word.manual import write_manual
from tests.workshop_helpers import ATTENDEES, hold_workshop


def test_the_register_rows_keep_their_order_and_carry_the_priority():
    before = [row.title for row in issue_rows(hold_workshop(close=False).doc.project)]
    held = hold_workshop()
    rows = issue_rows(held.doc.project)
    assert [row.title for row in rows] == before  # a vote does not reorder the register
    priorities = {row.finding_id: row.priority for row in rows}
    assert [priorities[f.id] for f in held.findings] == [1, 2, 3]
    assert sum(p is not None for p in priorities.values()) == 3


def test_the_workbooks_register_has_a_priority_column(chinese, tmp_path):
    held = hold_workshop()
    write_workbook(held.doc.project, tmp_path / "plan.xlsx")
    sheet = load_workbook(tmp_path / "plan.xlsx")["流程问题清单"]
    header = [c.value for c in sheet[2]]
    column = header.index("优先级") + 1
    assert header[column - 2] == "严重度"  # beside the severity
    titles = header.index("标题") + 1
    by_title = {sheet.cell(r, titles).value: sheet.cell(r, column) for r in range(3, sheet.max_row + 1)}
    assert [by_title[f.title].value for f in held.findings] == [1, 2, 3]
    assert by_title[held.findings[0].title].style == "opsflow-center"
    assert sum(cell.value is not None for cell in by_title.values()) == 3


def test_the_workbooks_interviews_sheet_shows_the_workshops_title_and_attendees(chinese, tmp_path):
    held = hold_workshop()
    write_workbook(held.doc.project, tmp_path / "plan.xlsx")
    sheet = load_workbook(tmp_path / "plan.xlsx")["访谈记录"]
    header = [c.value for c in sheet[2]]
    row = {h: sheet.cell(3, i).value for i, h in enumerate(header, start=1)}
    assert row["形式"] == "研讨会" and row["标题"] == "商品上架流程现状研讨会"
    assert row["出席人员"] == "、".join(a.label for a in ATTENDEES)
    assert row["问题数"] == 3


def test_the_manuals_register_shows_the_priority_once_a_vote_set_it(chinese, tmp_path):
    def register(project) -> list[list[str]]:
        write_manual(project, tmp_path / "manual.docx")
        document = docx.Document(str(tmp_path / "manual.docx"))
        [table] = [
            t for t in document.tables if t.rows[0].cells[1].text == "类型" and t.rows[0].cells[2].text == "流程图"
        ]
        return [[c.text for c in row.cells] for row in table.rows]

    assert "优先级" not in register(hold_workshop(close=False).doc.project)[0]  # nobody ranked anything yet
    held = hold_workshop()
    rows = register(held.doc.project)
    column = rows[0].index("优先级")
    assert rows[0][column - 1] == "严重度"
    numbers = {row.finding_id: str(row.number) for row in issue_rows(held.doc.project)}
    by_number = {row[0]: row[column] for row in rows[1:]}
    assert [by_number[numbers[f.id]] for f in held.findings] == ["1", "2", "3"]
    document = docx.Document(str(tmp_path / "manual.docx"))
    register_table = next(t for t in document.tables if "优先级" in [c.text for c in t.rows[0].cells])
    width = sum(cell.width.mm for cell in register_table.rows[0].cells)
    assert width == pytest.approx(297 - 40, abs=1)  # still the landscape page's text width


def test_the_manuals_appendix_lists_the_workshops_held(chinese, tmp_path):
    held = hold_workshop()
    write_manual(held.doc.project, tmp_path / "manual.docx")
    document = docx.Document(str(tmp_path / "manual.docx"))
    assert "研讨会记录" in [p.text for p in document.paragraphs if p.style.name == "Heading 1"][-1]
    [table] = [t for t in document.tables if [c.text for c in t.rows[0].cells][:2] == ["序号", "研讨会"]]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["序号", "研讨会", "出席人员", "决议事项", "行动事项"]
    names = "、".join(a.label for a in ATTENDEES)
    assert rows[1] == ["1", "商品上架流程现状研讨会", f"5 人：{names}", "2", "2"]
