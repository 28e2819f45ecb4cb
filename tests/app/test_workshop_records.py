"""The workshop record a facilitator writes down: opened for real, painted, filled through its widgets (Chinese
typed through an input method), accepted with OK as one undoable edit; Cancel and a cancelled new one leave
nothing behind."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit

from opsflow_desktop.app.dialogs.workshop_choice_dialog import WorkshopChoiceDialog
from opsflow_desktop.app.dialogs.workshop_dialog import DEPARTMENT, DUE, MINUTES, NAME, OWNER, ROLE, WorkshopDialog
from opsflow_desktop.app.workshop_operations import WorkshopOperations
from opsflow_desktop.model import InterviewKind
from tests.app.helpers import press, retype, shown, type_with_input_method
from tests.signing_helpers import sign_off_everything

CANCEL, CLOSE = QDialogButtonBox.StandardButton.Cancel, QDialogButtonBox.StandardButton.Close


@pytest.fixture
def workshops(window) -> WorkshopOperations:
    return WorkshopOperations(window, window.controller, window.tabs.current_map_id, window.report)


def records(window):
    return [i for i in window.controller.doc.project.interviews if i.kind is InterviewKind.WORKSHOP]


def held(window, title="现状研讨会", **fields):
    return window.controller.editor.start_workshop(title, dt.date(2026, 11, 20), **fields)


def cell_editor(table, cls=QLineEdit):
    """The editor open in a table cell (the delegate's widget, inside the viewport)."""
    editors = [e for e in table.viewport().findChildren(cls) if e.isVisible()]
    assert len(editors) == 1, "one cell editor is open"
    return editors[0]


def type_into_cell(table, row: int, column: int, text: str, cls=QLineEdit) -> None:
    """Open the cell's editor, type as an input method commits, and leave the cell with Tab (it commits)."""
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = cell_editor(table, cls)
    line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
    line.selectAll()
    type_with_input_method(line, text)
    QTest.keyClick(line, Qt.Key.Key_Tab)
    assert table.item(row, column).text() == text


# ------------------------------------------------------------------ a new workshop
def test_a_new_workshop_is_written_down_and_created_on_ok_as_one_undo_step(window, workshops):
    steps = window.controller.undo_stack.count()
    workshops.new_workshop()
    dialog = shown(window, WorkshopDialog)
    map_name = window.controller.doc.get(window.tabs.current_map_id()).name
    assert map_name in dialog.title_edit.text() and dt.date.today().isoformat() in dialog.title_edit.text()
    assert dialog.date.value() == dt.date.today()
    assert records(window) == []  # nothing is created before OK

    retype(dialog.title_edit, "商品上架流程 现状研讨会")
    dialog.date.edit.setDate(QDate(2026, 11, 20))
    retype(dialog.place, "三楼大会议室")
    QTest.mouseClick(dialog.heads_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.attendees.add_button, Qt.MouseButton.LeftButton)
    table = dialog.attendees.table
    row = table.rowCount() - 1
    type_into_cell(table, row, NAME, "吴芳")
    type_into_cell(table, row, DEPARTMENT, "客服部", QComboBox)  # not one of the project's: typed freely
    type_into_cell(table, row, ROLE, "主持人")
    QTest.mouseClick(dialog.attendees.add_button, Qt.MouseButton.LeftButton)  # left empty: dropped

    dialog.tabs.setCurrentWidget(dialog.agenda)
    QTest.mouseClick(dialog.agenda.add_button, Qt.MouseButton.LeftButton)
    type_into_cell(dialog.agenda.table, 0, 0, "回顾现状流程")
    dialog.agenda.table.item(0, MINUTES).setText("30")
    QTest.mouseClick(dialog.agenda.add_button, Qt.MouseButton.LeftButton)
    type_into_cell(dialog.agenda.table, 1, 0, "痛点投票")
    assert "30" in dialog.total.text()

    dialog.tabs.setCurrentIndex(2)
    dialog.decisions.setFocus()
    type_with_input_method(dialog.decisions, "素材需求统一由商品部提交\n法务审核改为并行")
    QTest.mouseClick(dialog.next_actions.add_button, Qt.MouseButton.LeftButton)
    type_into_cell(dialog.next_actions.table, 0, 0, "整理素材需求模板")
    type_into_cell(dialog.next_actions.table, 0, OWNER, "李娜")
    dialog.next_actions.table.item(0, DUE).setText("2026-12-05")
    dialog.tabs.setCurrentIndex(3)
    dialog.notes.setFocus()
    type_with_input_method(dialog.notes, "下次请仓储部带上库存数据")
    assert not dialog.grab().isNull()
    press(dialog)

    [record] = records(window)
    assert (record.title, record.date, record.occasion) == (
        "商品上架流程 现状研讨会",
        dt.date(2026, 11, 20),
        "三楼大会议室",
    )
    heads = [(d.head, d.name) for d in window.controller.doc.project.departments]
    assert [(a.name, a.department) for a in record.attendees] == [*heads, ("吴芳", "客服部")]
    assert record.attendees[-1].role == "主持人" and record.attendees[0].role == "Department head"
    assert [(a.title, a.minutes) for a in record.agenda] == [("回顾现状流程", 30), ("痛点投票", None)]
    assert record.decisions == ["素材需求统一由商品部提交", "法务审核改为并行"]
    assert [(a.action, a.owner, a.due) for a in record.actions] == [("整理素材需求模板", "李娜", dt.date(2026, 12, 5))]
    assert record.notes == "下次请仓储部带上库存数据"
    assert window.controller.undo_stack.count() == steps + 1
    window.undo_action.trigger()
    assert records(window) == []  # one undo takes the whole new record back


def test_a_new_workshop_cancelled_leaves_no_record_and_no_undo_step(window, workshops):
    steps = window.controller.undo_stack.count()
    workshops.new_workshop()
    dialog = shown(window, WorkshopDialog)
    retype(dialog.title_edit, "不要了")
    QTest.mouseClick(dialog.heads_button, Qt.MouseButton.LeftButton)
    press(dialog, CANCEL)
    assert records(window) == []
    assert window.controller.undo_stack.count() == steps
    assert not window.isWindowModified()


# ------------------------------------------------------------------ editing a record
def test_ok_applies_the_edit_as_one_undo_step_and_undo_restores_the_record(window, workshops):
    record = held(window, agenda=[{"title": "回顾", "minutes": 20}], decisions=["旧决议"])
    before = record.model_copy(deep=True)
    steps = window.controller.undo_stack.count()
    workshops.edit_workshop(record.id)
    dialog = shown(window, WorkshopDialog)
    assert dialog.agenda.table.item(0, MINUTES).text() == "20"
    retype(dialog.place, "线上会议")
    QTest.mouseClick(dialog.heads_button, Qt.MouseButton.LeftButton)
    dialog.tabs.setCurrentIndex(2)
    dialog.decisions.setFocus()
    dialog.decisions.selectAll()
    type_with_input_method(dialog.decisions, "新决议")
    press(dialog)
    record = window.controller.doc.get(record.id)
    assert record.occasion == "线上会议" and record.decisions == ["新决议"] and len(record.attendees) == 6
    assert window.controller.undo_stack.count() == steps + 1
    assert window.undo_action.text().endswith("Edit workshop “现状研讨会”")
    window.undo_action.trigger()
    assert window.controller.doc.get(record.id) == before


def test_cancel_changes_nothing(window, workshops):
    record = held(window)
    before = record.model_copy(deep=True)
    steps = window.controller.undo_stack.count()
    workshops.edit_workshop(record.id)
    dialog = shown(window, WorkshopDialog)
    retype(dialog.title_edit, "改了又取消")
    QTest.mouseClick(dialog.heads_button, Qt.MouseButton.LeftButton)
    press(dialog, CANCEL)
    assert window.controller.doc.get(record.id) == before
    assert window.controller.undo_stack.count() == steps


def test_ok_without_changes_is_no_edit(window, workshops):
    record = held(window, attendees=[{"name": "李娜", "department": "商品部"}])
    steps = window.controller.undo_stack.count()
    workshops.edit_workshop(record.id)
    press(shown(window, WorkshopDialog))
    assert window.controller.undo_stack.count() == steps


def test_adding_the_department_heads_adds_each_head_once_with_the_department(window, workshops):
    editor = window.controller.editor
    editor.set_department_head(window.controller.doc.project.departments[-1].id, "")
    record = held(window, attendees=[{"name": "李娜", "department": "商品部", "role": "主持人"}])
    workshops.edit_workshop(record.id)
    dialog = shown(window, WorkshopDialog)
    QTest.mouseClick(dialog.heads_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.heads_button, Qt.MouseButton.LeftButton)  # twice: nobody twice
    departments = window.controller.doc.project.departments
    expected = [("李娜", "商品部")] + [(d.head, d.name) for d in departments[1:] if d.head]
    assert [tuple(texts[:2]) for texts in dialog.attendees.rows()] == expected
    assert departments[-1].name in dialog.message.text()  # the department without a head is named
    press(dialog)
    assert [(a.name, a.department) for a in window.controller.doc.get(record.id).attendees] == expected


def test_the_owner_of_an_action_is_completed_from_the_attendees(window, workshops):
    record = held(window, attendees=[{"name": "李娜", "department": "商品部"}, {"name": "王敏"}])
    workshops.edit_workshop(record.id)
    dialog = shown(window, WorkshopDialog)
    dialog.tabs.setCurrentIndex(2)
    QTest.mouseClick(dialog.next_actions.add_button, Qt.MouseButton.LeftButton)
    dialog.next_actions.table.setCurrentCell(0, OWNER)
    dialog.next_actions.table.editItem(dialog.next_actions.table.item(0, OWNER))
    owner = cell_editor(dialog.next_actions.table)
    completer = owner.completer()
    assert completer.model().stringList() == ["李娜", "王敏"]
    press(dialog, CANCEL)


# ------------------------------------------------------------------ bad values
@pytest.mark.parametrize(
    ("fill", "said"),
    [
        (lambda d: d.title_edit.clear(), "title"),
        (lambda d: d.agenda.add_row("回顾", "abc"), "回顾"),
        (lambda d: d.agenda.add_row("回顾", "900"), "600"),
        (lambda d: d.next_actions.add_row("整理模板", "李娜", "下周"), "下周"),
    ],
    ids=["no title", "minutes not a number", "minutes too many", "due not a date"],
)
def test_a_bad_value_is_said_in_the_dialog_which_stays_open(window, workshops, fill, said):
    record = held(window)
    before = record.model_copy(deep=True)
    workshops.edit_workshop(record.id)
    dialog = shown(window, WorkshopDialog)
    fill(dialog)
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.isVisible() and said in dialog.message.text()
    assert window.controller.doc.get(record.id) == before
    press(dialog, CANCEL)


def test_a_new_workshop_without_a_title_is_not_created(window, workshops):
    workshops.new_workshop()
    dialog = shown(window, WorkshopDialog)
    dialog.title_edit.clear()
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and records(window) == []
    press(dialog, CANCEL)


# ------------------------------------------------------------------ signed off
def test_a_signed_off_document_shows_the_record_read_only_and_starts_none(window, workshops):
    record = held(window)
    sign_off_everything(window.controller.editor)
    workshops.edit_workshop(record.id)
    dialog = shown(window, WorkshopDialog)
    assert dialog.title_edit.isReadOnly() and not dialog.heads_button.isEnabled()
    assert not dialog.attendees.add_button.isEnabled()
    press(dialog, CLOSE)
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    assert workshops.new_workshop() is None
    assert any("signed off" in m for m in messages)


# ------------------------------------------------------------------ choosing a workshop
def test_choosing_with_no_workshop_records_a_new_one_first(window, workshops):
    chosen = []
    workshops.choose_workshop(chosen.append)
    dialog = shown(window, WorkshopDialog)
    press(dialog)
    assert chosen == [records(window)[0].id]


def test_choosing_with_one_workshop_takes_it_without_asking(window, workshops):
    record = held(window)
    chosen = []
    assert workshops.choose_workshop(chosen.append) is None
    assert chosen == [record.id]


def test_choosing_among_several_lists_them_newest_first(window, workshops):
    older = held(window, "十月研讨会")
    window.controller.editor.set_fields(older.id, {"date": dt.date(2026, 10, 8)})
    newer = held(window, "十一月研讨会", occasion="三楼大会议室", attendees=[{"name": "李娜"}])
    undated = window.controller.editor.start_workshop("未定日期")
    chosen = []
    workshops.choose_workshop(chosen.append)
    dialog = shown(window, WorkshopChoiceDialog)
    texts = [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
    assert texts[0].startswith("2026-11-20 · 十一月研讨会 · 三楼大会议室")
    assert [dialog.choices.item(i).data(Qt.ItemDataRole.UserRole) for i in range(3)] == [
        newer.id,
        older.id,
        undated.id,
    ]
    dialog.choices.setCurrentRow(1)
    press(dialog)
    assert chosen == [older.id]


def test_new_workshop_from_the_choice_opens_a_new_record(window, workshops):
    held(window, "一")
    held(window, "二")
    chosen = []
    workshops.choose_workshop(chosen.append)
    choice = shown(window, WorkshopChoiceDialog)
    QTest.mouseClick(choice.new_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    dialog = shown(window, WorkshopDialog)
    retype(dialog.title_edit, "三")
    press(dialog)
    assert chosen == [records(window)[-1].id] and records(window)[-1].title == "三"


def test_editing_the_chosen_workshop_opens_its_record(window, workshops):
    held(window, "一")
    second = held(window, "二")
    workshops.edit_chosen_workshop()
    choice = shown(window, WorkshopChoiceDialog)
    choice.choices.setCurrentRow(choice.choices.count() - 1)
    press(choice)
    dialog = shown(window, WorkshopDialog)
    assert dialog.workshop_id == second.id and dialog.title_edit.text() == "二"
    press(dialog, CANCEL)


def test_in_chinese_the_dialog_speaks_chinese_and_names_the_map_in_the_default_title(window, workshops):
    window.named_actions["lang_zh"].trigger()
    workshops.new_workshop()
    dialog = shown(window, WorkshopDialog)
    assert dialog.windowTitle() == "新建研讨会"
    assert dialog.title_edit.text().startswith(window.controller.doc.get(window.tabs.current_map_id()).name + " 研讨会")
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "参会人员（0）",
        "议程（0）",
        "决议与后续行动（0）",
        "会议备注",
    ]
    assert dialog.heads_button.text() == "从部门添加负责人"
    QTest.mouseClick(dialog.heads_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.tabText(0) == "参会人员（6）" and dialog.attendees.texts(0)[ROLE] == "部门负责人"
    press(dialog)
    assert window.undo_action.text().endswith("开始研讨会「" + records(window)[0].title + "」")
