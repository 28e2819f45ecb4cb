"""The bundled Simplified-Chinese font, so Chinese renders on machines without a CJK font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ..paths import resources_dir

BUNDLED_FAMILY = "Noto Sans SC OpsFlow"
_registered: list[str] | None = None


def register_bundled_fonts() -> list[str]:
    """Load the bundled font once per process and put it into the application font's family list.

    Listing it right after the default family means Latin text keeps the system look, while every
    hanzi comes from the bundled Simplified-Chinese face (not from a Japanese fallback, not a box).
    """
    global _registered
    if _registered is not None:
        return _registered
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    app = QGuiApplication.instance()
    if app is not None and families:
        font = QFont(QGuiApplication.font())
        font.setFamilies([font.family(), *families])
        QGuiApplication.setFont(font)
    _registered = families
    return families
