"""`opsflow export` (Excel workbook, Word manual) and `opsflow import-table` (planning tables from Excel)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .i18n import tr
from .io import SaveError, load_document, save_project
from .io.excel_import import TableImportError, read_planning_tables

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2


def add_commands(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help=tr(
        "Export a project: the planning tables to Excel (--xlsx) and/or the process manual to Word (--docx)."))
    export.add_argument("file", help=tr("an .opsflow project file"))
    export.add_argument("--xlsx", metavar="OUT.xlsx", help=tr("write the Excel workbook here"))
    export.add_argument("--docx", metavar="OUT.docx", help=tr("write the Word process manual here"))
    export.set_defaults(handler=command_export)
    table = commands.add_parser("import-table", help=tr(
        "Import planning tables from an Excel workbook: into a new project next to it, or --into a project."))
    table.add_argument("xlsx", help=tr("the workbook (.xlsx)"))
    table.add_argument("--into", metavar="FILE", help=tr(
        "add the tables to this project (a table exported from it updates its map) and save it"))
    table.add_argument("-o", "--output", metavar="FILE", help=tr(
        "where to save the new project (default: the workbook's name with .opsflow)"))
    table.set_defaults(handler=command_import_table)


def command_export(args: argparse.Namespace) -> int:
    if not args.xlsx and not args.docx:
        print(tr("Say what to write: --xlsx OUT.xlsx and/or --docx OUT.docx"), file=sys.stderr)
        return EXIT_UNREADABLE
    if args.xlsx and args.docx and Path(args.xlsx).resolve() == Path(args.docx).resolve():
        print(tr("--xlsx and --docx name the same file; give each its own."), file=sys.stderr)
        return EXIT_UNREADABLE
    from .analysis.report import analyze_project
    project = load_document(args.file).project
    analysis = analyze_project(project)
    try:
        if args.xlsx:
            from .io.excel import write_workbook
            write_workbook(project, args.xlsx, analysis=analysis)
            print(tr("Wrote {file}", file=args.xlsx))
        if args.docx:
            from .io.word import write_manual
            write_manual(project, args.docx, images=_manual_images(project, analysis), analysis=analysis)
            print(tr("Wrote {file}", file=args.docx))
    except SaveError as exc:
        print(f"{exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_UNREADABLE
    return EXIT_OK


def _manual_images(project, analysis):  # noqa: ANN001, ANN202 - Qt types stay out of this module's surface
    """The map pictures and the chart are drawn by Qt's graphics scene, which needs a QApplication (not
    just a QGuiApplication) but no window: an offscreen one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .canvas.manual_images import render_manual_images
    _app = QApplication.instance() or QApplication(["opsflow"])
    return render_manual_images(project, analysis)


def command_import_table(args: argparse.Namespace) -> int:
    from .editing import DocumentEditor
    from .editing.table_import import import_tables
    from .model import Document, Project
    source = Path(args.xlsx)
    try:
        tables = read_planning_tables(source)
    except TableImportError as exc:
        print(f"{exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_UNREADABLE
    if args.into:
        target = Path(args.into)
        document = load_document(target)
    else:
        target = Path(args.output) if args.output else source.with_suffix(".opsflow")
        if target.exists():
            print(tr("{file} already exists. Use --into to import into it, or -o to choose another name.",
                     file=target), file=sys.stderr)
            return EXIT_UNREADABLE
        document = Document(Project())
        document.project.meta.title = source.stem
    reports = import_tables(DocumentEditor(document), tables, fallback_name=source.stem)
    try:
        save_project(document.project, target)
    except SaveError as exc:
        print(f"{exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_UNREADABLE
    problems = [problem for report in reports for problem in report.problems]
    for report in reports:
        print(report.summary())
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    print(tr("Saved {file}", file=target))
    return EXIT_PROBLEMS if problems else EXIT_OK
