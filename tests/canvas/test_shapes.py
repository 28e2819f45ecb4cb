"""Each step kind's outline is drawn, and its name is written inside it."""

import pytest
from PySide6.QtCore import QPointF

from opsflow_desktop.canvas.items.shapes import step_outline, text_rect
from opsflow_desktop.model.enums import StepKind


@pytest.mark.parametrize("kind", list(StepKind))
def test_every_kind_draws_an_outline_that_holds_its_text(kind):
    outline = step_outline(kind, 140, 56)
    assert not outline.isEmpty()
    bounds = outline.boundingRect()
    assert bounds.width() == pytest.approx(140, abs=1) and bounds.height() == pytest.approx(56, abs=8)
    text = text_rect(kind, 140, 56)
    assert outline.contains(text.center()) and text.width() > 60


def test_outlines_differ_between_shapes():
    near_corner = QPointF(6, 6)  # inside the rounded rectangle, outside the diamond and the pill
    assert step_outline(StepKind.TASK, 140, 56).contains(near_corner)
    assert not step_outline(StepKind.DECISION, 140, 56).contains(near_corner)
    assert not step_outline(StepKind.START, 140, 56).contains(near_corner)
