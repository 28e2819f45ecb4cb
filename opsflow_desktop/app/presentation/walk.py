"""Where a walk-through is: the whole map, a stage (or a part of one), or a step with its hand-offs.

Plain state over layout.walkthrough, no Qt: the presentation asks it what to show and tells it what the
keys did. After an edit it is rebuilt and keeps its place by ids (the stage, the step), not by index.
"""

from __future__ import annotations

from enum import Enum

from ...i18n import tr
from ...layout import walkthrough as route
from ...model import ProcessMap


class Mode(Enum):
    OVERVIEW = "overview"
    STAGE = "stage"
    STEP = "step"


class Walk:
    def __init__(self, process_map: ProcessMap, readable: tuple[float, float]) -> None:
        self.map = process_map
        self.readable = readable
        self.mode = Mode.OVERVIEW
        self.frame = 0  # index into frames, in STAGE mode
        self.step = 0  # index into order, in STEP mode
        self.focus = 0  # 0: the step itself; n: its n-th hand-off (what a finding key marks)
        self.frames: list[route.Frame] = []
        self.order: list[str] = []
        self._frame_of: dict[str, int] = {}
        self._spotlights: dict[str, route.Spotlight] = {}
        self.rebuild()

    def rebuild(self, readable: tuple[float, float] | None = None) -> None:
        """Plan again after an edit or a new screen size, staying on the same stage part and step."""
        phase, part = self.current_frame_key()
        step_id = self.current_step_id()
        if readable is not None:
            self.readable = readable
        self.frames = route.stage_frames(self.map, self.readable)
        self.order = route.walk_order(self.map)
        self._frame_of = route.frames_of_steps(self.frames, self.map)
        self._spotlights = {}
        self.frame = next(
            (i for i, f in enumerate(self.frames) if (f.phase_id, f.part) == (phase, part)),
            min(self.frame, max(len(self.frames) - 1, 0)),
        )
        if step_id in self.order:
            self.step = self.order.index(step_id)
        else:
            self.step = min(self.step, max(len(self.order) - 1, 0))
            if self.mode is Mode.STEP and not self.order:
                self.mode = Mode.OVERVIEW
        self.focus = min(self.focus, len(self.handoffs()))

    # -------------------------------------------------------------- position
    def current_frame_key(self) -> tuple[str | None, int]:
        if self.frames and 0 <= self.frame < len(self.frames):
            return self.frames[self.frame].phase_id, self.frames[self.frame].part
        return None, 0

    def current_step_id(self) -> str | None:
        if self.mode is Mode.STEP and 0 <= self.step < len(self.order):
            return self.order[self.step]
        return None

    def spotlight(self) -> route.Spotlight | None:
        step_id = self.current_step_id()
        if step_id is None:
            return None
        if step_id not in self._spotlights:  # asked several times per key: planned once per step
            self._spotlights[step_id] = route.spotlight(self.map, step_id, self.readable)
        return self._spotlights[step_id]

    def handoffs(self) -> tuple[str, ...]:
        spot = self.spotlight()
        return spot.handoff_ids if spot else ()

    def focus_id(self) -> str | None:
        """What a finding key or the capture line marks: the step, one of its hand-offs, or None (the map)."""
        step_id = self.current_step_id()
        if step_id is None:
            return None
        handoffs = self.handoffs()
        return handoffs[self.focus - 1] if 0 < self.focus <= len(handoffs) else step_id

    def rect(self) -> route.Rect:
        if self.mode is Mode.STEP:
            spot = self.spotlight()
            if spot is not None:
                return spot.rect
        if self.mode is Mode.STAGE and self.frames:
            return self.frames[self.frame].rect
        return route.overview(self.map).rect

    def phase_id(self) -> str | None:
        """The stage the room is in (the step's own in a step-by-step walk)."""
        step_id = self.current_step_id()
        if step_id is not None:
            return next((s.phase_id for s in self.map.steps if s.id == step_id), None)
        return self.current_frame_key()[0] if self.mode is Mode.STAGE else None

    def caption(self) -> str:
        """Where the room is, for the corner of the screen and the presenter: "内部审批 2/4", "第 5/15 步"."""
        names = {p.id: p.name for p in self.map.phases}
        if self.mode is Mode.STEP and self.current_step_id():
            return tr("Step {n} of {total}", n=self.step + 1, total=len(self.order))
        if self.mode is Mode.STAGE and self.frames:
            frame = self.frames[self.frame]
            name = names.get(frame.phase_id or "", "")
            return f"{name} {frame.part}/{frame.parts}" if frame.parts > 1 else name
        return tr("Overview")

    # -------------------------------------------------------------- moves
    def next(self) -> bool:
        """One further: the next stage part or the next step; from the overview, the first stage."""
        if self.mode is Mode.OVERVIEW:
            if not self.frames:
                return False
            self.mode, self.frame = Mode.STAGE, 0
            return True
        if self.mode is Mode.STAGE:
            if self.frame + 1 >= len(self.frames):
                return False
            self.frame += 1
            return True
        if self.step + 1 >= len(self.order):
            return False
        self.step, self.focus = self.step + 1, 0
        return True

    def previous(self) -> bool:
        if self.mode is Mode.STAGE:
            if self.frame == 0:
                self.mode = Mode.OVERVIEW
                return True
            self.frame -= 1
            return True
        if self.mode is Mode.STEP and self.step > 0:
            self.step, self.focus = self.step - 1, 0
            return True
        return False

    def overview(self) -> bool:
        changed = self.mode is not Mode.OVERVIEW
        self.mode = Mode.OVERVIEW
        return changed

    def last_stage(self) -> bool:
        if not self.frames:
            return False
        self.mode, self.frame = Mode.STAGE, len(self.frames) - 1
        return True

    def go_to_step(self, step_id: str) -> bool:
        if step_id not in self.order:
            return False
        self.mode, self.step, self.focus = Mode.STEP, self.order.index(step_id), 0
        return True

    def go_to_flow(self, flow_id: str) -> bool:
        """A click on a flow: its source step, with the flow in focus when it is a hand-off."""
        flow = next((f for f in self.map.flows if f.id == flow_id), None)
        if flow is None or not self.go_to_step(flow.source_id):
            return False
        handoffs = self.handoffs()
        if flow_id in handoffs:
            self.focus = handoffs.index(flow_id) + 1
        return True

    def toggle_steps(self) -> bool:
        """Into the step-by-step walk at the first step of the stage shown, or back out to the step's stage."""
        if self.mode is Mode.STEP:
            step_id = self.current_step_id()
            index = self._frame_of.get(step_id) if step_id else None
            self.mode = Mode.STAGE if index is not None else Mode.OVERVIEW
            self.frame = index if index is not None else self.frame
            return True
        if not self.order:
            return False
        if self.mode is Mode.STAGE and self.frames:
            shown = self.frames[self.frame]
            inside = [s for s in self.order if self._frame_of.get(s) == self.frame]
            phases = {s.id: s.phase_id for s in self.map.steps}
            first = inside[0] if inside else next((s for s in self.order if phases[s] == shown.phase_id), None)
            self.step = self.order.index(first) if first else 0
        self.mode, self.focus = Mode.STEP, 0
        return True

    def cycle_focus(self, delta: int) -> bool:
        """Tab: from the step to each of its hand-offs and back."""
        if self.mode is not Mode.STEP:
            return False
        count = len(self.handoffs()) + 1
        self.focus = (self.focus + delta) % count
        return count > 1

    # -------------------------------------------------------------- another map
    def follow(self, leader: Walk) -> None:
        """Stand where ``leader`` (the walk of this map's current or target counterpart) stands: at the step
        that replaces, or was replaced by, its step (lineage); else at the stage of the same name; else the
        whole map."""
        step_id = leader.current_step_id()
        if step_id is not None:
            mine = {s.id for s in self.map.steps}
            successors = [s.id for s in self.map.steps if step_id in s.source_step_ids]
            sources = next((s.source_step_ids for s in leader.map.steps if s.id == step_id), [])
            related = successors or [s for s in sources if s in mine]
            if related and self.go_to_step(related[0]):
                return
        names = {p.id: p.name for p in leader.map.phases}
        name = names.get(leader.phase_id() or "")
        mine_by_name = {p.id: p.name for p in self.map.phases}
        index = next((i for i, f in enumerate(self.frames) if mine_by_name.get(f.phase_id or "") == name), None)
        if name is not None and index is not None:
            self.mode, self.frame = Mode.STAGE, index
        else:
            self.mode = Mode.OVERVIEW

    def place_as(self, other: Walk) -> None:
        """The same place as ``other``, a walk of the same map (another layout: one map or two)."""
        step_id = other.current_step_id()
        if step_id is not None and self.go_to_step(step_id):
            self.focus = other.focus
            return
        phase = other.phase_id()
        index = next((i for i, f in enumerate(self.frames) if f.phase_id == phase), None)
        if phase is not None and index is not None:
            self.mode, self.frame = Mode.STAGE, index
        else:
            self.mode = Mode.OVERVIEW
