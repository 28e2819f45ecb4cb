"""DocumentController: the open document, its file, its undo history, and autosave.

It owns no widgets; the main window asks the user and calls these methods.

Autosave runs when editing pauses (AUTOSAVE_IDLE_MS without an edit), and during non-stop editing at the first
short gap once the oldest unsaved edit is MAX_UNSAVED_MS old, so about ten seconds of work at most are lost by a
crash; never between two keystrokes of a word. The document is turned into bytes on this thread (it must not change
meanwhile) and written, synced and renamed on a worker thread.
"""

from __future__ import annotations

import gc
import os
import threading
import time
import uuid
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..canvas.undo_bridge import QtUndoStackBridge
from ..editing import DocumentEditor
from ..io import SaveError, load_project, save_project
from ..io.atomic import clean_stale_temporaries
from ..io.progress import Progress
from ..model import Document, Project
from ..paths import sample_project
from . import recovery

AUTOSAVE_IDLE_MS = 2_000  # editing paused this long: write the recovery copy
SHORT_GAP_MS = 400  # ... or, once edits have waited MAX_UNSAVED_MS, at the first pause this long
MAX_UNSAVED_MS = 8_000
AUTOSAVE_INTERVAL_MS = 15_000  # the backstop for editing without any pause, and the retry after a failure
HARD_LIMIT_MS = 30_000  # unsaved edits this old are written even in the middle of typing
RETRY_AFTER_FAILURE_S = 30.0
MAX_RECENT = 8


def _settle_memory() -> None:
    gc.unfreeze()  # the previous document was frozen: let it go
    gc.collect()
    gc.freeze()


