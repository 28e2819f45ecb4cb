"""The workshop minutes (研讨会纪要), read back with python-docx: who took part, the agenda, the decisions, the
findings raised with their dots and priority (numbered as in the issue register), the vote's ranking, the next
actions and the map pictures; empty parts say so instead of printing empty columns. No Qt: fake pictures."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from opsflow_desktop.io.tables import issue_rows
from opsflow_desktop.io.word.minutes import write_minutes
from opsflow_desktop.io.word.minutes_source import find_workshop, latest_workshop, minutes_map_ids
from opsflow_desktop.io.word.page_plan import ManualImages, Picture
from opsflow_desktop.model import Attendee, DocumentError
from tests.io.test_word import fake_png
from tests.workshop_helpers import DECISIONS, hold_workshop


@pytest.fixture
def held():
    return hold_workshop()


def rows_of(document, first_header: str) -> list[list[str]]:
    [table] = [t for t in document.tables if t.rows[0].cells[0].text == first_header and len(t.rows) > 1]
    return [[c.text for c in row.cells] for row in table.rows]


def table_after(document, header: list[str]) -> list[list[str]]:
    [table] = [t for t in document.tables if [c.text for c in t.rows[0].cells] == header]
    return [[c.text for c in row.cells] for row in table.rows[1:]]


def test_the_minutes_hold_what_the_workshop_recorded(held, chinese, tmp_path):
    project, workshop = held.doc.project, held.workshop
    images = ManualImages(maps={project.maps[0].id: [Picture(fake_png(1800, 1100), 1800, 1100, 200)]})
    write_minutes(project, workshop.id, tmp_path / "minutes.docx", images=images)
    document = docx.Document(str(tmp_path / "minutes.docx"))
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == ["商品上架流程现状研讨会", "研讨会纪要"]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "1 出席人员",
        "2 议程",
        "3 决议事项",
        "4 提出的问题",
        "5 点投票结果",
        "6 后续行动",
        "7 讨论的流程图",
    ]
    facts = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert facts[0] == ["日期", "2026-10-20", "地点", "总部三楼会议室"]
    assert facts[1][:2] == ["流程", "商品上架流程（现状）"] and facts[2][:2] == ["出席人员", "5 人"]

    assert table_after(document, ["序号", "姓名", "部门", "角色"])[1] == ["2", "王敏", "设计部", "设计部主管"]
    assert table_after(document, ["序号", "议程事项", "计划时长（分钟）"]) == [
        ["1", "逐阶段走查现状流程", "45"],
        ["2", "点投票排序", "15"],
    ]
    assert "计划总时长：60 分钟。" in texts
    assert [t for t in texts if t.startswith(("1.\t", "2.\t"))] == [f"{n}.\t{d}" for n, d in enumerate(DECISIONS, 1)]

    numbers = {row.finding_id: str(row.number) for row in issue_rows(project)}
    raised = table_after(document, ["序号", "类型", "位置", "问题", "提出人", "票数", "优先级"])
    first, second, third = held.findings
    assert raised == sorted(
        [
            [numbers[first.id], "瓶颈", "素材修改", "素材平均要改三轮", "设计部主管 王敏", "6", "1"],
            [numbers[second.id], "冗余节点", "市场经理审批", "两级审批看同一份资料", "运营总监 陈刚", "4", "2"],
            [numbers[third.id], "重复劳动", "商品资料整理", "资料每个平台重录一遍", "商品经理 刘洋", "3", "3"],
        ],
        key=lambda row: int(row[0]),
    )  # in the register's order and under its numbers

    vote_text = "\n".join(texts)
    assert "每人票数：3" in vote_text and "参与投票人：运营部 陈刚、设计部 王敏" in vote_text
    assert "（共 5 人）" in vote_text and "共投 13 票；排名已作为问题的优先级。" in vote_text
    assert table_after(document, ["名次", "序号", "问题", "票数"]) == [
        ["1", numbers[first.id], "素材平均要改三轮", "6"],
        ["2", numbers[second.id], "两级审批看同一份资料", "4"],
        ["3", numbers[third.id], "资料每个平台重录一遍", "3"],
    ]
    assert table_after(document, ["序号", "行动事项", "负责人", "截止日期"]) == [
        ["1", "起草两级审批规则", "运营部 陈刚", "2026-10-31"],
        ["2", "评估PIM与各平台接口", "IT部", ""],
    ]
    assert len(document.inline_shapes) == 1
    header = document.sections[-1].header.paragraphs[0].text
    assert header.startswith(project.meta.title) and header.endswith("研讨会纪要 2026-10-20")
    assert "第 1 页 共 1 页" in document.sections[0].footer.paragraphs[0].text


def test_parts_nobody_filled_in_say_so_and_empty_columns_are_left_out(chinese, tmp_path):
    held = hold_workshop(close=False)
    editor = held.editor
    editor.set_fields(
        held.workshop.id,
        {"attendees": [Attendee(name="陈刚"), Attendee(name="王敏")], "agenda": [], "decisions": [], "actions": []},
    )
    editor.set_fields(held.workshop.id, {"votes": []})
    write_minutes(held.doc.project, held.workshop.id, tmp_path / "minutes.docx")
    document = docx.Document(str(tmp_path / "minutes.docx"))
    texts = [p.text for p in document.paragraphs]
    for said in ("未记录议程。", "未记录决议事项。", "未进行点投票。", "未商定后续行动。"):
        assert said in texts
    assert table_after(document, ["序号", "姓名"]) == [["1", "陈刚"], ["2", "王敏"]]  # no empty department, role
    assert table_after(document, ["序号", "类型", "位置", "问题", "提出人"])  # no dots, no priority
    # Without pictures (no display) the maps are described in words.
    assert "讨论的流程图" in "\n".join(texts) and any(t.startswith("阶段：") for t in texts)


def test_an_open_vote_says_it_was_not_closed(chinese, tmp_path):
    held = hold_workshop(close=False)
    write_minutes(held.doc.project, held.workshop.title, tmp_path / "minutes.docx")  # by its title
    texts = [p.text for p in docx.Document(str(tmp_path / "minutes.docx")).paragraphs]
    assert any("投票尚未结束" in t for t in texts)


def test_a_workshop_that_is_not_there_writes_nothing(held, tmp_path):
    with pytest.raises(DocumentError):
        write_minutes(held.doc.project, "no such workshop", tmp_path / "minutes.docx")
    assert list(tmp_path.iterdir()) == []


def test_the_latest_workshop_and_the_maps_it_concerns(held):
    editor, project = held.editor, held.doc.project
    later = editor.start_workshop("目标流程评审会", dt.date(2026, 11, 3))
    editor.start_workshop("未定日期", None)
    assert latest_workshop(project).id == later.id
    assert find_workshop(project, held.workshop.id).id == held.workshop.id
    assert find_workshop(project, "目标流程评审会").id == later.id and find_workshop(project, "?") is None
    assert minutes_map_ids(project, held.workshop) == [project.maps[0].id]
    assert minutes_map_ids(project, project.interviews[-1]) == []
