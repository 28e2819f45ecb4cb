"""Issue 14 figures: autosave of the 5,000-step map in the window -- what one autosave costs the window's thread
and the worker, that none runs while the user types, and how soon after typing stops the copy is on disk.

Run in a process of its own: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_recovery`.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPSFLOW_RECOVERY_DIR", tempfile.mkdtemp(prefix="opsflow-bench-recovery-"))

from opsflow_desktop.app import document_controller, recovery  # noqa: E402
from opsflow_desktop.app.main import create_application  # noqa: E402
from opsflow_desktop.io import save_project  # noqa: E402

from .bench_canvas import close, isolate_settings, open_window, p95  # noqa: E402
from .generate import generate_project  # noqa: E402
from .timing import RUNS, median_seconds, report  # noqa: E402

KEYSTROKE_S = 0.12  # a brisk typist: about eight characters a second
KEYSTROKES = 40


def _pump_until(app, deadline: float, stalls: list[float]) -> None:
    """Run the event loop until ``deadline``, noting how long each pass held it (an autosave would show here)."""
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        app.processEvents()
        stalls.append(time.perf_counter() - start)
        time.sleep(0.002)


def run() -> None:
    app = create_application(["bench"])
    isolate_settings()
    folder = Path(tempfile.mkdtemp(prefix="opsflow-bench-"))
    path = folder / "big.opsflow"
    save_project(generate_project(steps=5000, lanes=20, phases=8), path)
    window, _ = open_window(app, path)
    controller = window.controller
    app.processEvents()
    step = controller.doc.maps[0].steps[10]
    controller.editor.rename(step.id, "改名")

    prepared = recovery.prepare_copy(controller.doc.project, controller.path, controller.session_id)
    serialise = median_seconds(
        lambda: recovery.prepare_copy(controller.doc.project, controller.path, controller.session_id)
    )
    write = median_seconds(prepared.write)
    report(
        "autosave 5,000 steps: window thread (to bytes)",
        serialise,
        limit=0.2,
        note=f"{len(prepared.data) / 1e6:.1f} MB; only after {document_controller.AUTOSAVE_IDLE_MS} ms without edits",
    )
    report("autosave 5,000 steps: worker thread (write+sync)", write, note="off the window's thread")

    # Typing: a keystroke every 120 ms, each one an edit; the autosave waits for the pause that follows.
    lags, keys, pauses = [], [], []
    for _ in range(RUNS):
        controller.wait_for_autosave()
        app.processEvents()
        stalls: list[float] = []
        autosaves_while_typing = 0
        next_key = time.perf_counter()
        for i in range(KEYSTROKES):
            start = time.perf_counter()
            controller.editor.rename(step.id, f"改名{i}")
            app.processEvents()
            keys.append(time.perf_counter() - start)
            autosaves_while_typing += controller._writer is not None  # noqa: SLF001
            next_key += KEYSTROKE_S
            _pump_until(app, next_key, stalls)
        assert autosaves_while_typing == 0, "an autosave started while typing"
        lags.append(max(stalls))
        last_edit = time.perf_counter()
        slot = recovery.slot_for(controller.path, controller.session_id)
        written_before = slot.stat().st_mtime_ns if slot.exists() else 0
        while not (slot.exists() and slot.stat().st_mtime_ns != written_before and controller._writer is None):  # noqa: SLF001
            _pump_until(app, time.perf_counter() + 0.01, [])
            if time.perf_counter() - last_edit > 30:
                raise AssertionError("no autosave after typing stopped")
        pauses.append(time.perf_counter() - last_edit)
    report(
        "keystroke (one edit) while typing, p95, autosave on",
        p95(keys),
        note=f"the edit itself; {KEYSTROKES} keys at {KEYSTROKE_S * 1000:.0f} ms x {RUNS}, no autosave among them",
    )
    report(
        "longest hold of the window between keystrokes",
        statistics.median(lags),
        limit=0.05,
        note="the event loop while the user types: no autosave runs there",
    )
    report(
        "last keystroke to recovery copy on disk",
        statistics.median(pauses),
        limit=10.0,
        note="the most work a crash can take after typing stops",
    )
    close(window)


if __name__ == "__main__":
    run()
