"""DocumentEditor: the one facade through which every edit of a document flows.

Widgets and the command line call intent methods (``add_step``, ``connect``, ``move_steps`` ...);
each builds an undoable command, applies it, checks the project's invariants and records it on the
stack. An edit that would break an invariant is rolled back and refused with the reasons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from pydantic import ValidationError

from ..i18n import tr
from ..layout.align import align, distribute
from ..layout.arrange import arrange
from ..layout.bands import Band
from ..model import (
    META_ID,
    SCOPE_ID,
    Department,
    Document,
    DocumentError,
    DotVote,
    Element,
    Finding,
    FindingType,
    Flow,
    Goal,
    Interview,
    InterviewKind,
    Lane,
    MapKind,
    Phase,
    Point,
    ProcessMap,
    Revision,
    Side,
    SignOff,
    SignOffRole,
    Step,
    StepKind,
    Violation,
    VoteSubject,
    find_violations,
)
from ..model.errors import first_reason
from ..model.outline import ParsedOutline
from ..model.table_rows import ImportedTable
from . import departments, maps, outline_sync, table_import, workshops
from . import signoff as workflow
from .bands import AXES, bands_of, bends_after_move, restack_commands
from .clipboard import is_fragment, materialise
from .clone import copy_map, derive_target_map
from .command import (
    BatchedCommand,
    Command,
    InsertElementCommand,
    MacroCommand,
    MoveElementCommand,
    RemoveElementCommand,
    UpdateFieldsCommand,
)
from .naming import default_step_name, element_name, numbered_name
from .placement import (
    MIN_STEP_HEIGHT,
    MIN_STEP_WIDTH,
    bands_under,
    follow_band_change,
    free_spot,
    inside_bands,
    next_spot,
)
from .removal import removal_commands
from .rules import connection_problem, finding_target_problem
from .stack import UndoStack
from .table_import import ImportReport

# The fields of the project's details that the Project details dialog edits; version and status belong to the
# sign-off workflow, the signature fields to the freezing sign-off.
DETAIL_FIELDS = {
    META_ID: {
        "title",
        "document_number",
        "process_owner",
        "drafted_on",
        "effective_on",
        "next_review_on",
        "purpose",
        "terms",
        "related_documents",
    },
    SCOPE_ID: {"in_scope", "out_of_scope"},
}
DIRECTIONS = ("right", "down", "left", "up")

E = TypeVar("E", bound=Element)


class InvalidEditError(DocumentError):
    """The edit would break the document's invariants; it was rolled back."""

    def __init__(self, violations: list[Violation]) -> None:
        super().__init__("\n".join(str(v) for v in violations))
        self.violations = violations


