"""Which screen the room sees: the one chosen in 研讨会 → 投影屏幕 while it is connected, else any screen that is
not the laptop's, else the laptop's own."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu

from ...i18n import tr

SCREEN_SETTING = "presentation/screen"


def projector_screen(laptop: QScreen | None) -> QScreen:
    """The screen the room sees: the one chosen in the Workshop menu if it is connected, else any screen that
    is not the laptop's, else the laptop's own (one screen: the audience view covers it)."""
    screens = QGuiApplication.screens()
    chosen = QSettings().value(SCREEN_SETTING, "", str)
    for screen in screens:
        if chosen and screen_key(screen) == chosen:
            return screen
    others = [s for s in screens if s is not laptop]
    return others[0] if others else (laptop or QGuiApplication.primaryScreen())


def screen_key(screen: QScreen) -> str:
    """How the setting names a screen: X gives every screen of a display the same name, so its size too."""
    size = screen.geometry()
    return f"{screen.name()} {size.width()}×{size.height()}"


def fill_screen_menu(menu: QMenu) -> None:
    """Workshop → Projector screen: the connected screens; the one ticked gets the audience view."""
    menu.clear()
    chosen = QSettings().value(SCREEN_SETTING, "", str)
    automatic = menu.addAction(tr("Automatic (the screen that is not the laptop's)"))
    automatic.setCheckable(True)
    automatic.setChecked(not chosen)
    automatic.triggered.connect(lambda: QSettings().setValue(SCREEN_SETTING, ""))
    for screen in QGuiApplication.screens():
        key = screen_key(screen)
        action = menu.addAction(key)
        action.setCheckable(True)
        action.setChecked(key == chosen)
        action.triggered.connect(lambda _checked=False, key=key: QSettings().setValue(SCREEN_SETTING, key))
