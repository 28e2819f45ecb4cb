"""Hand-built maps for the analysis tests: small enough to work the expected values out by hand."""

from __future__ import annotations

import pytest

from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.model import Document, MapKind, StepKind, ValueClass


class MapBuilder:
    """Two lanes (运营部, 设计部), one phase; steps by name; flows by name pairs."""

    def __init__(self) -> None:
        self.doc = Document()
        self.editor = DocumentEditor(self.doc)
        self.editor.check_invariants = False  # tests build deliberately broken maps too
        self.map = self.editor.add_map("m")
        self.lanes = {name: self.editor.add_lane(self.map.id, name) for name in ("运营部", "设计部")}
        self.phase = self.editor.add_phase(self.map.id, "P", width=5000)
        self.ids: dict[str, str] = {}

    def step(
        self,
        name: str,
        lane: str = "运营部",
        kind: StepKind = StepKind.TASK,
        p: float = 0,
        w: float = 0,
        value: ValueClass | None = None,
    ) -> str:
        step = self.editor.add_step(
            self.map.id,
            name,
            self.lanes[lane].id,
            self.phase.id,
            kind=kind,
            processing_hours=p,
            waiting_hours=w,
            value_class=value,
        )
        self.ids[name] = step.id
        return step.id

    def flow(self, a: str, b: str, probability: float | None = None, label: str = "") -> str:
        return self.editor.connect(self.ids[a], self.ids[b], label, probability).id


@pytest.fixture
def build() -> MapBuilder:
    return MapBuilder()


__all__ = ["MapBuilder", "MapKind"]
