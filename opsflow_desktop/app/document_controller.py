"""DocumentController: the open document, its file, its undo history, and autosave.

It owns no widgets; the main window asks the user and calls these methods.
"""

from __future__ import annotations

import gc
import uuid
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..canvas.undo_bridge import QtUndoStackBridge
from ..editing import DocumentEditor
from ..io import load_project, save_project
from ..model import Document, Project
from ..paths import sample_project
from . import recovery

AUTOSAVE_INTERVAL_MS = 60_000
BURST_EDITS = 20  # an autosave after this many edits, without waiting for the timer
BURST_DELAY_MS = 3_000
MAX_RECENT = 8


def _settle_memory() -> None:
    gc.unfreeze()  # the previous document was frozen: let it go
    gc.collect()
    gc.freeze()


class DocumentController(QObject):
    document_replaced = Signal()  # a new Document is loaded: rebuild every view
    dirty_changed = Signal(bool)
    path_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)  # bound: dropped when the controller dies
        self.undo_stack.indexChanged.connect(self._edited)
        self.session_id = uuid.uuid4().hex[:12]
        self.path: Path | None = None
        self.doc = Document()
        self.editor = DocumentEditor(self.doc, QtUndoStackBridge(self.undo_stack))
        self._edits_since_autosave = 0
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        self._burst_timer = QTimer(self)
        self._burst_timer.setSingleShot(True)
        self._burst_timer.setInterval(BURST_DELAY_MS)
        self._burst_timer.timeout.connect(self.autosave)

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
        recovery.remove_copy(old_path, self.session_id)
        self._edits_since_autosave = 0
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

    def open(self, path: str | Path) -> None:
        """Load a file (raises LoadError, leaving the current document as it was)."""
        path = Path(path)
        project = load_project(path)
        self._replace(project, path)
        self.add_recent(path)

    def save(self) -> None:
        assert self.path is not None, "save_as first"
        save_project(self.doc.project, self.path)
        self.undo_stack.setClean()
        recovery.remove_copy(self.path, self.session_id)
        self.add_recent(self.path)

    def save_as(self, path: str | Path) -> None:
        path = Path(path)
        if path.suffix != ".opsflow":
            path = path.with_name(path.name + ".opsflow")
        save_project(self.doc.project, path)
        old = self.path
        self.path = path
        recovery.remove_copy(old, self.session_id)
        self.undo_stack.setClean()
        self.add_recent(path)
        self.path_changed.emit()

    def restore(self, copy: recovery.RecoveryCopy) -> None:
        """Open a recovery copy as unsaved changes to its original file."""
        project = copy.load()
        self._replace(project, copy.original, dirty=True)
        copy.discard()

    def discard_recovery(self) -> None:
        """The document is being closed on purpose: its recovery copy is no longer needed."""
        recovery.remove_copy(self.path, self.session_id)

    # --------------------------------------------------------- autosave
    def _edited(self, _index: int) -> None:
        self._edits_since_autosave += 1
        if self._edits_since_autosave >= BURST_EDITS and not self._burst_timer.isActive():
            self._burst_timer.start()

    def autosave(self) -> Path | None:
        """Write unsaved work to the recovery folder (never over the user's file)."""
        if not self.is_dirty():
            return None
        self._edits_since_autosave = 0
        return recovery.write_copy(self.doc.project, self.path, self.session_id)

    # --------------------------------------------------------- recent files
    def recent_files(self) -> list[Path]:
        values = QSettings().value("recent_files", []) or []
        # QSettings gives a single entry back as a plain string, and whatever another version stored as it was.
        paths = [values] if isinstance(values, str) else values if isinstance(values, list) else []
        return [Path(v) for v in paths if isinstance(v, str) and Path(v).exists()]

    def add_recent(self, path: Path) -> None:
        paths = [str(path.resolve())] + [str(p) for p in self.recent_files() if p.resolve() != path.resolve()]
        QSettings().setValue("recent_files", paths[:MAX_RECENT])
