"""A tiny Qt-free observer: the model announces what changed, views and panels follow."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, cast

Handler = Callable[..., Any]
_log = logging.getLogger(__name__)


def _log_handler_error(signal: Signal, error: BaseException) -> None:
    _log.error("handler of %s failed", signal.name, exc_info=error)


# Called when a handler raises. Like a Qt slot, a failing listener must not abort the change that is
# being announced: the document would be left half-edited. The window replaces this with its error dialog.
handler_error_hook: Callable[[Signal, BaseException], None] = _log_handler_error


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

    def handlers(self) -> list[Handler]:
        return list(self._handlers)

    def emit(self, *args: Any) -> None:
        for handler in list(self._handlers):
            try:
                handler(*args)
            except Exception as error:  # noqa: BLE001 - reported, never allowed to tear an edit apart
                handler_error_hook(self, error)

    def __repr__(self) -> str:
        return f"Signal({self.name!r}, {len(self._handlers)} handlers)"


# The kinds of element a document holds, each announcing <kind>_added / _removed / _moved.
ELEMENT_KINDS = (
    "map",
    "lane",
    "phase",
    "step",
    "flow",
    "finding",
    "goal",
    "department",
    "interview",
    "signoff",
    "revision",
)


class DocumentEvents:
    """Every event a Document emits, named in the past tense.

    ``<kind>_added(element, parent_id, index)``, ``<kind>_removed(element, parent_id, index)``,
    ``<kind>_moved(element, old_index, new_index)`` for each kind in ELEMENT_KINDS;
    ``element_changed(element_id, changes)`` with the new values of the changed fields;
    ``changed()`` after any of them, for listeners that only need to know something changed;
    ``batch_started()`` / ``batch_finished()`` around each whole edit (and each undo or redo), so that a
    listener can defer expensive work (re-analysis, re-layout) until an edit of 5,000 changes is complete.
    """

    # <kind>_added / _removed / _moved for every kind of ELEMENT_KINDS: set by the loop in __init__, declared
    # here so that readers and the type checker see them.
    map_added: Signal
    map_removed: Signal
    map_moved: Signal
    lane_added: Signal
    lane_removed: Signal
    lane_moved: Signal
    phase_added: Signal
    phase_removed: Signal
    phase_moved: Signal
    step_added: Signal
    step_removed: Signal
    step_moved: Signal
    flow_added: Signal
    flow_removed: Signal
    flow_moved: Signal
    finding_added: Signal
    finding_removed: Signal
    finding_moved: Signal
    goal_added: Signal
    goal_removed: Signal
    goal_moved: Signal
    department_added: Signal
    department_removed: Signal
    department_moved: Signal
    interview_added: Signal
    interview_removed: Signal
    interview_moved: Signal
    signoff_added: Signal
    signoff_removed: Signal
    signoff_moved: Signal
    revision_added: Signal
    revision_removed: Signal
    revision_moved: Signal

    def __init__(self) -> None:
        for kind in ELEMENT_KINDS:
            for verb in ("added", "removed", "moved"):
                name = f"{kind}_{verb}"
                setattr(self, name, Signal(name))
        self.element_changed = Signal("element_changed")
        self.changed = Signal("changed")
        self.batch_started = Signal("batch_started")
        self.batch_finished = Signal("batch_finished")

    def signal(self, kind: str, verb: str) -> Signal:
        """The signal ``<kind>_<verb>``, e.g. ``signal("step", "added")``; AttributeError for another name."""
        return cast(Signal, getattr(self, f"{kind}_{verb}"))  # every such attribute is set in __init__
