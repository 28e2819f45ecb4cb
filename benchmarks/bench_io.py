"""Issue 2 figures: save, load + validate, and one edit on a 5,000-step, 20-lane map."""

from __future__ import annotations

import tempfile
from pathlib import Path

from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.io import load_project, save_project
from opsflow_desktop.model import Document, find_violations

from .generate import generate_project
from .timing import median_seconds, report


def run() -> None:
    project = generate_project(steps=5000, lanes=20, phases=8)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.opsflow"
        save = median_seconds(lambda: save_project(project, path))
        size_mb = path.stat().st_size / 1e6
        load = median_seconds(lambda: load_project(path))
    report("save 5,000 steps (atomic, with backup)", save, limit=0.2, note=f"file {size_mb:.1f} MB")
    report("load + validate 5,000 steps", load, limit=0.5)
    report("invariant check, 5,000 steps", median_seconds(lambda: find_violations(project)))

    doc = Document(project)
    editor = DocumentEditor(doc)
    step = project.maps[0].steps[100]
    report(
        "one edit (move a step) incl. invariant check",
        median_seconds(lambda: editor.move_steps({step.id: (step.x + 1, step.y)})),
    )
