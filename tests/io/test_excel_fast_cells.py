"""The exporter's fast cells (io/excel/fast_cells) must save exactly what openpyxl's public API saves.

If an openpyxl release changes the private attributes they rely on, these fail here rather than in a
department head's workbook."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook

from opsflow_desktop.io.excel import fast_cells
from opsflow_desktop.io.excel import styles as xs


def _styled_workbook() -> Workbook:
    workbook = Workbook()
    xs.register_styles(workbook)
    return workbook


def _saved_cells(workbook: Workbook, path) -> list[tuple]:
    workbook.save(path)
    sheet = load_workbook(path).active
    return [
        (
            c.coordinate,
            c.value,
            c.data_type,
            c.style,
            c.font.name,
            c.font.b,
            c.alignment.wrap_text,
            c.border.left.style,
            c.fill.fgColor.rgb,
            c.quotePrefix,
        )
        for row in sheet.iter_rows()
        for c in row
    ]


def test_fast_cells_save_what_the_public_api_saves(tmp_path):
    values = ["下单", "=SUM(A1:A3)", "+86 138", "plain"]
    public = _styled_workbook()
    for row, text in enumerate(values, start=1):
        cell = public.active.cell(row=row, column=1)
        cell.style = xs.TEXT_STYLE
        cell.value = text
        cell.data_type = "s"
        if text.startswith(xs.FORMULA_TRIGGERS):
            cell.quotePrefix = True
    fast = _styled_workbook()
    record = fast_cells.style_record(fast.active, xs.TEXT_STYLE)
    for row, text in enumerate(values, start=1):
        xs.set_value(fast_cells.put(fast.active, row, 1, record), text)
    assert _saved_cells(fast, tmp_path / "fast.xlsx") == _saved_cells(public, tmp_path / "public.xlsx")


def test_own_style_changes_one_cell_of_a_shared_record(tmp_path):
    workbook = _styled_workbook()
    sheet = workbook.active
    record = fast_cells.style_record(sheet, xs.TEXT_STYLE)
    first, second = (fast_cells.put(sheet, row, 1, record) for row in (1, 2))
    first.value, second.value = "a", "b"
    fast_cells.own_style(first).fill = xs.fill(xs.WORSE_FILL)
    workbook.save(tmp_path / "shared.xlsx")
    saved = load_workbook(tmp_path / "shared.xlsx").active
    assert saved["A1"].fill.fgColor.rgb.endswith(xs.WORSE_FILL)
    assert saved["A2"].fill.fill_type is None and saved["A2"].style == xs.TEXT_STYLE
