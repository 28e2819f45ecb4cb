"""The project: metadata, scope, goals, departments, maps, sign-offs and revisions."""

from __future__ import annotations

import datetime as dt
from typing import TypeAlias

from pydantic import Field

from .elements import Element, Finding, Flow, Lane, OutlineLine, Phase, Step
from .enums import DocumentStatus, GoalDirection, InterviewKind, MapKind, SignOffDecision, SignOffRole
from .ids import new_id
from .workshop import ActionItem, AgendaItem, Attendee, DotVote


class ProcessMap(Element):
    """One map: a current (as-is) or target (to-be) process, with its lanes, phases, steps and flows."""

    id: str = Field(default_factory=lambda: new_id("map"))
    name: str
    kind: MapKind = MapKind.CURRENT
    derived_from: str | None = None  # for a target map: the current map it was designed from
    description: str = ""
    lanes: list[Lane] = Field(default_factory=list)
    phases: list[Phase] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    flows: list[Flow] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    # Keys of suggested findings the user dismissed, so the analysis does not offer them again.
    dismissed_suggestions: list[str] = Field(default_factory=list)
    # The interview text the map was typed from (io/text), line by line; empty until someone opens it.
    outline: list[OutlineLine] = Field(default_factory=list)


class Department(Element):
    id: str = Field(default_factory=lambda: new_id("dept"))
    name: str
    head: str = ""  # the department head who countersigns (会签)


class Interview(Element):
    """An interview or a workshop held while mapping: who spoke, when and where. Findings point to it as evidence,
    the workbook lists it (访谈记录) and the manual prints it in an appendix."""

    id: str = Field(default_factory=lambda: new_id("interview"))
    kind: InterviewKind = InterviewKind.INTERVIEW
    date: dt.date | None = None
    interviewee: str = ""  # who spoke: "李娜" (a workshop: who took part)
    role: str = ""  # "客服主管"
    department: str = ""  # the department's name as said: "客服部"
    occasion: str = ""  # place or occasion: "电话访谈", "三楼会议室"
    notes: str = ""
    # A workshop's own record (empty for an interview): model/workshop.py.
    title: str = ""  # "大促复盘研讨会"
    attendees: list[Attendee] = Field(default_factory=list)
    agenda: list[AgendaItem] = Field(default_factory=list)
    decisions: list[str] = Field(default_factory=list)
    actions: list[ActionItem] = Field(default_factory=list)
    votes: list[DotVote] = Field(default_factory=list)

    @property
    def speaker(self) -> str:
        """What a finding's evidence says about who said it: "客服主管 李娜"."""
        return " ".join(part for part in (self.role, self.interviewee) if part)


class Goal(Element):
    """A measurable target, e.g. listing lead time 72 h -> <= 48 h."""

    id: str = Field(default_factory=lambda: new_id("goal"))
    name: str
    metric: str  # a metric key of the analysis, e.g. "lead_time_hours"
    baseline: float | None = None
    target: float
    unit: str = ""
    direction: GoalDirection = GoalDirection.LOWER_IS_BETTER
    current_map_id: str | None = None
    target_map_id: str | None = None


class SignOff(Element):
    """One recorded signature of the sign-off block (编制 / 审查 / 会签 / 核准)."""

    id: str = Field(default_factory=lambda: new_id("signoff"))
    role: SignOffRole
    name: str
    department: str = ""  # for a countersignature (会签): the department's name
    date: dt.date | None = None
    decision: SignOffDecision = SignOffDecision.APPROVED
    comment: str = ""
    # The document version (ProjectMeta.version) this signature belongs to: a new revision needs new signatures.
    version: str = ""


class Revision(Element):
    """One line of the revision record (文件修订记录)."""

    id: str = Field(default_factory=lambda: new_id("rev"))
    version: str
    sections: str = ""
    summary: str = ""
    date: dt.date | None = None
    author: str = ""


class Scope(Element):
    in_scope: list[str] = Field(default_factory=list)
    out_of_scope: list[str] = Field(default_factory=list)


class Term(Element):
    """One entry of the manual's glossary (术语): a word the process uses and what it means here."""

    term: str
    definition: str = ""


class ProjectMeta(Element):
    """Document control: what the manual's first page prints."""

    title: str = ""
    document_number: str = ""
    version: str = "V1.0"
    process_owner: str = ""
    status: DocumentStatus = DocumentStatus.DRAFT
    drafted_on: dt.date | None = None
    effective_on: dt.date | None = None
    next_review_on: dt.date | None = None
    purpose: str = ""
    # The manual's own chapters that are not drawn: 3 terms, and the related documents of chapter 9.
    terms: list[Term] = Field(default_factory=list)
    related_documents: list[str] = Field(default_factory=list)  # "《商品上架SOP》 OPS-SOP-002"
    # Set together when the last required sign-off freezes the revision (model/signing.py); empty otherwise.
    signed_on: dt.date | None = None  # the date of the freezing sign-off
    signed_hash: str = ""  # hex SHA-256 of signing.canonical_content(project)
    # Short digests of the document's parts at freeze time, so `opsflow verify` can say *what* changed.
    signed_digests: dict[str, str] = Field(default_factory=dict)


class Project(Element):
    meta: ProjectMeta = Field(default_factory=ProjectMeta)
    scope: Scope = Field(default_factory=Scope)
    goals: list[Goal] = Field(default_factory=list)
    departments: list[Department] = Field(default_factory=list)
    interviews: list[Interview] = Field(default_factory=list)
    maps: list[ProcessMap] = Field(default_factory=list)
    signoffs: list[SignOff] = Field(default_factory=list)
    revisions: list[Revision] = Field(default_factory=list)


# The elements that have an id of their own: what a document keeps in its collections and finds by id. (Meta,
# scope, terms, evidence, outline lines and points have none: each lives inside another element.)
MapChild: TypeAlias = Lane | Phase | Step | Flow | Finding
IdentifiedElement: TypeAlias = ProcessMap | Goal | Department | Interview | SignOff | Revision | MapChild
