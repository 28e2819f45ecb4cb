"""Reading planning tables people bring: the template's layout, our own export, and bad files."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook

from opsflow_desktop.i18n import set_language
from opsflow_desktop.io.excel.reader import MAX_ROWS, TableImportError, read_planning_tables
from opsflow_desktop.model import StepKind


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh_CN")


TEMPLATE_ROWS = [
    (
        "需求与规划",
        "业务痛点梳理",
        "运营总监",
        "部门反馈表、历史数据报告",
        "《痛点分析清单》",
        "启动后3个工作日",
        "效率、成本、体验等维度",
    ),
    (
        None,
        "整合目标与范围确定",
        "跨部门负责人小组",
        "《痛点分析清单》",
        "《目标与范围确认书》",
        "第5个工作日",
        "各部门签字确认",
    ),
    ("流程梳理", "现有流程绘制", "流程专员", "SOP文档、访谈记录", "《现有流程全景图》", "第10个工作日", None),
    (
        None,
        "问题点识别与标记",
        "运营总监、流程专员",
        "《现有流程全景图》",
        "《流程问题清单》",
        "第12个工作日",
        "瓶颈、断点、风险点",
    ),
]


def hand_made_sheet(path, *, header_row: int = 3, extra: bool = False, english: bool = False):
    """The planning table as people make it: a title, a blank line, merged stage cells."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "整合规划"
    sheet.cell(row=1, column=1, value="电商运营流程整合规划表")
    headers = (
        ["Stage", "Key node", "Owner", "Inputs", "Outputs", "Deadline", "Remarks"]
        if english
        else ["流程阶段", "关键节点", "责任部门/人", "输入物", "输出物", "时间节点", "备注"]
    )
    if extra:
        headers += ["下一步", "风险等级"]
    for column, header in enumerate(headers, start=1):
        sheet.cell(row=header_row, column=column, value=header)
    for offset, row in enumerate(TEMPLATE_ROWS, start=1):
        values = list(row)
        if extra:
            values += [{1: "2", 2: "3、4", 3: "4", 4: None}[offset], "高" if offset == 2 else None]
        for column, value in enumerate(values, start=1):
            sheet.cell(row=header_row + offset, column=column, value=value)
    sheet.merge_cells(start_row=header_row + 1, start_column=1, end_row=header_row + 2, end_column=1)
    sheet.merge_cells(start_row=header_row + 3, start_column=1, end_row=header_row + 4, end_column=1)
    workbook.save(path)
    return path


def test_reads_the_template_layout(tmp_path):
    [table] = read_planning_tables(hand_made_sheet(tmp_path / "plan.xlsx"))
    assert table.title == "电商运营流程整合规划表"
    assert [r.name for r in table.rows] == [r[1] for r in TEMPLATE_ROWS]
    assert [r.stage for r in table.rows] == ["需求与规划", "需求与规划", "流程梳理", "流程梳理"]
    assert table.rows[0].inputs == ["部门反馈表", "历史数据报告"]
    assert (table.rows[3].department, table.rows[3].owner) == ("运营总监", "运营总监、流程专员")
    assert table.rows[0].deadline == "启动后3个工作日"
    assert table.rows[0].row == 4  # the spreadsheet's own row number
    assert table.problems == []


@pytest.mark.parametrize("header_row", [1, 10])
def test_the_header_may_be_anywhere_in_the_first_ten_rows(tmp_path, header_row):
    [table] = read_planning_tables(hand_made_sheet(tmp_path / "plan.xlsx", header_row=header_row))
    assert len(table.rows) == 4


def test_english_headers_and_extra_columns(tmp_path):
    [table] = read_planning_tables(hand_made_sheet(tmp_path / "en.xlsx", english=True))
    assert table.rows[1].name == "整合目标与范围确定"
    [table] = read_planning_tables(hand_made_sheet(tmp_path / "extra.xlsx", extra=True))
    assert table.rows[1].next_steps == ["3", "4"]
    assert "风险等级: 高" in table.rows[1].remarks  # an unknown column is kept, not lost
    assert table.rows[1].remarks.startswith("各部门签字确认")


def test_bad_rows_are_reported_and_the_rest_is_read(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["流程阶段", "关键节点", "责任部门/人", "输入物", "步骤类型", "处理时间（小时）"])
    sheet.append(["阶段一", "第一步", "运营部", "表A", "审批/控制点", "3 小时"])
    sheet.append(["阶段一", None, "运营部", "表B", None, None])
    sheet.append(["阶段一", "第三步", "运营部", None, "魔法", "很久"])
    workbook.save(tmp_path / "rows.xlsx")
    [table] = read_planning_tables(tmp_path / "rows.xlsx")
    assert [r.name for r in table.rows] == ["第一步", "第三步"]
    assert table.rows[0].kind is StepKind.APPROVAL and table.rows[0].processing_hours == 3.0
    assert table.rows[1].kind is None and table.rows[1].processing_hours is None
    set_language("zh_CN")
    messages = [str(p) for p in table.problems]
    assert len(messages) == 3
    assert messages[0].startswith("Sheet, 第 3 行") or "第 3 行" in messages[0]
    assert any("魔法" in m for m in messages) and any("很久" in m for m in messages)


def _error(path) -> str:
    with pytest.raises(TableImportError) as caught:
        read_planning_tables(path)
    return caught.value.message


def test_not_an_xlsx(tmp_path):
    (tmp_path / "text.xlsx").write_text("名称,数量\n")
    assert "不是 Excel 工作簿" in _error(tmp_path / "text.xlsx")


def test_encrypted_or_old_xls(tmp_path):
    (tmp_path / "locked.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "密码" in _error(tmp_path / "locked.xlsx")


def test_empty_file_and_empty_workbook(tmp_path):
    (tmp_path / "zero.xlsx").write_bytes(b"")
    assert "空" in _error(tmp_path / "zero.xlsx")
    Workbook().save(tmp_path / "blank.xlsx")
    assert "未找到规划表" in _error(tmp_path / "blank.xlsx")


def test_damaged_zip(tmp_path):
    hand_made_sheet(tmp_path / "ok.xlsx")
    data = (tmp_path / "ok.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    assert "不是 Excel 工作簿" in _error(tmp_path / "cut.xlsx")
    with zipfile.ZipFile(tmp_path / "other.xlsx", "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    assert "不是 Excel 工作簿" in _error(tmp_path / "other.xlsx")


def test_no_recognisable_header(tmp_path):
    workbook = Workbook()
    workbook.active.append(["姓名", "电话"])
    workbook.active.append(["张三", "123"])
    workbook.save(tmp_path / "contacts.xlsx")
    assert "流程阶段" in _error(tmp_path / "contacts.xlsx")


def test_a_hundred_thousand_rows_are_refused(tmp_path):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["流程阶段", "关键节点", "责任部门/人", "输入物"])
    for number in range(100_000):
        sheet.append(["阶段", f"步骤{number}", "运营部", "表"])
    workbook.save(tmp_path / "huge.xlsx")
    message = _error(tmp_path / "huge.xlsx")
    assert f"{MAX_ROWS:,}" in message


def test_missing_file_and_folder(tmp_path):
    assert "不存在" in _error(tmp_path / "nowhere.xlsx")
    assert "文件夹" in _error(tmp_path)
