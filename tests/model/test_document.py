"""The Document's mutation primitives keep the index right and announce every change."""

import pytest

from opsflow_desktop.model import Document, DocumentError, Lane, ProcessMap, Step, UnknownElementError


def recorder(doc: Document, *names: str) -> list:
    calls: list = []
    for name in names:
        getattr(doc.events, name).connect(lambda *args, _n=name: calls.append((_n, *args)))
    return calls


def test_insert_indexes_a_map_with_its_children_and_announces_it():
    doc = Document()
    lane = Lane(name="运营部")
    m = ProcessMap(name="现状", lanes=[lane])
    calls = recorder(doc, "map_added", "changed")
    doc.insert(m, None)
    assert doc.get(lane.id) is lane and doc.map_of(lane.id) is m
    assert calls == [("map_added", m, None, 0), ("changed",)]


def test_remove_returns_what_insert_needs_to_restore_the_position(small):
    doc = small.doc
    calls = recorder(doc, "step_removed")
    element, parent_id, index = doc.remove(small.b.id)
    assert (element, parent_id, index) == (small.b, small.map.id, 1)
    assert small.b.id not in doc
    assert calls == [("step_removed", small.b, small.map.id, 1)]
    doc.insert(element, parent_id, index)
    assert [s.name for s in small.map.steps] == ["选品会", "资料整理", "素材制作"]


def test_update_validates_converts_and_returns_old_values(small):
    calls = recorder(small.doc, "element_changed")
    old = small.doc.update(small.a.id, {"waiting_hours": "4.5", "name": "选品评审会"})
    assert old == {"waiting_hours": 0.0, "name": "选品会"}
    assert small.a.waiting_hours == 4.5 and small.a.name == "选品评审会"
    assert calls == [("element_changed", small.a.id, {"waiting_hours": 4.5, "name": "选品评审会"})]


@pytest.mark.parametrize("changes", [{"waiting_hours": -1}, {"nonsense": 1}, {"id": "x"}, {"steps": []}])
def test_update_refuses_bad_changes_and_leaves_the_element_alone(small, changes):
    before = small.a.model_dump()
    with pytest.raises(DocumentError):
        small.doc.update(small.a.id, changes)
    assert small.a.model_dump() == before


def test_meta_and_scope_are_addressable(small):
    small.doc.update("meta", {"title": "商品上架流程说明书"})
    small.doc.update("scope", {"in_scope": ["选品到上架"]})
    assert small.doc.project.meta.title == "商品上架流程说明书"
    assert small.doc.project.scope.in_scope == ["选品到上架"]


def test_duplicate_ids_are_refused(small):
    clone = Step(id=small.a.id, name="copy", lane_id=small.lane1.id, phase_id=small.phase1.id)
    with pytest.raises(DocumentError, match=small.a.id):
        small.doc.insert(clone, small.map.id)
    assert len(small.map.steps) == 3


def test_map_children_must_go_into_a_map(small):
    with pytest.raises(DocumentError):
        small.doc.insert(Lane(name="x"), None)


def test_move_reorders_and_announces(small):
    calls = recorder(small.doc, "lane_moved")
    assert small.doc.move(small.lane2.id, 0) == 1
    assert [lane.name for lane in small.map.lanes] == ["设计部", "商品部"]
    assert calls == [("lane_moved", small.lane2, 1, 0)]


def test_unknown_ids_say_which_id(small):
    with pytest.raises(UnknownElementError, match="step_missing"):
        small.doc.get("step_missing")


def test_signal_disconnect_stops_delivery():
    doc = Document()
    calls = []
    handler = calls.append
    doc.events.changed.connect(lambda: handler("x"))
    doc.events.changed.emit()
    assert calls == ["x"]
    listener = []
    doc.events.map_added.connect(listener.append)
    doc.events.map_added.disconnect(listener.append)
    doc.insert(ProcessMap(name="m"), None)
    assert listener == []


def test_update_of_a_nested_element_field(small):
    from opsflow_desktop.model import Evidence, Finding

    finding = Finding(type="pain_point", target_id=small.a.id)
    small.doc.insert(finding, small.map.id)
    small.doc.update(finding.id, {"evidence": {"source": "运营专员", "date": "2026-10-30"}})
    assert finding.evidence == Evidence(source="运营专员", date="2026-10-30")
    with pytest.raises(DocumentError):
        small.doc.update(finding.id, {"evidence": {"date": "soon"}})