class DocumentController(QObject):
    document_replaced = Signal()  # a new Document is loaded: rebuild every view
    dirty_changed = Signal(bool)
    path_changed = Signal()
    autosave_failed = Signal(str)  # once per run of failures: why the recovery copy could not be written
    autosave_recovered = Signal()  # written again after a failure
    _written = Signal(object, object)  # from the worker: (PreparedCopy, SaveError | None)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)  # bound: dropped when the controller dies
        self.undo_stack.indexChanged.connect(self._edited)
        self.session_id = uuid.uuid4().hex[:12]
        recovery.hold_session(self.session_id)  # released by the OS if this process dies
        self.destroyed.connect(partial(recovery.release_session, self.session_id))
        self.path: Path | None = None
        self.doc = Document()
        self.editor = DocumentEditor(self.doc, QtUndoStackBridge(self.undo_stack))
        self._unsaved_since: float | None = None  # monotonic time of the oldest edit not in the recovery copy
        self._last_edit = 0.0
        self._writer: threading.Thread | None = None
        self._writing: recovery.PreparedCopy | None = None
        self._write_again = False
        self._failure: str | None = None  # the reason autosave last failed, until it succeeds again
        self._failed_at = 0.0
        self._written.connect(self._write_finished)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(AUTOSAVE_IDLE_MS)
        self._idle_timer.timeout.connect(self._autosave_when_due)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self._autosave_when_due)
        self._autosave_timer.start()

    def _clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    # --------------------------------------------------------- state
    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        from ..i18n import tr

        return self.path.name if self.path else tr("Untitled")

    def _replace(self, project: Project, path: Path | None, *, dirty: bool = False) -> None:
        old_path = self.path
        self.undo_stack.clear()
        self.doc = Document(project)
        self.editor = DocumentEditor(self.doc, QtUndoStackBridge(self.undo_stack))
        self.path = path
        self.wait_for_autosave()
        recovery.remove_copy(old_path, self.session_id)
        self._unsaved_since = None
        self._idle_timer.stop()
        self.document_replaced.emit()
        # A large document is hundreds of thousands of long-lived objects; without freezing them, Python's
        # cyclic collector keeps walking them all and a pan or drag stutters every few seconds. Done once
        # the map is on screen: a full collection must not delay the first frame.
        QTimer.singleShot(0, _settle_memory)
        if dirty:
            # A restored copy differs from the file on disk: mark it unsaved until the user saves.
            self.undo_stack.resetClean()
            self.dirty_changed.emit(True)
        else:
            self.undo_stack.setClean()
            self.dirty_changed.emit(False)
        self.path_changed.emit()

    # --------------------------------------------------------- files
    def new_blank(self) -> None:
        """A project with one current map of two lanes and three stages, drafted today, its revision record
        opened with the first issue (V1.0), so the manual needs no hand-filled first line."""
        import datetime as dt

        from ..i18n import tr
        from ..model import Revision

        editor = DocumentEditor(Document())
        editor.add_map(
            tr("Current process"),
            lanes=[tr("Department 1"), tr("Department 2")],
            phases=[tr("Stage 1"), tr("Stage 2"), tr("Stage 3")],
        )
        today = dt.date.today()
        editor.set_project_details({"drafted_on": today})
        editor.add_revision(Revision(version="V1.0", sections=tr("All"), summary=tr("First issue"), date=today))
        self._replace(editor.doc.project, None)

    def new_from_sample(self) -> None:
        self._replace(load_project(sample_project()), None)

    def open(self, path: str | Path, progress: Progress | None = None) -> None:
        """Load a file (raises LoadError, or Cancelled from ``progress``, leaving the current document as it
        was)."""
        path = Path(os.path.abspath(path))  # a relative name means the folder of today, not of a restart
        project = load_project(path, progress)
        clean_stale_temporaries(path)  # left by a save that was killed
        self._replace(project, path)
        self.add_recent(path)

    def save(self) -> None:
        assert self.path is not None, "save_as first"
        save_project(self.doc.project, self.path)
        self.undo_stack.setClean()
        self.wait_for_autosave()
        recovery.remove_copy(self.path, self.session_id)
        self._unsaved_since = None
        self.add_recent(self.path)

    def save_as(self, path: str | Path) -> None:
        path = Path(os.path.abspath(path))
        if path.suffix != ".opsflow":
            path = path.with_name(path.name + ".opsflow")
        save_project(self.doc.project, path)
        old = self.path
        self.path = path
        self.wait_for_autosave()
        recovery.remove_copy(old, self.session_id)
        self._unsaved_since = None
        self.undo_stack.setClean()
        self.add_recent(path)
        self.path_changed.emit()

    def restore(self, copy: recovery.RecoveryCopy) -> None:
        """Open a recovery copy as unsaved changes to its original file. The copy is kept, as this session's
        own, until the user saves or the next autosave replaces it: a second crash still finds it."""
        project = copy.load()
        self._replace(project, copy.original, dirty=True)
        recovery.adopt(copy, self.session_id)

    def discard_recovery(self) -> None:
        """The document is being closed on purpose: its recovery copy is no longer needed."""
        self.wait_for_autosave()
        recovery.remove_copy(self.path, self.session_id)
        self._unsaved_since = None

    # --------------------------------------------------------- autosave
    def _edited(self, _index: int) -> None:
        now = time.monotonic()
        self._last_edit = now
        if self._unsaved_since is None:
            self._unsaved_since = now
        overdue = (now - self._unsaved_since) * 1000 >= MAX_UNSAVED_MS
        self._idle_timer.start(SHORT_GAP_MS if overdue else AUTOSAVE_IDLE_MS)

    def _autosave_when_due(self) -> None:
        """From the timers: write in the background; after a failure, try again only every so often."""
        if self._unsaved_since is None or not self.is_dirty():
            return
        now = time.monotonic()
        typing = (now - self._last_edit) * 1000 < SHORT_GAP_MS
        if typing and (now - self._unsaved_since) * 1000 < HARD_LIMIT_MS:
            return  # the idle timer writes it at the next pause
        if self._failure is not None and time.monotonic() - self._failed_at < RETRY_AFTER_FAILURE_S:
            return
        self.autosave_in_background()

    def autosave_in_background(self) -> None:
        """Turn the document into bytes here, write them on a worker thread (one write at a time)."""
        if self._writer is not None:
            self._write_again = True  # written when the running one finishes
            return
        try:
            prepared = recovery.prepare_copy(self.doc.project, self.path, self.session_id)
        except SaveError as error:
            self._report_failure(error)
            return
        self._unsaved_since = None
        self._writing = prepared
        self._writer = threading.Thread(target=self._write, args=(prepared,), name="autosave", daemon=True)
        self._writer.start()

    def _write(self, prepared: recovery.PreparedCopy) -> None:
        try:
            prepared.write()
        except SaveError as error:
            self._written.emit(prepared, error)
        except OSError as error:  # the recovery folder itself vanished, say
            self._written.emit(prepared, SaveError(prepared.path, error.strerror or str(error)))
        else:
            self._written.emit(prepared, None)

    def _write_finished(self, prepared: recovery.PreparedCopy, error: SaveError | None) -> None:
        if self._writing is prepared and self._writer is not None:
            self._writer.join()
            self._writer, self._writing = None, None
        if error is not None:
            if self._unsaved_since is None:
                self._unsaved_since = time.monotonic()  # still not in a copy
            self._report_failure(error)
        else:
            self._succeeded()
            if prepared.path != recovery.slot_for(self.path, self.session_id) or not self.is_dirty():
                prepared.path.unlink(missing_ok=True)  # the document was saved or replaced meanwhile
        if self._write_again:
            self._write_again = False
            self._autosave_when_due()

    def wait_for_autosave(self) -> None:
        """Let a running background write finish (before the copy is removed or replaced)."""
        writer = self._writer
        if writer is not None:
            writer.join()
            self._writer, self._writing = None, None
            self._write_again = False

    def _report_failure(self, error: SaveError) -> None:
        self._failed_at = time.monotonic()
        if self._failure is None:
            from ..i18n import tr

            cause = error.__context__  # the system's own reason (a full disk), when there is one
            reason = cause.strerror if isinstance(cause, OSError) and cause.strerror else error.message
            self._failure = tr(
                "Autosave could not write the recovery copy ({reason}). Your work is still open: save it, "
                "or free some space; autosave will try again.",
                reason=reason,
            )
            self.autosave_failed.emit(self._failure)

    def _succeeded(self) -> None:
        if self._failure is not None:
            self._failure = None
            self.autosave_recovered.emit()

    def autosave_problem(self) -> str | None:
        """Why autosave fails at the moment (None while it works)."""
        return self._failure

    def autosave(self) -> Path | None:
        """Write unsaved work to the recovery folder now, on this thread (never over the user's file). Returns
        the copy, or None when there is nothing unsaved or it could not be written (autosave_failed says why)."""
        if not self.is_dirty():
            return None
        self.wait_for_autosave()
        try:
            path = recovery.write_copy(self.doc.project, self.path, self.session_id)
        except SaveError as error:
            self._report_failure(error)
            return None
        self._unsaved_since = None
        self._succeeded()
        return path

    # --------------------------------------------------------- recent files
    def recent_files(self) -> list[Path]:
        values = QSettings().value("recent_files", []) or []
        # QSettings gives a single entry back as a plain string, and whatever another version stored as it was.
        paths = [values] if isinstance(values, str) else values if isinstance(values, list) else []
        return [Path(v) for v in paths if isinstance(v, str) and Path(v).exists()]

    def add_recent(self, path: Path) -> None:
        paths = [str(path.resolve())] + [str(p) for p in self.recent_files() if p.resolve() != path.resolve()]
        QSettings().setValue("recent_files", paths[:MAX_RECENT])