class DocumentEditor:
    """Intent methods for every edit; each is one undo step."""

    def __init__(self, doc: Document, stack: Any = None) -> None:
        self.doc = doc
        # Anything with push(command, already_done=True): UndoStack here, a QUndoStack bridge in the window.
        self.stack = stack if stack is not None else UndoStack()
        self.check_invariants = True
        self.last_command: Command | None = None  # the last edit applied, for withdraw()
        # Called before every edit: the interview text applies what was typed before the pause ended, so an
        # edit made meanwhile on the canvas is made on top of it, not overwritten by it.
        self.before_edit: list[Callable[[], None]] = []
        self._before_edit_running = False

    # --------------------------------------------------------------- core
    def execute(self, command: Command) -> Command:
        """Apply a command, refuse it if it breaks an invariant, otherwise record it. A signed-off document
        refuses every edit but the sign-off workflow's (checked here, so canvas, panels and imports alike)."""
        if self.before_edit and not self._before_edit_running:
            self._before_edit_running = True
            try:
                for hook in list(self.before_edit):
                    hook()
            finally:
                self._before_edit_running = False
        in_workflow = isinstance(command, workflow.SigningCommand)
        if not in_workflow:
            workflow.refuse_if_signed_off(self.doc.project)
        signature = workflow.signature_state(self.doc.project)
        batched = BatchedCommand(self.doc, command)
        with self.doc.batch():
            command.redo()
            if not in_workflow and workflow.signature_state(self.doc.project) != signature:
                command.undo()
                raise DocumentError(tr("The status and signature change only through the Sign-off menu."))
            if self.check_invariants:
                violations = find_violations(self.doc.project)
                if violations:
                    command.undo()
                    raise InvalidEditError(violations)
        self.stack.push(batched, already_done=True)
        self.last_command = command
        return command

    def withdraw(self, command: Command) -> bool:
        """Take back ``command`` if it is still the last edit, leaving nothing to redo (Esc while naming a step
        that was just added). False when other edits came after it."""
        return self.stack.withdraw(command)

    @staticmethod
    def _new(cls: type[E], **fields: Any) -> E:
        """Build an element; a bad value becomes a DocumentError naming the field."""
        try:
            return cls(**fields)
        except ValidationError as exc:
            raise DocumentError(first_reason(exc)) from None

    def _macro(self, text: str, children: list[Command]) -> Command:
        """One undo step named ``text``; a single child needs no wrapper."""
        if len(children) == 1:
            children[0].text = text
            return self.execute(children[0])
        return self.execute(MacroCommand(text, children))

    # -------------------------------------------------------------- maps
    def add_map(
        self, name: str, kind: MapKind = MapKind.CURRENT, lanes: Iterable[str] = (), phases: Iterable[str] = ()
    ) -> ProcessMap:
        """A new map, with the given first lanes and stages in the same undo step."""
        name = name.strip()
        if not name:
            raise DocumentError(tr("A map needs a name."))
        try:
            process_map = maps.new_map(maps.unique_map_name(self.doc, name), kind, list(lanes), list(phases))
        except ValidationError as exc:
            raise DocumentError(first_reason(exc)) from None
        self.execute(
            InsertElementCommand(self.doc, process_map, None, text=tr("Add map “{name}”", name=process_map.name))
        )
        return process_map

    def derive_target(self, current_map_id: str, name: str | None = None) -> ProcessMap:
        """A target map copied from a current map, each step remembering its current step (lineage)."""
        current = self.doc.get(current_map_id)
        if not isinstance(current, ProcessMap) or current.kind is not MapKind.CURRENT:
            raise DocumentError(tr("A target map can only be derived from a current map."))
        if name is None:
            # 商品上架流程（现状） -> 商品上架流程（目标）; otherwise "name (target)"
            swapped = current.name.replace("现状", "目标")
            name = swapped if swapped != current.name else tr("{name} (target)", name=current.name)
        target = derive_target_map(current, maps.unique_map_name(self.doc, name))
        index = self.doc.index_of(current_map_id) + 1
        self.execute(
            InsertElementCommand(self.doc, target, None, index, text=tr("Derive target map “{name}”", name=target.name))
        )
        return target

    def duplicate_map(self, map_id: str) -> ProcessMap:
        """A copy of a map next to it: steps, flows, findings and a target's lineage, under fresh ids."""
        original = self._map(map_id)
        copy = copy_map(original, maps.unique_map_name(self.doc, tr("{name} (copy)", name=original.name)))
        self.execute(
            InsertElementCommand(
                self.doc,
                copy,
                None,
                self.doc.index_of(map_id) + 1,
                text=tr("Duplicate map “{name}”", name=original.name),
            )
        )
        return copy

    def map_removal(self, map_id: str) -> maps.MapRemoval:
        """What removing a map would take with it (for the confirmation); changes nothing."""
        self._map(map_id)
        return maps.removal_of(self.doc, map_id)[0]

    def remove_map(self, map_id: str) -> None:
        doomed = self._map(map_id)
        if len(self.doc.maps) == 1:
            raise DocumentError(tr("A project keeps at least one map: add another one before deleting this."))
        _summary, children = maps.removal_of(self.doc, map_id)
        self._macro(tr("Remove map “{name}”", name=doomed.name), children)

    def move_map(self, map_id: str, new_index: int) -> None:
        """Reorder the maps (the tabs, and the order of the manual's chapters 5 and 6)."""
        process_map = self._map(map_id)
        if new_index != self.doc.index_of(map_id):
            self.execute(
                MoveElementCommand(
                    self.doc,
                    map_id,
                    new_index,
                    merge_key=f"move:{map_id}",
                    text=tr("Move map “{name}”", name=process_map.name),
                )
            )

    def set_map_source(self, target_id: str, current_id: str | None) -> None:
        """Say which current map a target map is designed from (its steps' old lineage is cleared)."""
        if self._map(target_id).derived_from == current_id:
            return  # nothing changes: the lineage stays
        command = maps.source_change(self.doc, target_id, current_id)
        command.text = tr("Set the current map of “{name}”", name=self._map(target_id).name)
        self.execute(command)

    # ------------------------------------------------------ lanes, phases
    def add_lane(self, map_id: str, name: str, index: int | None = None, **fields: Any) -> Lane:
        lane = self._new(Lane, name=name, **fields)
        self._add_band(lane, map_id, index, tr("Add lane “{name}”", name=name))
        return lane

    def add_phase(self, map_id: str, name: str, index: int | None = None, **fields: Any) -> Phase:
        phase = self._new(Phase, name=name, **fields)
        self._add_band(phase, map_id, index, tr("Add phase “{name}”", name=name))
        return phase

    def _add_band(self, band: Lane | Phase, map_id: str, index: int | None, text: str) -> None:
        process_map = self._map(map_id)
        before = bands_of(process_map, type(band))
        index = len(before) if index is None else max(0, min(index, len(before)))
        after = [*before[:index], Band(band.id, getattr(band, AXES[type(band)].size)), *before[index:]]
        self._macro(
            text,
            [
                InsertElementCommand(self.doc, band, map_id, index),
                *restack_commands(self.doc, process_map, type(band), before, after),
            ],
        )

    def move_band(self, band_id: str, new_index: int) -> None:
        """Reorder a lane or phase; its steps move with it."""
        band = self._band(band_id)
        process_map = self.doc.map_of(band_id)
        before = bands_of(process_map, type(band))
        after = [b for b in before if b.id != band_id]
        new_index = max(0, min(new_index, len(after)))
        after.insert(new_index, next(b for b in before if b.id == band_id))
        text = (
            tr("Move lane “{name}”", name=band.name)
            if isinstance(band, Lane)
            else tr("Move phase “{name}”", name=band.name)
        )
        self._macro(
            text,
            [
                MoveElementCommand(self.doc, band_id, new_index),
                *restack_commands(self.doc, process_map, type(band), before, after),
            ],
        )

    def resize_band(self, band_id: str, size: float) -> None:
        """Set a lane's height or a phase's width; the bands after it move along."""
        band = self._band(band_id)
        self._macro(tr("Resize “{name}”", name=band.name), self._band_size_commands(band, size))

    def _band_size_commands(self, band: Lane | Phase, size: float) -> list[Command]:
        axis = AXES[type(band)]
        size = self.doc.validate_changes(band.id, {axis.size: size})[axis.size]
        process_map = self.doc.map_of(band.id)
        before = bands_of(process_map, type(band))
        after = [b if b.id != band.id else type(b)(b.id, float(size)) for b in before]
        return [
            UpdateFieldsCommand(self.doc, {band.id: {axis.size: size}}),
            *restack_commands(self.doc, process_map, type(band), before, after),
        ]

    def rename(self, element_id: str, name: str) -> None:
        name = name.strip()
        if not name:
            raise DocumentError(tr("A name cannot be empty."))
        element = self.doc.get(element_id)
        if isinstance(element, Department):
            self.rename_department(element_id, name)
            return
        if isinstance(element, ProcessMap) and any(m.name == name and m is not element for m in self.doc.maps):
            raise DocumentError(tr("There is already a map named “{name}”.", name=name))
        self.set_fields(element_id, {"name": name}, text=tr("Rename to “{name}”", name=name))

    def add_department_lane(self, map_id: str, name: str, index: int | None = None) -> Lane:
        """A lane for a department: linked to the department of that name, which is created when there is none
        yet (one undo step for both)."""
        name = name.strip()
        if not name:
            raise DocumentError(tr("A lane needs a name."))
        existing = next((d for d in self.doc.project.departments if d.name == name), None)
        department = existing or self._new(Department, name=name)
        lane = self._new(Lane, name=name, department_id=department.id)
        process_map = self._map(map_id)
        before = bands_of(process_map, Lane)
        index = len(before) if index is None else max(0, min(index, len(before)))
        after = [*before[:index], Band(lane.id, lane.height), *before[index:]]
        commands: list[Command] = [] if existing else [InsertElementCommand(self.doc, department, None)]
        commands += [
            InsertElementCommand(self.doc, lane, map_id, index),
            *restack_commands(self.doc, process_map, Lane, before, after),
        ]
        self._macro(tr("Add lane “{name}”", name=name), commands)
        return lane

    def department_for_lane(self, lane_id: str) -> Department:
        """A new department named after the lane, linked to it (one undo step)."""
        lane = self.doc.get(lane_id)
        if not isinstance(lane, Lane):
            raise DocumentError(tr("Only a lane is linked to a department."))
        department = self._new(Department, name=departments.check_name(self.doc, lane.name))
        self._macro(
            tr("Add department “{name}”", name=department.name),
            [
                InsertElementCommand(self.doc, department, None),
                UpdateFieldsCommand(self.doc, {lane_id: {"department_id": department.id}}),
            ],
        )
        return department

    def link_lane(self, lane_id: str, department_id: str | None) -> None:
        """Say which department a lane stands for (None: no department)."""
        lane = self.doc.get(lane_id)
        if not isinstance(lane, Lane):
            raise DocumentError(tr("Only a lane is linked to a department."))
        if department_id is not None and not isinstance(self.doc.get(department_id), Department):
            raise DocumentError(tr("{id} is not a department.", id=department_id))
        name = self.doc.get(department_id).name if department_id else ""
        text = (
            tr("Link lane “{lane}” to {department}", lane=lane.name, department=name)
            if department_id
            else tr("Unlink lane “{lane}” from its department", lane=lane.name)
        )
        self.set_fields(lane_id, {"department_id": department_id}, text=text)

    # ------------------------------------------------------------- steps
    def add_step(
        self,
        map_id: str,
        name: str,
        lane_id: str | None = None,
        phase_id: str | None = None,
        kind: StepKind = StepKind.TASK,
        x: float | None = None,
        y: float | None = None,
        **fields: Any,
    ) -> Step:
        """Add a step. Give a lane and phase (it is placed in a free spot of that cell), a position
        (lane and phase follow from it), or both (the position is kept inside that lane and phase)."""
        process_map = self._map(map_id)
        probe = self._new(Step, name=name, kind=kind, lane_id=lane_id or "", phase_id=phase_id or "", **fields)
        if x is not None and y is not None:
            x, y = inside_bands(process_map, probe, float(x), float(y), lane_id, phase_id)
            lane_under, phase_under = bands_under(process_map, x, y, probe.width, probe.height)
            lane_id, phase_id = lane_id or lane_under, phase_id or phase_under
        if not lane_id or not phase_id:
            raise DocumentError(tr("A step must sit in a lane and a phase of its map."))
        if x is None or y is None:
            x, y = free_spot(process_map, lane_id, phase_id, probe.width, probe.height)
        step = probe.model_copy(update={"lane_id": lane_id, "phase_id": phase_id, "x": x, "y": y})
        self.execute(InsertElementCommand(self.doc, step, map_id, text=tr("Add step “{name}”", name=name)))
        return step

    def add_next_step(
        self, source_id: str, direction: str = "right", name: str | None = None, kind: StepKind = StepKind.TASK
    ) -> Step:
        """A step beside ``source_id`` ("right", "down", "left" or "up") connected from it, as one undo step:
        to the right it stays in the stage (which grows), down it goes to the lane below (a new lane below the
        last one). Visio's AutoConnect and draw.io's arrows; the keyboard's Tab and Enter."""
        if direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {DIRECTIONS}")
        source = self._step(source_id)
        process_map = self.doc.map_of(source_id)
        name = name or default_step_name(kind)
        probe = self._new(Step, name=name, kind=kind, lane_id=source.lane_id, phase_id=source.phase_id)
        spot = next_spot(process_map, source, direction, probe.width, probe.height)
        if spot is None:
            raise DocumentError(
                tr("There is no lane above this step.")
                if direction == "up"
                else tr("There is no room left of this step: it is at the start of the first stage.")
            )
        commands: list[Command] = []
        lane_id = spot.lane_id
        if not lane_id:
            taken = [lane.name for lane in process_map.lanes] + [d.name for d in self.doc.project.departments]
            lane = self._new(
                Lane,
                name=numbered_name(lambda n: tr("Department {number}", number=n), taken, len(process_map.lanes) + 1),
            )
            lane_id = lane.id
            commands.append(InsertElementCommand(self.doc, lane, process_map.id))
        if spot.phase_width is not None:
            commands += self._band_size_commands(self.doc.get(spot.phase_id), spot.phase_width)
        step = probe.model_copy(update={"lane_id": lane_id, "phase_id": spot.phase_id, "x": spot.x, "y": spot.y})
        flow = Flow(source_id=source_id, target_id=step.id)
        commands += [
            InsertElementCommand(self.doc, step, process_map.id),
            InsertElementCommand(self.doc, flow, process_map.id),
        ]
        self._macro(tr("Add “{name}” after “{source}”", name=name, source=source.name), commands)
        return step

    def move_steps(
        self, positions: Mapping[str, tuple[float, float]], *, merge_key: str | None = None, text: str | None = None
    ) -> None:
        """Move steps to new top-left positions. A step dropped into another lane or phase joins it;
        a step dropped outside all lanes is kept at their edge."""
        if not positions:
            return
        process_map = self.doc.map_of(next(iter(positions)))
        changes: dict[str, dict[str, Any]] = {}
        deltas: dict[str, tuple[float, float]] = {}
        for step_id, (x, y) in positions.items():
            step = self._step(step_id)
            if self.doc.map_of(step_id) is not process_map:
                raise DocumentError(tr("Steps of different maps cannot be moved together."))
            x, y = inside_bands(process_map, step, float(x), float(y))
            fields: dict[str, Any] = {"x": x, "y": y}
            lane_id, phase_id = bands_under(process_map, x, y, step.width, step.height)
            if lane_id and lane_id != step.lane_id:
                fields["lane_id"] = lane_id
            if phase_id and phase_id != step.phase_id:
                fields["phase_id"] = phase_id
            changes[step_id] = fields
            deltas[step_id] = (x - step.x, y - step.y)
        for flow in process_map.flows:
            bends = bends_after_move(
                flow, deltas.get(flow.source_id, (0.0, 0.0)), deltas.get(flow.target_id, (0.0, 0.0))
            )
            if bends is not None:
                changes[flow.id] = {"waypoints": bends}
        count = len(positions)
        text = text or (
            tr("Move step “{name}”", name=self._step(next(iter(positions))).name)
            if count == 1
            else tr("Move {count} steps", count=count)
        )
        self.execute(UpdateFieldsCommand(self.doc, changes, text=text, merge_key=merge_key))

    def nudge_steps(self, step_ids: Iterable[str], dx: float, dy: float) -> None:
        """Arrow-key moves; repeated nudges of the same selection merge into one undo step."""
        ids = list(dict.fromkeys(step_ids))
        positions = {i: (self._step(i).x + dx, self._step(i).y + dy) for i in ids}
        self.move_steps(
            positions, merge_key="nudge:" + ",".join(sorted(ids)), text=tr("Nudge {count} steps", count=len(ids))
        )

    def resize_step(self, step_id: str, x: float, y: float, width: float, height: float) -> None:
        """New bounds for a step. It stays inside the lanes and stages, and belongs to the lane and stage its
        centre lands in, exactly as after a move."""
        step = self._step(step_id)
        if width < MIN_STEP_WIDTH or height < MIN_STEP_HEIGHT:
            raise DocumentError(
                tr(
                    "A step is at least {width} wide and {height} tall.",
                    width=f"{MIN_STEP_WIDTH:g}",
                    height=f"{MIN_STEP_HEIGHT:g}",
                )
            )
        sized = self.doc.validate_changes(step_id, {"width": width, "height": height})
        process_map = self.doc.map_of(step_id)
        probe = step.model_copy(update=sized)
        x, y = inside_bands(process_map, probe, float(x), float(y))
        fields: dict[str, Any] = {"x": x, "y": y, **sized}
        lane_id, phase_id = bands_under(process_map, x, y, probe.width, probe.height)
        if lane_id and lane_id != step.lane_id:
            fields["lane_id"] = lane_id
        if phase_id and phase_id != step.phase_id:
            fields["phase_id"] = phase_id
        self.execute(UpdateFieldsCommand(self.doc, {step_id: fields}, text=tr("Resize “{name}”", name=step.name)))

    def arrange(self, map_id: str) -> None:
        """Automatic layout of a whole map as one undoable edit (see layout.arrange)."""
        process_map = self._map(map_id)
        result = arrange(process_map)
        changes: dict[str, dict[str, Any]] = {
            lane_id: {"height": h} for lane_id, h in result.lane_heights.items() if self.doc.get(lane_id).height != h
        }
        changes.update(
            {phase_id: {"width": w} for phase_id, w in result.phase_widths.items() if self.doc.get(phase_id).width != w}
        )
        for step_id, (x, y) in result.positions.items():
            step = self.doc.get(step_id)
            if (step.x, step.y) != (x, y):
                changes[step_id] = {"x": x, "y": y}
        changes.update({f.id: {"waypoints": []} for f in process_map.flows if f.waypoints})
        if changes:
            self.execute(UpdateFieldsCommand(self.doc, changes, text=tr("Arrange “{name}”", name=process_map.name)))

    def align_steps(self, step_ids: list[str], mode: str) -> None:
        rects = {i: (s.x, s.y, s.width, s.height) for i in step_ids for s in [self._step(i)]}
        if len(rects) >= 2:
            self.move_steps(align(rects, mode), text=tr("Align {count} steps", count=len(rects)))

    def distribute_steps(self, step_ids: list[str], horizontal: bool) -> None:
        rects = {i: (s.x, s.y, s.width, s.height) for i in step_ids for s in [self._step(i)]}
        if len(rects) >= 3:
            self.move_steps(distribute(rects, horizontal), text=tr("Distribute {count} steps", count=len(rects)))

    def paste(self, map_id: str, fragment: dict[str, Any], dx: float = 0.0, dy: float = 0.0) -> list[str]:
        """Insert copied steps (and the flows among them) into a map; returns the new step ids."""
        process_map = self._map(map_id)
        if not is_fragment(fragment) or not fragment["steps"]:
            return []
        if not process_map.lanes or not process_map.phases:
            raise DocumentError(tr("Add a lane and a phase to the map before pasting steps."))
        try:
            steps, flows = materialise(fragment, process_map, dx, dy)
        except (ValidationError, KeyError, TypeError) as exc:
            raise DocumentError(tr("The clipboard does not hold steps that can be pasted.")) from exc
        departments = {d.id for d in self.doc.project.departments}
        commands: list[Command] = []
        for step in steps:
            step.raci = {k: v for k, v in step.raci.items() if k in departments}
            step.x, step.y = inside_bands(process_map, step, step.x, step.y, step.lane_id, step.phase_id)
            commands.append(InsertElementCommand(self.doc, step, map_id))
        commands += [InsertElementCommand(self.doc, flow, map_id) for flow in flows]
        self.execute(MacroCommand(tr("Paste {count} steps", count=len(steps)), commands))
        return [s.id for s in steps]

    # ------------------------------------------------------------- flows
    def connect(
        self,
        source_id: str,
        target_id: str,
        label: str = "",
        probability: float | None = None,
        source_side: Side | None = None,
        target_side: Side | None = None,
    ) -> Flow:
        problem = connection_problem(self.doc, source_id, target_id)
        if problem:
            raise DocumentError(problem)
        flow = self._new(
            Flow,
            source_id=source_id,
            target_id=target_id,
            label=label,
            probability=probability,
            source_side=source_side,
            target_side=target_side,
        )
        text = tr(
            "Connect “{source}” to “{target}”", source=self.doc.get(source_id).name, target=self.doc.get(target_id).name
        )
        self.execute(InsertElementCommand(self.doc, flow, self.doc.map_of(source_id).id, text=text))
        return flow

    def reconnect(self, flow_id: str, source_id: str | None = None, target_id: str | None = None) -> None:
        flow = self._flow(flow_id)
        changes: dict[str, Any] = {
            "source_id": source_id or flow.source_id,
            "target_id": target_id or flow.target_id,
            "waypoints": [],
        }
        problem = connection_problem(self.doc, changes["source_id"], changes["target_id"], flow=flow_id)
        if problem:
            raise DocumentError(problem)
        # The moved end attaches where the canvas finds best on its new step.
        if source_id and source_id != flow.source_id:
            changes["source_side"] = None
        if target_id and target_id != flow.target_id:
            changes["target_side"] = None
        self.execute(
            UpdateFieldsCommand(
                self.doc, {flow_id: changes}, text=tr("Reconnect “{flow}”", flow=element_name(self.doc, flow_id))
            )
        )

    def set_flow_route(
        self,
        flow_id: str,
        waypoints: Iterable[tuple[float, float]],
        source_side: Side | None = None,
        target_side: Side | None = None,
    ) -> None:
        """The bends the user dragged (kept in the file) and the sides where the flow leaves and arrives."""
        self._flow(flow_id)
        points = [self._new(Point, x=x, y=y) for x, y in waypoints]
        self.execute(
            UpdateFieldsCommand(
                self.doc,
                {flow_id: {"waypoints": points, "source_side": source_side, "target_side": target_side}},
                text=tr("Bend “{flow}”", flow=element_name(self.doc, flow_id)),
            )
        )

    def reset_flow_route(self, flow_id: str) -> None:
        """Forget the user's bends and sides: the canvas routes the flow itself again."""
        self._flow(flow_id)
        self.execute(
            UpdateFieldsCommand(
                self.doc,
                {flow_id: {"waypoints": [], "source_side": None, "target_side": None}},
                text=tr("Straighten “{flow}”", flow=element_name(self.doc, flow_id)),
            )
        )

    # ---------------------------------------------------------- findings
    def add_finding(self, target_id: str, type: FindingType, **fields: Any) -> Finding:
        problem = finding_target_problem(self.doc, target_id)
        if problem:
            raise DocumentError(problem)
        finding = self._new(Finding, type=type, target_id=target_id, **fields)
        self.execute(
            InsertElementCommand(
                self.doc,
                finding,
                self.doc.map_of(target_id).id,
                text=tr("Mark finding on “{name}”", name=element_name(self.doc, target_id)),
            )
        )
        return finding

    def add_findings(self, target_ids: list[str], type: FindingType, **fields: Any) -> list[Finding]:
        """Mark the same kind of finding on several elements (a selection) as one undo step."""
        targets = list(dict.fromkeys(target_ids))
        for target_id in targets:
            problem = finding_target_problem(self.doc, target_id)
            if problem:
                raise DocumentError(problem)
        findings = [self._new(Finding, type=type, target_id=t, **fields) for t in targets]
        commands: list[Command] = [InsertElementCommand(self.doc, f, self.doc.map_of(f.target_id).id) for f in findings]
        if commands:
            self._macro(
                tr("Mark {count} findings", count=len(findings))
                if len(findings) > 1
                else tr("Mark finding on “{name}”", name=element_name(self.doc, targets[0])),
                commands,
            )
        return findings

    # --------------------------------------------------------- workshops
    def start_workshop(self, title: str, date: dt.date | None = None, **fields: Any) -> Interview:
        """A new workshop record (研讨会): the meeting the room's findings and votes belong to."""
        record = self._new(Interview, kind=InterviewKind.WORKSHOP, title=title, date=date, **fields)
        self.execute(InsertElementCommand(self.doc, record, None, text=tr("Start workshop “{name}”", name=title)))
        return record

    def capture_finding(
        self, workshop_id: str, target_id: str, type: FindingType, said: str, speaker: str = "", **fields: Any
    ) -> Finding:
        """A finding raised in the room: what was said is its title (and, when long, its description), who
        said it and the workshop its evidence."""
        record = workshops.workshop(self.doc, workshop_id)
        said = " ".join(said.split())
        title = said if len(said) <= 60 else said[:59] + "…"
        description = said if title != said else ""
        evidence = workshops.evidence_for(record, speaker)
        return self.add_finding(target_id, type, title=title, description=description, evidence=evidence, **fields)

    def start_vote(
        self,
        workshop_id: str,
        map_id: str,
        voters: list[str],
        dots_each: int = 3,
        subject: VoteSubject = VoteSubject.FINDINGS,
    ) -> DotVote:
        record = workshops.workshop(self.doc, workshop_id)
        self._map(map_id)
        vote = self._new(DotVote, map_id=map_id, voters=list(voters), dots_each=dots_each, subject=subject)
        self.execute(workshops.start_vote(self.doc, record, vote))
        return vote

    def cast_dot(self, workshop_id: str, vote_id: str, voter: str, target_id: str, delta: int = 1) -> None:
        """One dot more (or, with ``delta`` -1, one less) from ``voter``; "" is the room's tally."""
        record = workshops.workshop(self.doc, workshop_id)
        self.execute(workshops.cast(self.doc, record, workshops.vote_of(record, vote_id), voter, target_id, delta))

    def set_tally(self, workshop_id: str, vote_id: str, target_id: str, dots: int) -> None:
        record = workshops.workshop(self.doc, workshop_id)
        command = workshops.set_tally(self.doc, record, workshops.vote_of(record, vote_id), target_id, dots)
        if command is not None:
            self.execute(command)

    def close_vote(self, workshop_id: str, vote_id: str) -> None:
        """End the vote; its ranking becomes the findings' priority (one undo step)."""
        record = workshops.workshop(self.doc, workshop_id)
        commands = workshops.close(self.doc, record, workshops.vote_of(record, vote_id))
        self._macro(tr("Take over the vote as priorities"), commands)

    # ------------------------------------------------ project details and departments
    def set_project_details(
        self, meta: Mapping[str, Any] | None = None, scope: Mapping[str, Any] | None = None, text: str | None = None
    ) -> None:
        """Title, number, owner, dates, purpose, glossary, related documents and scope, as one undo step."""
        changes = {META_ID: dict(meta or {}), SCOPE_ID: dict(scope or {})}
        for element_id, fields in changes.items():
            refused = set(fields) - DETAIL_FIELDS[element_id]
            if refused:
                raise DocumentError(tr("Version and status change only through the Sign-off menu."))
        current = {META_ID: self.doc.project.meta, SCOPE_ID: self.doc.project.scope}
        validated = {i: self.doc.validate_changes(i, fields) for i, fields in changes.items() if fields}
        real = {i: {k: v for k, v in fields.items() if getattr(current[i], k) != v} for i, fields in validated.items()}
        real = {i: fields for i, fields in real.items() if fields}
        if real:
            self.execute(UpdateFieldsCommand(self.doc, real, text=text or tr("Edit project details")))

    def add_department(self, name: str, head: str = "", index: int | None = None) -> Department:
        name = departments.check_name(self.doc, name)
        department = self._new(Department, name=name, head=head.strip())
        self.execute(
            InsertElementCommand(self.doc, department, None, index, text=tr("Add department “{name}”", name=name))
        )
        return department

    def rename_department(self, department_id: str, name: str) -> None:
        """Rename a department; lanes that carried its old name and this round's countersignatures follow."""
        department = self._department(department_id)
        if name.strip() == department.name:
            return
        self._macro(
            tr("Rename department “{old}” to “{name}”", old=department.name, name=name.strip()),
            departments.rename_commands(self.doc, department_id, name),
        )

    def set_department_head(self, department_id: str, head: str) -> None:
        department = self._department(department_id)
        self.set_fields(
            department_id, {"head": head.strip()}, text=tr("Set the head of “{name}”", name=department.name)
        )

    def move_department(self, department_id: str, new_index: int) -> None:
        """Reorder the departments: the order of the 会签 rows and of the RACI columns."""
        department = self._department(department_id)
        if new_index != self.doc.index_of(department_id):
            self.execute(
                MoveElementCommand(
                    self.doc, department_id, new_index, text=tr("Move department “{name}”", name=department.name)
                )
            )

    def department_usage(self, department_id: str) -> departments.DepartmentUsage:
        """What uses a department (lanes, RACI, countersignatures), for the confirmation before removing it."""
        self._department(department_id)
        return departments.usage_of(self.doc, department_id)

    def remove_department(self, department_id: str) -> None:
        """Remove a department; lanes forget it and it leaves every RACI assignment."""
        department = self._department(department_id)
        self._macro(
            tr("Remove department “{name}”", name=department.name),
            departments.removal_commands(self.doc, department_id),
        )

    def departments_from_lanes(self) -> int:
        """A department for each lane name without one, and every unlinked lane linked; returns how many new."""
        created, commands = departments.from_lanes_commands(self.doc)
        if commands:
            self._macro(tr("Create departments from the lanes"), commands)
        return created

    def fill_raci_from_lanes(self, map_id: str | None = None) -> int:
        """Steps without anyone accountable get their lane's department as A, in one map or (None) in all of
        them, as one undo step; returns how many steps."""
        chosen = [self._map(map_id)] if map_id is not None else list(self.doc.maps)
        changes: dict[str, dict[str, Any]] = {}
        for process_map in chosen:
            changes.update(departments.raci_from_lanes(process_map))
        if changes:
            text = (
                tr("Fill RACI from the lanes of “{name}”", name=chosen[0].name)
                if map_id is not None
                else tr("Fill RACI from the lanes")
            )
            self.execute(UpdateFieldsCommand(self.doc, changes, text=text))
        return len(changes)

    def add_goal(self, name: str, metric: str, target: float, **fields: Any) -> Goal:
        goal = self._new(Goal, name=name, metric=metric, target=target, **fields)
        self.execute(InsertElementCommand(self.doc, goal, None, text=tr("Add goal “{name}”", name=name)))
        return goal

    def remove_goal(self, goal_id: str) -> None:
        goal = self.doc.get(goal_id)
        if not isinstance(goal, Goal):
            raise DocumentError(tr("{id} is not a goal.", id=goal_id))
        self.execute(RemoveElementCommand(self.doc, goal_id, text=tr("Remove goal “{name}”", name=goal.name)))

    # ------------------------------------------------------------ imports
    def import_tables(self, tables: list[ImportedTable], fallback_name: str = "") -> list[ImportReport]:
        """Planning tables as one undo step: a table we exported updates its map, any other becomes a new map
        (see editing/table_import.py). Returns what each table did."""
        reports, commands = table_import.import_commands(self.doc, tables, fallback_name)
        if commands:
            name = reports[0].map_name if len(reports) == 1 else ", ".join(r.map_name for r in reports)
            self._macro(tr("Import planning table “{name}”", name=name), commands)
        return reports

    def type_outline(self, map_id: str, parsed: ParsedOutline) -> None:
        """Make the map what its interview text says and keep the text with it, as one undo step (see
        editing/outline_sync.py). If the change is refused, the text alone is kept, so nothing typed is lost."""
        process_map = self._map(map_id)
        try:
            commands = outline_sync.outline_commands(self.doc, map_id, parsed)
            if commands:
                self._macro(tr("Type in the interview text"), commands)
        except DocumentError:
            if [line.text for line in process_map.outline] != [line.text for line in parsed.lines]:
                self.set_fields(map_id, {"outline": parsed.lines_with_refs()}, text=tr("Type in the interview text"))
            raise

    # -------------------------------------------- sign-off (editing/signoff.py)
    def submit_for_review(self) -> None:
        self.execute(workflow.submit_for_review(self.doc))

    def record_signoff(self, role: SignOffRole, name: str, **fields: Any) -> SignOff:
        """Record a signature (department, date, decision, comment); the last approval freezes the revision."""
        command, signoff = workflow.record_signoff(self.doc, role, name, **fields)
        self.execute(command)
        return signoff

    def start_new_revision(self, major: bool, summary: str, **fields: Any) -> Revision:
        """Re-open a signed-off document as V1.1 (minor) or V2.0 (major); fields: author, sections, date, version."""
        command, revision = workflow.start_new_revision(self.doc, major, summary, **fields)
        self.execute(command)
        return revision

    def add_revision(self, revision: Revision) -> Revision:
        self.execute(
            InsertElementCommand(self.doc, revision, None, text=tr("Add revision {version}", version=revision.version))
        )
        return revision

    # ------------------------------------------------------------ generic
    def set_fields(self, element_id: str, changes: Mapping[str, Any], text: str | None = None) -> None:
        """Change fields of any element, or of the project's ``meta`` and ``scope``."""
        self.set_fields_many({element_id: dict(changes)}, text=text)

    def set_fields_many(self, changes: Mapping[str, Mapping[str, Any]], text: str | None = None) -> None:
        if not changes:
            return
        if text is None:
            name = element_name(self.doc, next(iter(changes)))
            text = tr("Edit “{name}”", name=name) if name else tr("Edit properties")
        # Only what really changes: setting a name to itself is no edit, no undo step and no unsaved change.
        validated = {k: self.doc.validate_changes(k, dict(v)) for k, v in changes.items()}
        real = {
            k: {name: value for name, value in v.items() if getattr(self.doc.get(k), name) != value}
            for k, v in validated.items()
        }
        real = {k: self._follow_band_change(k, v) for k, v in real.items() if v}
        if real:
            self.execute(UpdateFieldsCommand(self.doc, real, text=text))

    def _follow_band_change(self, element_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        element = self.doc.get(element_id)
        if not isinstance(element, Step):
            return fields
        return follow_band_change(self.doc.map_of(element_id), element, fields)

    def remove(self, element_ids: Iterable[str]) -> None:
        """Delete steps, flows, findings, lanes or phases together with what hangs on them."""
        ids = [i for i in dict.fromkeys(element_ids)]
        if not ids:
            return
        for element_id in ids:
            if not isinstance(self.doc.get(element_id), Step | Flow | Finding | Lane | Phase):
                raise DocumentError(tr("Only steps, flows, findings, lanes and phases can be deleted here."))
        commands = removal_commands(self.doc, ids)
        text = (
            tr("Delete {count} elements", count=len(ids))
            if len(ids) > 1
            else tr("Delete “{name}”", name=element_name(self.doc, ids[0]))
        )
        self.execute(MacroCommand(text, commands))

    # ------------------------------------------------------------ helpers
    def _map(self, map_id: str) -> ProcessMap:
        element = self.doc.get(map_id)
        if not isinstance(element, ProcessMap):
            raise DocumentError(tr("{id} is not a map.", id=map_id))
        return element

    def _step(self, step_id: str) -> Step:
        element = self.doc.get(step_id)
        if not isinstance(element, Step):
            raise DocumentError(tr("{id} is not a step.", id=step_id))
        return element

    def _flow(self, flow_id: str) -> Flow:
        element = self.doc.get(flow_id)
        if not isinstance(element, Flow):
            raise DocumentError(tr("{id} is not a flow.", id=flow_id))
        return element

    def _department(self, department_id: str) -> Department:
        element = self.doc.get(department_id)
        if not isinstance(element, Department):
            raise DocumentError(tr("{id} is not a department.", id=department_id))
        return element

    def _band(self, band_id: str) -> Lane | Phase:
        element = self.doc.get(band_id)
        if not isinstance(element, Lane | Phase):
            raise DocumentError(tr("{id} is not a lane or a phase.", id=band_id))
        return element
