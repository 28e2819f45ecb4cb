"""`opsflow export FILE --xlsx OUT --docx OUT`: the Excel workbook and/or the Word manual."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..i18n import tr
from ..io import SaveError, load_document
from .codes import EXIT_OK, EXIT_UNREADABLE


def add_command(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help=tr("Export a project: the planning tables to Excel (--xlsx) and/or the process manual to Word (--docx)."),
    )
    export.add_argument("file", help=tr("an .opsflow project file"))
    export.add_argument("--xlsx", metavar="OUT.xlsx", help=tr("write the Excel workbook here"))
    export.add_argument("--docx", metavar="OUT.docx", help=tr("write the Word process manual here"))
    export.set_defaults(handler=command_export)


def command_export(args: argparse.Namespace) -> int:
    if not args.xlsx and not args.docx:
        print(tr("Say what to write: --xlsx OUT.xlsx and/or --docx OUT.docx"), file=sys.stderr)
        return EXIT_UNREADABLE
    if args.xlsx and args.docx and Path(args.xlsx).resolve() == Path(args.docx).resolve():
        print(tr("--xlsx and --docx name the same file; give each its own."), file=sys.stderr)
        return EXIT_UNREADABLE
    from ..analysis.report import analyze_project

    project = load_document(args.file).project
    analysis = analyze_project(project)
    try:
        if args.xlsx:
            from ..io.excel.writer import write_workbook

            write_workbook(project, args.xlsx, analysis=analysis)
            print(tr("Wrote {file}", file=args.xlsx))
        if args.docx:
            from ..io.word.manual import write_manual

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

    from ..canvas.manual_pictures import render_manual_images

    _app = QApplication.instance() or QApplication(["opsflow"])
    return render_manual_images(project, analysis)
