"""Place a step of a chosen kind with the next click (from the palette); Esc cancels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent

from ...editing.naming import default_step_name
from ...model import StepKind
from ...model.elements import DEFAULT_STEP_HEIGHT, DEFAULT_STEP_WIDTH
from ..refusals import attempt
from . import Tool

if TYPE_CHECKING:
    from .host import ToolHost

STEP_KIND_MIME = "application/x-opsflow-step-kind"  # a palette entry dragged onto the canvas


def place_step(view: ToolHost, kind: StepKind, scene_x: float, scene_y: float) -> str | None:
    """Add a step centred on a scene point; returns its id, or None when the point is outside the lanes."""
    scene = view.scene()
    x = scene_x - DEFAULT_STEP_WIDTH / 2
    y = scene_y - DEFAULT_STEP_HEIGHT / 2
    if scene.snap_to_grid:
        x, y = round(x / 10) * 10, round(y / 10) * 10
    step = attempt(view.editor.add_step, scene.map_id, default_step_name(kind), kind=kind, x=x, y=y)
    if step is None:
        return None
    scene.select_ids([step.id])
    return step.id


def place_and_name(view: ToolHost, kind: StepKind, scene_x: float, scene_y: float) -> str | None:
    """Add a step at a point and start typing its name (the palette, a drop, the context menu all do this)."""
    step_id = place_step(view, kind, scene_x, scene_y)
    if step_id is not None:
        view.start_rename(step_id)
    return step_id


class PlaceTool(Tool):
    def __init__(self, view: ToolHost, kind: StepKind) -> None:
        super().__init__(view)
        self.kind = kind
        view.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def press(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        point = self.view.mapToScene(event.position().toPoint())
        self.finish()
        self.view.show_message("")  # the "click on the map to place" hint is done
        place_and_name(self.view, self.kind, point.x(), point.y())
        return True

    def release(self, event: QMouseEvent) -> bool:
        return True

    def cancel(self) -> None:
        self.finish()

    def finish(self) -> None:
        self.view.viewport().unsetCursor()
        super().finish()
