"""Driving the window with real input: points on the canvas, drags, an input method's committed text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest


def type_with_input_method(widget, text: str) -> None:
    """What a Chinese input method sends when the user picks a candidate: a committed string."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    preedit = QInputMethodEvent("jine", [])  # the pinyin being composed
    QCoreApplication.sendEvent(widget, preedit)
    commit = QInputMethodEvent()
    commit.setCommitString(text)
    QCoreApplication.sendEvent(widget, commit)


def shown(window, cls):
    """The one visible dialog of ``cls``, after checking that it paints."""
    dialogs = [d for d in window.findChildren(cls) if d.isVisible()]
    assert len(dialogs) == 1, f"one {cls.__name__} is open"
    dialog = dialogs[0]
    assert not dialog.grab().isNull()
    return dialog


def press(dialog, which=None) -> None:
    """Click a button of the dialog's button box (OK unless told) and check that the dialog closed."""
    from PySide6.QtWidgets import QDialogButtonBox

    button = dialog.findChild(QDialogButtonBox).button(which or QDialogButtonBox.StandardButton.Ok)
    assert button is not None and button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def retype(widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    type_with_input_method(widget, text)


def inline_editor(view):
    from opsflow_desktop.canvas.inline_editor import InlineEditor

    editors = [e for e in view.viewport().findChildren(InlineEditor) if e.isVisible()]
    assert len(editors) == 1, "one inline editor is open"
    return editors[0]


def view_point(view, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def step_centre(view, step) -> QPoint:
    return view_point(view, QPointF(step.x + step.width / 2, step.y + step.height / 2))


def drag(widget, start: QPoint, end: QPoint, button=Qt.MouseButton.LeftButton, steps: int = 6) -> None:
    QTest.mousePress(widget, button, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * i / steps
        QTest.mouseMove(widget, QPoint(int(point.x()), int(point.y())))
    QTest.mouseRelease(widget, button, Qt.KeyboardModifier.NoModifier, end)


def open_analysis(window, qtbot):
    window.analysis_dock.show()
    window.analysis_dock.raise_()
    window.analysis_panel.refresh()
    return window.analysis_panel
