"""How an element is named in an undo text or a message: by what the user sees, never by its id."""

from __future__ import annotations

from ..i18n import tr
from ..labels import label
from ..model import META_ID, SCOPE_ID, Document, Finding, Flow


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
