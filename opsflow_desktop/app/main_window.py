"""MainWindow: wiring only. Tabs of maps, docks, menus, status bar, file handling and language."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPointF, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..canvas.refusals import accepted, attempt, refusals
from ..canvas.scene import MapScene
from ..canvas.tools.place import PlaceTool, place_and_name
from ..canvas.view import MapView
from ..editing.signoff import is_signed_off
from ..i18n import tr
from ..labels import label
from ..model import MapKind, StepKind
from ..model.traits import FINDING_TYPES
from .actions import MARK_ACTIONS, MENUS, TOOLBAR, build_actions, retranslate_actions
from .canvas_operations import CanvasOperations
from .context_menu import show_context_menu
from .dialogs.open_dialog import open_dialog
from .dialogs.shortcuts_dialog import ShortcutsDialog
from .document_controller import DocumentController
from .export_operations import ExportOperations
from .file_operations import FileOperations
from .find_bar import FindBar
from .finding_operations import FindingOperations
from .icons import action_icon, map_kind_icon
from .language import LanguageManager
from .map_operations import MapOperations
from .panels.analysis import AnalysisPanel
from .panels.findings import FindingsPanel
from .panels.overview import Overview
from .panels.palette import Palette
from .panels.properties import PropertiesPanel
from .project_operations import ProjectOperations
from .signoff_operations import SignOffOperations

# The saved dock layout carries this number: a layout saved for other docks (the palette was one) is not restored.
LAYOUT_VERSION = 2
DEFAULT_PANEL_WIDTH, DEFAULT_REGISTER_HEIGHT = 300, 170  # the canvas keeps most of a 1366x768 screen
DEFAULT_SIZE = (1400, 860)


class MainWindow(CanvasOperations, FindingOperations, FileOperations, ExportOperations, SignOffOperations,
                 QMainWindow):
    def __init__(self, controller: DocumentController, languages: LanguageManager) -> None:
        super().__init__()
        controller.setParent(self)  # one lifetime: the window owns its document and undo history
        self.controller = controller
        self.languages = languages
        self.views: dict[str, MapView] = {}
        self._doc_subscriptions: list = []
        self.setAcceptDrops(True)
        self._fit_default_size()
        self._syncing_tabs = False

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setMovable(True)  # dragging a tab reorders the maps
        self.tabs.currentChanged.connect(self._current_tab_changed)
        self.tabs.tabBar().tabMoved.connect(self._tab_moved)
        self.tabs.tabBar().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tabs.tabBar().customContextMenuRequested.connect(self._tab_menu)
        self.tabs.tabBar().tabBarDoubleClicked.connect(self._tab_double_clicked)
        self.find_bar = FindBar(self.current_view, self.report)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_signoff_banner())
        layout.addWidget(self.find_bar)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self.palette = Palette()
        self.palette.kind_chosen.connect(self.place_kind)
        self.properties = PropertiesPanel(lambda: self.controller.editor, self.report)
        self.overview = Overview()
        self.findings_panel = FindingsPanel(lambda: self.controller.editor, self.report)
        self.findings_panel.reveal_requested.connect(self.reveal)
        self.analysis_panel = AnalysisPanel(lambda: self.controller.editor, self._current_map_id, self.report)
        self.analysis_panel.select_requested.connect(self._select_in_map)
        self.analysis_panel.overlays_changed.connect(self._apply_overlays)
        self.analysis_panel.side_by_side_requested.connect(self._show_side_by_side)
        self.analysis_panel.fix_requested.connect(lambda fix: self.project.fix(fix))
        # The canvas gets most of the screen: the panels share one column on the right (tabs), the register
        # a low strip at the bottom, and the step kinds a toolbar row.
        self.properties_dock = self._dock("properties", self.properties, Qt.DockWidgetArea.RightDockWidgetArea)
        self.analysis_dock = self._dock("analysis", self.analysis_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.overview_dock = self._dock("overview", self.overview, Qt.DockWidgetArea.RightDockWidgetArea)
        self.findings_dock = self._dock("findings", self.findings_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.properties_dock, self.analysis_dock)
        self.tabifyDockWidget(self.analysis_dock, self.overview_dock)
        self.properties_dock.raise_()
        self._default_dock_sizes = True  # until a saved layout is restored

        refusals().refused.connect(self.report)  # every refused edit, from any widget, as a status message
        self.zoom_label = QLabel()
        self.selection_label = QLabel()
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

        self.maps = MapOperations(self, controller, self._current_map_id, self.open_map_tab, self.report)
        self.project = ProjectOperations(self, controller, self._current_map_id, self.report)
        self.actions = build_actions(self)
        self.actions["snap"].setChecked(True)
        # Undo/redo show the command's text ("撤销 移动步骤「选品会」"), in the current language.
        self.undo_action = QAction(self)
        self.redo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.undo_action.triggered.connect(controller.undo_stack.undo)
        self.redo_action.triggered.connect(controller.undo_stack.redo)
        # Bound methods, not lambdas: Qt drops these connections when the window is destroyed.
        controller.undo_stack.indexChanged.connect(self._update_undo_texts)
        controller.undo_stack.cleanChanged.connect(self._update_undo_texts)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setIconSize(QSize(20, 20))
        self.addToolBar(self.toolbar)
        self.addToolBar(self.palette)
        self._build_menus()

        controller.document_replaced.connect(self._document_replaced)
        controller.dirty_changed.connect(self.setWindowModified)
        controller.path_changed.connect(self._update_title)
        self._document_replaced()
        self.retranslate()
        geometry, state = QSettings().value("window_geometry"), QSettings().value("window_state")
        if geometry is not None:
            self.restoreGeometry(geometry)  # size, position, maximised, on the screen it was on
        if state is not None and self.restoreState(state, LAYOUT_VERSION):
            self._default_dock_sizes = False  # where the user left the docks and the toolbars

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._default_dock_sizes:  # only a laid-out window can size its docks
            self._default_dock_sizes = False
            QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        self.resizeDocks([self.properties_dock], [DEFAULT_PANEL_WIDTH], Qt.Orientation.Horizontal)
        self.resizeDocks([self.findings_dock], [DEFAULT_REGISTER_HEIGHT], Qt.Orientation.Vertical)

    def _fit_default_size(self) -> None:
        """1400×860, or less on a smaller screen (a 1366×768 laptop), until a saved size is restored."""
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = DEFAULT_SIZE
        if available is not None:
            width, height = min(width, available.width()), min(height, available.height() - 30)
        self.resize(width, height)

    def refine_map_actions(self) -> None:
        """Map actions that could only be refused for the map in view are greyed out (after the sign-off state,
        which greys every editing action of a signed-off document)."""
        if not hasattr(self, "actions"):
            return
        editable = not is_signed_off(self.controller.doc.project)
        map_id = self._current_map_id()
        maps = self.controller.doc.maps
        index = self.controller.doc.index_of(map_id) if map_id in self.controller.doc else -1
        process_map = self.controller.doc.get(map_id) if index >= 0 else None
        self.actions["move_map_left"].setEnabled(editable and index > 0)
        self.actions["move_map_right"].setEnabled(editable and 0 <= index < len(maps) - 1)
        self.actions["delete_map"].setEnabled(editable and len(maps) > 1)
        self.actions["map_source"].setEnabled(editable and process_map is not None
                                              and process_map.kind is MapKind.TARGET)
        self.actions["derive"].setEnabled(editable and process_map is not None
                                          and process_map.kind is MapKind.CURRENT)
        self.tabs.setMovable(editable)

    def save_layout(self) -> None:
        """Size, position and maximised state, and where the docks and toolbars are, for the next start."""
        QSettings().setValue("window_geometry", self.saveGeometry())
        QSettings().setValue("window_state", self.saveState(LAYOUT_VERSION))

    # ------------------------------------------------------------- building
    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        """Menus and toolbar are built once; a language switch only re-applies their texts."""
        self.menus = {}
        self.mark_menu = QMenu(self)
        for key in MARK_ACTIONS:
            self.mark_menu.addAction(self.actions[key])
        self.mark_button = QToolButton()
        self.mark_button.setMenu(self.mark_menu)
        self.mark_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        extras = {"@undo": self.undo_action, "@redo": self.redo_action}
        for key, _title, entries in MENUS:
            menu = self.menuBar().addMenu("")
            menu.setObjectName(f"menu_{key}")
            self.menus[key] = menu
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                elif entry == "@recent":
                    self.recent_menu = menu.addMenu("")
                    self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
                elif entry == "@docks":
                    for dock in (self.properties_dock, self.analysis_dock, self.overview_dock, self.findings_dock):
                        menu.addAction(dock.toggleViewAction())
                    menu.addAction(self.toolbar.toggleViewAction())
                    menu.addAction(self.palette.toggleViewAction())
                elif entry in extras:
                    menu.addAction(extras[entry])
                else:
                    menu.addAction(self.actions[entry])
        for key, action in [*self.actions.items(), *extras.items()]:
            action.setIcon(action_icon(key))
        self.mark_button.setIcon(action_icon("@mark"))
        self.mark_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for entry in TOOLBAR:
            if entry is None:
                self.toolbar.addSeparator()
            elif entry == "@mark":
                self.toolbar.addWidget(self.mark_button)
            else:
                self.toolbar.addAction(extras.get(entry) or self.actions[entry])

    def _update_undo_texts(self, *_signal_args) -> None:
        stack = self.controller.undo_stack
        if not (shiboken6.isValid(stack) and shiboken6.isValid(self.undo_action)):
            return  # the window is being destroyed and the stack announces its own clean-up
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(tr("&Undo {command}", command=stack.undoText()).strip())
        self.redo_action.setText(tr("&Redo {command}", command=stack.redoText()).strip())

    def retranslate(self) -> None:
        """Re-apply every visible text after a language switch."""
        retranslate_actions(self.actions)
        for key, title, _entries in MENUS:
            self.menus[key].setTitle(title())
        self.recent_menu.setTitle(tr("Open &recent"))
        self.mark_button.setText(tr("Mark finding"))
        self.mark_button.setToolTip(tr("Mark a finding on the selection (keys {keys})",
                                       keys=", ".join(t.key for t in FINDING_TYPES.values())))
        self.actions["lang_zh"].setChecked(self.languages.current == "zh_CN")
        self.actions["lang_en"].setChecked(self.languages.current == "en")
        self._update_undo_texts()
        self.overview_dock.setWindowTitle(tr("Overview"))
        self.properties_dock.setWindowTitle(tr("Properties"))
        self.findings_dock.setWindowTitle(tr("Issue register"))
        self.analysis_dock.setWindowTitle(tr("Analysis"))
        self.analysis_panel.retranslate()
        self.findings_panel.retranslate()
        self.toolbar.setWindowTitle(tr("Toolbar"))
        self.find_bar.retranslate()
        self.palette.retranslate()
        self.properties.retranslate()
        for view in self.views.values():
            view.retranslate()
            view.viewport().update()
        self._update_title()
        self._update_status()
        self.update_signoff_state()

    # ------------------------------------------------------------- document
    def _document_replaced(self) -> None:
        self.project.document_replaced()
        for signal, handler in self._doc_subscriptions:
            signal.disconnect(handler)
        events = self.controller.doc.events
        self._doc_subscriptions = [(events.map_added, self._map_added), (events.map_removed, self._map_removed),
                                   (events.map_moved, self._map_moved),
                                   (events.element_changed, self._element_changed),
                                   (events.batch_finished, self._batch_finished)]
        for signal, handler in self._doc_subscriptions:
            signal.connect(handler)
        while self.tabs.count():
            self._close_tab(0)
        for process_map in self.controller.doc.maps:
            self.open_map_tab(process_map.id, focus=False)
        if self.tabs.count():
            self.tabs.setCurrentIndex(0)
        self.properties.show_element(None)
        # The panels follow shortly, debounced: opening a large map must not wait for them.
        self.findings_panel.schedule_refresh()
        self.analysis_panel.schedule()
        self._update_title()
        self._update_status()
        self.update_signoff_state()

    def open_map_tab(self, map_id: str, focus: bool = True) -> MapView:
        if map_id in self.views:
            view = self.views[map_id]
        else:
            scene = MapScene(self.controller.editor, map_id)
            scene.snap_to_grid = self.actions["snap"].isChecked() if hasattr(self, "actions") else True
            view = MapView(scene)
            scene.setParent(view)  # the scene lives and dies with its tab
            view.zoom_changed.connect(lambda _: self._update_status())
            view.message.connect(self.report)
            view.context_requested.connect(lambda element_id, point, where, v=view:
                                           show_context_menu(self, v, element_id, point, where))
            view.place_requested.connect(lambda kind, point, v=view: self._place_at(v, kind, point))
            view.mark_requested.connect(self.mark)
            scene.selectionChanged.connect(self._selection_changed)
            self.views[map_id] = view
            # Tabs in the document's map order, also when undo brings a map back.
            self.tabs.insertTab(self.controller.doc.index_of(map_id), view, self._tab_title(map_id))
            self._label_tab(map_id)  # the view positions itself at the map's start when first shown
        if focus:
            self.tabs.setCurrentWidget(view)
        return view

    def _tab_title(self, map_id: str) -> str:
        return self.controller.doc.get(map_id).name

    def _label_tab(self, map_id: str) -> None:
        """The map's own name, with a small current/target marker and a tooltip that says which."""
        view = self.views[map_id]
        index = self.tabs.indexOf(view)
        process_map = self.controller.doc.get(map_id)
        self.tabs.setTabText(index, process_map.name)
        self.tabs.setTabIcon(index, map_kind_icon(process_map.kind))
        tip = label(process_map.kind)
        source = process_map.derived_from
        if source and source in self.controller.doc:
            tip = tr("{kind}, designed from “{source}”", kind=tip, source=self.controller.doc.get(source).name)
        self.tabs.setTabToolTip(index, tip)

    def _tab_moved(self, from_index: int, to_index: int) -> None:
        """The user dragged a tab: the maps take the same order (one undo step)."""
        if self._syncing_tabs:
            return
        view = self.tabs.widget(to_index)
        if isinstance(view, MapView) and not accepted(self.controller.editor.move_map, view.scene().map_id, to_index):
            self._map_moved()  # refused: the tabs go back to the document's order

    def _map_moved(self, *_args) -> None:
        """Tabs in the document's map order (after a drag, a menu move, undo or redo)."""
        self._syncing_tabs = True
        try:
            bar = self.tabs.tabBar()
            for index, process_map in enumerate(self.controller.doc.maps):
                view = self.views.get(process_map.id)
                if view is not None and self.tabs.indexOf(view) != index:
                    bar.moveTab(self.tabs.indexOf(view), index)
        finally:
            self._syncing_tabs = False

    def _tab_menu(self, point) -> None:
        index = self.tabs.tabBar().tabAt(point)
        view = self.tabs.widget(index)
        if not isinstance(view, MapView):
            return
        map_id = view.scene().map_id
        self.tabs.setCurrentIndex(index)
        menu = QMenu(self)
        for key in ("rename_map", "duplicate_map", "delete_map", None, "move_map_left", "move_map_right",
                    "map_source", None, "derive", "new_map"):
            if key is None:
                menu.addSeparator()
            elif key != "map_source" or self.controller.doc.get(map_id).kind.value == "target":
                menu.addAction(self.actions[key])
        menu.exec(self.tabs.tabBar().mapToGlobal(point))

    def _tab_double_clicked(self, index: int) -> None:
        view = self.tabs.widget(index)
        if isinstance(view, MapView):
            self.maps.rename_map(view.scene().map_id)

    def _close_tab(self, index: int) -> None:
        view = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if isinstance(view, MapView):
            scene = view.scene()
            scene.detach()
            self.views.pop(scene.map_id, None)
            view.deleteLater()  # and its scene, a child of the view

    def _map_added(self, process_map, parent_id, index) -> None:
        self.open_map_tab(process_map.id, focus=False)

    def _map_removed(self, process_map, parent_id, index) -> None:
        view = self.views.get(process_map.id)
        if view is not None:
            self._close_tab(self.tabs.indexOf(view))

    def _element_changed(self, element_id: str, changes: dict) -> None:
        if element_id in self.views:
            self._label_tab(element_id)
        if element_id == "meta":
            self._update_title()

    def _batch_finished(self) -> None:
        element_id = self.properties.element_id()
        if element_id is not None:
            self.properties.show_element(element_id if element_id in self.controller.doc else None)
        self.overview.schedule()
        self.findings_panel.schedule_refresh()
        self.analysis_panel.schedule()
        self._update_status()
        self.update_signoff_state()

    # ------------------------------------------------------------- views
    def current_view(self) -> MapView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, MapView) else None

    def all_views(self) -> list[MapView]:
        return list(self.views.values())

    def _current_tab_changed(self, _index: int) -> None:
        self.overview.set_view(self.current_view())
        self._selection_changed()
        self.refine_map_actions()
        if hasattr(self, "analysis_panel"):
            self.analysis_panel.note_map_viewed(self._current_map_id())
            self.analysis_panel.schedule()

    def _current_map_id(self) -> str | None:
        view = self.current_view()
        return view.scene().map_id if view else None

    def _select_in_map(self, map_id: str, ids: list) -> None:
        if map_id in self.views:
            view = self.open_map_tab(map_id)
            view.scene().select_ids(ids)
            if ids and (ids[0] in view.scene().step_items or ids[0] in view.scene().flow_items):
                view.center_on_element(ids[0])

    def _apply_overlays(self) -> None:
        for map_id, view in self.views.items():
            view.scene().set_overlays(self.analysis_panel.overlays_for(map_id))

    def _show_side_by_side(self, current_id: str, target_id: str) -> None:
        from .dialogs.side_by_side import SideBySideWindow
        self.side_by_side_window = SideBySideWindow(self, current_id, target_id)
        self.side_by_side_window.show()

    def _selection_changed(self) -> None:
        view = self.current_view()
        if view is None:
            return
        try:
            ids = view.scene().selected_step_ids() + view.scene().selected_flow_ids()
        except RuntimeError:  # the scene is being torn down
            return
        self.properties.show_selection(ids)
        self._update_status()

    def _update_status(self) -> None:
        view = self.current_view()
        if view is None:
            self.zoom_label.setText("")
            self.selection_label.setText("")
            return
        self.zoom_label.setText(tr("Zoom {percent}%", percent=round(view.current_scale() * 100)))
        count = view.scene().selection_count()
        self.selection_label.setText(tr("{count} selected", count=count) if count else "")

    def reveal(self, map_id: str, element_id: str) -> None:
        """Show an element: its map's tab, selected and centred (a lane or the map: just the tab)."""
        if map_id not in self.views:
            return
        view = self.open_map_tab(map_id)
        if element_id in view.scene().step_items or element_id in view.scene().flow_items:
            view.scene().select_ids([element_id])
            view.center_on_element(element_id)
        elif element_id in self.controller.doc and element_id != map_id:
            lane_rect = next((r for lane, r in view.scene().lane_rects() if lane.id == element_id), None)
            if lane_rect is not None:
                view.centerOn(view.mapToScene(view.viewport().rect().center()).x(), lane_rect.center().y())

    def report(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def focus_properties(self) -> None:
        self.properties_dock.show()
        self.properties_dock.raise_()
        self.properties.setFocus()

    def place_kind(self, kind: StepKind) -> None:
        view = self.current_view()
        if view is not None:
            view.start_tool(PlaceTool(view, kind))
            view.setFocus()
            self.report(tr("Click on the map to place the step; Esc cancels."))

    def _place_at(self, view: MapView, kind: StepKind, point: QPointF) -> None:
        place_and_name(view, kind, point.x(), point.y())

    def insert_band(self, view: MapView, lane: bool, index: int) -> None:
        add = self.project.add_lane if lane else self.project.add_phase
        add(view.scene().map_id, index)

    def delete_band(self, band_id: str) -> None:
        count = len(self.controller.doc.steps_in_lane(band_id) if band_id in self.controller.doc and
                    type(self.controller.doc.get(band_id)).__name__ == "Lane"
                    else self.controller.doc.steps_in_phase(band_id))
        if count and QMessageBox.question(
                self, tr("Delete"), tr("This also deletes its {count} steps. Continue?", count=count)) \
                != QMessageBox.StandardButton.Yes:
            return
        attempt(lambda: self.controller.editor.remove([band_id]))

    def show_find(self) -> None:
        self.find_bar.start()

    # ------------------------------------------------------------- language and help
    def use_chinese(self) -> None:
        self._switch_language("zh_CN")

    def use_english(self) -> None:
        self._switch_language("en")

    def _switch_language(self, language: str) -> None:
        self.languages.apply(language)
        self.retranslate()
        for map_id in self.views:
            self._label_tab(map_id)

    def show_shortcuts(self) -> ShortcutsDialog:
        return open_dialog(ShortcutsDialog(self))

    def about(self) -> None:
        QMessageBox.about(self, tr("About OpsFlow Desktop"), tr(
            "OpsFlow Desktop {version}\n\nMap current and target processes, mark bottlenecks, breakpoints and "
            "risks, and hand over planning tables and process manuals. Works offline; your data stays on this "
            "computer.", version=__version__))
