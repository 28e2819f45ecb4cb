"""The interview notation: what each kind of line means, in either width of punctuation, and that any text at all
is read without an exception."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opsflow_desktop import i18n
from opsflow_desktop.io.text.lines import carry_refs, lines_from_text
from opsflow_desktop.io.text.notation import duration_hours, say_duration
from opsflow_desktop.io.text.reader import parse_outline
from opsflow_desktop.model import FindingType, InterviewKind, OutlineLine, Severity, StepKind


def parse(text: str):
    return parse_outline(lines_from_text(text))


@pytest.mark.parametrize(
    ("said", "hours"),
    [
        ("10分钟", 10 / 60),
        ("10 min", 10 / 60),
        ("2小时", 2),
        ("1.5h", 1.5),
        ("１．５ｈ", None),  # a full-width point is not a decimal point anyone types
        ("3天", 72),
        ("1 工作日", 8),
        ("2个工作日", 16),
        ("半小时", 0.5),
        ("两天", 48),
        ("1周", 168),
        ("１０分钟", 10 / 60),
        ("很久", None),
    ],
)
def test_durations_in_the_units_people_say(said, hours):
    if hours is None:
        assert duration_hours(said) is None
    else:
        assert duration_hours(said) == pytest.approx(hours)


def test_durations_are_written_back_in_the_same_words(monkeypatch):
    monkeypatch.setattr(i18n, "_language", "zh_CN")
    assert [say_duration(h) for h in (1 / 6, 2, 72, 1.5)] == ["10分钟", "2小时", "3天", "1.5小时"]
    monkeypatch.setattr(i18n, "_language", "en")
    assert [say_duration(h) for h in (1 / 6, 2, 72, 1.5)] == ["10min", "2h", "3d", "1.5h"]
    assert [duration_hours(say_duration(h)) for h in (1 / 6, 2, 72, 1.5)] == pytest.approx([1 / 6, 2, 72, 1.5])


def test_full_width_and_half_width_marks_read_alike():
    full = parse("# 受理\n客服部：登记，10分钟，等2小时\n能解决？\n  是 → 回复\n  否 ->\n升级\n！瓶颈：慢，高\n回复")
    half = parse("# 受理\n客服部:登记,10分钟,等2小时\n能解决?\n  是 -> 回复\n  否 =>\n升级\n!瓶颈: 慢, 高\n回复")
    for parsed in (full, half):
        assert not parsed.problems
        assert [(s.name.rstrip("?？"), s.lane, s.kind) for s in parsed.steps] == [
            ("登记", "客服部", StepKind.TASK),
            ("能解决", "客服部", StepKind.DECISION),
            ("升级", "客服部", StepKind.TASK),
            ("回复", "客服部", StepKind.TASK),
        ]
        assert parsed.steps[0].processing_hours == pytest.approx(1 / 6) and parsed.steps[0].waiting_hours == 2
        names = {s.ref: s.name.rstrip("?？") for s in parsed.steps}
        assert sorted((names[f.source_ref], names[f.target_ref], f.label) for f in parsed.flows) == [
            ("升级", "回复", ""),
            ("登记", "能解决", ""),
            ("能解决", "升级", "否"),
            ("能解决", "回复", "是"),
        ]
        (finding,) = parsed.findings
        assert (finding.type, finding.title, finding.severity) == (FindingType.BOTTLENECK, "慢", Severity.HIGH)


def test_a_department_carries_on_and_a_new_one_is_a_new_lane():
    parsed = parse("客服部：登记\n回复\n售后部：核实\n退款")
    assert [s.lane for s in parsed.steps] == ["客服部", "客服部", "售后部", "售后部"]
    assert [lane.name for lane in parsed.lanes] == ["客服部", "售后部"]


def test_a_lane_named_alone_is_declared():
    parsed = parse("财务部：\n客服部：登记")
    assert [lane.name for lane in parsed.lanes] == ["财务部", "客服部"]
    assert parsed.lanes[0].ref.startswith("lane_")


def test_stages_branches_jumps_parallel_steps_and_an_end():
    parsed = parse(
        "# 受理\n客服部：登记\n# 处理\n核实\n可行？\n  不可行 30% -> 核实\n  可行 ->\n"
        "财务部：退款\n+ 仓储部：收货\n客服部：答复\n-> 结束\n回访\n结束"
    )
    assert not parsed.problems
    assert [stage.name for stage in parsed.stages] == ["受理", "处理"]
    stage_of = {s.name: s.stage_ref for s in parsed.steps}
    assert stage_of["登记"] == parsed.stages[0].ref and stage_of["结束"] == parsed.stages[1].ref
    names = {s.ref: s.name for s in parsed.steps}
    flows = {(names[f.source_ref], names[f.target_ref]): (f.label, f.probability) for f in parsed.flows}
    assert flows == {
        ("登记", "核实"): ("", None),
        ("核实", "可行？"): ("", None),
        ("可行？", "核实"): ("不可行", 0.3),
        ("可行？", "退款"): ("可行", None),
        ("可行？", "收货"): ("可行", None),
        ("退款", "答复"): ("", None),
        ("收货", "答复"): ("", None),
        ("答复", "结束"): ("", None),  # the jump skips 回访, which leads on to the end by line order
        ("回访", "结束"): ("", None),
    }
    assert {s.name: s.kind for s in parsed.steps}["结束"] is StepKind.END


def test_kinds_in_brackets_and_the_stop_mark():
    parsed = parse("运营部：经理审批（审批）\n平台审核 (等待)\n-|\n上线（结束）")
    assert [(s.name, s.kind) for s in parsed.steps] == [
        ("经理审批", StepKind.APPROVAL),
        ("平台审核", StepKind.WAIT),
        ("上线", StepKind.END),
    ]
    assert len(parsed.flows) == 1  # 平台审核 goes nowhere


def test_inputs_and_outputs_keep_the_documents_marks():
    (step,) = parse("运营部：痛点梳理，入《部门反馈表》、历史数据，出《痛点分析清单》").steps
    assert step.inputs == ["《部门反馈表》", "历史数据"] and step.outputs == ["《痛点分析清单》"]
    (step,) = parse("运营部：痛点梳理，《痛点分析清单》《流程图》").steps
    assert step.outputs == ["《痛点分析清单》", "《流程图》"]


def test_findings_sit_on_the_step_or_on_the_hand_off_into_it():
    parsed = parse(
        "客服部：登记\n售后部：核实\n！断点 靠微信\n！@断点 核实本身断了\n！->瓶颈 交接慢\n！S 数据不通\n"
        "可行？\n  否 -> 核实\n  ！痛点 退回没理由"
    )
    names = {s.ref: s.name for s in parsed.steps}
    where = [
        (f.type, (names[f.on_flow[0]], names[f.on_flow[1]]) if f.on_flow else names.get(f.step_ref))
        for f in parsed.findings
    ]
    assert where == [
        (FindingType.BREAKPOINT, ("登记", "核实")),
        (FindingType.BREAKPOINT, "核实"),
        (FindingType.BOTTLENECK, ("登记", "核实")),
        (FindingType.INFORMATION_SILO, "核实"),
        (FindingType.PAIN_POINT, ("可行？", "核实")),  # right below an arrow: on that flow
    ]


def test_a_finding_before_any_step_is_on_the_whole_map():
    (finding,) = parse("！痛点 上架周期太长，严重").findings
    assert finding.step_ref == "" and finding.severity is Severity.CRITICAL


def test_the_interview_header_gives_the_findings_below_their_evidence():
    parsed = parse(
        "@ 李娜，客服主管，客服部，2026-11-20，电话访谈\n> 夜班只有一人\n客服部：登记\n！瓶颈 慢\n"
        "@ 王敏，，设计部，2026年11月21日，流程研讨会\n！痛点 改稿多\n@\n！改进 统一入口"
    )
    first, second = parsed.interviews
    assert (first.interviewee, first.role, first.department, first.occasion) == (
        "李娜",
        "客服主管",
        "客服部",
        "电话访谈",
    )
    assert first.date == dt.date(2026, 11, 20) and first.notes == ["夜班只有一人"]
    assert (second.role, second.department, second.kind) == ("", "设计部", InterviewKind.WORKSHOP)
    assert [f.interview_ref for f in parsed.findings] == [first.ref, second.ref, ""]


def test_unreadable_lines_say_why_and_the_rest_still_counts():
    parsed = parse("登记\n客服部：登记，并告诉客户\n  否 -> 没有这步\n！嗯 什么类型\n# \n回复")
    messages = {p.line: p.message for p in parsed.problems}
    assert set(messages) == {0, 1, 2, 3, 4}
    assert "客服部" in messages[0]  # whose step: start with the department
    assert "并告诉客户" in messages[1] and "没有这步" in messages[2]
    assert [s.name for s in parsed.steps] == ["登记", "回复"]
    problem = next(p for p in parsed.problems if p.line == 1)
    assert parsed.lines[1].text[problem.start : problem.end] == "并告诉客户"


def test_pasted_notes_with_bullets_and_numbers_are_read():
    parsed = parse("1. 客服部：登记\n2、回复客户\n• 结束")
    assert [s.name for s in parsed.steps] == ["登记", "回复客户", "结束"]


def test_an_edited_line_keeps_its_ref_and_new_lines_get_new_ones():
    before = parse("客服部：登记\n回复\n结束").lines_with_refs()
    after = carry_refs(before, ["客服部：登记投诉", "核实", "回复", "结束"])
    assert after[0].ref == before[0].ref and after[2].ref == before[1].ref and after[3].ref == before[2].ref
    assert after[1].ref == ""
    reparsed = parse_outline(after)
    assert reparsed.steps[0].ref == before[0].ref and reparsed.steps[1].ref not in {line.ref for line in before}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.sampled_from("客服部：:，,、→->？?！!#@+《》()（）12分钟小时天 \t瓶颈断点|/>x"), max_size=30
        )
    )
)
def test_any_text_is_read_without_an_exception_and_every_line_is_kept(texts):
    lines = [OutlineLine(text=t) for t in texts]
    parsed = parse_outline(lines)
    assert [line.text for line in parsed.lines] == texts
    for problem in parsed.problems:
        assert 0 <= problem.line <= max(len(texts), 1) and problem.message


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_is_read_without_an_exception(text):
    parse_outline(lines_from_text(text))
