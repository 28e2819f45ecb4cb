"""Where a walk-through is, without a window: stages, steps, hand-offs, and keeping its place after an edit."""

from __future__ import annotations

from opsflow_desktop.app.presentation.walk import Mode, Walk
from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.io import load_project
from opsflow_desktop.model import Document
from opsflow_desktop.paths import sample_project

READABLE = (923.0, 519.0)


def _walk():
    doc = Document(load_project(sample_project()))
    return doc, Walk(doc.maps[0], READABLE)


def test_from_the_overview_through_the_stages_and_back():
    _doc, walk = _walk()
    assert walk.mode is Mode.OVERVIEW and walk.caption() == "Overview"
    assert walk.next() and walk.mode is Mode.STAGE and walk.frame == 0
    while walk.next():
        pass
    assert walk.frame == len(walk.frames) - 1
    assert walk.previous() and walk.frame == len(walk.frames) - 2
    assert walk.overview() and not walk.overview()


def test_enter_goes_to_the_first_step_of_the_stage_and_back_to_its_stage():
    _doc, walk = _walk()
    walk.next()
    walk.next()  # the first stage's second part: 仓储部
    assert walk.toggle_steps() and walk.mode is Mode.STEP
    names = {s.id: s.name for s in walk.map.steps}
    assert names[walk.current_step_id()] == "库存确认"
    assert walk.toggle_steps() and walk.mode is Mode.STAGE and walk.frame == 1


def test_tab_goes_round_the_hand_offs_of_the_step():
    _doc, walk = _walk()
    review = next(s for s in walk.map.steps if s.name == "素材评审")
    walk.go_to_step(review.id)
    handoffs = walk.handoffs()
    assert len(handoffs) >= 2
    seen = [walk.focus_id()]
    for _ in range(len(handoffs) + 1):
        walk.cycle_focus(1)
        seen.append(walk.focus_id())
    assert seen[0] == review.id and seen[1:-1] == list(handoffs) and seen[-1] == review.id


def test_after_the_step_is_deleted_the_walk_stays_near_it():
    doc, walk = _walk()
    walk.go_to_step(walk.order[5])
    gone = walk.current_step_id()
    DocumentEditor(doc).remove([gone])
    walk.rebuild()
    assert walk.mode is Mode.STEP and gone not in walk.order and walk.current_step_id() == walk.order[5]


def test_a_target_map_follows_to_the_step_that_replaced_the_current_one():
    doc, walk = _walk()
    target = next(m for m in doc.maps if m.kind.value == "target")
    successor = next(s for s in target.steps if s.source_step_ids)
    walk.go_to_step(successor.source_step_ids[0])
    follower = Walk(target, READABLE)
    follower.follow(walk)
    assert follower.mode is Mode.STEP and successor.source_step_ids[0] in next(
        s.source_step_ids for s in target.steps if s.id == follower.current_step_id()
    )
