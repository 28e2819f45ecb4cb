"""The projector theme: what changes when a map is shown to a room instead of one person at a laptop.

Projectors wash out pale colours and thin lines, so the same items paint with black bold text, heavier
outlines and flows, and stronger lane bands. The items learn which theme to use from the widget they paint
on: a view whose viewport is a ``ProjectorViewport`` shows the projector theme, every other view (the editor
next to it, on the same scene) keeps the normal one.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QWidget

from . import style

INK = QColor("#000000")
LABEL_INK = QColor("#111827")
FLOW_INK = QColor("#1f2937")
LANE_FILLS = (QColor("#ffffff"), QColor("#e5e7eb"))
BAND_LINE = QColor("#4b5563")
HEADER_FILL = QColor(17, 24, 39, 225)  # lane and stage names: white on near-black
HEADER_INK = QColor("#ffffff")
DIM = QColor(15, 23, 42, 120)  # what lies outside the spotlight: darker, so the lit steps stand out
SHADE = QColor(15, 23, 42, 55)  # around the stage being discussed: there, but out of the way
SPOTLIGHT = QColor("#f59e0b")  # the current step's ring
HANDOFF = QColor("#dc2626")  # a flow where work changes hands
FOCUS = QColor("#2563eb")  # the step or hand-off a finding key marks
BORDER_EXTRA = 1.2  # added to each step kind's border width
FLOW_WIDTH = 2.6
TEXT_SHARE = 40  # step text is at least 1/40 of the screen height (readable from the back of the room)


class ProjectorViewport(QWidget):
    """The viewport of a view shown to the room; items check for it when they paint."""

    projector = True


def is_projector(widget: QWidget | None) -> bool:
    return isinstance(widget, ProjectorViewport)


def step_font() -> QFont:
    font = style.step_font()
    font.setBold(True)
    return font


def label_font() -> QFont:
    font = style.label_font()
    font.setBold(True)
    return font


def flow_pen(colour: QColor = FLOW_INK) -> QPen:
    return QPen(colour, FLOW_WIDTH)
