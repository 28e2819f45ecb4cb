"""What the golden files record: the structure of a saved project, workbook and manual, not their every byte.

A workbook or manual written twice differs in timestamps and zip order; what a reviewer must notice is a sheet,
a column, a style, a section or a heading that changed. These functions reduce a file to that, as plain JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

GOLDEN = Path(__file__).parent


def workbook_structure(path: Path) -> dict[str, Any]:
    workbook = load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        header_row = next((r for r in range(1, 6) if sheet.cell(r, 1).style == "opsflow-header"), None)
        columns = []
        for column in range(1, sheet.max_column + 1):
            letter = get_column_letter(column)
            header = sheet.cell(header_row, column) if header_row else None
            body = sheet.cell(header_row + 1, column) if header_row else None
            columns.append(
                {
                    "header": header.value if header is not None else None,
                    "header_style": header.style if header is not None else None,
                    "body_style": body.style if body is not None else None,
                    "number_format": body.number_format if body is not None else None,
                    "width": round(sheet.column_dimensions[letter].width or 0, 1),
                    "hidden": bool(sheet.column_dimensions[letter].hidden),
                }
            )
        sheets.append(
            {
                "title": sheet.title,
                "heading": sheet.cell(1, 1).value,
                "heading_style": sheet.cell(1, 1).style,
                "header_row": header_row,
                "rows": sheet.max_row,
                "columns": columns,
                "freeze_panes": sheet.freeze_panes,
                "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
                "print": {
                    "orientation": sheet.page_setup.orientation,
                    "paper_size": sheet.page_setup.paperSize,
                    "fit_to_width": sheet.page_setup.fitToWidth,
                    "title_rows": sheet.print_title_rows,
                    "header": sheet.oddHeader.center.text or sheet.oddHeader.right.text,
                    "footer": sheet.oddFooter.center.text,
                },
                "validations": sorted(
                    f"{v.sqref} {v.type} {v.formula1}" for v in sheet.data_validations.dataValidation
                ),
                "conditional_formats": sorted(str(r.sqref) for r in sheet.conditional_formatting),
            }
        )
    return {"sheets": sheets, "named_styles": sorted(s for s in workbook.named_styles if s.startswith("opsflow"))}


def manual_structure(path: Path) -> dict[str, Any]:
    document = docx.Document(str(path))
    sections = []
    for section in document.sections:
        sections.append(
            {
                "orientation": str(section.orientation),
                "page_mm": [round(section.page_width.mm), round(section.page_height.mm)],
                "margins_mm": [
                    round(margin.mm)
                    for margin in (section.top_margin, section.right_margin, section.bottom_margin, section.left_margin)
                ],
                "header": [p.text for p in section.header.paragraphs if p.text],
                "footer": [p.text for p in section.footer.paragraphs if p.text],
            }
        )
    headings = [
        [p.style.name, p.text]
        for p in document.paragraphs
        if p.style is not None and (p.style.name.startswith("Heading") or p.style.name == "Title")
    ]
    tables = [
        {
            "style": table.style.name if table.style is not None else None,
            "columns": len(table.columns),
            "header": [cell.text for cell in table.rows[0].cells] if table.rows else [],
        }
        for table in document.tables
    ]
    used = sorted({p.style.name for p in document.paragraphs if p.style is not None})
    return {"sections": sections, "headings": headings, "tables": tables, "paragraph_styles": used}


def as_text(structure: dict[str, Any]) -> str:
    return json.dumps(structure, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
