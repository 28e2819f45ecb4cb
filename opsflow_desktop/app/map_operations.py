"""What the Map menu and the tabs' menu do to whole maps: new, rename, duplicate, delete, reorder, and which
current map a target belongs to. A collaborator of the main window, handed what it uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from ..canvas.refusals import attempt
from ..i18n import tr
from ..model import MapKind
from .dialogs.map_source_dialog import MapSourceDialog
from .dialogs.name_dialog import NameDialog
from .dialogs.open_dialog import open_dialog


class MapOperations:
    def __init__(
        self,
        parent: QWidget,
        controller,
        current_map_id: Callable[[], str | None],
        open_map: Callable[[str], object],
        report: Callable[[str], None],
    ) -> None:
        self.parent, self.controller, self.report = parent, controller, report
        self.current_map_id, self.open_map = current_map_id, open_map

    @property
    def editor(self):
        return self.controller.editor

    def _map(self, map_id: str | None):
        map_id = map_id or self.current_map_id()
        return self.controller.doc.get(map_id) if map_id and map_id in self.controller.doc else None

    def new_current_map(self) -> NameDialog:
        """A new current map with a first lane and stage, ready to draw on (one undo step)."""
        dialog = NameDialog(
            tr("New current map"),
            tr("Name:"),
            tr("Current process"),
            self.parent,
            note=tr("It starts with one lane and one stage; rename them by double-clicking their headers."),
        )

        def create() -> None:
            new = attempt(self.editor.add_map, dialog.value(), MapKind.CURRENT, [tr("Department 1")], [tr("Stage 1")])
            if new is not None:
                self.open_map(new.id)

        return open_dialog(dialog, create)

    def rename_map(self, map_id: str | None = None) -> NameDialog | None:
        process_map = self._map(map_id)
        if process_map is None:
            return None
        dialog = NameDialog(tr("Rename map"), tr("Name:"), process_map.name, self.parent)
        return open_dialog(dialog, lambda: attempt(self.editor.rename, process_map.id, dialog.value()))

    def duplicate_map(self, map_id: str | None = None) -> None:
        process_map = self._map(map_id)
        if process_map is not None:
            copy = attempt(self.editor.duplicate_map, process_map.id)
            if copy is not None:
                self.open_map(copy.id)

    def delete_map(self, map_id: str | None = None) -> None:
        """Delete a map after saying what goes with it (undo brings everything back)."""
        process_map = self._map(map_id)
        if process_map is None:
            return
        if len(self.controller.doc.maps) == 1:  # asked before the question, which would be in vain
            attempt(self.editor.remove_map, process_map.id)
            return
        removal = self.editor.map_removal(process_map.id)
        text = tr("Delete the map “{name}”?", name=process_map.name)
        details = "\n".join([*removal.sentences(), tr("Undo (Ctrl+Z) brings it back.")])
        if (
            QMessageBox.question(self.parent, tr("Delete map"), f"{text}\n\n{details}")
            == QMessageBox.StandardButton.Yes
        ):
            attempt(self.editor.remove_map, process_map.id)

    def move_map(self, step: int, map_id: str | None = None) -> None:
        process_map = self._map(map_id)
        if process_map is not None:
            index = self.controller.doc.index_of(process_map.id) + step
            if 0 <= index < len(self.controller.doc.maps):
                attempt(self.editor.move_map, process_map.id, index)

    def move_left(self) -> None:
        self.move_map(-1)

    def move_right(self) -> None:
        self.move_map(1)

    def set_map_source(self, map_id: str | None = None) -> MapSourceDialog | None:
        process_map = self._map(map_id)
        if process_map is None:
            return None
        if process_map.kind is not MapKind.TARGET:
            self.report(tr("Only a target map is designed from a current map: open a target map's tab."))
            return None
        dialog = MapSourceDialog(self.controller.doc.project, process_map, self.parent)
        return open_dialog(dialog, lambda: attempt(self.editor.set_map_source, process_map.id, dialog.value()))
