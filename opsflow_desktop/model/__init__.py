"""The process document: pydantic elements, the indexed Document, invariants and change events. No Qt."""

from .document import (
                    META_ID,
                    SCOPE_ID,
                    Document,
                    DocumentError,
                    UnknownElementError,
                    kind_of,
)
from .elements import Element, Evidence, Finding, Flow, Lane, Phase, Point, Step
from .enums import (
                    DocumentStatus,
                    FindingStatus,
                    FindingType,
                    GoalDirection,
                    MapKind,
                    Raci,
                    Severity,
                    Side,
                    SignOffDecision,
                    SignOffRole,
                    StepKind,
                    ValueClass,
)
from .events import DocumentEvents, Signal
from .ids import new_id
from .invariants import Violation, describe, find_violations
from .project import (
                    Department,
                    Goal,
                    ProcessMap,
                    Project,
                    ProjectMeta,
                    Revision,
                    Scope,
                    SignOff,
                    Term,
)

__all__ = [
    "META_ID", "SCOPE_ID", "Document", "DocumentError", "UnknownElementError", "kind_of",
    "Element", "Evidence", "Finding", "Flow", "Lane", "Phase", "Point", "Step",
    "DocumentStatus", "FindingStatus", "FindingType", "GoalDirection", "MapKind", "Raci", "Severity",
    "Side", "SignOffDecision", "SignOffRole", "StepKind", "ValueClass",
    "DocumentEvents", "Signal", "new_id", "Violation", "describe", "find_violations",
    "Department", "Goal", "ProcessMap", "Project", "ProjectMeta", "Revision", "Scope", "SignOff", "Term",
]
