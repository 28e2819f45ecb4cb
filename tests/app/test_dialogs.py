"""Every dialog of the application, opened the way a user opens it, painted, filled through its widgets and
accepted with its OK button. A dialog class without a case here fails the first test, so none is missed."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

import opsflow_desktop.app
from opsflow_desktop.app.dialogs.departments_dialog import HEAD, NAME, DepartmentsDialog
from opsflow_desktop.app.dialogs.goal_dialog import GoalDialog
from opsflow_desktop.app.dialogs.map_source_dialog import MapSourceDialog
from opsflow_desktop.app.dialogs.name_dialog import AddLaneDialog, NameDialog
from opsflow_desktop.app.dialogs.project_dialog import ProjectDialog
from opsflow_desktop.app.dialogs.revision_dialog import RevisionDialog
from opsflow_desktop.app.dialogs.shortcuts_dialog import ShortcutsDialog
from opsflow_desktop.app.dialogs.side_by_side import SideBySideWindow
from opsflow_desktop.app.dialogs.signoff_dialog import SignOffDialog
from opsflow_desktop.app.dialogs.workshop_choice_dialog import WorkshopChoiceDialog
from opsflow_desktop.app.dialogs.workshop_dialog import WorkshopDialog
from opsflow_desktop.app.presentation.voting import VoteDialog
from opsflow_desktop.app.workshop_operations import WorkshopOperations
from opsflow_desktop.model import DocumentStatus, MapKind, SignOffRole
from tests.app.helpers import open_analysis, press, retype, shown, type_with_input_method
from tests.signing_helpers import sign_off_everything


# ------------------------------------------------------------------ one case per dialog
def case_project(window, qtbot):
    window.named_actions["project_details"].trigger()
    dialog = shown(window, ProjectDialog)
    retype(dialog.title, "客诉处理流程说明书")
    retype(dialog.document_number, "CS-SOP-002")
    dialog.drafted_on.edit.setDate(QDate(2026, 12, 1))
    dialog.tabs.setCurrentIndex(2)
    QTest.mouseClick(dialog.add_term, Qt.MouseButton.LeftButton)
    row = dialog.terms.rowCount() - 1
    dialog.terms.item(row, 0).setText("首响")
    dialog.terms.item(row, 1).setText("客户首次得到回复的时间")
    press(dialog)
    meta = window.controller.doc.project.meta
    assert (meta.title, meta.document_number, meta.drafted_on) == (
        "客诉处理流程说明书",
        "CS-SOP-002",
        dt.date(2026, 12, 1),
    )
    assert meta.terms[-1].term == "首响"
    assert window.undo_action.text().endswith("Edit project details")


def case_departments(window, qtbot):
    window.named_actions["departments"].trigger()
    dialog = shown(window, DepartmentsDialog)
    count = len(window.controller.doc.project.departments)
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert len(window.controller.doc.project.departments) == count + 1
    row = dialog.table.currentRow()
    dialog.table.item(row, NAME).setText("客服部")
    dialog.table.item(row, HEAD).setText("刘洋")
    department = window.controller.doc.project.departments[-1]
    assert (department.name, department.head) == ("客服部", "刘洋")
    press(dialog, QDialogButtonBox.StandardButton.Close)


def case_goal(window, qtbot):
    panel = open_analysis(window, qtbot)
    panel.add_goal.click()
    dialog = shown(window, GoalDialog)
    type_with_input_method(dialog.name, "交接次数")
    dialog.metric_box.setCurrentIndex(dialog.metric_box.findData("handoffs"))
    dialog.target.setValue(9)
    press(dialog)
    assert window.controller.doc.project.goals[-1].name == "交接次数"


def case_signoff(window, qtbot):
    window.named_actions["submit_review"].trigger()
    window.named_actions["record_signoff"].trigger()
    dialog = shown(window, SignOffDialog)
    type_with_input_method(dialog.name, "张婷")
    press(dialog)
    assert window.controller.doc.project.signoffs[-1].role is SignOffRole.DRAFTED


def case_revision(window, qtbot):
    sign_off_everything(window.controller.editor)
    window.named_actions["new_revision"].trigger()
    dialog = shown(window, RevisionDialog)
    type_with_input_method(dialog.summary, "审批改为两级")
    press(dialog)
    assert window.controller.doc.project.meta.status is DocumentStatus.DRAFT


def case_side_by_side(window, qtbot):
    panel = open_analysis(window, qtbot)
    panel.side_by_side.click()
    dialog = shown(window, SideBySideWindow)
    assert len(dialog.views) == 2
    dialog.close()


def case_name(window, qtbot):
    window.named_actions["rename_map"].trigger()
    dialog = shown(window, NameDialog)
    retype(dialog.name, "商品上架（现状）")
    press(dialog)
    assert window.controller.doc.maps[0].name == "商品上架（现状）"
    assert window.tabs.tabText(0) == "商品上架（现状）"


def case_add_lane(window, qtbot):
    window.named_actions["add_lane"].trigger()
    dialog = shown(window, AddLaneDialog)
    retype(dialog.name.lineEdit(), "客服部")
    press(dialog)
    lane = window.current_view().scene().map.lanes[-1]
    department = window.controller.doc.project.departments[-1]
    assert lane.name == department.name == "客服部" and lane.department_id == department.id


def case_map_source(window, qtbot):
    window.tabs.setCurrentIndex(1)  # the target map
    window.named_actions["new_map"].trigger()
    naming = shown(window, NameDialog)
    retype(naming.name, "另一现状")
    press(naming)
    other = window.controller.doc.maps[-1]
    window.tabs.setCurrentIndex(1)
    window.named_actions["map_source"].trigger()
    dialog = shown(window, MapSourceDialog)
    dialog.source.setCurrentIndex(dialog.source.findData(other.id))
    press(dialog)
    assert window.controller.doc.maps[1].derived_from == other.id


def case_shortcuts(window, qtbot):
    window.named_actions["shortcuts"].trigger()
    dialog = shown(window, ShortcutsDialog)
    keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Tab" in keys and "Enter" in keys and any("Ctrl+S" in k for k in keys)
    press(dialog, QDialogButtonBox.StandardButton.Close)


def workshop_operations(window) -> WorkshopOperations:
    return WorkshopOperations(window, window.controller, window.tabs.current_map_id, window.report)


def case_workshop(window, qtbot):
    workshop_operations(window).new_workshop()
    dialog = shown(window, WorkshopDialog)
    retype(dialog.title_edit, "商品上架流程 现状研讨会")
    QTest.mouseClick(dialog.heads_button, Qt.MouseButton.LeftButton)
    press(dialog)
    record = window.controller.doc.project.interviews[-1]
    assert record.title == "商品上架流程 现状研讨会" and len(record.attendees) == 6


def case_workshop_choice(window, qtbot):
    for title in ("十月研讨会", "十一月研讨会"):
        window.controller.editor.start_workshop(title, dt.date(2026, 11, 20))
    chosen = []
    workshop_operations(window).choose_workshop(chosen.append)
    dialog = shown(window, WorkshopChoiceDialog)
    dialog.choices.setCurrentRow(1)
    press(dialog)
    assert chosen == [window.controller.doc.project.interviews[1].id]


def case_vote(window, qtbot):
    """Opened from the presentation (V), filled through its widgets, started with OK."""
    from PySide6.QtWidgets import QApplication

    from opsflow_desktop.app.presentation.voting import VoteDialog
    from opsflow_desktop.model import Attendee

    record = window.controller.editor.start_workshop("上架研讨会", dt.date.today())
    window.controller.editor.set_fields(record.id, {"attendees": [Attendee(name="王敏"), Attendee(name="李娜")]})
    window.named_actions["present"].trigger()
    presentation = window.presentation
    QTest.keyClick(presentation.audience, Qt.Key.Key_V)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, VoteDialog) and w.isVisible())
    assert not dialog.grab().isNull()
    dialog.people.item(1).setCheckState(Qt.CheckState.Unchecked)  # 李娜 left the room
    retype(dialog.others, "赵磊，周平")
    dialog.dots.setValue(5)
    press(dialog)
    vote = record.votes[-1]
    assert vote.voters == ["王敏", "赵磊", "周平"] and vote.dots_each == 5
    presentation.stop()


DIALOG_CASES = {
    ProjectDialog: case_project,
    DepartmentsDialog: case_departments,
    GoalDialog: case_goal,
    SignOffDialog: case_signoff,
    RevisionDialog: case_revision,
    SideBySideWindow: case_side_by_side,
    VoteDialog: case_vote,
    NameDialog: case_name,
    AddLaneDialog: case_add_lane,
    MapSourceDialog: case_map_source,
    ShortcutsDialog: case_shortcuts,
    WorkshopDialog: case_workshop,
    WorkshopChoiceDialog: case_workshop_choice,
}


def dialog_classes() -> set[type]:
    found = set()
    for info in pkgutil.walk_packages(opsflow_desktop.app.__path__, "opsflow_desktop.app."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found.add(cls)
    return found


def test_every_dialog_of_the_application_has_a_case_here():
    assert dialog_classes() == set(DIALOG_CASES)


@pytest.mark.parametrize("cls", list(DIALOG_CASES), ids=lambda cls: cls.__name__)
def test_the_dialog_opens_paints_and_accepts_through_its_widgets(window, qtbot, cls):
    DIALOG_CASES[cls](window, qtbot)


def test_removing_a_used_department_says_what_uses_it(window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    window.named_actions["departments"].trigger()
    dialog = shown(window, DepartmentsDialog)
    dialog.table.selectRow(1)  # 设计部
    QTest.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "设计部" in asked[0] and "Lanes linked to it" in asked[0] and "RACI" in asked[0]
    assert "设计部" not in [d.name for d in window.controller.doc.project.departments]
    window.undo_action.trigger()  # the dialog is not modal: undo works while it is open
    qtbot.waitUntil(lambda: dialog.table.item(1, NAME).text() == "设计部")  # and it follows the undo
    press(dialog, QDialogButtonBox.StandardButton.Close)


def test_a_signed_off_project_shows_its_details_read_only(window):
    sign_off_everything(window.controller.editor)
    window.named_actions["project_details"].trigger()
    dialog = shown(window, ProjectDialog)
    assert dialog.title.isReadOnly() and not dialog.drafted_on.isEnabled()
    press(dialog, QDialogButtonBox.StandardButton.Close)


def test_a_map_of_the_wrong_kind_is_not_offered_as_source(window):
    window.tabs.setCurrentIndex(1)
    window.named_actions["map_source"].trigger()
    dialog = shown(window, MapSourceDialog)
    offered = [dialog.source.itemData(i) for i in range(dialog.source.count())]
    kinds = {m.id: m.kind for m in window.controller.doc.maps}
    assert all(i is None or kinds[i] is MapKind.CURRENT for i in offered)
    press(dialog, QDialogButtonBox.StandardButton.Cancel)
