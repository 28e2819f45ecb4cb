"""New, open, save, recent files, closing and dropped files (a part of MainWindow, kept apart)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..i18n import tr
from ..io import LoadError, SaveError

FILE_FILTER = "OpsFlow (*.opsflow)"


class FileOperations:
    """Mixed into MainWindow; needs ``controller``, ``report()``, ``recent_menu`` and ``save_layout()``."""

    def _update_title(self) -> None:
        title = self.controller.doc.project.meta.title
        parts = [f"{self.controller.display_name()}[*]", title, "OpsFlow Desktop"]
        self.setWindowTitle(" — ".join(p for p in parts if p))

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.controller.is_dirty():
            return True
        answer = QMessageBox.warning(
            self, tr("Unsaved changes"),
            tr("“{name}” has unsaved changes. Save them?", name=self.controller.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return True

    def new_blank(self) -> None:
        if self.maybe_save():
            self.controller.discard_recovery()
            self.controller.new_blank()

    def new_from_sample(self) -> None:
        if self.maybe_save():
            self.controller.discard_recovery()
            self.controller.new_from_sample()

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open project"), self._last_folder(), FILE_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        if not self.maybe_save():
            return False
        previous = self.controller.path
        try:
            self.controller.open(path)
        except LoadError as error:
            QMessageBox.critical(self, tr("Cannot open the file"), str(error))
            return False
        if previous != self.controller.path:
            QSettings().setValue("last_folder", str(Path(path).parent))
        self.report(tr("Opened {name}.", name=Path(path).name))
        return True

    def save(self) -> bool:
        if self.controller.path is None:
            return self.save_as()
        try:
            self.controller.save()
        except SaveError as error:
            QMessageBox.critical(self, tr("Cannot save"), str(error))
            return False
        self.report(tr("Saved {name}.", name=self.controller.display_name()))
        return True

    def save_as(self) -> bool:
        suggested = str(Path(self._last_folder()) / (self.controller.doc.project.meta.title or "process"))
        path, _ = QFileDialog.getSaveFileName(self, tr("Save project as"), suggested + ".opsflow", FILE_FILTER)
        if not path:
            return False
        try:
            self.controller.save_as(path)
        except SaveError as error:
            QMessageBox.critical(self, tr("Cannot save"), str(error))
            return False
        QSettings().setValue("last_folder", str(Path(path).parent))
        self.report(tr("Saved {name}.", name=self.controller.display_name()))
        return True

    def _last_folder(self) -> str:
        return str(QSettings().value("last_folder", str(Path.home())))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.controller.recent_files()
        for path in recent:
            self.recent_menu.addAction(str(path), lambda p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(tr("(none)")).setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.maybe_save():
            self.controller.discard_recovery()
            self.save_layout()
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(url.toLocalFile().endswith(".opsflow") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.toLocalFile().endswith(".opsflow")]
        if paths:
            event.acceptProposedAction()
            self.open_path(paths[0])

