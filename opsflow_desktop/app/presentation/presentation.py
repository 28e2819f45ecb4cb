"""Presentation: a workshop on the projector (F5 starts it, Esc ends it, as in PowerPoint and WPS).

It puts the audience window full screen on the projector and, with a second screen, the presenter view on the
laptop; walks the map (``Walk``); turns keys and clicks into normal, undoable edits through the editor —
findings marked and captured in the room with the workshop as their evidence, dots of a vote (``RoomVote``) —
and keeps both windows showing the document as it is after each edit. What is meant for the facilitator (the
key help, a refused key) goes to the presenter view when there is one; the room sees the map and the vote.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent, QPainter, QScreen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ...canvas.audience_view import AudienceView, Spot
from ...canvas.scene import MapScene
from ...canvas.view import FINDING_KEYS
from ...editing import workshops
from ...i18n import tr
from ...labels import label
from ...layout.walkthrough import PADDING
from ...model import Document, DocumentError, Interview, InterviewKind, MapKind, ProcessMap, VoteSubject
from ..dialogs.open_dialog import open_dialog
from .audience import AudienceWindow, help_html
from .capture_bar import CaptureBar
from .presenter import PresenterWindow
from .presenter_content import notes_html, register_rows
from .room_marks import RoomMarks
from .room_vote import RoomVote
from .screens import projector_screen
from .voting import VoteDialog
from .walk import Mode, Walk

if TYPE_CHECKING:
    from ..main_window import MainWindow

NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
TYPING_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)  # keys stay theirs
PICTURE_WIDTH, PICTURE_MAX_HEIGHT = 1400, 4000  # pixels of the presenter's picture of the whole map
# Current beside target compares the shapes of two processes: a frame size no stage reaches, stages shown whole.
UNCUT = 1e9


class Presentation(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.audience: AudienceWindow | None = None
        self.presenter: PresenterWindow | None = None
        self.views: list[AudienceView] = []
        self.walk: Walk | None = None
        self.map_id: str | None = None
        self.beside_id: str | None = None  # current above target: the second map shown
        self.workshop_id: str | None = None
        self.vote = RoomVote(self)
        self.marks = RoomMarks(self)
        self._watched: Document | None = None  # the document whose events are followed
        self._stale = True  # the walk needs planning again (an edit, another screen size)
        self._flash = ""
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(4000)
        self._flash_timer.timeout.connect(self._clear_flash)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh)
        self._picture_timer = QTimer(self)
        self._picture_timer.setSingleShot(True)
        self._picture_timer.setInterval(600)
        self._picture_timer.timeout.connect(self._draw_picture)
        self._ending = False

    # ------------------------------------------------------------ start and end
    @property
    def editor(self):  # noqa: ANN201 - the window's current DocumentEditor
        return self.window.controller.editor

    @property
    def doc(self) -> Document:
        return self.window.controller.doc

    def is_running(self) -> bool:
        return self.audience is not None

    def start_here(self) -> None:
        self.start(from_beginning=False)

    def start(self, from_beginning: bool = True) -> None:
        """F5: the map in view from its overview; Shift+F5: from the step selected (or the first stage)."""
        if self.is_running():
            return
        map_id = self.window.tabs.current_map_id()
        if map_id is None or map_id not in self.doc:
            self.window.report(tr("Open a map to present first."))
            return
        self.map_id, self.beside_id = map_id, None
        self.workshop_id = self._todays_workshop()
        self._ending = False
        laptop = self.window.screen()
        projector = projector_screen(laptop)
        self.audience = AudienceWindow(self.stop)
        self.marks.connect(self.audience.capture)
        if self.has_presenter_view(projector, laptop):
            self.presenter = PresenterWindow(self.stop)
            self._connect_presenter(self.presenter)
        self._show_full_screen(self.audience, projector)
        if self.presenter is not None:
            self._show_full_screen(self.presenter, laptop)
        self._set_maps()
        self._watched = self.doc
        self._watched.events.batch_finished.connect(self._schedule_refresh)
        self.window.controller.document_replaced.connect(self.stop)
        QApplication.instance().installEventFilter(self)
        selected = self._selected_step() if not from_beginning else None
        if selected is not None and self.walk is not None:
            self.walk.go_to_step(selected)
        self._show(animate=False)
        self._draw_picture()
        self.back_to_show()

    @staticmethod
    def has_presenter_view(projector: QScreen, laptop: QScreen | None) -> bool:
        """A presenter view when the room has a screen of its own."""
        return projector is not laptop

    @staticmethod
    def _show_full_screen(widget: QWidget, screen: QScreen) -> None:
        widget.setScreen(screen)
        widget.setGeometry(screen.geometry())
        widget.showFullScreen()

    def stop(self) -> None:
        """Esc: back to the editor, which shows where the walk ended."""
        if self._ending or self.audience is None:
            return
        self._ending = True
        QApplication.instance().removeEventFilter(self)
        if self._watched is not None:  # the document followed, also when a new one has just replaced it
            self._watched.events.batch_finished.disconnect(self._schedule_refresh)
            self._watched = None
        self.window.controller.document_replaced.disconnect(self.stop)
        step_id = self.walk.current_step_id() if self.walk else None
        for editor_view in self.window.tabs.all_views():  # the editor's own zoom decides the detail again
            editor_view.set_scale(editor_view.current_scale())
        for widget in (self.audience, self.presenter):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        self.audience = self.presenter = None
        self.views, self.walk = [], None
        self.window.activateWindow()
        if step_id and self.map_id in self.doc and self.map_id in self.window.tabs.views:
            self.window.tabs.reveal(self.map_id, step_id)
        self._ending = False

    def _todays_workshop(self) -> str | None:
        """The workshop to go on recording in: today's that raised findings or votes on this map, else one
        recorded today with nothing in it yet (made for this session); a workshop about another map is not
        continued (a new one is made when the room first marks something)."""
        today, process_map = dt.date.today(), self.current_map()
        held = [r for r in self.doc.project.interviews if r.kind is InterviewKind.WORKSHOP and r.date in (today, None)]
        cited = {f.evidence.interview_id for m in self.doc.maps for f in m.findings}
        cited_here = {f.evidence.interview_id for f in process_map.findings}
        about_this = [r for r in held if r.id in cited_here or any(v.map_id == process_map.id for v in r.votes)]
        fresh = [r for r in held if not r.votes and r.id not in cited]
        chosen = about_this or fresh
        return chosen[-1].id if chosen else None

    def workshop(self) -> Interview:
        """The workshop the room's findings and votes belong to; made when first needed (one undo step)."""
        if self.workshop_id is None or self.workshop_id not in self.doc:
            today = dt.date.today()
            record = self.editor.start_workshop(workshops.default_title(self.current_map().name, today), date=today)
            self.workshop_id = record.id
        return self.doc.get(self.workshop_id)

    # ------------------------------------------------------------ what is shown
    def current_map(self) -> ProcessMap:
        assert self.map_id is not None
        return self.doc.get(self.map_id)

    def workshop_record(self) -> Interview | None:
        """The workshop being recorded, if one is yet."""
        if self.workshop_id is not None and self.workshop_id in self.doc:
            return self.doc.get(self.workshop_id)
        return None

    def _scene(self, map_id: str) -> MapScene:
        return self.window.tabs.open(map_id, focus=False).scene()

    def _set_maps(self) -> None:
        assert self.audience is not None
        ids = [self.map_id] + ([self.beside_id] if self.beside_id else [])
        self.views = self.audience.set_scenes([self._scene(i) for i in ids if i is not None])
        for view in self.views:
            view.step_clicked.connect(lambda step_id, v=view: self._step_clicked(v, step_id))
            view.flow_clicked.connect(lambda flow_id, v=view: self._flow_clicked(v, flow_id))
            view.disc_clicked.connect(self.vote.cast)
            view.moved.connect(self._moved)
        self.walk = Walk(self.current_map(), self._readable())
        self._stale = False

    def _readable(self) -> tuple[float, float]:
        """The largest frame that still reads from the back of the room."""
        if len(self.views) > 1:
            return UNCUT, UNCUT
        if not self.views:
            return 1000.0, 560.0
        view = self.views[0]
        if view.viewport().height() < 50:  # not laid out yet: the screen it will fill
            assert self.audience is not None
            screen = self.audience.screen().geometry()
            zoom = screen.height() / view.min_zoom_divisor()
            return screen.width() / zoom, screen.height() / zoom
        return view.readable_size()

    def _show(self, animate: bool = True) -> None:
        """Move the views to where the walk is; spotlight, discs, banner and presenter follow."""
        if self.walk is None or self.audience is None:
            return
        readable = self._readable()
        if self._stale or readable != self.walk.readable:
            self.walk.rebuild(readable)
            self._stale = False
        rect = QRectF(*self.walk.rect())
        primary = self.views[0]
        if rect != primary.target_rect:
            primary.show_rect(rect, animate)
        spot = self.walk.spotlight()
        primary.spot = (
            Spot(spot.step_ids, spot.flow_ids, spot.handoff_ids, self.walk.focus_id()) if spot is not None else Spot()
        )
        primary.stage_rect = _unpadded(rect) if self.walk.mode is Mode.STAGE else QRectF()
        primary.caption = f"{label(self.current_map().kind)} · {self.walk.caption()}"
        if len(self.views) > 1:
            self._follow_beside(self.views[1], animate)
        self._update_votes()
        self.refresh_banner()
        self._update_presenter()
        for view in self.views:
            view.viewport().update()

    def _follow_beside(self, view: AudienceView, animate: bool) -> None:
        """The second map follows the first (see Walk.follow)."""
        assert self.walk is not None and self.beside_id is not None
        other: ProcessMap = self.doc.get(self.beside_id)
        beside = Walk(other, self._readable())
        beside.follow(self.walk)
        shown = QRectF(*beside.rect())
        view.show_rect(shown, animate)
        view.stage_rect = _unpadded(shown) if beside.mode is Mode.STAGE else QRectF()
        spot = beside.spotlight()
        view.spot = Spot(spot.step_ids, spot.flow_ids, spot.handoff_ids) if spot else Spot()
        view.caption = f"{label(other.kind)} · {other.name}"

    def _moved(self) -> None:
        if self.presenter is not None and self.views:
            self.presenter.picture.set_current(self.views[0].target_rect)

    def _schedule_refresh(self) -> None:
        """After an edit. A map shown that is gone (its creation undone) ends the show at once, before a view
        paints a map that is not there."""
        if not self.is_running():
            return
        if self.map_id not in self.doc or (self.beside_id and self.beside_id not in self.doc):
            self.stop()
            return
        self._stale = True
        self._refresh_timer.start()
        self._picture_timer.start()

    def _refresh(self) -> None:
        if not self.is_running() or self.walk is None:
            return
        self.walk.map = self.current_map()
        self._show(animate=False)
        if self.presenter is not None:
            self._fill_register(rebuild=True)

    def _draw_picture(self) -> None:
        """The presenter's picture of the whole map, drawn once per pause in editing (not on every move)."""
        if self.presenter is None or not self.views:
            return
        scene = self.views[0].scene()
        content = scene.content_rect().adjusted(-20, -20, 20, 20)
        if content.isEmpty():
            return
        # As wide as it may be, as tall as the map needs, within both limits and the map's proportions.
        scale = min(PICTURE_WIDTH / content.width(), PICTURE_MAX_HEIGHT / content.height())
        image = QImage(
            max(1, round(content.width() * scale)), max(1, round(content.height() * scale)), QImage.Format.Format_RGB32
        )
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(image.rect()), content)
        painter.end()
        self.presenter.picture.set_picture(image, content)
        self.presenter.picture.set_current(self.views[0].target_rect)

    # ------------------------------------------------------------ keys and clicks
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Keys pressed anywhere in the two windows are the walk's — also on the register or a button, and
        Tab, which Qt would otherwise use to move the focus — except in the capture line and other fields."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QWidget)
            and watched.window() in (self.audience, self.presenter)
            and self._is_ours(event)  # type: ignore[arg-type]
        ):
            # The key is the show's, not a shortcut of the editor window behind it (F1, F5, Del …), also
            # when the window manager left the editor the active window.
            event.accept()
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QWidget)
            and not isinstance(watched, TYPING_WIDGETS)
            and watched.window() in (self.audience, self.presenter)
            and not _inside_capture(watched)
        ):
            return self.key(event)  # type: ignore[arg-type]
        return False

    @staticmethod
    def _is_ours(event: QKeyEvent) -> bool:
        """Keys the show handles: plain keys, Shift with them, and Ctrl+Z / Ctrl+Y (Ctrl+S still saves)."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            return True
        return modifiers == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Z, Qt.Key.Key_Y)

    def key(self, event: QKeyEvent) -> bool:
        """Every key of both windows; True when it was the presentation's."""
        if self.walk is None:
            return False
        key, modifiers = event.key(), event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        voting = self.vote.running() is not None
        if ctrl and key == Qt.Key.Key_Z:
            self.window._redo() if shift else self.window._undo()  # noqa: SLF001 - the window's one undo
        elif ctrl and key == Qt.Key.Key_Y:
            self.window._redo()  # noqa: SLF001
        elif ctrl or modifiers & Qt.KeyboardModifier.AltModifier:
            return False
        elif key == Qt.Key.Key_Escape:
            self._escape()
        elif voting and (Qt.Key.Key_0 <= key <= Qt.Key.Key_9 or (key == Qt.Key.Key_Equal and self.vote.typed)):
            self.vote.typed += chr(key)
            self.refresh_banner()
        elif key == Qt.Key.Key_Backspace and self.vote.typed:
            self.vote.typed = self.vote.typed[:-1]
            self.refresh_banner()
        elif key in ENTER_KEYS and (self.vote.typed or (voting and shift)):
            self.vote.enter(taking_back=shift)
            self.refresh_banner()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key in ENTER_KEYS:
            self._move(self.walk.toggle_steps)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_O):
            self.overview()
        elif key == Qt.Key.Key_End:
            self._move(self.walk.last_stage)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            delta = -1 if key == Qt.Key.Key_Backtab or shift else 1
            if voting:
                self.vote.next_voter(delta)
                self.refresh_banner()
                self._update_presenter()
            else:
                self._move(lambda: self.walk.cycle_focus(delta))
        elif key in FINDING_KEYS:
            self.marks.mark(FINDING_KEYS[key])
        elif key == Qt.Key.Key_M:
            self.marks.open_capture()
        elif key == Qt.Key.Key_V:
            self.toggle_vote()
        elif key == Qt.Key.Key_L:
            self.toggle_ranking()
        elif key == Qt.Key.Key_T:
            self.switch_map()
        elif key == Qt.Key.Key_X:
            self.toggle_beside()
        elif key == Qt.Key.Key_W:
            self._edit_record()
        elif key in (Qt.Key.Key_Period, Qt.Key.Key_Comma):  # a clicker's "blank screen"
            assert self.audience is not None
            self.audience.toggle_blank()
        elif key in (Qt.Key.Key_F1, Qt.Key.Key_Question, Qt.Key.Key_H):
            self._toggle_help()
        elif key == Qt.Key.Key_F5:
            self.overview()
        else:
            return False
        return True

    def _escape(self) -> None:
        assert self.audience is not None
        if self.vote.typed or self.marks.armed:
            self.vote.typed, self.marks.armed = "", None
            self.refresh_banner()
        elif self.audience.blanked():
            self.audience.toggle_blank()
        elif self.audience.overlay.isVisible() or (self.presenter is not None and self.presenter.help.isVisible()):
            self.audience.hide_overlay()
            if self.presenter is not None:
                self.presenter.help.hide()
            self._show()
        else:
            self.stop()

    def _toggle_help(self) -> None:
        """The keys, for the facilitator: on the laptop when there is a presenter view."""
        if self.presenter is not None:
            self.presenter.toggle_help(help_html())
        else:
            assert self.audience is not None
            self.audience.toggle_overlay("help", help_html())

    def _move(self, move) -> None:  # noqa: ANN001 - a Walk method returning whether anything changed
        if self.views and self.views[0].is_moving():
            self.views[0].finish_move()
        if move():
            if self.audience is not None and self.audience.overlay_kind == "ranking":
                self.audience.hide_overlay()
            self._show()

    def next(self) -> None:
        assert self.walk is not None
        self._move(self.walk.next)

    def previous(self) -> None:
        assert self.walk is not None
        self._move(self.walk.previous)

    def overview(self) -> None:
        assert self.walk is not None
        self._move(self.walk.overview)

    def toggle_steps(self) -> None:
        assert self.walk is not None
        self._move(self.walk.toggle_steps)

    def _step_clicked(self, view: AudienceView, step_id: str) -> None:
        if view is not self.views[0]:
            return
        vote = self.vote.running()
        if vote is not None and vote.subject is VoteSubject.STEPS:
            self.vote.cast(step_id, 1)
            return
        if self.marks.clicked(step_id):
            return
        assert self.walk is not None
        self._move(lambda: self.walk.go_to_step(step_id))

    def _flow_clicked(self, view: AudienceView, flow_id: str) -> None:
        if view is not self.views[0]:
            return
        if self.marks.clicked(flow_id):
            return
        assert self.walk is not None
        self._move(lambda: self.walk.go_to_flow(flow_id))

    def _picture_clicked(self, point: QPointF) -> None:
        scene = self.views[0].scene() if self.views else None
        hit = next((item for item in scene.step_items.values() if item.rect().contains(point)), None) if scene else None
        if hit is not None:
            self._step_clicked(self.views[0], hit.step_id)

    def _selected_step(self) -> str | None:
        view = self.window.tabs.views.get(self.map_id or "")
        ids = view.scene().selected_step_ids() if view is not None else []
        return ids[0] if ids else None

    # ------------------------------------------------------------ marking and capturing
    def attempt(self, action, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        """An edit from the room; a refusal is said where the facilitator looks. Returns the result, or None."""
        try:
            return action(*args, **kwargs)
        except DocumentError as error:
            self.flash(str(error))
            return None

    def capture_bar(self) -> CaptureBar:
        return self.marks.bar()

    def flash(self, text: str) -> None:
        """A short message for the facilitator (4 s): on the laptop if there is one, else on the banner."""
        self._flash = text
        self._flash_timer.start()
        self.refresh_banner()

    def _clear_flash(self) -> None:
        self._flash = ""
        self.refresh_banner()

    def back_to_show(self) -> None:
        """Keys go to the show again (after a dialog or the capture line closed): the facilitator's window."""
        window = self.presenter or self.audience
        if window is not None:
            window.activateWindow()
            window.setFocus()

    # ------------------------------------------------------------ voting
    def toggle_vote(self) -> None:
        """V: start a vote (asking how), or end the running one and take its ranking as priorities."""
        vote = self.vote.running()
        if vote is None:
            self._open_vote_dialog()
            return
        answer = QMessageBox.question(
            self.presenter or self.audience,
            tr("End the vote"),
            tr("End the vote and take its ranking as the findings' priority?")
            if vote.subject is VoteSubject.FINDINGS
            else tr("End the vote on the steps?"),
        )
        self.back_to_show()
        if answer != QMessageBox.StandardButton.Yes or self.workshop_id is None:
            return
        try:
            self.editor.close_vote(self.workshop_id, vote.id)
        except DocumentError as error:
            self.flash(str(error))
            return
        self.vote.typed = ""
        assert self.audience is not None
        self.audience.show_overlay("ranking", self.vote.ranking_html(vote))
        self._show()

    def _open_vote_dialog(self) -> QDialog:
        dialog = VoteDialog(self.workshop_record(), self.presenter or self.audience)

        def started() -> None:
            workshop = self.attempt(self.workshop)
            if workshop is None:
                return
            vote = self.attempt(
                self.editor.start_vote,
                workshop.id,
                self.map_id,
                dialog.voters(),
                dialog.dots.value(),
                dialog.chosen_subject(),
            )
            if vote is not None and self.walk is not None:
                self.vote.started()
                self.walk.overview()  # every candidate in sight
                self._show()

        dialog.finished.connect(lambda _result: self.back_to_show())
        return open_dialog(dialog, started)

    def _update_votes(self) -> None:
        showing_result = self.audience is not None and self.audience.overlay_kind == "ranking"
        for index, view in enumerate(self.views):
            view.discs = self.vote.discs(view.scene(), showing_result) if index == 0 else []
        if showing_result:
            vote = self.vote.running() or self.vote.last()
            if vote is not None and self.audience is not None:
                self.audience.show_overlay("ranking", self.vote.ranking_html(vote))

    def toggle_ranking(self) -> None:
        vote = self.vote.running() or self.vote.last()
        if vote is None or self.audience is None:
            self.flash(tr("No vote yet: press V to start one."))
            return
        self.audience.toggle_overlay("ranking", self.vote.ranking_html(vote))
        self._show()

    # ------------------------------------------------------------ maps
    def _counterpart(self) -> str | None:
        """The target designed from this map, or the current map this target came from."""
        process_map = self.current_map()
        if process_map.kind is MapKind.TARGET:
            return process_map.derived_from if process_map.derived_from in self.doc else None
        return next((m.id for m in self.doc.maps if m.derived_from == process_map.id), None)

    def _not_while_voting(self) -> bool:
        if self.vote.running() is not None:
            self.flash(tr("End the vote first (V): it is on this map."))
            return True
        return False

    def switch_map(self) -> None:
        """T: from the current map to its target, or back, at the same place (stage, or the step's successor)."""
        other = self._counterpart()
        if other is None:
            self.flash(tr("This map has no target map (or current map) to switch to."))
            return
        if self._not_while_voting():
            return
        self._change_maps(other, None)

    def toggle_beside(self) -> None:
        """X: current above target, or back to one map."""
        if self._not_while_voting():
            return
        if self.beside_id is not None:
            self._change_maps(self.map_id, None)
            return
        other = self._counterpart()
        if other is None:
            self.flash(tr("This map has no target map (or current map) to show beside it."))
            return
        primary = self.map_id
        if self.current_map().kind is MapKind.TARGET:  # the current map on top, as the room reads: now, then next
            primary, other = other, primary
        self._change_maps(primary, other)

    def _change_maps(self, primary: str | None, beside: str | None) -> None:
        assert self.walk is not None
        before = self.walk
        self.map_id, self.beside_id = primary, beside
        self._set_maps()
        assert self.walk is not None
        if before.map.id != self.map_id:
            self.walk.follow(before)
        else:
            self.walk.place_as(before)
        self._show(animate=False)
        self._draw_picture()

    # ------------------------------------------------------------ banner and presenter
    def refresh_banner(self) -> None:
        """The room's banner says whose turn it is in a vote and what a click will mark; the facilitator's
        messages go to the laptop when there is one."""
        if self.audience is None:
            return
        room = []
        if self.marks.armed is not None:
            room.append(tr("Click the step or flow to mark as {type} (Esc: cancel)", type=label(self.marks.armed)))
        room.append(self.vote.banner())
        if self.presenter is None:
            room.append(self._flash)
        else:
            self.presenter.say(self._flash)
        self.audience.show_banner("    ".join(part for part in room if part))

    def _connect_presenter(self, presenter: PresenterWindow) -> None:
        self.marks.connect(presenter.capture)
        presenter.picture.clicked.connect(self._picture_clicked)
        actions = {
            "previous": self.previous,
            "next": self.next,
            "overview": self.overview,
            "steps": self.toggle_steps,
            "capture": self.marks.open_capture,
            "vote": self.toggle_vote,
            "record": self._edit_record,
            "end": self.stop,
        }
        for key, action in actions.items():
            presenter.buttons[key].clicked.connect(action)

    def _edit_record(self) -> None:
        """The workshop record (attendees, agenda, decisions, actions) in front of the facilitator."""
        record = self.attempt(self.workshop)
        if record is not None:
            dialog = self.window.workshops.edit_workshop(record.id, parent=self.presenter or self.audience)
            dialog.finished.connect(lambda _result: self.back_to_show())

    def _update_presenter(self) -> None:
        presenter = self.presenter
        if presenter is None or self.walk is None:
            return
        process_map = self.current_map()
        record = self.workshop_record()
        presenter.title.setText(
            record.title if record is not None else tr("{map} · workshop not recorded yet", map=process_map.name)
        )
        presenter.position.setText(f"{label(process_map.kind)} · {self.walk.caption()}")
        presenter.notes.setText(notes_html(process_map, self.walk.current_step_id()))
        if record is not None:
            presenter.agenda.set_agenda(record.agenda)
        self._fill_register(rebuild=presenter.register.rowCount() != len(process_map.findings))
        lines = self.vote.voter_lines()
        presenter.vote_state.setText(self.vote.banner() or tr("No vote running. Press V to start one."))
        presenter.set_voters(lines)
        vote = self.vote.running() or self.vote.last()
        presenter.ranking.setText(self.vote.ranking_html(vote) if vote is not None else "")

    def _fill_register(self, rebuild: bool) -> None:
        """The register is filled again after an edit; a move only marks the rows of the step in view."""
        presenter = self.presenter
        if presenter is None or self.walk is None:
            return
        rows, current = register_rows(self.doc, self.current_map(), self.vote.totals(), self.walk.current_step_id())
        if rebuild:
            presenter.set_register(rows)
        presenter.highlight_rows(current)


def _inside_capture(widget: QWidget) -> bool:
    """A key on the capture line (or its type list) is typing, not walking — also the arrows it lets through."""
    parent: QObject | None = widget
    while parent is not None:
        if isinstance(parent, CaptureBar):
            return True
        parent = parent.parent()
    return False


def _unpadded(rect: QRectF) -> QRectF:
    """A frame as the stage's own bounds: frames are padded so nothing touches the screen's edge."""
    return rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
