"""Workshop mode on one screen (the offscreen platform has one): F5, the walk, marking and capturing in the
room, a dot vote, and Esc back to the editor. The two-screen run is test_two_screens.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from opsflow_desktop.app.presentation.voting import VoteDialog
from opsflow_desktop.app.presentation.walk import Mode
from opsflow_desktop.canvas import projector, style
from opsflow_desktop.io import load_project
from opsflow_desktop.model import Attendee, FindingType, InterviewKind
from tests.app.helpers import type_with_input_method


@pytest.fixture
def show(window, qtbot):
    """The sample's current map presented (F5), the audience window shown and laid out."""
    window.named_actions["present"].trigger()
    presentation = window.presentation
    assert presentation.is_running()
    qtbot.waitExposed(presentation.audience)
    qtbot.waitUntil(lambda: presentation.views[0].viewport().height() > 300)
    presentation._show(animate=False)  # noqa: SLF001 - laid out now: plan the frames for the real size
    yield presentation
    presentation.stop()


def key(show, which, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(show.audience, which, modifier)
    QApplication.processEvents()  # the refresh after an edit
    if show.views:  # still presenting: jump to where the move goes
        show.views[0].finish_move()


def workshop_findings(window):
    workshops = {r.id for r in window.controller.doc.project.interviews if r.kind is InterviewKind.WORKSHOP}
    return [f for m in window.controller.doc.maps for f in m.findings if f.evidence.interview_id in workshops]


def test_f5_fills_the_screen_with_the_map_alone_and_esc_returns_to_the_editor(window, show, qtbot):
    audience = show.audience
    assert audience.isFullScreen() and audience.geometry() == audience.screen().geometry()
    assert not audience.grab().isNull()
    assert isinstance(show.views[0].viewport(), projector.ProjectorViewport)
    assert show.walk.mode is Mode.OVERVIEW
    key(show, Qt.Key.Key_Escape)
    assert not show.is_running()
    assert window.isVisible()


def test_page_keys_walk_the_stages_and_each_stage_is_readable_from_the_back(window, show):
    view = show.views[0]
    seen = []
    for _ in range(len(show.walk.frames)):
        key(show, Qt.Key.Key_PageDown)
        assert show.walk.mode is Mode.STAGE
        seen.append(show.walk.frames[show.walk.frame].phase_id)
        text_pixels = style.step_font().pixelSize() * view.transform().m11()
        assert text_pixels >= view.viewport().height() / 40 - 0.01, "step text at least 1/40 of the screen"
        frame = show.walk.frames[show.walk.frame].rect
        visible = view.visible_rect()
        assert visible.contains(QPointF(frame[0] + frame[2] / 2, frame[1] + frame[3] / 2))
    phases = [p.id for p in show.walk.map.phases]
    assert sorted(set(seen), key=phases.index) == phases
    key(show, Qt.Key.Key_PageUp)
    assert show.walk.frame == len(show.walk.frames) - 2
    key(show, Qt.Key.Key_Home)
    assert show.walk.mode is Mode.OVERVIEW


def test_enter_walks_step_by_step_with_a_spotlight_and_a_click_goes_to_a_step(window, show, qtbot):
    key(show, Qt.Key.Key_PageDown)
    key(show, Qt.Key.Key_Return)
    assert show.walk.mode is Mode.STEP
    first = show.walk.current_step_id()
    assert show.views[0].spot.step_ids[0] == first
    key(show, Qt.Key.Key_Right)
    assert show.walk.current_step_id() == show.walk.order[show.walk.order.index(first) + 1]
    # A click on another step goes there.
    process_map = show.walk.map
    target = next(s for s in process_map.steps if s.name == "法务合规审核")
    key(show, Qt.Key.Key_Home)
    view = show.views[0]
    point = view.mapFromScene(QPointF(target.x + target.width / 2, target.y + target.height / 2))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    view.finish_move()
    assert show.walk.current_step_id() == target.id
    assert view.visible_rect().contains(QPointF(target.x, target.y))


def test_a_finding_key_marks_the_step_in_the_spotlight_with_the_workshop_as_evidence(window, show):
    show.walk.go_to_step(show.walk.order[4])
    show._show(animate=False)  # noqa: SLF001
    step_id = show.walk.current_step_id()
    key(show, Qt.Key.Key_B)
    found = workshop_findings(window)
    assert [(f.type, f.target_id) for f in found] == [(FindingType.BOTTLENECK, step_id)]
    record = window.controller.doc.get(found[0].evidence.interview_id)
    assert record.title and record.date is not None
    # Tab moves the mark to a hand-off of the step.
    assert show.walk.handoffs(), "the sample's step 5 hands work to another lane"
    key(show, Qt.Key.Key_Tab)
    key(show, Qt.Key.Key_G)
    assert workshop_findings(window)[-1].target_id == show.walk.handoffs()[0]
    key(show, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo works in the room too
    assert len(workshop_findings(window)) == 1


def test_the_capture_line_adds_what_was_said_and_who_said_it(window, show, qtbot):
    record = window.controller.editor.start_workshop("上架研讨会")
    window.controller.editor.set_fields(record.id, {"attendees": [Attendee(name="王敏", department="设计部")]})
    show.workshop_id = record.id
    show.walk.go_to_step(show.walk.order[2])
    show._show(animate=False)  # noqa: SLF001
    key(show, Qt.Key.Key_M)
    bar = show.capture_bar()
    assert bar.isVisible() and bar.line.hasFocus()
    type_with_input_method(bar.line, "资料交接全靠微信，经常漏 — 王敏")
    QTest.keyClick(bar.line, Qt.Key.Key_Return)
    QApplication.processEvents()
    finding = workshop_findings(window)[-1]
    assert finding.title == "资料交接全靠微信，经常漏"
    assert finding.evidence.source == "设计部 王敏" and finding.evidence.interview_id == record.id
    assert finding.target_id == show.walk.current_step_id()
    assert not bar.isVisible()
    assert show.is_running(), "Enter in the capture line does not end the show"
    # A normal edit: autosaved with the rest of the document (the recovery copy holds it).
    copy = load_project(window.controller.autosave())
    assert "资料交接全靠微信，经常漏" in [f.title for m in copy.maps for f in m.findings]


def _vote_dialog() -> VoteDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, VoteDialog) and w.isVisible()]
    assert len(dialogs) == 1
    assert not dialogs[0].grab().isNull()
    return dialogs[0]


