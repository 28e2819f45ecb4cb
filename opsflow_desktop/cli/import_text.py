"""`opsflow import-text NOTES.txt [--into FILE [--map NAME] | -o NEW.opsflow]`: interview notes in the notation
(README "Interview mode") into a new project, a new map of a project, or an existing map (which becomes what the
notes say; steps keep their ids where the names match). Exit 0 when every line was read, 1 when some lines are
reported with their numbers (the rest is imported), 2 when the notes or the project cannot be read (nothing is
written)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..i18n import tr
from ..io import LoadError
from ..io.text.files import read_notes
from ..io.text.reader import parse_outline
from .codes import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE
from .targets import add_target_arguments, open_target, save_target


def add_command(commands: argparse._SubParsersAction) -> None:
    text = commands.add_parser(
        "import-text",
        help=tr("Import interview notes typed in the notation: into a new project next to them, or --into a project."),
    )
    text.add_argument("notes", help=tr("the notes (.txt, UTF-8 or GB18030)"))
    add_target_arguments(
        text,
        tr("add the notes to this project as a map and save it"),
        tr("where to save the new project (default: the notes' name with .opsflow)"),
    )
    text.add_argument(
        "--map",
        metavar="NAME",
        help=tr("with --into: the map the notes describe (default: a new map named after them)"),
    )
    text.set_defaults(handler=command_import_text)


def command_import_text(args: argparse.Namespace) -> int:
    from ..editing import DocumentEditor
    from ..editing.naming import unique_name
    from ..model import DocumentError

    source = Path(args.notes)
    try:
        lines = read_notes(source)
    except LoadError as exc:
        print(f"{exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_UNREADABLE
    if args.map and not args.into:
        print(tr("--map names a map of the project given with --into."), file=sys.stderr)
        return EXIT_UNREADABLE
    opened = open_target(source, args.into, args.output)
    if opened is None:
        return EXIT_UNREADABLE
    target, document = opened
    editor = DocumentEditor(document)
    existing = next((m for m in document.maps if args.map and m.name == args.map), None)
    try:
        if existing is None:
            name = args.map or unique_name(source.stem, [m.name for m in document.maps])
            existing = editor.add_map(name)
        parsed = parse_outline(lines)
        editor.type_outline(existing.id, parsed)
    except DocumentError as exc:
        print(f"{target}: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    if not save_target(document, target):
        return EXIT_UNREADABLE
    process_map = document.get(existing.id)
    print(
        tr(
            "Map “{map}”: {steps} steps, {flows} flows, {findings} findings, from {lines} lines.",
            map=process_map.name,
            steps=len(process_map.steps),
            flows=len(process_map.flows),
            findings=len(process_map.findings),
            lines=len(lines),
        )
    )
    for problem in parsed.problems:
        print(tr("  line {number}: {message}", number=problem.line + 1, message=problem.message), file=sys.stderr)
    print(tr("Saved {file}", file=target))
    return EXIT_PROBLEMS if parsed.problems else EXIT_OK
