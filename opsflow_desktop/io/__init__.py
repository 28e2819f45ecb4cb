"""Reading and writing documents, one package per format, no Qt.

native/ — the .opsflow project file (reader, writer, migrations of older formats)
excel/  — the planning-table workbook (writer) and hand-made planning tables (reader)
word/   — the process manual (manual.py assembles the chapters written by the other modules)
Beside them: tables.py (the rows Excel and Word both print), atomic.py (whole file or nothing), progress.py
(progress and cancel without Qt), errors.py (LoadError, SaveError).
"""

from .errors import InvalidProjectError, LoadError, SaveError
from .native import load_document, load_project, save_project

__all__ = ["InvalidProjectError", "LoadError", "SaveError", "load_document", "load_project", "save_project"]
