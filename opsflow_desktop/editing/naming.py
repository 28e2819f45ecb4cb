"""Names: how an element is named in an undo text or a message (by what the user sees, never by its id), and
names that are not taken yet."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..i18n import tr
from ..labels import label
from ..model import META_ID, SCOPE_ID, Document, Finding, Flow, StepKind
from ..model.traits import step_kind


def element_name(doc: Document, element_id: str) -> str:
    """选品会 for a step, lane, phase, map or department; 选品会 → 素材制作 for a flow; a finding by its title
    (or its type). Texts quote it themselves: 删除「选品会 → 素材制作」."""
    if element_id == META_ID or element_id == SCOPE_ID:
        return tr("project details")
    if element_id not in doc:
        return ""
    element = doc.get(element_id)
    if isinstance(element, Flow):
        return f"{element_name(doc, element.source_id)} → {element_name(doc, element.target_id)}"
    if isinstance(element, Finding):
        return element.title or label(element.type)
    return getattr(element, "name", "") or getattr(element, "title", "") or getattr(element, "version", "")


def unique_name(name: str, taken: Iterable[str]) -> str:
    """``name``, or ``name 2``, ``name 3`` … the first that is not taken."""
    taken = set(taken)
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} {number}", number + 1
    return candidate


def numbered_name(pattern: Callable[[int], str], taken: Iterable[str], first: int = 1) -> str:
    """The first of pattern(first), pattern(first + 1) … that is not taken: 部门 3 when 部门 1 and 2 exist."""
    taken = set(taken)
    number = first
    while pattern(number) in taken:
        number += 1
    return pattern(number)


def default_step_name(kind: StepKind) -> str:
    """What a new step is called until the user types its name: 开始 and 结束 for the events, 新任务 …"""
    return label(kind) if step_kind(kind).event else tr("New {kind}", kind=label(kind))
