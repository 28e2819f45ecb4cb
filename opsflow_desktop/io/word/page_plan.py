"""The pictures the Word manual embeds, made by the caller (with Qt) and handed to io.word (without Qt),
and the page geometry both sides agree on.

A map is drawn so that its step names stay readable on paper: at least 七号 (5.25 pt, the smallest standard
Chinese type size) and at 200 dpi or more. A map too wide for that on one page is cut into pages at stage
(phase) boundaries, each page repeating the lane headers; lanes are never cut.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import FindingType

MM_PER_INCH = 25.4
MM_PER_POINT = MM_PER_INCH / 72
UNITS_PER_INCH = 96.0  # a map's scene units at 100 % zoom
A4_MM = (210.0, 297.0)
MARGIN_MM = 20.0  # text pages, all four sides
PICTURE_MARGIN_MM = 12.0  # the flowchart pages give the map more room
# Vertical room kept free on a flowchart page for the chapter and map headings, a description and the caption.
PICTURE_RESERVE_MM = 36.0
PICTURE_AREAS_MM = {  # landscape? -> (width, height) a picture may take
    False: (A4_MM[0] - 2 * PICTURE_MARGIN_MM, A4_MM[1] - 2 * PICTURE_MARGIN_MM - PICTURE_RESERVE_MM),
    True: (A4_MM[1] - 2 * PICTURE_MARGIN_MM, A4_MM[0] - 2 * PICTURE_MARGIN_MM - PICTURE_RESERVE_MM),
}
DEFAULT_DPI = 200
MIN_TEXT_POINTS = 5.25  # 七号
MAX_PAGES_PER_MAP = 30  # beyond this a map is shrunk instead of cut into more pages


@dataclass(frozen=True)
class Picture:
    """A PNG and the resolution it was drawn for: ``width_px / dpi`` inches wide at its natural size."""

    png: bytes
    width_px: int
    height_px: int
    dpi: float = DEFAULT_DPI
    label: str = ""  # which part of a map a page shows ("素材制作 – 内部审批"), empty for a whole map

    @property
    def natural_mm(self) -> tuple[float, float]:
        return (self.width_px / self.dpi * MM_PER_INCH, self.height_px / self.dpi * MM_PER_INCH)


@dataclass
class ManualImages:
    """Each map's pictures by map id (one per page, in order), and the current-vs-target metric chart."""

    maps: dict[str, list[Picture]] = field(default_factory=dict)
    chart: Picture | None = None
    # The character each finding type's badge shows on the pictures (瓶, 断 ...), for the legend.
    badge_letters: dict[FindingType, str] = field(default_factory=dict)


def placed_size_mm(picture: Picture, area_mm: tuple[float, float] | None = None) -> tuple[float, float, bool]:
    """(width, height, landscape): the picture at its natural size, or shrunk to fit a flowchart page.

    Pictures never grow, so the printed resolution never drops below the dpi they were drawn at. With
    ``area_mm`` the picture is fitted into that area instead (a chart inside a text page).
    """
    width, height = picture.natural_mm
    if area_mm is not None:
        shrink = min(area_mm[0] / width, area_mm[1] / height, 1.0)
        return width * shrink, height * shrink, False
    fits = {landscape: min(w / width, h / height, 1.0) for landscape, (w, h) in PICTURE_AREAS_MM.items()}
    landscape = fits[True] > fits[False]
    return width * fits[landscape], height * fits[landscape], landscape


# ------------------------------------------------------------------ cutting a map into pages
@dataclass(frozen=True)
class Band:
    """A stage (phase) of the map: its name and its horizontal extent in scene units."""

    name: str
    left: float
    right: float


@dataclass(frozen=True)
class Tile:
    left: float  # scene x range of the map shown on this page (lane headers come on top)
    right: float
    label: str


@dataclass(frozen=True)
class PicturePlan:
    landscape: bool
    mm_per_unit: float  # printed size of one scene unit
    tiles: tuple[Tile, ...]

    def text_points(self, text_units: float) -> float:
        return text_units * self.mm_per_unit / MM_PER_POINT


def _tile(start: float, end: float, bands: list[Band]) -> Tile:
    shown = [b.name for b in bands if b.left < end and b.right > start]
    label = shown[0] if len(shown) == 1 else f"{shown[0]} – {shown[-1]}" if shown else ""
    return Tile(start, end, label)


def _cut(left: float, right: float, bands: list[Band], room: float) -> list[Tile]:
    """Pages of at most ``room`` scene units, cut at stage boundaries where a stage fits, else inside it.

    First the fewest pages (greedy), then the cuts moved to the stage boundaries nearest to equal shares, so
    the last page does not hold one lonely stage. A boundary is only used when it does not leave a page
    less than half full; otherwise the cut goes through the stage.
    """
    edges = sorted({b.left for b in bands} | {b.right for b in bands})
    cuts, start = [], left
    while start + room < right:
        fitting = [e for e in edges if start + room / 2 <= e <= start + room]
        start = fitting[-1] if fitting else start + room
        cuts.append(start)
    pages = len(cuts) + 1
    share = (right - left) / pages
    balanced, start = [], left
    for k in range(1, pages):
        ideal = left + share * k
        near = [e for e in edges if start < e <= start + room and abs(e - ideal) <= share / 3]
        start = min(near, key=lambda e: abs(e - ideal)) if near else min(start + room, ideal)
        balanced.append(start)
    if balanced and right - balanced[-1] <= room:
        cuts = balanced
    bounds = [left, *cuts, right]
    return [_tile(a, b, bands) for a, b in zip(bounds, bounds[1:])]


def plan_map_pictures(
    content: tuple[float, float, float, float], bands: list[Band], header: tuple[float, float], text_units: float
) -> PicturePlan:
    """How to print a map whose drawing spans ``content`` (left, top, right, bottom; scene units, margins
    included) with lane headers ``header[0]`` wide and stage headers ``header[1]`` tall on every page.

    Prefers readable text (≥ 七号), then fewer pages, then larger text. When no page can make the text
    readable (a map of many lanes: lanes are never cut), the larger text wins. Never larger than 100 %.
    """
    left, top, right, bottom = content
    width, height = right - left, bottom - top + header[1]
    natural = MM_PER_INCH / UNITS_PER_INCH
    readable = MIN_TEXT_POINTS * MM_PER_POINT / text_units  # the smallest scale with readable text
    candidates = []
    for landscape, (area_w, area_h) in PICTURE_AREAS_MM.items():
        largest = min(natural, area_h / height)
        whole = min(largest, area_w / (width + header[0]))
        if whole >= readable:
            plan = PicturePlan(landscape, whole, (Tile(left, right, ""),))
        else:
            # The smallest readable scale gives the fewest pages; a huge map is shrunk to MAX_PAGES_PER_MAP.
            scale = min(readable, largest, area_w / (header[0] + width / MAX_PAGES_PER_MAP))
            tiles = _cut(left, right, bands, area_w / scale - header[0])
            bigger = _cut(left, right, bands, area_w / largest - header[0])
            if len(bigger) == len(tiles):
                scale, tiles = largest, bigger
            plan = PicturePlan(landscape, scale, tuple(tiles))
        candidates.append(plan)

    def preference(plan: PicturePlan) -> tuple[bool, float, float]:
        unreadable = plan.text_points(text_units) < MIN_TEXT_POINTS - 1e-9
        return (unreadable, -plan.mm_per_unit if unreadable else len(plan.tiles), -plan.mm_per_unit)

    return min(candidates, key=preference)
