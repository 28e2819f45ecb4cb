"""Handles on the selection: resize a step from its corner; drag a flow's end onto another step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPen

from ...editing import connection_problem
from ...editing.placement import MIN_STEP_HEIGHT, MIN_STEP_WIDTH
from .. import style
from ..refusals import attempt
from . import Tool
from .bends import BendTool, segment_at

if TYPE_CHECKING:
    from .host import ToolHost

HANDLE = 8.0  # pixels


def resize_handle(view: ToolHost, step_id: str) -> QRectF:
    item = view.scene().step_items[step_id]
    corner = view.mapFromScene(item.rect().bottomRight())
    return QRectF(corner.x() - HANDLE / 2, corner.y() - HANDLE / 2, HANDLE, HANDLE)


def flow_end_handles(view: ToolHost, flow_id: str) -> dict[str, QRectF]:
    ends = view.scene().flow_items[flow_id].end_points()
    if ends is None:
        return {}
    handles = {}
    for name, point in zip(("source", "target"), ends):
        p = view.mapFromScene(point)
        handles[name] = QRectF(p.x() - HANDLE / 2, p.y() - HANDLE / 2, HANDLE, HANDLE)
    return handles


def draw_selection_handles(view: ToolHost, painter: QPainter) -> None:
    if not view.editable():
        return
    scene = view.scene()
    steps, flows = scene.selected_step_ids(), scene.selected_flow_ids()
    painter.setPen(QPen(style.SELECTION, 1.5))
    painter.setBrush(style.CANVAS)
    if len(steps) == 1 and not flows:
        painter.drawRect(resize_handle(view, steps[0]))
    if len(flows) == 1 and not steps:
        for rect in flow_end_handles(view, flows[0]).values():
            painter.drawEllipse(rect)


def tool_for_handle(view: ToolHost, position: QPointF) -> Tool | None:
    """A resize, reconnect or bend tool when the press lands on a handle of the selection (or on a segment of
    the one selected flow)."""
    scene = view.scene()
    steps, flows = scene.selected_step_ids(), scene.selected_flow_ids()
    grab = lambda rect: rect.adjusted(-3, -3, 3, 3).contains(position)  # noqa: E731
    if len(steps) == 1 and not flows and grab(resize_handle(view, steps[0])):
        return ResizeTool(view, steps[0])
    if len(flows) == 1 and not steps:
        for end, rect in flow_end_handles(view, flows[0]).items():
            if grab(rect):
                return ReconnectTool(view, flows[0], end)
        index = segment_at(view, flows[0], position)
        if index is not None:
            return BendTool(view, flows[0], index, position)
    return None


class ResizeTool(Tool):
    def __init__(self, view: ToolHost, step_id: str) -> None:
        super().__init__(view)
        self.step_id = step_id
        self.rect = view.scene().step_items[step_id].rect()

    def move(self, event: QMouseEvent) -> bool:
        corner = self.view.mapToScene(event.position().toPoint())
        width = max(MIN_STEP_WIDTH, corner.x() - self.rect.x())
        height = max(MIN_STEP_HEIGHT, corner.y() - self.rect.y())
        if self.view.scene().snap_to_grid:
            width, height = round(width / style.GRID) * style.GRID, round(height / style.GRID) * style.GRID
        self.rect = QRectF(self.rect.x(), self.rect.y(), width, height)
        self.view.viewport().update()
        return True

    def release(self, event: QMouseEvent) -> bool:
        self.finish()
        rect = self.rect
        item = self.view.scene().step_items.get(self.step_id)
        if item is not None and (rect.width(), rect.height()) != (item.width, item.height):
            attempt(self.view.editor.resize_step, self.step_id, rect.x(), rect.y(), rect.width(), rect.height())
        return True

    def cancel(self) -> None:
        self.finish()

    def paint(self, painter: QPainter) -> None:
        painter.setPen(QPen(style.SELECTION, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.view.mapFromScene(self.rect).boundingRect())


class ReconnectTool(Tool):
    """Drag one end of a flow to another step; the other end stays."""

    def __init__(self, view: ToolHost, flow_id: str, end: str) -> None:
        super().__init__(view)
        self.flow_id, self.end = flow_id, end
        ends = view.scene().flow_items[flow_id].end_points()
        assert ends is not None, "the handles of a flow are only offered where it is drawn"
        fixed = ends[1] if end == "source" else ends[0]
        self.fixed = QPointF(view.mapFromScene(fixed))
        self.current = self.fixed
        self.candidate: str | None = None

    def move(self, event: QMouseEvent) -> bool:
        self.current = event.position()
        if self.flow_id not in self.view.doc:
            self.candidate = None
            return True
        step_id = self.view.step_id_near(event.position())
        flow = self.view.doc.get(self.flow_id)
        ok = False
        if step_id is not None:
            source = step_id if self.end == "source" else flow.source_id
            target = step_id if self.end == "target" else flow.target_id
            ok = connection_problem(self.view.doc, source, target) is None
        self.candidate = step_id if ok else None
        self.view.viewport().update()
        return True

    def release(self, event: QMouseEvent) -> bool:
        candidate = self.candidate
        self.finish()
        if candidate is not None and self.flow_id in self.view.doc and candidate in self.view.doc:
            attempt(self.view.editor.reconnect, self.flow_id, **{f"{self.end}_id": candidate})
        return True

    def cancel(self) -> None:
        self.finish()

    def paint(self, painter: QPainter) -> None:
        painter.setPen(QPen(style.SELECTION, 2, Qt.PenStyle.DashLine))
        painter.drawLine(self.fixed, self.current)
        if self.candidate is not None:
            item = self.view.scene().step_items[self.candidate]
            painter.setBrush(style.DROP_HINT)
            painter.drawRect(self.view.mapFromScene(item.sceneBoundingRect()).boundingRect())
