"""`opsflow analyze FILE [--json]`: checks, metrics, suggestions, current-vs-target and goals."""

from __future__ import annotations

import argparse
import gc
import json
import math
from typing import Any

from ..analysis.metrics import METRIC_KEYS
from ..analysis.report import ProjectAnalysis, analyze_project
from ..i18n import tr
from ..io import load_project
from ..labels import (
    CHANGE_LABELS,
    GOAL_STATUS_LABELS,
    format_metric,
    label,
    metric_label,
)
from ..model import Project


def add_command(commands: argparse._SubParsersAction) -> None:
    analyze = commands.add_parser(
        "analyze",
        help=tr("Analyse a project: structure checks, metrics, suggested findings, current vs target, goals."),
    )
    analyze.add_argument("file", help=tr("an .opsflow project file"))
    analyze.add_argument("--json", action="store_true", help=tr("print the results as JSON"))
    analyze.set_defaults(handler=command_analyze)


def command_analyze(args: argparse.Namespace) -> int:
    project = load_project(args.file)
    # Hundreds of thousands of long-lived model objects: keep the cyclic GC from rescanning them.
    gc.collect()
    gc.freeze()
    return print_analysis(project, args.json)


def analysis_as_data(project: Project, analysis: ProjectAnalysis) -> dict[str, Any]:
    maps = {m.id: m for m in project.maps}
    names = {s.id: s.name for m in project.maps for s in m.steps}
    return {
        "maps": [
            {
                "id": m.id,
                "name": m.name,
                "kind": m.kind.value,
                "metrics": {k: v for k, v in analysis.maps[m.id].metrics.as_dict().items()},
                "checks": [
                    {"rule": c.rule, "message": c.message, "elements": list(c.element_ids)}
                    for c in analysis.maps[m.id].checks
                ],
                "suggestions": [
                    {
                        "key": s.key,
                        "type": s.type.value,
                        "target": s.target_id,
                        "title": s.title,
                        "description": s.description,
                    }
                    for s in analysis.maps[m.id].suggestions
                ],
            }
            for m in project.maps
        ],
        "comparisons": [
            {
                "current": c.current_map_id,
                "target": c.target_map_id,
                "counts": c.counts(),
                "deltas": {
                    k: {
                        "current": c.current_metrics.value(k),
                        "target": c.target_metrics.value(k),
                        "change": c.delta(k),
                    }
                    for k in ("steps", "handoffs", "approvals", "lead_time_hours", "value_added_ratio")
                },
                "changes": [
                    {
                        "kind": ch.kind,
                        "current": [names[i] for i in ch.current_ids],
                        "target": [names[i] for i in ch.target_ids],
                        "fields": list(ch.fields),
                    }
                    for ch in c.changes
                ],
            }
            for c in analysis.comparisons
        ],
        "goals": [
            {
                "name": g.name,
                "metric": g.metric,
                "baseline": r.baseline,
                "target": r.target,
                "measured": r.measured,
                "status": r.status.value,
            }
            for g, r in zip(project.goals, analysis.goals)
        ],
        "map_names": {k: v.name for k, v in maps.items()},
    }


def finite_or_null(value: Any) -> Any:
    """``value`` with every infinite or NaN number replaced by None, in dicts, lists and tuples alike."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: finite_or_null(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [finite_or_null(item) for item in value]
    return value


def print_analysis(project: Project, as_json: bool) -> int:
    analysis = analyze_project(project)
    if as_json:
        # Sums of huge durations can overflow to infinity: JSON has no such number, so it is written as null.
        data = finite_or_null(analysis_as_data(project, analysis))
        print(json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False))
        return 0
    names = {m.id: m.name for m in project.maps}
    for process_map in project.maps:
        result = analysis.maps[process_map.id]
        print(f"{process_map.name}  [{label(process_map.kind)}]")
        for key in METRIC_KEYS:
            print(f"  {metric_label(key):<28} {format_metric(key, result.metrics.value(key))}")
        if result.checks:
            print("  " + tr("Checks:"))
            for check in result.checks:
                print(f"    ✗ {check.message}")
        else:
            print("  " + tr("Checks: no structural problems."))
        for suggestion in result.suggestions:
            print(
                "  "
                + tr(
                    "Suggestion: {type} — {title}: {description}",
                    type=label(suggestion.type),
                    title=suggestion.title,
                    description=suggestion.description,
                )
            )
        print()
    for comparison in analysis.comparisons:
        print(
            tr(
                "Current “{current}” → target “{target}”",
                current=names[comparison.current_map_id],
                target=names[comparison.target_map_id],
            )
        )
        for key in ("steps", "handoffs", "approvals", "lead_time_hours", "value_added_ratio"):
            before, after = comparison.current_metrics.value(key), comparison.target_metrics.value(key)
            print(f"  {metric_label(key):<28} {format_metric(key, before):>8} → {format_metric(key, after):<8}")
        counts = comparison.counts()
        print("  " + "、".join(f"{tr(CHANGE_LABELS[k])} {n}" for k, n in counts.items() if n))
        print()
    for goal, goal_result in zip(project.goals, analysis.goals):
        measured = "—" if goal_result.measured is None else format_metric(goal.metric, goal_result.measured)
        baseline = "—" if goal_result.baseline is None else format_metric(goal.metric, goal_result.baseline)
        print(
            tr(
                "Goal “{name}”: {baseline} → target {target}, measured {measured} {unit} — {status}",
                name=goal.name,
                baseline=baseline,
                target=format_metric(goal.metric, goal.target),
                measured=measured,
                unit=goal.unit,
                status=tr(GOAL_STATUS_LABELS[goal_result.status.value]),
            )
        )
    return 0
