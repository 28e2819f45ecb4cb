"""A mock workshop on two screens, run in a process of its own (the platform's screens are fixed when the
application starts): `python -m tests.app.presentation.two_screens_run RESULT.json [SHOTS_DIR]`.

The laptop is 1366x768, the projector 1920x1080 (Qt's offscreen platform with a two-screen configuration; the
same script runs under `xvfb-run -s "-screen 0 …"` with QT_QPA_PLATFORM=xcb). The facilitator presses F5, walks
two stages and into the steps, captures three findings, runs a vote and writes the minutes; the script writes
what happened as JSON for the test to check.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from opsflow_desktop.app.document_controller import DocumentController
from opsflow_desktop.app.language import LanguageManager
from opsflow_desktop.app.main import create_application
from opsflow_desktop.app.main_window import MainWindow
from opsflow_desktop.app.presentation.voting import VoteDialog
from opsflow_desktop.model import Attendee, InterviewKind
from tests.app.helpers import type_with_input_method


def wait_until(condition, seconds: float = 20.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there")
        QTest.qWait(20)


def main(result_path: str, shots: str | None) -> None:
    app = create_application(["two-screens"])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    languages = LanguageManager()
    languages.apply("zh_CN")
    controller = DocumentController()
    window = MainWindow(controller, languages)
    controller.new_from_sample()
    laptop, projector = QGuiApplication.screens()[0], QGuiApplication.screens()[-1]
    window.setScreen(laptop)
    window.move(laptop.geometry().topLeft())
    window.resize(1300, 720)
    window.show()
    QTest.qWait(200)
    editor = controller.editor
    record = editor.start_workshop("商品上架流程现状研讨会", dt.date.today())
    editor.set_fields(
        record.id,
        {
            "occasion": "三楼会议室",
            "attendees": [
                Attendee(name="王敏", department="设计部", role="主管"),
                Attendee(name="李娜", department="运营部", role="经理"),
                Attendee(name="赵磊", department="法务合规部"),
            ],
            "agenda": [{"title": "走查现状流程", "minutes": 40}, {"title": "投票排序", "minutes": 15}],
            "decisions": ["素材评审与商品经理审批合并"],
            "actions": [{"action": "出素材模板", "owner": "王敏"}],
        },
    )
    window.named_actions["present"].trigger()
    show = window.presentation
    wait_until(lambda: show.audience is not None and show.views and show.views[0].viewport().height() > 500)
    QTest.qWait(300)
    show._show(animate=False)  # noqa: SLF001 - planned for the projector's real size
    result: dict = {
        "screens": [s.name() for s in QGuiApplication.screens()],
        "audience_screen": show.audience.screen().name(),
        "audience_geometry": show.audience.geometry().getRect(),
        "projector_geometry": projector.geometry().getRect(),
        "audience_full_screen": show.audience.isFullScreen(),
        "presenter_screen": show.presenter.screen().name() if show.presenter else None,
        "walk": [],
    }

    def key(which, modifier=Qt.KeyboardModifier.NoModifier):
        QTest.keyClick(show.presenter or show.audience, which, modifier)
        QApplication.processEvents()
        if show.views:
            show.views[0].finish_move()
        result["walk"].append(show.walk.caption() if show.walk else "")

    def shot(name: str) -> None:
        if shots:
            QTest.qWait(100)
            show.audience.grab().save(f"{shots}/{name}_projector.png")
            if show.presenter is not None:
                show.presenter.grab().save(f"{shots}/{name}_laptop.png")
            display = os.environ.get("DISPLAY")
            if display and os.environ.get("QT_QPA_PLATFORM") == "xcb" and shutil.which("import"):
                QTest.qWait(400)  # what the X server shows on each screen, window manager or not
                for number in range(len(QGuiApplication.screens())):
                    screen = f"{display.split('.')[0]}.{number}"
                    subprocess.run(["import", "-window", "root", "-display", screen, f"{shots}/{name}_x{number}.png"])

    shot("0_overview")
    key(Qt.Key.Key_PageDown)
    key(Qt.Key.Key_PageDown)
    shot("1_stage")
    key(Qt.Key.Key_Return)
    result["first_step"] = show.walk.current_step_id()
    key(Qt.Key.Key_Right)
    result["second_step"] = show.walk.current_step_id()
    shot("2_step")
    said = ["素材返工太多，平均改三轮 — 王敏", "瓶颈：审批要排队两天（李娜）", "风险 极限词没人把关 -- 赵磊"]
    for index, line in enumerate(said):
        if index:
            key(Qt.Key.Key_Right)
        key(Qt.Key.Key_M)
        bar = show.capture_bar()
        type_with_input_method(bar.line, line)
        QTest.keyClick(bar.line, Qt.Key.Key_Return)
        QApplication.processEvents()
    shot("3_captured")
    process_map = show.walk.map
    captured = [f for f in process_map.findings if f.evidence.interview_id == record.id]
    result["captured"] = [
        {"title": f.title, "type": f.type.value, "source": f.evidence.source, "target": f.target_id} for f in captured
    ]
    # The vote: every attendee three dots, called out by number; the room's last dots as a tally.
    key(Qt.Key.Key_V)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, VoteDialog) and w.isVisible())
    dialog.accept()
    QApplication.processEvents()
    numbers = {f.id: n for n, f in enumerate(process_map.findings, start=1)}
    calls = [[captured[0].id] * 2 + [captured[1].id], [captured[1].id] * 3, [captured[2].id, captured[0].id]]
    for person, targets in enumerate(calls):
        for target in targets:
            for digit in str(numbers[target]):
                key(getattr(Qt.Key, f"Key_{digit}"))
            key(Qt.Key.Key_Return)
        if person < len(calls) - 1:
            key(Qt.Key.Key_Tab)
    shot("4_vote")
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
    key(Qt.Key.Key_V)
    shot("5_ranking")
    result["priorities"] = {f.title: f.priority for f in process_map.findings if f.priority is not None}
    result["votes"] = [v.model_dump(mode="json") for v in controller.doc.get(record.id).votes]
    key(Qt.Key.Key_Escape)  # the first Esc puts the ranking away, the second ends the show
    result["presenting_after_first_esc"] = show.is_running()
    key(Qt.Key.Key_Escape)
    result["presenting_after_esc"] = show.is_running()
    folder = Path(tempfile.mkdtemp())
    job = window.exports.export_minutes_to(folder / "纪要.docx", record.id)
    if job is not None:
        job.wait(60)
        QTest.qWait(100)  # its success reaches the window
    result["minutes"] = str(folder / "纪要.docx")
    result["workshops"] = sum(r.kind is InterviewKind.WORKSHOP for r in controller.doc.project.interviews)
    Path(result_path).write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    controller.undo_stack.setClean()
    window.close()
    QCoreApplication.processEvents()
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
