"""Undoable commands. A command touches the Document's mutation primitives only, never a view.

Composite commands decide their children when they are built (DESIGN.md, example 3), so redo and undo
are plain replays: children forwards, then backwards.
"""

from __future__ import annotations

import copy
from typing import Any

from ..model import Document, IdentifiedElement, MapChild
from ..model.document import COLLECTIONS


class Command:
    """One undoable edit with a user-facing text for the Edit menu."""

    text: str = ""
    # Commands with equal, non-None merge keys may be merged into one undo step (arrow-key nudges).
    merge_key: str | None = None

    def redo(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        raise NotImplementedError

    def merge_with(self, other: Command) -> bool:
        """Absorb ``other`` (already applied) into this command; True if it did."""
        return False


class InsertElementCommand(Command):
    def __init__(
        self,
        doc: Document,
        element: IdentifiedElement,
        parent_id: str | None,
        index: int | None = None,
        text: str = "",
    ) -> None:
        self.doc, self.element, self.parent_id, self.index, self.text = doc, element, parent_id, index, text

    def redo(self) -> None:
        self.index = self.doc.insert(self.element, self.parent_id, self.index)

    def undo(self) -> None:
        self.doc.remove(self.element.id)


class InsertElementsCommand(Command):
    """Appends many elements to one map at once (a typed interview's new steps and flows); undo takes them out
    from the last, so every index still holds."""

    def __init__(self, doc: Document, elements: list[MapChild], map_id: str, text: str = "") -> None:
        self.doc, self.elements, self.map_id, self.text = doc, elements, map_id, text

    def redo(self) -> None:
        self.doc.insert_many(self.elements, self.map_id)

    def undo(self) -> None:
        for element in reversed(self.elements):
            collection = getattr(self.doc.get(self.map_id), COLLECTIONS[type(element)][0])
            self.doc.remove(element.id, at=len(collection) - 1)


class RemoveElementCommand(Command):
    """Removes one element and remembers its position so undo puts it back exactly there."""

    def __init__(self, doc: Document, element_id: str, text: str = "", at: int | None = None) -> None:
        """``at``: where the element is expected to be when this runs (a hint; Document.remove checks it)."""
        self.doc, self.element_id, self.text, self.at = doc, element_id, text, at
        self._removed: tuple[IdentifiedElement, str | None, int] | None = None

    def redo(self) -> None:
        self._removed = self.doc.remove(self.element_id, at=self.at)

    def undo(self) -> None:
        assert self._removed is not None, "undo before redo"
        element, parent_id, index = self._removed
        self.doc.insert(element, parent_id, index)


class MoveElementCommand(Command):
    """Reorders an element within its collection (a lane up or down, a phase left or right)."""

    def __init__(
        self, doc: Document, element_id: str, new_index: int, text: str = "", merge_key: str | None = None
    ) -> None:
        self.doc, self.element_id, self.new_index, self.text = doc, element_id, new_index, text
        self.merge_key = merge_key
        self._old_index: int | None = None

    def redo(self) -> None:
        old = self.doc.move(self.element_id, self.new_index)
        if self._old_index is None:  # a merged command must return to the very beginning
            self._old_index = old

    def merge_with(self, other: Command) -> bool:
        """Moves of one element, one after another (a tab dragged past several others), are one undo step."""
        if self.merge_key is None or not isinstance(other, MoveElementCommand) or other.merge_key != self.merge_key:
            return False
        self.new_index = other.new_index
        return True

    def undo(self) -> None:
        assert self._old_index is not None, "undo before redo"
        self.doc.move(self.element_id, self._old_index)


class UpdateFieldsCommand(Command):
    """Sets fields of one or more elements; stores absolute old values so undo is exact."""

    def __init__(
        self, doc: Document, changes: dict[str, dict[str, Any]], text: str = "", merge_key: str | None = None
    ) -> None:
        self.doc, self.text, self.merge_key = doc, text, merge_key
        self.changes = {element_id: dict(fields) for element_id, fields in changes.items()}
        self._old: dict[str, dict[str, Any]] = {}

    def redo(self) -> None:
        # Validate everything first, so a bad value leaves no element half-changed.
        self.changes = {i: self.doc.validate_changes(i, fields) for i, fields in self.changes.items()}
        for element_id, fields in self.changes.items():
            old = self.doc.update(element_id, fields)
            # Keep the values from the first redo: a merged command must return to the very beginning.
            for name, value in old.items():
                self._old.setdefault(element_id, {}).setdefault(name, value)

    def undo(self) -> None:
        for element_id in reversed(list(self.changes)):
            self.doc.update(element_id, copy.deepcopy(self._old[element_id]))

    def merge_with(self, other: Command) -> bool:
        # The merge key says what may merge (e.g. nudges of one selection); the element sets may differ,
        # as when the first nudge also straightened an attached flow.
        if self.merge_key is None or not isinstance(other, UpdateFieldsCommand) or other.merge_key != self.merge_key:
            return False
        for element_id, fields in other.changes.items():
            self.changes.setdefault(element_id, {}).update(fields)
            for name, value in other._old.get(element_id, {}).items():
                self._old.setdefault(element_id, {}).setdefault(name, value)
        return True


class BatchedCommand(Command):
    """Runs another command inside ``Document.batch()``, so listeners see one edit, also on undo and redo."""

    def __init__(self, doc: Document, inner: Command) -> None:
        self.doc, self.inner = doc, inner
        self.text, self.merge_key = inner.text, inner.merge_key

    def redo(self) -> None:
        with self.doc.batch():
            self.inner.redo()

    def undo(self) -> None:
        with self.doc.batch():
            self.inner.undo()

    def merge_with(self, other: Command) -> bool:
        inner_other = other.inner if isinstance(other, BatchedCommand) else other
        if self.inner.merge_with(inner_other):
            self.text = self.inner.text
            return True
        return False


class MacroCommand(Command):
    """Several commands as one undo step, e.g. removing a step with its flows and findings."""

    def __init__(self, text: str, children: list[Command]) -> None:
        self.text, self.children = text, list(children)

    def redo(self) -> None:
        done: list[Command] = []
        try:
            for child in self.children:
                child.redo()
                done.append(child)
        except Exception:
            # All or nothing: roll back the children that ran, then report the failure.
            for child in reversed(done):
                child.undo()
            raise

    def undo(self) -> None:
        for child in reversed(self.children):
            child.undo()
