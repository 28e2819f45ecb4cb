"""Signing off a whole project through the editor, as a user of the Sign-off menu would."""

from __future__ import annotations

import datetime as dt

from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.model import DocumentStatus, SignOffRole
from opsflow_desktop.model.signing import open_slots

SIGNED_ON = dt.date(2026, 11, 20)
SIGNERS = {SignOffRole.DRAFTED: "张婷", SignOffRole.REVIEWED: "赵强", SignOffRole.APPROVED: "周总"}


def sign_off_everything(editor: DocumentEditor, date: dt.date = SIGNED_ON) -> None:
    """Submit for review if needed, then fill every open slot; the last one freezes the revision."""
    if editor.doc.project.meta.status is DocumentStatus.DRAFT:
        editor.submit_for_review()
    for slot in open_slots(editor.doc.project):
        editor.record_signoff(slot.role, slot.expected or SIGNERS[slot.role], department=slot.department, date=date)
    assert editor.doc.project.meta.status is DocumentStatus.SIGNED_OFF
