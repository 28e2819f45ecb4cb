"""`opsflow info FILE`: maps, lanes, phases, steps, flows, hand-offs and findings per map."""

from __future__ import annotations

import argparse
from collections import Counter

from ..analysis.graph import handoffs
from ..i18n import tr
from ..io import load_project
from ..labels import label
from ..model import FindingType, MapKind, Project
from .codes import EXIT_OK


def add_command(commands: argparse._SubParsersAction) -> None:
    info = commands.add_parser("info", help=tr("Summarise a project: maps, lanes, steps, findings."))
    info.add_argument("file", help=tr("an .opsflow project file"))
    info.set_defaults(handler=command_info)


def print_info(project: Project) -> None:
    meta = project.meta
    title = meta.title or tr("(untitled)")
    print(f"{title}  {meta.document_number}  {meta.version}  [{label(meta.status)}]")
    if meta.process_owner:
        print(tr("Process owner: {owner}", owner=meta.process_owner))
    print(
        tr(
            "Departments {departments} · goals {goals} · sign-offs {signoffs} · revisions {revisions}",
            departments=len(project.departments),
            goals=len(project.goals),
            signoffs=len(project.signoffs),
            revisions=len(project.revisions),
        )
    )
    maps_by_id = {m.id: m for m in project.maps}
    for process_map in project.maps:
        origin = ""
        if process_map.kind is MapKind.TARGET and process_map.derived_from in maps_by_id:
            origin = tr(", derived from “{name}”", name=maps_by_id[process_map.derived_from].name)
        print()
        print(f"{process_map.name}  [{label(process_map.kind)}{origin}]")
        print(
            "  "
            + tr(
                "lanes {lanes} · phases {phases} · steps {steps} · flows {flows} (hand-offs {handoffs}) · "
                "findings {findings}",
                lanes=len(process_map.lanes),
                phases=len(process_map.phases),
                steps=len(process_map.steps),
                flows=len(process_map.flows),
                handoffs=len(handoffs(process_map)),
                findings=len(process_map.findings),
            )
        )
        per_lane = Counter(step.lane_id for step in process_map.steps)
        lanes = "、".join(f"{lane.name} {per_lane[lane.id]}" for lane in process_map.lanes)
        if lanes:
            print("  " + tr("Steps per lane: {lanes}", lanes=lanes))
        if process_map.phases:
            print("  " + tr("Phases: {phases}", phases=" → ".join(p.name for p in process_map.phases)))
        per_type = Counter(finding.type for finding in process_map.findings)
        if per_type:
            print(
                "  "
                + tr(
                    "Findings: {findings}",
                    findings="、".join(f"{label(t)} {per_type[t]}" for t in FindingType if per_type[t]),
                )
            )


def command_info(args: argparse.Namespace) -> int:
    print_info(load_project(args.file))
    return EXIT_OK
