"""Findings raised in the room: a finding key on the step or hand-off in the spotlight (or on the next one
clicked), and the capture line — what was said and who said it — filed on the step it was opened for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...editing.naming import element_name
from ...i18n import tr
from ...io.text.capture import parse_capture
from ...labels import label
from ...model import FindingType
from .capture_bar import CaptureBar

if TYPE_CHECKING:
    from .presentation import Presentation


class RoomMarks:
    def __init__(self, show: Presentation) -> None:
        self.show = show
        self.armed: FindingType | None = None  # a finding key pressed with no step in the spotlight
        self._target: str | None = None  # what the open capture line files on, fixed when it opened

    def mark(self, kind: FindingType) -> None:
        """A finding key: on the step or hand-off in the spotlight, else on the next step clicked."""
        assert self.show.walk is not None
        target = self.show.walk.focus_id()
        if target is None:
            self.armed = kind
            self.show.refresh_banner()
            return
        self.mark_on(target, kind)

    def clicked(self, element_id: str) -> bool:
        """A click after a finding key with nothing in the spotlight marks what was clicked."""
        if self.armed is None:
            return False
        kind, self.armed = self.armed, None
        self.mark_on(element_id, kind)
        return True

    def mark_on(self, target_id: str, kind: FindingType, said: str = "", speaker: str = "") -> None:
        show = self.show
        record = show.attempt(show.workshop)
        if record is None:
            return
        finding = show.attempt(show.editor.capture_finding, record.id, target_id, kind, said, speaker)
        if finding is not None:
            name = element_name(show.doc, target_id) or show.current_map().name
            show.flash(tr("{type} marked on “{name}” (Ctrl+Z takes it back).", type=label(kind), name=name))

    def bar(self) -> CaptureBar:
        """Where the facilitator types: on the laptop when there is a presenter view."""
        assert self.show.audience is not None
        return self.show.presenter.capture if self.show.presenter is not None else self.show.audience.capture

    def open_capture(self) -> None:
        """M: the capture line, for the step or hand-off in the spotlight (else the whole map), fixed now:
        the walk may move on while the line is typed."""
        assert self.show.walk is not None
        self._target = self.show.walk.focus_id() or self.show.map_id
        assert self._target is not None
        self.bar().open_for(element_name(self.show.doc, self._target) or self.show.current_map().name)

    def close_capture(self) -> None:
        bar = self.bar()
        bar.line.clear()
        bar.hide()
        self.show.back_to_show()

    def captured(self, text: str, chosen: FindingType) -> None:
        show = self.show
        record = show.attempt(show.workshop)
        if record is None:
            return
        capture = parse_capture(text, record.attendees)
        target = self._target if self._target in show.doc else show.map_id
        if not capture.said:
            show.flash(tr("Type what was said, then Enter."))
            return
        assert target is not None
        self.mark_on(target, capture.type or chosen, capture.said, capture.speaker)
        self.close_capture()

    def connect(self, bar: CaptureBar) -> None:
        bar.captured.connect(self.captured)
        bar.closed.connect(self.close_capture)
        bar.empty.connect(lambda: self.show.flash(tr("Type what was said, then Enter.")))
