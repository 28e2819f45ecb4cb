"""MapView: zoom, pan, level of detail, sticky headers, keyboard, and the tool that is in progress."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QLabel

from ..editing import DocumentEditor
from ..editing.signoff import SignedOffError, is_signed_off
from ..i18n import tr
from ..model import Lane, StepKind
from ..model.traits import FINDING_TYPES
from . import style
from .headers import HeaderBar
from .inline_editor import InlineEditor
from .items.badges import badge_summary, draw_badges, tooltip
from .items.step_item import StepItem
from .refusals import attempt, refuse
from .scene import MapScene
from .tools import Tool
from .tools.connect import ArrowTool, ConnectTool
from .tools.handles import draw_selection_handles, tool_for_handle
from .tools.place import STEP_KIND_MIME
from .tools.ports import arrow_at, draw_ports, near, port_at

# One key per finding type (its traits name it), the same letters the English badges show.
FINDING_KEYS = {getattr(Qt.Key, f"Key_{traits.key}"): kind for kind, traits in FINDING_TYPES.items()}


DROP_REACH = 10.0  # pixels around a step's outline where a dropped flow still lands on it


class MapCorner(QLabel):
    """The corner above the lane headers: 部门 \\ 阶段, and the badges of findings on the whole map."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(f"background: {style.BAND_HEADER_FILL.name()}; color: {style.MUTED_INK.name()};")

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        findings = self.view.scene().findings_by_target.get(self.view.scene().map_id)
        self.setToolTip(tooltip(findings) if findings else "")
        if findings:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw_badges(painter, badge_summary(findings), QPointF(self.width() - 2, 2))
            painter.end()


