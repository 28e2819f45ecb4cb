"""The presenter view on the laptop while the projector shows the map: where the walk is on the whole map, the
step's notes, the issue register with dots and priorities, the vote, the agenda with a timer, and a clock.

It shows what the presentation gives it and hands clicks and keys back; it edits nothing itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...model import AgendaItem
from .capture_bar import CaptureBar


class MapPicture(QWidget):
    """The whole map, small, with a frame where the room is looking; a click goes to the step under it."""

    clicked = Signal(QPointF)  # a scene point

    def __init__(self) -> None:
        super().__init__()
        self.image = QImage()
        self.scene_rect = QRectF()
        self.current = QRectF()
        self.setMinimumSize(320, 180)

    def set_picture(self, image: QImage, scene_rect: QRectF) -> None:
        self.image, self.scene_rect = image, QRectF(scene_rect)
        self.update()

    def set_current(self, rect: QRectF) -> None:
        self.current = QRectF(rect)
        self.update()

    def _placement(self) -> tuple[QRectF, float]:
        if self.image.isNull() or self.scene_rect.isEmpty():
            return QRectF(), 1.0
        scale = min(self.width() / self.scene_rect.width(), self.height() / self.scene_rect.height())
        w, h = self.scene_rect.width() * scale, self.scene_rect.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h), scale

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f1f5f9"))
        target, scale = self._placement()
        if target.isEmpty():
            return
        painter.drawImage(target, self.image)
        if not self.current.isEmpty():
            origin = self.scene_rect.topLeft()
            box = QRectF(
                target.left() + (self.current.left() - origin.x()) * scale,
                target.top() + (self.current.top() - origin.y()) * scale,
                self.current.width() * scale,
                self.current.height() * scale,
            )
            painter.setPen(QPen(QColor("#f59e0b"), 3))
            painter.drawRect(box.intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1)))

    def mousePressEvent(self, event) -> None:  # noqa: N802
        target, scale = self._placement()
        if target.isEmpty():
            return
        point = event.position()
        self.clicked.emit(
            QPointF(
                self.scene_rect.left() + (point.x() - target.left()) / scale,
                self.scene_rect.top() + (point.y() - target.top()) / scale,
            )
        )


class AgendaTimer(QWidget):
    """The agenda, and a count-down for the item under discussion (red once it runs over)."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.items = QListWidget()
        self.items.currentRowChanged.connect(self._chosen)
        layout.addWidget(self.items, 1)
        self.remaining = QLabel("--:--")
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remaining.setStyleSheet("font-size: 28px; font-weight: bold;")
        layout.addWidget(self.remaining)
        row = QHBoxLayout()
        self.start_button = QPushButton(tr("Start timer"))
        self.start_button.clicked.connect(self.toggle)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        self._agenda: list[AgendaItem] = []
        self._started: float | None = None
        self._spent = 0.0

    def set_agenda(self, agenda: list[AgendaItem]) -> None:
        """The agenda as recorded; the item under discussion and its running timer stay across an edit."""
        if [(a.title, a.minutes) for a in agenda] == [(a.title, a.minutes) for a in self._agenda]:
            return
        row = max(self.items.currentRow(), 0)
        self._agenda = list(agenda)
        self.items.blockSignals(True)  # refilling is no choice of another item: the timer keeps running
        self.items.clear()
        for item in agenda:
            minutes = tr(" ({n} min)", n=item.minutes) if item.minutes else ""
            self.items.addItem(QListWidgetItem(item.title + minutes))
        if not agenda:
            self.items.addItem(tr("No agenda yet: add it in the workshop record."))
        self.items.setCurrentRow(min(row, self.items.count() - 1))
        self.items.blockSignals(False)
        self.tick()

    def _chosen(self, _row: int) -> None:
        self._started, self._spent = None, 0.0
        self.start_button.setText(tr("Start timer"))
        self.tick()

    def toggle(self) -> None:
        if self._started is None:
            self._started = time.monotonic()
            self.start_button.setText(tr("Pause timer"))
        else:
            self._spent += time.monotonic() - self._started
            self._started = None
            self.start_button.setText(tr("Start timer"))
        self.tick()

    def elapsed(self) -> float:
        return self._spent + (time.monotonic() - self._started if self._started is not None else 0.0)

    def tick(self) -> None:
        row = self.items.currentRow()
        planned = self._agenda[row].minutes if 0 <= row < len(self._agenda) else None
        spent = self.elapsed()
        if planned:
            left = planned * 60 - spent
            sign = "-" if left < 0 else ""
            left = abs(left)
            self.remaining.setText(f"{sign}{int(left // 60):02d}:{int(left % 60):02d}")
            colour = "#dc2626" if sign else "#111827"
        else:
            self.remaining.setText(f"{int(spent // 60):02d}:{int(spent % 60):02d}")
            colour = "#111827"
        self.remaining.setStyleSheet(f"font-size: 28px; font-weight: bold; color: {colour};")


