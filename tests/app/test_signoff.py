"""Sign-off in the window: the menu and dialogs, the banner, read-only after sign-off, new revisions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from opsflow_desktop.app.dialogs.revision_dialog import RevisionDialog
from opsflow_desktop.app.dialogs.signoff_dialog import SignOffDialog
from opsflow_desktop.model import DocumentStatus, SignOffDecision
from tests.app.helpers import drag, step_centre, type_with_input_method
from tests.signing_helpers import SIGNERS

APPROVERS = {role.value: name for role, name in SIGNERS.items()}


@pytest.fixture
def answer_signoff_dialog():
    """How the tests answer the real sign-off dialog: the first open slot, its expected person or a fixed name."""
    return {"decision": SignOffDecision.APPROVED, "seen": []}


def record_one(window, answers) -> None:
    """Sign-off → Record sign-off…: the dialog opens, is painted, filled through its widgets and accepted."""
    window.named_actions["record_signoff"].trigger()
    dialog: SignOffDialog = window.signoff.dialog
    assert dialog.isVisible() and not dialog.grab().isNull()
    answers["seen"].append(dialog.slot_list.count())
    if not dialog.name.text():
        type_with_input_method(dialog.name, APPROVERS[dialog.role.currentData()])
    dialog.date.setDate(QDate(2026, 11, 20))
    dialog.decision.setCurrentIndex(dialog.decision.findData(answers["decision"].value))
    QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def meta(window):
    return window.controller.doc.project.meta


def sign_off_through_the_menu(window, answers=None) -> None:
    answers = answers if answers is not None else {"decision": SignOffDecision.APPROVED, "seen": []}
    window.named_actions["submit_review"].trigger()
    while meta(window).status is DocumentStatus.IN_REVIEW:
        record_one(window, answers)


def test_the_menu_follows_the_status(window, answer_signoff_dialog):
    actions = window.named_actions
    assert actions["submit_review"].isEnabled() and not actions["record_signoff"].isEnabled()
    assert not window.signoff_banner.isVisible() and window.signoff_status_label.text() == "Draft · V1.0"
    actions["submit_review"].trigger()
    assert not actions["submit_review"].isEnabled() and actions["record_signoff"].isEnabled()
    assert window.signoff_banner.isVisible() and "In review" in window.signoff_banner.text.text()
    assert "0 of 9 sign-offs" in window.signoff_banner.text.text()
    assert "Countersigned by · 设计部" in window.signoff_banner.toolTip()


def test_signing_off_freezes_the_document_and_shows_the_banner(window, answer_signoff_dialog):
    sign_off_through_the_menu(window, answer_signoff_dialog)
    assert answer_signoff_dialog["seen"] == [9] * 9  # 编制, 审查, six department heads, 核准
    assert meta(window).status is DocumentStatus.SIGNED_OFF and meta(window).signed_on == dt.date(2026, 11, 20)
    banner = window.signoff_banner
    assert banner.isVisible() and banner.state == "signed"
    assert "Signed off on 2026-11-20" in banner.text.text() and meta(window).signed_hash[:12] in banner.text.text()
    assert banner.revision_button.isVisible() and not banner.record_button.isVisible()
    assert window.signoff_status_label.text() == "Signed off · V1.0"
    assert "Signed off: version V1.0 is frozen" in window.statusBar().currentMessage()
    for key in ("delete", "paste", "add_lane", "arrange", "mark_bottleneck", "derive"):
        assert not window.named_actions[key].isEnabled(), key
    assert not window.shapes_bar.isEnabled() and not window.mark_button.isEnabled()
    assert window.named_actions["copy"].isEnabled() and window.undo_action.isEnabled()


def test_canvas_edits_of_a_signed_document_become_status_messages(window, answer_signoff_dialog):
    sign_off_through_the_menu(window)
    view = window.current_view()
    view.set_scale(1.0)
    step = next(s for s in view.scene().map.steps if s.name == "选品会")
    view.scene().select_ids([step.id])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert step.id in window.controller.doc
    assert "signed off: start a new revision" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    QTest.keyClick(view, Qt.Key.Key_B)  # mark a bottleneck from the keyboard
    assert "signed off" in window.statusBar().currentMessage()
    view.centerOn(QPointF(step.x, step.y + 100))
    before = (step.x, step.y)
    start = step_centre(view, step)
    drag(view.viewport(), start, start + QPoint(0, 160))
    assert (step.x, step.y) == before
    item = view.scene().step_items[step.id]
    assert (item.x(), item.y()) == before, "the step is drawn where the document has it"
    assert "signed off" in window.statusBar().currentMessage()


def test_undo_unfreezes_and_redo_freezes_again(window, answer_signoff_dialog):
    sign_off_through_the_menu(window)
    window.undo_action.trigger()
    assert meta(window).status is DocumentStatus.IN_REVIEW and window.signoff_banner.state == "review"
    assert window.named_actions["delete"].isEnabled() and window.shapes_bar.isEnabled()
    window.redo_action.trigger()
    assert window.signoff_banner.state == "signed" and not window.named_actions["delete"].isEnabled()


def test_a_rejection_goes_back_to_draft(window, answer_signoff_dialog):
    window.named_actions["submit_review"].trigger()
    answer_signoff_dialog["decision"] = SignOffDecision.REJECTED
    record_one(window, answer_signoff_dialog)
    assert meta(window).status is DocumentStatus.DRAFT and not window.signoff_banner.isVisible()
    assert "back to draft" in window.statusBar().currentMessage()
    assert "back to draft" in window.undo_action.text()


def test_start_a_new_revision_from_the_banner(window, answer_signoff_dialog):
    sign_off_through_the_menu(window)
    window.signoff_banner.revision_button.click()
    dialog: RevisionDialog = window.signoff.revision_dialog
    assert dialog.isVisible() and not dialog.grab().isNull()
    assert dialog.version.text() == "V1.1"
    QTest.mouseClick(dialog.major, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.major.height() // 2))
    assert dialog.version.text() == "V2.0"
    type_with_input_method(dialog.summary, "目标流程改为两级审批")
    type_with_input_method(dialog.sections, "5、6")
    QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert (meta(window).version, meta(window).status) == ("V2.0", DocumentStatus.DRAFT)
    assert window.controller.doc.project.revisions[-1].summary == "目标流程改为两级审批"
    assert not window.signoff_banner.isVisible() and window.named_actions["delete"].isEnabled()
    assert window.signoff_status_label.text() == "Draft · V2.0"
    window.undo_action.trigger()
    assert window.signoff_banner.state == "signed" and meta(window).version == "V1.0"


def test_opening_a_signed_file_is_read_only_and_another_file_is_not(window, answer_signoff_dialog, tmp_path):
    sign_off_through_the_menu(window)
    path = tmp_path / "signed.opsflow"
    window.controller.save_as(path)
    window.controller.new_from_sample()
    assert not window.signoff_banner.isVisible() and window.named_actions["delete"].isEnabled()
    window.controller.open(path)
    assert window.signoff_banner.state == "signed" and not window.named_actions["delete"].isEnabled()


def test_a_file_changed_outside_the_application_shows_a_red_banner(window, answer_signoff_dialog, tmp_path):
    sign_off_through_the_menu(window)
    path = tmp_path / "signed.opsflow"
    window.controller.save_as(path)
    text = path.read_text("utf-8")
    path.write_text(text.replace('"name": "选品会"', '"name": "选品评审会"', 1), "utf-8")
    window.controller.open(path)
    banner = window.signoff_banner
    assert banner.state == "tampered" and "no longer matches" in banner.text.text()
    assert "选品评审会" in banner.toolTip() and "does not match" in window.signoff_status_label.text()


def test_the_dialog_lists_the_slots_and_offers_the_department_head(window):
    window.controller.editor.submit_for_review()
    dialog = SignOffDialog(window.controller.doc.project, window)
    texts = [dialog.slot_list.item(i).text() for i in range(dialog.slot_list.count())]
    assert texts[0] == "○ Drafted by: open" and texts[3] == "○ Countersigned by · 设计部 (王敏): open"
    dialog.slot_list.setCurrentRow(3)
    assert (dialog.department.currentText(), dialog.name.text()) == ("设计部", "王敏")
    dialog.slot_list.setCurrentRow(0)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # nobody named yet
    dialog.deleteLater()
