"""Interview mode from a blank project: the complaint-handling interview typed key by key into the dock."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from opsflow_desktop.model import FindingType, Severity, StepKind
from tests.app.helpers import type_with_input_method

# "|" marks where the typist accepts the name the dock offers (Enter): "核|实处理" is 核, Enter.
INTERVIEW = [
    "@ 李娜，客服主管，客服部，11-20，电话访谈",
    "# 受理",
    "客服部：登记投诉，5分钟",
    "判断类型，10分钟，等30分钟",
    "！瓶颈 夜班只有一人，高",
    "# 处理",
    "售后部：核实处理，1天，等1天",
    "！断点 工单靠微信转",
    "方案可行？",
    "不可行 -> 核|实处理",
    "可行 ->",
    "财务部：退款补偿，2小时",
    "客|服部：答复客户，15分钟",
    "# 回访",
    "回访确认，10分钟",
    "结束",
]
# An input method turns pinyin into hanzi: about three letters per hanzi with whole-phrase input, plus the key
# that picks the candidate. Everything else is one key each (Enter included).
KEYS_PER_HANZI = 3
_HANZI_RUN = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef《》]+")


def type_line(widget, line: str, qtbot=None) -> int:
    """Type one line as a person would (Chinese through the input method, names the dock offers accepted with
    Enter) and return the keys it took."""
    if "|" in line:
        typed, completed = line.split("|", 1)
        keys = type_line(widget, typed)
        qtbot.waitUntil(lambda: widget.completer.popup().isVisible())
        offered, prefix = widget.completer.currentCompletion(), widget.completer.completionPrefix()
        QTest.keyClick(widget.completer.popup(), Qt.Key.Key_Return)
        return keys + 1 + type_line(widget, completed[len(offered) - len(prefix) :])
    keys = 0
    position = 0
    for run in _HANZI_RUN.finditer(line):
        ascii_part = line[position : run.start()]
        if ascii_part:
            QTest.keyClicks(widget, ascii_part)
            keys += len(ascii_part)
        type_with_input_method(widget, run.group())
        hanzi = sum(1 for c in run.group() if "\u4e00" <= c <= "\u9fff")
        keys += hanzi * KEYS_PER_HANZI + 1 + (len(run.group()) - hanzi)
        position = run.end()
    if line[position:]:
        QTest.keyClicks(widget, line[position:])
        keys += len(line[position:])
    return keys


def open_interview_on_blank_project(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.controller.doc.project.maps) == 1 and not window.controller.doc.maps[0].steps)
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    panel = window.interview_panel
    qtbot.waitUntil(lambda: window.interview_dock.isVisible() and panel.text.hasFocus())
    return panel


def test_the_complaint_interview_typed_into_the_dock_draws_the_map(window, qtbot):
    panel = open_interview_on_blank_project(window, qtbot)
    assert panel.text.toPlainText() == ""  # a blank map starts as an empty page
    panel.grab()
    keys = 0
    for number, line in enumerate(INTERVIEW):
        if number:
            QTest.keyClick(panel.text, Qt.Key.Key_Return)
            keys += 1
        keys += type_line(panel.text, line, qtbot)
        qtbot.waitUntil(lambda: not panel.pause.isActive(), timeout=3000)  # a pause after each line
    print(f"\nkeystrokes for the complaint-handling interview: {keys}")
    assert keys < 400
    assert panel.text.toPlainText() == "\n".join(INTERVIEW).replace("|", "")

    doc = window.controller.doc
    process_map = doc.maps[0]
    assert [lane.name for lane in process_map.lanes] == ["客服部", "售后部", "财务部"]
    assert [d.name for d in doc.project.departments][-3:] == ["客服部", "售后部", "财务部"]
    assert [phase.name for phase in process_map.phases] == ["受理", "处理", "回访"]
    steps = {s.name: s for s in process_map.steps}
    assert list(steps) == ["登记投诉", "判断类型", "核实处理", "方案可行？", "退款补偿", "答复客户", "回访确认", "结束"]
    assert steps["方案可行？"].kind is StepKind.DECISION and steps["结束"].kind is StepKind.END
    lanes = {lane.id: lane.name for lane in process_map.lanes}
    assert lanes[steps["退款补偿"].lane_id] == "财务部" and lanes[steps["答复客户"].lane_id] == "客服部"
    phases = {phase.id: phase.name for phase in process_map.phases}
    assert phases[steps["回访确认"].phase_id] == "回访"
    assert steps["判断类型"].processing_hours * 60 == 10 and steps["判断类型"].waiting_hours == 0.5
    assert steps["核实处理"].processing_hours == 24 and steps["核实处理"].waiting_hours == 24
    names = {s.id: s.name for s in process_map.steps}
    flows = {(names[f.source_id], names[f.target_id]): f.label for f in process_map.flows}
    assert flows == {
        ("登记投诉", "判断类型"): "",
        ("判断类型", "核实处理"): "",
        ("核实处理", "方案可行？"): "",
        ("方案可行？", "核实处理"): "不可行",  # the rework loop
        ("方案可行？", "退款补偿"): "可行",
        ("退款补偿", "答复客户"): "",
        ("答复客户", "回访确认"): "",
        ("回访确认", "结束"): "",
    }
    bottleneck, breakpoint_ = process_map.findings
    assert (bottleneck.type, bottleneck.title, bottleneck.severity) == (
        FindingType.BOTTLENECK,
        "夜班只有一人",
        Severity.HIGH,
    )
    assert bottleneck.target_id == steps["判断类型"].id
    hand_off = next(f for f in process_map.flows if f.target_id == steps["核实处理"].id and not f.label)
    assert breakpoint_.type is FindingType.BREAKPOINT and breakpoint_.target_id == hand_off.id
    (interview,) = doc.project.interviews
    assert (interview.interviewee, interview.role, interview.department) == ("李娜", "客服主管", "客服部")
    for finding in (bottleneck, breakpoint_):
        assert finding.evidence.source == "客服主管 李娜" and finding.evidence.interview_id == interview.id
        assert finding.evidence.date == interview.date
    # Laid out by the lane-aware layout: every step inside its own lane and stage, none on top of another.
    view = window.tabs.current_view()
    scene = view.scene()
    assert set(scene.step_items) == set(steps[n].id for n in steps) and len(scene.flow_items) == 8
    lane_of = {lane.id: lane for lane in process_map.lanes}
    tops = {}
    top = 0.0
    for lane in process_map.lanes:
        tops[lane.id] = top
        top += lane.height
    for step in process_map.steps:
        assert scene.step_items[step.id].pos().x() == step.x
        assert (
            tops[step.lane_id] <= step.y and step.y + step.height <= tops[step.lane_id] + lane_of[step.lane_id].height
        )
    boxes = [(s.x, s.y, s.x + s.width, s.y + s.height) for s in process_map.steps]
    assert not any(
        a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3] for i, a in enumerate(boxes) for b in boxes[i + 1 :]
    )


def test_each_pause_is_one_undo_step_and_undo_updates_the_text(window, qtbot):
    panel = open_interview_on_blank_project(window, qtbot)
    for number, line in enumerate(["# 受理", "客服部：登记投诉", "回复客户"]):
        if number:
            QTest.keyClick(panel.text, Qt.Key.Key_Return)
        type_line(panel.text, line)
        qtbot.waitUntil(lambda: not panel.pause.isActive())
    process_map = window.controller.doc.maps[0]
    assert [s.name for s in process_map.steps] == ["登记投诉", "回复客户"]
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: panel.text.toPlainText() == "# 受理\n客服部：登记投诉")
    assert [s.name for s in window.controller.doc.maps[0].steps] == ["登记投诉"]
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: panel.text.toPlainText().endswith("回复客户"))


def test_renaming_a_line_keeps_the_step_and_what_hangs_on_it(window, qtbot):
    panel = open_interview_on_blank_project(window, qtbot)
    type_line(panel.text, "客服部：登记投诉")
    qtbot.waitUntil(lambda: not panel.pause.isActive())
    step = window.controller.doc.maps[0].steps[0]
    window.controller.editor.set_fields(step.id, {"owner": "客服专员"})
    qtbot.waitUntil(lambda: not panel.reload_timer.isActive())
    panel.text.moveCursor(panel.text.textCursor().MoveOperation.End)
    type_line(panel.text, "并建单")
    qtbot.waitUntil(lambda: not panel.pause.isActive())
    (renamed,) = window.controller.doc.maps[0].steps
    assert renamed.id == step.id and renamed.name == "登记投诉并建单" and renamed.owner == "客服专员"


def test_a_change_on_the_canvas_shows_in_the_text(window, qtbot):
    window.named_actions["lang_zh"].trigger()  # the text is written in the window's language
    panel = open_interview_on_blank_project(window, qtbot)
    type_line(panel.text, "客服部：登记投诉，5分钟")
    QTest.keyClick(panel.text, Qt.Key.Key_Return)
    type_line(panel.text, "回复客户 // 先这样")
    qtbot.waitUntil(lambda: not panel.pause.isActive())
    editor = window.controller.editor
    first, second = window.controller.doc.maps[0].steps
    editor.rename(first.id, "登记来电")
    editor.add_finding(second.id, FindingType.PAIN_POINT, title="客户等太久")
    qtbot.waitUntil(lambda: "登记来电" in panel.text.toPlainText())
    qtbot.waitUntil(lambda: "痛点 客户等太久" in panel.text.toPlainText())
    # Written anew where the map changed, kept as typed elsewhere (the comment too); the stage the lines went
    # into is now named.
    assert panel.text.toPlainText() == "# 阶段 1\n客服部：登记来电，5分钟\n回复客户 // 先这样\n！痛点 客户等太久"


def test_a_line_that_cannot_be_read_is_underlined_and_the_rest_still_draws(window, qtbot):
    panel = open_interview_on_blank_project(window, qtbot)
    for number, line in enumerate(["客服部：登记投诉，并且告诉客户", "  不行 -> 不存在的步骤", "回复客户"]):
        if number:
            QTest.keyClick(panel.text, Qt.Key.Key_Return)
        type_line(panel.text, line)
    qtbot.waitUntil(lambda: not panel.pause.isActive())
    assert [s.name for s in window.controller.doc.maps[0].steps] == ["登记投诉", "回复客户"]
    assert {p.line for p in panel.text.problems} == {0, 1}
    assert len(panel.text.extraSelections()) == 2
    assert "不存在的步骤" in panel.text.problems_at_line(1)[0]
    assert "Line 1" in panel.status.text() and "Line 2" in panel.status.text()
    assert window.controller.doc.maps[0].outline[1].text == "  不行 -> 不存在的步骤"  # kept, not lost


def test_names_already_in_the_map_are_offered_while_typing(window, qtbot):
    panel = open_interview_on_blank_project(window, qtbot)
    type_line(panel.text, "客服部：登记投诉")
    QTest.keyClick(panel.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.pause.isActive())
    type_line(panel.text, "  重新 -> 登")
    qtbot.waitUntil(lambda: panel.text.completer.popup().isVisible())
    assert panel.text.completer.completionModel().data(panel.text.completer.completionModel().index(0, 0)) == "登记投诉"
    QTest.keyClick(panel.text.completer.popup(), Qt.Key.Key_Return)
    assert panel.text.toPlainText().endswith("  重新 -> 登记投诉")


def test_full_width_gives_the_text_the_window(window, qtbot):
    panel = open_interview_on_blank_project(window, qtbot)
    qtbot.wait(50)  # the dock's first width is set once the window is laid out
    width = window.interview_dock.width()
    panel.full_width_button.click()
    qtbot.waitUntil(lambda: not window.centralWidget().isVisible())
    assert not window.findings_dock.isVisible()
    qtbot.waitUntil(lambda: window.interview_dock.width() > width)
    panel.full_width_button.click()
    qtbot.waitUntil(lambda: window.centralWidget().isVisible())
    assert window.findings_dock.isVisible()
    qtbot.waitUntil(lambda: abs(window.interview_dock.width() - width) < 40)  # as wide as before, not the window


def test_the_step_being_typed_stays_in_sight_as_the_map_grows(window, qtbot):
    panel = open_interview_on_blank_project(window, qtbot)
    for number in range(14):
        if number:
            QTest.keyClick(panel.text, Qt.Key.Key_Return)
        type_line(panel.text, f"客服部：第{number}步" if number == 0 else f"第{number}步")
        qtbot.waitUntil(lambda: not panel.pause.isActive())
    view = window.tabs.current_view()
    last = next(s for s in window.controller.doc.maps[0].steps if s.name == "第13步")
    item = view.scene().step_items[last.id]
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(item.sceneBoundingRect())


def test_the_cheat_sheet_is_one_screen_in_the_interface_language(window, qtbot):
    panel = open_interview_on_blank_project(window, qtbot)
    assert "Customer service: Log complaint" in panel.help.toPlainText()
    window.named_actions["lang_zh"].trigger()
    assert "客服部：登记投诉" in panel.help.toPlainText() and "判断" in panel.help.toPlainText()
    panel.help_button.click()
    assert not panel.help.isVisible()


def test_a_canvas_edit_during_the_typing_pause_is_made_on_top_of_the_typing(window, qtbot):
    window.named_actions["lang_zh"].trigger()
    panel = open_interview_on_blank_project(window, qtbot)
    type_line(panel.text, "客服部：登记")
    qtbot.waitUntil(lambda: not panel.pause.isActive())
    QTest.keyClick(panel.text, Qt.Key.Key_Return)
    type_line(panel.text, "回复")
    assert panel.pause.isActive()  # still typing
    (step,) = window.controller.doc.maps[0].steps
    window.controller.editor.rename(step.id, "登记来电")  # a rename on the canvas before the pause is over
    qtbot.waitUntil(lambda: "登记来电" in panel.text.toPlainText())
    assert [s.name for s in window.controller.doc.maps[0].steps] == ["登记来电", "回复"]
    assert panel.text.toPlainText() == "# 阶段 1\n客服部：登记来电\n回复"


def test_a_signed_off_document_shows_its_text_read_only(window, qtbot):
    from tests.signing_helpers import sign_off_everything

    window.show_interview()
    panel = window.interview_panel
    assert not panel.text.isReadOnly() and "# 选品与资料" in panel.text.toPlainText()  # the sample, written out
    sign_off_everything(window.controller.editor)
    qtbot.waitUntil(lambda: panel.text.isReadOnly())


def test_switching_maps_never_types_one_maps_text_into_another(window, qtbot):
    window.show_interview()
    panel = window.interview_panel
    qtbot.waitUntil(lambda: "# 选品与资料" in panel.text.toPlainText())
    current, target = window.controller.doc.maps[:2]
    before = [s.name for s in target.steps]
    window.tabs.open(target.id)
    assert panel.text.isReadOnly() or panel.map_id == target.id
    type_with_input_method(panel.text, "乱")  # typed at once, before the new text has come
    qtbot.waitUntil(lambda: not panel.reload_timer.isActive() and not panel.pause.isActive())
    assert [s.name for s in window.controller.doc.get(target.id).steps][: len(before)] == before
    assert [s.name for s in window.controller.doc.get(current.id).steps] != []