REGISTER_COLUMNS = (
    lambda: tr("No."),
    lambda: tr("Type"),
    lambda: tr("Finding"),
    lambda: tr("Where"),
    lambda: tr("Dots"),
    lambda: tr("Priority"),
)


class PresenterWindow(QWidget):
    """The laptop's screen: everything the facilitator needs, nothing the room needs to see."""

    def __init__(self, on_close: Callable[[], None]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(tr("OpsFlow — presenter view"))
        self._on_close = on_close
        self.started = time.monotonic()
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.clock = QLabel()
        self.clock.setStyleSheet("font-size: 22px; font-weight: bold;")
        top.addWidget(self.title, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("previous", tr("◀ Previous")),
            ("next", tr("Next ▶")),
            ("overview", tr("Overview")),
            ("steps", tr("Step by step")),
            ("capture", tr("Capture (M)")),
            ("vote", tr("Vote (V)")),
            ("record", tr("Workshop record…")),
            ("end", tr("End (Esc)")),
        ):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the walk
            self.buttons[key] = button
            top.addWidget(button)
        top.addWidget(self.clock)
        outer.addLayout(top)
        self.status = QLabel()  # what the room need not see: a key refused, a mark made
        self.status.setStyleSheet("color: #92400e; font-size: 15px;")
        outer.addWidget(self.status)
        split = QSplitter()
        left = QWidget()
        left_column = QVBoxLayout(left)
        self.picture = MapPicture()
        left_column.addWidget(self.picture, 3)
        self.position = QLabel()
        self.position.setStyleSheet("font-size: 20px; font-weight: bold;")
        left_column.addWidget(self.position)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setStyleSheet("font-size: 15px;")
        left_column.addWidget(self.notes, 2)
        split.addWidget(left)
        self.tabs = QTabWidget()
        self.register = QTableWidget(0, len(REGISTER_COLUMNS))
        self.register.setHorizontalHeaderLabels([c() for c in REGISTER_COLUMNS])
        self.register.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register.verticalHeader().hide()
        # Sized once per fill, not measured again on every cell (hundreds of findings: seconds per key).
        self.register.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._highlighted: set[int] = set()
        self.tabs.addTab(self.register, tr("Issue register"))
        vote_page = QWidget()
        vote_column = QVBoxLayout(vote_page)
        self.vote_state = QLabel(tr("No vote running. Press V to start one."))
        self.vote_state.setWordWrap(True)
        vote_column.addWidget(self.vote_state)
        self.voters = QListWidget()
        self.voters.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        vote_column.addWidget(self.voters, 1)
        self.ranking = QLabel()
        self.ranking.setWordWrap(True)
        self.ranking.setTextFormat(Qt.TextFormat.RichText)
        self.ranking.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        vote_column.addWidget(self.ranking, 1)
        self.tabs.addTab(vote_page, tr("Vote"))
        self.agenda = AgendaTimer()
        self.tabs.addTab(self.agenda, tr("Agenda and timer"))
        split.addWidget(self.tabs)
        split.setSizes([600, 520])
        outer.addWidget(split, 1)
        self.capture = CaptureBar()
        self.capture.hide()
        outer.addWidget(self.capture)
        self.help = QLabel(self)  # the keys, over the presenter view
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setStyleSheet("background: rgba(17,24,39,240); color: white; font-size: 16px; padding: 16px;")
        self.help.hide()
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._tick()

    def _tick(self) -> None:
        spent = int(time.monotonic() - self.started)
        self.clock.setText(f"{time.strftime('%H:%M')}  ·  {spent // 3600}:{spent // 60 % 60:02d}:{spent % 60:02d}")
        self.agenda.tick()

    def set_register(self, rows: Sequence[Sequence[str]]) -> None:
        """Rows of (No., type, finding, where, dots, priority), filled with the table's updates held."""
        self.register.setUpdatesEnabled(False)
        self.register.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.register.setItem(r, c, QTableWidgetItem(text))
        for column in (0, 1, 3, 4, 5):
            self.register.resizeColumnToContents(column)
        self.register.setUpdatesEnabled(True)
        self._highlighted = set()

    def highlight_rows(self, rows: set[int]) -> None:
        """The findings on the step in view, marked; only the rows that change are touched."""
        for r in self._highlighted ^ rows:
            colour = QColor("#fef3c7") if r in rows else QColor(0, 0, 0, 0)
            for c in range(self.register.columnCount()):
                item = self.register.item(r, c)
                if item is not None:
                    item.setBackground(colour)
        self._highlighted = set(rows)

    def set_voters(self, lines: list[str]) -> None:
        self.voters.clear()
        self.voters.addItems(lines)

    def say(self, text: str) -> None:
        self.status.setText(text)

    def toggle_help(self, html: str) -> None:
        if self.help.isVisible():
            self.help.hide()
            return
        self.help.setText(html)
        self.help.setFixedWidth(min(self.width() - 40, 720))
        self.help.adjustSize()
        self.help.move((self.width() - self.help.width()) // 2, 60)
        self.help.show()
        self.help.raise_()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._on_close()
        super().closeEvent(event)
