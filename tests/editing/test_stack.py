"""The Qt-free stack: history, clean state and merging, as QUndoStack behaves."""

from opsflow_desktop.editing import UndoStack


def test_clean_state_follows_save_and_undo(small):
    stack = small.editor.stack
    assert stack.is_clean()
    small.editor.rename(small.a.id, "甲")
    assert not stack.is_clean()
    stack.set_clean()
    small.editor.rename(small.a.id, "乙")
    stack.undo()
    assert stack.is_clean() and small.a.name == "甲"


def test_a_new_edit_after_undo_discards_the_redo_branch(small):
    stack = small.editor.stack
    small.editor.rename(small.a.id, "甲")
    small.editor.rename(small.a.id, "乙")
    stack.undo()
    small.editor.rename(small.a.id, "丙")
    assert not stack.can_redo() and len(stack) == 2


def test_saved_state_unreachable_after_branching_is_never_clean(small):
    stack = small.editor.stack
    small.editor.rename(small.a.id, "甲")
    stack.set_clean()
    stack.undo()
    small.editor.rename(small.a.id, "乙")
    stack.undo()
    assert not stack.is_clean()


def test_nudges_do_not_merge_into_the_saved_state(small):
    stack = small.editor.stack
    small.editor.nudge_steps([small.a.id], 5, 0)
    stack.set_clean()
    small.editor.nudge_steps([small.a.id], 5, 0)
    assert len(stack) == 2
    stack.undo()
    assert stack.is_clean()


def test_texts_for_the_edit_menu(small):
    stack = small.editor.stack
    assert stack.undo_text() == "" and stack.redo_text() == ""
    small.editor.add_step(small.map.id, "新步骤", small.lane1.id, small.phase1.id)
    assert stack.undo_text() == "Add step “新步骤”"
    stack.undo()
    assert stack.redo_text() == "Add step “新步骤”"


def test_index_changed_is_announced():
    stack = UndoStack()
    seen = []
    stack.index_changed.connect(seen.append)
    stack.clear()
    assert seen == [0]
