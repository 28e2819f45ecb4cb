"""MapScene: the projection of one map. It follows the document's events and never writes the model;
gestures end in calls to the DocumentEditor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from ..editing import DocumentEditor
from ..editing.bands import bands_of
from ..layout.bands import extent, starts
from ..layout.labels import place_label
from ..layout.routing import ObstacleGrid, route, route_sides, route_through
from ..model import Element, Finding, Flow, Lane, Phase, ProcessMap, Side, Step
from ..model import events as model_events
from ..model.traits import step_kind
from . import style
from .items.flow_item import FlowItem
from .items.sketch_item import SketchItem
from .items.step_item import StepItem
from .refusals import attempt


def _rect(item: StepItem) -> tuple[float, float, float, float]:
    return item.x(), item.y(), item.width, item.height


def _tuple(rect: QRectF) -> tuple[float, float, float, float]:
    return rect.x(), rect.y(), rect.width(), rect.height()


class MapScene(QGraphicsScene):
    """One map on the canvas. ``step_items`` and ``flow_items`` map model ids to items."""

    bands_changed = Signal()
    step_removed = Signal(str)  # so an inline editor over it can close

    def __init__(self, editor: DocumentEditor, map_id: str, parent=None) -> None:
        super().__init__(parent)
        # The selection is read on every paint (handles) and mouse move: collect it once per change,
        # instead of wrapping thousands of selected items in Python objects each time.
        self.findings_by_target: dict[str, list] = {}
        # Highlights drawn over items (critical path, current-vs-target differences): id -> colour.
        self.overlays: dict[str, QColor] = {}
        self._selected_steps: list[str] = []
        self._selected_flows: list[str] = []
        self._selection_known = False
        self.selectionChanged.connect(self._collect_selection)
        self.editor = editor
        self.doc = editor.doc
        self.map_id = map_id
        self.snap_to_grid = True
        self.step_items: dict[str, StepItem] = {}
        self.flow_items: dict[str, FlowItem] = {}
        self._flows_of_step: dict[str, set[str]] = {}
        self._grid = ObstacleGrid()
        # Items are top-level on purpose: Qt's BSP index culls only top-level items, so grouping them
        # under a parent would make every frame visit all of them.
        self._detailed = True
        self.sketch = SketchItem()
        self.sketch.setVisible(False)
        self.addItem(self.sketch)
        self._sketch_stale = True
        self._dragging = False
        self._lane_tops: dict[str, float] = {}
        self._phase_lefts: dict[str, float] = {}
        # Re-routing after many model changes happens once, when the event loop is free again.
        self._reroute_pending: set[str] = set()
        self._labels_pending: set[str] = set()  # steps whose leaving flows need their labels placed again
        self._pending_work: set[str] = set()
        self._reroute_timer = QTimer(self)
        self._reroute_timer.setSingleShot(True)
        self._reroute_timer.setInterval(0)
        self._reroute_timer.timeout.connect(self._flush_reroutes)
        self._unrefined: list[str] = []
        self._refine_timer = QTimer(self)
        self._refine_timer.setInterval(0)
        self._refine_timer.timeout.connect(self._refine_some_routes)
        self._build()
        self._connect_events()

    # ----------------------------------------------------------- building
    @property
    def map(self) -> ProcessMap:
        return self.doc.get(self.map_id)

    def _build(self) -> None:
        process_map = self.map
        self._update_bands()
        for step in process_map.steps:
            self._add_step_item(step)
        for flow in process_map.flows:
            self._add_flow_item(flow, route_now=False)
        # First a direct route for every flow so the map shows at once; then, while the user is
        # already looking, the flows that cross a step are re-routed around it, a chunk at a time.
        for flow_id in self.flow_items:
            self._route(flow_id, avoid=False)
        self._refresh_findings()  # also places the labels
        self._unrefined = list(self.flow_items)
        self._refine_timer.start()
        self._update_scene_rect()

    def _add_step_item(self, step: Step) -> None:
        item = StepItem(step)
        item.setZValue(2)
        item.setVisible(self._detailed)
        self.addItem(item)
        self.step_items[step.id] = item
        self._flows_of_step.setdefault(step.id, set())
        self._grid.put(step.id, (step.x, step.y, step.width, step.height))

    def _add_flow_item(self, flow: Flow, route_now: bool = True) -> None:
        item = FlowItem(flow)
        item.setZValue(1)
        item.setVisible(self._detailed)
        self.addItem(item)
        self.flow_items[flow.id] = item
        for end in (flow.source_id, flow.target_id):
            self._flows_of_step.setdefault(end, set()).add(flow.id)
        if route_now:
            self._route(flow.id)

    def _refine_some_routes(self, chunk: int = 100) -> None:
        """About 100 flows (a few milliseconds) per turn of the event loop, so no frame waits on it."""
        batch, self._unrefined = self._unrefined[:chunk], self._unrefined[chunk:]
        for flow_id in batch:
            item = self.flow_items.get(flow_id)
            if item is not None and self._crosses_a_step(item):
                self._route(flow_id)
        self._flush_labels()
        if not self._unrefined:
            self._refine_timer.stop()

    def _crosses_a_step(self, item: FlowItem) -> bool:
        points = item.points()
        ignore = (item.source_id, item.target_id)
        return any(self._grid.blocked(a, b, ignore) for a, b in zip(points, points[1:]))

    def finish_routing(self) -> None:
        """Complete the deferred re-routing now (tests, rendering to an image)."""
        while self._unrefined:
            self._refine_some_routes(len(self._unrefined))
        self._refine_timer.stop()

    def _route(self, flow_id: str, avoid: bool = True) -> None:
        item = self.flow_items[flow_id]
        source, target = self.step_items.get(item.source_id), self.step_items.get(item.target_id)
        if source is None or target is None:
            return
        flow: Flow = self.doc.get(flow_id)
        a, b = _rect(source), _rect(target)
        grid, ignore = (self._grid if avoid else None), (item.source_id, item.target_id)
        if flow.waypoints:
            points = route_through(a, b, [(p.x, p.y) for p in flow.waypoints], flow.source_side, flow.target_side)
        else:
            sides = (flow.source_side, flow.target_side)
            if sides == (None, None):
                sides = self._branch_sides(item, source, target)
            points = route_sides(a, b, *sides, grid, ignore) if sides != (None, None) else route(a, b, grid, ignore)
        item.set_route(points)
        if item.text():
            self._labels_pending.add(item.source_id)
        self._sketch_stale = True

    def _branch_sides(self, item: FlowItem, source: StepItem, target: StepItem) -> tuple[Side | None, Side | None]:
        """A decision's branches leave by different sides, so their labels (是/否) never sit at one exit: a
        branch to a lower lane leaves at the bottom, to a higher lane at the top, and a branch back (rework)
        leaves and re-enters at the bottom, under the steps in between."""
        if not step_kind(source.kind).decision or len(self._outgoing(item.source_id)) < 2:
            return None, None
        s, t = source.rect(), target.rect()
        if t.center().x() < s.left():
            # Back (rework) under the steps in between, or over them when flows come in from below already.
            from_below = any(
                self.step_items[f.source_id].rect().top() >= s.bottom()
                for f in self._incoming(item.source_id)
                if f.source_id in self.step_items
            )
            side = Side.TOP if from_below else Side.BOTTOM
            return side, side
        if t.top() >= s.bottom():
            return Side.BOTTOM, None
        if t.bottom() <= s.top():
            return Side.TOP, None
        return None, None

    def _incoming(self, step_id: str) -> list[FlowItem]:
        return [
            self.flow_items[f]
            for f in self._flows_of_step.get(step_id, ())
            if f in self.flow_items and self.flow_items[f].target_id == step_id
        ]

    def _outgoing(self, step_id: str) -> list[str]:
        return sorted(
            f
            for f in self._flows_of_step.get(step_id, ())
            if f in self.flow_items and self.flow_items[f].source_id == step_id
        )

    def _place_labels(self, step_id: str) -> None:
        """The labels of the flows leaving a step, one after the other, each clear of the step, the labels
        placed before it and the badges on these flows and on the step."""
        step = self.step_items.get(step_id)
        flows = [self.flow_items[f] for f in self._outgoing(step_id)]
        avoid: list[tuple[float, float, float, float]] = []
        if step is not None:
            avoid.append(_rect(step))
            avoid += [_tuple(r) for r in [step.badge_rect()] if not r.isNull()]
        avoid += [_tuple(f.badge_rect()) for f in flows if f.badges]
        for flow in flows:
            size = flow.label_size()
            ends = flow.points()
            if size is None or len(ends) < 2:
                continue
            x, y, w, h = place_label(ends, size[0], size[1], avoid)
            flow.set_label_rect(QRectF(x, y, w, h))
            avoid.append((x, y, w, h))

    def _flush_labels(self) -> None:
        pending, self._labels_pending = self._labels_pending, set()
        for step_id in pending:
            self._place_labels(step_id)

    def routes(self) -> dict[str, list[tuple[float, float]]]:
        return {fid: item.points() for fid, item in self.flow_items.items()}

    # ------------------------------------------------------------- bands
    def _update_bands(self) -> None:
        process_map = self.map
        self._lane_tops = starts(bands_of(process_map, Lane))
        self._phase_lefts = starts(bands_of(process_map, Phase))
        self.bands_extent = QRectF(0, 0, extent(bands_of(process_map, Phase)), extent(bands_of(process_map, Lane)))

    def lane_rects(self) -> list[tuple[Lane, QRectF]]:
        width = max(self.bands_extent.width(), 1)
        return [(lane, QRectF(0, self._lane_tops[lane.id], width, lane.height)) for lane in self.map.lanes]

    def phase_rects(self) -> list[tuple[Phase, QRectF]]:
        height = max(self.bands_extent.height(), 1)
        return [(phase, QRectF(self._phase_lefts[phase.id], 0, phase.width, height)) for phase in self.map.phases]

    def content_rect(self) -> QRectF:
        """Lanes and phases, and any step drawn outside them."""
        content = QRectF(self.bands_extent)
        steps = self.map.steps
        if steps:
            left = min(s.x for s in steps)
            top = min(s.y for s in steps)
            right = max(s.x + s.width for s in steps)
            bottom = max(s.y + s.height for s in steps)
            content = content.united(QRectF(left, top, right - left, bottom - top))
        return content

    def _update_scene_rect(self) -> None:
        content = self.content_rect()
        m = style.SCENE_MARGIN
        self.setSceneRect(content.adjusted(-m, -m, m, m))

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt override
        painter.fillRect(rect, style.CANVAS)
        for index, (_, band) in enumerate(self.lane_rects()):
            if band.intersects(rect):
                painter.fillRect(band, style.LANE_FILLS[index % 2])
        painter.setPen(QPen(style.BAND_LINE, 0))
        for _, band in self.lane_rects():
            painter.drawLine(band.bottomLeft(), band.bottomRight())
        dashed = QPen(style.BAND_LINE, 0, Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        for _, band in self.phase_rects():
            painter.drawLine(band.topRight(), band.bottomRight())
        if not self.bands_extent.isEmpty():
            painter.setPen(QPen(style.BAND_LINE, 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.bands_extent)

    def set_overlays(self, overlays: dict[str, QColor]) -> None:
        self.overlays = dict(overlays)
        self.update_foreground()

    def update_foreground(self) -> None:
        for view in self.views():
            view.viewport().update()

    # ---------------------------------------------------- level of detail
    def set_detailed(self, detailed: bool) -> None:
        """Full items when close enough to read; one sketch when zoomed far out."""
        if detailed == self._detailed:
            return
        if not detailed and self._sketch_stale:
            self.sketch.rebuild(self.map, self.routes())
            self._sketch_stale = False
        self._detailed = detailed
        for step_item in self.step_items.values():
            step_item.setVisible(detailed)
        for flow_item in self.flow_items.values():
            flow_item.setVisible(detailed)
        self.sketch.setVisible(not detailed)

    def is_detailed(self) -> bool:
        return self._detailed

    # ------------------------------------------------- dragging (view only)
    def dragged(self) -> None:
        """After each mouse move of a drag: snap the moving steps and let their flows follow.

        This is a preview on the items only; the model changes once, on release (end_drag).
        """
        if not self._dragging:
            return
        g = style.GRID
        for step_id in self._selected_steps:
            item = self.step_items[step_id]
            if self.snap_to_grid:
                x, y = round(item.x() / g) * g, round(item.y() / g) * g
                if (x, y) != (item.x(), item.y()):
                    item.setPos(x, y)
            self._grid.put(item.step_id, (item.x(), item.y(), item.width, item.height))
            self._reroute_pending.update(self._flows_of_step.get(item.step_id, ()))
        self._flush_reroutes()

    def is_dragging(self) -> bool:
        return self._dragging

    def begin_drag(self) -> None:
        self._dragging = True

    def end_drag(self) -> None:
        """Commit every step the user moved as one undoable move."""
        self._dragging = False
        moved = {
            sid: (item.x(), item.y())
            for sid in self._selected_steps
            for item in [self.step_items[sid]]
            if self._model_position(sid) != (item.x(), item.y())
        }
        if moved:
            attempt(self.editor.move_steps, moved)
            # Refused (a signed-off document, a broken rule): draw the steps where the document has them.
            for step_id, position in moved.items():
                if self._model_position(step_id) == position:
                    continue
                self._on_element_changed(step_id, {"x": None, "y": None})

    def _model_position(self, step_id: str) -> tuple[float, float]:
        step: Step = self.doc.get(step_id)
        return step.x, step.y

    def _collect_selection(self) -> None:
        if self._selection_known:  # set by select_all
            self._selection_known = False
            self.update_foreground()
            return
        steps, flows = [], []
        for item in self.selectedItems():
            if isinstance(item, StepItem):
                steps.append(item.step_id)
            elif isinstance(item, FlowItem):
                flows.append(item.flow_id)
        self._selected_steps, self._selected_flows = steps, flows
        self.update_foreground()

    def selected_step_ids(self) -> list[str]:
        return list(self._selected_steps)

    def selected_flow_ids(self) -> list[str]:
        return list(self._selected_flows)

    def selection_count(self) -> int:
        return len(self._selected_steps) + len(self._selected_flows)

    def select_all(self) -> None:
        """Select every step and flow with one selection change (not one signal per item)."""
        from PySide6.QtGui import QPainterPath

        area = QPainterPath()
        area.addRect(self.sceneRect())
        # Bounding rectangles decide "inside everything" as well as exact shapes, without building a
        # hit shape for each of thousands of flows; and the answer is known, so the selection lists are
        # set directly instead of wrapping every selected item in a Python object.
        self.blockSignals(True)
        try:
            self.setSelectionArea(
                area, Qt.ItemSelectionOperation.ReplaceSelection, Qt.ItemSelectionMode.IntersectsItemBoundingRect
            )
        finally:
            self.blockSignals(False)
        visible = self._detailed
        self._selected_steps = list(self.step_items) if visible else []
        self._selected_flows = list(self.flow_items) if visible else []
        self._selection_known = True
        self.selectionChanged.emit()

    def select_ids(self, ids: list[str]) -> None:
        """Select exactly these elements, announcing one selection change."""
        self.blockSignals(True)
        try:
            self.clearSelection()
            for element_id in ids:
                item = self.step_items.get(element_id) or self.flow_items.get(element_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    # ------------------------------------------------- following the model
    def _connect_events(self) -> None:
        events = self.doc.events
        self._subscriptions: list[tuple[model_events.Signal, Callable[..., object]]] = [
            (events.step_added, self._on_step_added),
            (events.step_removed, self._on_step_removed),
            (events.flow_added, self._on_flow_added),
            (events.flow_removed, self._on_flow_removed),
            (events.element_changed, self._on_element_changed),
            (events.finding_added, self._on_finding_event),
            (events.finding_removed, self._on_finding_event),
            (events.batch_finished, self._batch_finished),
        ]
        for kind in ("lane", "phase"):
            for verb in ("added", "removed", "moved"):
                self._subscriptions.append((events.signal(kind, verb), self._on_band_event))
        for signal, handler in self._subscriptions:
            signal.connect(handler)

    def detach(self) -> None:
        """Stop following the document (the tab is closing)."""
        for signal, handler in self._subscriptions:
            signal.disconnect(handler)
        self._subscriptions = []

    def _mine(self, parent_id: str | None) -> bool:
        return parent_id == self.map_id

    # What the scene does once per edit, not once per change: an edit of 2,000 steps is one update.
    def _later(self, *work: str) -> None:
        """Note work for the end of the edit ("bands", "findings", "extent", "labels"); at once outside one."""
        self._pending_work.update(work)
        if not self.doc.in_batch:
            self._do_pending_work()

    def _do_pending_work(self) -> None:
        work, self._pending_work = self._pending_work, set()
        if "bands" in work:
            self._update_bands()
            self.update()  # the background (lanes and phases) is drawn from the bands
        if "findings" in work:
            self._refresh_findings()
        if "bands" in work or "extent" in work:
            self._update_scene_rect()
        if "bands" in work and "findings" not in work:
            self.bands_changed.emit()
        self._flush_labels()

    def _batch_finished(self) -> None:
        self._do_pending_work()
        # While the sketch is shown (far zoom), redraw it after each edit, undo or redo.
        if not self._detailed and self._sketch_stale:
            self._flush_reroutes()
            self.sketch.rebuild(self.map, self.routes())
            self._sketch_stale = False

    def _on_step_added(self, step: Step, parent_id: str | None, index: int) -> None:
        if self._mine(parent_id):
            self._add_step_item(step)
            self._sketch_stale = True
            self._later("extent")

    def _on_step_removed(self, step: Step, parent_id: str | None, index: int) -> None:
        if self._mine(parent_id):
            self.step_removed.emit(step.id)
            if step.id in self._selected_steps:
                self._selected_steps.remove(step.id)
            item = self.step_items.pop(step.id)
            self._grid.remove(step.id)
            self._flows_of_step.pop(step.id, None)
            self.removeItem(item)
            self._sketch_stale = True

    def _on_flow_added(self, flow: Flow, parent_id: str | None, index: int) -> None:
        if self._mine(parent_id):
            self._add_flow_item(flow)
            self._reroute_siblings(flow.source_id)

    def _on_flow_removed(self, flow: Flow, parent_id: str | None, index: int) -> None:
        if self._mine(parent_id):
            if flow.id in self._selected_flows:
                self._selected_flows.remove(flow.id)
            item = self.flow_items.pop(flow.id)
            for end in (flow.source_id, flow.target_id):
                self._flows_of_step.get(end, set()).discard(flow.id)
            self._reroute_pending.discard(flow.id)
            self.removeItem(item)
            self._sketch_stale = True
            self._reroute_siblings(flow.source_id)

    def _reroute_siblings(self, step_id: str) -> None:
        """A decision's branches choose their sides together: one more or one fewer re-routes the others."""
        item = self.step_items.get(step_id)
        if item is not None and step_kind(item.kind).decision:
            self._reroute_pending.update(self._outgoing(step_id))
            self._reroute_timer.start()
        self._labels_pending.add(step_id)
        self._later("labels")

    def _on_element_changed(self, element_id: str, changes: dict) -> None:
        if element_id in self.step_items:
            step: Step = self.doc.get(element_id)
            item = self.step_items[element_id]
            item.sync(step)
            self._grid.put(step.id, (step.x, step.y, step.width, step.height))
            if changes.keys() & {"x", "y", "width", "height", "kind"}:
                self._reroute_pending.update(self._flows_of_step.get(element_id, ()))
                self._reroute_timer.start()
            self._sketch_stale = True
        elif element_id in self.flow_items:
            flow: Flow = self.doc.get(element_id)
            flow_item = self.flow_items[element_id]
            if changes.keys() & {"source_id", "target_id"}:
                for end in (flow_item.source_id, flow_item.target_id):
                    self._flows_of_step.get(end, set()).discard(element_id)
                for end in (flow.source_id, flow.target_id):
                    self._flows_of_step.setdefault(end, set()).add(element_id)
                self._reroute_siblings(flow_item.source_id)
            flow_item.sync(flow)
            self._reroute_pending.add(element_id)
            self._labels_pending.add(flow.source_id)
            self._reroute_timer.start()
        elif self._is_my_band(element_id):
            self._on_band_event()
        elif self._is_my_finding(element_id):
            self._later("findings")

    def _is_my_finding(self, element_id: str) -> bool:
        return (
            element_id in self.doc
            and isinstance(self.doc.get(element_id), Finding)
            and self.doc.parent_id(element_id) == self.map_id
        )

    def _on_finding_event(self, finding, parent_id: str | None, index: int) -> None:
        if self._mine(parent_id):
            self._later("findings")

    def retranslate(self) -> None:
        """Badge letters and tooltips are in the interface language; cached step pictures are redrawn."""
        items: list[StepItem | FlowItem] = [*self.step_items.values(), *self.flow_items.values()]
        for item in items:
            if item.badges:
                item.badges = []  # force set_findings to redo the tooltip
        self._refresh_findings()

    def _refresh_findings(self) -> None:
        """Badges follow the map's findings: recomputed whole, once per edit."""
        on: dict[str, list] = {}
        for finding in self.map.findings:
            on.setdefault(finding.target_id, []).append(finding)
        items: list[tuple[str, StepItem | FlowItem]] = [*self.step_items.items(), *self.flow_items.items()]
        for element_id, item in items:
            findings = on.get(element_id, [])
            if findings or item.badges or item.toolTip():
                had = bool(item.badges)
                item.set_findings(findings)
                if isinstance(item, FlowItem) and (had or findings):
                    self._labels_pending.add(item.source_id)  # labels keep clear of the badges
                elif isinstance(item, StepItem) and (had or findings):
                    self._labels_pending.add(element_id)
        self.findings_by_target = on
        self._flush_labels()
        self.bands_changed.emit()  # lane headers show their badges too

    def _is_my_band(self, element_id: str) -> bool:
        element: Element | None = self.doc.get(element_id) if element_id in self.doc else None
        return isinstance(element, Lane | Phase) and self.doc.parent_id(element_id) == self.map_id

    def _on_band_event(self, *args) -> None:
        self._later("bands")

    def _flush_reroutes(self) -> None:
        pending, self._reroute_pending = self._reroute_pending, set()
        for flow_id in pending:
            if flow_id in self.flow_items:
                self._route(flow_id)
        self._flush_labels()
        if pending and not self._dragging:
            self._update_scene_rect()
