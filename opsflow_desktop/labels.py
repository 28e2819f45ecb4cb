"""Human names for the domain's vocabularies, translated; shared by the CLI, the window and exports.

Step kinds, finding types and severities take their names from their traits (model/traits.py)."""

from __future__ import annotations

from enum import Enum

from .i18n import QT_TRANSLATE_NOOP, spellings, tr
from .model import (
    DocumentStatus,
    FindingStatus,
    FindingType,
    MapKind,
    Raci,
    Severity,
    SignOffDecision,
    SignOffRole,
    StepKind,
    ValueClass,
)
from .model.traits import FINDING_TYPES, SEVERITIES, STEP_KINDS

# Keyed per enum class: str enums with equal values (SignOffRole.APPROVED, SignOffDecision.APPROVED)
# compare equal, so one flat dict would silently merge them.
_LABELS: dict[type[Enum], dict[str, str]] = {
    StepKind: {kind.value: traits.label for kind, traits in STEP_KINDS.items()},
    MapKind: {
        MapKind.CURRENT.value: QT_TRANSLATE_NOOP("", "Current map"),
        MapKind.TARGET.value: QT_TRANSLATE_NOOP("", "Target map"),
    },
    ValueClass: {
        ValueClass.VALUE_ADDING.value: QT_TRANSLATE_NOOP("", "Value-adding"),
        ValueClass.BUSINESS_NECESSARY.value: QT_TRANSLATE_NOOP("", "Business-necessary"),
        ValueClass.NON_VALUE_ADDING.value: QT_TRANSLATE_NOOP("", "Non-value-adding"),
    },
    Raci: {
        Raci.RESPONSIBLE.value: QT_TRANSLATE_NOOP("", "Responsible"),
        Raci.ACCOUNTABLE.value: QT_TRANSLATE_NOOP("", "Accountable"),
        Raci.CONSULTED.value: QT_TRANSLATE_NOOP("", "Consulted"),
        Raci.INFORMED.value: QT_TRANSLATE_NOOP("", "Informed"),
    },
    FindingType: {kind.value: traits.label for kind, traits in FINDING_TYPES.items()},
    Severity: {value.value: traits.label for value, traits in SEVERITIES.items()},
    FindingStatus: {
        FindingStatus.OPEN.value: QT_TRANSLATE_NOOP("", "Open"),
        FindingStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("", "In progress"),
        FindingStatus.RESOLVED.value: QT_TRANSLATE_NOOP("", "Resolved"),
        FindingStatus.ACCEPTED.value: QT_TRANSLATE_NOOP("", "Accepted"),
    },
    DocumentStatus: {
        DocumentStatus.DRAFT.value: QT_TRANSLATE_NOOP("", "Draft"),
        DocumentStatus.IN_REVIEW.value: QT_TRANSLATE_NOOP("", "In review"),
        DocumentStatus.SIGNED_OFF.value: QT_TRANSLATE_NOOP("", "Signed off"),
    },
    SignOffRole: {
        SignOffRole.DRAFTED.value: QT_TRANSLATE_NOOP("", "Drafted by"),
        SignOffRole.REVIEWED.value: QT_TRANSLATE_NOOP("", "Reviewed by"),
        SignOffRole.COUNTERSIGNED.value: QT_TRANSLATE_NOOP("", "Countersigned by"),
        SignOffRole.APPROVED.value: QT_TRANSLATE_NOOP("", "Approved by"),
    },
    SignOffDecision: {
        SignOffDecision.APPROVED.value: QT_TRANSLATE_NOOP("", "Approved"),
        SignOffDecision.APPROVED_WITH_COMMENTS.value: QT_TRANSLATE_NOOP("", "Approved with comments"),
        SignOffDecision.REJECTED.value: QT_TRANSLATE_NOOP("", "Rejected"),
    },
}


METRIC_LABELS: dict[str, str] = {
    "steps": QT_TRANSLATE_NOOP("", "Steps"),
    "decisions": QT_TRANSLATE_NOOP("", "Decisions"),
    "approvals": QT_TRANSLATE_NOOP("", "Approvals / control points"),
    "departments": QT_TRANSLATE_NOOP("", "Departments involved"),
    "handoffs": QT_TRANSLATE_NOOP("", "Hand-offs"),
    "lead_time_hours": QT_TRANSLATE_NOOP("", "Lead time (h)"),
    "critical_path_hours": QT_TRANSLATE_NOOP("", "Critical path (h)"),
    "processing_hours": QT_TRANSLATE_NOOP("", "Processing time on the critical path (h)"),
    "value_added_ratio": QT_TRANSLATE_NOOP("", "Value-added ratio"),
    "non_value_adding_steps": QT_TRANSLATE_NOOP("", "Non-value-adding steps"),
    "rework_loops": QT_TRANSLATE_NOOP("", "Rework loops"),
    "rework_hours": QT_TRANSLATE_NOOP("", "Expected rework (h)"),
}
CHANGE_LABELS: dict[str, str] = {
    "kept": QT_TRANSLATE_NOOP("", "Kept"),
    "changed": QT_TRANSLATE_NOOP("", "Changed"),
    "removed": QT_TRANSLATE_NOOP("", "Removed"),
    "merged": QT_TRANSLATE_NOOP("", "Merged"),
    "split": QT_TRANSLATE_NOOP("", "Split"),
    "added": QT_TRANSLATE_NOOP("", "Added"),
}
GOAL_STATUS_LABELS: dict[str, str] = {
    "green": QT_TRANSLATE_NOOP("", "Green: met"),
    "yellow": QT_TRANSLATE_NOOP("", "Yellow: improving"),
    "red": QT_TRANSLATE_NOOP("", "Red: not improving"),
    "unknown": QT_TRANSLATE_NOOP("", "Not measurable"),
}


def metric_label(key: str) -> str:
    return tr(METRIC_LABELS.get(key, key))


def format_metric(key: str, value: float) -> str:
    if key == "value_added_ratio":
        return f"{value * 100:.1f}%"
    return f"{value:g}" if isinstance(value, float) else str(value)


def label(value: Enum) -> str:
    """The translated name of an enum member, e.g. 瓶颈 for FindingType.BOTTLENECK."""
    return tr(_LABELS[type(value)][value.value])


def all_spellings(value: Enum) -> list[str]:
    """The member's label in every language (开始, Start), for reading what either language wrote."""
    return spellings(_LABELS[type(value)][value.value])
