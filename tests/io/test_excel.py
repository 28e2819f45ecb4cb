"""The exported workbook, opened the way a spreadsheet user would see it."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile

import pytest
from openpyxl import load_workbook

from opsflow_desktop.i18n import set_language
from opsflow_desktop.io import load_project
from opsflow_desktop.io.excel.writer import write_workbook
from opsflow_desktop.io.progress import Cancelled
from opsflow_desktop.io.tables import planning_rows
from opsflow_desktop.model import Finding, FindingType, Raci, Severity
from opsflow_desktop.paths import samples_dir

SAMPLE = samples_dir() / "product_listing.opsflow"


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh_CN")
    yield
    set_language("zh_CN")


@pytest.fixture
def project():
    return load_project(SAMPLE)


@pytest.fixture
def workbook(project, tmp_path):
    path = tmp_path / "out.xlsx"
    write_workbook(project, path)
    return load_workbook(path)


def test_one_planning_sheet_per_map_then_the_registers(workbook, project):
    assert workbook.sheetnames == [m.name for m in project.maps] + ["流程问题清单"] + [
        f"RACI · {m.name}" for m in project.maps
    ] + ["现状与目标对比", "变更清单", "目标与KPI", "访谈记录"]
    assert workbook.properties.title == project.meta.title
    assert workbook.properties.creator == project.meta.process_owner


def test_planning_table_has_the_template_columns_in_order(workbook, project):
    sheet = workbook[project.maps[0].name]
    header = [c.value for c in sheet[2]]
    assert header[:12] == [
        "序号",
        "流程阶段",
        "关键节点",
        "责任部门/人",
        "输入物",
        "输出物",
        "时间节点",
        "备注",
        "步骤类型",
        "处理时间（小时）",
        "等待时间（小时）",
        "问题摘要",
    ]
    title = sheet["A1"].value
    assert project.meta.title in title and project.meta.document_number in title and project.meta.version in title
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref.startswith("A2:")
    assert sheet.print_title_rows == "$2:$2"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet["B2"].font.b and sheet["B2"].fill.fgColor.rgb.endswith("1F4E79")
    assert sheet.column_dimensions["C"].width >= 12  # fits 选品与资料-length Chinese text


def test_rows_follow_stage_then_flow_order_with_stage_cells_merged(workbook, project):
    process_map = project.maps[0]
    sheet = workbook[process_map.name]
    rows = planning_rows(process_map)
    assert [sheet.cell(row=3 + i, column=3).value for i in range(len(rows))] == [r.key_node for r in rows]
    assert sheet["C3"].value == "新品到货通知" and sheet.cell(row=3 + len(rows) - 1, column=3).value == "商品上线"
    merged = sorted(str(r) for r in sheet.merged_cells.ranges if r.min_col == 2)
    stages = [p.name for p in process_map.phases]
    assert len(merged) == len(stages)
    for cell_range in merged:
        top = sheet[cell_range.split(":")[0]].value
        assert top in stages
    first_stage = [r for r in rows if r.stage == stages[0]]
    assert f"B3:B{2 + len(first_stage)}" in merged


def test_issue_register_has_drop_downs_and_severity_colours(workbook, project):
    sheet = workbook["流程问题清单"]
    header = [c.value for c in sheet[2]]
    for column in ("类型", "严重度", "描述", "证据", "负责人", "改进措施", "状态", "截止日期"):
        assert column in header
    findings = sum(len(m.findings) for m in project.maps)
    assert sheet.max_row == 2 + findings
    choices = {v.formula1 for v in sheet.data_validations.dataValidation}
    assert '"低,中,高,严重"' in choices
    assert any("待处理" in c for c in choices)
    rules = [rule for cf in sheet.conditional_formatting for rule in cf.rules]
    assert any('="严重"' in rule.formula[0] and rule.dxf.fill is not None for rule in rules)
    assert sheet.cell(row=3, column=header.index("严重度") + 1).value == "严重"  # most severe first


def test_raci_marks_steps_without_exactly_one_accountable(project, tmp_path):
    platform = next(s for s in project.maps[0].steps if s.name == "平台审核")
    platform.raci = {d: Raci.RESPONSIBLE for d in platform.raci}  # responsible, but nobody accountable
    write_workbook(project, tmp_path / "raci.xlsx")
    workbook = load_workbook(tmp_path / "raci.xlsx")
    sheet = workbook[f"RACI · {project.maps[0].name}"]
    header = [c.value for c in sheet[2]]
    assert header[:2] == ["序号", "步骤"] and header[-1] == "检查：有且只有一个 A"
    assert header[2:-1] == [d.name for d in project.departments]
    checks = {
        sheet.cell(row=r, column=2).value: sheet.cell(row=r, column=len(header)) for r in range(3, sheet.max_row + 1)
    }
    assert checks["平台审核"].value == "没有负责审批人（A）"
    assert checks["平台审核"].fill.fgColor.rgb.endswith("FFC7CE")
    assert checks["选品会"].value is None
    row = next(r for r in range(3, sheet.max_row + 1) if sheet.cell(row=r, column=2).value == "选品会")
    assert sheet.cell(row=row, column=header.index("商品部") + 1).value == "A"


def test_comparison_and_goals(workbook):
    metrics = workbook["现状与目标对比"]
    values = {
        metrics.cell(row=r, column=2).value: (metrics.cell(row=r, column=3).value, metrics.cell(row=r, column=4).value)
        for r in range(3, metrics.max_row + 1)
    }
    assert values["提前期（小时）"] == (72, 47)
    goals = workbook["目标与KPI"]
    assert goals["A3"].value == "商品上架时效"
    status = goals.cell(row=3, column=8)
    assert status.value.startswith("绿") and status.fill.fgColor.rgb.endswith("C6EFCE")
    changes = workbook["变更清单"]
    kinds = {changes.cell(row=r, column=2).value for r in range(3, changes.max_row + 1)}
    assert {"保留", "修改", "合并"} <= kinds


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","y")', "+1+2", "-3", "@SUM(A1)", "\tcmd", "\rx"])
def test_user_text_is_never_written_as_a_formula(project, tmp_path, text):
    step = project.maps[0].steps[2]
    step.name = text
    step.remarks = text
    path = tmp_path / "inject.xlsx"
    write_workbook(project, path)
    sheet = load_workbook(path)[project.maps[0].name]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == text]
    assert len(cells) == 2
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    # Cells of a column share a style record in the writer: the prefix must not leak to the neighbours.
    neighbour = cells[0].offset(row=1)
    assert neighbour.value and not neighbour.quotePrefix
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml


def test_control_characters_are_dropped_not_fatal(project, tmp_path):
    project.maps[0].steps[1].remarks = "a\x00b\x07c"
    write_workbook(project, tmp_path / "ctl.xlsx")
    sheet = load_workbook(tmp_path / "ctl.xlsx")[project.maps[0].name]
    assert "abc" in [c.value for row in sheet.iter_rows() for c in row]


def test_english_interface_gives_english_sheets(project, tmp_path):
    set_language("en")
    write_workbook(project, tmp_path / "en.xlsx")
    workbook = load_workbook(tmp_path / "en.xlsx")
    assert "Issue register" in workbook.sheetnames
    assert [c.value for c in workbook[project.maps[0].name][2]][1:3] == ["Process stage", "Key node"]


def test_a_cancelled_export_leaves_no_file(project, tmp_path):
    path = tmp_path / "cancel.xlsx"
    path.write_bytes(b"previous")

    def stop_halfway(done: int, total: int) -> bool:
        return done < total // 2

    with pytest.raises(Cancelled):
        write_workbook(project, path, progress=stop_halfway)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["cancel.xlsx"]


def test_a_finding_on_a_flow_says_where_it_sits(project, tmp_path):
    process_map = project.maps[0]
    flow = process_map.flows[3]
    process_map.findings.append(
        Finding(
            type=FindingType.BREAKPOINT,
            target_id=flow.id,
            severity=Severity.LOW,
            title="交接无记录",
            due_date=dt.date(2026, 12, 1),
        )
    )
    write_workbook(project, tmp_path / "flow.xlsx")
    sheet = load_workbook(tmp_path / "flow.xlsx")["流程问题清单"]
    row = next(r for r in sheet.iter_rows(min_row=3, values_only=True) if r[9] == "交接无记录" or "交接无记录" in r)
    assert any(isinstance(v, str) and " → " in v for v in row)
    assert dt.datetime(2026, 12, 1) in row


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_converts_the_workbook(project, tmp_path):
    path = tmp_path / "lo.xlsx"
    write_workbook(project, path)
    result = subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        capture_output=True,
        timeout=180,
    )
    assert result.returncode == 0
    pdf = tmp_path / "lo.pdf"
    assert pdf.exists() and pdf.stat().st_size > 10_000


def test_a_title_wider_than_its_table_gets_the_lines_it_needs(workbook, project):
    narrow = workbook["目标与KPI"]
    assert narrow["A1"].alignment.wrap_text
    wide = workbook[project.maps[0].name]
    title_lines = {name: workbook[name].row_dimensions[1].height for name in (narrow.title, wide.title)}
    assert title_lines[narrow.title] > title_lines[wide.title]
