"""Export to Excel and Word (the manual, a workshop's minutes), import planning tables. A collaborator of the main
window.

Exports work on a copy of the project taken when the user clicks, so editing can go on meanwhile and the
file shows exactly what was on screen at that moment. The core writes to a temporary file and renames it
only at the end, so a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..analysis.report import analyze_project
from ..canvas.refusals import attempt
from ..editing.table_import import ImportReport
from ..i18n import tr
from ..io import SaveError
from ..io.excel.reader import TableImportError, read_planning_tables
from ..io.excel.writer import write_workbook
from ..io.progress import Cancelled
from .background_job import BackgroundJob
from .map_tabs import MapTabs
from .project_operations import ProjectOperations

_log = logging.getLogger(__name__)
EXCEL_FILTER = "Excel (*.xlsx)"
WORD_FILTER = "Word (*.docx)"


class ExportOperations:
    def __init__(
        self, parent: QWidget, controller, report: Callable[[str], None], project: ProjectOperations, tabs: MapTabs
    ) -> None:
        self.parent, self.controller, self.report, self.project, self.tabs = parent, controller, report, project, tabs
        self.import_message: QMessageBox | None = None

    def export_excel(self) -> None:
        """File → Export to Excel: first say what would print empty (and offer to fill it), then ask where."""
        self.project.ready_for_export(self._choose_excel_file)

    def _choose_excel_file(self) -> None:
        path = self._ask_export_path(tr("Export planning tables to Excel"), ".xlsx", EXCEL_FILTER)
        if path:
            self.export_excel_to(path)

    def export_excel_to(self, path: str | Path) -> BackgroundJob:
        project = self.controller.doc.project.model_copy(deep=True)

        def work(progress):  # noqa: ANN001, ANN202 - runs in the worker thread
            write_workbook(project, path, analysis=analyze_project(project), progress=progress)
            return path

        return self._run_export(tr("Exporting the planning tables…"), work)

    def export_word(self) -> None:
        self.project.ready_for_export(self._choose_word_file)

    def _choose_word_file(self) -> None:
        path = self._ask_export_path(tr("Export the process manual to Word"), ".docx", WORD_FILTER)
        if path:
            self.export_word_to(path)

    def export_word_to(self, path: str | Path) -> BackgroundJob | None:
        from ..io.word.manual import write_manual

        project, analysis, images = self._draw_manual_pictures()
        if images is None:
            return None

        def work(progress):  # noqa: ANN001, ANN202 - runs in the worker thread
            write_manual(project, path, images=images, analysis=analysis, progress=progress)
            return path

        return self._run_export(tr("Writing the process manual…"), work)

    def import_planning_table(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent, tr("Import planning table"), self._export_folder(), EXCEL_FILTER
        )
        if path:
            self.import_planning_table_from(path)

    def import_planning_table_from(self, path: str | Path) -> BackgroundJob:
        job = BackgroundJob(
            self.parent,
            tr("Reading {name}…", name=Path(path).name),
            lambda progress: read_planning_tables(path, progress),
        )
        job.succeeded.connect(lambda tables: self._apply_tables(tables, Path(path)))
        job.failed.connect(lambda error: self._show_job_error(tr("Cannot import the planning table"), error))
        job.cancelled.connect(lambda: self.report(tr("Import cancelled; nothing was changed.")))
        job.start()
        return job

    def export_minutes(self, workshop_id: str) -> None:
        """File → Export workshop minutes: ask where, then write the minutes (研讨会纪要) of that workshop."""
        from ..io.word.minutes_source import find_workshop

        workshop = find_workshop(self.controller.doc.project, workshop_id)
        if workshop is None:
            self.report(tr("The project has no workshop record, so there are no minutes to write."))
            return
        base = tr("{title} minutes", title=workshop.title or tr("Workshop"))
        path = self._ask_export_path(tr("Export the workshop minutes to Word"), ".docx", WORD_FILTER, base=base)
        if path:
            self.export_minutes_to(path, workshop_id)

    def export_minutes_to(self, path: str | Path, workshop_id: str) -> BackgroundJob | None:
        """Write the minutes of ``workshop_id`` (its id or title) to ``path`` with pictures of the maps its
        findings and votes concern; None when there is no such workshop or the drawing was cancelled."""
        from ..canvas.manual_pictures import render_maps
        from ..io.word.minutes import write_minutes
        from ..io.word.minutes_source import find_workshop, minutes_map_ids

        project = self.controller.doc.project.model_copy(deep=True)
        workshop = find_workshop(project, workshop_id)
        if workshop is None:
            self.report(tr("The project has no workshop “{name}”.", name=workshop_id))
            return None
        images = self._draw_pictures(
            tr("Drawing the maps for the minutes…"),
            lambda progress: render_maps(project, minutes_map_ids(project, workshop), progress=progress),
        )
        if images is None:
            return None

        def work(progress):  # noqa: ANN001, ANN202 - runs in the worker thread
            write_minutes(project, workshop.id, path, images=images, progress=progress)
            return path

        return self._run_export(tr("Writing the workshop minutes…"), work)

    def _draw_manual_pictures(self):  # noqa: ANN202
        """A copy of the project, its analysis, and the maps and chart painted here on the GUI thread, where
        Qt's graphics scene must live; images is None when cancelled."""
        from ..canvas.manual_pictures import render_manual_images

        holder = {}

        def draw(progress):  # noqa: ANN001, ANN202
            holder["project"] = project = self.controller.doc.project.model_copy(deep=True)
            holder["analysis"] = analysis = analyze_project(project)
            return render_manual_images(project, analysis, progress=progress)

        images = self._draw_pictures(tr("Drawing the maps for the manual…"), draw)
        return holder.get("project"), holder.get("analysis"), images

    def _draw_pictures(self, text: str, draw):  # noqa: ANN001, ANN202
        """``draw(progress)`` run on the GUI thread behind a progress dialog that shows at once; the window keeps
        answering between pages (a 5,000-step map is 36 pages, about 6 s) and Cancel works. None when
        cancelled."""
        dialog = QProgressDialog(text, tr("Cancel"), 0, 100, self.parent)
        dialog.setWindowTitle("OpsFlow Desktop")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        QApplication.processEvents()  # paint the dialog before the copy and the analysis take their moment

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total - 1))  # the last step belongs to writing the file
            QApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            return draw(progress)
        except Cancelled:
            self.report(tr("Export cancelled; no file was written."))
            return None
        finally:
            dialog.close()
            dialog.deleteLater()

    # ------------------------------------------------------------ helpers
    def _ask_export_path(self, title: str, suffix: str, file_filter: str, base: str = "") -> str:
        """The file to write, suggested as "<project title> <version><suffix>" or "<base><suffix>"."""
        meta = self.controller.doc.project.meta
        if base:
            name = base + suffix
        else:
            base = meta.title or self.controller.display_name().removesuffix(".opsflow") or "process"
            name = f"{base} {meta.version}{suffix}" if meta.version else base + suffix
        path, _ = QFileDialog.getSaveFileName(self.parent, title, str(Path(self._export_folder()) / name), file_filter)
        if path and not path.lower().endswith(suffix):
            path += suffix
        if path:
            QSettings().setValue("export_folder", str(Path(path).parent))
        return path

    def _export_folder(self) -> str:
        return str(QSettings().value("export_folder", QSettings().value("last_folder", str(Path.home()))))

    def _run_export(self, label: str, work) -> BackgroundJob:  # noqa: ANN001
        job = BackgroundJob(self.parent, label, work)
        job.succeeded.connect(lambda path: self.report(tr("Exported {name}.", name=Path(path).name)))
        job.failed.connect(lambda error: self._show_job_error(tr("Export failed"), error))
        job.cancelled.connect(lambda: self.report(tr("Export cancelled; no file was written.")))
        job.start()
        return job

    def _show_job_error(self, title: str, error: object) -> None:
        if isinstance(error, SaveError | TableImportError):
            message = f"{error.path}: {error.message}"
        else:
            _log.error("background job failed", exc_info=error if isinstance(error, BaseException) else None)
            message = tr("Unexpected error: {error}", error=f"{type(error).__name__}: {error}")
        QMessageBox.warning(self.parent, title, message)

    def _apply_tables(self, tables: list, source: Path) -> list[ImportReport] | None:
        reports = attempt(self.controller.editor.import_tables, tables, fallback_name=source.stem)
        if reports is None:  # refused, e.g. a signed-off document: said in the status bar
            return None
        for report in reports:
            if report.map_id in self.controller.doc:
                self.tabs.open(report.map_id, focus=report is reports[0])  # a new tab opens at its start
        problems = [problem for report in reports for problem in report.problems]
        summary = "\n".join(report.summary() for report in reports)
        self.report(tr("Imported {name}.", name=source.name))
        box = QMessageBox(
            QMessageBox.Icon.Information if not problems else QMessageBox.Icon.Warning,
            tr("Planning table imported"),
            summary,
            QMessageBox.StandardButton.Ok,
            self.parent,
        )
        if problems:
            box.setInformativeText(
                tr(
                    "{count} notes on the rows; see the details. Undo (Ctrl+Z) takes the whole import back.",
                    count=len(problems),
                )
            )
            box.setDetailedText("\n".join(problems))
        box.open()  # not exec(): the window stays usable while the message is shown
        self.import_message = box
        return reports
