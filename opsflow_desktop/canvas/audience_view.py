"""AudienceView: a map as the room sees it on the projector — read-only, in the projector theme, with large
lane and stage names, a spotlight on the step being discussed, and the dots of a vote.

It shares the MapScene with the editor (one document, one set of items) and never edits: a click says which
step, flow or finding badge was meant, and the presentation decides what that does. Moves between frames
animate with an eased zoom-and-pan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsView

from . import projector, style
from .items.badges import draw_badges
from .items.flow_item import FlowItem
from .items.step_item import StepItem
from .scene import MapScene

MOVE_MS = 450  # a stage-to-stage move: long enough to follow, short enough not to wait for
MAX_ZOOM = 4.0


@dataclass
class Spot:
    """What the spotlight shows: the steps and flows around the current one, and what a key marks."""

    step_ids: tuple[str, ...] = ()
    flow_ids: tuple[str, ...] = ()
    handoff_ids: tuple[str, ...] = ()
    focus_id: str | None = None  # the step or hand-off a finding key or the capture line marks


@dataclass
class VoteDisc:
    """A candidate of a vote as the map shows it: its number, its dots and its share of the most dots."""

    target_id: str
    number: int
    dots: int
    share: float
    anchor: QPointF = field(default_factory=QPointF)  # scene point: below it and to its right the disc sits
    slot: int = 0  # the n-th candidate at the same anchor: n places on, in rows as wide as ``span``
    span: float = 0.0  # scene units a row of discs may take (a step's width); 0: three to a row


class AudienceView(QGraphicsView):
    step_clicked = Signal(str)
    flow_clicked = Signal(str)
    disc_clicked = Signal(str, int)  # a vote candidate's id, +1 (left button) or -1 (right button / Shift)
    moved = Signal()  # a move between frames ended

    def __init__(self, scene: MapScene, parent=None) -> None:
        super().__init__(parent)
        self.setViewport(projector.ProjectorViewport())
        self.setScene(scene)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the presentation around it
        self.setMouseTracking(False)
        self.spot = Spot()
        self.discs: list[VoteDisc] = []
        self.caption = ""  # where the walk is: "内部审批 · 2/4"
        self.stage_rect = QRectF()  # the stage (part) being discussed: what lies around it is shaded
        self.top_inset = 0  # pixels a banner covers at the top: the stage names go below it
        self.target_rect = QRectF()
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(MOVE_MS)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._animate)
        self._animation.finished.connect(self.moved)
        self._from = QRectF()

    def scene(self) -> MapScene:
        return super().scene()  # type: ignore[return-value]

    # ---------------------------------------------------------------- moving
    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    @staticmethod
    def min_zoom_divisor() -> float:
        """Screen height / this = the zoom at which step text is 1/40 of the screen's height."""
        return projector.TEXT_SHARE * style.step_font().pixelSize()

    def min_zoom(self) -> float:
        """The zoom at which step text is 1/40 of the screen's height: nothing shown smaller in a walk."""
        return self.viewport().height() / self.min_zoom_divisor()

    def _screen_height(self) -> int:
        """The projector's height (the window's), also when two maps share it: names stay as large."""
        return max(self.window().height(), self.viewport().height())

    def readable_size(self) -> tuple[float, float]:
        """The largest scene area a frame may have and still be read from the back of the room."""
        zoom = self.min_zoom()
        area = self.map_area()
        return area.width() / zoom, area.height() / zoom

    def map_area(self) -> QRectF:
        """Where a frame is shown: the screen less the strips for the lane names (left) and the stage names
        (top), so that no name covers a step of the frame."""
        view = QRectF(self.viewport().rect())
        metrics = QFontMetricsF(self.header_font())
        names = [lane.name for lane in self.scene().map.lanes] if self.shows_a_map() else []
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0.0) + metrics.height() * 1.2
        left = min(widest, view.width() * 0.22)
        top = metrics.height() * 1.7
        return view.adjusted(left, top, 0, 0)

    def show_rect(self, rect: QRectF, animate: bool = True) -> None:
        """Zoom and pan so that ``rect`` fills the screen; animated unless asked not to (or not visible)."""
        self.target_rect = QRectF(rect)
        self._animation.stop()
        if not animate or not self.isVisible():
            self._fit(rect)
            self.moved.emit()
            return
        self._from = self.visible_rect()
        self._animation.start()

    def is_moving(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def finish_move(self) -> None:
        """Jump to where a running move is going (a key pressed during it moves on from there)."""
        if self.is_moving():
            self._animation.stop()
            self._fit(self.target_rect)
            self.moved.emit()

    def frame_at(self, progress: float) -> None:
        """Show the move at ``progress`` (0..1, eased), as the animation does: the benchmark drives it."""
        self._animate(self._animation.easingCurve().valueForProgress(progress))

    def start_move_from(self, start: QRectF, rect: QRectF) -> None:
        self._from, self.target_rect = QRectF(start), QRectF(rect)

    def _animate(self, value: object) -> None:
        t = float(value)  # type: ignore[arg-type]
        a, b = self._from, self.target_rect
        self._fit(
            QRectF(
                a.x() + (b.x() - a.x()) * t,
                a.y() + (b.y() - a.y()) * t,
                a.width() + (b.width() - a.width()) * t,
                a.height() + (b.height() - a.height()) * t,
            )
        )

    def _fit(self, rect: QRectF) -> None:
        if rect.isEmpty() or self.viewport().width() < 2:
            return
        area = self.map_area()
        scale = min(area.width() / rect.width(), area.height() / rect.height(), MAX_ZOOM)
        margin = 20_000 / max(scale, 0.01)  # the view may go anywhere: nothing clamps a frame at the map's edge
        self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))
        self.setTransform(QTransform.fromScale(scale, scale))
        # The frame's centre goes to the middle of the map area, which lies right of and below the name strips.
        shift = (area.center() - QRectF(self.viewport().rect()).center()) / scale
        self.centerOn(rect.center() - shift)
        large = len(self.scene().step_items) >= style.SKETCH_MIN_STEPS
        self.scene().set_detailed(scale >= style.DETAIL_SCALE or not large)
        self.viewport().update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not self.target_rect.isEmpty():
            self._fit(self.target_rect)

    # ---------------------------------------------------------------- clicks
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - nothing reaches the scene: no edits here
        position = self.mapToScene(event.position().toPoint())
        delta = (
            -1
            if event.button() == Qt.MouseButton.RightButton or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            else 1
        )
        click = event.position()
        for disc in self._visible_discs():
            if (self._disc_centre(disc) - click).manhattanLength() <= self._disc_radius(disc) * 1.5:
                self.disc_clicked.emit(disc.target_id, delta)
                return
        for item in self.scene().items(position):
            if isinstance(item, StepItem):
                self.step_clicked.emit(item.step_id)
                return
            if isinstance(item, FlowItem):
                self.flow_clicked.emit(item.flow_id)
                return

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def wheelEvent(self, event) -> None:  # noqa: N802 - the walk decides what is shown, not a stray wheel
        event.accept()

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        event.accept()

    # ---------------------------------------------------------------- painting
    def shows_a_map(self) -> bool:
        """False for the moment between the map's removal (an undo) and the show ending."""
        scene = self.scene()
        return scene is not None and scene.map_id in scene.doc

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        scene = self.scene()
        painter.fillRect(rect, style.CANVAS)
        if not self.shows_a_map():
            return
        lanes = scene.lane_rects()
        for index, (_, band) in enumerate(lanes):
            if band.intersects(rect):
                painter.fillRect(band, projector.LANE_FILLS[index % 2])
        painter.setPen(QPen(projector.BAND_LINE, 0))
        for _, band in lanes:
            painter.drawLine(band.bottomLeft(), band.bottomRight())
        painter.setPen(QPen(projector.BAND_LINE, 0, Qt.PenStyle.DashLine))
        for _, band in scene.phase_rects():
            painter.drawLine(band.topRight(), band.bottomRight())

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        scene = self.scene()
        if not self.shows_a_map():
            return
        if self.spot.step_ids and scene.is_detailed():
            self._draw_spotlight(painter, rect)
        elif not self.stage_rect.isEmpty():
            around = QPainterPath()
            around.addRect(rect.adjusted(-10, -10, 10, 10))
            inside = QPainterPath()
            inside.addRect(self.stage_rect)
            painter.fillPath(around.subtracted(inside), projector.SHADE)
        if self.discs:
            self._draw_discs(painter)
        painter.save()
        painter.resetTransform()
        self._draw_headers(painter)
        painter.restore()

    def _draw_spotlight(self, painter: QPainter, exposed: QRectF) -> None:
        scene = self.scene()
        lit = QPainterPath()
        lit.setFillRule(Qt.FillRule.WindingFill)
        for step_id in self.spot.step_ids:
            item = scene.step_items.get(step_id)
            if item is not None:
                lit.addRoundedRect(item.rect().adjusted(-14, -20, 20, 14), 10, 10)
        dim = QPainterPath()
        dim.addRect(exposed.adjusted(-10, -10, 10, 10))
        painter.fillPath(dim.subtracted(lit), projector.DIM)
        for flow_id in self.spot.flow_ids:
            flow = scene.flow_items.get(flow_id)
            if flow is None or len(flow.points()) < 2:
                continue
            colour = projector.HANDOFF if flow_id in self.spot.handoff_ids else projector.FLOW_INK
            width = 6.0 if flow_id == self.spot.focus_id else 3.5
            if flow_id == self.spot.focus_id:
                colour = projector.FOCUS
            pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            points = [QPointF(x, y) for x, y in flow.points()]
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.drawPath(path)
        current = scene.step_items.get(self.spot.step_ids[0])
        if current is not None:
            focused = self.spot.focus_id in (None, current.step_id)
            painter.setPen(QPen(projector.FOCUS if focused else projector.SPOTLIGHT, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(current.rect().adjusted(-7, -7, 7, 7), 9, 9)
            if current.badges:  # over the ring, which would cross them
                corner = current.rect().topRight() + QPointF(style.BADGE / 2, -style.BADGE / 2)
                draw_badges(painter, current.badges, corner)

    def _disc_radius(self, disc: VoteDisc) -> float:
        """In screen pixels, whatever the zoom: as large as the step text, larger with more dots (the heat)."""
        base = self._screen_height() / projector.TEXT_SHARE
        return base * (0.8 + 0.6 * disc.share)

    def _visible_discs(self) -> list[VoteDisc]:
        """The discs whose anchor is on screen (a margin for their rows): a vote on a 1,000-step map's steps
        draws the tens in view, not a thousand, on every frame."""
        margin = self._screen_height() / projector.TEXT_SHARE * 12 / max(self.transform().m11(), 1e-6)
        area = self.visible_rect().adjusted(-margin, -margin, margin, margin)
        return [disc for disc in self.discs if area.contains(disc.anchor)]

    def _disc_centre(self, disc: VoteDisc) -> QPointF:
        """Rows of discs under their step, each row no wider than the step, so that a disc never sits under
        the neighbouring step."""
        base = self._screen_height() / projector.TEXT_SHARE
        pitch = base * 4.6  # a disc and its count
        width = disc.span * self.transform().m11()
        columns = max(1, int(width // pitch)) if disc.span else 3
        row, column = divmod(disc.slot, columns)
        corner = QPointF(self.mapFromScene(disc.anchor))
        return corner + QPointF(base * 1.5 + column * pitch, base * 1.5 + row * base * 2.4)

    def _draw_discs(self, painter: QPainter) -> None:
        """Each candidate's number on a disc, coloured and sized by its share of the most dots, and its dots
        beside it."""
        painter.save()
        painter.resetTransform()
        font = QFont(style.badge_font())
        for disc in self._visible_discs():
            centre = self._disc_centre(disc)
            radius = self._disc_radius(disc)
            heat = QColor.fromHsvF(max(0.0, 0.12 - 0.12 * disc.share), 0.35 + 0.65 * disc.share, 0.98)
            painter.setPen(QPen(projector.INK, 2))
            painter.setBrush(QBrush(heat if disc.dots else QColor("#ffffff")))
            painter.drawEllipse(centre, radius, radius)
            font.setPixelSize(max(8, int(radius * 0.9)))
            painter.setFont(font)
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(disc.number))
            if disc.dots:
                text = f"● {disc.dots}"
                metrics = QFontMetricsF(font)
                pill = QRectF(
                    centre.x() + radius + 4,
                    centre.y() - metrics.height() * 0.65,
                    metrics.horizontalAdvance(text) + metrics.height() * 0.6,
                    metrics.height() * 1.3,
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(projector.HEADER_FILL)
                painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                painter.setPen(projector.HEADER_INK)
                painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def header_font(self) -> QFont:
        font = QFont(style.header_font())
        font.setPixelSize(max(12, round(self._screen_height() / projector.TEXT_SHARE)))
        return font

    def _draw_headers(self, painter: QPainter) -> None:
        """Lane names stuck to the left edge and stage names to the top, as large as the step text."""
        scene, view = self.scene(), self.viewport().rect()
        font = self.header_font()
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        pad = metrics.height() * 0.3
        for lane, band in scene.lane_rects():
            top = self.mapFromScene(band.topLeft()).y()
            bottom = self.mapFromScene(band.bottomLeft()).y()
            top, bottom = max(top, 0), min(bottom, view.height())
            if bottom - top < metrics.height() * 2.5:  # a sliver of a lane at the edge: its name would clutter
                continue
            self._label(painter, metrics, lane.name, QPointF(pad, (top + bottom) / 2), Qt.AlignmentFlag.AlignLeft)
        for phase, band in scene.phase_rects():
            left = max(self.mapFromScene(band.topLeft()).x(), 0)
            right = min(self.mapFromScene(band.topRight()).x(), view.width())
            if right - left < metrics.horizontalAdvance(phase.name) + metrics.height() * 3:
                continue
            centre = QPointF((left + right) / 2, self.top_inset + pad + metrics.height() / 2)
            self._label(painter, metrics, phase.name, centre, Qt.AlignmentFlag.AlignHCenter)
        if self.caption:
            small = QFont(font)
            small.setPixelSize(max(10, font.pixelSize() * 2 // 3))
            painter.setFont(small)
            m = QFontMetricsF(small)
            corner = QPointF(view.width() - m.horizontalAdvance(self.caption) / 2 - 2 * pad, view.height() - m.height())
            self._label(painter, m, self.caption, corner, Qt.AlignmentFlag.AlignHCenter)

    @staticmethod
    def _label(painter: QPainter, metrics: QFontMetricsF, text: str, at: QPointF, align: Qt.AlignmentFlag) -> None:
        width, height = metrics.horizontalAdvance(text) + metrics.height() * 0.8, metrics.height() * 1.3
        left = at.x() if align == Qt.AlignmentFlag.AlignLeft else at.x() - width / 2
        box = QRectF(left, at.y() - height / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(projector.HEADER_FILL)
        painter.drawRoundedRect(box, height / 4, height / 4)
        painter.setPen(projector.HEADER_INK)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