def test_a_dot_vote_called_out_by_the_room_becomes_the_priority(window, show, qtbot, monkeypatch):
    editor = window.controller.editor
    record = editor.start_workshop("上架研讨会")
    editor.set_fields(record.id, {"attendees": [Attendee(name="王敏"), Attendee(name="李娜")]})
    show.workshop_id = record.id
    key(show, Qt.Key.Key_V)
    dialog = _vote_dialog()
    dialog.dots.setValue(2)
    QTest.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    vote = show.vote.running()
    assert vote is not None and vote.voters == ["王敏", "李娜"] and vote.dots_each == 2
    findings = show.walk.map.findings
    # 王敏 calls out no. 3 twice; Tab passes to 李娜, who clicks the disc of no. 1.
    for _ in range(2):
        key(show, Qt.Key.Key_3)
        key(show, Qt.Key.Key_Return)
    key(show, Qt.Key.Key_Tab)
    assert show.vote.current_voter() == "李娜"
    disc = next(d for d in show.views[0].discs if d.number == 1)
    view = show.views[0]
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view._disc_centre(disc).toPoint()
    )  # noqa: SLF001 - where the disc is drawn
    assert "李娜" in show.audience.banner.text()
    vote = show.vote.running()
    assert {b.voter: b.dots for b in vote.ballots} == {"王敏": 2, "李娜": 1}
    assert next(d for d in show.views[0].discs if d.number == 3).dots == 2
    # A third dot for 王敏 is refused on the banner, not with a traceback.
    key(show, Qt.Key.Key_Tab)
    key(show, Qt.Key.Key_Tab)
    key(show, Qt.Key.Key_5)
    key(show, Qt.Key.Key_Return)
    assert "王敏 has used all 2 dots" in show.audience.banner.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    key(show, Qt.Key.Key_V)
    assert findings[2].priority == 1 and findings[0].priority == 2
    assert show.audience.overlay.isVisible() and "2" in show.audience.overlay.text()


