"""Issue 5 figures: export a 5,000-step project to Excel, import a 5,000-row planning table."""

from __future__ import annotations

import tempfile
from pathlib import Path

from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.io.excel.reader import read_planning_tables
from opsflow_desktop.io.excel.writer import write_workbook
from opsflow_desktop.model import Document, Project

from .generate import generate_project
from .timing import median_seconds, report


def run() -> None:
    project = generate_project(steps=5000, lanes=20, phases=8)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.xlsx"
        export = median_seconds(lambda: write_workbook(project, path))
        size_mb = path.stat().st_size / 1e6

        def import_as_new_map() -> None:
            DocumentEditor(Document(Project())).import_tables(read_planning_tables(path), fallback_name="big")

        imported = median_seconds(import_as_new_map)
    report(
        "Excel export, 5,000-step project (analysis, all sheets, save)",
        export,
        limit=1.5,
        note=f"file {size_mb:.1f} MB",
    )
    report("Excel import, 5,000 rows into a new map (read, build, lay out)", imported, limit=2.0)
