"""The result of a dot vote: totals, shared ranks, and ballots for what was removed since."""

from __future__ import annotations

from opsflow_desktop.analysis import votes
from opsflow_desktop.model import Ballot, DotVote, Finding, FindingStatus, FindingType, ProcessMap, Severity


def _map() -> ProcessMap:
    findings = [
        Finding(id="f1", type=FindingType.BOTTLENECK, target_id="s", severity=Severity.LOW),
        Finding(id="f2", type=FindingType.PAIN_POINT, target_id="s", severity=Severity.CRITICAL),
        Finding(id="f3", type=FindingType.RISK_POINT, target_id="s"),
        Finding(id="f4", type=FindingType.RISK_POINT, target_id="s", status=FindingStatus.RESOLVED),
    ]
    return ProcessMap(id="m", name="现状", findings=findings)


def test_equal_dots_share_a_rank_and_the_more_severe_comes_first():
    vote = DotVote(
        map_id="m",
        voters=["a", "b"],
        ballots=[
            Ballot(voter="a", target_id="f1", dots=2),
            Ballot(voter="b", target_id="f2", dots=2),
            Ballot(voter="", target_id="f3", dots=1),
        ],
    )
    ranked = votes.ranking(vote, _map())
    assert [(r.target_id, r.rank) for r in ranked] == [("f2", 1), ("f1", 1), ("f3", 3)]
    assert votes.share(vote, _map()) == {"f1": 1.0, "f2": 1.0, "f3": 0.5}


def test_resolved_and_removed_findings_are_not_counted():
    vote = DotVote(map_id="m", ballots=[Ballot(target_id="f4", dots=3), Ballot(target_id="gone", dots=5)])
    assert votes.candidates(vote, _map()) == ["f1", "f2", "f3"]
    assert votes.totals(vote, _map()) == {} and votes.ranking(vote, _map()) == []


def test_dots_left_counts_only_the_participants_own():
    vote = DotVote(map_id="m", dots_each=3, ballots=[Ballot(voter="a", target_id="f1", dots=2)])
    assert votes.dots_left(vote, "a") == 1 and votes.dots_left(vote, "b") == 3
