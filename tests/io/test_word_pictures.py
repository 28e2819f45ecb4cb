"""How a map is laid out on paper (no Qt): readable text, 200 dpi or more, cut into pages between stages."""

from __future__ import annotations

import pytest

from opsflow_desktop.io.word.page_plan import (
    MIN_TEXT_POINTS,
    PICTURE_AREAS_MM,
    Band,
    Picture,
    placed_size_mm,
    plan_map_pictures,
)

HEADER = (110.0, 30.0)
TEXT_UNITS = 13.0


def bands(*widths: float) -> list[Band]:
    result, left = [], 0.0
    for number, width in enumerate(widths, start=1):
        result.append(Band(f"阶段{number}", left, left + width))
        left += width
    return result


def content(stages: list[Band], lanes_height: float) -> tuple[float, float, float, float]:
    return (-20.0, -20.0, stages[-1].right + 20.0, lanes_height + 20.0)


def test_a_small_map_is_one_picture_at_its_natural_size():
    stages = bands(300, 300)
    plan = plan_map_pictures(content(stages, 320), stages, HEADER, TEXT_UNITS)
    assert len(plan.tiles) == 1 and plan.tiles[0].label == ""
    assert plan.mm_per_unit == pytest.approx(25.4 / 96)


def test_a_wide_map_is_cut_between_stages_into_readable_pages():
    stages = bands(685, 685, 685, 685)  # the sample's current map: 6 lanes, four wide stages
    plan = plan_map_pictures(content(stages, 960), stages, HEADER, TEXT_UNITS)
    assert plan.text_points(TEXT_UNITS) >= MIN_TEXT_POINTS
    assert len(plan.tiles) == 2
    assert [t.label for t in plan.tiles] == ["阶段1 – 阶段2", "阶段3 – 阶段4"]
    assert plan.tiles[0].left == -20 and plan.tiles[-1].right == stages[-1].right + 20
    assert all(a.right == b.left for a, b in zip(plan.tiles, plan.tiles[1:])), "pages join without gap"
    assert plan.tiles[0].right == stages[1].right, "cut at a stage boundary"
    area_w, area_h = PICTURE_AREAS_MM[plan.landscape]
    for tile in plan.tiles:
        assert (HEADER[0] + tile.right - tile.left) * plan.mm_per_unit <= area_w + 1e-6
    assert (HEADER[1] + 1000) * plan.mm_per_unit <= area_h + 1e-6


def test_pages_are_balanced_rather_than_leaving_one_stage_alone():
    stages = bands(700, 700, 700, 300)
    plan = plan_map_pictures(content(stages, 960), stages, HEADER, TEXT_UNITS)
    widths = [t.right - t.left for t in plan.tiles]
    assert len(widths) == 2 and max(widths) < 2 * min(widths)


def test_a_stage_wider_than_a_page_is_cut_inside():
    stages = bands(6000)
    plan = plan_map_pictures(content(stages, 960), stages, HEADER, TEXT_UNITS)
    assert len(plan.tiles) > 2 and {t.label for t in plan.tiles} == {"阶段1"}
    assert plan.text_points(TEXT_UNITS) >= MIN_TEXT_POINTS


def test_a_map_too_tall_to_read_gets_the_largest_text_a_page_allows():
    stages = bands(*[1500] * 4)  # twenty lanes: no page holds them at a readable size
    plan = plan_map_pictures(content(stages, 3200), stages, HEADER, TEXT_UNITS)
    assert not plan.landscape, "portrait pages are taller"
    assert plan.mm_per_unit == pytest.approx(PICTURE_AREAS_MM[False][1] / (3200 + 40 + HEADER[1]))


def test_a_huge_map_is_shrunk_to_a_bounded_number_of_pages():
    stages = bands(*[5000] * 8)
    plan = plan_map_pictures(content(stages, 3200), stages, HEADER, TEXT_UNITS)
    assert len(plan.tiles) <= 30


def test_placing_a_picture_never_enlarges_it():
    small = Picture(b"", 400, 300, 200)
    assert placed_size_mm(small) == pytest.approx((50.8, 38.1, False))
    wide = Picture(b"", 4000, 1000, 200)  # 508 x 127 mm: shrunk onto a landscape page
    width, height, landscape = placed_size_mm(wide)
    assert landscape and width == pytest.approx(PICTURE_AREAS_MM[True][0])
    assert 4000 / (width / 25.4) > 200
