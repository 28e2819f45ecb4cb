"""`opsflow import-table TABLE.xlsx [--into FILE | -o NEW.opsflow]`: planning tables into a new or an existing
project. Exit 0 when every row was read, 1 when some rows are reported (the rest is imported), 2 when the
workbook cannot be read (nothing is written)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..i18n import tr
from ..io.excel.reader import TableImportError, read_planning_tables
from .codes import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE
from .targets import add_target_arguments, open_target, save_target


def add_command(commands: argparse._SubParsersAction) -> None:
    table = commands.add_parser(
        "import-table",
        help=tr("Import planning tables from an Excel workbook: into a new project next to it, or --into a project."),
    )
    table.add_argument("xlsx", help=tr("the workbook (.xlsx)"))
    add_target_arguments(
        table,
        tr("add the tables to this project (a table exported from it updates its map) and save it"),
        tr("where to save the new project (default: the workbook's name with .opsflow)"),
    )
    table.set_defaults(handler=command_import_table)


def command_import_table(args: argparse.Namespace) -> int:
    from ..editing import DocumentEditor
    from ..model import DocumentError

    source = Path(args.xlsx)
    try:
        tables = read_planning_tables(source)
    except TableImportError as exc:
        print(f"{exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_UNREADABLE
    opened = open_target(source, args.into, args.output)
    if opened is None:
        return EXIT_UNREADABLE
    target, document = opened
    try:
        reports = DocumentEditor(document).import_tables(tables, fallback_name=source.stem)
    except DocumentError as exc:  # what the tables make cannot be a project: nothing is written
        print(f"{source}: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    if not save_target(document, target):
        return EXIT_UNREADABLE
    problems = [problem for report in reports for problem in report.problems]
    for report in reports:
        print(report.summary())
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    print(tr("Saved {file}", file=target))
    return EXIT_PROBLEMS if problems else EXIT_OK
