"""Workshops through the editor: findings captured in the room, dot votes, and the ranking as priorities."""

from __future__ import annotations

import pytest

from opsflow_desktop.analysis import votes
from opsflow_desktop.model import DocumentError, FindingType, Severity, VoteSubject


@pytest.fixture
def room(small):
    """The small map with two findings and a workshop with two participants."""
    first = small.editor.add_finding(small.a.id, FindingType.BOTTLENECK, title="选品会太长")
    second = small.editor.add_finding(small.c.id, FindingType.PAIN_POINT, title="素材返工", severity=Severity.HIGH)
    record = small.editor.start_workshop("选品研讨会")
    small.editor.stack.clear()
    return small, record, first, second


def test_a_finding_captured_in_the_room_cites_the_workshop_and_the_speaker(room):
    small, record, _first, _second = room
    finding = small.editor.capture_finding(record.id, small.b.id, FindingType.BREAKPOINT, "资料 靠邮件", "设计部 王敏")
    assert finding.title == "资料 靠邮件" and finding.target_id == small.b.id
    assert finding.evidence.interview_id == record.id and finding.evidence.source == "设计部 王敏"
    assert "选品研讨会" in finding.evidence.context
    small.editor.stack.undo()
    assert finding.id not in small.doc


def test_a_long_remark_becomes_a_short_title_and_the_whole_description(room):
    small, record, _first, _second = room
    said = "素材" * 50
    finding = small.editor.capture_finding(record.id, small.b.id, FindingType.PAIN_POINT, said)
    assert len(finding.title) == 60 and finding.title.endswith("…") and finding.description == said


def test_each_participant_has_only_their_dots_and_can_take_one_back(room):
    small, record, first, second = room
    vote = small.editor.start_vote(record.id, small.map.id, ["王敏", "李娜"], dots_each=2)
    small.editor.cast_dot(record.id, vote.id, "王敏", first.id)
    small.editor.cast_dot(record.id, vote.id, "王敏", first.id)
    with pytest.raises(DocumentError, match="used all 2 dots"):
        small.editor.cast_dot(record.id, vote.id, "王敏", second.id)
    small.editor.cast_dot(record.id, vote.id, "王敏", first.id, delta=-1)
    small.editor.cast_dot(record.id, vote.id, "王敏", second.id)
    with pytest.raises(DocumentError, match="no dots in this vote"):
        small.editor.cast_dot(record.id, vote.id, "外人", second.id)
    with pytest.raises(DocumentError, match="no dot there"):
        small.editor.cast_dot(record.id, vote.id, "李娜", second.id, delta=-1)
    stored = record.votes[0]
    assert votes.dots_used(stored, "王敏") == 2 and votes.totals(stored, small.map) == {first.id: 1, second.id: 1}


def test_closing_the_vote_makes_the_ranking_the_priority_in_one_undo_step(room):
    small, record, first, second = room
    first.priority = 1  # an earlier decision the room now revisits
    vote = small.editor.start_vote(record.id, small.map.id, ["王敏"], dots_each=3)
    small.editor.set_tally(record.id, vote.id, second.id, 7)
    small.editor.cast_dot(record.id, vote.id, "王敏", first.id)
    small.editor.close_vote(record.id, vote.id)
    assert small.editor.stack.undo_text() == "Take over the vote as priorities"
    assert (second.priority, first.priority) == (1, 2)
    assert record.votes[0].closed
    with pytest.raises(DocumentError, match="closed"):
        small.editor.cast_dot(record.id, vote.id, "王敏", first.id)
    small.editor.stack.undo()
    assert (second.priority, first.priority) == (None, 1) and not record.votes[0].closed


def test_findings_the_room_gave_no_dot_lose_their_old_priority(room):
    small, record, first, second = room
    first.priority = 1
    vote = small.editor.start_vote(record.id, small.map.id, ["王敏"])
    small.editor.cast_dot(record.id, vote.id, "王敏", second.id)
    small.editor.close_vote(record.id, vote.id)
    assert (second.priority, first.priority) == (1, None)


def test_a_vote_on_steps_ranks_steps_and_leaves_priorities_alone(room):
    small, record, first, _second = room
    vote = small.editor.start_vote(record.id, small.map.id, ["王敏"], subject=VoteSubject.STEPS)
    small.editor.cast_dot(record.id, vote.id, "王敏", small.c.id)
    with pytest.raises(DocumentError, match="steps"):
        small.editor.cast_dot(record.id, vote.id, "王敏", first.id)
    small.editor.close_vote(record.id, vote.id)
    assert [r.target_id for r in votes.ranking(record.votes[0], small.map)] == [small.c.id]
    assert first.priority is None


def test_a_map_without_open_findings_has_nothing_to_vote_on(small):
    record = small.editor.start_workshop("空")
    with pytest.raises(DocumentError, match="nothing to vote on"):
        small.editor.start_vote(record.id, small.map.id, ["王敏"])


def test_an_interview_is_not_a_workshop(small):
    record = small.editor.start_workshop("x")
    small.editor.set_fields(record.id, {"kind": "interview"})
    with pytest.raises(DocumentError, match="not a workshop"):
        small.editor.capture_finding(record.id, small.a.id, FindingType.PAIN_POINT, "x")


def test_a_tally_beyond_the_limit_is_refused_and_nothing_is_stored(room):
    """Not stored and then refused when the file is opened again: refused when typed."""
    small, record, first, _second = room
    vote = small.editor.start_vote(record.id, small.map.id, [])
    small.editor.set_tally(record.id, vote.id, first.id, 5)
    for count in (20_000, 10_001):
        with pytest.raises(DocumentError, match="10,000"):
            small.editor.set_tally(record.id, vote.id, first.id, count)
    assert record.votes[0].ballots[0].dots == 5
    small.editor.set_tally(record.id, vote.id, first.id, 0)
    assert record.votes[0].ballots == []
