"""Goals in three colours (三色管理): green when the target map meets the goal, yellow when it improves on
the baseline without meeting it, red when it does not improve."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..model import Goal, GoalDirection, Project
from .metrics import METRIC_KEYS, MapMetrics


class GoalStatus(str, Enum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    UNKNOWN = "unknown"  # no map to measure on, a metric we do not know, or no times entered yet


@dataclass(frozen=True)
class GoalResult:
    goal_id: str
    baseline: float | None
    target: float
    measured: float | None
    status: GoalStatus


def evaluate_goal(goal: Goal, metrics: dict[str, MapMetrics]) -> GoalResult:
    known = goal.metric in METRIC_KEYS
    baseline = goal.baseline
    current = metrics.get(goal.current_map_id or "")
    target = metrics.get(goal.target_map_id or "")
    if baseline is None and known and current is not None:
        baseline = current.value(goal.metric)
    measured = target.value(goal.metric) if known and target is not None else None
    if measured is None or target is None:
        return GoalResult(goal.id, baseline, goal.target, None, GoalStatus.UNKNOWN)
    if _depends_on_times(goal.metric) and not target.value("lead_time_hours"):
        # A map without any times is not a 0-hour process: a time goal cannot be judged on it yet.
        return GoalResult(goal.id, baseline, goal.target, measured, GoalStatus.UNKNOWN)
    lower = goal.direction is GoalDirection.LOWER_IS_BETTER
    meets = measured <= goal.target if lower else measured >= goal.target
    improves = baseline is not None and (measured < baseline if lower else measured > baseline)
    status = GoalStatus.GREEN if meets else GoalStatus.YELLOW if improves else GoalStatus.RED
    return GoalResult(goal.id, baseline, goal.target, measured, status)


def _depends_on_times(metric: str) -> bool:
    return metric.endswith("_hours") or metric == "value_added_ratio"


def evaluate_goals(project: Project, metrics: dict[str, MapMetrics]) -> list[GoalResult]:
    return [evaluate_goal(goal, metrics) for goal in project.goals]
