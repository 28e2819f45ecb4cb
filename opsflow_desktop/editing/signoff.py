"""The sign-off workflow: draft -> in review -> signed off, and new revisions after it.

Each step is one ``SigningCommand``: the only kind of command allowed to change the document's status and
signature, and the only one ``DocumentEditor.execute`` lets through while the document is signed off.
The editor's intent methods (``submit_for_review``, ``record_signoff``, ``start_new_revision``) call the
builders here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import ValidationError

from ..i18n import tr
from ..labels import label
from ..model import (
    META_ID,
    Document,
    DocumentError,
    DocumentStatus,
    Project,
    Revision,
    SignOff,
    SignOffDecision,
    SignOffRole,
)
from ..model.errors import first_reason
from ..model.signing import content_hash, is_approving, open_slots, part_digests
from .command import Command, InsertElementCommand, MacroCommand, UpdateFieldsCommand

_VERSION = re.compile(r"^(?P<prefix>\D*)(?P<major>\d+)(?:\.(?P<minor>\d+))?$")


class SignedOffError(DocumentError):
    """An edit of a signed-off document; the window shows it as a status message."""

    def __init__(self) -> None:
        super().__init__(tr("The document is signed off: start a new revision to edit it."))


class SigningCommand(MacroCommand):
    """A step of the sign-off workflow, applied as one undo step."""


class SealContentCommand(Command):
    """Stores the hash and part digests of the content as it stands when this command runs.

    It runs last in the freezing sign-off, so the signature covers the new sign-off, the signed-off status
    and the signed date. Redo after undo meets the same content, so it stores the same hash again.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._old: dict[str, Any] = {}

    def redo(self) -> None:
        project = self.doc.project
        self._old = self.doc.update(
            META_ID, {"signed_hash": content_hash(project), "signed_digests": part_digests(project)}
        )

    def undo(self) -> None:
        self.doc.update(META_ID, self._old)


def signature_state(project: Project) -> tuple[DocumentStatus, dt.date | None, str, dict[str, str]]:
    """What only the workflow may change: compared before and after every other edit."""
    meta = project.meta
    return meta.status, meta.signed_on, meta.signed_hash, meta.signed_digests


def is_signed_off(project: Project) -> bool:
    return project.meta.status is DocumentStatus.SIGNED_OFF


def refuse_if_signed_off(project: Project) -> None:
    if is_signed_off(project):
        raise SignedOffError()


def submit_for_review(doc: Document) -> SigningCommand:
    status = doc.project.meta.status
    refuse_if_signed_off(doc.project)
    if status is DocumentStatus.IN_REVIEW:
        raise DocumentError(tr("The document is already in review."))
    return SigningCommand(
        tr("Submit for review"), [UpdateFieldsCommand(doc, {META_ID: {"status": DocumentStatus.IN_REVIEW}})]
    )


def record_signoff(
    doc: Document,
    role: SignOffRole,
    name: str,
    department: str = "",
    date: dt.date | None = None,
    decision: SignOffDecision = SignOffDecision.APPROVED,
    comment: str = "",
) -> tuple[SigningCommand, SignOff]:
    """Record one signature of the current version. An approval that fills the last open slot freezes the
    revision (status, signed date, hash and digests); a rejection sends the document back to draft."""
    project = doc.project
    refuse_if_signed_off(project)
    if project.meta.status is not DocumentStatus.IN_REVIEW:
        raise DocumentError(tr("Submit the document for review before recording sign-offs."))
    if not name.strip():
        raise DocumentError(tr("Give the name of the person who signs."))
    department = department.strip()
    if role is SignOffRole.COUNTERSIGNED and department not in {d.name for d in project.departments}:
        raise DocumentError(tr("A countersignature belongs to one of the project's departments."))
    try:
        signoff = SignOff(
            role=role,
            name=name.strip(),
            department=department,
            date=date or dt.date.today(),
            decision=decision,
            comment=comment.strip(),
            version=project.meta.version,
        )
    except ValidationError as exc:
        raise DocumentError(first_reason(exc)) from None
    insert = InsertElementCommand(doc, signoff, None)
    if not is_approving(signoff):
        command = SigningCommand(
            tr("Record rejection by {name}: back to draft", name=signoff.name),
            [insert, UpdateFieldsCommand(doc, {META_ID: {"status": DocumentStatus.DRAFT}})],
        )
    elif open_slots(project, [*project.signoffs, signoff]):
        command = SigningCommand(
            tr("Record sign-off by {name} ({role})", name=signoff.name, role=label(signoff.role)), [insert]
        )
    else:
        frozen = {
            "status": DocumentStatus.SIGNED_OFF,
            "signed_on": signoff.date,
            **_dates_at_sign_off(project, signoff),
        }
        command = SigningCommand(
            tr("Record sign-off by {name}: signed off", name=signoff.name),
            [insert, UpdateFieldsCommand(doc, {META_ID: frozen}), SealContentCommand(doc)],
        )
    return command, signoff


def _dates_at_sign_off(project: Project, last: SignOff) -> dict[str, dt.date]:
    """A manual goes round with its effective and next-review dates filled: unless the user set them, it takes
    effect on the day of the last approval and is reviewed a year later (the usual annual review)."""
    dates: dict[str, dt.date] = {}
    effective = project.meta.effective_on or last.date
    if project.meta.effective_on is None and last.date is not None:
        dates["effective_on"] = last.date
    if project.meta.next_review_on is None and effective is not None:
        try:
            dates["next_review_on"] = effective.replace(year=effective.year + 1)
        except ValueError:  # 29 February
            dates["next_review_on"] = effective.replace(year=effective.year + 1, day=28)
    return dates


def next_version(version: str, major: bool) -> str | None:
    """V1.0 -> V1.1 (minor) or V2.0 (major); None when the version has no such form."""
    match = _VERSION.match(version.strip())
    if match is None:
        return None
    number, minor = int(match["major"]), int(match["minor"] or 0)
    return f"{match['prefix']}{number + 1}.0" if major else f"{match['prefix']}{number}.{minor + 1}"


def start_new_revision(
    doc: Document,
    major: bool,
    summary: str,
    author: str = "",
    sections: str = "",
    date: dt.date | None = None,
    version: str | None = None,
) -> tuple[SigningCommand, Revision]:
    """Re-open a signed-off document as the next version, with a line in the revision record."""
    project = doc.project
    if project.meta.status is not DocumentStatus.SIGNED_OFF:
        raise DocumentError(tr("Only a signed-off document needs a new revision; this one can be edited as it is."))
    version = (version or "").strip() or next_version(project.meta.version, major)
    if not version:
        raise DocumentError(
            tr(
                "The version “{version}” is not of the form V1.0; give the new version number.",
                version=project.meta.version,
            )
        )
    used = {project.meta.version} | {s.version for s in project.signoffs} | {r.version for r in project.revisions}
    if version in used:
        raise DocumentError(tr("Version {version} is already used in this document.", version=version))
    if not summary.strip():
        raise DocumentError(tr("Say what this revision changes."))
    revision = Revision(
        version=version,
        summary=summary.strip(),
        author=author.strip(),
        sections=sections.strip(),
        date=date or dt.date.today(),
    )
    reopen: dict[str, Any] = {
        "version": version,
        "status": DocumentStatus.DRAFT,
        "signed_on": None,
        "signed_hash": "",
        "signed_digests": {},
    }
    command = SigningCommand(
        tr("Start revision {version}", version=version),
        [InsertElementCommand(doc, revision, None), UpdateFieldsCommand(doc, {META_ID: reopen})],
    )
    return command, revision
