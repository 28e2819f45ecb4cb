"""What a desktop user expects of the window: maps as tabs they can reorder and delete, the window as they left it,
headers that stay readable, a register that keeps up with the keyboard, nothing editable once signed off."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from opsflow_desktop.app.document_controller import DocumentController
from opsflow_desktop.app.language import LanguageManager
from opsflow_desktop.app.main_window import MainWindow
from opsflow_desktop.app.panels.findings import COLUMNS
from opsflow_desktop.canvas import style
from opsflow_desktop.model import MapKind
from tests.app.helpers import drag
from tests.signing_helpers import sign_off_everything


def column(key: str) -> int:
    return [k for k, _, _ in COLUMNS].index(key)


# ------------------------------------------------------------------ maps as tabs
def test_dragging_a_tab_reorders_the_maps_in_one_undo_step(window, qtbot):
    bar = window.tabs.tabBar()
    first, second = window.controller.doc.maps
    start = bar.tabRect(0).center()
    end = bar.tabRect(1).center() + QPoint(bar.tabRect(1).width() // 2 - 4, 0)
    drag(bar, start, end, steps=12)
    assert window.controller.doc.maps == [second, first]
    assert window.tabs.tabText(1) == first.name
    assert window.controller.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.controller.doc.maps == [first, second] and window.tabs.tabText(0) == first.name


def test_the_tab_marker_tells_current_from_target(window):
    assert window.tabs.tabToolTip(0) == "Current map"
    assert window.tabs.tabToolTip(1).startswith("Target map, designed from")
    assert (
        not window.tabs.tabIcon(0).isNull() and window.tabs.tabIcon(0).cacheKey() != window.tabs.tabIcon(1).cacheKey()
    )


def test_deleting_a_map_asks_first_naming_what_goes_and_undo_brings_it_back(window, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    current = window.controller.doc.maps[0]
    window.named_actions["delete_map"].trigger()
    assert "15 steps, 15 flows and 8 findings" in asked[0] and "Target maps designed from it" in asked[0]
    assert current.id not in window.controller.doc and window.tabs.count() == 1
    window.undo_action.trigger()
    assert window.tabs.count() == 2 and window.tabs.tabText(0) == current.name


def test_a_new_current_map_is_one_undo_step(window):
    window.named_actions["new_map"].trigger()
    from opsflow_desktop.app.dialogs.name_dialog import NameDialog

    [dialog] = [d for d in window.findChildren(NameDialog) if d.isVisible()]
    QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    new = window.controller.doc.maps[-1]
    assert new.kind is MapKind.CURRENT and len(new.lanes) == 1 and len(new.phases) == 1
    assert window.current_view().scene().map_id == new.id
    assert window.controller.undo_stack.count() == 1


# ------------------------------------------------------------------ the window as the user left it
def test_the_window_size_is_remembered(window, qtbot):
    window.resize(700, 500)  # inside the offscreen screen, where a restored window is kept
    window.move(40, 30)
    window.save_layout()
    languages = LanguageManager()
    second = MainWindow(DocumentController(), languages)
    try:
        assert (second.size().width(), second.size().height()) == (700, 500)
    finally:
        second.controller.undo_stack.setClean()
        second.deleteLater()
    assert QSettings().value("window_geometry") is not None


def test_the_canvas_gets_most_of_a_1366_by_768_window(qtbot):
    QSettings().clear()
    window = MainWindow(DocumentController(), LanguageManager())
    window.controller.new_blank()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    try:
        view = window.current_view()
        area = view.width() * view.height()
        others = [window.properties_dock, window.findings_dock]
        assert area > max(d.width() * d.height() for d in others)
        assert area >= 0.45 * 1366 * 768
    finally:
        window.controller.undo_stack.setClean()
        window.close()
        window.deleteLater()


# ------------------------------------------------------------------ headers
def test_a_wide_stage_keeps_its_name_on_screen_when_zoomed_in(window):
    view = window.current_view()
    view.set_scale(4.0)
    stage = view.scene().phase_rects()[0][1]
    view.scroll_to_top_left(QPointF(stage.left() + stage.width() * 0.6, 0))
    header = view.phase_bar.headers()[0]
    assert header.rect.left() < 0, "the stage starts left of the screen"
    from PySide6.QtGui import QPainter, QPixmap

    pixmap = QPixmap(view.phase_bar.size())
    painter = QPainter(pixmap)
    drawn = view.phase_bar._draw_name(painter, header, pixmap.rect().toRectF(), None)
    painter.end()
    assert drawn is not None and drawn.left() >= 0 and drawn.right() <= view.phase_bar.width()


def test_lane_names_keep_a_readable_size_far_out(window):
    view = window.current_view()
    view.set_scale(0.05)
    from PySide6.QtGui import QPainter, QPixmap

    pixmap = QPixmap(view.lane_bar.size())
    painter = QPainter(pixmap)
    header = view.lane_bar.headers()[0]
    drawn = view.lane_bar._draw_name(painter, header, pixmap.rect().toRectF(), None)
    size = painter.font().pixelSize()
    painter.end()
    assert drawn is not None and size >= style.HEADER_MIN_PIXELS


# ------------------------------------------------------------------ the register
def test_tab_after_editing_a_register_cell_keeps_what_is_typed_next(window, qtbot):
    panel = window.findings_panel
    window.findings_dock.show()
    panel.refresh()
    table = panel.table
    owner, action = column("owner"), column("action")
    finding = window.controller.doc.get(table.item(0, 0).data(Qt.ItemDataRole.UserRole))
    table.setCurrentCell(0, owner)
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "Ops team")
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # commits, and opens the next cell
    qtbot.wait(300)  # longer than the register's refresh delay
    assert finding.owner == "Ops team"
    typing = QApplication.focusWidget()
    assert typing is not editor and table.currentColumn() == action
    QTest.keyClicks(typing, "merge reviews")
    qtbot.wait(300)  # the register would have been rebuilt under the open editor here
    QTest.keyClick(typing, Qt.Key.Key_Return)  # Qt commits an editor's Enter on the next turn of the loop
    qtbot.waitUntil(lambda: finding.action == "merge reviews")


def test_register_dates_are_picked_from_a_calendar_and_can_be_cleared(window, qtbot):
    panel = window.findings_panel
    panel.refresh()
    table = panel.table
    due = column("due")
    finding = window.controller.doc.get(table.item(1, 0).data(Qt.ItemDataRole.UserRole))
    table.setCurrentCell(1, due)
    table.editItem(table.item(1, due))
    from opsflow_desktop.app.fields import DateField

    [field] = [w for w in table.findChildren(DateField) if w.isVisible()]
    assert field.edit.calendarPopup()
    field.edit.setDate(field.edit.date().fromString("2026-12-24", "yyyy-MM-dd"))
    table.setCurrentCell(2, 0)  # moving on commits the editor
    assert finding.due_date == dt.date(2026, 12, 24)
    table.setCurrentCell(1, due)
    table.editItem(table.item(1, due))
    [field] = [w for w in table.findChildren(DateField) if w.isVisible()]
    QTest.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    table.setCurrentCell(2, 0)
    assert finding.due_date is None


def test_a_bad_date_names_its_column(window, qtbot):
    panel = window.findings_panel
    panel.refresh()
    item = panel.table.item(0, column("said_on"))
    item.setText("next week")
    assert "Said on" in window.statusBar().currentMessage()


# ------------------------------------------------------------------ signed off: nothing opens for editing
def test_a_signed_off_document_opens_no_editor_anywhere(window, qtbot):
    sign_off_everything(window.controller.editor)
    view = window.current_view()
    step = view.scene().map.steps[1]
    view.scene().select_ids([step.id])
    window.properties.show_element(step.id)
    assert window.properties.name.isReadOnly() and not window.properties.kind.isEnabled()
    panel = window.findings_panel
    panel.refresh()
    assert panel.table.editTriggers() == panel.table.EditTrigger.NoEditTriggers
    header = view.lane_bar.headers()[0]
    QTest.mouseDClick(view.lane_bar, Qt.MouseButton.LeftButton, pos=header.rect.center().toPoint())
    from opsflow_desktop.canvas.inline_editor import InlineEditor

    assert not [e for e in view.lane_bar.findChildren(InlineEditor) if e.isVisible()]
    assert "signed off" in window.statusBar().currentMessage()


def test_the_branch_probability_is_one_undo_step_per_value(window):
    view = window.current_view()
    flow = next(f for f in view.scene().map.flows if f.probability is not None)
    view.scene().select_ids([flow.id])
    window.properties.show_element(flow.id)
    spin = window.properties.probability
    depth = window.controller.undo_stack.count()
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "35")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert flow.probability == 0.35
    assert window.controller.undo_stack.count() == depth + 1


# ------------------------------------------------------------------ found by a new user and a review
def test_zoom_to_100_percent_keeps_the_middle_of_the_view(window):
    view = window.current_view()
    view.fit_all()
    middle = view.mapToScene(view.viewport().rect().center())
    window.named_actions["zoom_100"].trigger()
    after = view.mapToScene(view.viewport().rect().center())
    assert view.current_scale() == 1.0 and (after - middle).manhattanLength() < 4  # pixel rounding


def test_a_flow_dropped_on_a_connection_point_just_outside_the_step_connects(window):
    from opsflow_desktop.canvas.tools.ports import side_point, step_rect
    from opsflow_desktop.model import Side
    from tests.app.helpers import step_centre

    view = window.current_view()
    view.set_scale(1.0)
    steps = view.scene().map.steps
    source, target = steps[1], steps[3]
    view.centerOn(QPointF((source.x + target.x) / 2, (source.y + target.y) / 2))
    QTest.mouseMove(view.viewport(), step_centre(view, source) + QPoint(2, 2))
    QTest.mouseMove(view.viewport(), step_centre(view, source))
    start = side_point(step_rect(view, source.id), Side.BOTTOM).toPoint()
    end = side_point(step_rect(view, target.id), Side.TOP).toPoint() - QPoint(0, 3)  # 3 px above the outline
    before = len(view.scene().map.flows)
    drag(view.viewport(), start, end)
    assert len(view.scene().map.flows) == before + 1
    flow = view.scene().map.flows[-1]
    assert (flow.target_id, flow.target_side) == (target.id, Side.TOP)


def test_an_unknown_element_is_a_bug_not_a_refusal(window):
    import pytest as _pytest

    from opsflow_desktop.canvas.refusals import attempt
    from opsflow_desktop.model import UnknownElementError

    with _pytest.raises(UnknownElementError):
        attempt(window.controller.editor.rename, "step_gone", "x")


def test_the_departments_window_lets_undo_through_and_closes_with_its_document(window, qtbot):
    window.named_actions["departments"].trigger()
    dialog = window.project.departments_dialog
    assert dialog.isVisible() and not dialog.isModal()
    window.controller.new_blank()
    qtbot.waitUntil(lambda: window.project.departments_dialog is None)


def test_find_looks_again_after_the_map_in_view_changed(window):
    window.named_actions["find"].trigger()
    from tests.app.helpers import type_with_input_method

    type_with_input_method(window.find_bar.edit, "审批")
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    window.tabs.setCurrentIndex(1)  # the target map: its approvals are other steps
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    view = window.current_view()
    [selected] = view.scene().selected_step_ids()
    assert selected in view.scene().step_items


def test_the_shortcut_list_shows_each_key_once_without_mnemonics(window):
    from opsflow_desktop.app.actions import shortcut_rows

    window.named_actions["lang_zh"].trigger()
    rows = dict((meaning, keys) for keys, meaning in shortcut_rows())
    assert rows["缩小"] == "Ctrl+-" and "保存" in rows and not any("(&" in m or "&" in m for m in rows)


def test_tabs_cannot_be_dragged_on_a_signed_off_document(window):
    sign_off_everything(window.controller.editor)
    assert not window.tabs.isMovable() and not window.named_actions["move_map_left"].isEnabled()


def test_map_actions_that_would_be_refused_are_greyed_out(window):
    assert window.named_actions["map_source"].isEnabled() is False  # the current map has no source
    assert not window.named_actions["move_map_left"].isEnabled() and window.named_actions["move_map_right"].isEnabled()
    window.tabs.setCurrentIndex(1)
    assert window.named_actions["map_source"].isEnabled() and not window.named_actions["derive"].isEnabled()


def test_an_empty_date_stepped_with_the_arrow_key_starts_from_today(qtbot):
    """Not 1900-01-02: the first ↑ on a date nobody set gives today."""
    from opsflow_desktop.app.fields import DateField

    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.edit.setFocus()
    QTest.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.value() == dt.date.today()
    QTest.keyClick(field.edit, Qt.Key.Key_Up)  # then on from today, in the section the cursor is in
    assert 0 < abs((field.value() - dt.date.today()).days) <= 366
