"""Run a long export or import off the GUI thread, with a progress dialog that can cancel it.

The work is a plain function ``work(progress) -> result`` from the core (io.excel, io.word, ...); it calls
``progress(done, total)`` now and then and stops with io.progress.Cancelled when that returns False. The
window stays responsive: the worker thread reports through queued signals, and the dialog only appears
if the job takes longer than a moment.

Running jobs are tracked here, so that quitting can cancel them and wait while they clean up
(``finish_running_jobs``): a worker killed with the process would leave its half-written ``.NAME.tmp`` behind.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..i18n import tr
from ..io.progress import Cancelled

SHOW_AFTER_MS = 400
# How long quitting waits for cancelled jobs: they stop at their next progress report, which comes every few
# hundred rows; only openpyxl's or python-docx's own save runs longer without one.
QUIT_WAIT_SECONDS = 30.0

_running: set[BackgroundJob] = set()  # jobs whose worker thread has not ended; guarded by _running_lock
_running_lock = threading.Lock()
_quit_hooked = False


def running_jobs() -> list[BackgroundJob]:
    """The jobs whose worker thread is still at work."""
    with _running_lock:
        return list(_running)


def finish_running_jobs(timeout: float = QUIT_WAIT_SECONDS) -> bool:
    """Cancel every running job and wait (up to ``timeout`` seconds in all) until their threads have ended
    and cleaned up after themselves. True when none is left running."""
    jobs = running_jobs()
    if not jobs:
        return True
    for job in jobs:
        job.cancel()
    deadline = time.monotonic() + timeout
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        for job in jobs:
            job.wait(max(0.0, deadline - time.monotonic()))
    finally:
        QGuiApplication.restoreOverrideCursor()
    return not running_jobs()


def _hook_quit() -> None:
    """However the application ends (the last window closed, the session ending), running jobs are
    cancelled and waited for first."""
    global _quit_hooked
    app = QCoreApplication.instance()
    if not _quit_hooked and app is not None:
        app.aboutToQuit.connect(finish_running_jobs)
        _quit_hooked = True


class _Relay(QObject):
    """Signals emitted from the worker thread; Qt queues them to the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class BackgroundJob(QObject):
    """One job: ``start()``, then exactly one of ``succeeded(result)``, ``failed(error)`` or ``cancelled()``."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget, label: str, work: Callable[[Callable[[int, int], bool]], Any]) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._relay = _Relay()
        self._relay.progressed.connect(self._show_progress)
        self._relay.succeeded.connect(self._finish_succeeded)
        self._relay.failed.connect(self._finish_failed)
        self._relay.cancelled.connect(self._finish_cancelled)
        self.dialog = QProgressDialog(label, tr("Cancel"), 0, 100, parent)
        self.dialog.setWindowTitle("OpsFlow Desktop")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        _hook_quit()
        self.dialog.setValue(0)
        self._thread = threading.Thread(target=self._run, name="opsflow-job", daemon=True)
        with _running_lock:
            _running.add(self)
        self._thread.start()

    def running(self) -> bool:
        """Whether the worker thread is still at work."""
        return self._thread is not None and self._thread.is_alive()

    def cancel(self) -> None:
        self._stop.set()
        self.dialog.setLabelText(tr("Cancelling…"))

    def wait(self, timeout: float | None = None) -> None:
        """For tests and for quitting: block until the worker thread has ended."""
        if self._thread is not None:
            self._thread.join(timeout)

    # ------------------------------------------------------------ worker thread
    def _run(self) -> None:
        relay = self._relay
        outcome: tuple[Any, tuple[Any, ...]]
        try:
            outcome = (relay.succeeded, (self._work(self._report),))
        except Cancelled:
            outcome = (relay.cancelled, ())
        except Exception as error:  # noqa: BLE001 - every failure reaches the user as a message
            outcome = (relay.failed, (error,))
        # Off the running list before the last signal: once it is delivered the window may delete this job, and
        # the worker must not touch it after that (the process crashed when it did).
        with _running_lock:
            _running.discard(self)
        signal, arguments = outcome
        signal.emit(*arguments)

    def _report(self, done: int, total: int) -> bool:
        self._relay.progressed.emit(done, total)
        return not self._stop.is_set()

    # ------------------------------------------------------------ GUI thread
    def _show_progress(self, done: int, total: int) -> None:
        if not self.dialog.wasCanceled():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    def _finish_succeeded(self, result: object) -> None:
        self._close()
        self.succeeded.emit(result)
        self.deleteLater()

    def _finish_failed(self, error: object) -> None:
        self._close()
        self.failed.emit(error)
        self.deleteLater()

    def _finish_cancelled(self) -> None:
        self._close()
        self.cancelled.emit()
        self.deleteLater()
