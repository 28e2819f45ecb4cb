"""The interview dock (访谈): type the process while someone talks; the map draws itself, and a change made on
the canvas shows in the text. The notation is read by io/text; each pause in typing is one undoable edit."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QInputMethodEvent, QKeyEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...canvas.refusals import is_refusal
from ...editing import DocumentEditor
from ...editing.signoff import is_signed_off
from ...i18n import QT_TRANSLATE_NOOP, tr
from ...io.text import notation
from ...io.text.lines import carry_refs
from ...io.text.reader import parse_outline
from ...io.text.writer import text_of_map
from ...model import DocumentError, OutlineLine, ProcessMap
from ...model.outline import LineProblem

TYPING_PAUSE_MS = 350  # a pause this long ends one undo step and redraws the map
MAX_LISTED_PROBLEMS = 3
HELP_HEIGHT = 190  # pixels: the cheat sheet's nine lines at the usual font size


# (example, what it means): one screen of help. Examples are in the interface's language; both kinds of
# punctuation are read whatever the language.
CHEAT_SHEET = [
    (
        QT_TRANSLATE_NOOP("", "@ Li Na, service lead, Customer service, 2026-11-20, phone call"),
        QT_TRANSLATE_NOOP("", "who is speaking: name, role, department, date, where (a new @ line: a new interview)"),
    ),
    (QT_TRANSLATE_NOOP("", "# Intake"), QT_TRANSLATE_NOOP("", "a stage (a column)")),
    (
        QT_TRANSLATE_NOOP("", "Customer service: Log complaint, 5min, wait 10min, in 《call log》, out 《ticket》"),
        QT_TRANSLATE_NOOP("", "a step: department (kept for the lines below), name, time, waiting, inputs, outputs"),
    ),
    (
        QT_TRANSLATE_NOOP("", "Solved on the call?"),
        QT_TRANSLATE_NOOP("", "a decision; (approval) (sub-process) (wait) (document) give other kinds"),
    ),
    (
        QT_TRANSLATE_NOOP("", "  yes 70% -> Reply to customer"),
        QT_TRANSLATE_NOOP("", "a branch or jump to a named step; “no ->” to the next line; “-|” nowhere"),
    ),
    (
        QT_TRANSLATE_NOOP("", "+ Finance: Refund"),
        QT_TRANSLATE_NOOP("", "in parallel with the line above; a line “End” ends the process"),
    ),
    (
        QT_TRANSLATE_NOOP("", "!Bottleneck nobody answers at night, high"),
        QT_TRANSLATE_NOOP(
            "",
            "a finding on the step above: type (or its canvas key letter), text, severity; “!->” on the hand-off"
            " into it, where a breakpoint sits by itself",
        ),
    ),
    (QT_TRANSLATE_NOOP("", "> one person on the night shift"), QT_TRANSLATE_NOOP("", "a note of the interview")),
    (QT_TRANSLATE_NOOP("", "// to check with finance"), QT_TRANSLATE_NOOP("", "a comment, for you alone")),
]


def cheat_sheet() -> str:
    return "".join(
        f"<p style='margin:0 0 3px 0'><code style='color:#0f172a'>{escape(tr(example)).replace(' ', '&nbsp;')}"
        f"</code>&nbsp;&nbsp;<span style='color:#64748b'>{escape(tr(meaning))}</span></p>"
        for example, meaning in CHEAT_SHEET
    )


class InterviewEdit(QPlainTextEdit):
    """The text, with an underline and a tooltip on every line that cannot be read, and completion of the
    department and step names already in the map."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[LineProblem] = []
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.names_model = QStringListModel(self)  # kept here: the completer does not own its model
        self.completer = QCompleter(self.names_model, self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self._complete_with)
        self.names: list[str] = []

    # ------------------------------------------------------------- problems
    def show_problems(self, problems: list[LineProblem]) -> None:
        self.problems = problems
        selections = []
        document = self.document()
        for problem in problems:
            block = document.findBlockByNumber(problem.line)
            if not block.isValid():
                continue
            cursor = QTextCursor(block)
            length = block.length() - 1
            start = min(problem.start, length)
            end = length if problem.end < 0 else min(problem.end, length)
            if end <= start:
                start, end = 0, length
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            char_format = QTextCharFormat()
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            char_format.setUnderlineColor(QColor("#dc2626"))
            char_format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selection.format = char_format
            selections.append(selection)
        self.setExtraSelections(selections)

    def problems_at_line(self, line: int) -> list[str]:
        return [p.message for p in self.problems if p.line == line]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = event.pos()  # type: ignore[attr-defined]
            line = self.cursorForPosition(position).blockNumber()
            messages = self.problems_at_line(line)
            if messages:
                QToolTip.showText(event.globalPos(), "\n".join(messages), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # ------------------------------------------------------------- completion
    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.popup()
        keys = (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Backtab)
        if popup.isVisible() and event.key() in keys:
            event.ignore()  # the completer's popup takes them
            return
        if popup.isVisible() and event.key() == Qt.Key.Key_Tab:
            self._complete_with(self.completer.currentCompletion())
            popup.hide()
            return
        super().keyPressEvent(event)
        self.offer_completion()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        super().inputMethodEvent(event)
        if event.commitString():
            self.offer_completion()

    def completion_prefix(self) -> str:
        """The name being typed: after the line's start, its department's colon, or an arrow."""
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        norm = notation.normalise(before)
        cut = max(norm.rfind(":"), norm.rfind(">"), norm.rfind(notation.ARROW_MARK), norm.rfind("+"))
        if cut < 0 and norm.lstrip()[:1] in "#@!>/":
            return ""  # a heading, header, finding, note or comment: no names there
        if "," in norm[cut + 1 :]:
            return ""  # the details after the name
        return before[cut + 1 :].lstrip()

    def offer_completion(self) -> None:
        prefix = self.completion_prefix()
        matches = [name for name in self.names if prefix and name.startswith(prefix) and name != prefix]
        if not matches:
            self.completer.popup().hide()
            return
        self.names_model.setStringList(matches)
        self.completer.setCompletionPrefix(prefix)
        rect = self.cursorRect()
        rect.setWidth(max(200, self.completer.popup().sizeHintForColumn(0) + 24))
        self.completer.complete(rect)
        # The best match is chosen already: Enter or Tab takes it, typing on ignores it.
        self.completer.popup().setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _complete_with(self, name: str) -> None:
        prefix = self.completion_prefix()
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix))
        cursor.insertText(name)
        self.setTextCursor(cursor)


