"""Workshop records from the window: start one, edit one, pick one of several. A collaborator of the main window,
handed what it uses.

Dialogs open window-modal (``open_dialog``), never with a blocking ``exec()``: what follows a choice is passed in
as ``then`` and runs when the user presses OK.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from ..editing.signoff import is_signed_off
from ..editing.workshops import default_title
from ..i18n import tr
from .dialogs.open_dialog import open_dialog
from .dialogs.workshop_choice_dialog import WorkshopChoiceDialog, workshops_newest_first
from .dialogs.workshop_dialog import WorkshopDialog


class WorkshopOperations:
    def __init__(
        self,
        parent: QWidget,
        controller,
        current_map_id: Callable[[], str | None],
        report: Callable[[str], None],
        export_minutes: Callable[[str], object] | None = None,
    ) -> None:
        self.parent, self.controller, self.report = parent, controller, report
        self.current_map_id = current_map_id
        self.export_minutes = export_minutes  # ExportOperations.export_minutes: asks where, writes the minutes

    @property
    def editor(self):
        return self.controller.editor

    def new_workshop(self, then: Callable[[str], object] | None = None) -> WorkshopDialog | None:
        """The record of a new workshop, titled after the current map and today; it is created when the user
        presses OK (one undo step), then ``then(workshop_id)`` runs. Cancel leaves nothing behind."""
        project = self.controller.doc.project
        if is_signed_off(project):
            self.report(tr("The document is signed off: start a new revision to record a workshop."))
            return None
        today = dt.date.today()
        map_id = self.current_map_id()
        title = (
            default_title(self.controller.doc.get(map_id).name, today)
            if map_id and map_id in self.controller.doc
            else tr("Workshop {date}", date=today.isoformat())
        )
        dialog = WorkshopDialog(self.editor, None, self.parent, title=title, date=today)

        def created() -> None:
            workshop_id = dialog.workshop_id
            if workshop_id is None:
                return
            self.report(tr("Workshop “{name}” recorded.", name=self.controller.doc.get(workshop_id).title))
            if then is not None:
                then(workshop_id)

        return open_dialog(dialog, created)

    def edit_workshop(
        self, workshop_id: str, then: Callable[[str], object] | None = None, parent: QWidget | None = None
    ) -> WorkshopDialog:
        """The record of a workshop held; OK applies every change as one undo step. ``parent``: the window
        the user is in (the presenter view while presenting), so the dialog opens in front of it."""
        dialog = WorkshopDialog(self.editor, workshop_id, parent or self.parent)
        return open_dialog(dialog, (lambda: then(workshop_id)) if then is not None else None)

    def latest_workshop_id(self) -> str | None:
        """The workshop held last, if any (for a default without asking)."""
        held = workshops_newest_first(self.controller.doc.project)
        return held[0].id if held else None

    def choose_workshop(self, then: Callable[[str], object], *, then_after_new: bool = True) -> QDialog | None:
        """Run ``then(workshop_id)`` for the workshop the user means: with none yet, a new one is recorded
        first; with one, that one at once; with several, the user picks one (newest first) or starts a new one.
        ``then_after_new`` False: for a new workshop its record dialog is all. Returns the dialog opened."""
        held = workshops_newest_first(self.controller.doc.project)
        after_new = then if then_after_new else None
        if not held:
            return self.new_workshop(after_new)
        if len(held) == 1:
            then(held[0].id)
            return None
        dialog = WorkshopChoiceDialog(self.controller.doc.project, self.parent)

        def chosen() -> None:
            if dialog.chosen_id is None:
                self.new_workshop(after_new)
            else:
                then(dialog.chosen_id)

        return open_dialog(dialog, chosen)

    def export_chosen_minutes(self) -> None:
        """Workshop → Export minutes: of the workshop held, or the one the user picks."""
        if self.export_minutes is None:
            return
        if not workshops_newest_first(self.controller.doc.project):
            self.report(tr("The project has no workshop record, so there are no minutes to write."))
            return
        self.choose_workshop(self.export_minutes, then_after_new=False)

    def edit_chosen_workshop(self) -> None:
        """The menu's "Workshop record…": the workshop held, the one the user picks, or a new one."""
        self.choose_workshop(self.edit_workshop, then_after_new=False)
