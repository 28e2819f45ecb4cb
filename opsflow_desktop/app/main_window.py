"""MainWindow: wiring only. It builds the tabs, docks, menus, toolbars and status bar, hands each collaborator
what it uses, and connects them; what the window does lives in the collaborators:

files (file_operations) · exports (export_operations) · canvas (canvas_operations) · findings
(finding_operations) · maps (map_operations) · project (project_operations) · signoff (signoff_operations) ·
tabs (map_tabs) · find_bar.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..canvas.refusals import refusals
from ..canvas.scene import MapScene
from ..canvas.view import MapView
from ..editing.signoff import is_signed_off
from ..i18n import tr
from ..model import MapKind
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
from .icons import action_icon
from .language import LanguageManager
from .map_operations import MapOperations
from .map_tabs import MapTabs
from .panels.analysis import AnalysisPanel
from .panels.findings import FindingsPanel
from .panels.interview import InterviewPanel
from .panels.overview import Overview
from .panels.palette import Palette
from .panels.properties import PropertiesPanel
from .presentation.presentation import Presentation
from .presentation.screens import fill_screen_menu
from .project_operations import ProjectOperations
from .signoff_banner import SignOffBanner
from .signoff_operations import SignOffOperations
from .workshop_operations import WorkshopOperations

# The saved dock layout carries this number: a layout saved for other docks (the palette was one) is not restored.
LAYOUT_VERSION = 2
DEFAULT_PANEL_WIDTH, DEFAULT_REGISTER_HEIGHT = 300, 170  # the canvas keeps most of a 1366x768 screen
DEFAULT_SIZE = (1400, 860)


class MainWindow(QMainWindow):
    def __init__(self, controller: DocumentController, languages: LanguageManager) -> None:
        super().__init__()
        controller.setParent(self)  # one lifetime: the window owns its document and undo history
        self.controller = controller
        self.languages = languages
        self.setAcceptDrops(True)
        self._fit_default_size()

        # Widgets.
        self.tabs = MapTabs(
            controller, self._make_view, lambda: self.named_actions, lambda map_id: self.maps.rename_map(map_id)
        )
        self.tabs.currentChanged.connect(self._current_tab_changed)
        self.find_bar = FindBar(self.tabs.current_view, self.report)
        self.signoff_banner = SignOffBanner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget in (self.signoff_banner, self.find_bar, self.tabs):
            layout.addWidget(widget)
        self.setCentralWidget(central)
        self.shapes_bar = Palette()
        self.properties = PropertiesPanel(lambda: self.controller.editor, self.report)
        self.overview = Overview()
        self.findings_panel = FindingsPanel(lambda: self.controller.editor, self.report)
        self.analysis_panel = AnalysisPanel(lambda: self.controller.editor, self.tabs.current_map_id, self.report)
        # The canvas gets most of the screen: the panels share one column on the right (tabs), the register
        # a low strip at the bottom, and the step kinds a toolbar row.
        self.properties_dock = self._dock("properties", self.properties, Qt.DockWidgetArea.RightDockWidgetArea)
        self.analysis_dock = self._dock("analysis", self.analysis_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.overview_dock = self._dock("overview", self.overview, Qt.DockWidgetArea.RightDockWidgetArea)
        self.findings_dock = self._dock("findings", self.findings_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.interview_panel = InterviewPanel(lambda: self.controller.editor, self.tabs.current_map_id, self.report)
        self.interview_dock = self._dock("interview", self.interview_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.interview_dock.hide()  # until the interview mode is asked for (View menu, Ctrl+I)
        self.tabifyDockWidget(self.properties_dock, self.analysis_dock)
        self.tabifyDockWidget(self.analysis_dock, self.overview_dock)
        self.properties_dock.raise_()
        self._default_dock_sizes = True  # until a saved layout is restored
        self._interview_width_unset = True
        self.zoom_label, self.selection_label, self.signoff_status_label = QLabel(), QLabel(), QLabel()
        for label_widget in (self.signoff_status_label, self.selection_label, self.zoom_label):
            self.statusBar().addPermanentWidget(label_widget)

        # Actions, then the collaborators they call (looked up when triggered), then menus and toolbars.
        self.named_actions = build_actions(self)
        self.named_actions["snap"].setChecked(True)
        self.undo_action, self.redo_action = QAction(self), QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.undo_action.triggered.connect(self._undo)
        self.redo_action.triggered.connect(self._redo)
        self.mark_button = QToolButton()
        self.files = FileOperations(self, controller, self.report)
        self.project = ProjectOperations(self, controller, self.tabs.current_map_id, self.report)
        self.maps = MapOperations(self, controller, self.tabs.current_map_id, self.tabs.open, self.report)
        self.canvas = CanvasOperations(self, controller, self.tabs, self.report, self.project)
        self.findings = FindingOperations(controller, self.tabs, self.report)
        self.exports = ExportOperations(self, controller, self.report, self.project, self.tabs)
        self.workshops = WorkshopOperations(
            self, controller, self.tabs.current_map_id, self.report, self.exports.export_minutes
        )
        self.presentation = Presentation(self)
        self.signoff = SignOffOperations(
            self,
            controller,
            self.report,
            self.named_actions,
            [self.shapes_bar, self.mark_button],
            self.signoff_banner,
            self.signoff_status_label,
            self.refine_map_actions,
        )
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setIconSize(QSize(20, 20))
        self.addToolBar(self.toolbar)
        self.addToolBar(self.shapes_bar)
        self._build_menus()

        # Connections.
        refusals().refused.connect(self.report)  # every refused edit, from any widget, as a status message
        self.shapes_bar.kind_chosen.connect(self.canvas.place_kind)
        self.findings_panel.reveal_requested.connect(self.tabs.reveal)
        self.analysis_panel.select_requested.connect(self.tabs.select)
        self.analysis_panel.overlays_changed.connect(self._apply_overlays)
        self.analysis_panel.side_by_side_requested.connect(self._show_side_by_side)
        self.analysis_panel.fix_requested.connect(self.project.fix)
        self.interview_panel.full_width_toggled.connect(self._interview_full_width)
        self.interview_panel.step_typed.connect(self._keep_in_sight)
        self.interview_dock.visibilityChanged.connect(self._interview_visibility)
        # Bound methods, not lambdas: Qt drops these connections when the window is destroyed.
        controller.undo_stack.indexChanged.connect(self._update_undo_texts)
        controller.undo_stack.cleanChanged.connect(self._update_undo_texts)
        controller.document_replaced.connect(self._document_replaced)
        controller.dirty_changed.connect(self.setWindowModified)
        controller.path_changed.connect(self._update_title)
        self._doc_subscriptions: list = []
        self._document_replaced()
        self.retranslate()
        geometry, state = QSettings().value("window_geometry"), QSettings().value("window_state")
        if geometry is not None:
            self.restoreGeometry(geometry)  # size, position, maximised, on the screen it was on
        if state is not None and self.restoreState(state, LAYOUT_VERSION):
            self._default_dock_sizes = False  # where the user left the docks and the toolbars

    # ------------------------------------------------------------- building
    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _make_view(self, map_id: str) -> MapView:
        """The canvas of one map, wired to the window (MapTabs asks for it when the map gets its tab)."""
        scene = MapScene(self.controller.editor, map_id)
        scene.snap_to_grid = self.canvas.snap_to_grid if hasattr(self, "canvas") else True
        view = MapView(scene)
        scene.setParent(view)  # the scene lives and dies with its tab
        view.zoom_changed.connect(lambda _: self._update_status())
        view.message.connect(self.report)
        view.context_requested.connect(
            lambda element_id, point, where, v=view: show_context_menu(self, v, element_id, point, where)
        )
        view.place_requested.connect(lambda kind, point, v=view: self.canvas.place_at(v, kind, point))
        view.mark_requested.connect(lambda kind: self.findings.mark(kind))
        scene.selectionChanged.connect(self._selection_changed)
        return view

    def _build_menus(self) -> None:
        """Menus and toolbar are built once; a language switch only re-applies their texts."""
        self.menus = {}
        self.mark_menu = QMenu(self)
        for key in MARK_ACTIONS:
            self.mark_menu.addAction(self.named_actions[key])
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
                    self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self.recent_menu))
                elif entry == "@docks":
                    for dock in (
                        self.properties_dock,
                        self.analysis_dock,
                        self.overview_dock,
                        self.findings_dock,
                        self.interview_dock,
                    ):
                        menu.addAction(dock.toggleViewAction())
                    menu.addAction(self.toolbar.toggleViewAction())
                    menu.addAction(self.shapes_bar.toggleViewAction())
                elif entry == "@screens":
                    self.screens_menu = menu.addMenu("")
                    self.screens_menu.aboutToShow.connect(lambda: fill_screen_menu(self.screens_menu))
                elif entry in extras:
                    menu.addAction(extras[entry])
                else:
                    menu.addAction(self.named_actions[entry])
        for key, action in [*self.named_actions.items(), *extras.items()]:
            action.setIcon(action_icon(key))
        self.mark_button.setIcon(action_icon("@mark"))
        self.mark_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for entry in TOOLBAR:
            if entry is None:
                self.toolbar.addSeparator()
            elif entry == "@mark":
                self.toolbar.addWidget(self.mark_button)
            else:
                self.toolbar.addAction(extras.get(entry) or self.named_actions[entry])

    def retranslate(self) -> None:
        """Re-apply every visible text after a language switch."""
        retranslate_actions(self.named_actions)
        for key, menu_title, _entries in MENUS:
            self.menus[key].setTitle(menu_title())
        self.recent_menu.setTitle(tr("Open &recent"))
        self.screens_menu.setTitle(tr("Projector &screen"))
        self.mark_button.setText(tr("Mark finding"))
        self.mark_button.setToolTip(
            tr("Mark a finding on the selection (keys {keys})", keys=", ".join(t.key for t in FINDING_TYPES.values()))
        )
        self.named_actions["lang_zh"].setChecked(self.languages.current == "zh_CN")
        self.named_actions["lang_en"].setChecked(self.languages.current == "en")
        self._update_undo_texts()
        for dock, title in (
            (self.overview_dock, tr("Overview")),
            (self.properties_dock, tr("Properties")),
            (self.findings_dock, tr("Issue register")),
            (self.analysis_dock, tr("Analysis")),
            (self.interview_dock, tr("Interview")),
        ):
            dock.setWindowTitle(title)
        self.toolbar.setWindowTitle(tr("Toolbar"))
        for part in (
            self.analysis_panel,
            self.findings_panel,
            self.find_bar,
            self.shapes_bar,
            self.properties,
            self.interview_panel,
        ):
            part.retranslate()
        for view in self.tabs.all_views():
            view.retranslate()
            view.viewport().update()
        self.tabs.relabel_all()
        self._update_title()
        self._update_status()
        self.signoff.update_state()

    # ------------------------------------------------------------- following the document
    def _document_replaced(self) -> None:
        self.project.document_replaced()
        for signal, handler in self._doc_subscriptions:
            signal.disconnect(handler)
        events = self.controller.doc.events
        self._doc_subscriptions = [
            (events.element_changed, self._element_changed),
            (events.batch_finished, self._batch_finished),
        ]
        for signal, handler in self._doc_subscriptions:
            signal.connect(handler)
        self.tabs.follow()
        self.properties.show_element(None)
        # The panels follow shortly, debounced: opening a large map must not wait for them.
        self.findings_panel.schedule_refresh()
        self.analysis_panel.schedule()
        self.interview_panel.map_id = None
        self.interview_panel.follow_map()
        self._update_title()
        self._update_status()
        self.signoff.update_state()

    def _element_changed(self, element_id: str, changes: dict) -> None:
        if element_id == "meta":
            self._update_title()

    def _batch_finished(self) -> None:
        element_id = self.properties.element_id()
        if element_id is not None:
            self.properties.show_element(element_id if element_id in self.controller.doc else None)
        self.overview.schedule()
        self.findings_panel.schedule_refresh()
        self.analysis_panel.schedule()
        if self.interview_dock.isVisible():
            self.interview_panel.document_changed()
        self._update_status()
        self.signoff.update_state()

    def _current_tab_changed(self, _index: int) -> None:
        self.overview.set_view(self.tabs.current_view())
        self._selection_changed()
        self.refine_map_actions()
        self.analysis_panel.note_map_viewed(self.tabs.current_map_id())
        self.analysis_panel.schedule()
        self.interview_panel.follow_map()

    def _selection_changed(self) -> None:
        view = self.tabs.current_view()
        if view is None:
            return
        try:
            ids = view.scene().selected_step_ids() + view.scene().selected_flow_ids()
        except RuntimeError:  # the scene is being torn down
            return
        self.properties.show_selection(ids)
        self._update_status()

    def _apply_overlays(self) -> None:
        for map_id, view in self.tabs.views.items():
            view.scene().set_overlays(self.analysis_panel.overlays_for(map_id))

    def _show_side_by_side(self, current_id: str, target_id: str) -> None:
        from .dialogs.side_by_side import SideBySideWindow

        self.side_by_side_window = SideBySideWindow(self, current_id, target_id)
        self.side_by_side_window.show()

    # ------------------------------------------------------------- what the window shows
    def current_view(self) -> MapView | None:
        return self.tabs.current_view()

    def report(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def refine_map_actions(self) -> None:
        """Map actions that could only be refused for the map in view are greyed out (after the sign-off state,
        which greys every editing action of a signed-off document)."""
        if not hasattr(self, "tabs"):
            return
        editable = not is_signed_off(self.controller.doc.project)
        map_id = self.tabs.current_map_id()
        maps = self.controller.doc.maps
        index = self.controller.doc.index_of(map_id) if map_id is not None and map_id in self.controller.doc else -1
        process_map = self.controller.doc.get(map_id) if map_id is not None and index >= 0 else None
        self.named_actions["move_map_left"].setEnabled(editable and index > 0)
        self.named_actions["move_map_right"].setEnabled(editable and 0 <= index < len(maps) - 1)
        self.named_actions["delete_map"].setEnabled(editable and len(maps) > 1)
        self.named_actions["map_source"].setEnabled(
            editable and process_map is not None and process_map.kind is MapKind.TARGET
        )
        self.named_actions["derive"].setEnabled(
            editable and process_map is not None and process_map.kind is MapKind.CURRENT
        )
        self.tabs.setMovable(editable)

    def focus_properties(self) -> None:
        self.properties_dock.show()
        self.properties_dock.raise_()
        self.properties.setFocus()

    def _undo(self) -> None:
        self.interview_panel.flush()  # what was typed just now is the last edit, and the first to undo
        self.controller.undo_stack.undo()

    def _redo(self) -> None:
        self.interview_panel.flush()
        self.controller.undo_stack.redo()

    def show_interview(self) -> None:
        """Interview mode: the text beside the canvas, ready for typing."""
        self.interview_dock.show()
        self.interview_dock.raise_()
        self.interview_panel.follow_map()
        self.interview_panel.reload()
        self.interview_panel.text.setFocus()
        if self._interview_width_unset:
            self._interview_width_unset = False
            self.resizeDocks([self.interview_dock], [max(360, self.width() * 2 // 5)], Qt.Orientation.Horizontal)

    def _keep_in_sight(self, map_id: str, step_id: str) -> None:
        """The step just typed stays on screen while the map grows (scrolled to only when it left the view)."""
        view = self.tabs.views.get(map_id)
        item = view.scene().step_items.get(step_id) if view is not None else None
        if item is not None:
            view.ensureVisible(item, 60, 60)

    def _interview_visibility(self, visible: bool) -> None:
        if visible:
            self.interview_panel.reload_timer.start()
        elif self.interview_panel.full_width_button.isChecked():
            self.interview_panel.full_width_button.setChecked(False)

    def _interview_full_width(self, on: bool) -> None:
        """A small laptop screen: the text takes the window; the map comes back when the button is released, with
        the dock as wide as it was."""
        if on:
            self._interview_width = self.interview_dock.width()
        self.centralWidget().setVisible(not on)
        for dock in (self.properties_dock, self.analysis_dock, self.overview_dock, self.findings_dock):
            if on:
                dock.setProperty("opsflow_was_visible", dock.isVisible())
                dock.hide()
            elif dock.property("opsflow_was_visible"):
                dock.show()
        if not on:  # once the map is back in the layout
            QTimer.singleShot(0, self._restore_interview_width)

    def _restore_interview_width(self) -> None:
        width = getattr(self, "_interview_width", max(360, self.width() * 2 // 5))
        self.resizeDocks([self.interview_dock], [width], Qt.Orientation.Horizontal)

    def show_find(self) -> None:
        self.find_bar.start()

    def _update_title(self) -> None:
        self.setWindowTitle(self.files.window_title())

    def _update_undo_texts(self, *_signal_args) -> None:
        stack = self.controller.undo_stack
        if not (shiboken6.isValid(stack) and shiboken6.isValid(self.undo_action)):
            return  # the window is being destroyed and the stack announces its own clean-up
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(tr("&Undo {command}", command=stack.undoText()).strip())
        self.redo_action.setText(tr("&Redo {command}", command=stack.redoText()).strip())

    def _update_status(self) -> None:
        view = self.tabs.current_view()
        if view is None:
            self.zoom_label.setText("")
            self.selection_label.setText("")
            return
        self.zoom_label.setText(tr("Zoom {percent}%", percent=round(view.current_scale() * 100)))
        count = view.scene().selection_count()
        self.selection_label.setText(tr("{count} selected", count=count) if count else "")

    # ------------------------------------------------------------- window size and layout
    def _fit_default_size(self) -> None:
        """1400×860, or less on a smaller screen (a 1366×768 laptop), until a saved size is restored."""
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = DEFAULT_SIZE
        if available is not None:
            width, height = min(width, available.width()), min(height, available.height() - 30)
        self.resize(width, height)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._default_dock_sizes:  # only a laid-out window can size its docks
            self._default_dock_sizes = False
            QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        self.resizeDocks([self.properties_dock], [DEFAULT_PANEL_WIDTH], Qt.Orientation.Horizontal)
        self.resizeDocks([self.findings_dock], [DEFAULT_REGISTER_HEIGHT], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        """Size, position and maximised state, and where the docks and toolbars are, for the next start."""
        QSettings().setValue("window_geometry", self.saveGeometry())
        QSettings().setValue("window_state", self.saveState(LAYOUT_VERSION))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.presentation.is_running():
            self.presentation.stop()  # the show's full-screen windows go first, so the questions can be seen
        if self.files.close_document():  # also cancels running exports and imports and waits for them
            self.save_layout()
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.files.project_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = self.files.project_files(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.files.open_path(paths[0])

    # ------------------------------------------------------------- language and help
    def use_chinese(self, _checked: bool = True) -> None:
        self._switch_language("zh_CN")

    def use_english(self, _checked: bool = True) -> None:
        self._switch_language("en")

    def _switch_language(self, language: str) -> None:
        self.languages.apply(language)
        self.retranslate()

    def show_shortcuts(self) -> ShortcutsDialog:
        return open_dialog(ShortcutsDialog(self))

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("About OpsFlow Desktop"),
            tr(
                "OpsFlow Desktop {version}\n\nMap current and target processes, mark bottlenecks, breakpoints and "
                "risks, and hand over planning tables and process manuals. Works offline; your data stays on this "
                "computer.",
                version=__version__,
            ),
        )
