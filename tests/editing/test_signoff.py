"""The sign-off workflow: draft -> in review -> signed off, frozen with a hash; new revisions re-open it."""

from __future__ import annotations

import datetime as dt

import pytest

from opsflow_desktop.editing.clipboard import copy_fragment
from opsflow_desktop.editing.signoff import SignedOffError, next_version
from opsflow_desktop.model import META_ID, DocumentError, DocumentStatus, FindingType, SignOffDecision, SignOffRole
from opsflow_desktop.model.signing import content_hash, required_signoff_slots
from tests.conftest import SmallMap, snapshot
from tests.editing.test_editor import undoable

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def review(small: SmallMap) -> SmallMap:
    """The small map with one department (商品部, head 陈刚), submitted for review."""
    small.editor.add_department("商品部", head="陈刚")
    small.editor.submit_for_review()
    small.editor.stack.clear()
    return small


def sign_all_but_approval(small: SmallMap) -> None:
    small.editor.record_signoff(SignOffRole.DRAFTED, "李娜", date=DAY)
    small.editor.record_signoff(SignOffRole.REVIEWED, "赵强", date=DAY)
    small.editor.record_signoff(SignOffRole.COUNTERSIGNED, "陈刚", department="商品部", date=DAY)


def sign_off(small: SmallMap) -> None:
    sign_all_but_approval(small)
    small.editor.record_signoff(SignOffRole.APPROVED, "周总", date=DAY, comment="同意")


def meta(small: SmallMap):
    return small.doc.project.meta


def test_submitting_a_draft_puts_it_in_review(small):
    undoable(
        small,
        small.editor.submit_for_review,
        lambda: meta(small).status is DocumentStatus.IN_REVIEW or pytest.fail("not in review"),
    )
    with pytest.raises(DocumentError, match="already in review"):
        small.editor.submit_for_review()


def test_signoffs_are_recorded_only_in_review(small):
    with pytest.raises(DocumentError, match="Submit the document for review"):
        small.editor.record_signoff(SignOffRole.DRAFTED, "李娜")
    assert small.doc.project.signoffs == []


def test_a_signoff_belongs_to_the_current_version_and_fills_its_slot(review):
    def then():
        signoff = review.doc.project.signoffs[-1]
        assert (signoff.name, signoff.version, signoff.date) == ("李娜", "V1.0", DAY)
        assert meta(review).status is DocumentStatus.IN_REVIEW and meta(review).signed_hash == ""
        assert required_signoff_slots(review.doc.project)[0].signoff is signoff

    undoable(review, lambda: review.editor.record_signoff(SignOffRole.DRAFTED, "李娜", date=DAY), then)
    assert review.editor.stack.undo_text() == "Record sign-off by 李娜 (Drafted by)"


def test_the_last_approval_freezes_the_revision_in_one_undo_step(review):
    sign_all_but_approval(review)

    def then():
        assert meta(review).status is DocumentStatus.SIGNED_OFF and meta(review).signed_on == DAY
        assert meta(review).signed_hash == content_hash(review.doc.project)
        assert meta(review).signed_digests[review.a.id]  # the manifest names every step

    undoable(review, lambda: review.editor.record_signoff(SignOffRole.APPROVED, "周总", date=DAY), then)
    review.editor.stack.undo()
    assert meta(review).status is DocumentStatus.IN_REVIEW and meta(review).signed_digests == {}
    review.editor.rename(review.a.id, "选品评审会")
    assert review.a.name == "选品评审会"


def test_a_countersignature_needs_a_project_department(review):
    with pytest.raises(DocumentError, match="departments"):
        review.editor.record_signoff(SignOffRole.COUNTERSIGNED, "王敏", department="设计部")
    with pytest.raises(DocumentError, match="name"):
        review.editor.record_signoff(SignOffRole.DRAFTED, "  ")


def test_a_rejection_sends_the_document_back_to_draft(review):
    review.editor.record_signoff(SignOffRole.DRAFTED, "李娜", date=DAY)

    def then():
        assert meta(review).status is DocumentStatus.DRAFT
        assert review.doc.project.signoffs[-1].decision is SignOffDecision.REJECTED

    undoable(
        review,
        lambda: review.editor.record_signoff(
            SignOffRole.REVIEWED, "赵强", decision=SignOffDecision.REJECTED, comment="时效写错"
        ),
        then,
    )
    assert review.editor.stack.undo_text() == "Record rejection by 赵强: back to draft"
    # Approvals before the rejection were given to other content: every slot is open again.
    assert not any(slot.filled for slot in required_signoff_slots(review.doc.project))


