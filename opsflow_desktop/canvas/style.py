"""Every colour, pen, font and size of the canvas, in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from ..model import FindingType, Severity, StepKind
from ..model.traits import FINDING_TYPES, SEVERITIES, STEP_KINDS

GRID = 10.0  # snap grid, scene units
LANE_HEADER_WIDTH = 110  # pixels on screen, not scaled: the headers are sticky
PHASE_HEADER_HEIGHT = 30
DETAIL_SCALE = 0.3  # below this zoom a large map is drawn as a sketch (no text, no items)
SKETCH_MIN_STEPS = 400  # smaller maps are cheap to draw in full at any zoom
START_MARGIN = 12  # pixels between the frozen headers and the map's first lane and stage when it opens
WHEEL_PIXELS = 60  # how far one notch of the mouse wheel scrolls
MIN_SCALE, MAX_SCALE = 0.02, 4.0
SCENE_MARGIN = 400.0

INK = QColor("#1f2937")
MUTED_INK = QColor("#6b7280")
SELECTION = QColor("#2563eb")
CANVAS = QColor("#ffffff")
LANE_FILLS = (QColor("#f8fafc"), QColor("#eef2f7"))
BAND_LINE = QColor("#cbd5e1")
BAND_HEADER_FILL = QColor("#e2e8f0")
HEADER_INK = QColor("#0f172a")
FLOW_INK = QColor("#475569")
LABEL_FILL = QColor(255, 255, 255, 230)
DROP_HINT = QColor(37, 99, 235, 40)

STEP_FILLS: dict[StepKind, QColor] = {kind: QColor(traits.fill) for kind, traits in STEP_KINDS.items()}
STEP_BORDERS: dict[StepKind, QColor] = {kind: QColor(traits.border) for kind, traits in STEP_KINDS.items()}


def sketch_fill(kind: StepKind) -> QColor:
    """A step far zoomed out: its own fill, or grey where the fill is white (it would vanish on the canvas)."""
    fill = STEP_FILLS[kind]
    return BAND_HEADER_FILL if fill.lightness() > 245 else fill


def step_pen(kind: StepKind, selected: bool) -> QPen:
    if selected:
        return QPen(SELECTION, 2.5)
    return QPen(STEP_BORDERS[kind], STEP_KINDS[kind].border_width)


def flow_pen(selected: bool) -> QPen:
    pen = QPen(SELECTION if selected else FLOW_INK, 2.2 if selected else 1.4)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def step_font() -> QFont:
    font = QFont()
    font.setPixelSize(13)
    return font


def label_font() -> QFont:
    font = QFont()
    font.setPixelSize(11)
    return font


HEADER_MIN_PIXELS = 11  # lane names never shrink below this, however far out the map is zoomed


def header_font(bold: bool = True) -> QFont:
    font = QFont()
    font.setPixelSize(13)
    font.setBold(bold)
    return font


FINDING_COLOURS: dict[FindingType, QColor] = {kind: QColor(t.colour) for kind, t in FINDING_TYPES.items()}
SEVERITY_FILLS: dict[Severity, QColor] = {value: QColor(t.fill) for value, t in SEVERITIES.items()}
BADGE = 22.0  # diameter of a finding badge, scene units
OVERLAY_ALPHA = 70
CRITICAL_PATH = QColor(220, 38, 38)
CHANGE_COLOURS = {
    "added": QColor("#16a34a"),
    "changed": QColor("#d97706"),
    "merged": QColor("#2563eb"),
    "split": QColor("#7c3aed"),
    "removed": QColor("#dc2626"),
}


def badge_font() -> QFont:
    font = QFont()
    font.setPixelSize(12)
    font.setBold(True)
    return font


ARROW_FILL = QColor(37, 99, 235, 110)  # the hover arrows that add the next step
ARROW_PEN_COLOUR = QColor(37, 99, 235, 160)
