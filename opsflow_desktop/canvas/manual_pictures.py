"""The pictures of the Word manual, drawn with Qt: every map (cut into pages at stage boundaries when it is too
wide to read on one) and the current-vs-target chart. Needs a QApplication; io.word embeds the result.

The pages of a map are drawn straight from one MapScene, each with the lane headers on its left and the
headers of the stages it shows on top, so a page never holds more pixels than it prints.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from ..analysis.report import ProjectAnalysis, analyze_project
from ..editing import DocumentEditor
from ..io.progress import Progress, Tracker
from ..io.tables import metric_rows
from ..io.word.page_plan import (
    DEFAULT_DPI,
    MM_PER_INCH,
    Band,
    ManualImages,
    Picture,
    PicturePlan,
    Tile,
    plan_map_pictures,
)
from ..model import Document, FindingType, Project
from . import style
from .chart import draw_metric_chart
from .fonts import register_bundled_fonts
from .items.badges import badge_letter
from .render import HEADER_HEIGHT, HEADER_WIDTH, draw_band_headers
from .scene import MapScene

RENDER_MARGIN = 20.0  # white space around the map's content, scene units (as render_map leaves)
# Light zlib compression: a third faster than the default on opaque pictures, a third larger (about 100 KB a
# page), and this runs on the GUI thread.
PNG_QUALITY = 80


def png_picture(image: QImage, dpi: float, label: str = "") -> Picture:
    image.setDotsPerMeterX(round(dpi / 0.0254))  # so Word shows the picture at the intended size
    image.setDotsPerMeterY(round(dpi / 0.0254))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", PNG_QUALITY)  # type: ignore[call-overload]  # the stubs say bytes; PySide6 6.11 takes only str
    buffer.close()
    return Picture(bytes(data.data()), image.width(), image.height(), dpi, label)


def plan_for_scene(scene: MapScene) -> PicturePlan:
    content = scene.content_rect().adjusted(-RENDER_MARGIN, -RENDER_MARGIN, RENDER_MARGIN, RENDER_MARGIN)
    bands = [Band(phase.name, rect.left(), rect.right()) for phase, rect in scene.phase_rects()]
    return plan_map_pictures(
        (content.left(), content.top(), content.right(), content.bottom()),
        bands,
        (HEADER_WIDTH, HEADER_HEIGHT),
        style.step_font().pixelSize(),
    )


def render_tile(scene: MapScene, tile: Tile, top: float, bottom: float, pixels_per_unit: float) -> QImage:
    """Scene x from tile.left to tile.right, y from top to bottom, with lane and stage headers."""
    area = QRectF(tile.left, top, tile.right - tile.left, bottom - top)
    size = QSize(
        round((HEADER_WIDTH + area.width()) * pixels_per_unit), round((HEADER_HEIGHT + area.height()) * pixels_per_unit)
    )
    image = QImage(size, QImage.Format.Format_RGB32)  # opaque: smaller and faster to encode than ARGB
    image.fill(style.CANVAS)
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(pixels_per_unit, pixels_per_unit)
        painter.translate(HEADER_WIDTH - area.left(), HEADER_HEIGHT - area.top())
        scene.render(painter, area, area)
        draw_band_headers(painter, scene, area)
    finally:
        painter.end()
    return image


def render_map_pictures(
    editor: DocumentEditor, map_id: str, dpi: float = DEFAULT_DPI, page_done: Callable[[int, int], None] | None = None
) -> list[Picture]:
    """One picture per page the map needs, at ``dpi`` once placed at its natural size.

    ``page_done(page, pages)`` is called after each page: a large map needs dozens, and the window uses
    the pause to keep itself responsive and to let the user cancel.
    """
    scene = MapScene(editor, map_id)
    try:
        scene.finish_routing()
        scene.set_detailed(True)
        plan = plan_for_scene(scene)
        content = scene.content_rect().adjusted(-RENDER_MARGIN, -RENDER_MARGIN, RENDER_MARGIN, RENDER_MARGIN)
        pixels_per_unit = plan.mm_per_unit / MM_PER_INCH * dpi
        pictures = []
        for number, tile in enumerate(plan.tiles, start=1):
            image = render_tile(scene, tile, content.top(), content.bottom(), pixels_per_unit)
            pictures.append(png_picture(image, dpi, tile.label if len(plan.tiles) > 1 else ""))
            if page_done is not None:
                page_done(number, len(plan.tiles))
        return pictures
    finally:
        scene.detach()


def render_manual_images(
    project: Project,
    analysis: ProjectAnalysis | None = None,
    dpi: float = DEFAULT_DPI,
    progress: Progress | None = None,
) -> ManualImages:
    """Every map of ``project`` and the metric chart, ready for io.word.write_manual.

    ``progress`` is told after each page and may cancel (Cancelled is raised). Qt must be able to paint here:
    a QApplication exists. The graphics scene belongs to the thread that made it: call this on the GUI thread.
    """
    images = render_maps(project, [m.id for m in project.maps], dpi, progress)
    rows = metric_rows(project, analysis or analyze_project(project))
    if rows:
        images.chart = png_picture(draw_metric_chart(rows, dpi), dpi)
    return images


def render_maps(
    project: Project,
    map_ids: list[str],
    dpi: float = DEFAULT_DPI,
    progress: Progress | None = None,
) -> ManualImages:
    """The pictures of the maps ``map_ids`` only: all of them for the manual, those a workshop discussed for its
    minutes. Progress is counted in steps drawn, and may cancel."""
    if not isinstance(QApplication.instance(), QApplication):
        # Without one, QGraphicsScene crashes the process instead of raising.
        raise RuntimeError("drawing a map needs a QApplication (the map is drawn by a QGraphicsScene)")
    register_bundled_fonts()
    maps = {m.id: m for m in project.maps}
    # Work is counted in steps drawn, so one big map moves the bar as much as many small ones.
    tracker = Tracker(progress, sum(len(maps[i].steps) + 1 for i in map_ids) + 1)
    editor = DocumentEditor(Document(project))
    images = ManualImages(badge_letters={t: badge_letter(t) for t in FindingType})
    for map_id in map_ids:
        share = len(maps[map_id].steps) + 1
        done_before = tracker.done

        def page_done(page: int, pages: int, done_before: int = done_before, share: int = share) -> None:
            tracker.advance(done_before + share * page // pages - tracker.done)

        images.maps[map_id] = render_map_pictures(editor, map_id, dpi, page_done)
    tracker.advance()
    return images
