"""The Document: the project, an id index, the only mutation primitives, and the change events.

Commands in ``editing`` are the only callers of ``insert``/``remove``/``move``/``update``;
everyone else reads and listens to ``events``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Annotated, Any, cast

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from ..i18n import tr
from .elements import Element, Finding, Flow, Lane, Phase, Step
from .errors import reason
from .events import DocumentEvents
from .project import (
    Department,
    Goal,
    IdentifiedElement,
    Interview,
    MapChild,
    ProcessMap,
    Project,
    ProjectMeta,
    Revision,
    Scope,
    SignOff,
)

# element class -> (collection attribute on its parent, event kind)
COLLECTIONS: dict[type[Element], tuple[str, str]] = {
    ProcessMap: ("maps", "map"),
    Goal: ("goals", "goal"),
    Department: ("departments", "department"),
    Interview: ("interviews", "interview"),
    SignOff: ("signoffs", "signoff"),
    Revision: ("revisions", "revision"),
    Lane: ("lanes", "lane"),
    Phase: ("phases", "phase"),
    Step: ("steps", "step"),
    Flow: ("flows", "flow"),
    Finding: ("findings", "finding"),
}
MAP_CHILD_TYPES: tuple[type[Element], ...] = (Lane, Phase, Step, Flow, Finding)
# Fields only ever replaced by a new value, never changed in place: the old value is kept for undo as it is
# (a map's interview text is a thousand lines, stored again at every pause in typing).
_REPLACED_WHOLE = frozenset({"outline"})
# The two singletons of a project, addressable by these fixed ids for field updates.
META_ID = "meta"
SCOPE_ID = "scope"
_STRUCTURAL_FIELDS = {
    "id",
    "lanes",
    "phases",
    "steps",
    "flows",
    "findings",
    "maps",
    "goals",
    "departments",
    "interviews",
    "signoffs",
    "revisions",
    "meta",
    "scope",
}


class DocumentError(Exception):
    """An edit that the document refuses; the message is for the user."""


class UnknownElementError(DocumentError, KeyError):
    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


def kind_of(element: Element) -> str:
    return COLLECTIONS[type(element)][1]


@cache
def _field_adapter(cls: type[Element], name: str) -> TypeAdapter[Any]:
    """Validates one field's value with the field's type and constraints (e.g. ``ge=0``)."""
    info = cls.model_fields[name]
    # A type expression built at run time, for whichever field is asked for.
    annotation: Any = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
    if isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel):
        return TypeAdapter(annotation)  # an element (e.g. Evidence) brings its own rules
    # The same rules as the model: in particular no NaN or infinity.
    return TypeAdapter(annotation, config=ConfigDict(allow_inf_nan=False))


class Document:
    """A project being edited: the single source of truth that the canvas and panels project."""

    def __init__(self, project: Project | None = None) -> None:
        self.project = project if project is not None else Project()
        self.events = DocumentEvents()
        self._batch_depth = 0
        self._parent: dict[str, Project | ProcessMap] = {}
        self._element: dict[str, Element] = {}
        self._rebuild_index()

    # ----------------------------------------------------------------- reading
    def _rebuild_index(self) -> None:
        self._parent.clear()
        self._element.clear()
        self._element[META_ID] = self.project.meta
        self._element[SCOPE_ID] = self.project.scope
        for collection in ("maps", "goals", "departments", "interviews", "signoffs", "revisions"):
            for element in getattr(self.project, collection):
                self._index(element, self.project)

    def _index(self, element: IdentifiedElement, parent: Project | ProcessMap) -> None:
        self._element[element.id] = element
        self._parent[element.id] = parent
        if isinstance(element, ProcessMap):
            for child in _map_children(element):
                self._element[child.id] = child
                self._parent[child.id] = element

    def _unindex(self, element: IdentifiedElement) -> None:
        self._element.pop(element.id, None)
        self._parent.pop(element.id, None)
        if isinstance(element, ProcessMap):
            for child in _map_children(element):
                self._element.pop(child.id, None)
                self._parent.pop(child.id, None)

    def __contains__(self, element_id: object) -> bool:
        return element_id in self._element

    def get(self, element_id: str) -> Any:
        try:
            return self._element[element_id]
        except KeyError:
            raise UnknownElementError(tr("No element with id {id} in this document.", id=element_id)) from None

    def parent_id(self, element_id: str) -> str | None:
        """The map that holds an element, or None for project-level elements."""
        self.get(element_id)
        parent = self._parent.get(element_id)
        return parent.id if isinstance(parent, ProcessMap) else None

    def map_of(self, element_id: str) -> ProcessMap:
        element = self.get(element_id)
        if isinstance(element, ProcessMap):
            return element
        parent = self._parent.get(element_id)
        if not isinstance(parent, ProcessMap):
            raise DocumentError(tr("{id} does not belong to a map.", id=element_id))
        return parent

    def index_of(self, element_id: str) -> int:
        element = self.get(element_id)
        return _position(self._collection_of(element), element)

    def _collection_of(self, element: IdentifiedElement) -> list[IdentifiedElement]:
        parent = self._parent[element.id]
        return _collection(parent, COLLECTIONS[type(element)][0])

    @property
    def maps(self) -> list[ProcessMap]:
        return self.project.maps

    def steps_in_lane(self, lane_id: str) -> list[Step]:
        return [s for s in self.map_of(lane_id).steps if s.lane_id == lane_id]

    def steps_in_phase(self, phase_id: str) -> list[Step]:
        return [s for s in self.map_of(phase_id).steps if s.phase_id == phase_id]

    @property
    def in_batch(self) -> bool:
        """Inside an edit (or an undo or redo) that has not finished announcing its changes."""
        return self._batch_depth > 0

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group the changes of one edit: ``batch_started`` before, ``batch_finished`` after (outermost only)."""
        self._batch_depth += 1
        if self._batch_depth == 1:
            self.events.batch_started.emit()
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                self.events.batch_finished.emit()

    # ---------------------------------------------------- mutation primitives
    def insert(self, element: IdentifiedElement, parent_id: str | None, index: int | None = None) -> int:
        """Put ``element`` into its collection under ``parent_id`` (a map id, or None for the project)."""
        if type(element) not in COLLECTIONS:
            raise DocumentError(f"{type(element).__name__} cannot be inserted")
        parent = self._resolve_parent(element, parent_id)
        new_ids = [element.id] + ([c.id for c in _map_children(element)] if isinstance(element, ProcessMap) else [])
        clash = next((i for i in new_ids if i in self._element), None)
        if clash is not None or len(set(new_ids)) != len(new_ids):
            raise DocumentError(tr("The id {id} is already used in this document.", id=clash or element.id))
        collection, kind = COLLECTIONS[type(element)]
        items = _collection(parent, collection)
        index = len(items) if index is None else max(0, min(index, len(items)))
        items.insert(index, element)
        self._index(element, parent)
        self.events.signal(kind, "added").emit(element, parent_id, index)
        self.events.changed.emit()
        return index

    def insert_many(self, elements: list[MapChild], map_id: str) -> None:
        """Append elements of one map (an interview text's new steps and flows), each announced as ``insert``
        announces it: the same as inserting them one by one at the end, with the checks done once."""
        parent = self.get(map_id)
        if not isinstance(parent, ProcessMap):
            raise DocumentError(tr("{kind} must be placed in a map.", kind="Element"))
        ids = [e.id for e in elements]
        clash = next((i for i in ids if i in self._element), None)
        if clash is not None or len(set(ids)) != len(ids):
            raise DocumentError(tr("The id {id} is already used in this document.", id=clash or ids[0]))
        for element in elements:
            collection, kind = COLLECTIONS[type(element)]
            if not isinstance(element, MAP_CHILD_TYPES):
                raise DocumentError(f"{type(element).__name__} cannot be inserted")
            items = _collection(parent, collection)
            items.append(element)
            self._element[element.id] = element
            self._parent[element.id] = parent
            self.events.signal(kind, "added").emit(element, map_id, len(items) - 1)
        if elements:
            self.events.changed.emit()

    def remove(self, element_id: str, at: int | None = None) -> tuple[IdentifiedElement, str | None, int]:
        """Take an element out of its collection; returns what ``insert`` needs to put it back. ``at``: where
        the caller expects it, saving the search when it is right (it is checked, never trusted)."""
        element = self.get(element_id)
        if element_id in (META_ID, SCOPE_ID):
            raise DocumentError(tr("The document information cannot be deleted."))
        parent_id = self.parent_id(element_id)
        items = self._collection_of(element)
        index = at if at is not None and 0 <= at < len(items) and items[at] is element else _position(items, element)
        del items[index]
        self._unindex(element)
        self.events.signal(kind_of(element), "removed").emit(element, parent_id, index)
        self.events.changed.emit()
        return element, parent_id, index

    def move(self, element_id: str, new_index: int) -> int:
        """Reorder an element within its collection; returns its old index."""
        element = self.get(element_id)
        items = self._collection_of(element)
        old_index = _position(items, element)
        new_index = max(0, min(new_index, len(items) - 1))
        if new_index != old_index:
            items.insert(new_index, items.pop(old_index))
            self.events.signal(kind_of(element), "moved").emit(element, old_index, new_index)
            self.events.changed.emit()
        return old_index

    def validate_changes(self, element_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """The changes converted to the fields' types; a DocumentError names a bad field."""
        element: Element = self.get(element_id)
        cls = type(element)
        validated: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in cls.model_fields or name in _STRUCTURAL_FIELDS:
                raise DocumentError(tr("{kind} has no editable field '{field}'.", kind=cls.__name__, field=name))
            try:
                validated[name] = _field_adapter(cls, name).validate_python(value)
            except ValidationError as exc:
                raise DocumentError(
                    tr("Field '{field}': {reason}", field=name, reason=reason(exc.errors()[0]))
                ) from None
            if not _encodable(validated[name]):
                raise DocumentError(tr("Field '{field}' contains characters that cannot be saved.", field=name))
        return validated

    def update(self, element_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Set fields of an element (``meta`` and ``scope`` included); returns their old values."""
        element = self.get(element_id)
        validated = self.validate_changes(element_id, changes)
        old = {
            name: getattr(element, name) if name in _REPLACED_WHOLE else copy.deepcopy(getattr(element, name))
            for name in validated
        }
        for name, value in validated.items():
            setattr(element, name, value)
        self.events.element_changed.emit(element_id, validated)
        self.events.changed.emit()
        return old

    def _resolve_parent(self, element: Element, parent_id: str | None) -> Project | ProcessMap:
        if isinstance(element, MAP_CHILD_TYPES):
            parent = self.get(parent_id) if parent_id is not None else None
            if not isinstance(parent, ProcessMap):
                raise DocumentError(tr("{kind} must be placed in a map.", kind=type(element).__name__))
            return parent
        if parent_id is not None:
            raise DocumentError(f"{type(element).__name__} belongs to the project, not to {parent_id}")
        return self.project


def _encodable(value: Any) -> bool:
    """Lone surrogates (broken pasted text) cannot be written as UTF-8; refuse them at the door."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, list | tuple):
        return all(_encodable(v) for v in value)
    if isinstance(value, dict):
        return all(_encodable(k) and _encodable(v) for k, v in value.items())
    return True


def _map_children(process_map: ProcessMap) -> Iterator[MapChild]:
    yield from process_map.lanes
    yield from process_map.phases
    yield from process_map.steps
    yield from process_map.flows
    yield from process_map.findings


def _collection(parent: Project | ProcessMap, collection: str) -> list[IdentifiedElement]:
    """A collection of ``parent`` by its name in COLLECTIONS ("steps"): the list itself, to change in place.
    It holds one class of element only; callers put in just elements of that class."""
    return cast("list[IdentifiedElement]", getattr(parent, collection))


def _position(items: Iterable[Element], element: Element) -> int:
    # Identity, not equality: two elements may hold equal values.
    for i, item in enumerate(items):
        if item is element:
            return i
    raise ValueError("element is not in its collection")


__all__ = [
    "Document",
    "DocumentError",
    "UnknownElementError",
    "COLLECTIONS",
    "META_ID",
    "SCOPE_ID",
    "MAP_CHILD_TYPES",
    "kind_of",
    "ProjectMeta",
    "Scope",
]
