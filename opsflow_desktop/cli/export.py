"""`opsflow export FILE --xlsx OUT --docx OUT --text OUT [--map NAME]`: the Excel workbook, the Word manual and/or
a map's interview text."""

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
        help=tr(
            "Export a project: the planning tables to Excel (--xlsx), the process manual to Word (--docx), "
            "a map as interview text (--text)."
        ),
    )
    export.add_argument("file", help=tr("an .opsflow project file"))
    export.add_argument("--xlsx", metavar="OUT.xlsx", help=tr("write the Excel workbook here"))
    export.add_argument("--docx", metavar="OUT.docx", help=tr("write the Word process manual here"))
    export.add_argument("--text", metavar="OUT.txt", help=tr("write a map in the interview notation here"))
    export.add_argument("--map", metavar="NAME", help=tr("the map --text writes (default: the first)"))
    export.set_defaults(handler=command_export)


def command_export(args: argparse.Namespace) -> int:
    if not args.xlsx and not args.docx and not args.text:
        print(tr("Say what to write: --xlsx OUT.xlsx, --docx OUT.docx and/or --text OUT.txt"), file=sys.stderr)
        return EXIT_UNREADABLE
    outputs = [Path(p).resolve() for p in (args.xlsx, args.docx, args.text) if p]
    if len(set(outputs)) != len(outputs):
        print(tr("Two outputs name the same file; give each its own."), file=sys.stderr)
        return EXIT_UNREADABLE
    from ..analysis.report import analyze_project

    project = load_document(args.file).project
    if args.text:
        chosen = [m for m in project.maps if m.name == args.map] if args.map else project.maps[:1]
        if not project.maps:
            print(tr("The project has no map to write as text."), file=sys.stderr)
            return EXIT_UNREADABLE
        if not chosen:
            names = "、".join(m.name for m in project.maps) or tr("(none)")
            print(tr("There is no map named “{name}”. The maps: {names}", name=args.map, names=names), file=sys.stderr)
            return EXIT_UNREADABLE
    analysis = analyze_project(project) if args.xlsx or args.docx else None
    try:
        if args.text:
            from ..io.text.files import write_notes
            from ..io.text.writer import text_of_map

            write_notes(args.text, text_of_map(project, chosen[0]))
            print(tr("Wrote {file}", file=args.text))
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
