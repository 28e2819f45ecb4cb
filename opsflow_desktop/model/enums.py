"""The closed vocabularies of the domain. Values are stable file keys; labels live in i18n."""

from __future__ import annotations

from enum import Enum


class StepKind(str, Enum):
    START = "start"
    END = "end"
    TASK = "task"
    DECISION = "decision"
    SUBPROCESS = "subprocess"
    APPROVAL = "approval"  # approval / control point
    WAIT = "wait"
    DOCUMENT = "document"


class Side(str, Enum):
    """A side of a step where a flow attaches (its connection point is the side's middle)."""

    TOP = "top"
    RIGHT = "right"
    BOTTOM = "bottom"
    LEFT = "left"


class MapKind(str, Enum):
    CURRENT = "current"  # 现状流程 (as-is)
    TARGET = "target"  # 目标流程 (to-be)


class ValueClass(str, Enum):
    VALUE_ADDING = "value_adding"
    BUSINESS_NECESSARY = "business_necessary"
    NON_VALUE_ADDING = "non_value_adding"


class Raci(str, Enum):
    RESPONSIBLE = "R"
    ACCOUNTABLE = "A"
    CONSULTED = "C"
    INFORMED = "I"


class FindingType(str, Enum):
    BOTTLENECK = "bottleneck"
    BREAKPOINT = "breakpoint"
    INFORMATION_SILO = "information_silo"
    DUPLICATE_WORK = "duplicate_work"
    REDUNDANT_NODE = "redundant_node"
    RISK_POINT = "risk_point"
    CONTROL_POINT = "control_point"
    PAIN_POINT = "pain_point"
    IMPROVEMENT = "improvement"


class Severity(str, Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class FindingStatus(str, Enum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    ACCEPTED = "accepted"  # risk accepted, no action planned


class DocumentStatus(str, Enum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SIGNED_OFF = "signed_off"


class InterviewKind(str, Enum):
    INTERVIEW = "interview"  # 访谈: one person (or a few) of one department
    WORKSHOP = "workshop"  # 研讨会: heads of several departments together


class VoteSubject(str, Enum):
    FINDINGS = "findings"  # which problems to fix first
    STEPS = "steps"  # where it hurts most


class SignOffRole(str, Enum):
    DRAFTED = "drafted"  # 编制
    REVIEWED = "reviewed"  # 审查
    COUNTERSIGNED = "countersigned"  # 会签
    APPROVED = "approved"  # 核准


class SignOffDecision(str, Enum):
    APPROVED = "approved"
    APPROVED_WITH_COMMENTS = "approved_with_comments"
    REJECTED = "rejected"


class GoalDirection(str, Enum):
    """Whether the metric should go down (lead time) or up (value-added ratio) to be better."""

    LOWER_IS_BETTER = "lower"
    HIGHER_IS_BETTER = "higher"
