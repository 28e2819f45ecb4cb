"""What a workshop records besides who spoke: attendees, agenda, decisions, next actions and dot votes.

A workshop is an interview record (``Interview``) of kind ``WORKSHOP``; these parts hang off it, so findings
cite a workshop exactly as they cite an interview. They are plain values, edited by replacing the list.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from .elements import Element
from .enums import VoteSubject
from .ids import new_id

MAX_DOTS_EACH = 20
MAX_BALLOT_DOTS = 10_000  # a tally beyond it is a typing slip


class Attendee(Element):
    name: str
    department: str = ""
    role: str = ""  # "客服主管", "主持人"

    @property
    def label(self) -> str:
        """ "客服部 李娜" — how the minutes and the voting panel name someone."""
        return " ".join(part for part in (self.department, self.name) if part)


class AgendaItem(Element):
    title: str
    minutes: int | None = Field(default=None, ge=1, le=600)  # planned length, for the presenter's timer


class ActionItem(Element):
    """A next action agreed in the room: what, who, by when."""

    action: str
    owner: str = ""
    due: dt.date | None = None


class Ballot(Element):
    """Dots one participant put on one finding or step. An empty voter is a tally entered for the room."""

    voter: str = ""
    target_id: str
    dots: int = Field(default=1, ge=1, le=MAX_BALLOT_DOTS)


class DotVote(Element):
    """One round of dot voting on the findings (or the steps) of one map."""

    id: str = Field(default_factory=lambda: new_id("vote"))
    map_id: str
    subject: VoteSubject = VoteSubject.FINDINGS
    dots_each: int = Field(default=3, ge=1, le=MAX_DOTS_EACH)
    voters: list[str] = Field(default_factory=list)  # who has dots; names as the attendees list them
    ballots: list[Ballot] = Field(default_factory=list)
    closed: bool = False  # the result was taken over as the findings' priorities
