"""Progress reporting and cancellation for long exports and imports, without Qt.

A writer calls ``progress(done, total)`` now and then; the callback returns False to cancel, and the
writer then raises ``Cancelled`` (after cleaning up: see io.atomic). The window's callback forwards to a
progress dialog from a worker thread; the command line passes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class Cancelled(Exception):  # noqa: N818 - cancelling is the user's choice, not an error
    """The user cancelled; nothing was written."""


def no_progress(done: int, total: int) -> bool:
    return True


class Tracker:
    """Counts work units across the phases of one job and reports them to a Progress callback."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress or no_progress
        self.total = max(total, 1)
        self.done = 0

    def advance(self, units: int = 1) -> None:
        """Count finished work; raise Cancelled if the user asked to stop."""
        self.done = min(self.done + units, self.total)
        if not self._progress(self.done, self.total):
            raise Cancelled()

    def check(self) -> None:
        """Only ask whether to stop (for loops that report progress less often)."""
        if not self._progress(self.done, self.total):
            raise Cancelled()
