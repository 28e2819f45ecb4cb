"""Start the window: Qt application, fonts, language, error handling, recovery, then the document."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from .. import __version__
from ..canvas.fonts import register_bundled_fonts
from ..i18n import tr
from ..io import LoadError
from ..paths import sample_project
from ..runtime import tune_garbage_collector
from . import recovery
from .canvas_operations import release_clipboard
from .document_controller import DocumentController
from .errors import install_error_handling
from .language import LanguageManager
from .main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    app = cast(QApplication, QApplication.instance()) or QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setOrganizationName("OpsFlow")
    QCoreApplication.setApplicationName("OpsFlow Desktop")
    QCoreApplication.setApplicationVersion(__version__)
    register_bundled_fonts()
    tune_garbage_collector()
    app.aboutToQuit.connect(release_clipboard)
    return app


def offer_recovery(window: MainWindow) -> bool:
    """After a crash: offer each recovery copy, newest first; the first one accepted is opened (its copy kept,
    as this session's, until the user saves), the ones declined are removed, the others stay for the next start.
    True if one was restored."""
    for copy in recovery.pending_copies():
        name = copy.original.name if copy.original else tr("an unsaved project")
        answer = QMessageBox.question(
            window,
            tr("Restore unsaved work?"),
            tr("OpsFlow Desktop did not close properly last time. Restore the unsaved changes to {name}?", name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            copy.discard()
            continue
        try:
            window.controller.restore(copy)
        except LoadError as error:
            QMessageBox.warning(window, tr("Cannot restore"), str(error))
            copy.discard()
            continue
        return True
    return False


def watch_autosave(window: MainWindow) -> QLabel:
    """Say once, without a dialog, that autosave fails and why (a full disk): a note in the status bar that
    stays, with the reason as its tooltip, until a copy is written again. Work goes on meanwhile."""
    note = QLabel(window)
    note.setObjectName("autosave_note")
    note.setStyleSheet("color: #b42318;")
    note.hide()
    window.statusBar().addPermanentWidget(note)

    def failed(reason: str) -> None:
        note.setText(tr("Autosave failed"))
        note.setToolTip(reason)
        note.show()
        window.statusBar().showMessage(reason, 30_000)

    def recovered() -> None:
        note.hide()
        window.statusBar().showMessage(tr("Autosave works again."), 6_000)

    window.controller.autosave_failed.connect(failed)
    window.controller.autosave_recovered.connect(recovered)
    return note


def build_window(path: str | None = None) -> MainWindow:
    languages = LanguageManager()
    languages.apply(languages.initial_language())
    controller = DocumentController()
    window = MainWindow(controller, languages)
    watch_autosave(window)
    if not offer_recovery(window):
        if path and Path(path).resolve() != sample_project().resolve():
            window.files.open_path(Path(path))
        else:
            # A copy of the sample, untitled: saving must never write over the bundled file.
            controller.new_from_sample()
    return window


def run(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    app = create_application(argv)
    install_error_handling()
    path = next((a for a in argv[1:] if not a.startswith("-")), None)
    window = build_window(path)
    window.show()  # each map opens at its start when its tab is first shown
    return app.exec()
