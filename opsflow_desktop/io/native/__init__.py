"""The native file, ``.opsflow``: its reader, its writer and the migrations of older formats. No Qt."""

from .reader import (
    FILE_SUFFIX,
    FORMAT_NAME,
    MAX_FILE_BYTES,
    load_document,
    load_project,
)
from .writer import backup_path, save_project, serialize

__all__ = [
    "FILE_SUFFIX",
    "FORMAT_NAME",
    "MAX_FILE_BYTES",
    "load_document",
    "load_project",
    "backup_path",
    "save_project",
    "serialize",
]
