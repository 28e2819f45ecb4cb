"""The manual's current-vs-target chart, drawn with QPainter: one pair of bars per metric.

Metrics have different units (steps, hours, a ratio), so each metric gets its own scale: the longer bar of a
pair spans the bar area and the other is drawn in proportion. The change in per cent stands at the right, in
green when the target is better and red when it is worse.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..i18n import tr
from ..io.tables import MetricRow
from ..labels import format_metric
from . import style
from .fonts import register_bundled_fonts

CURRENT_BAR = QColor("#94a3b8")
TARGET_BAR = QColor("#2563eb")
BETTER_INK = QColor("#15803d")
WORSE_INK = QColor("#b91c1c")
GRID_LINE = QColor("#e2e8f0")
DEFAULT_WIDTH_INCHES = 6.3  # the portrait page's text width, so the chart prints at its natural size

# Layout in points (1/72 inch); converted to pixels for the dpi asked for.
PADDING, LEGEND_HEIGHT, GROUP_HEIGHT, ROW_HEIGHT, BAR_HEIGHT, BAR_GAP = 8, 24, 20, 34, 11, 2
LABEL_SHARE, CHANGE_WIDTH = 0.34, 62
FONT_POINTS = 9


def _font(points: int, bold: bool = False) -> QFont:
    """The canvas font (with the bundled Chinese face); the painter is scaled to points, so pixels = points."""
    font = QFont(style.header_font(bold))
    font.setPixelSize(points)
    return font


def chart_height_points(rows: Sequence[MetricRow]) -> float:
    groups = len({r.comparison for r in rows})
    return 2 * PADDING + LEGEND_HEIGHT + (GROUP_HEIGHT * groups if groups > 1 else 0) + ROW_HEIGHT * len(rows)


def draw_metric_chart(
    rows: Sequence[MetricRow], dpi: float = 200, width_inches: float = DEFAULT_WIDTH_INCHES
) -> QImage:
    """A white PNG-ready image, ``width_inches`` wide at ``dpi`` (the resolution is stored in the image)."""
    register_bundled_fonts()
    px = dpi / 72.0  # pixels per point
    width = round(width_inches * dpi)
    image = QImage(width, round(chart_height_points(rows) * px), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(style.CANVAS)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    try:
        painter.scale(px, px)  # from here on, everything is in points
        _draw(painter, rows, width / px)
    finally:
        painter.end()
    return image


def _draw(painter: QPainter, rows: Sequence[MetricRow], width: float) -> None:
    text_font = _font(FONT_POINTS)
    painter.setFont(text_font)
    y = PADDING
    _legend(painter, QRectF(PADDING, y, width - 2 * PADDING, LEGEND_HEIGHT))
    y += LEGEND_HEIGHT
    label_width = (width - 2 * PADDING) * LABEL_SHARE
    bars_left = PADDING + label_width
    bars_width = width - PADDING - CHANGE_WIDTH - bars_left - 40  # room for the value after the longer bar
    groups = [(name, list(group)) for name, group in groupby(rows, key=lambda r: r.comparison)]
    for name, group in groups:
        if len(groups) > 1:
            painter.setFont(_font(FONT_POINTS, bold=True))
            painter.setPen(style.INK)
            painter.drawText(
                QRectF(PADDING, y, width - 2 * PADDING, GROUP_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
            painter.setFont(text_font)
            y += GROUP_HEIGHT
        for row in group:
            _metric_row(painter, row, y, label_width, bars_left, bars_width, width)
            y += ROW_HEIGHT


def _legend(painter: QPainter, rect: QRectF) -> None:
    x = rect.left()
    for colour, text in ((CURRENT_BAR, tr("Current map")), (TARGET_BAR, tr("Target map"))):
        painter.fillRect(QRectF(x, rect.center().y() - BAR_HEIGHT / 2, 18, BAR_HEIGHT), colour)
        painter.setPen(style.INK)
        text_rect = QRectF(x + 24, rect.top(), 160, rect.height())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        x += 24 + painter.fontMetrics().horizontalAdvance(text) + 24


def _metric_row(
    painter: QPainter, row: MetricRow, top: float, label_width: float, bars_left: float, bars_width: float, width: float
) -> None:
    middle = top + ROW_HEIGHT / 2
    painter.setPen(QPen(GRID_LINE, 0.5))
    painter.drawLine(QPointF(PADDING, top), QPointF(width - PADDING, top))
    painter.setPen(style.INK)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
    painter.drawText(QRectF(PADDING, top, label_width - 6, ROW_HEIGHT), flags, row.metric)
    biggest = max(abs(row.current), abs(row.target)) or 1.0
    for value, colour, bar_top in (
        (row.current, CURRENT_BAR, middle - BAR_HEIGHT - BAR_GAP / 2),
        (row.target, TARGET_BAR, middle + BAR_GAP / 2),
    ):
        length = bars_width * abs(value) / biggest
        painter.fillRect(QRectF(bars_left, bar_top, length, BAR_HEIGHT), colour)
        painter.setPen(style.INK)
        painter.drawText(
            QRectF(bars_left + length + 4, bar_top - 3, 60, BAR_HEIGHT + 6),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            format_metric(row.key, value),
        )
    if row.change_percent is not None:
        painter.setPen(BETTER_INK if row.better else WORSE_INK if row.better is False else style.MUTED_INK)
        painter.drawText(
            QRectF(width - PADDING - CHANGE_WIDTH, top, CHANGE_WIDTH, ROW_HEIGHT),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"{row.change_percent:+g}%",
        )
