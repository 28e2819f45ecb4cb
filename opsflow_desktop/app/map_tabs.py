"""The maps as tabs: one MapView per map, in the document's order, named and marked current or target.

The tabs follow the document (a map added, removed, moved or renamed, also by undo); dragging a tab moves the map
(one undo step). Showing an element means opening its map's tab, selecting it and centring on it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTabWidget

from ..canvas.refusals import accepted
from ..canvas.view import MapView
from ..i18n import tr
from ..labels import label
from ..model import MapKind
from .icons import map_kind_icon

# The tab's right-click menu: the map actions of the window (None: a separator).
TAB_MENU = (
    "rename_map",
    "duplicate_map",
    "delete_map",
    None,
    "move_map_left",
    "move_map_right",
    "map_source",
    None,
    "derive",
    "new_map",
)


class MapTabs(QTabWidget):
    view_opened = Signal(object)  # MapView, once, when a map first gets its tab

    def __init__(
        self,
        controller,
        make_view: Callable[[str], MapView],
        actions: Callable[[], dict[str, QAction]],
        rename_map: Callable[[str], object],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._make_view, self._actions, self._rename_map = make_view, actions, rename_map
        self.views: dict[str, MapView] = {}
        self._syncing = False
        self._subscriptions: list = []
        self.setDocumentMode(True)
        self.setMovable(True)  # dragging a tab reorders the maps
        bar = self.tabBar()
        bar.tabMoved.connect(self._tab_moved)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        bar.customContextMenuRequested.connect(self._tab_menu)
        bar.tabBarDoubleClicked.connect(self._tab_double_clicked)

    # ------------------------------------------------------------ the document
    def follow(self) -> None:
        """A (new) document is open: tabs for its maps, and follow its changes."""
        for signal, handler in self._subscriptions:
            signal.disconnect(handler)
        events = self.controller.doc.events
        self._subscriptions = [
            (events.map_added, self._map_added),
            (events.map_removed, self._map_removed),
            (events.map_moved, self._map_moved),
            (events.element_changed, self._element_changed),
        ]
        for signal, handler in self._subscriptions:
            signal.connect(handler)
        while self.count():
            self._close_tab(0)
        for process_map in self.controller.doc.maps:
            self.open(process_map.id, focus=False)
        if self.count():
            self.setCurrentIndex(0)

    def _map_added(self, process_map, parent_id, index) -> None:
        self.open(process_map.id, focus=False)

    def _map_removed(self, process_map, parent_id, index) -> None:
        view = self.views.get(process_map.id)
        if view is not None:
            self._close_tab(self.indexOf(view))

    def _element_changed(self, element_id: str, changes: dict) -> None:
        if element_id in self.views:
            self.label(element_id)

    def _map_moved(self, *_args) -> None:
        """Tabs in the document's map order (after a drag, a menu move, undo or redo)."""
        self._syncing = True
        try:
            for index, process_map in enumerate(self.controller.doc.maps):
                view = self.views.get(process_map.id)
                if view is not None and self.indexOf(view) != index:
                    self.tabBar().moveTab(self.indexOf(view), index)
        finally:
            self._syncing = False

    # ------------------------------------------------------------ tabs
    def open(self, map_id: str, focus: bool = True) -> MapView:
        view = self.views.get(map_id)
        if view is None:
            view = self._make_view(map_id)
            self.views[map_id] = view
            # In the document's map order, also when undo brings a map back; the view positions itself at the
            # map's start when it is first shown.
            self.insertTab(self.controller.doc.index_of(map_id), view, "")
            self.label(map_id)
            self.view_opened.emit(view)
        if focus:
            self.setCurrentWidget(view)
        return view

    def label(self, map_id: str) -> None:
        """The map's own name, with a small current/target marker and a tooltip that says which."""
        index = self.indexOf(self.views[map_id])
        process_map = self.controller.doc.get(map_id)
        self.setTabText(index, process_map.name)
        self.setTabIcon(index, map_kind_icon(process_map.kind))
        tip = label(process_map.kind)
        source = process_map.derived_from
        if source and source in self.controller.doc:
            tip = tr("{kind}, designed from “{source}”", kind=tip, source=self.controller.doc.get(source).name)
        self.setTabToolTip(index, tip)

    def relabel_all(self) -> None:
        for map_id in self.views:
            self.label(map_id)

    def _close_tab(self, index: int) -> None:
        view = self.widget(index)
        self.removeTab(index)
        if isinstance(view, MapView):
            scene = view.scene()
            scene.detach()
            self.views.pop(scene.map_id, None)
            view.deleteLater()  # and its scene, a child of the view

    def _tab_moved(self, from_index: int, to_index: int) -> None:
        """The user dragged a tab: the maps take the same order (one undo step)."""
        if self._syncing:
            return
        view = self.widget(to_index)
        if isinstance(view, MapView) and not accepted(self.controller.editor.move_map, view.scene().map_id, to_index):
            self._map_moved()  # refused: the tabs go back to the document's order

    def _tab_menu(self, point: QPoint) -> None:
        index = self.tabBar().tabAt(point)
        view = self.widget(index)
        if not isinstance(view, MapView):
            return
        self.setCurrentIndex(index)
        target = self.controller.doc.get(view.scene().map_id).kind is MapKind.TARGET
        menu = QMenu(self)
        for key in TAB_MENU:
            if key is None:
                menu.addSeparator()
            elif key != "map_source" or target:
                menu.addAction(self._actions()[key])
        menu.exec(self.tabBar().mapToGlobal(point))

    def _tab_double_clicked(self, index: int) -> None:
        view = self.widget(index)
        if isinstance(view, MapView):
            self._rename_map(view.scene().map_id)

    # ------------------------------------------------------------ views
    def current_view(self) -> MapView | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, MapView) else None

    def current_map_id(self) -> str | None:
        view = self.current_view()
        return view.scene().map_id if view else None

    def all_views(self) -> list[MapView]:
        return list(self.views.values())

    def select(self, map_id: str, ids: list[str]) -> None:
        """Select these elements on their map's tab, centred on the first."""
        if map_id in self.views:
            view = self.open(map_id)
            view.scene().select_ids(ids)
            if ids and (ids[0] in view.scene().step_items or ids[0] in view.scene().flow_items):
                view.center_on_element(ids[0])

    def reveal(self, map_id: str, element_id: str) -> None:
        """Show an element: its map's tab, selected and centred (a lane: scrolled to; the map: just the tab)."""
        if map_id not in self.views:
            return
        view = self.open(map_id)
        if element_id in view.scene().step_items or element_id in view.scene().flow_items:
            view.scene().select_ids([element_id])
            view.center_on_element(element_id)
        elif element_id in self.controller.doc and element_id != map_id:
            lane_rect = next((r for lane, r in view.scene().lane_rects() if lane.id == element_id), None)
            if lane_rect is not None:
                view.centerOn(view.mapToScene(view.viewport().rect().center()).x(), lane_rect.center().y())
