"""The command line: the same engine as the window, without a window.

Exit codes: 0 success, 1 the file has problems (listed), 2 the file cannot be read or the command is wrong,
130 interrupted (Ctrl-C). Output never fails on a terminal that cannot show Chinese: it is escaped.
Users never see a traceback; set OPSFLOW_DEBUG=1 to get one.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..i18n import tr
from ..io import InvalidProjectError, LoadError
from ..runtime import tune_garbage_collector
from . import analyze, export, import_table, import_text, info, validate, verify
from .codes import EXIT_INTERRUPTED, EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE

COMMANDS = ("info", "validate", "analyze", "verify", "export", "import-table", "import-text")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="opsflow",
        description=tr(
            "OpsFlow Desktop: map current and target processes, mark their problems, export planning tables "
            "and process manuals."
        ),
    )
    parser.add_argument("--version", action="version", version=f"OpsFlow Desktop {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (info, validate, analyze, verify, export, import_table, import_text):
        module.add_command(commands)
    return parser


def _output_never_fails() -> None:
    """A terminal that cannot show every character (LANG=C, PYTHONIOENCODING=ascii) still gets every line:
    what it cannot encode is written as an escape (\\u4e2d) instead of ending the command."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or getattr(stream, "errors", "") == "backslashreplace":
            continue
        try:
            reconfigure(errors="backslashreplace")
        except (ValueError, OSError):  # a closed or unusual stream: leave it as it is
            pass


def main(argv: Sequence[str] | None = None) -> int:
    _output_never_fails()
    try:
        return _run(argv)
    except KeyboardInterrupt:  # Ctrl-C: a short line and the shell's code, never a traceback
        try:
            print("\n" + tr("Interrupted."), file=sys.stderr)
        except (OSError, ValueError):
            pass
        return EXIT_INTERRUPTED


def _run(argv: Sequence[str] | None) -> int:
    tune_garbage_collector()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its message
        return EXIT_OK if exc.code == 0 else EXIT_UNREADABLE
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_UNREADABLE
    try:
        return args.handler(args)
    except InvalidProjectError as exc:
        print(
            tr("{error} (run “opsflow validate” for the details)", error=f"{exc.path}: {exc.message}"), file=sys.stderr
        )
        return EXIT_PROBLEMS
    except LoadError as exc:
        print(f"{exc.path}: {exc.message}", file=sys.stderr)
        return EXIT_UNREADABLE
    except BrokenPipeError:  # output piped into `head`
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # the last safety net: a clear line, never a traceback
        if os.environ.get("OPSFLOW_DEBUG"):
            raise
        print(tr("opsflow: unexpected error: {error}", error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_UNREADABLE


if __name__ == "__main__":
    sys.exit(main())
