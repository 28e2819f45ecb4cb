"""Issue 12 figures: interview mode. A keystroke in an outline of 50, 300 and 1,000 lines to the repainted map
(what runs when the typing pause ends), and the 5,000-step benchmark map written as text, read back into a map
and written again. Runs in a process of its own (a window, offscreen)."""

from __future__ import annotations

import gc
import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPSFLOW_RECOVERY_DIR", tempfile.mkdtemp(prefix="opsflow-bench-recovery-"))

from PySide6.QtCore import QCoreApplication, QEvent, Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from opsflow_desktop.app.document_controller import DocumentController  # noqa: E402
from opsflow_desktop.app.language import LanguageManager  # noqa: E402
from opsflow_desktop.app.main import create_application  # noqa: E402
from opsflow_desktop.app.main_window import MainWindow  # noqa: E402
from opsflow_desktop.editing import DocumentEditor  # noqa: E402
from opsflow_desktop.io.text.lines import lines_from_text  # noqa: E402
from opsflow_desktop.io.text.reader import parse_outline  # noqa: E402
from opsflow_desktop.io.text.writer import text_lines, write_outline  # noqa: E402
from opsflow_desktop.model import Document  # noqa: E402

from .bench_canvas import isolate_settings  # noqa: E402
from .generate import generate_project  # noqa: E402
from .timing import report  # noqa: E402

RUNS = 5
DEPARTMENTS = ["客服部", "售后部", "财务部", "仓储部", "物流部", "运营部"]


def outline(lines: int) -> str:
    """An interview of about ``lines`` lines: a stage every 25 lines, a department change every 4th step, a
    decision with a rework branch every 10th, a finding every 7th."""
    out = ["@ 李娜，客服主管，客服部，2026-11-20，电话访谈"]
    step = 0
    while len(out) < lines:
        if step % 20 == 0:
            out.append(f"# 阶段{step // 20 + 1}")
        department = DEPARTMENTS[(step // 4) % len(DEPARTMENTS)]
        prefix = f"{department}：" if step % 4 == 0 else ""
        if step % 10 == 9:
            out.append(f"{prefix}检查{step}？")
            out.append(f"  不通过 30% -> 处理{step - 2}")
            out.append("  通过 ->")
        else:
            out.append(f"{prefix}处理{step}，{step % 5 + 1}小时，等{step % 3}小时")
        if step % 7 == 3:
            out.append(f"！瓶颈 第{step}步排队，高")
        step += 1
    return "\n".join(out[:lines])


def keystroke(app, lines: int) -> float:
    languages = LanguageManager()
    languages.apply("zh_CN")
    window = MainWindow(DocumentController(), languages)
    window.resize(1600, 900)
    window.show()
    window.controller.new_blank()
    window.show_interview()
    panel = window.interview_panel
    panel.text.setPlainText(outline(lines))
    panel.apply()
    app.processEvents()
    view = window.current_view()
    samples = []
    middle = panel.text.document().findBlockByNumber(lines // 2)
    while middle.isValid() and not middle.text().startswith(("处理", "客服部", "售后部", "财务部", "仓储部")):
        middle = middle.next()
    for _ in range(RUNS + 1):
        cursor = QTextCursor(middle)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        panel.text.setTextCursor(cursor)
        QTest.keyClick(panel.text, Qt.Key.Key_Backspace)  # the last detail typed again: two real edits
        start = time.perf_counter()
        panel.apply()
        view.viewport().repaint()
        samples.append(time.perf_counter() - start)
        QTest.keyClick(panel.text, Qt.Key.Key_0)
        panel.apply()
    window.controller.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return statistics.median(samples[1:])


def round_trip() -> float:
    project = generate_project(steps=5000, lanes=20, phases=8)
    text = text_lines(write_outline(project, project.maps[0]))

    def once() -> None:
        editor = DocumentEditor(Document())
        target = editor.add_map("往返")
        editor.type_outline(target.id, parse_outline(lines_from_text(text)))
        text_lines(write_outline(editor.doc.project, editor.doc.get(target.id)))

    once()
    samples = []
    for _ in range(5):
        gc.collect()  # each run starts from the same heap: the last run's document is garbage, not work
        start = time.perf_counter()
        once()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def run() -> None:
    app = create_application(["bench"])
    isolate_settings()
    # The core figure first, on a heap the windows below have not filled yet.
    trip = round_trip()
    figures = {}
    for lines, limit in ((50, None), (300, 0.05), (1000, 0.15)):
        figures[lines] = keystroke(app, lines)
        report(
            f"interview: keystroke to repainted map, {lines:,} lines",
            figures[lines],
            limit=limit,
            note=f"{figures[lines] / lines * 1e6:.0f} µs per line; after the {350} ms typing pause",
        )
    report(
        "interview: 5,000-step text -> map -> text",
        trip,
        limit=1.0,
        note="7,174 lines read, one undoable edit builds the map, written again; median of 5",
    )


if __name__ == "__main__":
    run()
