"""`opsflow export FILE --xlsx OUT --docx OUT --text OUT [--map NAME] --minutes OUT [--workshop ID]`: the Excel
workbook, the Word manual, a map's interview text and/or a workshop's minutes."""

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
            "a map as interview text (--text), a workshop's minutes to Word (--minutes)."
        ),
    )
    export.add_argument("file", help=tr("an .opsflow project file"))
    export.add_argument("--xlsx", metavar="OUT.xlsx", help=tr("write the Excel workbook here"))
    export.add_argument("--docx", metavar="OUT.docx", help=tr("write the Word process manual here"))
    export.add_argument("--text", metavar="OUT.txt", help=tr("write a map in the interview notation here"))
    export.add_argument("--map", metavar="NAME", help=tr("the map --text writes (default: the first)"))
    export.add_argument("--minutes", metavar="OUT.docx", help=tr("write a workshop's minutes (Word) here"))
    export.add_argument(
        "--workshop", metavar="ID-OR-TITLE", help=tr("the workshop --minutes writes (default: the latest)")
    )
    export.set_defaults(handler=command_export)


def command_export(args: argparse.Namespace) -> int:
    if not args.xlsx and not args.docx and not args.text and not args.minutes:
        print(
            tr("Say what to write: --xlsx OUT.xlsx, --docx OUT.docx, --text OUT.txt and/or --minutes OUT.docx"),
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    outputs = [Path(p).resolve() for p in (args.xlsx, args.docx, args.text, args.minutes) if p]
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
    workshop = _chosen_workshop(project, args.workshop) if args.minutes else None
    if args.minutes and workshop is None:
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
        if args.minutes and workshop is not None:
            from ..io.word.minutes import write_minutes
            from ..io.word.minutes_source import minutes_map_ids

            images = _map_images(project, minutes_map_ids(project, workshop))
            write_minutes(project, workshop.id, args.minutes, images=images)
            print(tr("Wrote {file}", file=args.minutes))
    except SaveError as exc:
        print(f"{exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_UNREADABLE
    return EXIT_OK


def _chosen_workshop(project, key):  # noqa: ANN001, ANN202
    """The workshop --workshop names (its id or title), or the latest; None (and said why) when there is none."""
    from ..io.word.minutes_source import find_workshop, latest_workshop, workshop_label, workshops_of

    held = workshops_of(project)
    if not held:
        print(
            tr("The project has no workshop record, so there are no minutes to write. Hold a workshop first."),
            file=sys.stderr,
        )
        return None
    workshop = find_workshop(project, key) if key else latest_workshop(project)
    if workshop is None:
        names = "、".join(workshop_label(w) for w in held)
        print(tr("There is no workshop “{name}”. The workshops: {names}", name=key, names=names), file=sys.stderr)
    return workshop


def _offscreen_application():  # noqa: ANN202
    """Qt's graphics scene draws the pictures; it needs a QApplication (not just a QGuiApplication) but no
    window: an offscreen one."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["opsflow"])


def _manual_images(project, analysis):  # noqa: ANN001, ANN202 - Qt types stay out of this module's surface
    """The map pictures and the chart, drawn offscreen."""
    from ..canvas.manual_pictures import render_manual_images

    _app = _offscreen_application()
    return render_manual_images(project, analysis)


def _map_images(project, map_ids):  # noqa: ANN001, ANN202
    """The pictures of the maps ``map_ids`` only (what the workshop minutes show), drawn offscreen."""
    from ..canvas.manual_pictures import render_maps

    _app = _offscreen_application()
    return render_maps(project, map_ids)
