"""One way for a refused edit to reach the user: a message in the status bar, never an error dialog.

The document refuses edits by raising DocumentError (a signed-off document, a flow onto itself, a name that is
already taken). Every gesture, menu and panel runs its edit through ``attempt``; the window shows what
``refusals().refused`` announces. The window's exception hook sends a refusal that escaped anyway to the
same place, so a forgotten call site still gets a message instead of the "unexpected problem" dialog. There is
one main window per process, so one channel serves the window, its dialogs and its tools.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ..model import DocumentError, UnknownElementError

T = TypeVar("T")


class Refusals(QObject):
    refused = Signal(str)  # the reason, in the user's language


_refusals: Refusals | None = None


def refusals() -> Refusals:
    global _refusals
    if _refusals is None:
        _refusals = Refusals()
    return _refusals


def refuse(error: DocumentError) -> None:
    refusals().refused.emit(str(error))


def is_refusal(error: BaseException) -> bool:
    """A rule of the document said no. An unknown element is not a refusal but a bug (a widget kept an id after
    its element went): it goes on to the error dialog and the log."""
    return isinstance(error, DocumentError) and not isinstance(error, UnknownElementError)


def attempt(action: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """Run an edit and give its result; a refusal is announced and gives None."""
    try:
        return action(*args, **kwargs)
    except UnknownElementError:
        raise
    except DocumentError as error:
        refuse(error)
        return None


def accepted(action: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
    """Run an edit; whether the document took it (a refusal is announced)."""
    try:
        action(*args, **kwargs)
    except UnknownElementError:
        raise
    except DocumentError as error:
        refuse(error)
        return False
    return True
