"""The manual's first pages: document control, the sign-off block, the revision record and the contents."""

from __future__ import annotations

import datetime as dt

from ...i18n import tr
from ...labels import label
from ...model import Project, SignOffDecision
from ...model.signing import SignOffSlot, required_signoff_slots
from .builder import ManualBuilder
from .ooxml import MERGED, Column
from .styles import FRONT_TITLE_STYLE

SIGNATURE_ROW_MM = 12.0  # tall enough to sign by hand


def date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def document_title(project: Project) -> str:
    return project.meta.title or tr("Process manual")


def write_document_control(b: ManualBuilder, project: Project) -> None:
    """Title, then a two-pair-per-row table: number, version, owner, status, the dates and the signed hash."""
    meta = project.meta
    b.paragraph(document_title(project), style="Title")
    pairs = [
        (tr("Document number"), meta.document_number),
        (tr("Version"), meta.version),
        (tr("Process owner"), meta.process_owner),
        (tr("Status"), label(meta.status)),
        (tr("Drafted on"), date_text(meta.drafted_on)),
        (tr("Effective on"), date_text(meta.effective_on)),
        (tr("Next review on"), date_text(meta.next_review_on)),
        (tr("Signed off on"), date_text(meta.signed_on)),
    ]
    rows: list[list[object]] = [[a[0], a[1], b_[0], b_[1]] for a, b_ in zip(pairs[::2], pairs[1::2])]
    fills = [["F2F2F2", "", "F2F2F2", ""]] * len(rows)
    if meta.signed_hash:
        # The hash gets a row of its own: 64 hex digits do not fit a quarter of the page.
        rows.append([tr("Signed content hash"), meta.signed_hash, MERGED, MERGED])
        fills.append(["F2F2F2", "", "", ""])
    columns = [Column("", 32), Column("", 53), Column("", 32), Column("", 53)]
    b.table(columns, rows, fills=fills, header=False)
    if meta.signed_hash:
        b.paragraph(
            tr(
                "The SHA-256 above identifies the signed content. To check that a project file still holds "
                "exactly what was signed, compare it with this printed value: opsflow verify FILE --hash "
                "{hash}",
                hash=meta.signed_hash,
            ),
            style="TableText",
        )
    b.paragraph(
        tr("Printed copies are uncontrolled. Check that you hold the current version before you use this document."),
        bold=True,
        align="center",
    )


def _signoff_row(slot: SignOffSlot) -> list[str]:
    role = label(slot.role)
    signoff = slot.signoff
    if signoff is None:
        return [role, slot.expected, slot.department, "", ""]
    decision = label(signoff.decision)
    recorded = tr("{decision} (recorded in OpsFlow)", decision=decision)
    if signoff.decision is SignOffDecision.APPROVED_WITH_COMMENTS and signoff.comment:
        recorded += "\n" + signoff.comment
    return [role, signoff.name, signoff.department or slot.department, recorded, date_text(signoff.date)]


def write_signoff(b: ManualBuilder, project: Project) -> None:
    """编制, 审查, one 会签 per department, 核准: recorded sign-offs filled in, open ones left to sign."""
    b.paragraph(tr("Sign-off"), style=FRONT_TITLE_STYLE)
    columns = [
        Column(tr("Role"), 24),
        Column(tr("Full name"), 30),
        Column(tr("Department"), 32),
        Column(tr("Signature"), 52),
        Column(tr("Date"), 32),
    ]
    rows = [_signoff_row(slot) for slot in required_signoff_slots(project)]
    b.table(columns, rows, row_height_mm=SIGNATURE_ROW_MM)


def write_revisions(b: ManualBuilder, project: Project) -> None:
    b.paragraph(tr("Revision record"), style=FRONT_TITLE_STYLE)
    columns = [
        Column(tr("No."), 12),
        Column(tr("Version"), 18),
        Column(tr("Sections changed"), 32),
        Column(tr("Summary of change"), 60),
        Column(tr("Date"), 24),
        Column(tr("Author"), 24),
    ]
    rows = [
        [str(number), r.version, r.sections, r.summary, date_text(r.date), r.author]
        for number, r in enumerate(project.revisions, start=1)
    ]
    b.table(columns, rows)


def write_front_matter(b: ManualBuilder, project: Project) -> None:
    write_document_control(b, project)
    write_signoff(b, project)
    write_revisions(b, project)
    b.contents(tr("Contents"))
