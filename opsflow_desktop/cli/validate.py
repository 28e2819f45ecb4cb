"""`opsflow validate FILE`: exit 0 valid, 1 with every problem listed by the element it concerns, 2 unreadable."""

from __future__ import annotations

import argparse

from ..i18n import tr
from ..io import InvalidProjectError, load_project
from .codes import EXIT_OK, EXIT_PROBLEMS


def add_command(commands: argparse._SubParsersAction) -> None:
    validate = commands.add_parser(
        "validate",
        help=tr("Check a project file: exit 0 if valid, 1 with the problems listed, 2 if it cannot be read."),
    )
    validate.add_argument("file", help=tr("an .opsflow project file"))
    validate.set_defaults(handler=command_validate)


def command_validate(args: argparse.Namespace) -> int:
    try:
        load_project(args.file)
    except InvalidProjectError as exc:
        print(exc.message)
        for detail in exc.details:
            print(f"  - {detail}")
        return EXIT_PROBLEMS
    print(tr("{file}: valid.", file=args.file))
    return EXIT_OK