class InterviewPanel(QWidget):
    """The dock's content: the cheat sheet, the text and what could not be read."""

    full_width_toggled = Signal(bool)
    # The step of the line being typed, after each pause: the canvas keeps it in sight (map id, step id).
    step_typed = Signal(str, str)

    def __init__(
        self,
        editor: Callable[[], DocumentEditor],
        current_map_id: Callable[[], str | None],
        report: Callable[[str], None],
    ) -> None:
        super().__init__()
        self._editor, self._current_map_id, self._report = editor, current_map_id, report
        self.map_id: str | None = None
        self._lines: list[OutlineLine] = []
        self._text_of: str | None = None  # the map whose text the editor holds (None while none is loaded)
        self._applying = False
        self._loading = False
        self.text = InterviewEdit()
        self.help_button = QToolButton()
        self.help_button.setCheckable(True)
        self.help_button.setChecked(True)
        self.full_width_button = QToolButton()
        self.full_width_button.setCheckable(True)
        self.full_width_button.toggled.connect(self.full_width_toggled)
        self.map_label = QLabel()
        self.help = QTextBrowser()  # scrolls when the dock is short; never takes more than a third of it
        self.help.setOpenLinks(False)
        self.help.setStyleSheet("QTextBrowser { background: #f8fafc; border: 1px solid #e2e8f0; }")
        self.help.setMaximumHeight(HELP_HEIGHT)
        self.help_button.toggled.connect(self.help.setVisible)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("QLabel { color: #b91c1c; }")
        top = QHBoxLayout()
        top.addWidget(self.map_label, 1)
        top.addWidget(self.help_button)
        top.addWidget(self.full_width_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.help)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(TYPING_PAUSE_MS)
        self.pause.timeout.connect(self.apply)
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(0)
        self.reload_timer.timeout.connect(self.reload)
        self.text.textChanged.connect(self._typed)
        self.retranslate()

    def retranslate(self) -> None:
        self.help_button.setText(tr("Cheat sheet"))
        self.full_width_button.setText(tr("Full width"))
        self.full_width_button.setToolTip(tr("Give the text the whole window (for a small screen)"))
        self.help.setHtml(cheat_sheet())
        self.text.setPlaceholderText(tr("Type the process here while the interviewee talks…"))
        self._update_map_label()

    # ------------------------------------------------------------- following the window
    def follow_map(self) -> None:
        """Show the text of the map in view (after a tab change or a new document). Hidden, the dock only
        notes the map: writing a 5,000-step map as text must not slow down opening it."""
        map_id = self._current_map_id()
        if map_id != self.map_id:
            if self.pause.isActive():
                self.pause.stop()
                self.apply()
            self.map_id = map_id
            # Another map: the old text goes at once (nothing may be typed into it for the new map), the new
            # one comes after the map is painted (a 5,000-step text takes a second).
            self._lines, self._text_of = [], None
            self._set_text("")
            self.text.setReadOnly(True)
            if self.isVisible():
                self.reload_timer.start()

    def flush(self) -> None:
        """Apply what was typed before the pause is over (another edit is about to be made)."""
        if self.pause.isActive():
            self.apply()

    def _listen_to_editor(self) -> None:
        editor = self._editor()
        if self.flush not in editor.before_edit:
            editor.before_edit.append(self.flush)

    def document_changed(self) -> None:
        """Something changed the document: unless it was this text, show what the map now says."""
        if not self._applying and not self.pause.isActive():
            self.reload_timer.start()

    def process_map(self) -> ProcessMap | None:
        if self.map_id is None or self.map_id not in self._editor().doc:
            return None
        element = self._editor().doc.get(self.map_id)
        return element if isinstance(element, ProcessMap) else None

    def reload(self) -> None:
        if self.pause.isActive():
            return  # typed text not applied yet: it is the newer truth, and the pause's end applies it
        self._listen_to_editor()
        process_map = self.process_map()
        if process_map is None:
            self.map_id = self._current_map_id()
            process_map = self.process_map()
        self._update_map_label()
        if process_map is None:
            self._lines, self._text_of = [], None
            self._set_text("")
            self.text.setReadOnly(True)
            return
        # A signed-off document is read, not typed into (a new revision opens it again).
        self.text.setReadOnly(is_signed_off(self._editor().doc.project))
        lines = text_of_map(self._editor().doc.project, process_map)
        self._lines, self._text_of = lines, process_map.id
        self._set_text("\n".join(line.text for line in lines))
        self._refresh_names(process_map)
        self._show(parse_outline(lines).problems)

    def _set_text(self, text: str) -> None:
        if self.text.toPlainText() == text:
            return
        cursor = self.text.textCursor()
        line, column = cursor.blockNumber(), cursor.positionInBlock()
        self._loading = True
        try:
            self.text.setPlainText(text)
        finally:
            self._loading = False
        block = self.text.document().findBlockByNumber(min(line, self.text.document().blockCount() - 1))
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(column, block.length() - 1))
        self.text.setTextCursor(cursor)

    def _update_map_label(self) -> None:
        process_map = self.process_map()
        self.map_label.setText(
            tr("Interview text of “{map}”", map=process_map.name) if process_map else tr("No map open")
        )

    # ------------------------------------------------------------- typing
    def _typed(self) -> None:
        if not self._loading and self._text_of is not None:
            self._listen_to_editor()
            self.reload_timer.stop()
            self.pause.start()

    def apply(self) -> None:
        """The pause in typing is over: make the map what the text says (one undo step)."""
        self.pause.stop()
        process_map = self.process_map()
        if process_map is None:
            return
        if self._text_of != process_map.id:
            self.reload()  # what is in the editor is no text of this map: never type it into it
            return
        lines = carry_refs(self._lines, self.text.toPlainText().split("\n"))
        parsed = parse_outline(lines)
        self._applying = True
        try:
            self._editor().type_outline(process_map.id, parsed)
            self._lines = list(self._editor().doc.get(process_map.id).outline)
        except DocumentError as error:
            if not is_refusal(error):
                raise
            self._lines = parsed.lines_with_refs()
            self._report(str(error))
            self.status.setText(str(error))
            return
        finally:
            self._applying = False
        self._refresh_names(self._editor().doc.get(process_map.id))
        self._show(parsed.problems)
        line = self.text.textCursor().blockNumber()
        refs = [self._lines[i].ref for i in range(min(line, len(self._lines) - 1), -1, -1)]
        steps = {s.id for s in self._editor().doc.get(process_map.id).steps}
        current = next((ref for ref in refs if ref in steps), None)
        if current is not None:
            self.step_typed.emit(process_map.id, current)

    def _show(self, problems: list[LineProblem]) -> None:
        self.text.show_problems(problems)
        listed = [
            tr("Line {number}: {message}", number=p.line + 1, message=p.message) for p in problems[:MAX_LISTED_PROBLEMS]
        ]
        if len(problems) > MAX_LISTED_PROBLEMS:
            listed.append(tr("… and {count} more", count=len(problems) - MAX_LISTED_PROBLEMS))
        self.status.setText("\n".join(listed))

    def _refresh_names(self, process_map: ProcessMap) -> None:
        names = [lane.name for lane in process_map.lanes] + [d.name for d in self._editor().doc.project.departments]
        names += [step.name for step in process_map.steps]
        self.text.names = sorted(dict.fromkeys(names), key=len)
