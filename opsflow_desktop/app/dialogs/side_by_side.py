"""Current and target maps next to each other, with their differences coloured (added, changed, removed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QSplitter, QVBoxLayout, QWidget

from ...canvas.scene import MapScene
from ...canvas.view import MapView
from ...i18n import tr


class SideBySideWindow(QDialog):
    def __init__(self, window, current_id: str, target_id: str) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("Current and target side by side"))
        self.resize(1500, 800)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.views: list[MapView] = []
        for map_id in (current_id, target_id):
            scene = MapScene(window.controller.editor, map_id)
            view = MapView(scene)
            view.opens_whole = True
            scene.setParent(view)
            scene.set_overlays(window.analysis_panel.differences_only(map_id))
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            title = QLabel(window.controller.doc.get(map_id).name)
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(title)
            layout.addWidget(view)
            splitter.addWidget(box)
            self.views.append(view)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        legend = QLabel(tr("Green: added · Orange: changed · Blue: merged · Purple: split · Red: removed"))
        layout.addWidget(legend)

    def done(self, result: int) -> None:
        for view in self.views:
            view.scene().detach()
        super().done(result)