class MapView(QGraphicsView):
    zoom_changed = Signal(float)
    message = Signal(str)
    # element id (or None for empty canvas), scene position, global position
    context_requested = Signal(object, QPointF, object)
    place_requested = Signal(object, QPointF)  # StepKind dropped from the palette, scene position
    mark_requested = Signal(object)  # FindingType: a finding key pressed on the canvas

    def __init__(self, scene: MapScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.editor: DocumentEditor = scene.editor
        self.doc = scene.doc
        self.tool: Tool | None = None
        self._hover_step: str | None = None
        self._space_held = False
        self._panning_from: QPointF | None = None
        self._opened = False  # positioned at the map's start yet (on first show)
        self.opens_whole = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        # Zooming keeps its own anchor (set_scale); Qt's would jump when the mouse is outside the view.
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)  # a resize keeps the top-left in place
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Frozen headers live in the margins, outside the scrolling viewport.
        self.setViewportMargins(style.LANE_HEADER_WIDTH, style.PHASE_HEADER_HEIGHT, 0, 0)
        self.lane_bar = HeaderBar(self, vertical=True)
        self.phase_bar = HeaderBar(self, vertical=False)
        self.corner = MapCorner(self)
        self.retranslate()
        self.verticalScrollBar().valueChanged.connect(self.lane_bar.update)
        self.horizontalScrollBar().valueChanged.connect(self.phase_bar.update)
        scene.bands_changed.connect(self._bands_changed)

    def retranslate(self) -> None:
        self.corner.setText(tr("Dept. \\ Stage"))
        self.scene().retranslate()

    def _bands_changed(self) -> None:
        self.corner.update()
        self.lane_bar.update()
        self.phase_bar.update()
        self.viewport().update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        viewport = self.viewport().geometry()
        self.lane_bar.setGeometry(
            viewport.left() - style.LANE_HEADER_WIDTH, viewport.top(), style.LANE_HEADER_WIDTH, viewport.height()
        )
        self.phase_bar.setGeometry(
            viewport.left(), viewport.top() - style.PHASE_HEADER_HEIGHT, viewport.width(), style.PHASE_HEADER_HEIGHT
        )
        self.corner.setGeometry(
            viewport.left() - style.LANE_HEADER_WIDTH,
            viewport.top() - style.PHASE_HEADER_HEIGHT,
            style.LANE_HEADER_WIDTH,
            style.PHASE_HEADER_HEIGHT,
        )
        self._open_at_start()

    def scene(self) -> MapScene:
        """The view's own scene, typed: a MapView is only ever given a MapScene."""
        return cast(MapScene, super().scene())

    def show_message(self, text: str) -> None:
        self.message.emit(text)

    # ------------------------------------------------------------- zoom
    def current_scale(self) -> float:
        return self.transform().m11()

    def set_scale(self, scale: float, anchor: QPointF | None = None) -> None:
        """Zoom so that the scene point under ``anchor`` (a viewport point: the mouse for the wheel and a
        pinch) stays where it is; without one, the middle of the view stays."""
        scale = max(style.MIN_SCALE, min(style.MAX_SCALE, scale))
        middle = QPointF(self.viewport().rect().center())
        point = anchor if anchor is not None else middle
        fixed = self.mapToScene(point.toPoint())
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(fixed + (middle - point) / scale)
        self._scale_changed()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        self.set_scale(self.current_scale() * factor, anchor)

    def fit_all(self) -> None:
        """Show the whole map (Ctrl+0)."""
        scene = self.scene()
        content = scene.content_rect()
        if content.isEmpty():
            return
        available = self.viewport().rect().adjusted(10, 10, -10, -10)
        scale = min(available.width() / content.width(), available.height() / content.height())
        self.set_scale(scale)
        self.centerOn(content.center())

    def readable_scale(self) -> float:
        """The smallest zoom at which step names are still 9 pt on this screen."""
        pixels_of_9pt = 9 * self.logicalDpiY() / 72
        return min(1.0, pixels_of_9pt / style.step_font().pixelSize())

    def show_start(self) -> None:
        """How a map opens: at its top-left corner, the first lane and stage in view right below the frozen
        headers, showing as much of the map as fits while step names stay readable (9 pt), never above 100 %."""
        content = self.scene().content_rect()
        available = self.viewport().rect()
        if content.isEmpty() or available.width() < 50 or available.height() < 50:
            return
        margin = style.START_MARGIN
        fit = min((available.width() - margin) / content.width(), (available.height() - margin) / content.height())
        self.set_scale(max(self.readable_scale(), min(1.0, fit)))
        self.scroll_to_top_left(
            QPointF(content.left() - margin / self.current_scale(), content.top() - margin / self.current_scale())
        )

    def scroll_to_top_left(self, scene_point: QPointF) -> None:
        """Scroll so that ``scene_point`` sits at the viewport's top-left corner."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        self.centerOn(scene_point.x() + visible.width() / 2, scene_point.y() + visible.height() / 2)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._open_at_start()

    def _open_at_start(self) -> None:
        """The first time the view has its real size, it shows the map's start (see show_start), or all of it
        when ``opens_whole`` is set (the side-by-side comparison)."""
        if not self._opened and self.isVisible() and self.viewport().width() >= 50:
            self._opened = True
            self.fit_all() if self.opens_whole else self.show_start()

    def _scale_changed(self) -> None:
        scale = self.current_scale()
        large = len(self.scene().step_items) >= style.SKETCH_MIN_STEPS
        self.scene().set_detailed(scale >= style.DETAIL_SCALE or not large)
        self.viewport().update()
        self.lane_bar.update()
        self.phase_bar.update()
        self.zoom_changed.emit(scale)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """As in every desktop program: the wheel scrolls, Shift+wheel scrolls sideways, Ctrl+wheel zooms
        (around the mouse). A touchpad's two-finger scroll moves both ways by its pixel deltas."""
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(1.15**steps, event.position())
            event.accept()
            return
        pixels = event.pixelDelta()
        delta = QPointF(pixels) if not pixels.isNull() else QPointF(event.angleDelta()) * style.WHEEL_PIXELS / 120
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            delta = QPointF(delta.y() or delta.x(), 0)
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setValue(int(horizontal.value() - delta.x()))
        vertical.setValue(int(vertical.value() - delta.y()))
        event.accept()

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.NativeGesture and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value(), event.position())  # a touchpad pinch
            return True
        return super().viewportEvent(event)

    # ------------------------------------------------------------- tools
    def start_tool(self, tool: Tool) -> None:
        if self.tool is not None:
            self.tool.cancel()
        self.tool = tool

    def end_tool(self, tool: Tool) -> None:
        if self.tool is tool:
            self.tool = None
        self.viewport().update()

    def step_id_at(self, position: QPointF) -> str | None:
        for item in self.items(position.toPoint()):
            if isinstance(item, StepItem):
                return item.step_id
        return None

    def step_id_near(self, position: QPointF, reach: float = DROP_REACH) -> str | None:
        """The step under a point, or the step whose edge (where its connection points sit) is within ``reach``
        pixels of it: a flow dropped on a connection point, just outside the outline, still lands."""
        found = self.step_id_at(position)
        if found is not None:
            return found
        area = QRectF(position.x() - reach, position.y() - reach, 2 * reach, 2 * reach)
        for item in self.items(area.toRect()):
            if isinstance(item, StepItem) and self.mapFromScene(item.rect()).boundingRect().toRectF().adjusted(
                -reach, -reach, reach, reach
            ).contains(position):
                return item.step_id
        return None

    def editable(self) -> bool:
        """False on a signed-off document: no handles, points or arrows invite an edit that would be refused."""
        return not is_signed_off(self.doc.project)

    def hovered_step(self) -> str | None:
        step_id = self._hover_step
        return step_id if step_id is not None and step_id in self.scene().step_items else None

    def _start_at_hovered_step(self, position: QPointF) -> bool:
        """A press on a connection point or an arrow of the hovered step starts connecting (or adding)."""
        step_id = self.hovered_step()
        if step_id is None or not self.editable() or not self.scene().is_detailed():
            return False
        side = port_at(self, step_id, position)
        if side is not None:
            self.start_tool(ConnectTool(self, step_id, position, source_side=side))
            return True
        side = arrow_at(self, step_id, position)
        if side is not None:
            self.start_tool(ArrowTool(self, step_id, position, side))
            return True
        return False

    # ------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        position = event.position()
        if self.tool is not None and self.tool.press(event):
            return
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_held
        ):
            self._panning_from = position
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if event.button() == Qt.MouseButton.LeftButton:
            handle_tool = tool_for_handle(self, position) if self.editable() else None
            if handle_tool is not None:
                self.start_tool(handle_tool)
                return
            if self._start_at_hovered_step(position):
                return
            if event.modifiers() & Qt.KeyboardModifier.AltModifier:
                source = self.step_id_at(position)
                if source is not None:
                    self.start_tool(ConnectTool(self, source, position))
                    return
            if self.step_id_at(position) is not None:
                self.scene().begin_drag()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._panning_from is not None:
            delta = event.position() - self._panning_from
            self._panning_from = event.position()
            self.horizontalScrollBar().setValue(int(self.horizontalScrollBar().value() - delta.x()))
            self.verticalScrollBar().setValue(int(self.verticalScrollBar().value() - delta.y()))
            return
        if self.tool is not None and self.tool.move(event):
            return
        if event.buttons() & Qt.MouseButton.LeftButton and self.scene().is_dragging():
            super().mouseMoveEvent(event)
            self.scene().dragged()
            return
        hovered = self.step_id_at(event.position()) if self.scene().is_detailed() else None
        previous = self.hovered_step()
        if hovered is None and previous is not None and near(self, previous, event.position()):
            hovered = previous  # its connection points and arrows sit just outside the step
        if hovered != self._hover_step:
            self._hover_step = hovered
            self.viewport().update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._panning_from is not None:
            self._panning_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space_held else Qt.CursorShape.ArrowCursor)
            return
        if self.tool is not None and self.tool.release(event):
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.scene().end_drag()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        step_id = self.step_id_at(event.position())
        if step_id is not None:
            self.start_rename(step_id)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        position = QPointF(event.pos())
        element_id = self.step_id_at(position)
        if element_id is None:
            for item in self.items(event.pos()):
                flow_id = getattr(item, "flow_id", None)
                if flow_id:
                    element_id = flow_id
                    break
        if element_id is not None and element_id not in [i for i in self.scene().selected_step_ids()]:
            if element_id in self.scene().step_items or element_id in self.scene().flow_items:
                self.scene().select_ids([element_id])
        self.context_requested.emit(element_id, self.mapToScene(event.pos()), event.globalPos())

    # ------------------------------------------------------------- drops
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(STEP_KIND_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()  # files go to the window, which opens them

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(STEP_KIND_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        if not event.mimeData().hasFormat(STEP_KIND_MIME):
            event.ignore()
            return
        kind = StepKind(bytes(event.mimeData().data(STEP_KIND_MIME)).decode())
        event.acceptProposedAction()
        self.place_requested.emit(kind, self.mapToScene(event.position().toPoint()))

    # ------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.tool is not None:
            if event.key() == Qt.Key.Key_Escape:
                self.tool.cancel()
                return
            if self.tool.key(event):
                return
        key = Qt.Key(event.key())
        direction = self._next_step_direction(event)
        if direction is not None:
            selected = self.scene().selected_step_ids()
            if len(selected) == 1:
                self.add_next_step(selected[0], direction)
            else:
                self.show_message(tr("Select one step to add the next one after it."))
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and self.scene().selected_step_ids():
            step = 1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else style.GRID
            dx, dy = arrows[key]
            attempt(self.editor.nudge_steps, self.scene().selected_step_ids(), dx * step, dy * step)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            ids = self.scene().selected_step_ids() + self.scene().selected_flow_ids()
            if ids:
                attempt(self.editor.remove, ids)
            return
        finding_type = FINDING_KEYS.get(key)
        if finding_type is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.mark_requested.emit(finding_type)
            return
        if key == Qt.Key.Key_F2:
            selected = self.scene().selected_step_ids()
            if len(selected) == 1:
                self.start_rename(selected[0])
            return
        if key == Qt.Key.Key_Escape:
            self.scene().clearSelection()
            return
        super().keyPressEvent(event)

    @staticmethod
    def _next_step_direction(event: QKeyEvent) -> str | None:
        """Tab: the next step to the right; Enter: in the lane below (as Tab and Enter move in a spreadsheet);
        Alt+Shift+arrow: in that direction (draw.io's keys)."""
        key, modifiers = Qt.Key(event.key()), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            return {Qt.Key.Key_Tab: "right", Qt.Key.Key_Return: "down", Qt.Key.Key_Enter: "down"}.get(key)
        if modifiers == Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier:
            return {
                Qt.Key.Key_Right: "right",
                Qt.Key.Key_Down: "down",
                Qt.Key.Key_Left: "left",
                Qt.Key.Key_Up: "up",
            }.get(key)
        return None

    def event(self, event) -> bool:  # noqa: D102 - Qt override
        # Tab would move the keyboard focus away; on the canvas it adds the next step.
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def add_next_step(self, source_id: str, direction: str) -> str | None:
        """Add the next step beside ``source_id``, connected, and start typing its name (Esc takes it back)."""
        if not self.editable():
            refuse(SignedOffError())
            return None
        lanes = len(self.scene().map.lanes)
        step = attempt(self.editor.add_next_step, source_id, direction)
        if step is None:
            return None
        command = self.editor.last_command
        if len(self.scene().map.lanes) > lanes:
            lane = self.scene().map.lanes[-1]
            self.show_message(
                tr(
                    "A lane “{name}” was added below for it: double-click the lane's header to name the department.",
                    name=lane.name,
                )
            )
        self.scene().select_ids([step.id])
        self.ensureVisible(self.scene().step_items[step.id].rect(), 60, 60)
        self.start_rename(step.id, created_by=command)
        return step.id

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    # ------------------------------------------------------------ rename
    def start_rename(self, element_id: str, created_by=None) -> InlineEditor | None:
        """Type a new name in place. ``created_by``: the command that just added the element, taken back when
        the user presses Esc; Tab in the editor goes on to the next step to the right."""
        if not self.editable():
            refuse(SignedOffError())
            return None
        element = self.doc.get(element_id)
        scene = self.scene()
        parent = self.viewport()
        if element_id in scene.step_items:
            rect = self.mapFromScene(scene.step_items[element_id].sceneBoundingRect()).boundingRect()
        else:
            bar = self.lane_bar if isinstance(element, Lane) else self.phase_bar
            header = next((h for h in bar.headers() if h.band.id == element_id), None)
            if header is None:
                return None
            parent, rect = bar, header.rect.toRect().intersected(bar.rect())
        rect.setWidth(max(rect.width(), 140))
        editor = InlineEditor(parent, rect, element.name, lambda text: attempt(self.editor.rename, element_id, text))
        if created_by is not None:
            editor.cancelled.connect(lambda: self.editor.withdraw(created_by))
        if element_id in scene.step_items:
            editor.tabbed.connect(lambda: self.add_next_step(element_id, "right") if element_id in self.doc else None)
            # An undo may remove the step while its name is being edited: close the editor with it.
            scene.step_removed.connect(editor.close_if_for)
            editor.element_id = element_id
        return editor

    # ----------------------------------------------------------- drawing
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        painter.save()
        self._draw_overlays(painter, rect)
        painter.resetTransform()
        hovered = self.hovered_step()
        if hovered is not None and self.tool is None and self.editable() and self.scene().is_detailed():
            draw_ports(self, painter, hovered, with_arrows=not self.scene().is_dragging())
        draw_selection_handles(self, painter)
        if self.tool is not None:
            self.tool.paint(painter)
        painter.restore()

    def _draw_overlays(self, painter: QPainter, exposed: QRectF) -> None:
        """Critical path or differences: a tinted band around each highlighted step or along each flow."""
        scene = self.scene()
        for element_id, colour in scene.overlays.items():
            item = scene.step_items.get(element_id)
            pen = QPen(colour, 4)
            if item is not None:
                rect = item.rect().adjusted(-5, -5, 5, 5)
                if rect.intersects(exposed):
                    fill = QColor(colour)
                    fill.setAlpha(style.OVERLAY_ALPHA)
                    painter.setPen(pen)
                    painter.setBrush(fill)
                    painter.drawRoundedRect(rect, 8, 8)
                continue
            flow = scene.flow_items.get(element_id)
            if flow is not None and flow.boundingRect().intersects(exposed):
                translucent = QColor(colour)
                translucent.setAlpha(160)
                painter.setPen(QPen(translucent, 5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(flow._path)

    def center_on_element(self, element_id: str) -> None:
        item = self.scene().step_items.get(element_id) or self.scene().flow_items.get(element_id)
        if item is not None:
            if self.current_scale() < style.DETAIL_SCALE:
                self.set_scale(1.0)
            self.centerOn(item)
