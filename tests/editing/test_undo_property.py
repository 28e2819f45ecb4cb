"""Property: any sequence of 200+ edits keeps the document valid, and undo/redo replay it exactly.

The editor's own invariant check is switched off here, so the commands themselves must keep every
invariant (a refusal would otherwise hide a broken command).
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.model import Document, FindingType, Lane, MapKind, Phase, Side, Step, StepKind, find_violations
from tests.conftest import snapshot

EDITS = 200
_unique = itertools.count()  # department names must differ
names = st.text(alphabet="选品会素材审批上架运营仓储ABC xyz123", min_size=1, max_size=8).filter(str.strip)
coordinates = st.floats(min_value=-50, max_value=2000, allow_nan=False, allow_infinity=False)
hours = st.floats(min_value=0, max_value=200, allow_nan=False, allow_infinity=False)


def elements(doc: Document, cls: type) -> list:
    found = []
    for m in doc.maps:
        for collection in ("lanes", "phases", "steps", "flows", "findings"):
            found += [e for e in getattr(m, collection) if isinstance(e, cls)]
    return found


def one_edit(data: st.DataObject, editor: DocumentEditor) -> bool:
    """Try one random edit; False when the chosen kind of edit has nothing to act on."""
    doc = editor.doc
    draw = data.draw
    maps = doc.maps
    steps = elements(doc, Step)
    op = draw(
        st.sampled_from(
            [
                "add_step",
                "add_step",
                "add_step",
                "connect",
                "connect",
                "move",
                "nudge",
                "resize_step",
                "set_step",
                "remove",
                "add_lane",
                "add_phase",
                "move_band",
                "resize_band",
                "add_finding",
                "set_finding",
                "derive",
                "department",
                "remove_department",
                "goal",
                "rename",
                "meta",
                "reconnect",
                "add_map",
                "remove_map",
                "undo",
                "redo",
                "add_next",
                "add_next",
                "duplicate_map",
                "move_map",
                "map_source",
                "bend",
                "department_lane",
                "link_lane",
                "departments_from_lanes",
                "fill_raci",
                "rename_department",
                "move_department",
                "details",
            ]
        )
    )
    if op == "undo":
        if not editor.stack.can_undo():
            return False
        editor.stack.undo()
    elif op == "redo":
        if not editor.stack.can_redo():
            return False
        editor.stack.redo()
    elif op == "add_step":
        usable = [m for m in maps if m.lanes and m.phases]
        if not usable:
            return False
        m = draw(st.sampled_from(usable))
        lane, phase = draw(st.sampled_from(m.lanes)), draw(st.sampled_from(m.phases))
        kind = draw(st.sampled_from(list(StepKind)))
        editor.add_step(m.id, draw(names), lane.id, phase.id, kind=kind, processing_hours=draw(hours))
    elif op == "connect":
        if len(steps) < 2:
            return False
        a = draw(st.sampled_from(steps))
        linked = {f.target_id for f in doc.map_of(a.id).flows if f.source_id == a.id}
        partners = [s for s in doc.map_of(a.id).steps if s.id != a.id and s.id not in linked]
        if not partners:
            return False
        editor.connect(
            a.id, draw(st.sampled_from(partners)).id, draw(names), draw(st.none() | st.floats(min_value=0, max_value=1))
        )
    elif op == "reconnect":
        flows = [f for m in maps for f in m.flows]
        if not flows:
            return False
        flow = draw(st.sampled_from(flows))
        linked = {f.target_id for f in doc.map_of(flow.id).flows if f.source_id == flow.source_id}
        candidates = [s for s in doc.map_of(flow.id).steps if s.id != flow.source_id and s.id not in linked]
        if not candidates:
            return False
        editor.reconnect(flow.id, target_id=draw(st.sampled_from(candidates)).id)
    elif op in ("move", "nudge", "resize_step", "set_step"):
        if not steps:
            return False
        m = draw(st.sampled_from([m for m in maps if m.steps]))
        chosen = draw(st.lists(st.sampled_from(m.steps), min_size=1, max_size=3, unique_by=lambda s: s.id))
        if op == "move":
            editor.move_steps({s.id: (draw(coordinates), draw(coordinates)) for s in chosen})
        elif op == "nudge":
            editor.nudge_steps(
                [s.id for s in chosen], draw(st.sampled_from([-10, 10, 0])), draw(st.sampled_from([-10, 10]))
            )
        elif op == "resize_step":
            editor.resize_step(
                chosen[0].id, draw(coordinates), draw(coordinates), draw(st.floats(40, 300)), draw(st.floats(30, 300))
            )
        else:
            editor.set_fields(
                chosen[0].id,
                {
                    "name": draw(names),
                    "waiting_hours": draw(hours),
                    "inputs": draw(st.lists(names, max_size=3)),
                    "kind": draw(st.sampled_from(list(StepKind))),
                },
            )
    elif op == "remove":
        candidates = (
            steps
            + [f for m in maps for f in m.flows]
            + [f for m in maps for f in m.findings]
            + elements(doc, Lane)
            + elements(doc, Phase)
        )
        if not candidates:
            return False
        m_ids = draw(st.lists(st.sampled_from(candidates), min_size=1, max_size=3, unique_by=lambda e: e.id))
        # all from one map keeps the selection realistic
        first_map = doc.map_of(m_ids[0].id)
        editor.remove([e.id for e in m_ids if doc.map_of(e.id) is first_map])
    elif op in ("add_lane", "add_phase"):
        if not maps:
            return False
        m = draw(st.sampled_from(maps))
        add = editor.add_lane if op == "add_lane" else editor.add_phase
        add(m.id, draw(names), index=draw(st.integers(0, 5)))
    elif op in ("move_band", "resize_band"):
        bands = elements(doc, Lane) + elements(doc, Phase)
        if not bands:
            return False
        band = draw(st.sampled_from(bands))
        if op == "move_band":
            editor.move_band(band.id, draw(st.integers(0, 5)))
        else:
            editor.resize_band(band.id, draw(st.floats(40, 600)))
    elif op == "add_finding":
        targets = steps + [f for m in maps for f in m.flows] + elements(doc, Lane) + list(maps)
        if not targets:
            return False
        editor.add_finding(
            draw(st.sampled_from(targets)).id, draw(st.sampled_from(list(FindingType))), title=draw(names)
        )
    elif op == "set_finding":
        findings = [f for m in maps for f in m.findings]
        if not findings:
            return False
        editor.set_fields(
            draw(st.sampled_from(findings)).id,
            {"severity": draw(st.sampled_from(["low", "high"])), "description": draw(names)},
        )
    elif op == "derive":
        current = [m for m in maps if m.kind is MapKind.CURRENT]
        if not current or len(maps) >= 4:
            return False
        editor.derive_target(draw(st.sampled_from(current)).id)
    elif op == "department":
        department = editor.add_department(f"{draw(names)}#{next(_unique)}")
        if steps:
            editor.set_fields(draw(st.sampled_from(steps)).id, {"raci": {department.id: "A"}})
        lanes = elements(doc, Lane)
        if lanes:
            editor.set_fields(draw(st.sampled_from(lanes)).id, {"department_id": department.id})
    elif op == "remove_department":
        if not doc.project.departments:
            return False
        editor.remove_department(draw(st.sampled_from(doc.project.departments)).id)
    elif op == "goal":
        current = [m for m in maps if m.kind is MapKind.CURRENT]
        editor.add_goal(draw(names), "lead_time_hours", draw(hours), current_map_id=current[0].id if current else None)
    elif op == "rename":
        renameable = elements(doc, Lane) + elements(doc, Phase) + steps + list(maps)
        if not renameable:
            return False
        chosen = draw(st.sampled_from(renameable))
        editor.rename(chosen.id, draw(names) + (f"#{next(_unique)}" if chosen in maps else ""))  # map names differ
    elif op == "meta":
        editor.set_fields("meta", {"title": draw(names), "version": draw(st.sampled_from(["V1.0", "V1.1"]))})
    elif op == "add_map":
        if len(maps) >= 4:
            return False
        editor.add_map(draw(names))
    elif op == "remove_map":
        if len(maps) <= 1:
            return False
        editor.remove_map(draw(st.sampled_from(maps)).id)
    elif op == "add_next":
        if not steps:
            return False
        source = draw(st.sampled_from(steps))
        editor.add_next_step(source.id, draw(st.sampled_from(["right", "down"])), draw(names))
    elif op == "duplicate_map":
        if not maps or len(maps) >= 4:
            return False
        editor.duplicate_map(draw(st.sampled_from(maps)).id)
    elif op == "move_map":
        if len(maps) < 2:
            return False
        editor.move_map(draw(st.sampled_from(maps)).id, draw(st.integers(0, len(maps) - 1)))
    elif op == "map_source":
        targets = [m for m in maps if m.kind is MapKind.TARGET]
        current = [m for m in maps if m.kind is MapKind.CURRENT]
        if not targets:
            return False
        editor.set_map_source(
            draw(st.sampled_from(targets)).id, draw(st.sampled_from([None, *[m.id for m in current]]))
        )
    elif op == "bend":
        flows = [f for m in maps for f in m.flows]
        if not flows:
            return False
        flow = draw(st.sampled_from(flows))
        if draw(st.booleans()):
            editor.set_flow_route(flow.id, [(draw(coordinates), draw(coordinates))], Side.BOTTOM, None)
        else:
            editor.reset_flow_route(flow.id)
    elif op == "department_lane":
        if not maps:
            return False
        editor.add_department_lane(draw(st.sampled_from(maps)).id, draw(names))
    elif op == "link_lane":
        lanes = elements(doc, Lane)
        if not lanes:
            return False
        choices = [None, *[d.id for d in doc.project.departments]]
        editor.link_lane(draw(st.sampled_from(lanes)).id, draw(st.sampled_from(choices)))
    elif op == "departments_from_lanes":
        editor.departments_from_lanes()
    elif op == "fill_raci":
        if not maps:
            return False
        editor.fill_raci_from_lanes(draw(st.sampled_from(maps)).id)
    elif op in ("rename_department", "move_department"):
        if not doc.project.departments:
            return False
        department = draw(st.sampled_from(doc.project.departments))
        if op == "rename_department":
            editor.rename_department(department.id, f"{draw(names)}#{next(_unique)}")
        else:
            editor.move_department(department.id, draw(st.integers(0, len(doc.project.departments) - 1)))
    elif op == "details":
        editor.set_project_details(
            {"title": draw(names), "terms": [{"term": draw(names), "definition": "x"}]},
            {"in_scope": draw(st.lists(names, max_size=2))},
        )
    return True


@st.composite
def initial_documents(draw) -> Document:
    doc = Document()
    editor = DocumentEditor(doc)
    m = editor.add_map(draw(names))
    for _ in range(draw(st.integers(1, 3))):
        editor.add_lane(m.id, draw(names))
    for _ in range(draw(st.integers(1, 3))):
        editor.add_phase(m.id, draw(names))
    for _ in range(draw(st.integers(0, 6))):
        editor.add_step(m.id, draw(names), draw(st.sampled_from(m.lanes)).id, draw(st.sampled_from(m.phases)).id)
    return Document(doc.project.model_copy(deep=True))  # a fresh document with no history


def index_is_consistent(doc: Document) -> bool:
    return set(Document(doc.project)._element) == set(doc._element)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(initial=initial_documents(), data=st.data())
def test_random_edits_stay_valid_and_undo_redo_exactly(initial: Document, data: st.DataObject):
    doc = initial
    editor = DocumentEditor(doc)
    editor.check_invariants = False
    original = snapshot(doc)
    done = attempts = 0
    while done < EDITS and attempts < EDITS * 5:
        attempts += 1
        if one_edit(data, editor):
            done += 1
            assert find_violations(doc.project) == [], f"after edit {done}: {editor.stack.undo_text()}"
            assert index_is_consistent(doc)
    assert done >= EDITS
    final, final_index = snapshot(doc), editor.stack.index

    while editor.stack.can_undo():
        editor.stack.undo()
    assert snapshot(doc) == original
    assert index_is_consistent(doc)
    while editor.stack.index < final_index:
        editor.stack.redo()
    assert snapshot(doc) == final


def one_invalid_edit(data: st.DataObject, editor: DocumentEditor) -> None:
    """An edit the editor must refuse (DocumentError), touching nothing."""
    doc, draw = editor.doc, data.draw
    steps = elements(doc, Step)
    step = draw(st.sampled_from(steps)) if steps else None
    choice = draw(st.sampled_from(["lane", "self", "hours", "nan", "finding", "kind", "unknown"]))
    if step is None or choice == "unknown":
        editor.set_fields("step_does_not_exist", {"name": "x"})
    elif choice == "lane":
        editor.set_fields(step.id, {"lane_id": "lane_nowhere"})
    elif choice == "self":
        editor.connect(step.id, step.id)
    elif choice == "hours":
        editor.set_fields(step.id, {"processing_hours": -draw(st.floats(0.1, 100))})
    elif choice == "nan":
        editor.move_steps({step.id: (float("nan"), 0.0)})
    elif choice == "finding":
        phases = elements(doc, Phase)
        editor.add_finding(phases[0].id if phases else "nowhere", FindingType.BOTTLENECK)
    else:
        editor.set_fields(step.id, {"kind": "not_a_kind"})


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(initial=initial_documents(), data=st.data())
def test_refused_edits_leave_document_and_history_untouched(initial: Document, data: st.DataObject):
    from opsflow_desktop.model import DocumentError

    editor = DocumentEditor(initial)
    original = snapshot(initial)
    for _ in range(60):
        if data.draw(st.booleans()):
            one_edit(data, editor)
        else:
            before, depth = snapshot(initial), len(editor.stack)
            try:
                one_invalid_edit(data, editor)
            except DocumentError:
                pass
            else:
                raise AssertionError("an invalid edit was accepted")
            assert snapshot(initial) == before and len(editor.stack) == depth
    while editor.stack.can_undo():
        editor.stack.undo()
    assert snapshot(initial) == original
