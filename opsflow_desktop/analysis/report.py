"""The whole analysis of a project in one pass: what the panels show and `opsflow analyze` prints."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import MapKind, Project
from .checks import CheckResult, run_checks
from .compare import Comparison, compare_maps
from .goals import GoalResult, evaluate_goals
from .map_structure import MapStructure
from .metrics import MapMetrics, compute_metrics
from .suggestions import Suggestion, suggest_findings


@dataclass
class MapAnalysis:
    map_id: str
    metrics: MapMetrics
    checks: list[CheckResult]
    suggestions: list[Suggestion]
    structure: MapStructure | None = None  # kept for the exports, which order rows by the same flows


@dataclass
class ProjectAnalysis:
    maps: dict[str, MapAnalysis] = field(default_factory=dict)
    comparisons: list[Comparison] = field(default_factory=list)
    goals: list[GoalResult] = field(default_factory=list)


def analyze_project(project: Project) -> ProjectAnalysis:
    dismissed = {m.id: set(m.dismissed_suggestions) for m in project.maps}
    result = ProjectAnalysis()
    for process_map in project.maps:
        structure = MapStructure(process_map)
        result.maps[process_map.id] = MapAnalysis(
            process_map.id,
            compute_metrics(structure),
            run_checks(structure, project),
            suggest_findings(structure, dismissed.get(process_map.id, set())),
            structure,
        )
    maps = {m.id: m for m in project.maps}
    for process_map in project.maps:
        if process_map.kind is MapKind.TARGET and process_map.derived_from in maps:
            current = maps[process_map.derived_from]
            result.comparisons.append(
                compare_maps(current, process_map, result.maps[current.id].metrics, result.maps[process_map.id].metrics)
            )
    result.goals = evaluate_goals(project, {k: v.metrics for k, v in result.maps.items()})
    return result
