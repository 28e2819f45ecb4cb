"""Drag from a step's connection point (or Alt-drag from anywhere on it) to another step to connect them; or
click one of the arrows beside a hovered step to add the next step in that direction, connected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPen

from ...editing import connection_problem
from ...i18n import tr
from ...model import Side
from .. import style
from ..refusals import attempt
from . import Tool
from .ports import DIRECTION_OF, nearest_side

if TYPE_CHECKING:
    from .host import ToolHost

CLICK_DISTANCE = 4.0  # pixels: less movement than this is a click, not a drag


class ConnectTool(Tool):
    def __init__(self, view: ToolHost, source_id: str, start: QPointF, source_side: Side | None = None) -> None:
        super().__init__(view)
        self.source_id = source_id
        self.source_side = source_side
        self.start = start  # viewport coordinates
        self.current = start
        self.target_id: str | None = None

    def move(self, event: QMouseEvent) -> bool:
        self.current = event.position()
        candidate = self.view.step_id_near(event.position())
        ok = candidate is not None and connection_problem(self.view.doc, self.source_id, candidate) is None
        self.target_id = candidate if ok else None
        self.view.viewport().update()
        return True

    def release(self, event: QMouseEvent) -> bool:
        self.finish()
        self.connect_at(event.position())
        return True

    def connect_at(self, position: QPointF) -> None:
        """Connect to the step under ``position``, or say why no flow was made."""
        if self.source_id not in self.view.scene().step_items:
            return  # the step went (an undo while dragging): nothing to connect from
        target = self.view.step_id_near(position)
        if target is None:
            self.view.show_message(tr("Release the flow on a step to connect it."))
            return
        problem = connection_problem(self.view.doc, self.source_id, target)
        if problem:
            self.view.show_message(problem)
            return
        flow = attempt(
            self.view.editor.connect,
            self.source_id,
            target,
            source_side=self.source_side,
            target_side=nearest_side(self.view, target, position),
        )
        if flow is not None:
            self.view.show_message("")  # an earlier "release on a step" no longer applies

    def cancel(self) -> None:
        self.finish()

    def paint(self, painter: QPainter) -> None:
        pen = QPen(style.SELECTION, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(self.start, self.current)
        if self.target_id is not None:
            item = self.view.scene().step_items[self.target_id]
            painter.setBrush(style.DROP_HINT)
            painter.drawRect(self.view.mapFromScene(item.sceneBoundingRect()).boundingRect())


class ArrowTool(ConnectTool):
    """Pressed on an arrow: a click adds the next step that way; a drag connects like a connection point."""

    def __init__(self, view: ToolHost, source_id: str, start: QPointF, side: Side) -> None:
        super().__init__(view, source_id, start, source_side=side)
        self.side = side

    def release(self, event: QMouseEvent) -> bool:
        self.finish()
        moved = event.position() - self.start
        if abs(moved.x()) + abs(moved.y()) < CLICK_DISTANCE:
            if self.source_id in self.view.scene().step_items:
                self.view.add_next_step(self.source_id, DIRECTION_OF[self.side])
        else:
            self.connect_at(event.position())
        return True
