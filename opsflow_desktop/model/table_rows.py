"""Planning-table rows as an import reads them, before they become steps: plain values, no ids yet.

The readers (io/excel) make them; the editor turns them into one undoable change (editing/table_import.py), so
neither side needs the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import tr
from .enums import StepKind


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int  # the spreadsheet's row number, as the user sees it
    message: str

    def __str__(self) -> str:
        return tr("{sheet}, row {row}: {message}", sheet=self.sheet, row=self.row, message=self.message)


@dataclass
class ImportedRow:
    row: int
    name: str
    stage: str = ""
    department: str = ""  # the lane: the department before "/", or the first owner named
    owner: str = ""
    inputs: list[str] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)
    deadline: str = ""
    remarks: str = ""
    number: str = ""  # as written: "3", "3.1"
    next_steps: list[str] = field(default_factory=list)  # numbers or names of following steps
    kind: StepKind | None = None
    processing_hours: float | None = None
    waiting_hours: float | None = None
    step_id: str = ""  # our export's hidden id column


@dataclass
class ImportedTable:
    sheet: str
    title: str  # the title row above the header, if any
    columns: list[str]  # the fields recognised, in sheet order
    rows: list[ImportedRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
