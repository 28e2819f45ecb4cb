"""The audience window: full screen on the projector, one map (or current above target) and nothing else but
a banner while a vote runs, the capture line when it is open (one screen), the ranking, and a blank screen.

Keys reach the presentation through its event filter; the window only shows what it is told.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...canvas import projector
from ...canvas.audience_view import AudienceView
from ...canvas.scene import MapScene
from ...i18n import tr
from .capture_bar import CaptureBar


def key_help() -> list[tuple[str, str]]:
    return [
        (tr("PgDn → ↓ Space"), tr("Next stage, or next step")),
        (tr("PgUp ← ↑ Backspace"), tr("Previous stage, or previous step")),
        (tr("Enter"), tr("Step by step through the stage, and back")),
        (tr("Tab"), tr("From the step to each of its hand-offs")),
        (tr("Home / O"), tr("Overview of the whole map")),
        (tr("Click a step"), tr("Go to that step")),
        ("B G S D N R C P I", tr("Mark a finding on the step or hand-off")),
        (tr("M"), tr("Capture what was said, and who said it")),
        (tr("V"), tr("Start the dot vote; again: end it and rank")),
        (tr("1–99 Enter"), tr("A dot for finding no. …  (Shift+Enter takes it back)")),
        (tr("3=5 Enter"), tr("The room's count for no. 3: 5 dots (a tally)")),
        (tr("L"), tr("Show or hide the ranking")),
        (tr("T / X"), tr("Current ↔ target map / current above target")),
        (tr("W"), tr("The workshop record: attendees, agenda, decisions, actions")),
        (tr(". (full stop)"), tr("Blank the screen, and back")),
        (tr("Ctrl+Z"), tr("Undo")),
        (tr("F1"), tr("This help")),
        (tr("Esc"), tr("End the presentation")),
    ]


def help_html() -> str:
    rows = "".join(f"<tr><td><b>{keys}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>" for keys, what in key_help())
    heading = tr("Keys while presenting")
    return f"<h3>{heading}</h3><table>{rows}</table>"


class AudienceWindow(QWidget):
    def __init__(self, on_close: Callable[[], None]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("audience")
        self.setWindowTitle(tr("OpsFlow — presentation"))
        self.setStyleSheet("#audience { background: white; }")
        self._on_close = on_close
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Current above target: swimlane maps are wide, so two of them share the screen's height, not its width.
        self.views_row = QVBoxLayout()
        self.views_row.setSpacing(6)
        layout.addLayout(self.views_row, 1)
        self.capture = CaptureBar()
        self.capture.hide()
        layout.addWidget(self.capture)
        self.views: list[AudienceView] = []
        # Over the map, not in the layout: the map does not jump when a banner comes and goes.
        self.banner = QLabel(self)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()
        self.overlay = QLabel(self)  # the key help (one screen) or the ranking
        self.overlay.setTextFormat(Qt.TextFormat.RichText)
        self.overlay.setWordWrap(True)
        self.overlay.hide()
        self.overlay_kind = ""
        self.curtain = QWidget(self)  # the clicker's blank screen
        self.curtain.setStyleSheet("background: black;")
        self.curtain.hide()

    def set_scenes(self, scenes: list[MapScene]) -> list[AudienceView]:
        """One view per map shown (two: current above target), each in the projector theme."""
        for view in self.views:
            self.views_row.removeWidget(view)
            view.deleteLater()
        self.views = [AudienceView(scene, self) for scene in scenes]
        for view in self.views:
            self.views_row.addWidget(view, 1)
        self._style_texts()
        for widget in (self.banner, self.overlay, self.curtain):
            widget.raise_()
        return self.views

    def _style_texts(self) -> None:
        pixels = max(14, self.height() // projector.TEXT_SHARE)
        self.banner.setStyleSheet(
            f"background: rgba(17,24,39,230); color: white; font-size: {pixels}px; font-weight: bold; padding: 6px;"
        )
        self.overlay.setStyleSheet(
            f"background: rgba(17,24,39,235); color: white; font-size: {pixels}px; padding: 18px; border-radius: 12px;"
        )
        self.capture.set_pixel_size(max(14, pixels * 4 // 5))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._style_texts()
        self._place_overlays()

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self._place_overlays()
        self.banner.raise_()
        if self.views:
            inset = self.banner.height() if text else 0
            if self.views[0].top_inset != inset:
                self.views[0].top_inset = inset
                self.views[0].viewport().update()

    def toggle_overlay(self, kind: str, html: str) -> None:
        """Show ``html`` over the map (``kind`` "help" or "ranking"); the same kind again hides it."""
        if self.overlay.isVisible() and self.overlay_kind == kind:
            self.hide_overlay()
            return
        self.show_overlay(kind, html)

    def show_overlay(self, kind: str, html: str) -> None:
        self.overlay_kind = kind
        self.overlay.setText(html)
        self._place_overlays()
        self.overlay.show()
        self.overlay.raise_()

    def hide_overlay(self) -> None:
        self.overlay.hide()
        self.overlay_kind = ""

    def toggle_blank(self) -> None:
        self.curtain.setGeometry(self.rect())
        self.curtain.setVisible(not self.curtain.isVisible())
        self.curtain.raise_()

    def blanked(self) -> bool:
        return self.curtain.isVisible()

    def _place_overlays(self) -> None:
        self.banner.setFixedWidth(self.width())
        self.banner.adjustSize()
        self.banner.move(0, 0)
        width = min(self.width() - 40, max(480, self.width() * 11 // 20))
        self.overlay.setFixedWidth(width)
        self.overlay.adjustSize()
        self.overlay.move(self.width() - width - 20, max(20, (self.height() - self.overlay.height()) // 2))
        self.curtain.setGeometry(self.rect())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - the window manager closed it: end the show
        self._on_close()
        super().closeEvent(event)
