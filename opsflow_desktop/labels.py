"""Human names for the domain's vocabularies, translated; shared by the CLI, the window and exports."""

from __future__ import annotations

from enum import Enum

from .i18n import tr
from .model import (DocumentStatus, FindingStatus, FindingType, MapKind, Raci, Severity, SignOffDecision,
                    SignOffRole, StepKind, ValueClass)

# Keyed per enum class: str enums with equal values (SignOffRole.APPROVED, SignOffDecision.APPROVED)
# compare equal, so one flat dict would silently merge them.
_LABELS: dict[type[Enum], dict[str, str]] = {
    StepKind: {
        StepKind.START.value: "Start",
        StepKind.END.value: "End",
        StepKind.TASK.value: "Task",
        StepKind.DECISION.value: "Decision",
        StepKind.SUBPROCESS.value: "Sub-process",
        StepKind.APPROVAL.value: "Approval / control point",
        StepKind.WAIT.value: "Wait",
        StepKind.DOCUMENT.value: "Document",
    },
    MapKind: {
        MapKind.CURRENT.value: "Current map",
        MapKind.TARGET.value: "Target map",
    },
    ValueClass: {
        ValueClass.VALUE_ADDING.value: "Value-adding",
        ValueClass.BUSINESS_NECESSARY.value: "Business-necessary",
        ValueClass.NON_VALUE_ADDING.value: "Non-value-adding",
    },
    Raci: {
        Raci.RESPONSIBLE.value: "Responsible",
        Raci.ACCOUNTABLE.value: "Accountable",
        Raci.CONSULTED.value: "Consulted",
        Raci.INFORMED.value: "Informed",
    },
    FindingType: {
        FindingType.BOTTLENECK.value: "Bottleneck",
        FindingType.BREAKPOINT.value: "Breakpoint",
        FindingType.INFORMATION_SILO.value: "Information silo",
        FindingType.DUPLICATE_WORK.value: "Duplicate work",
        FindingType.REDUNDANT_NODE.value: "Redundant node",
        FindingType.RISK_POINT.value: "Risk point",
        FindingType.CONTROL_POINT.value: "Control point",
        FindingType.PAIN_POINT.value: "Pain point",
        FindingType.IMPROVEMENT.value: "Improvement",
    },
    Severity: {
        Severity.LOW.value: "Low",
        Severity.MEDIUM.value: "Medium",
        Severity.HIGH.value: "High",
        Severity.CRITICAL.value: "Critical",
    },
    FindingStatus: {
        FindingStatus.OPEN.value: "Open",
        FindingStatus.IN_PROGRESS.value: "In progress",
        FindingStatus.RESOLVED.value: "Resolved",
        FindingStatus.ACCEPTED.value: "Accepted",
    },
    DocumentStatus: {
        DocumentStatus.DRAFT.value: "Draft",
        DocumentStatus.IN_REVIEW.value: "In review",
        DocumentStatus.SIGNED_OFF.value: "Signed off",
    },
    SignOffRole: {
        SignOffRole.DRAFTED.value: "Drafted by",
        SignOffRole.REVIEWED.value: "Reviewed by",
        SignOffRole.COUNTERSIGNED.value: "Countersigned by",
        SignOffRole.APPROVED.value: "Approved by",
    },
    SignOffDecision: {
        SignOffDecision.APPROVED.value: "Approved",
        SignOffDecision.APPROVED_WITH_COMMENTS.value: "Approved with comments",
        SignOffDecision.REJECTED.value: "Rejected",
    },
}


def label(value: Enum) -> str:
    """The translated name of an enum member, e.g. 瓶颈 for FindingType.BOTTLENECK."""
    return tr(_LABELS[type(value)][value.value])


def all_labels() -> list[str]:
    """Every source label, for the translation-completeness test."""
    return [text for labels in _LABELS.values() for text in labels.values()]
