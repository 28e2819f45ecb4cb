"""Map -> interview text -> map gives the same process: names, lanes, stages, flows, labels, times and findings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opsflow_desktop import i18n
from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.io import load_project
from opsflow_desktop.io.text.lines import lines_from_text
from opsflow_desktop.io.text.reader import parse_outline
from opsflow_desktop.io.text.writer import text_lines, write_outline
from opsflow_desktop.model import (
    Document,
    Finding,
    FindingType,
    Flow,
    Lane,
    Phase,
    ProcessMap,
    Project,
    Severity,
    Step,
    StepKind,
)
from opsflow_desktop.paths import resources_dir, sample_project


def process(m: ProcessMap) -> dict:
    """What a reader of the map sees, without ids or positions."""
    lanes = {lane.id: lane.name for lane in m.lanes}
    phases = {phase.id: phase.name for phase in m.phases}
    names = {s.id: s.name for s in m.steps}
    flow_ends = {f.id: (names[f.source_id], names[f.target_id]) for f in m.flows}

    def where(target: str) -> object:
        return "map" if target == m.id else names.get(target) or flow_ends.get(target)

    return {
        "lanes": sorted(lanes.values()),
        "phases": list(phases.values()),
        "steps": sorted(
            (
                s.name,
                lanes[s.lane_id],
                phases[s.phase_id],
                s.kind.value,
                round(s.processing_hours, 6),
                round(s.waiting_hours, 6),
                tuple(s.inputs),
                tuple(s.outputs),
            )
            for s in m.steps
        ),
        "flows": sorted((names[f.source_id], names[f.target_id], f.label, f.probability or 0) for f in m.flows),
        "findings": sorted(
            (f.type.value, f.title, f.severity.value, str(where(f.target_id)))
            for f in m.findings
            if f.target_id not in lanes
        ),
    }


def rebuilt(project: Project, m: ProcessMap) -> ProcessMap:
    text = text_lines(write_outline(project, m))
    editor = DocumentEditor(Document())
    new = editor.add_map("rebuilt")
    parsed = parse_outline(lines_from_text(text))
    assert not parsed.problems, (text, parsed.problems)
    editor.type_outline(new.id, parsed)
    return editor.doc.get(new.id)


# The sample and every template the application ships (resources/templates, when there are any).
SHIPPED = [sample_project(), *sorted((resources_dir() / "templates").glob("*.opsflow"))]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_map_survives_the_round_trip(path, language, monkeypatch):
    monkeypatch.setattr(i18n, "_language", language)
    project = load_project(path)
    for m in project.maps:
        assert process(rebuilt(project, m)) == process(m)


NAMES = ["登记", "核实", "审核", "回复客户", "退款", "发货", "打包", "回访", "复盘", "选品会", "拍摄", "定价"]
LANES = ["客服部", "售后部", "财务部", "仓储部"]
STAGES = ["受理", "处理", "回访"]


@st.composite
def maps(draw) -> tuple[Project, ProcessMap]:
    lanes = [Lane(name=n) for n in draw(st.lists(st.sampled_from(LANES), min_size=1, max_size=4, unique=True))]
    phases = [Phase(name=n) for n in draw(st.lists(st.sampled_from(STAGES), min_size=1, max_size=3, unique=True))]
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=len(NAMES), unique=True))
    kinds = [k for k in StepKind]
    steps = []
    for index, name in enumerate(names):
        kind = draw(st.sampled_from(kinds))
        steps.append(
            Step(
                name=name + ("？" if kind is StepKind.DECISION and draw(st.booleans()) else ""),
                kind=kind,
                lane_id=draw(st.sampled_from(lanes)).id,
                phase_id=draw(st.sampled_from(phases)).id,
                x=float(index * 10),
                processing_hours=draw(st.sampled_from([0, 1 / 12, 0.5, 2, 1.5, 24, 72])),
                waiting_hours=draw(st.sampled_from([0, 1 / 6, 8, 48])),
                inputs=draw(st.lists(st.sampled_from(["《投诉单》", "订单", "退货单"]), max_size=2, unique=True)),
                outputs=draw(st.lists(st.sampled_from(["《回访记录》", "退款单"]), max_size=2, unique=True)),
            )
        )
    pairs = draw(
        st.lists(
            st.tuples(st.sampled_from(steps), st.sampled_from(steps)).filter(lambda p: p[0] is not p[1]),
            max_size=2 * len(steps),
            unique_by=lambda p: (p[0].id, p[1].id),
        )
    )
    flows = [
        Flow(
            source_id=a.id,
            target_id=b.id,
            label=draw(st.sampled_from(["", "是", "否", "重新提交"])),
            probability=draw(st.sampled_from([None, 0.3, 0.7])),
        )
        for a, b in pairs
    ]
    m = ProcessMap(name="生成", lanes=lanes, phases=phases, steps=steps, flows=flows)
    targets = [m.id] + [s.id for s in steps] + [f.id for f in flows]
    m.findings = [
        Finding(
            type=draw(st.sampled_from(list(FindingType))),
            target_id=draw(st.sampled_from(targets)),
            title=draw(st.sampled_from(["慢", "靠微信交接", "重复录入", "没人负责"])),
            severity=draw(st.sampled_from(list(Severity))),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    return Project(maps=[m]), m


@settings(max_examples=150, deadline=None)
@given(maps())
def test_generated_maps_survive_the_round_trip(generated):
    project, m = generated
    assert process(rebuilt(project, m)) == process(m)


def test_findings_keep_their_interviews_through_the_text():
    from opsflow_desktop.model import Evidence, Interview

    project = load_project(sample_project())
    m = project.maps[0]
    first, second = Interview(interviewee="李娜", role="主管"), Interview(interviewee="王五")
    project.interviews = [first, second]
    for index, finding in enumerate(m.findings):
        chosen = [first, None, second][index % 3]
        finding.evidence = Evidence(source=chosen.speaker, interview_id=chosen.id) if chosen else Evidence()
    editor = DocumentEditor(Document(project))
    from opsflow_desktop.io.text.lines import carry_refs

    before = {f.id: f.evidence.interview_id for f in m.findings}
    shown = write_outline(project, m)
    assert any(line.text == "@" for line in shown)  # a finding from no interview after one that has one
    editor.type_outline(m.id, parse_outline(carry_refs(shown, [line.text for line in shown])))
    assert {f.id: f.evidence.interview_id for f in editor.doc.get(m.id).findings} == before
