"""The strip across the top of the window that says where the document stands in its sign-off.

Hidden for a draft; amber while in review (with how many sign-offs are open); green when signed off and
read-only; red when a signed-off file no longer matches its hash (it was changed outside the application).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ..i18n import tr
from ..labels import label
from ..model import DocumentStatus, Project
from ..model.signing import required_signoff_slots

# (background, border, text) per state: readable on a projector, and not only by colour (the text says it).
_COLOURS = {
    "review": ("#fff4e0", "#e0a030", "#5a3d00"),
    "signed": ("#e5f4e8", "#2e9a4a", "#0f4a20"),
    "tampered": ("#fde8e6", "#d0392b", "#6b1008"),
}


class SignOffBanner(QFrame):
    new_revision_requested = Signal()
    record_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("signoff_banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record_requested)
        self.revision_button = QPushButton()
        self.revision_button.clicked.connect(self.new_revision_requested)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.record_button)
        layout.addWidget(self.revision_button)
        self.state = "draft"
        self.hide()

    def show_project(self, project: Project, matches: bool, changes: list[str]) -> None:
        """Show ``project``'s state; ``matches`` and ``changes`` come from checking a signed-off hash."""
        meta = project.meta
        self.record_button.setText(tr("Record sign-off…"))
        self.revision_button.setText(tr("Start new revision…"))
        self.setToolTip("")
        if meta.status is DocumentStatus.DRAFT:
            self.state = "draft"
            self.hide()
            return
        if meta.status is DocumentStatus.IN_REVIEW:
            self.state = "review"
            slots = required_signoff_slots(project)
            open_slots = [s for s in slots if not s.filled]
            self.text.setText(
                tr(
                    "In review · version {version} · {signed} of {total} sign-offs recorded",
                    version=meta.version,
                    signed=len(slots) - len(open_slots),
                    total=len(slots),
                )
            )
            self.setToolTip(
                tr("Still open:")
                + "\n"
                + "\n".join(label(s.role) + (f" · {s.department}" if s.department else "") for s in open_slots)
            )
        elif matches:
            self.state = "signed"
            self.text.setText(
                tr(
                    "Signed off on {date} · version {version} · SHA-256 {hash}… · read-only: "
                    "start a new revision to change it.",
                    date=meta.signed_on or "?",
                    version=meta.version,
                    hash=meta.signed_hash[:12],
                )
            )
        else:
            self.state = "tampered"
            self.text.setText(
                tr(
                    "Signed off on {date} · version {version}, but the content no longer matches the "
                    "signed hash: the file was changed outside OpsFlow Desktop ({count} changes).",
                    date=meta.signed_on or "?",
                    version=meta.version,
                    count=len(changes),
                )
            )
            self.setToolTip("\n".join(changes[:30]))
        self.record_button.setVisible(self.state == "review")
        self.revision_button.setVisible(self.state in ("signed", "tampered"))
        background, border, text = _COLOURS[self.state]
        self.setStyleSheet(
            f"QFrame#signoff_banner {{ background: {background}; border-bottom: 2px solid {border}; }}"
            f" QFrame#signoff_banner QLabel {{ color: {text}; font-weight: bold; }}"
        )
        self.show()
