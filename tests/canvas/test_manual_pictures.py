"""The manual's pictures drawn with Qt: every map at 200 dpi or more on the page, with readable text, cut into
pages between stages when wide; the chart when there is a comparison; cancellable."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from opsflow_desktop.canvas import style
from opsflow_desktop.canvas.manual_pictures import RENDER_MARGIN, render_manual_images
from opsflow_desktop.canvas.render import HEADER_HEIGHT, HEADER_WIDTH
from opsflow_desktop.io import load_project
from opsflow_desktop.io.progress import Cancelled
from opsflow_desktop.io.word.page_plan import MIN_TEXT_POINTS, MM_PER_POINT, placed_size_mm
from opsflow_desktop.model import FindingType, MapKind
from opsflow_desktop.paths import sample_project


@pytest.fixture(scope="module")
def sample():
    return load_project(sample_project())


@pytest.fixture(scope="module")
def images(sample, qapp):
    return render_manual_images(sample)


def content_size(process_map) -> tuple[float, float]:
    """Scene units the pictures of a map must show: bands (steps inside them) and the margins."""
    return (
        sum(p.width for p in process_map.phases) + 2 * RENDER_MARGIN,
        sum(lane.height for lane in process_map.lanes) + 2 * RENDER_MARGIN,
    )


def test_every_map_prints_at_200_dpi_or_more(sample, images):
    assert set(images.maps) == {m.id for m in sample.maps}
    for parts in images.maps.values():
        for picture in parts:
            decoded = QImage.fromData(picture.png, "PNG")
            assert (decoded.width(), decoded.height()) == (picture.width_px, picture.height_px)
            width_mm, height_mm, _ = placed_size_mm(picture)
            assert picture.width_px / (width_mm / 25.4) >= 199.9
            assert picture.height_px / (height_mm / 25.4) >= 199.9


def test_step_names_print_at_least_at_the_smallest_chinese_type_size(sample, images):
    for process_map in sample.maps:
        _, height_units = content_size(process_map)
        for picture in images.maps[process_map.id]:
            _, height_mm, _ = placed_size_mm(picture)
            mm_per_unit = height_mm / (height_units + HEADER_HEIGHT)
            assert style.step_font().pixelSize() * mm_per_unit / MM_PER_POINT >= MIN_TEXT_POINTS - 0.01


def test_a_wide_map_is_cut_into_pages_that_together_show_all_of_it(sample, images):
    current = next(m for m in sample.maps if m.kind is MapKind.CURRENT)
    parts = images.maps[current.id]
    assert len(parts) == 2, "the sample's current map is too wide to read on one page"
    assert [p.label for p in parts] == ["选品与资料 – 素材制作", "内部审批 – 平台上架"]
    width_units, height_units = content_size(current)
    pixels_per_unit = parts[0].height_px / (height_units + HEADER_HEIGHT)
    shown = sum(p.width_px / pixels_per_unit - HEADER_WIDTH for p in parts)
    assert shown == pytest.approx(width_units, abs=2)


def test_every_page_repeats_the_lane_headers_and_shows_the_map(images):
    for parts in images.maps.values():
        for picture in parts:
            image = QImage.fromData(picture.png, "PNG")
            header = image.pixelColor(4, image.height() // 2)
            assert header == style.BAND_HEADER_FILL
            inked = sum(
                1
                for x in range(0, image.width(), 4)
                for y in range(0, image.height(), 4)
                if image.pixelColor(x, y).lightness() < 140
            )
            assert inked > 200, "steps, flows and names are drawn"


def test_the_chart_is_drawn_for_the_comparison_and_badges_named_for_the_legend(images):
    assert images.chart is not None and images.chart.width_px == 1260
    assert set(images.badge_letters) == set(FindingType)
    assert len(set(images.badge_letters.values())) == len(FindingType)


def test_a_project_without_target_map_has_no_chart(sample, qapp):
    current_only = sample.model_copy(deep=True)
    current_only.maps = [m for m in current_only.maps if m.kind is MapKind.CURRENT]
    current_only.goals = []
    assert render_manual_images(current_only).chart is None


def test_rendering_can_be_cancelled(sample, qapp):
    with pytest.raises(Cancelled):
        render_manual_images(sample, progress=lambda done, total: False)
