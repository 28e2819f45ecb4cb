"""What the Edit, View and Map menus do to the map in the current tab: clipboard, selection, zoom, arrange and
align, placing steps, inserting and deleting lanes and stages. A collaborator of the main window."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPointF
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..canvas.refusals import attempt
from ..canvas.tools.place import PlaceTool, place_and_name
from ..canvas.view import MapView
from ..editing.clipboard import copy_fragment, is_fragment
from ..i18n import tr
from ..model import Lane, Step, StepKind
from .map_tabs import MapTabs
from .project_operations import ProjectOperations

FRAGMENT_MIME = "application/x-opsflow-fragment"
PASTE_OFFSET = 30.0


def release_clipboard() -> None:
    """Before the application quits: keep only plain text on the clipboard.

    PySide6 crashes at exit when the clipboard still holds a QMimeData created from Python; text set
    with setText is owned by Qt itself. Our copied steps cannot be pasted after quitting anyway.
    """
    clipboard = QApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(FRAGMENT_MIME):
        text = mime.text()
        clipboard.clear()
        if text:
            clipboard.setText(text)


class CanvasOperations:
    def __init__(
        self, parent: QWidget, controller, tabs: MapTabs, report: Callable[[str], None], project: ProjectOperations
    ) -> None:
        self.parent, self.controller, self.tabs, self.report, self.project = parent, controller, tabs, report, project
        self.snap_to_grid = True

    def current_view(self) -> MapView | None:
        return self.tabs.current_view()

    def _selected_steps(self) -> list[str]:
        view = self.current_view()
        return view.scene().selected_step_ids() if view else []

    # ----------------------------------------------------------- clipboard
    def copy(self) -> None:
        ids = self._selected_steps()
        if not ids:
            return
        fragment = copy_fragment(self.controller.doc, ids)
        mime = QMimeData()
        mime.setData(FRAGMENT_MIME, json.dumps(fragment, ensure_ascii=False).encode("utf-8"))
        mime.setText("\n".join(self.controller.doc.get(i).name for i in ids))  # plain text for other programs
        QApplication.clipboard().setMimeData(mime)
        self.report(tr("Copied {count} steps.", count=len(ids)))

    def cut(self) -> None:
        if self._selected_steps():
            self.copy()
            self.delete_selection()

    @staticmethod
    def _clipboard_fragment() -> dict | None:
        """Copied steps from the clipboard, or None for anything else (text, images, damaged data)."""
        mime = QApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(FRAGMENT_MIME):
            return None
        try:
            fragment = json.loads(mime.data(FRAGMENT_MIME).data().decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return None
        return fragment if is_fragment(fragment) and fragment["steps"] else None

    def paste(self) -> None:
        view, fragment = self.current_view(), self._clipboard_fragment()
        if view is not None and fragment is not None:
            self._paste_fragment(view, fragment)

    def _paste_fragment(self, view: MapView, fragment: dict) -> None:
        doc = self.controller.doc
        same_map = all(
            s["id"] in doc and isinstance(doc.get(s["id"]), Step) and doc.map_of(s["id"]).id == view.scene().map_id
            for s in fragment["steps"]
        )
        offset = PASTE_OFFSET if same_map else 0.0
        ids = attempt(lambda: self.controller.editor.paste(view.scene().map_id, fragment, offset, offset))
        if ids:
            view.scene().select_ids(ids)

    def duplicate(self) -> None:
        view, ids = self.current_view(), self._selected_steps()
        if view and ids:
            self._paste_fragment(view, copy_fragment(self.controller.doc, ids))

    # ----------------------------------------------------------- selection
    def delete_selection(self) -> None:
        view = self.current_view()
        if view is None:
            return
        ids = view.scene().selected_step_ids() + view.scene().selected_flow_ids()
        if ids:
            attempt(lambda: self.controller.editor.remove(ids))

    def select_all(self) -> None:
        view = self.current_view()
        if view is not None:
            view.scene().select_all()

    def rename_selection(self) -> None:
        view, ids = self.current_view(), self._selected_steps()
        if view and len(ids) == 1:
            view.start_rename(ids[0])

    # ----------------------------------------------------------- zoom
    def zoom_in(self) -> None:
        if self.current_view():
            self.current_view().zoom_by(1.25)

    def zoom_out(self) -> None:
        if self.current_view():
            self.current_view().zoom_by(0.8)

    def fit_all(self) -> None:
        if self.current_view():
            self.current_view().fit_all()

    def zoom_100(self) -> None:
        if self.current_view():
            self.current_view().set_scale(1.0)

    def toggle_snap(self, checked: bool) -> None:
        self.snap_to_grid = checked
        for view in self.tabs.all_views():
            view.scene().snap_to_grid = checked

    # ----------------------------------------------------------- map
    def derive_target(self) -> None:
        view = self.current_view()
        if view is None:
            return
        target = attempt(lambda: self.controller.editor.derive_target(view.scene().map_id))
        if target is not None:
            self.tabs.open(target.id)

    def arrange(self) -> None:
        view = self.current_view()
        if view is not None:
            attempt(lambda: self.controller.editor.arrange(view.scene().map_id))

    def _align(self, mode: str) -> None:
        ids = self._selected_steps()
        if len(ids) < 2:
            self.report(tr("Select two or more steps to align them."))
            return
        attempt(lambda: self.controller.editor.align_steps(ids, mode))

    def align_left(self) -> None:
        self._align("left")

    def align_hcenter(self) -> None:
        self._align("hcenter")

    def align_right(self) -> None:
        self._align("right")

    def align_top(self) -> None:
        self._align("top")

    def align_vcenter(self) -> None:
        self._align("vcenter")

    def align_bottom(self) -> None:
        self._align("bottom")

    def _distribute(self, horizontal: bool) -> None:
        ids = self._selected_steps()
        if len(ids) < 3:
            self.report(tr("Select three or more steps to distribute them."))
            return
        attempt(lambda: self.controller.editor.distribute_steps(ids, horizontal))

    def distribute_horizontally(self) -> None:
        self._distribute(True)

    def distribute_vertically(self) -> None:
        self._distribute(False)

    def paste_at(self, view: MapView, point: QPointF) -> None:
        """Paste so that the copied steps' top-left lands at ``point`` (context menu)."""
        fragment = self._clipboard_fragment()
        if fragment is None:
            return
        left = min(s["x"] for s in fragment["steps"])
        top = min(s["y"] for s in fragment["steps"])
        ids = attempt(
            lambda: self.controller.editor.paste(view.scene().map_id, fragment, point.x() - left, point.y() - top)
        )
        if ids:
            view.scene().select_ids(ids)

    # ----------------------------------------------------------- placing steps
    def place_kind(self, kind: StepKind) -> None:
        """A kind chosen on the shapes toolbar: the next click on the map places it."""
        view = self.current_view()
        if view is not None:
            view.start_tool(PlaceTool(view, kind))
            view.setFocus()
            self.report(tr("Click on the map to place the step; Esc cancels."))

    def place_at(self, view: MapView, kind: StepKind, point: QPointF) -> None:
        """A kind dropped on the map from the shapes toolbar."""
        place_and_name(view, kind, point.x(), point.y())

    # ----------------------------------------------------------- lanes and stages
    def insert_band(self, view: MapView, lane: bool, index: int) -> None:
        add = self.project.add_lane if lane else self.project.add_phase
        add(view.scene().map_id, index)

    def delete_band(self, band_id: str) -> None:
        """Delete a lane or stage; when steps go with it, ask first."""
        doc = self.controller.doc
        band = doc.get(band_id)
        count = len(doc.steps_in_lane(band_id) if isinstance(band, Lane) else doc.steps_in_phase(band_id))
        if (
            count
            and QMessageBox.question(
                self.parent, tr("Delete"), tr("This also deletes its {count} steps. Continue?", count=count)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        attempt(self.controller.editor.remove, [band_id])