def test_t_switches_to_the_target_map_and_x_shows_both_side_by_side(window, show):
    current = show.map_id
    window.controller.editor.derive_target(current)
    key(show, Qt.Key.Key_T)
    assert show.map_id != current and len(show.views) == 1
    key(show, Qt.Key.Key_X)
    assert len(show.views) == 2 and show.map_id == current
    key(show, Qt.Key.Key_PageDown)
    left, right = show.views
    assert left.visible_rect().intersects(right.visible_rect()), "the target follows to the same stage"


def test_keys_help_shows_over_the_map(window, show):
    key(show, Qt.Key.Key_F1)
    assert show.audience.overlay.isVisible() and "Esc" in show.audience.overlay.text()
    key(show, Qt.Key.Key_Escape)
    assert show.is_running() and not show.audience.overlay.isVisible()


def test_the_editor_is_untouched_by_clicks_in_the_room(window, show):
    """The audience view shares the scene; a click must not move or select anything."""
    view = show.views[0]
    step = show.walk.map.steps[0]
    before = (step.x, step.y)
    point = view.mapFromScene(QPointF(step.x + 5, step.y + 5))
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseMove(view.viewport(), point + QPoint(200, 100))
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point + QPoint(200, 100)
    )
    assert (step.x, step.y) == before
    assert not view.scene().selectedItems()


