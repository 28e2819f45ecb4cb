"""New, open, save, recent files, and the question before unsaved work is closed. A collaborator of the main
window, which keeps the Qt overrides (closing, dropped files) and hands them here."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from ..i18n import tr
from ..io import LoadError, SaveError
from ..io.progress import Cancelled, Progress
from .background_job import finish_running_jobs

FILE_FILTER = "OpsFlow (*.opsflow)"
PROJECT_SUFFIX = ".opsflow"
LARGE_FILE_BYTES = 20_000_000  # about 15,000 steps: opening takes a few seconds


class FileOperations:
    def __init__(self, parent: QWidget, controller, report: Callable[[str], None]) -> None:
        self.parent, self.controller, self.report = parent, controller, report
        self._opening_dialog: QProgressDialog | None = None

    def window_title(self) -> str:
        """ "客诉处理.opsflow[*] — 客诉处理流程说明书 — OpsFlow Desktop" ([*] marks unsaved changes)."""
        title = self.controller.doc.project.meta.title
        parts = [f"{self.controller.display_name()}[*]", title, "OpsFlow Desktop"]
        return " — ".join(p for p in parts if p)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled."""
        if not self.controller.is_dirty():
            return True
        answer = QMessageBox.warning(
            self.parent,
            tr("Unsaved changes"),
            tr("“{name}” has unsaved changes. Save them?", name=self.controller.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
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
        path, _ = QFileDialog.getOpenFileName(self.parent, tr("Open project"), self._last_folder(), FILE_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        if not self.maybe_save():
            return False
        previous = self.controller.path
        try:
            self.controller.open(path, self._opening_progress(Path(path)))
        except LoadError as error:
            QMessageBox.critical(self.parent, tr("Cannot open the file"), str(error))
            return False
        except Cancelled:
            self.report(tr("Opening cancelled; the project open before stays as it was."))
            return False
        finally:
            self._close_opening_dialog()
        if previous != self.controller.path:
            QSettings().setValue("last_folder", str(Path(path).parent))
        self.report(tr("Opened {name}.", name=Path(path).name))
        return True

    def _opening_progress(self, path: Path) -> Progress | None:
        """A large file (tens of MB: a map of tens of thousands of steps) says what it is doing while it loads,
        and can be cancelled between its phases; a small one opens before a dialog could be read."""
        try:
            size = path.stat().st_size
        except OSError:
            return None
        if size < LARGE_FILE_BYTES:
            return None
        dialog = QProgressDialog(
            tr("Opening {name} ({size} MB)…", name=path.name, size=f"{size / 1e6:.0f}"),
            tr("Cancel"),
            0,
            100,
            self.parent,
        )
        dialog.setWindowTitle("OpsFlow Desktop")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        self._opening_dialog = dialog
        QApplication.processEvents()  # painted before the first, longest phase starts

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total - 1))
            if done >= total and not dialog.wasCanceled():
                # Read and checked; what remains is drawing the map, which cannot stop half-way.
                dialog.setLabelText(tr("Drawing the map of {name}…", name=path.name))
                dialog.setCancelButton(None)
            QApplication.processEvents()
            return not dialog.wasCanceled()

        return progress

    def _close_opening_dialog(self) -> None:
        dialog, self._opening_dialog = self._opening_dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def save(self) -> bool:
        if self.controller.path is None:
            return self.save_as()
        try:
            self.controller.save()
        except SaveError as error:
            QMessageBox.critical(self.parent, tr("Cannot save"), str(error))
            return False
        self.report(tr("Saved {name}.", name=self.controller.display_name()))
        return True

    def save_as(self) -> bool:
        suggested = str(Path(self._last_folder()) / (self.controller.doc.project.meta.title or "process"))
        path, _ = QFileDialog.getSaveFileName(
            self.parent, tr("Save project as"), suggested + PROJECT_SUFFIX, FILE_FILTER
        )
        if not path:
            return False
        try:
            self.controller.save_as(path)
        except SaveError as error:
            QMessageBox.critical(self.parent, tr("Cannot save"), str(error))
            return False
        QSettings().setValue("last_folder", str(Path(path).parent))
        self.report(tr("Saved {name}.", name=self.controller.display_name()))
        return True

    def close_document(self) -> bool:
        """The window is closing: True when it may (saved, discarded, or nothing to save)."""
        if not self.maybe_save():
            return False
        # An export or import still running is cancelled and waited for: killed with the process, it would
        # leave its temporary file behind (or finish writing after the window has gone).
        finish_running_jobs()
        self.controller.discard_recovery()
        return True

    @staticmethod
    def project_files(urls) -> list[str]:  # noqa: ANN001 - QUrl list from a drop
        return [url.toLocalFile() for url in urls if url.toLocalFile().endswith(PROJECT_SUFFIX)]

    def _last_folder(self) -> str:
        return str(QSettings().value("last_folder", str(Path.home())))

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.controller.recent_files()
        for path in recent:
            menu.addAction(str(path), partial(self.open_path, path))
        if not recent:
            menu.addAction(tr("(none)")).setEnabled(False)
