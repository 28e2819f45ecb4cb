"""Issue 3 figures: the window on a generated 5,000-step, 20-lane, 8-phase map, offscreen at 1600x900.

Run in a process of its own (memory is measured after opening).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPSFLOW_RECOVERY_DIR", tempfile.mkdtemp(prefix="opsflow-bench-recovery-"))

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from opsflow_desktop.app.document_controller import DocumentController  # noqa: E402
from opsflow_desktop.app.language import LanguageManager  # noqa: E402
from opsflow_desktop.app.main import create_application  # noqa: E402
from opsflow_desktop.app.main_window import MainWindow  # noqa: E402
from opsflow_desktop.io import save_project  # noqa: E402

from .generate import generate_project  # noqa: E402
from .timing import report  # noqa: E402

RUNS = 5


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def isolate_settings() -> None:
    """Settings in a folder of the benchmark's own: a window layout the user saved (a dock left open) must not
    change what is measured."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = tempfile.mkdtemp(prefix="opsflow-bench-settings-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def open_window(app, path: Path) -> tuple[MainWindow, float]:
    """Seconds from 'open this file' to the first painted frame of its map."""
    languages = LanguageManager()
    languages.apply("zh_CN")
    window = MainWindow(DocumentController(), languages)
    window.resize(1600, 900)
    window.show()
    app.processEvents()
    start = time.perf_counter()
    window.controller.open(path)
    window.current_view().viewport().repaint()
    return window, time.perf_counter() - start


def close(window: MainWindow) -> None:
    window.controller.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # processEvents() would not delete it


def run() -> None:
    app = create_application(["bench"])
    isolate_settings()
    folder = Path(tempfile.mkdtemp(prefix="opsflow-bench-"))
    path = folder / "big.opsflow"
    save_project(generate_project(steps=5000, lanes=20, phases=8), path)

    opens = []
    memory = None
    for _ in range(RUNS):
        window, seconds = open_window(app, path)
        opens.append(seconds)
        if memory is None:
            memory = rss_mb()  # the first open, in a fresh process: what a user's laptop sees
        close(window)
        app.processEvents()
    report("open 5,000 steps to first painted frame", statistics.median(opens), limit=1.0)
    report_memory = f"{memory:.0f} MB"

    window, _ = open_window(app, path)
    view = window.current_view()
    scene = view.scene()
    app.processEvents()
    scene.finish_routing()
    view.set_scale(1.0)
    view.centerOn(QPointF(2000, 1200))
    app.processEvents()

    # A pan frame as a user makes it: the view scrolls by 25 px and paints what became visible.
    pans = []
    bar = view.horizontalScrollBar()
    for i in range(120):
        start = time.perf_counter()
        bar.setValue(bar.value() + (25 if (i // 40) % 2 == 0 else -25))
        app.processEvents()
        pans.append(time.perf_counter() - start)
    report("pan frame p95 (100 % zoom, scroll 25 px)", p95(pans), limit=0.008)
    repaints = []
    for _ in range(30):
        start = time.perf_counter()
        view.viewport().repaint()
        repaints.append(time.perf_counter() - start)
    report("full repaint of the 1600x900 view p95", p95(repaints), note="worst case, for reference")

    view.fit_all()
    app.processEvents()
    fits = []
    for _ in range(30):
        view.viewport().update()
        start = time.perf_counter()
        view.viewport().repaint()
        fits.append(time.perf_counter() - start)
    report("fit-all frame p95 (whole map, sketch)", p95(fits), limit=0.033)

    # Drag one step with its flows: real mouse events through the view.
    view.set_scale(1.0)
    step = scene.map.steps[2600]
    view.centerOn(QPointF(step.x, step.y))
    app.processEvents()
    scene.select_ids([step.id])
    centre = view.mapFromScene(QPointF(step.x + step.width / 2, step.y + step.height / 2))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    moves = []
    for i in range(1, 101):
        point = centre + QPoint(i * 2 % 60, i % 30)
        start = time.perf_counter()
        QTest.mouseMove(view.viewport(), point)
        app.processEvents()  # paint what changed
        moves.append(time.perf_counter() - start)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    report("drag one step with its flows, per mouse move", statistics.median(moves), limit=0.004)

    selects = []
    for _ in range(RUNS):
        scene.clearSelection()
        app.processEvents()
        start = time.perf_counter()
        window.named_actions["select_all"].trigger()
        app.processEvents()
        selects.append(time.perf_counter() - start)
    report(
        "select all (5,000 steps, 6,000 flows)",
        statistics.median(selects),
        limit=0.1,
        note=f"{len(scene.selectedItems())} selected",
    )

    # One edit of thousands of elements is one update of the canvas: marking 2,000 selected steps, pasting 2,000.
    chosen = [s.id for s in scene.map.steps[:2000]]
    marks, registers, pastes = [], [], []
    from opsflow_desktop.editing.clipboard import copy_fragment
    from opsflow_desktop.model import FindingType

    fragment = copy_fragment(window.controller.doc, chosen)
    for _ in range(RUNS):
        scene.select_ids(chosen)
        start = time.perf_counter()
        window.findings.mark(FindingType.BOTTLENECK)  # the edit and the canvas's update, which follows it at once
        marks.append(time.perf_counter() - start)
        start = time.perf_counter()
        window.findings_panel.refresh()  # the register follows 150 ms later, debounced
        registers.append(time.perf_counter() - start)
        app.processEvents()
        window.controller.undo_stack.undo()
        app.processEvents()
        start = time.perf_counter()
        window.controller.editor.paste(scene.map_id, fragment, 40, 40)
        app.processEvents()
        pastes.append(time.perf_counter() - start)
        window.controller.undo_stack.undo()
        app.processEvents()
    report(
        "mark a finding on 2,000 selected steps (canvas open)", statistics.median(marks), limit=0.5, note="was 18.7 s"
    )
    report(
        "the issue register after that edit (2,250 findings)",
        statistics.median(registers),
        note="debounced, 150 ms after the edit",
    )
    report("paste 2,000 steps (canvas open)", statistics.median(pastes), limit=1.0, note="was 2.4 s")

    # After an edit the panels refresh once typing settles (debounced); this is how long that holds the window.
    window.analysis_dock.show()
    refreshes = []
    for i in range(RUNS):
        window.controller.editor.rename(scene.map.steps[10].id, f"改名{i}")
        start = time.perf_counter()
        window.analysis_panel.refresh()
        window.findings_panel.refresh()
        refreshes.append(time.perf_counter() - start)
    report(
        "panels refresh after an edit (analysis + register)",
        statistics.median(refreshes),
        note="runs 400 ms after the last edit, not while typing",
    )
    close(window)
    app.processEvents()

    small_path = folder / "thousand.opsflow"
    save_project(generate_project(steps=1000, lanes=20, phases=8), small_path)
    arranges = []
    for _ in range(RUNS):
        window, _ = open_window(app, small_path)
        start = time.perf_counter()
        window.named_actions["arrange"].trigger()
        app.processEvents()
        arranges.append(time.perf_counter() - start)
        close(window)
        app.processEvents()
    report("arrange 1,000 steps (one undo step, canvas updated)", statistics.median(arranges), limit=2.0)
    print(f"{'memory after opening 5,000 steps (RSS)':<52} {report_memory:>12}  (target ≤ 300 MB)", flush=True)


if __name__ == "__main__":
    run()
