"""Band geometry: where lanes and phases start, which band holds a point, how bands shift."""

from opsflow_desktop.layout.bands import Band, band_at, extent, shifts, starts

LANES = [Band("a", 100), Band("b", 50), Band("c", 200)]


def test_starts_and_extent():
    assert starts(LANES) == {"a": 0, "b": 100, "c": 150}
    assert extent(LANES) == 350


def test_band_at():
    assert [band_at(LANES, y) for y in (-1, 0, 99.9, 100, 149, 150, 349, 350)] == [
        None,
        "a",
        "a",
        "b",
        "b",
        "c",
        "c",
        None,
    ]


def test_shifts_after_reorder_resize_and_removal():
    assert shifts(LANES, [LANES[1], LANES[0], LANES[2]]) == {"b": -100, "a": 50}
    assert shifts(LANES, [Band("a", 130), *LANES[1:]]) == {"b": 30, "c": 30}
    assert shifts(LANES, [LANES[0], LANES[2]]) == {"c": -50}
