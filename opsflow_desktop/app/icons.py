"""Icons of the window: the bundled Lucide SVGs (resources/icons), and the small current/target tab marker.

Drawn once per name and cached; the strokes take the palette's text colour at start, so they suit a light or a
dark desktop theme, and Qt greys them itself for disabled actions.
"""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..i18n import language
from ..model import MapKind
from ..paths import resources_dir

# action key -> icon file (resources/icons/<name>.svg)
ACTION_ICONS = {
    "new_blank": "file-plus",
    "open": "folder-open",
    "save": "save",
    "@undo": "undo-2",
    "@redo": "redo-2",
    "zoom_in": "zoom-in",
    "zoom_out": "zoom-out",
    "fit_all": "maximize",
    "zoom_100": "scan-search",
    "add_lane": "rows-3",
    "add_phase": "columns-3",
    "arrange": "layout-grid",
    "derive": "git-branch-plus",
    "@mark": "flag",
    "export_excel": "file-spreadsheet",
    "export_word": "file-text",
    "import_table": "file-input",
    "project_details": "info",
    "departments": "users",
    "shortcuts": "keyboard",
    "find": "search",
    "interview": "message-square-text",
    "present": "presentation",
    "delete": "trash-2",
    "rename": "pencil",
    "copy": "copy",
    "cut": "scissors",
    "paste": "clipboard-paste",
}
SIZES = (16, 20, 24, 32, 48)
MAP_KIND_COLOURS = {MapKind.CURRENT: QColor("#64748b"), MapKind.TARGET: QColor("#16a34a")}


@cache
def icon(name: str) -> QIcon:
    """A bundled icon by file name; an empty icon if the file is missing (the action keeps its text)."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    colour = QGuiApplication.palette().windowText().color().name() if QGuiApplication.instance() else "#1f2937"
    svg = path.read_bytes().replace(b"currentColor", colour.encode())
    renderer = QSvgRenderer(QByteArray(svg))
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def action_icon(key: str) -> QIcon:
    name = ACTION_ICONS.get(key)
    return icon(name) if name else QIcon()


@lru_cache(maxsize=8)
def _kind_icon(kind: MapKind, lang: str) -> QIcon:
    letter = ("现" if kind is MapKind.CURRENT else "目") if lang != "en" else ("C" if kind is MapKind.CURRENT else "T")
    result = QIcon()
    for size in (16, 20, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MAP_KIND_COLOURS[kind])
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size * 0.22, size * 0.22)
        font = QFont(QGuiApplication.font())
        font.setPixelSize(int(size * 0.68))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), letter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def map_kind_icon(kind: MapKind) -> QIcon:
    """The tab marker: 现 on grey for a current map, 目 on green for a target map (C / T in English)."""
    return _kind_icon(kind, language())