def test_a_signed_off_document_refuses_every_other_edit(review):
    sign_off(review)
    before = snapshot(review.doc)
    depth = len(review.editor.stack)
    edits = [
        lambda: review.editor.rename(review.a.id, "x"),
        lambda: review.editor.move_steps({review.a.id: (40, 40)}),
        lambda: review.editor.add_finding(review.a.id, FindingType.BOTTLENECK),
        lambda: review.editor.remove([review.b.id]),
        lambda: review.editor.paste(review.map.id, copy_fragment(review.doc, [review.a.id]), 20, 20),
        lambda: review.editor.add_lane(review.map.id, "仓储部"),
        lambda: review.editor.set_fields(META_ID, {"title": "改过的标题"}),
        lambda: review.editor.record_signoff(SignOffRole.APPROVED, "周总"),
        review.editor.submit_for_review,
    ]
    for edit in edits:
        with pytest.raises(SignedOffError, match="signed off: start a new revision"):
            edit()
    assert snapshot(review.doc) == before and len(review.editor.stack) == depth


def test_status_and_signature_change_only_through_the_workflow(review):
    for fields in ({"status": "signed_off"}, {"signed_hash": "ab" * 32}, {"status": "draft"}):
        with pytest.raises(DocumentError, match="Sign-off menu"):
            review.editor.set_fields(META_ID, fields)
    assert meta(review).status is DocumentStatus.IN_REVIEW and meta(review).signed_hash == ""


def test_a_new_minor_revision_reopens_editing_and_undo_brings_the_signed_state_back(review):
    sign_off(review)
    signed = snapshot(review.doc)

    def then():
        assert (meta(review).version, meta(review).status) == ("V1.1", DocumentStatus.DRAFT)
        assert meta(review).signed_hash == "" and meta(review).signed_on is None
        revision = review.doc.project.revisions[-1]
        assert (revision.version, revision.summary, revision.author, revision.sections) == (
            "V1.1",
            "调整素材时限",
            "李娜",
            "6 流程说明",
        )
        assert not any(slot.filled for slot in required_signoff_slots(review.doc.project))

    undoable(
        review,
        lambda: review.editor.start_new_revision(False, "调整素材时限", author="李娜", sections="6 流程说明"),
        then,
    )
    review.editor.rename(review.a.id, "选品评审会")  # editable again
    review.editor.stack.undo()
    review.editor.stack.undo()
    assert snapshot(review.doc) == signed


def test_a_major_revision_and_version_numbers():
    assert next_version("V1.0", major=False) == "V1.1" and next_version("V1.9", major=False) == "V1.10"
    assert next_version("V1.3", major=True) == "V2.0" and next_version("2", major=False) == "2.1"
    assert next_version("草案", major=True) is None


def test_a_new_revision_needs_a_signed_off_document_a_summary_and_an_unused_version(review):
    with pytest.raises(DocumentError, match="Only a signed-off document"):
        review.editor.start_new_revision(True, "重写")
    sign_off(review)
    with pytest.raises(DocumentError, match="Say what"):
        review.editor.start_new_revision(True, " ")
    with pytest.raises(DocumentError, match="already used"):
        review.editor.start_new_revision(True, "重写", version="V1.0")
    review.editor.start_new_revision(True, "重写")
    assert meta(review).version == "V2.0"


def test_signing_off_fills_the_effective_and_review_dates_unless_set():
    import datetime as _dt

    from opsflow_desktop.editing import DocumentEditor
    from opsflow_desktop.io import load_document
    from opsflow_desktop.paths import sample_project
    from tests.signing_helpers import SIGNED_ON, sign_off_everything

    doc = load_document(sample_project())
    editor = DocumentEditor(doc)
    assert doc.project.meta.effective_on is None
    sign_off_everything(editor)
    meta = doc.project.meta
    assert meta.effective_on == SIGNED_ON and meta.next_review_on == _dt.date(SIGNED_ON.year + 1, 11, 20)
    editor.stack.undo()  # the freezing sign-off, and the dates with it
    assert meta.effective_on is None and meta.next_review_on is None
