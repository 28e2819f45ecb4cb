"""The manual's current-vs-target chart: one pair of bars per metric, in proportion, with the change coloured."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from opsflow_desktop.canvas import chart
from opsflow_desktop.io.tables import MetricRow

ROWS = [
    MetricRow("现状 → 目标", "步骤数", "steps", 15, 10, -5, -33.3, True),
    MetricRow("现状 → 目标", "增值比", "value_added_ratio", 0.2, 0.3, 0.1, 50.0, True),
    MetricRow("现状 → 目标", "跨部门交接", "handoffs", 4, 6, 2, 50.0, False),
]


def runs_of(image: QImage, y: int, colour: QColor) -> int:
    """How many pixels of ``colour`` the row ``y`` holds (a bar's length, anti-aliased edges aside)."""
    return sum(1 for x in range(image.width()) if _close(image.pixelColor(x, y), colour))


def _close(a: QColor, b: QColor, tolerance: int = 6) -> bool:
    return (
        abs(a.red() - b.red()) <= tolerance
        and abs(a.green() - b.green()) <= tolerance
        and abs(a.blue() - b.blue()) <= tolerance
    )


def bar_rows(image: QImage, index: int) -> tuple[int, int]:
    """Pixel rows through the current and the target bar of metric ``index``."""
    px = 200 / 72
    top = chart.PADDING + chart.LEGEND_HEIGHT + index * chart.ROW_HEIGHT
    middle = top + chart.ROW_HEIGHT / 2
    return (
        round((middle - chart.BAR_GAP / 2 - chart.BAR_HEIGHT / 2) * px),
        round((middle + chart.BAR_GAP / 2 + chart.BAR_HEIGHT / 2) * px),
    )


@pytest.fixture
def image(qapp) -> QImage:
    return chart.draw_metric_chart(ROWS, dpi=200)


def test_the_chart_is_as_wide_as_the_text_at_200_dpi(image):
    assert image.width() == round(chart.DEFAULT_WIDTH_INCHES * 200)
    assert image.height() == round(chart.chart_height_points(ROWS) * 200 / 72)
    assert image.dotsPerMeterX() == round(200 / 0.0254)


def test_each_metric_has_a_current_and_a_target_bar_in_proportion(image):
    for index, row in enumerate(ROWS):
        current_y, target_y = bar_rows(image, index)
        current = runs_of(image, current_y, chart.CURRENT_BAR)
        target = runs_of(image, target_y, chart.TARGET_BAR)
        assert current > 50 and target > 50
        assert target / current == pytest.approx(row.target / row.current, rel=0.03)


def test_the_longer_bar_of_each_pair_spans_the_same_width(image):
    longest = [
        max(runs_of(image, y, colour) for y, colour in zip(bar_rows(image, i), (chart.CURRENT_BAR, chart.TARGET_BAR)))
        for i in range(len(ROWS))
    ]
    assert max(longest) - min(longest) <= 3, "each metric has its own scale"


def test_changes_are_green_when_better_and_red_when_worse(image):
    px = 200 / 72
    left = round((image.width() / px - chart.PADDING - chart.CHANGE_WIDTH) * px)

    def ink(index: int, colour: QColor) -> int:
        top = round((chart.PADDING + chart.LEGEND_HEIGHT + index * chart.ROW_HEIGHT) * px)
        return sum(
            1
            for x in range(left, image.width())
            for y in range(top, top + round(chart.ROW_HEIGHT * px))
            if _close(image.pixelColor(x, y), colour, 40)
        )

    assert ink(0, chart.BETTER_INK) > 20 and ink(0, chart.WORSE_INK) == 0
    assert ink(2, chart.WORSE_INK) > 20 and ink(2, chart.BETTER_INK) == 0


def test_metric_names_are_written_left_of_the_bars(image):
    px = 200 / 72
    label_right = round((chart.PADDING + (image.width() / px - 2 * chart.PADDING) * chart.LABEL_SHARE) * px)
    top = round((chart.PADDING + chart.LEGEND_HEIGHT) * px)
    dark = sum(
        1
        for x in range(label_right)
        for y in range(top, top + round(chart.ROW_HEIGHT * px))
        if image.pixelColor(x, y).lightness() < 120
    )
    assert dark > 100, "步骤数 left ink"
