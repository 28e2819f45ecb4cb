"""The command line: the same engine as the window, without a window.

Exit codes: 0 success, 1 the file has problems (listed), 2 the file cannot be read or the command is wrong.
Users never see a traceback; set OPSFLOW_DEBUG=1 to get one.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections import Counter
from collections.abc import Sequence

from . import __version__
from .analysis.graph import handoffs
from .cli_export import add_commands as add_export_commands
from .i18n import tr
from .io import InvalidProjectError, LoadError, load_project
from .labels import label
from .model import FindingType, MapKind, Project

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2
COMMANDS = ("info", "validate", "analyze", "verify", "export", "import-table")


def _print_info(project: Project) -> None:
    meta = project.meta
    title = meta.title or tr("(untitled)")
    print(f"{title}  {meta.document_number}  {meta.version}  [{label(meta.status)}]")
    if meta.process_owner:
        print(tr("Process owner: {owner}", owner=meta.process_owner))
    print(tr("Departments {departments} · goals {goals} · sign-offs {signoffs} · revisions {revisions}",
             departments=len(project.departments), goals=len(project.goals), signoffs=len(project.signoffs),
             revisions=len(project.revisions)))
    maps_by_id = {m.id: m for m in project.maps}
    for process_map in project.maps:
        origin = ""
        if process_map.kind is MapKind.TARGET and process_map.derived_from in maps_by_id:
            origin = tr(", derived from “{name}”", name=maps_by_id[process_map.derived_from].name)
        print()
        print(f"{process_map.name}  [{label(process_map.kind)}{origin}]")
        print("  " + tr("lanes {lanes} · phases {phases} · steps {steps} · flows {flows} (hand-offs {handoffs}) · "
                        "findings {findings}", lanes=len(process_map.lanes), phases=len(process_map.phases),
                        steps=len(process_map.steps), flows=len(process_map.flows),
                        handoffs=len(handoffs(process_map)), findings=len(process_map.findings)))
        per_lane = Counter(step.lane_id for step in process_map.steps)
        lanes = "、".join(f"{lane.name} {per_lane[lane.id]}" for lane in process_map.lanes)
        if lanes:
            print("  " + tr("Steps per lane: {lanes}", lanes=lanes))
        if process_map.phases:
            print("  " + tr("Phases: {phases}", phases=" → ".join(p.name for p in process_map.phases)))
        per_type = Counter(finding.type for finding in process_map.findings)
        if per_type:
            print("  " + tr("Findings: {findings}", findings="、".join(
                f"{label(t)} {per_type[t]}" for t in FindingType if per_type[t])))


def _command_info(args: argparse.Namespace) -> int:
    _print_info(load_project(args.file))
    return EXIT_OK


def _command_validate(args: argparse.Namespace) -> int:
    try:
        load_project(args.file)
    except InvalidProjectError as exc:
        print(exc.message)
        for detail in exc.details:
            print(f"  - {detail}")
        return EXIT_PROBLEMS
    print(tr("{file}: valid.", file=args.file))
    return EXIT_OK


def _command_analyze(args: argparse.Namespace) -> int:
    from .cli_analyze import print_analysis
    project = load_project(args.file)
    # Hundreds of thousands of long-lived model objects: keep the cyclic GC from rescanning them.
    gc.collect()
    gc.freeze()
    return print_analysis(project, args.json)


def _command_verify(args: argparse.Namespace) -> int:
    from .cli_verify import verify_file
    return verify_file(args.file, args.hash)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="opsflow", description=tr(
        "OpsFlow Desktop: map current and target processes, mark their problems, export planning tables "
        "and process manuals."))
    parser.add_argument("--version", action="version", version=f"OpsFlow Desktop {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    info = commands.add_parser("info", help=tr("Summarise a project: maps, lanes, steps, findings."))
    info.add_argument("file", help=tr("an .opsflow project file"))
    info.set_defaults(handler=_command_info)
    validate = commands.add_parser("validate", help=tr(
        "Check a project file: exit 0 if valid, 1 with the problems listed, 2 if it cannot be read."))
    validate.add_argument("file", help=tr("an .opsflow project file"))
    validate.set_defaults(handler=_command_validate)
    analyze = commands.add_parser("analyze", help=tr(
        "Analyse a project: structure checks, metrics, suggested findings, current vs target, goals."))
    analyze.add_argument("file", help=tr("an .opsflow project file"))
    analyze.add_argument("--json", action="store_true", help=tr("print the results as JSON"))
    analyze.set_defaults(handler=_command_analyze)
    verify = commands.add_parser("verify", help=tr(
        "Check that a signed-off project still holds what was signed: exit 0 if it does, 1 with what changed, "
        "2 if it cannot be read."))
    verify.add_argument("file", help=tr("an .opsflow project file"))
    verify.add_argument("--hash", metavar="SHA256", help=tr(
        "the hash printed in the signed manual: the file must match it too (the hash stored in a file can be "
        "recomputed by whoever edits the file; the one on paper cannot)"))
    verify.set_defaults(handler=_command_verify)
    add_export_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
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
        print(tr("{error} (run “opsflow validate” for the details)", error=f"{exc.path}: {exc.message}"),
              file=sys.stderr)
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
