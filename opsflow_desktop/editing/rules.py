"""Rules apart from commands: the same answers for a tool's preview and for the editor's checks."""

from __future__ import annotations

from ..i18n import tr
from ..model import Document, Flow, Lane, ProcessMap, Step


def connection_problem(doc: Document, source_id: str, target_id: str, flow: str | None = None) -> str | None:
    """Why a flow from ``source_id`` to ``target_id`` may not be drawn, or None if it may. ``flow`` is the
    flow being reconnected, which does not count as a flow already there."""
    if source_id not in doc or target_id not in doc:
        return tr("Both ends of a flow must be steps.")
    source, target = doc.get(source_id), doc.get(target_id)
    if not isinstance(source, Step) or not isinstance(target, Step):
        return tr("Both ends of a flow must be steps.")
    if source_id == target_id:
        return tr("A flow cannot connect a step to itself.")
    process_map = doc.map_of(source_id)
    if process_map is not doc.map_of(target_id):
        return tr("A flow cannot connect steps of two different maps.")
    if any(f.source_id == source_id and f.target_id == target_id and f.id != flow for f in process_map.flows):
        return tr("“{source}” is already connected to “{target}”.", source=source.name, target=target.name)
    return None


def can_connect(doc: Document, source_id: str, target_id: str) -> bool:
    return connection_problem(doc, source_id, target_id) is None


def finding_target_problem(doc: Document, target_id: str) -> str | None:
    """Findings sit on a step, a flow, a lane or a whole map."""
    if target_id not in doc or not isinstance(doc.get(target_id), Step | Flow | Lane | ProcessMap):
        return tr("A finding must be marked on a step, a flow, a lane or a map.")
    return None
