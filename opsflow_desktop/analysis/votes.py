"""The result of a dot vote: dots per finding (or step), who has dots left, and the ranking the room agreed.

Ballots for something removed since are ignored rather than refused: deleting a finding must stay possible
after the room has voted on it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import DotVote, FindingStatus, ProcessMap, Severity, VoteSubject
from ..model.traits import SEVERITIES

TALLY = ""
_STILL_OPEN = (FindingStatus.OPEN, FindingStatus.IN_PROGRESS)  # the voter of dots entered as a count for the whole room


@dataclass(frozen=True)
class Ranked:
    target_id: str
    dots: int
    rank: int  # 1 = most dots; equal dots share a rank (1, 2, 2, 4)


def candidates(vote: DotVote, process_map: ProcessMap) -> list[str]:
    """What the room can vote on, in the map's order: its open findings, or its steps."""
    if vote.subject is VoteSubject.STEPS:
        return [step.id for step in process_map.steps]
    return [f.id for f in process_map.findings if f.status in _STILL_OPEN]


def totals(vote: DotVote, process_map: ProcessMap) -> dict[str, int]:
    """Dots on each candidate that has any."""
    allowed = set(candidates(vote, process_map))
    counted: Counter[str] = Counter()
    for ballot in vote.ballots:
        if ballot.target_id in allowed:
            counted[ballot.target_id] += ballot.dots
    return dict(counted)


def dots_used(vote: DotVote, voter: str) -> int:
    return sum(b.dots for b in vote.ballots if b.voter == voter)


def dots_left(vote: DotVote, voter: str) -> int:
    return max(0, vote.dots_each - dots_used(vote, voter))


def dots_on(vote: DotVote, target_id: str, voter: str | None = None) -> int:
    return sum(b.dots for b in vote.ballots if b.target_id == target_id and (voter is None or b.voter == voter))


def ranking(vote: DotVote, process_map: ProcessMap) -> list[Ranked]:
    """Candidates with dots, most first. Ties keep the more severe finding first, then the map's order;
    they share a rank, so the register shows that the room did not separate them."""
    counted = totals(vote, process_map)
    order = {target: index for index, target in enumerate(candidates(vote, process_map))}
    severity = {f.id: f.severity for f in process_map.findings}
    weight = {value: index for index, value in enumerate(SEVERITIES)}

    def key(target: str) -> tuple[int, int, int]:
        return (-counted[target], -weight.get(severity.get(target, Severity.LOW), 0), order[target])

    result: list[Ranked] = []
    for position, target in enumerate(sorted(counted, key=key), start=1):
        tied = result and result[-1].dots == counted[target]
        result.append(Ranked(target, counted[target], result[-1].rank if tied else position))
    return result


def share(vote: DotVote, process_map: ProcessMap) -> dict[str, float]:
    """Each candidate's dots relative to the most voted one (0..1], for the heat the map shows."""
    counted = totals(vote, process_map)
    most = max(counted.values(), default=0)
    return {target: dots / most for target, dots in counted.items()} if most else {}
