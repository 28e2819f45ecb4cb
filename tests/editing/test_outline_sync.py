"""Typing the interview text edits the map as one undo step; identity, hand placement and the rest of a step's
fields survive retyping. No Qt."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opsflow_desktop import i18n
from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.io.text.lines import carry_refs, lines_from_text
from opsflow_desktop.io.text.reader import parse_outline
from opsflow_desktop.io.text.writer import text_lines, text_of_map
from opsflow_desktop.model import Document, DocumentError, FindingType, Raci, find_violations
from tests.signing_helpers import sign_off_everything


@pytest.fixture(autouse=True)
def in_chinese(monkeypatch):
    monkeypatch.setattr(i18n, "_language", "zh_CN")


class Typist:
    """Types whole texts into a map the way the dock does: refs carried from the last text to the new one."""

    def __init__(self) -> None:
        self.editor = DocumentEditor(Document())
        self.map_id = self.editor.add_map("客诉处理").id

    @property
    def map(self):
        return self.editor.doc.get(self.map_id)

    def type(self, text: str) -> None:
        shown = text_of_map(self.editor.doc.project, self.map)  # what the dock shows and the typist edits
        lines = carry_refs(shown, text.split("\n"))
        self.editor.type_outline(self.map_id, parse_outline(lines))

    def steps(self) -> dict:
        return {s.name: s for s in self.map.steps}

    def shown(self) -> str:
        return text_lines(text_of_map(self.editor.doc.project, self.map))


def test_typing_is_one_undo_step_and_undo_restores_map_and_text():
    typist = Typist()
    typist.type("# 受理\n客服部：登记")
    typist.type("# 受理\n客服部：登记\n回复")
    assert list(typist.steps()) == ["登记", "回复"] and len(typist.map.flows) == 1
    stack = typist.editor.stack
    stack.undo()
    assert list(typist.steps()) == ["登记"] and typist.map.flows == []
    assert typist.shown() == "# 受理\n客服部：登记"
    stack.redo()
    assert list(typist.steps()) == ["登记", "回复"] and typist.shown() == "# 受理\n客服部：登记\n回复"
    stack.undo()
    stack.undo()
    assert typist.map.steps == [] and typist.map.outline == []


def test_retyping_a_line_keeps_its_step_with_everything_else_on_it():
    typist = Typist()
    typist.type("客服部：登记\n回复")
    step = typist.steps()["登记"]
    department = typist.editor.doc.project.departments[0]
    typist.editor.set_fields(step.id, {"owner": "客服专员", "raci": {department.id: Raci.ACCOUNTABLE}})
    finding = typist.editor.add_finding(step.id, FindingType.RISK_POINT, title="漏登")
    typist.type(typist.shown().replace("登记", "登记投诉，5分钟"))
    renamed = typist.steps()["登记投诉"]
    assert renamed.id == step.id and renamed.owner == "客服专员" and renamed.raci == {department.id: Raci.ACCOUNTABLE}
    assert renamed.processing_hours == pytest.approx(5 / 60)
    assert [f.id for f in typist.map.findings] == [finding.id]


def test_a_line_cut_and_pasted_elsewhere_keeps_its_step():
    typist = Typist()
    typist.type("客服部：登记\n核实\n回复")
    ids = {name: s.id for name, s in typist.steps().items()}
    typist.type("客服部：登记\n回复\n核实")
    assert {name: s.id for name, s in typist.steps().items()} == ids


def test_a_step_moved_by_hand_keeps_its_place_and_new_ones_find_a_free_spot():
    typist = Typist()
    typist.type("# 受理\n客服部：登记\n回复")
    step = typist.steps()["回复"]
    typist.editor.move_steps({step.id: (step.x + 40, step.y + 30)})
    moved = (typist.steps()["回复"].x, typist.steps()["回复"].y)
    typist.type(typist.shown() + "\n回访")
    assert (typist.steps()["回复"].x, typist.steps()["回复"].y) == moved
    new = typist.steps()["回访"]
    others = [s for s in typist.map.steps if s.id != new.id]
    assert not any(new.x < o.x + o.width and o.x < new.x + new.width and new.y < o.y + o.height for o in others)


def test_the_layout_owns_the_steps_it_placed_and_lays_them_out_again():
    typist = Typist()
    typist.type("# 受理\n客服部：登记\n回复")
    first = typist.steps()["回复"].x
    typist.type("# 受理\n客服部：登记\n核实\n回复")
    assert typist.steps()["回复"].x > first  # pushed right to make room for 核实


def test_inserting_a_step_moves_the_breakpoint_onto_the_new_hand_off():
    typist = Typist()
    typist.type("客服部：登记\n售后部：核实\n！断点 靠微信转")
    (finding,) = typist.map.findings
    typist.type("客服部：登记\n财务部：审核\n售后部：核实\n！断点 靠微信转")
    (kept,) = typist.map.findings
    names = {s.id: s.name for s in typist.map.steps}
    flow = next(f for f in typist.map.flows if f.id == kept.target_id)
    assert kept.id == finding.id and (names[flow.source_id], names[flow.target_id]) == ("审核", "核实")


def test_what_the_text_no_longer_says_goes_but_departments_and_lane_findings_stay():
    typist = Typist()
    typist.type("客服部：登记\n售后部：核实")
    lane = next(lane for lane in typist.map.lanes if lane.name == "售后部")
    typist.editor.add_finding(lane.id, FindingType.INFORMATION_SILO, title="数据不通")
    typist.type("客服部：登记\n售后部：核实\n！瓶颈 慢")
    typist.type("客服部：登记")
    assert [lane.name for lane in typist.map.lanes] == ["客服部"]
    assert {d.name for d in typist.editor.doc.project.departments} >= {"客服部", "售后部"}
    assert typist.map.findings == []  # the lane went, and its finding with it; the bottleneck's line is gone


def test_a_header_change_updates_the_evidence_of_its_findings():
    typist = Typist()
    typist.type("@ 李娜，客服主管，客服部，2026-11-20\n客服部：登记\n！瓶颈 慢")
    (finding,) = typist.map.findings
    assert finding.evidence.source == "客服主管 李娜"
    typist.type("@ 李娜娜，客服经理，客服部，2026-11-20\n客服部：登记\n！瓶颈 慢")
    (interview,) = typist.editor.doc.project.interviews
    assert interview.interviewee == "李娜娜" and typist.map.findings[0].evidence.source == "客服经理 李娜娜"


def test_a_canvas_change_shows_in_the_text_and_typed_lines_stay_as_typed():
    typist = Typist()
    typist.type("# 受理\n客服部：登记，1.5h // 先记下\n回复\n结束")
    editor = typist.editor
    steps = typist.steps()
    editor.remove([steps["回复"].id])
    assert typist.shown() == "# 受理\n客服部：登记，1.5h // 先记下\n  -|\n结束"
    editor.add_next_step(steps["登记"].id, name="核实")
    assert typist.shown() == "# 受理\n客服部：登记，1.5h // 先记下\n核实\n  -|\n结束"


def test_a_signed_off_document_refuses_the_text():
    typist = Typist()
    typist.type("客服部：登记\n回复")
    for department in typist.editor.doc.project.departments:
        typist.editor.set_department_head(department.id, "王主任")
    sign_off_everything(typist.editor)
    with pytest.raises(DocumentError):
        typist.type("客服部：登记\n回复\n回访")
    assert list(typist.steps()) == ["登记", "回复"]


def test_import_of_a_whole_pasted_block():
    typist = Typist()
    notes = lines_from_text("1. 客服部：登记投诉，5分钟\n2. 回复客户，10分钟\n3. 售后部：处理，2天\n4. 结束")
    typist.editor.type_outline(typist.map_id, parse_outline(notes))
    assert list(typist.steps()) == ["登记投诉", "回复客户", "处理", "结束"] and len(typist.map.flows) == 3


LINE = st.text(
    alphabet=st.sampled_from("客服部售后：:，,→->？?！!#@+《》（）()12分钟天等入出瓶颈断点结束 |x"), max_size=16
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(LINE, max_size=12), min_size=1, max_size=4))
def test_any_sequence_of_texts_is_kept_whole_and_never_breaks_the_map(texts):
    typist = Typist()
    for lines in texts:
        typist.type("\n".join(lines))
        assert [line.text for line in typist.map.outline] == ("\n".join(lines)).split("\n")
        assert find_violations(typist.editor.doc.project) == []
    stack = typist.editor.stack
    while stack.can_undo() and stack.undo_text() == i18n.tr("Type in the interview text"):
        stack.undo()
    assert typist.map.steps == [] and typist.map.outline == []


def test_after_a_hand_move_new_steps_stay_inside_their_stage_which_grows():
    typist = Typist()
    typist.type("# 受理\n客服部：登记\n核实\n# 处理\n售后部：处理\n回复")
    checked = typist.steps()["核实"]
    typist.editor.move_steps({checked.id: (checked.x + 5, checked.y)})
    later_before = typist.steps()["处理"].x
    lines = typist.shown().split("\n")
    lines[3:3] = [f"补充{i}" for i in range(8)]
    typist.type("\n".join(lines))
    stage, later_stage = typist.map.phases
    for i in range(8):
        step = typist.steps()[f"补充{i}"]
        assert step.x + step.width <= stage.width  # inside 受理, which grew
    assert typist.steps()["处理"].x > later_before  # the next stage moved right, its steps with it
    assert typist.steps()["处理"].x >= stage.width


def test_a_line_being_retyped_keeps_its_step_with_its_owner():
    typist = Typist()
    typist.type("客服部：登记投诉，5分钟\n回复")
    step = typist.steps()["登记投诉"]
    typist.editor.set_fields(step.id, {"owner": "客服专员"})
    for text in ("：登记投诉，5分钟\n回复", "\n回复", "客服部：\n回复", "售后部：登记投诉，5分钟\n回复"):
        typist.type(text)
        kept = {s.id: s for s in typist.map.steps}[step.id]
        assert kept.owner == "客服专员"
    assert typist.steps()["登记投诉"].id == step.id
    lanes = {lane.id: lane.name for lane in typist.map.lanes}
    assert lanes[typist.steps()["登记投诉"].lane_id] == "售后部"


def test_retyping_a_department_renames_its_lane_and_department():
    typist = Typist()
    typist.type("客服部：登记\n财：退款")
    lane = next(lane for lane in typist.map.lanes if lane.name == "财")
    typist.editor.add_finding(lane.id, FindingType.INFORMATION_SILO, title="账不通")
    for name in ("财务", "财务部"):
        typist.type(f"客服部：登记\n{name}：退款")
    renamed = next(lane for lane in typist.map.lanes if lane.name == "财务部")
    assert renamed.id == lane.id and [f.title for f in typist.map.findings] == ["账不通"]
    assert sorted(d.name for d in typist.editor.doc.project.departments) == ["客服部", "财务部"]


def test_names_that_look_like_notation_are_quoted_and_survive_the_next_keystroke():
    typist = Typist()
    typist.type("客服部：登记\n核实\n回复")
    editor = typist.editor
    for name in (
        "审核：初审",
        "核对金额，数量",
        "1. 登记",
        "提交（审批）",
        "#3窗口受理",
        "！加急",
        "转->售后",
        "@客户",
    ):
        step = typist.steps().get("核实") or next(s for s in typist.map.steps if s.name not in ("登记", "回复"))
        editor.rename(step.id, name)
        before = {s.id: (s.name, s.kind, s.lane_id) for s in typist.map.steps}
        typist.type(typist.shown())
        assert {s.id: (s.name, s.kind, s.lane_id) for s in typist.map.steps} == before, name


def test_a_header_typed_above_earlier_findings_gives_them_their_evidence():
    typist = Typist()
    typist.type("客服部：登记\n！痛点 慢")
    typist.type("@ 王五，经理，客服部，2026-11-20\n客服部：登记\n！痛点 慢")
    (finding,) = typist.map.findings
    assert finding.evidence.source == "经理 王五" and finding.evidence.interview_id is not None


def test_an_unreadable_jump_survives_a_canvas_change():
    typist = Typist()
    typist.type("客服部：登记\n核实？\n  否 -> 补充资料\n  是 ->\n回复")
    typist.editor.rename(typist.steps()["回复"].id, "答复")
    assert "  否 -> 补充资料" in typist.shown().split("\n")


def test_a_very_long_pasted_line_is_reported_and_kept():
    typist = Typist()
    paragraph = "客户说" + "很长的一段话" * 2000
    typist.type(f"客服部：登记\n{paragraph}")
    assert typist.map.outline[1].text == paragraph and list(typist.steps()) == ["登记"]
    assert parse_outline(typist.map.outline).problems[0].line == 1


def test_a_pause_that_changed_nothing_is_no_undo_step():
    typist = Typist()
    typist.type("客服部：登记")
    stack = typist.editor.stack
    stack.set_clean() if hasattr(stack, "set_clean") else None
    typist.type("客服部：登记")
    stack.undo()
    assert typist.map.steps == []  # the one undo step was the first typing


def test_deleting_a_header_that_nothing_else_names_deletes_its_interview():
    typist = Typist()
    typist.type("@ 李娜，客服主管\n客服部：登记\n@ 王五，经理\n！痛点 慢")
    assert [i.interviewee for i in typist.editor.doc.project.interviews] == ["李娜", "王五"]
    typist.type("客服部：登记\n@ 王五，经理\n！痛点 慢")
    assert [i.interviewee for i in typist.editor.doc.project.interviews] == ["王五"]
    typist.type("客服部：登记\n！痛点 慢")  # its finding still names 王五's interview: it stays
    assert [i.interviewee for i in typist.editor.doc.project.interviews] == ["王五"]


def test_what_people_paste_and_say_is_read():
    parsed = parse_outline(
        lines_from_text(
            "● 客服部：登记，十五分钟\n■ 回复，一个半小时，等1-2天\n11.20 电话回访\n第三步：售后部：核实，约10分钟\n"
            "李娜 14:32\n否 -》 登记\n@ 王工，2026.11.22 下午，电话访谈"
        )
    )
    assert [s.name for s in parsed.steps] == ["登记", "回复", "11.20 电话回访", "核实"]
    assert parsed.steps[0].processing_hours == 0.25 and parsed.steps[1].waiting_hours == 36
    assert parsed.steps[3].lane == "售后部" and parsed.steps[3].processing_hours == pytest.approx(1 / 6)
    names = {s.ref: s.name for s in parsed.steps}
    assert ("核实", "登记", "否") in {(names[f.source_ref], names[f.target_ref], f.label) for f in parsed.flows}
    (interview,) = parsed.interviews
    assert (interview.interviewee, interview.role, interview.occasion) == ("王工", "", "下午，电话访谈")


def test_inserting_many_elements_is_undone_and_redone_exactly():
    from opsflow_desktop.editing.command import InsertElementsCommand
    from opsflow_desktop.model import Flow, Step

    typist = Typist()
    typist.type("# 受理\n客服部：登记")
    (lane,), (phase,) = typist.map.lanes, typist.map.phases
    first = typist.map.steps[0]
    added = [Step(name=f"第{i}步", lane_id=lane.id, phase_id=phase.id) for i in range(3)]
    flows = [Flow(source_id=first.id, target_id=added[0].id)]
    seen = []
    typist.editor.doc.events.step_added.connect(lambda step, parent, index: seen.append((step.name, index)))
    command = InsertElementsCommand(typist.editor.doc, [*added, *flows], typist.map_id)
    typist.editor.execute(command)
    assert [s.name for s in typist.map.steps] == ["登记", "第0步", "第1步", "第2步"] and len(typist.map.flows) == 1
    assert seen == [("第0步", 1), ("第1步", 2), ("第2步", 3)]
    typist.editor.stack.undo()
    assert [s.name for s in typist.map.steps] == ["登记"] and typist.map.flows == []
    assert added[0].id not in typist.editor.doc
    typist.editor.stack.redo()
    assert [s.name for s in typist.map.steps] == ["登记", "第0步", "第1步", "第2步"]
    with pytest.raises(DocumentError):
        typist.editor.doc.insert_many([added[0]], typist.map_id)  # its id is taken
