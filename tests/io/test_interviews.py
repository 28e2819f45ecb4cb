"""The interviews and workshops held, as both deliverables print them: the workbook's 访谈记录 sheet and the
manual's appendix, each with the findings whose evidence cites the record."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from openpyxl import load_workbook

from opsflow_desktop.io import load_project
from opsflow_desktop.io.excel.writer import write_workbook
from opsflow_desktop.io.tables import interview_rows, issue_rows
from opsflow_desktop.io.word.manual import write_manual
from opsflow_desktop.model import Evidence, Interview, InterviewKind
from opsflow_desktop.paths import sample_project


@pytest.fixture
def project():
    """The sample with three records: the design department's interview (two findings cite it), the
    workshop (one), and an undated phone call nobody's finding cites."""
    project = load_project(sample_project())
    design = Interview(
        date=dt.date(2026, 10, 12),
        interviewee="王敏",
        role="设计部主管",
        department="设计部",
        occasion="三楼会议室",
        notes="素材平均改三轮",
    )
    workshop = Interview(
        kind=InterviewKind.WORKSHOP,
        date=dt.date(2026, 10, 20),
        interviewee="陈刚、刘洋",
        role="运营部",
        department="运营部",
        notes="=审批层级太多",  # text that looks like a formula
    )
    call = Interview(interviewee="孙悦", role="法务", department="法务合规部", occasion="电话访谈")
    project.interviews = [workshop, call, design]  # not in the order they were held
    findings = {f.title: f for f in project.maps[0].findings}
    for title, interview in (("素材反复修改", design), ("资料交接靠邮件", design), ("五级审批", workshop)):
        finding = findings[title]
        finding.evidence = Evidence(
            source=interview.speaker, context="", date=interview.date, interview_id=interview.id
        )
    return project


def test_interview_rows_list_the_records_in_the_order_held_with_the_findings_they_raised(project, chinese):
    numbers = {row.title: row.number for row in issue_rows(project)}
    rows = interview_rows(project)
    assert [(r.number, r.interviewee, r.kind_label) for r in rows] == [
        (1, "王敏", "访谈"),
        (2, "陈刚、刘洋", "研讨会"),
        (3, "孙悦", "访谈"),  # undated: last
    ]
    design, workshop, call = rows
    assert design.speaker == "设计部主管 王敏"
    assert design.finding_count == 2
    assert design.findings.split("\n") == [
        f"{numbers['素材反复修改']}. 素材反复修改",  # the register's order: the high one first
        f"{numbers['资料交接靠邮件']}. 资料交接靠邮件",
    ]
    assert (workshop.finding_count, workshop.findings) == (1, f"{numbers['五级审批']}. 五级审批")
    assert (call.finding_count, call.findings, call.date) == (0, "", None)


def test_the_workbook_has_a_row_per_interview_with_the_findings_raised(project, chinese, tmp_path):
    write_workbook(project, tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    assert workbook.sheetnames[-1] == "访谈记录"
    sheet = workbook["访谈记录"]
    assert "访谈与研讨会记录" in sheet["A1"].value and project.meta.document_number in sheet["A1"].value
    header = [c.value for c in sheet[2]]
    assert header == [
        "序号",
        "日期",
        "形式",
        "标题",
        "受访人/参会人",
        "岗位",
        "部门",
        "地点/场合",
        "出席人员",
        "记录要点",
        "问题数",
        "提出的问题",
    ]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert len(rows) == 3
    design, workshop, call = rows
    assert design[:10] == [
        1,
        dt.datetime(2026, 10, 12),
        "访谈",
        None,  # an interview has no title and no attendees list
        "王敏",
        "设计部主管",
        "设计部",
        "三楼会议室",
        None,
        "素材平均改三轮",
    ]
    assert design[10] == 2 and "素材反复修改" in design[11] and "资料交接靠邮件" in design[11]
    assert workshop[2] == "研讨会" and workshop[10] == 1 and workshop[11].endswith("五级审批")
    assert call[1] is None and call[10] == 0 and call[11] is None
    assert sheet.cell(3, 2).number_format == "yyyy-mm-dd"
    assert sheet.cell(3, 1).style == "opsflow-center" and sheet.cell(3, 11).style == "opsflow-center"
    assert sheet.freeze_panes == "A3" and sheet.print_title_rows == "$2:$2"
    notes = sheet.cell(4, 10)
    assert notes.value == "=审批层级太多" and notes.data_type == "s" and notes.quotePrefix  # text, not a formula


def test_the_interviews_sheet_is_there_with_its_header_when_none_were_recorded(chinese, tmp_path):
    write_workbook(load_project(sample_project()), tmp_path / "plan.xlsx")
    sheet = load_workbook(tmp_path / "plan.xlsx")["访谈记录"]
    assert sheet.cell(2, 1).value == "序号" and sheet.max_row == 2  # like the change list and the goals


def test_the_manual_lists_the_interviews_in_its_last_appendix(project, chinese, tmp_path):
    write_manual(project, tmp_path / "manual.docx")
    document = docx.Document(str(tmp_path / "manual.docx"))
    appendices = [p.text for p in document.paragraphs if p.style.name == "Heading 1" and p.text.startswith("附录")]
    assert appendices[-1] == "附录 C 访谈与研讨会记录"
    [table] = [t for t in document.tables if [c.text for c in t.rows[0].cells[:2]] == ["序号", "日期"]]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["序号", "日期", "受访/参会人员", "部门", "形式", "提出的问题"]
    numbers = {row.title: row.number for row in issue_rows(project)}
    assert rows[1] == [
        "1",
        "2026-10-12",
        "设计部主管 王敏",
        "设计部",
        "访谈（三楼会议室）",
        f"{numbers['素材反复修改']}. 素材反复修改\n{numbers['资料交接靠邮件']}. 资料交接靠邮件",
    ]
    assert rows[2][2:5] == ["运营部 陈刚、刘洋", "运营部", "研讨会"]
    assert rows[3] == ["3", "", "法务 孙悦", "法务合规部", "访谈（电话访谈）", "（无）"]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "共开展访谈 2 次、研讨会 1 次" in text
    contents = [p.text for p in document.paragraphs if p.style.name.startswith("toc")]
    assert contents[-1] == "附录 C 访谈与研讨会记录"


def test_a_manual_without_interviews_has_no_such_appendix(chinese, tmp_path):
    write_manual(load_project(sample_project()), tmp_path / "manual.docx")
    document = docx.Document(str(tmp_path / "manual.docx"))
    assert not any("访谈与研讨会记录" in p.text for p in document.paragraphs)
