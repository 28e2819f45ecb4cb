"""Any unexpected exception becomes a readable dialog and a log entry; the window stays usable."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from ..canvas.refusals import is_refusal, refuse
from ..i18n import tr
from ..model import events

_log = logging.getLogger("opsflow")
_showing = False


def log_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "opsflow.log"


def install_error_handling() -> None:
    handler = RotatingFileHandler(log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    sys.excepthook = _excepthook
    events.handler_error_hook = lambda signal, error: report_exception(type(error), error, error.__traceback__)


def _excepthook(kind, value, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    if is_refusal(value):
        refuse(value)  # a refused edit that no call site caught: a status message, not an error
        return
    report_exception(kind, value, tb)


def report_exception(kind, value, tb) -> None:
    """Log the full traceback; show the user what happened in one readable message."""
    global _showing
    details = "".join(traceback.format_exception(kind, value, tb))
    _log.error("unexpected error\n%s", details)
    if _showing or QApplication.instance() is None:
        return
    _showing = True  # one dialog at a time, even if the error repeats while it is open
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(tr("Something went wrong"))
        box.setText(tr("OpsFlow Desktop hit an unexpected problem: {error}", error=str(value) or kind.__name__))
        box.setInformativeText(
            tr(
                "Your document is still open and unchanged by this error; save it to be safe. "
                "Details were written to {log}.",
                log=log_path(),
            )
        )
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing = False
