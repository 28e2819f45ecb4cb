"""Workshops: the record of the meeting, findings captured in the room, and dot votes whose ranking becomes
the findings' priority. Builders of commands for the editor; no Qt.

A workshop is an ``Interview`` of kind ``WORKSHOP``. Its votes live in the record (``Interview.votes``) and are
edited by replacing the list, one undo step per dot, so "undo" takes back the last dot the room called out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..analysis.votes import TALLY, candidates, dots_left, dots_on, ranking
from ..i18n import tr
from ..model import Ballot, Document, DocumentError, DotVote, Finding, Interview, InterviewKind, VoteSubject
from ..model.workshop import MAX_BALLOT_DOTS as MAX_DOTS
from .command import Command, UpdateFieldsCommand


def workshop(doc: Document, workshop_id: str) -> Interview:
    record = doc.get(workshop_id)
    if not isinstance(record, Interview) or record.kind is not InterviewKind.WORKSHOP:
        raise DocumentError(tr("{id} is not a workshop record.", id=workshop_id))
    return record


def vote_of(record: Interview, vote_id: str) -> DotVote:
    for vote in record.votes:
        if vote.id == vote_id:
            return vote
    raise DocumentError(tr("The vote {id} is not part of this workshop.", id=vote_id))


def default_title(map_name: str, day: dt.date) -> str:
    return tr("{map} workshop {date}", map=map_name, date=day.isoformat())


def evidence_for(record: Interview, speaker: str) -> dict[str, Any]:
    """What a finding said in the room records as where it comes from."""
    context = " ".join(part for part in (record.date.isoformat() if record.date else "", record.title) if part)
    return {"source": speaker, "context": context, "date": record.date, "interview_id": record.id}


def _replace_votes(doc: Document, record: Interview, vote: DotVote, text: str) -> Command:
    votes = [vote if v.id == vote.id else v for v in record.votes]
    return UpdateFieldsCommand(doc, {record.id: {"votes": votes}}, text=text)


def start_vote(doc: Document, record: Interview, vote: DotVote) -> Command:
    process_map = doc.get(vote.map_id)
    if not candidates(vote, process_map):
        raise DocumentError(
            tr("There is nothing to vote on: the map has no open findings.")
            if vote.subject is VoteSubject.FINDINGS
            else tr("There is nothing to vote on: the map has no steps.")
        )
    return UpdateFieldsCommand(doc, {record.id: {"votes": [*record.votes, vote]}}, text=tr("Start a dot vote"))


def cast(doc: Document, record: Interview, vote: DotVote, voter: str, target_id: str, delta: int) -> Command:
    """One dot more (``delta`` 1) or less (-1) from ``voter`` on ``target_id``."""
    if vote.closed:
        raise DocumentError(tr("This vote is closed; start a new one to vote again."))
    if target_id not in candidates(vote, doc.get(vote.map_id)):
        raise DocumentError(
            tr("Only the map's open findings can get dots in this vote.")
            if vote.subject is VoteSubject.FINDINGS
            else tr("Only the map's steps can get dots in this vote.")
        )
    if voter != TALLY and voter not in vote.voters:
        raise DocumentError(tr("{name} has no dots in this vote.", name=voter))
    if delta > 0 and voter != TALLY and dots_left(vote, voter) < delta:
        raise DocumentError(tr("{name} has used all {count} dots.", name=voter, count=vote.dots_each))
    if delta < 0 and dots_on(vote, target_id, voter) < -delta:
        raise DocumentError(tr("{name} has no dot there to take back.", name=voter or tr("The tally")))
    dots = dots_on(vote, target_id, voter) + delta
    if dots > MAX_DOTS:
        raise DocumentError(tr("A count of more than {count} dots is not a vote.", count=f"{MAX_DOTS:,}"))
    # Built anew (not changed in place): a value the model refuses is refused here, never stored.
    ballots = [b for b in vote.ballots if not (b.voter == voter and b.target_id == target_id)]
    if dots:
        index = next(
            (i for i, b in enumerate(vote.ballots) if b.voter == voter and b.target_id == target_id), len(ballots)
        )
        ballots.insert(min(index, len(ballots)), Ballot(voter=voter, target_id=target_id, dots=dots))
    changed = vote.model_copy(update={"ballots": ballots})
    text = tr("Dot for “{name}”", name=voter) if delta > 0 else tr("Take back a dot of “{name}”", name=voter)
    return _replace_votes(doc, record, changed, text if voter != TALLY else tr("Count dots"))


def set_tally(doc: Document, record: Interview, vote: DotVote, target_id: str, dots: int) -> Command | None:
    """The room's count for one candidate, entered at once (a show of hands, dots counted on a printout);
    None when the count is what it was."""
    if dots < 0:
        raise DocumentError(tr("A count of dots cannot be negative."))
    current = dots_on(vote, target_id, TALLY)
    return cast(doc, record, vote, TALLY, target_id, dots - current) if dots != current else None


def close(doc: Document, record: Interview, vote: DotVote) -> list[Command]:
    """End the vote: the ranking becomes the priority of the findings voted on (1 = fix first); findings the
    room gave no dot lose an earlier priority, as the room has just decided about them."""
    commands: list[Command] = [_replace_votes(doc, record, vote.model_copy(update={"closed": True}), "")]
    process_map = doc.get(vote.map_id)
    if vote.subject is VoteSubject.FINDINGS:
        ranks = {r.target_id: r.rank for r in ranking(vote, process_map)}
        by_id: dict[str, Finding] = {f.id: f for f in process_map.findings}
        changes = {
            finding_id: {"priority": ranks.get(finding_id)}
            for finding_id in candidates(vote, process_map)
            if by_id[finding_id].priority != ranks.get(finding_id)
        }
        if changes:
            commands.append(UpdateFieldsCommand(doc, changes))
    return commands
