"""What the workshop minutes print, worked out from the project without Qt: which workshop, the findings it raised
(numbered as in the issue register), the dots each received, each vote's ranking, and the maps to picture."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...analysis.votes import ranking, totals
from ...i18n import tr
from ...model import DotVote, Interview, InterviewKind, ProcessMap, Project, VoteSubject
from ..tables import IssueRow, issue_rows
from .page_plan import ManualImages


def workshops_of(project: Project) -> list[Interview]:
    """The project's workshop records, in the order they were held (undated ones first, as they were added)."""
    held = [i for i in project.interviews if i.kind is InterviewKind.WORKSHOP]
    return sorted(held, key=lambda w: w.date or dt.date.min)


def latest_workshop(project: Project) -> Interview | None:
    held = workshops_of(project)
    return held[-1] if held else None


def find_workshop(project: Project, key: str) -> Interview | None:
    """A workshop by its id or its title (the latest of several with that title)."""
    held = workshops_of(project)
    by_id = [w for w in held if w.id == key]
    by_title = [w for w in held if w.title.strip() == key.strip()]
    found = by_id or by_title
    return found[-1] if found else None


def workshop_label(workshop: Interview) -> str:
    """How a list of workshops names one: 2026-10-20 大促复盘研讨会."""
    date = workshop.date.isoformat() if workshop.date else ""
    return " ".join(part for part in (date, workshop.title or tr("Workshop")) if part)


def minutes_map_ids(project: Project, workshop: Interview) -> list[str]:
    """The maps the minutes picture, in the project's order: those holding a finding raised in the workshop and
    those the room voted on."""
    voted = {vote.map_id for vote in workshop.votes}
    return [
        m.id for m in project.maps if m.id in voted or any(f.evidence.interview_id == workshop.id for f in m.findings)
    ]


def issue_text(issue: IssueRow) -> str:
    """A finding in one line: its title, else the first line of its description, else its type."""
    return issue.title or issue.description.split("\n", 1)[0] or issue.type_label


@dataclass(frozen=True)
class RankedItem:
    rank: int
    number: str  # the issue-register number of a finding, "" for a step
    text: str  # the finding in one line, or the step's name
    dots: int


@dataclass(frozen=True)
class VoteResult:
    vote: DotVote
    map_name: str
    ranked: list[RankedItem]
    dots_cast: int


@dataclass
class MinutesSource:
    """Everything the minutes print, computed once per export."""

    project: Project
    workshop: Interview
    issues: list[IssueRow]  # the whole register, for its numbers
    images: ManualImages

    @classmethod
    def of(cls, project: Project, workshop: Interview, images: ManualImages | None = None) -> MinutesSource:
        return cls(project, workshop, issue_rows(project), images or ManualImages())

    @property
    def maps(self) -> dict[str, ProcessMap]:
        return {m.id: m for m in self.project.maps}

    def raised(self) -> list[IssueRow]:
        """The findings whose evidence cites this workshop, in register order."""
        cited = {f.id for m in self.project.maps for f in m.findings if f.evidence.interview_id == self.workshop.id}
        return [issue for issue in self.issues if issue.finding_id in cited]

    def dots_received(self) -> dict[str, int]:
        """Finding or step id -> the dots it got in this workshop's votes, all rounds together."""
        maps = self.maps
        received: dict[str, int] = {}
        for vote in self.workshop.votes:
            if vote.map_id in maps:
                for target, dots in totals(vote, maps[vote.map_id]).items():
                    received[target] = received.get(target, 0) + dots
        return received

    def vote_results(self) -> list[VoteResult]:
        maps = self.maps
        numbers = {issue.finding_id: issue for issue in self.issues}
        results = []
        for vote in self.workshop.votes:
            process_map = maps.get(vote.map_id)
            if process_map is None:
                continue
            steps = {s.id: s.name for s in process_map.steps}
            ranked = []
            for item in ranking(vote, process_map):
                if vote.subject is VoteSubject.STEPS:
                    ranked.append(RankedItem(item.rank, "", steps.get(item.target_id, ""), item.dots))
                elif item.target_id in numbers:
                    issue = numbers[item.target_id]
                    ranked.append(RankedItem(item.rank, str(issue.number), issue_text(issue), item.dots))
            results.append(VoteResult(vote, process_map.name, ranked, sum(r.dots for r in ranked)))
        return results
