"""Write an export so that a reader never sees half a file: to a temporary file next to the target,
then one rename. A failure or a cancel removes the temporary file and leaves any old file untouched."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..i18n import tr
from .errors import SaveError


@contextmanager
def atomic_output(path: str | Path) -> Iterator[Path]:
    """``with atomic_output(target) as tmp: write(tmp)`` -- the target appears only if the block succeeds."""
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.is_dir():
        raise SaveError(path, tr("This is a folder, not a file name."))
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix + ".tmp", dir=directory)
    except OSError as exc:
        raise SaveError(path, tr("Could not write in this folder: {reason}", reason=exc.strerror or exc)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _sync(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SaveError(path, tr("Could not write the file: {reason}. Nothing was changed.",
                                 reason=exc.strerror or exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: str | Path, write: Callable[[Path], None]) -> None:
    with atomic_output(path) as tmp:
        write(tmp)


def _sync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
