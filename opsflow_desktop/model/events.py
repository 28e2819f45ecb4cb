"""A tiny Qt-free observer: the model announces what changed, views and panels follow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Handler = Callable[..., Any]


class Signal:
    """A list of handlers called in connection order; like Qt's signals, without Qt."""

    __slots__ = ("name", "_handlers")

    def __init__(self, name: str) -> None:
        self.name = name
        self._handlers: list[Handler] = []

    def connect(self, handler: Handler) -> None:
        self._handlers.append(handler)

    def disconnect(self, handler: Handler) -> None:
        self._handlers.remove(handler)

    def emit(self, *args: Any) -> None:
        for handler in list(self._handlers):
            handler(*args)

    def __repr__(self) -> str:
        return f"Signal({self.name!r}, {len(self._handlers)} handlers)"


# The kinds of element a document holds, each announcing <kind>_added / _removed / _moved.
ELEMENT_KINDS = ("map", "lane", "phase", "step", "flow", "finding", "goal", "department", "signoff", "revision")


class DocumentEvents:
    """Every event a Document emits, named in the past tense.

    ``<kind>_added(element, parent_id, index)``, ``<kind>_removed(element, parent_id, index)``,
    ``<kind>_moved(element, old_index, new_index)`` for each kind in ELEMENT_KINDS;
    ``element_changed(element_id, changes)`` with the new values of the changed fields;
    ``changed()`` after any of them, for listeners that only need to know something changed.
    """

    def __init__(self) -> None:
        for kind in ELEMENT_KINDS:
            for verb in ("added", "removed", "moved"):
                name = f"{kind}_{verb}"
                setattr(self, name, Signal(name))
        self.element_changed = Signal("element_changed")
        self.changed = Signal("changed")

    def signal(self, kind: str, verb: str) -> Signal:
        return getattr(self, f"{kind}_{verb}")
