"""The Sign-off menu and the read-only state of a signed-off document. A collaborator of the main window.

The rules live in the core (editing/signoff.py): a signed-off document refuses edits whatever widget asks.
This part asks the user, shows the banner and status, and disables the actions that would only be refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from ..canvas.refusals import accepted
from ..i18n import tr
from ..labels import label
from ..model import DocumentStatus
from ..model.signing import changed_parts, content_hash, describe_changes, open_slots, part_digests
from .actions import EDITING_ACTIONS
from .dialogs.open_dialog import open_dialog
from .dialogs.revision_dialog import RevisionDialog
from .dialogs.signoff_dialog import SignOffDialog
from .signoff_banner import SignOffBanner


class SignOffOperations:
    def __init__(
        self,
        parent: QWidget,
        controller,
        report: Callable[[str], None],
        actions: dict[str, QAction],
        editing_widgets: Iterable[QWidget],
        banner: SignOffBanner,
        status_label: QLabel,
        after_update: Callable[[], None],
    ) -> None:
        """``editing_widgets`` are greyed out with the editing actions; ``after_update`` runs after the state is
        shown (the window refines its map actions)."""
        self.parent, self.controller, self.report, self.actions = parent, controller, report, actions
        self.editing_widgets, self.banner, self.status_label = list(editing_widgets), banner, status_label
        self.after_update = after_update
        self.dialog: SignOffDialog | None = None
        self.revision_dialog: RevisionDialog | None = None
        self._integrity: tuple[object, str, bool, list[str]] | None = None
        banner.record_requested.connect(self.record_signoff)
        banner.new_revision_requested.connect(self.start_new_revision)

    # ------------------------------------------------------------- menu
    def submit_for_review(self) -> None:
        if accepted(self.controller.editor.submit_for_review):
            self.report(tr("Submitted for review: record each sign-off as it comes in."))

    def record_signoff(self) -> None:
        dialog = SignOffDialog(self.controller.doc.project, self.parent)
        self.dialog = open_dialog(dialog, lambda: self._record(dialog.values()))

    def _record(self, values: dict) -> None:
        if not accepted(self.controller.editor.record_signoff, **values):
            return
        project = self.controller.doc.project
        if project.meta.status is DocumentStatus.SIGNED_OFF:
            self.report(
                tr(
                    "Signed off: version {version} is frozen (SHA-256 {hash}…).",
                    version=project.meta.version,
                    hash=project.meta.signed_hash[:12],
                )
            )
        elif project.meta.status is DocumentStatus.DRAFT:
            self.report(tr("Rejected by {name}: the document is back to draft.", name=values["name"]))
        else:
            self.report(
                tr(
                    "Sign-off by {name} recorded; {count} still open.",
                    name=values["name"],
                    count=len(open_slots(project)),
                )
            )

    def start_new_revision(self) -> None:
        dialog = RevisionDialog(self.controller.doc.project, self.parent)
        self.revision_dialog = open_dialog(dialog, lambda: self._start_revision(dialog.values()))

    def _start_revision(self, values: dict) -> None:
        if accepted(self.controller.editor.start_new_revision, values.pop("major"), values.pop("summary"), **values):
            self.report(
                tr(
                    "Version {version} started: the document can be edited again.",
                    version=self.controller.doc.project.meta.version,
                )
            )

    # ------------------------------------------------------------- state
    def update_state(self) -> None:
        """Banner, status bar and enabled actions for the document's status (after edits, undo, open)."""
        project = self.controller.doc.project
        status = project.meta.status
        signed = status is DocumentStatus.SIGNED_OFF
        for key in EDITING_ACTIONS:
            self.actions[key].setEnabled(not signed)
        for widget in self.editing_widgets:
            widget.setEnabled(not signed)
        self.actions["submit_review"].setEnabled(status is DocumentStatus.DRAFT)
        self.actions["record_signoff"].setEnabled(status is DocumentStatus.IN_REVIEW)
        self.actions["new_revision"].setEnabled(signed)
        matches, changes = self._check_integrity() if signed else (True, [])
        self.banner.show_project(project, matches, changes)
        text = f"{label(status)} · {project.meta.version}"
        self.status_label.setText(text if matches else tr("{status} · hash does not match", status=text))
        self.after_update()

    def _check_integrity(self) -> tuple[bool, list[str]]:
        """Whether the content still matches its signed hash, and if not what changed.

        Remembered per document and hash: while signed off nothing but undo changes the content, and undo
        returns it exactly to the state that was hashed.
        """
        doc = self.controller.doc
        project = doc.project
        cached = self._integrity
        if cached is None or cached[0] is not doc or cached[1] != project.meta.signed_hash:
            matches = content_hash(project) == project.meta.signed_hash
            changes = (
                []
                if matches
                else describe_changes(project, changed_parts(project.meta.signed_digests, part_digests(project)))
            )
            cached = self._integrity = (doc, project.meta.signed_hash, matches, changes)
        return cached[2], cached[3]
