"""Arrange, align, distribute and paste are each one undo step."""

from opsflow_desktop.editing.clipboard import copy_fragment
from tests.editing.test_editor import undoable


def test_arrange_is_one_undo_step(small):
    small.editor.connect(small.a.id, small.c.id)
    undoable(
        small,
        lambda: small.editor.arrange(small.map.id),
        lambda: None if small.a.x < small.b.x else (_ for _ in ()).throw(AssertionError("order")),
    )


def test_align_left_and_distribute(small):
    def then():
        assert small.a.x == small.b.x == small.c.x

    undoable(small, lambda: small.editor.align_steps([small.a.id, small.b.id, small.c.id], "left"), then)
    small.editor.move_steps({small.a.id: (20, 20), small.b.id: (20, 40), small.c.id: (20, 220)})

    def spaced():
        ys = sorted(s.y for s in (small.a, small.b, small.c))
        assert abs((ys[1] - ys[0]) - (ys[2] - ys[1])) < 1e-6

    undoable(small, lambda: small.editor.distribute_steps([small.a.id, small.b.id, small.c.id], False), spaced)


def test_paste_into_another_map_matches_lanes_by_name_and_keeps_inner_flows(small):
    fragment = copy_fragment(small.doc, [small.a.id, small.b.id])
    target = small.editor.derive_target(small.map.id)

    def then():
        pasted = target.steps[-2:]
        assert [s.name for s in pasted] == ["选品会", "资料整理"]
        assert {s.lane_id for s in pasted} == {target.lanes[0].id}
        assert target.flows[-1].source_id == pasted[0].id and target.flows[-1].target_id == pasted[1].id
        assert all(s.source_step_ids == [] for s in pasted)

    undoable(small, lambda: small.editor.paste(target.id, fragment, dx=20, dy=0), then)


def test_paste_of_garbage_is_refused(small):
    import pytest

    from opsflow_desktop.model import DocumentError

    assert small.editor.paste(small.map.id, {"hello": 1}) == []
    for garbage in ([{"id": "x"}], [1], [{"id": ["x"], "x": 0, "y": 0}], [{"id": "x", "x": "1", "y": 0}]):
        assert small.editor.paste(small.map.id, {"format": "opsflow-fragment/1", "steps": garbage}) == []
    well_shaped_but_invalid = {
        "format": "opsflow-fragment/1",
        "flows": [],
        "steps": [{"id": "x", "x": 0, "y": 0, "name": "n", "kind": "bogus"}],
    }
    with pytest.raises(DocumentError):
        small.editor.paste(small.map.id, well_shaped_but_invalid)