def test_keys_typed_in_the_capture_line_do_not_move_the_walk(window, show):
    show.walk.go_to_step(show.walk.order[3])
    show._show(animate=False)  # noqa: SLF001
    target = show.walk.current_step_id()
    key(show, Qt.Key.Key_M)
    bar = show.capture_bar()
    type_with_input_method(bar.line, "交接单经常缺字段")
    for which in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Up, Qt.Key.Key_Space):
        QTest.keyClick(bar.line, which)
    assert show.walk.current_step_id() == target
    QTest.keyClick(bar.line, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert workshop_findings(window)[-1].target_id == target


def test_a_capture_that_names_only_the_speaker_asks_for_what_was_said(window, show):
    key(show, Qt.Key.Key_M)
    bar = show.capture_bar()
    type_with_input_method(bar.line, "— 王敏")
    QTest.keyClick(bar.line, Qt.Key.Key_Return)
    assert workshop_findings(window) == [] and bar.isVisible()
    assert "Type what was said" in show.audience.banner.text()
    QTest.keyClick(bar.line, Qt.Key.Key_Escape)
    assert not bar.isVisible() and bar.line.text() == "" and show.is_running()


def _start_vote(window, show, voters=("王敏", "李娜"), dots=2):
    record = window.controller.editor.start_workshop("上架研讨会")
    window.controller.editor.set_fields(record.id, {"attendees": [Attendee(name=n) for n in voters]})
    show.workshop_id = record.id
    key(show, Qt.Key.Key_V)
    dialog = _vote_dialog()
    dialog.dots.setValue(dots)
    dialog.accept()
    QApplication.processEvents()
    assert show.vote.running() is not None
    return record


def test_undoing_the_end_of_a_vote_opens_it_again_in_the_room(window, show, monkeypatch):
    _start_vote(window, show)
    key(show, Qt.Key.Key_1)
    key(show, Qt.Key.Key_Return)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    key(show, Qt.Key.Key_V)
    assert show.vote.running() is None and show.walk.map.findings[0].priority == 1
    key(show, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert show.vote.running() is not None and show.walk.map.findings[0].priority is None
    assert "Dot vote" in show.audience.banner.text()


def test_shift_enter_takes_back_the_last_dot_and_a_tally_is_typed_as_number_equals_count(window, show):
    _start_vote(window, show)
    key(show, Qt.Key.Key_2)
    key(show, Qt.Key.Key_Return)
    key(show, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # nothing typed: 王敏's last dot back
    assert show.vote.running().ballots == []
    key(show, Qt.Key.Key_Tab)
    key(show, Qt.Key.Key_Tab)  # past 李娜 to the room's tally
    for which in (Qt.Key.Key_3, Qt.Key.Key_Equal, Qt.Key.Key_5):
        key(show, which)
    key(show, Qt.Key.Key_Return)
    assert [(b.voter, b.dots) for b in show.vote.running().ballots] == [("", 5)]
    for which in (Qt.Key.Key_3, Qt.Key.Key_Equal, Qt.Key.Key_2, Qt.Key.Key_0, Qt.Key.Key_0, Qt.Key.Key_0, Qt.Key.Key_0):
        key(show, which)
    key(show, Qt.Key.Key_Return)
    assert "10,000" in show.audience.banner.text()
    assert [(b.voter, b.dots) for b in show.vote.running().ballots] == [("", 5)]


def test_maps_do_not_change_under_a_running_vote(window, show):
    window.controller.editor.derive_target(show.map_id)
    _start_vote(window, show)
    before = show.map_id
    key(show, Qt.Key.Key_T)
    key(show, Qt.Key.Key_X)
    assert show.map_id == before and len(show.views) == 1
    assert "End the vote first" in show.audience.banner.text()


def test_undoing_the_map_shown_ends_the_show_cleanly(window, show):
    window.controller.editor.derive_target(show.map_id)
    key(show, Qt.Key.Key_PageDown)
    key(show, Qt.Key.Key_T)
    assert show.current_map().kind.value == "target"
    key(show, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the target's creation taken back
    QApplication.processEvents()
    assert not show.is_running() and window.isVisible()


def test_t_keeps_the_stage_the_room_is_in(window, show):
    window.controller.editor.derive_target(show.map_id)
    for _ in range(3):
        key(show, Qt.Key.Key_PageDown)
    stage = show.walk.phase_id()
    name = next(p.name for p in show.walk.map.phases if p.id == stage)
    key(show, Qt.Key.Key_T)
    assert next(p.name for p in show.walk.map.phases if p.id == show.walk.phase_id()) == name
    assert show.views[0].caption.startswith("Target map")


def test_the_presenter_view_follows_the_walk(window, qtbot, monkeypatch):
    """One offscreen screen, told to behave as two: the presenter view's register, notes and picture."""
    from opsflow_desktop.app.presentation.presentation import Presentation

    monkeypatch.setattr(Presentation, "has_presenter_view", staticmethod(lambda projector, laptop: True))
    window.named_actions["present"].trigger()
    show = window.presentation
    presenter = show.presenter
    assert presenter is not None and not presenter.grab().isNull()
    findings = show.walk.map.findings
    assert presenter.register.rowCount() == len(findings)
    review = next(s for s in show.walk.map.steps if s.name == "素材评审")
    presenter.picture.clicked.emit(QPointF(review.x + 5, review.y + 5))  # a click on the picture, there
    assert show.walk.current_step_id() == review.id
    marked = {
        r
        for r in range(presenter.register.rowCount())
        if presenter.register.item(r, 0).background().color().name() == "#fef3c7"
    }
    assert marked == {i for i, f in enumerate(findings) if f.target_id == review.id}
    assert "素材评审" in presenter.notes.text()
    QTest.keyClick(show.audience, Qt.Key.Key_F1)  # the keys, on the laptop, not on the projector
    assert presenter.help.isVisible() and not show.audience.overlay.isVisible()
    show.stop()
