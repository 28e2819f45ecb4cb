"""Presentation: a workshop on the projector (F5 starts it, Esc ends it, as in PowerPoint and WPS).

It puts the audience window full screen on the projector and, with a second screen, the presenter view on the
laptop; walks the map (``Walk``); turns keys and clicks into normal, undoable edits through the editor —
findings marked and captured in the room with the workshop as their evidence, dots of a vote — and keeps
both windows showing the document as it is after each edit.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QKeyEvent, QPainter, QScreen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ...analysis import votes
from ...canvas.audience_view import AudienceView, Spot, VoteDisc
from ...canvas.scene import MapScene
from ...canvas.style import BADGE
from ...canvas.view import FINDING_KEYS
from ...editing import workshops
from ...editing.naming import element_name
from ...i18n import tr
from ...io.text.capture import parse_capture
from ...labels import label
from ...model import DocumentError, DotVote, FindingType, Interview, InterviewKind, MapKind, ProcessMap, VoteSubject
from ..dialogs.open_dialog import open_dialog
from .audience import AudienceWindow, help_html
from .presenter import PresenterWindow
from .voting import VoteDialog
from .walk import Mode, Walk

if TYPE_CHECKING:
    from ..main_window import MainWindow

SCREEN_SETTING = "presentation/screen"
NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
TYPING_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)  # keys stay theirs
PICTURE_WIDTH = 1400
UNCUT = 1e9  # a frame size no stage reaches: stages shown whole  # pixels of the presenter's picture of the whole map


def projector_screen(laptop: QScreen | None) -> QScreen:
    """The screen the room sees: the one chosen in the Workshop menu if it is connected, else any screen that
    is not the laptop's, else the laptop's own (one screen: the audience view covers it)."""
    screens = QGuiApplication.screens()
    chosen = QSettings().value(SCREEN_SETTING, "", str)
    for screen in screens:
        if chosen and screen.name() == chosen:
            return screen
    others = [s for s in screens if s is not laptop]
    return others[0] if others else (laptop or QGuiApplication.primaryScreen())


def fill_screen_menu(menu: QMenu) -> None:
    """Workshop → Projector screen: the connected screens; the one ticked gets the audience view."""
    menu.clear()
    chosen = QSettings().value(SCREEN_SETTING, "", str)
    automatic = menu.addAction(tr("Automatic (the screen that is not the laptop's)"))
    automatic.setCheckable(True)
    automatic.setChecked(not chosen)
    automatic.triggered.connect(lambda: QSettings().setValue(SCREEN_SETTING, ""))
    for screen in QGuiApplication.screens():
        name, size = screen.name(), screen.geometry()
        action = menu.addAction(f"{name}  ({size.width()}×{size.height()})")
        action.setCheckable(True)
        action.setChecked(name == chosen)
        action.triggered.connect(lambda _checked=False, chosen=name: QSettings().setValue(SCREEN_SETTING, chosen))


class Presentation(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.audience: AudienceWindow | None = None
        self.presenter: PresenterWindow | None = None
        self.views: list[AudienceView] = []
        self.walk: Walk | None = None
        self.map_id: str | None = None
        self.beside_id: str | None = None  # current beside target: the second map shown
        self.workshop_id: str | None = None
        self.vote_id: str | None = None
        self.voter = 0  # index into the vote's voters; len(voters): the room's tally
        self._typed = ""  # a candidate's number typed before Enter
        self._armed: FindingType | None = None  # a finding key pressed with no step in the spotlight
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
    def doc(self):  # noqa: ANN201
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
        self.audience = AudienceWindow(self.key, self.stop)
        self.audience.capture.captured.connect(self._captured)
        self.audience.capture.closed.connect(self._close_capture)
        two_screens = projector is not laptop
        if two_screens:
            self.presenter = PresenterWindow(self.key, self.stop)
            self._connect_presenter(self.presenter)
        self._show_full_screen(self.audience, projector)
        if self.presenter is not None:
            self._show_full_screen(self.presenter, laptop)
        self._set_maps()
        self.doc.events.batch_finished.connect(self._schedule_refresh)
        self.window.controller.document_replaced.connect(self.stop)
        QApplication.instance().installEventFilter(self)
        selected = self._selected_step() if not from_beginning else None
        if selected is not None and self.walk is not None:
            self.walk.go_to_step(selected)
        self._show(animate=False)
        self._draw_picture()
        self.audience.activateWindow()
        self.audience.setFocus()

    @staticmethod
    def _show_full_screen(widget, screen: QScreen) -> None:  # noqa: ANN001
        widget.setScreen(screen)
        widget.setGeometry(screen.geometry())
        widget.showFullScreen()

    def stop(self) -> None:
        """Esc: back to the editor, which shows where the walk ended."""
        if self._ending or self.audience is None:
            return
        self._ending = True
        QApplication.instance().removeEventFilter(self)
        try:
            self.doc.events.batch_finished.disconnect(self._schedule_refresh)
        except (RuntimeError, TypeError, ValueError):
            pass
        try:
            self.window.controller.document_replaced.disconnect(self.stop)
        except (RuntimeError, TypeError):
            pass
        step_id = self.walk.current_step_id() if self.walk else None
        for view in self.views:
            view.scene().set_detailed(True)
        for widget in (self.audience, self.presenter):
            if widget is not None:
                widget.close()
                widget.deleteLater()
        self.audience = self.presenter = None
        self.views, self.walk = [], None
        self.window.activateWindow()
        if step_id and self.map_id in self.window.tabs.views:
            self.window.tabs.reveal(self.map_id, step_id)
        self._ending = False

    def _todays_workshop(self) -> str | None:
        today = dt.date.today()
        records = [
            r for r in self.doc.project.interviews if r.kind is InterviewKind.WORKSHOP and r.date in (today, None)
        ]
        return records[-1].id if records else None

    def workshop(self) -> Interview:
        """The workshop the room's findings and votes belong to; made when first needed (one undo step)."""
        if self.workshop_id is None or self.workshop_id not in self.doc:
            process_map = self._map()
            today = dt.date.today()
            record = self.editor.start_workshop(workshops.default_title(process_map.name, today), date=today)
            self.workshop_id = record.id
        return self.doc.get(self.workshop_id)

    # ------------------------------------------------------------ what is shown
    def _map(self) -> ProcessMap:
        return self.doc.get(self.map_id)

    def _scene(self, map_id: str) -> MapScene:
        return self.window.tabs.open(map_id, focus=False).scene()

    def _set_maps(self) -> None:
        assert self.audience is not None
        ids = [self.map_id] + ([self.beside_id] if self.beside_id else [])
        self.views = self.audience.set_scenes([self._scene(i) for i in ids if i is not None])
        for view in self.views:
            view.step_clicked.connect(lambda step_id, v=view: self._step_clicked(v, step_id))
            view.flow_clicked.connect(lambda flow_id, v=view: self._flow_clicked(v, flow_id))
            view.disc_clicked.connect(self._disc_clicked)
            view.moved.connect(self._moved)
        self.walk = Walk(self._map(), self._readable())

    def _readable(self) -> tuple[float, float]:
        """The largest frame that still reads from the back of the room. Current beside target compares the
        shape of two processes: each stage is shown whole, smaller, rather than cut into parts."""
        if len(self.views) > 1:
            return UNCUT, UNCUT
        if not self.views:
            return 1000.0, 560.0
        view = self.views[0]
        if view.viewport().height() < 50:  # not laid out yet: the screen it will fill
            assert self.audience is not None
            screen = self.audience.screen().geometry()
            zoom = screen.height() / 40 / 13
            return screen.width() / zoom, screen.height() / zoom
        return view.readable_size()

    def _show(self, animate: bool = True) -> None:
        """Move the views to where the walk is, spotlight, discs, banner and presenter included."""
        if self.walk is None or self.audience is None:
            return
        self.walk.rebuild(self._readable())
        rect = QRectF(*self.walk.rect())
        primary = self.views[0]
        if rect != primary.target_rect:
            primary.show_rect(rect, animate)
        spot = self.walk.spotlight()
        primary.spot = (
            Spot(spot.step_ids, spot.flow_ids, spot.handoff_ids, self.walk.focus_id()) if spot is not None else Spot()
        )
        primary.caption = self.walk.caption()
        primary.stage_rect = rect if self.walk.mode is Mode.STAGE else QRectF()
        if len(self.views) > 1:
            primary.caption = f"{self._map().name} · {primary.caption}"
            self._follow_beside(self.views[1], animate)
        self._update_votes()
        self._update_banner()
        self._update_presenter()
        for view in self.views:
            view.viewport().update()

    def _follow_beside(self, view: AudienceView, animate: bool) -> None:
        """The second map follows the first: the same stage by name, the steps that replace the current step
        (lineage), or the whole map."""
        assert self.walk is not None
        other: ProcessMap = self.doc.get(self.beside_id)
        beside = Walk(other, self._readable())
        names = {p.id: p.name for p in self._map().phases}
        step_id = self.walk.current_step_id()
        successors = [s.id for s in other.steps if step_id and step_id in s.source_step_ids]
        predecessors = next((s.source_step_ids for s in self._map().steps if s.id == step_id), [])
        related = successors or [s for s in predecessors if any(t.id == s for t in other.steps)]
        if related:
            beside.go_to_step(related[0])
        elif self.walk.mode is not Mode.OVERVIEW:
            phase_id, _part = self.walk.current_frame_key()
            if self.walk.mode is Mode.STEP and step_id:
                phase_id = next((s.phase_id for s in self._map().steps if s.id == step_id), phase_id)
            name = names.get(phase_id or "")
            index = next((i for i, f in enumerate(beside.frames) if _phase_name(other, f.phase_id) == name), None)
            if index is not None:
                beside.mode, beside.frame = Mode.STAGE, index
        shown = QRectF(*beside.rect())
        view.show_rect(shown, animate)
        view.stage_rect = shown if beside.mode is Mode.STAGE else QRectF()
        spot = beside.spotlight()
        view.spot = Spot(spot.step_ids, spot.flow_ids, spot.handoff_ids) if spot else Spot()
        view.caption = other.name

    def _moved(self) -> None:
        if self.presenter is not None and self.views:
            self.presenter.picture.set_current(self.views[0].visible_rect())

    def _schedule_refresh(self) -> None:
        if self.is_running():
            self._refresh_timer.start()
            self._picture_timer.start()

    def _refresh(self) -> None:
        """After an edit: the map may have lost the map shown (undo of its creation) or changed its shape."""
        if not self.is_running():
            return
        if self.map_id not in self.doc or (self.beside_id and self.beside_id not in self.doc):
            self.stop()
            return
        assert self.walk is not None
        self.walk.map = self._map()
        self._show(animate=False)

    def _draw_picture(self) -> None:
        """The presenter's picture of the whole map, drawn once per pause in editing (not on every move)."""
        if self.presenter is None or not self.views:
            return
        scene = self.views[0].scene()
        content = scene.content_rect().adjusted(-20, -20, 20, 20)
        if content.isEmpty():
            return
        height = max(1, round(PICTURE_WIDTH * content.height() / content.width()))
        image = QImage(PICTURE_WIDTH, min(height, 4000), QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(image.rect()), content)
        painter.end()
        self.presenter.picture.set_picture(image, content)
        self.presenter.picture.set_current(self.views[0].visible_rect())

    # ------------------------------------------------------------ keys and clicks
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Keys pressed anywhere in the two windows are the walk's — also on the register or a button, and
        Tab, which Qt would otherwise use to move the focus — except where the facilitator types."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QWidget)
            and not isinstance(watched, TYPING_WIDGETS)
            and watched.window() in (self.audience, self.presenter)
        ):
            return self.key(event)  # type: ignore[arg-type]
        return False

    def key(self, event: QKeyEvent) -> bool:
        """Every key of both windows; True when it was the presentation's."""
        if self.walk is None:
            return False
        key, modifiers = event.key(), event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if ctrl and key == Qt.Key.Key_Z:
            self.window._redo() if shift else self.window._undo()  # noqa: SLF001 - the window's one undo
            return True
        if ctrl and key == Qt.Key.Key_Y:
            self.window._redo()  # noqa: SLF001
            return True
        if ctrl or modifiers & Qt.KeyboardModifier.AltModifier:
            return False
        if key == Qt.Key.Key_Escape:
            self._escape()
        elif self._running_vote() is not None and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._typed += chr(key)
            self._update_banner()
        elif self._running_vote() is not None and key == Qt.Key.Key_Equal and self._typed:
            self._typed += "="
            self._update_banner()
        elif key == Qt.Key.Key_Backspace and self._typed:
            self._typed = self._typed[:-1]
            self._update_banner()
        elif key in ENTER_KEYS and self._typed:
            self._enter_typed(taking_back=shift)
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key in ENTER_KEYS:
            self._move(self.walk.toggle_steps)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_O):
            self.overview()
        elif key == Qt.Key.Key_End:
            self._move(lambda: self._last_stage())
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            delta = -1 if key == Qt.Key.Key_Backtab or shift else 1
            self._next_voter(delta) if self._running_vote() is not None else self._move(
                lambda: self.walk.cycle_focus(delta)
            )
        elif key in FINDING_KEYS:
            self.mark(FINDING_KEYS[key])
        elif key == Qt.Key.Key_M:
            self.open_capture()
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
        elif key in (Qt.Key.Key_F1, Qt.Key.Key_Question, Qt.Key.Key_H):
            assert self.audience is not None
            self.audience.toggle_overlay("help", help_html())
        elif key in (Qt.Key.Key_F5,):
            self.overview()
        else:
            return False
        return True

    def _escape(self) -> None:
        assert self.audience is not None
        if self._typed or self._armed:
            self._typed, self._armed = "", None
            self._update_banner()
        elif self.audience.overlay.isVisible():
            self.audience.hide_overlay()
        else:
            self.stop()

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

    def _last_stage(self) -> bool:
        assert self.walk is not None
        if not self.walk.frames:
            return False
        self.walk.mode, self.walk.frame = Mode.STAGE, len(self.walk.frames) - 1
        return True

    def _step_clicked(self, view: AudienceView, step_id: str) -> None:
        if view is not self.views[0]:
            return
        vote = self._running_vote()
        if vote is not None and vote.subject is VoteSubject.STEPS:
            self._disc_clicked(step_id, 1)
            return
        if self._armed is not None:
            kind, self._armed = self._armed, None
            self._mark_on(step_id, kind)
            return
        assert self.walk is not None
        self._move(lambda: self.walk.go_to_step(step_id))

    def _flow_clicked(self, view: AudienceView, flow_id: str) -> None:
        if view is not self.views[0]:
            return
        if self._armed is not None:
            kind, self._armed = self._armed, None
            self._mark_on(flow_id, kind)
            return
        assert self.walk is not None
        flow = next((f for f in self._map().flows if f.id == flow_id), None)
        if flow is not None and self.walk.go_to_step(flow.source_id):
            handoffs = self.walk.handoffs()
            if flow_id in handoffs:
                self.walk.focus = handoffs.index(flow_id) + 1
            self._show()

    def _picture_clicked(self, point: QPointF) -> None:
        scene = self.views[0].scene() if self.views else None
        if scene is None:
            return
        hit = next((item for item in scene.step_items.values() if item.rect().contains(point)), None)
        if hit is not None:
            self._step_clicked(self.views[0], hit.step_id)

    def _selected_step(self) -> str | None:
        view = self.window.tabs.views.get(self.map_id or "")
        ids = view.scene().selected_step_ids() if view is not None else []
        return ids[0] if ids else None

    # ------------------------------------------------------------ marking and capturing
    def _attempt(self, action, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        """An edit from the room; a refusal is said on the banner, where the facilitator looks."""
        return self._tried(action, *args, **kwargs)[1]

    def _tried(self, action, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        """(done, result) of an edit from the room; a refusal goes on the banner."""
        try:
            return True, action(*args, **kwargs)
        except DocumentError as error:
            self.flash(str(error))
            return False, None

    def mark(self, kind: FindingType) -> None:
        """A finding key: on the step or hand-off in the spotlight, else on the next step clicked."""
        assert self.walk is not None
        target = self.walk.focus_id()
        if target is None:
            self._armed = kind
            self._update_banner()
            return
        self._mark_on(target, kind)

    def _mark_on(self, target_id: str, kind: FindingType, said: str = "", speaker: str = "") -> None:
        record = self._attempt(self.workshop)
        if record is None:
            return
        finding = self._attempt(self.editor.capture_finding, record.id, target_id, kind, said, speaker)
        if finding is not None:
            name = element_name(self.doc, target_id) or self._map().name
            self.flash(tr("{type} marked on “{name}”.", type=label(kind), name=name))

    def capture_bar(self):  # noqa: ANN201 - the CaptureBar where the facilitator types
        assert self.audience is not None
        return self.presenter.capture if self.presenter is not None else self.audience.capture

    def open_capture(self) -> None:
        assert self.walk is not None
        target = self.walk.focus_id() or self.map_id
        assert target is not None
        self.capture_bar().open_for(element_name(self.doc, target) or self._map().name)

    def _close_capture(self) -> None:
        bar = self.capture_bar()
        bar.hide()
        window = self.presenter or self.audience
        if window is not None:
            window.setFocus()

    def _captured(self, text: str, chosen: FindingType) -> None:
        assert self.walk is not None
        record = self._attempt(self.workshop)
        if record is None:
            return
        capture = parse_capture(text, record.attendees)
        target = self.walk.focus_id() or self.map_id
        assert target is not None
        if not capture.said:
            self.flash(tr("Type what was said, then Enter."))
            return
        self._mark_on(target, capture.type or chosen, capture.said, capture.speaker)
        self._close_capture()

    def flash(self, text: str) -> None:
        self._flash = text
        self._flash_timer.start()
        self._update_banner()

    def _clear_flash(self) -> None:
        self._flash = ""
        self._update_banner()

    # ------------------------------------------------------------ voting
    def _running_vote(self) -> DotVote | None:
        if self.vote_id is None or self.workshop_id is None or self.workshop_id not in self.doc:
            return None
        record: Interview = self.doc.get(self.workshop_id)
        vote = next((v for v in record.votes if v.id == self.vote_id), None)
        return vote if vote is not None and not vote.closed else None

    def toggle_vote(self) -> None:
        """V: start a vote (asking how), or end the running one and take its ranking as priorities."""
        vote = self._running_vote()
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
        if answer != QMessageBox.StandardButton.Yes:
            return
        assert self.workshop_id is not None
        if self._tried(self.editor.close_vote, self.workshop_id, vote.id)[0]:
            self.vote_id, self._typed = None, ""
            self._show_ranking(vote.id)
            self._update_banner()

    def _open_vote_dialog(self) -> VoteDialog:
        record = self.doc.get(self.workshop_id) if self.workshop_id in self.doc else None
        dialog = VoteDialog(record, self.presenter or self.audience)

        def started() -> None:
            workshop = self._attempt(self.workshop)
            if workshop is None:
                return
            vote = self._attempt(
                self.editor.start_vote,
                workshop.id,
                self.map_id,
                dialog.voters(),
                dialog.dots.value(),
                dialog.chosen_subject(),
            )
            if vote is not None:
                self.vote_id, self.voter, self._typed = vote.id, 0, ""
                self._show()
            (self.presenter or self.audience).activateWindow()

        return open_dialog(dialog, started)

    def current_voter(self) -> str:
        vote = self._running_vote()
        if vote is None or not vote.voters:
            return votes.TALLY
        return vote.voters[self.voter] if self.voter < len(vote.voters) else votes.TALLY

    def _next_voter(self, delta: int) -> None:
        vote = self._running_vote()
        if vote is None:
            return
        self.voter = (self.voter + delta) % (len(vote.voters) + 1)  # the last place is the room's tally
        self._update_banner()
        self._update_presenter()

    def candidate_numbers(self, vote: DotVote) -> dict[int, str]:
        """Number -> candidate: findings by their place in the map's register, steps in the order they flow."""
        process_map = self._map()
        allowed = set(votes.candidates(vote, process_map))
        if vote.subject is VoteSubject.STEPS:
            assert self.walk is not None
            return {n: s for n, s in enumerate(self.walk.order, start=1) if s in allowed}
        return {n: f.id for n, f in enumerate(process_map.findings, start=1) if f.id in allowed}

    def _disc_clicked(self, target_id: str, delta: int) -> None:
        vote = self._running_vote()
        if vote is None or self.workshop_id is None:
            return
        self._attempt(self.editor.cast_dot, self.workshop_id, vote.id, self.current_voter(), target_id, delta)

    def _enter_typed(self, taking_back: bool) -> None:
        typed, self._typed = self._typed, ""
        vote = self._running_vote()
        if vote is None or self.workshop_id is None:
            self._update_banner()
            return
        number, _, count = typed.partition("=")
        target = self.candidate_numbers(vote).get(int(number)) if number.isdigit() else None
        if target is None:
            self.flash(tr("There is no no. {number} to vote on.", number=number))
            return
        if count:
            if count.isdigit():
                self._attempt(self.editor.set_tally, self.workshop_id, vote.id, target, int(count))
            return
        self._disc_clicked(target, -1 if taking_back else 1)

    def _update_votes(self) -> None:
        """The numbered discs of the running vote (or the last one of this workshop) on the map."""
        vote = self._running_vote()
        for view in self.views:
            view.discs = []
        if vote is None or not self.views:
            return
        process_map, view = self._map(), self.views[0]
        counted = votes.totals(vote, process_map)
        shares = votes.share(vote, process_map)
        scene = view.scene()
        per_target: dict[str, int] = {}
        targets = {f.id: f.target_id for f in process_map.findings}
        for number, candidate in self.candidate_numbers(vote).items():
            where = candidate if vote.subject is VoteSubject.STEPS else targets.get(candidate, "")
            anchor = self._disc_anchor(scene, where)
            if anchor is None:
                continue
            slot = per_target.get(where, 0)
            per_target[where] = slot + 1
            dots, share = counted.get(candidate, 0), shares.get(candidate, 0.0)
            view.discs.append(VoteDisc(candidate, number, dots, share, anchor, slot))

    @staticmethod
    def _disc_anchor(scene: MapScene, target_id: str) -> QPointF | None:
        """Where a candidate's disc hangs: below a step's left corner, beside a flow's middle, at a lane's
        start, or above the map's first stage for a finding on the whole map."""
        step = scene.step_items.get(target_id)
        if step is not None:
            return step.rect().bottomLeft()
        flow = scene.flow_items.get(target_id)
        if flow is not None and len(flow.points()) >= 2:
            points = flow.points()
            return QPointF(*points[len(points) // 2])
        lane = next((rect for lane, rect in scene.lane_rects() if lane.id == target_id), None)
        if lane is not None:
            return lane.topLeft()
        if target_id == scene.map_id:
            return QPointF(0.0, -BADGE * 3)
        return None

    def _ranking_html(self, vote: DotVote) -> str:
        process_map = self._map()
        numbers = {c: n for n, c in self.candidate_numbers(vote).items()}
        names = {f.id: f.title or label(f.type) for f in process_map.findings}
        names.update({s.id: s.name for s in process_map.steps})
        rows = []
        for r in votes.ranking(vote, process_map):  # tr() outside f-strings: lupdate does not look inside them
            number = tr("No. {n}", n=numbers.get(r.target_id, "?"))
            dots = tr("{n} dots", n=r.dots)
            rows.append(
                f"<tr><td><b>{r.rank}.</b>&nbsp;</td><td>{number}&nbsp;</td>"
                f"<td>{names.get(r.target_id, '')}</td><td>&nbsp;&nbsp;<b>{dots}</b></td></tr>"
            )
        heading, empty = tr("Result of the vote"), tr("No dots yet.")
        return f"<h3>{heading}</h3><table>{''.join(rows) or empty}</table>"

    def _show_ranking(self, vote_id: str) -> None:
        if self.audience is None or self.workshop_id not in self.doc:
            return
        record: Interview = self.doc.get(self.workshop_id)
        vote = next((v for v in record.votes if v.id == vote_id), None)
        if vote is not None:
            self.audience.show_overlay("ranking", self._ranking_html(vote))

    def _last_vote(self) -> DotVote | None:
        if self.workshop_id is None or self.workshop_id not in self.doc:
            return None
        record: Interview = self.doc.get(self.workshop_id)
        mine = [v for v in record.votes if v.map_id == self.map_id]
        return mine[-1] if mine else None

    def toggle_ranking(self) -> None:
        vote = self._running_vote() or self._last_vote()
        if vote is None or self.audience is None:
            self.flash(tr("No vote yet: press V to start one."))
            return
        self.audience.toggle_overlay("ranking", self._ranking_html(vote))

    # ------------------------------------------------------------ maps
    def _counterpart(self) -> str | None:
        """The target designed from this map, or the current map this target came from."""
        process_map = self._map()
        if process_map.kind is MapKind.TARGET:
            return process_map.derived_from if process_map.derived_from in self.doc else None
        return next((m.id for m in self.doc.maps if m.derived_from == process_map.id), None)

    def switch_map(self) -> None:
        """T: from the current map to its target, or back."""
        other = self._counterpart()
        if other is None:
            self.flash(tr("This map has no target map (or current map) to switch to."))
            return
        self.map_id, self.beside_id = other, (self.map_id if self.beside_id else None)
        self.vote_id = None
        self._set_maps()
        self._show(animate=False)
        self._draw_picture()

    def toggle_beside(self) -> None:
        """X: current beside target, or back to one map."""
        if self.beside_id is not None:
            self.beside_id = None
        else:
            other = self._counterpart()
            if other is None:
                self.flash(tr("This map has no target map (or current map) to show beside it."))
                return
            # The current map on the left, as the room reads: from now to the future.
            if self._map().kind is MapKind.TARGET:
                self.map_id, other = other, self.map_id
            self.beside_id = other
        self._set_maps()
        self._show(animate=False)

    # ------------------------------------------------------------ banner and presenter
    def _update_banner(self) -> None:
        if self.audience is None:
            return
        vote = self._running_vote()
        parts = []
        if self._armed is not None:
            parts.append(tr("Click the step or flow to mark as {type} (Esc: cancel)", type=label(self._armed)))
        if vote is not None:
            voter = self.current_voter()
            if voter == votes.TALLY:
                who = tr("Tally for the room")
            else:
                who = tr(
                    "{name}: {left} of {each} dots left",
                    name=voter,
                    left=votes.dots_left(vote, voter),
                    each=vote.dots_each,
                )
            number = tr("No.")
            typed = f" · {number} {self._typed}_" if self._typed else ""
            parts.append(tr("Dot vote") + f" · {who}{typed} · " + tr("Tab: next person · V: end the vote"))
        elif self._typed:
            parts.append(self._typed)
        if self._flash:
            parts.append(self._flash)
        self.audience.show_banner("    ".join(parts))

    def _connect_presenter(self, presenter: PresenterWindow) -> None:
        presenter.capture.captured.connect(self._captured)
        presenter.capture.closed.connect(self._close_capture)
        presenter.picture.clicked.connect(self._picture_clicked)
        actions = {
            "previous": self.previous,
            "next": self.next,
            "overview": self.overview,
            "steps": self.toggle_steps,
            "capture": self.open_capture,
            "vote": self.toggle_vote,
            "record": self._edit_record,
            "end": self.stop,
        }
        for key, action in actions.items():
            presenter.buttons[key].clicked.connect(action)

    def _edit_record(self) -> None:
        """The workshop record (attendees, agenda, decisions, actions) in front of the presenter view."""
        record = self._attempt(self.workshop)
        if record is not None:
            self.window.workshops.edit_workshop(record.id, parent=self.presenter or self.audience)

    def _update_presenter(self) -> None:
        presenter = self.presenter
        if presenter is None or self.walk is None:
            return
        process_map = self._map()
        record = self.doc.get(self.workshop_id) if self.workshop_id in self.doc else None
        presenter.title.setText(
            record.title if record is not None else tr("{map} · workshop not recorded yet", map=process_map.name)
        )
        presenter.position.setText(self.walk.caption())
        presenter.notes.setText(self._notes_html())
        if record is not None:
            presenter.agenda.set_agenda(record.agenda)
        vote = self._running_vote() or self._last_vote()
        counted = votes.totals(vote, process_map) if vote is not None else {}
        step_id = self.walk.current_step_id()
        names = {s.id: s.name for s in process_map.steps} | {f.id: f"{f.source_id}" for f in process_map.flows}
        rows, current = [], set()
        for number, finding in enumerate(process_map.findings, start=1):
            where = element_name(self.doc, finding.target_id) if finding.target_id in self.doc else ""
            rows.append(
                (
                    str(number),
                    label(finding.type),
                    finding.title or finding.description[:40],
                    where or names.get(finding.target_id, process_map.name),
                    str(counted.get(finding.id, "")),
                    str(finding.priority or ""),
                )
            )
            if step_id and finding.target_id == step_id:
                current.add(number - 1)
        presenter.set_register(rows, current)
        running = self._running_vote()
        presenter.voters.clear()
        if running is not None:
            presenter.vote_state.setText(self.audience.banner.text() if self.audience else "")
            for index, name in enumerate([*running.voters, votes.TALLY]):
                used = votes.dots_used(running, name)
                text = (
                    tr("{name}: {used}/{each} dots", name=name, used=used, each=running.dots_each)
                    if name
                    else tr("Tally for the room: {used} dots", used=used)
                )
                presenter.voters.addItem(("▶ " if index == self.voter else "   ") + text)
        else:
            presenter.vote_state.setText(tr("No vote running. Press V to start one."))
        presenter.ranking.setText(self._ranking_html(vote) if vote is not None else "")

    def _notes_html(self) -> str:
        """What the facilitator reads while the room looks at the step: its facts and what was found there."""
        assert self.walk is not None
        process_map = self._map()
        step_id = self.walk.current_step_id()
        if step_id is None:
            return tr(
                "{steps} steps, {findings} findings.", steps=len(process_map.steps), findings=len(process_map.findings)
            )
        step = next(s for s in process_map.steps if s.id == step_id)
        lane = next((lane.name for lane in process_map.lanes if lane.id == step.lane_id), "")
        facts = [
            f"<b>{step.name}</b> · {lane}",
            tr("Owner: {owner}", owner=step.owner) if step.owner else "",
            tr("Work {work} h, waiting {wait} h", work=f"{step.processing_hours:g}", wait=f"{step.waiting_hours:g}"),
            tr("Inputs: {items}", items="、".join(step.inputs)) if step.inputs else "",
            tr("Outputs: {items}", items="、".join(step.outputs)) if step.outputs else "",
            step.remarks,
        ]
        found = [f"• {label(f.type)}: {f.title}" for f in process_map.findings if f.target_id == step_id]
        return "<br>".join(part for part in [*facts, *found] if part)


def _phase_name(process_map: ProcessMap, phase_id: str | None) -> str | None:
    return next((p.name for p in process_map.phases if p.id == phase_id), None)
