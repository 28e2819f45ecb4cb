"""Issue 4 figures: all checks, metrics, suggestions and the comparison, on 5,000 and 20,000 steps."""

from __future__ import annotations

import gc

from opsflow_desktop.analysis.report import analyze_project
from opsflow_desktop.editing.clone import derive_target_map

from .generate import generate_project
from .timing import median_seconds, report


def project_with_target(steps: int):
    project = generate_project(steps=steps, lanes=20, phases=8)
    current = project.maps[0]
    target = derive_target_map(current, "目标")
    # a target that differs: every tenth step dropped from the lineage (added), a few renamed
    for index, step in enumerate(target.steps):
        if index % 10 == 0:
            step.source_step_ids = []
        elif index % 7 == 0:
            step.name += "（优化）"
    project.maps.append(target)
    return project


def run() -> None:
    for steps, limit in ((5000, 0.2), (20000, 1.0)):
        project = project_with_target(steps)
        # As in the window and in `opsflow analyze`: a loaded document is frozen out of the cyclic GC.
        gc.collect()
        gc.freeze()
        seconds = median_seconds(lambda project=project: analyze_project(project))
        report(
            f"analysis of a {steps:,}-step map and its target",
            seconds,
            limit=limit,
            note="checks + metrics + suggestions, both maps, and the comparison",
        )
