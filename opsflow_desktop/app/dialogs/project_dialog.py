"""Project details (文件 → 项目信息): what the manual's first pages and the workbook's titles print.

Document control (title, number, owner, dates), purpose and scope, the glossary, and related documents. OK
applies every change as one undoable edit; version and status are shown but belong to the Sign-off menu. On a
signed-off document the dialog only shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...editing.signoff import is_signed_off
from ...i18n import tr
from ...labels import label
from ...model import Project
from ..fields import DateField, LinesEdit

PAGES = ("control", "scope", "terms", "documents")


class ProjectDialog(QDialog):
    def __init__(self, project: Project, parent=None, page: str = "control") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Project details"))
        self.setMinimumSize(560, 460)
        meta, scope = project.meta, project.scope
        self.read_only = is_signed_off(project)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        control = QWidget()
        form = QFormLayout(control)
        self.title = QLineEdit(meta.title)
        self.title.setPlaceholderText(tr("e.g. 商品上架流程说明书"))
        self.document_number = QLineEdit(meta.document_number)
        self.document_number.setPlaceholderText(tr("e.g. OPS-SOP-001"))
        self.process_owner = QLineEdit(meta.process_owner)
        self.process_owner.setPlaceholderText(tr("e.g. 运营总监 陈刚"))
        self.drafted_on, self.effective_on, self.next_review_on = DateField(), DateField(), DateField()
        self.drafted_on.set_value(meta.drafted_on)
        self.effective_on.set_value(meta.effective_on)
        self.next_review_on.set_value(meta.next_review_on)
        workflow = QLabel(
            tr(
                "{version} · {status} (changed through the Sign-off menu)",
                version=meta.version,
                status=label(meta.status),
            )
        )
        form.addRow(tr("Title:"), self.title)
        form.addRow(tr("Document number:"), self.document_number)
        form.addRow(tr("Process owner:"), self.process_owner)
        form.addRow(tr("Drafted on:"), self.drafted_on)
        form.addRow(tr("Effective on:"), self.effective_on)
        form.addRow(tr("Next review on:"), self.next_review_on)
        form.addRow(tr("Version and status:"), workflow)
        hint = QLabel(
            tr("Left empty, the effective date is the day of the last approval and the next review a year later.")
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.tabs.addTab(control, tr("Document control"))

        purpose_page = QWidget()
        purpose_form = QFormLayout(purpose_page)
        self.purpose = QPlainTextEdit(meta.purpose)
        self.purpose.setPlaceholderText(tr("What the process is for and what it must achieve."))
        self.in_scope, self.out_of_scope = LinesEdit(), LinesEdit()
        self.in_scope.set_lines(scope.in_scope)
        self.out_of_scope.set_lines(scope.out_of_scope)
        for edit in (self.in_scope, self.out_of_scope):
            edit.setFixedHeight(90)
            edit.setPlaceholderText(tr("One item per line"))
        purpose_form.addRow(tr("Purpose:"), self.purpose)
        purpose_form.addRow(tr("In scope:"), self.in_scope)
        purpose_form.addRow(tr("Out of scope:"), self.out_of_scope)
        self.tabs.addTab(purpose_page, tr("Purpose and scope"))

        terms_page = QWidget()
        terms_layout = QVBoxLayout(terms_page)
        self.terms = QTableWidget(0, 2)
        self.terms.setHorizontalHeaderLabels([tr("Term"), tr("Meaning")])
        self.terms.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.terms.verticalHeader().hide()
        self.terms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for term in meta.terms:
            self._add_term_row(term.term, term.definition)
        buttons = QHBoxLayout()
        self.add_term = QPushButton(tr("Add term"))
        self.remove_term = QPushButton(tr("Remove term"))
        self.add_term.clicked.connect(lambda: self._start_new_term())
        self.remove_term.clicked.connect(self._remove_selected_term)
        buttons.addWidget(self.add_term)
        buttons.addWidget(self.remove_term)
        buttons.addStretch(1)
        terms_layout.addWidget(
            QLabel(
                tr("Chapter 3 of the manual lists these terms before the standard ones (current map, lane, RACI …).")
            )
        )
        terms_layout.addWidget(self.terms)
        terms_layout.addLayout(buttons)
        self.tabs.addTab(terms_page, tr("Terms"))

        documents_page = QWidget()
        documents_layout = QVBoxLayout(documents_page)
        self.related_documents = LinesEdit()
        self.related_documents.set_lines(meta.related_documents)
        self.related_documents.setFixedHeight(200)
        self.related_documents.setPlaceholderText(tr("One document per line, e.g. 《商品资料规范》 OPS-STD-003"))
        documents_layout.addWidget(QLabel(tr("Related documents (printed in chapter 9, records and forms):")))
        documents_layout.addWidget(self.related_documents)
        documents_layout.addStretch(1)
        self.tabs.addTab(documents_page, tr("Related documents"))
        self.tabs.setCurrentIndex(PAGES.index(page) if page in PAGES else 0)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close
            if self.read_only
            else QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if self.read_only:
            note = QLabel(tr("The document is signed off: start a new revision to change its details."))
            note.setWordWrap(True)
            layout.addWidget(note)
            for line in (self.title, self.document_number, self.process_owner):
                line.setReadOnly(True)
            for text in (self.purpose, self.in_scope, self.out_of_scope, self.related_documents):
                text.setReadOnly(True)
            for widget in (self.drafted_on, self.effective_on, self.next_review_on, self.add_term, self.remove_term):
                widget.setEnabled(False)
            self.terms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ terms
    def _add_term_row(self, term: str = "", definition: str = "") -> int:
        row = self.terms.rowCount()
        self.terms.insertRow(row)
        self.terms.setItem(row, 0, QTableWidgetItem(term))
        self.terms.setItem(row, 1, QTableWidgetItem(definition))
        return row

    def _start_new_term(self) -> None:
        row = self._add_term_row()
        self.terms.setCurrentCell(row, 0)
        self.terms.editItem(self.terms.currentItem())

    def _remove_selected_term(self) -> None:
        rows = sorted({index.row() for index in self.terms.selectedIndexes()}, reverse=True)
        for row in rows or ([self.terms.currentRow()] if self.terms.currentRow() >= 0 else []):
            self.terms.removeRow(row)

    def terms_values(self) -> list[dict[str, str]]:
        values = []
        for row in range(self.terms.rowCount()):
            term = (self.terms.item(row, 0).text() if self.terms.item(row, 0) else "").strip()
            definition = (self.terms.item(row, 1).text() if self.terms.item(row, 1) else "").strip()
            if term:
                values.append({"term": term, "definition": definition})
        return values

    # ------------------------------------------------------------ result
    def values(self) -> tuple[dict, dict]:
        """(meta fields, scope fields) for ``DocumentEditor.set_project_details``."""
        meta = {
            "title": self.title.text().strip(),
            "document_number": self.document_number.text().strip(),
            "process_owner": self.process_owner.text().strip(),
            "drafted_on": self.drafted_on.value(),
            "effective_on": self.effective_on.value(),
            "next_review_on": self.next_review_on.value(),
            "purpose": self.purpose.toPlainText().strip(),
            "terms": self.terms_values(),
            "related_documents": self.related_documents.lines(),
        }
        scope = {"in_scope": self.in_scope.lines(), "out_of_scope": self.out_of_scope.lines()}
        return meta, scope
