"""The traits of each step kind, finding type and severity: one table each, read everywhere.

A new step kind is one entry in STEP_KINDS (and its translation; a new outline also needs its drawing in
canvas/items/shapes.py); a new finding type is one entry in FINDING_TYPES (and its translations). Labels are
source strings translated with ``tr``; colours are hex, turned into pens and fills by the canvas and the
exporters. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP
from .enums import FindingType, Severity, StepKind


@dataclass(frozen=True)
class StepKindTraits:
    label: str
    fill: str
    border: str
    shape: str  # the outline canvas/items/shapes.py draws: pill, rect, diamond, hexagon, delay, document, subprocess
    border_width: float = 1.3
    starts: bool = False  # where the process begins (a start event)
    ends: bool = False  # where it stops (an end event)
    decision: bool = False  # its outgoing flows are alternatives (branch probabilities, labelled answers)
    approval: bool = False  # an approval or control point: counted as such, printed among the controls
    named_in_procedure: bool = True  # the procedure prints the kind after the step's name, e.g. "（判断）"

    @property
    def event(self) -> bool:
        """Start and end mark where the process begins and stops: nobody does them (no RACI)."""
        return self.starts or self.ends


STEP_KINDS: dict[StepKind, StepKindTraits] = {
    StepKind.START: StepKindTraits(QT_TRANSLATE_NOOP("", "Start"), "#dcfce7", "#16a34a", "pill", starts=True),
    StepKind.END: StepKindTraits(
        QT_TRANSLATE_NOOP("", "End"), "#fee2e2", "#dc2626", "pill", border_width=2.0, ends=True
    ),
    StepKind.TASK: StepKindTraits(
        QT_TRANSLATE_NOOP("", "Task"), "#ffffff", "#334155", "rect", named_in_procedure=False
    ),
    StepKind.DECISION: StepKindTraits(
        QT_TRANSLATE_NOOP("", "Decision"), "#fef9c3", "#ca8a04", "diamond", decision=True
    ),
    StepKind.SUBPROCESS: StepKindTraits(QT_TRANSLATE_NOOP("", "Sub-process"), "#e0e7ff", "#4f46e5", "subprocess"),
    StepKind.APPROVAL: StepKindTraits(
        QT_TRANSLATE_NOOP("", "Approval / control point"),
        "#ffedd5",
        "#ea580c",
        "hexagon",
        approval=True,
        named_in_procedure=False,
    ),
    StepKind.WAIT: StepKindTraits(QT_TRANSLATE_NOOP("", "Wait"), "#f3e8ff", "#9333ea", "delay"),
    StepKind.DOCUMENT: StepKindTraits(QT_TRANSLATE_NOOP("", "Document"), "#e0f2fe", "#0284c7", "document"),
}


@dataclass(frozen=True)
class FindingTypeTraits:
    label: str
    mark_text: str  # the menu's words for marking one: "Mark bottleneck"
    colour: str
    key: str  # the canvas key that marks it; in English also its badge letter (in Chinese the label's first hanzi)
    control: bool = False  # printed with the controls and risks (chapter 7 of the manual)


FINDING_TYPES: dict[FindingType, FindingTypeTraits] = {
    FindingType.BOTTLENECK: FindingTypeTraits(
        QT_TRANSLATE_NOOP("", "Bottleneck"), QT_TRANSLATE_NOOP("", "Mark bottleneck"), "#ea580c", "B"
    ),
    FindingType.BREAKPOINT: FindingTypeTraits(
        QT_TRANSLATE_NOOP("", "Breakpoint"), QT_TRANSLATE_NOOP("", "Mark breakpoint (hand-off gap)"), "#dc2626", "G"
    ),
    FindingType.INFORMATION_SILO: FindingTypeTraits(
        QT_TRANSLATE_NOOP("", "Information silo"), QT_TRANSLATE_NOOP("", "Mark information silo"), "#7c3aed", "S"
    ),
    FindingType.DUPLICATE_WORK: FindingTypeTraits(
        QT_TRANSLATE_NOOP("", "Duplicate work"), QT_TRANSLATE_NOOP("", "Mark duplicate work"), "#d97706", "D"
    ),
    FindingType.REDUNDANT_NODE: FindingTypeTraits(
        QT_TRANSLATE_NOOP("", "Redundant node"), QT_TRANSLATE_NOOP("", "Mark redundant node"), "#64748b", "N"
    ),
    FindingType.RISK_POINT: FindingTypeTraits(
        QT_TRANSLATE_NOOP("", "Risk point"), QT_TRANSLATE_NOOP("", "Mark risk point"), "#b91c1c", "R", control=True
    ),
    FindingType.CONTROL_POINT: FindingTypeTraits(
        QT_TRANSLATE_NOOP("", "Control point"),
        QT_TRANSLATE_NOOP("", "Mark control point"),
        "#15803d",
        "C",
        control=True,
    ),
    FindingType.PAIN_POINT: FindingTypeTraits(
        QT_TRANSLATE_NOOP("", "Pain point"), QT_TRANSLATE_NOOP("", "Mark pain point"), "#db2777", "P"
    ),
    FindingType.IMPROVEMENT: FindingTypeTraits(
        QT_TRANSLATE_NOOP("", "Improvement"), QT_TRANSLATE_NOOP("", "Mark improvement"), "#2563eb", "I"
    ),
}


@dataclass(frozen=True)
class SeverityTraits:
    label: str
    fill: str  # the one palette of the issue register, the Excel register and the manual's appendix


SEVERITIES: dict[Severity, SeverityTraits] = {
    Severity.LOW: SeverityTraits(QT_TRANSLATE_NOOP("", "Low"), "#e2efda"),
    Severity.MEDIUM: SeverityTraits(QT_TRANSLATE_NOOP("", "Medium"), "#fff2cc"),
    Severity.HIGH: SeverityTraits(QT_TRANSLATE_NOOP("", "High"), "#fbd5b5"),
    Severity.CRITICAL: SeverityTraits(QT_TRANSLATE_NOOP("", "Critical"), "#f4b6b6"),
}


def step_kind(kind: StepKind) -> StepKindTraits:
    return STEP_KINDS[kind]


def finding_type(kind: FindingType) -> FindingTypeTraits:
    return FINDING_TYPES[kind]


def severity(value: Severity) -> SeverityTraits:
    return SEVERITIES[value]


def control_types() -> tuple[FindingType, ...]:
    """The finding types printed among the controls and risks."""
    return tuple(t for t, traits in FINDING_TYPES.items() if traits.control)
