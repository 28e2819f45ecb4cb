"""What a tool may ask of the view that hosts it.

Tools are written against this protocol rather than against ``MapView``, so the view imports its tools and no tool
imports the view: the dependency runs one way, and a tool can be read (and tested) knowing only these calls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ...editing import DocumentEditor
    from ...model import Document
    from ..scene import MapScene
    from . import Tool


class ToolHost(Protocol):
    doc: Document
    editor: DocumentEditor

    def scene(self) -> MapScene: ...
    def viewport(self) -> QWidget: ...
    def mapFromScene(self, point):  # noqa: ANN001, ANN201, N802 - Qt's overloads (point, rect, polygon)
        ...
    def mapToScene(self, point: QPoint):  # noqa: ANN201, N802 - Qt's overloads
        ...
    def show_message(self, text: str) -> None: ...
    def step_id_near(self, position: QPointF, reach: float = ...) -> str | None: ...
    def editable(self) -> bool: ...
    def start_rename(self, element_id: str, created_by=None): ...  # noqa: ANN001, ANN201
    def add_next_step(self, source_id: str, direction: str) -> str | None: ...
    def end_tool(self, tool: Tool) -> None: ...
