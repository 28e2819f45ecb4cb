"""Reading and writing documents: the native .opsflow file (later Excel and Word). No Qt."""

from .errors import InvalidProjectError, LoadError, SaveError
from .native import load_document, load_project, save_project

__all__ = ["InvalidProjectError", "LoadError", "SaveError", "load_document", "load_project", "save_project"]
