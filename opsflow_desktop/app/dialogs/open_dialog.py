"""How the window shows its dialogs: window-modal with ``open()``, never a blocking ``exec()``.

The event loop keeps running (autosave, background exports), the dialog is painted like any window, and tests
drive it the way a user does: fill its widgets, press OK. ``on_accept`` runs when the user presses OK.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def open_dialog(dialog: D, on_accept: Callable[[], object] | None = None) -> D:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_accept is not None:
        dialog.accepted.connect(on_accept)
    dialog.open()
    return dialog
