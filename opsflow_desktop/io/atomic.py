"""Write a file so that a reader never sees half of it: to a temporary file next to the target, synced,
then one rename. A failure, a cancel or an interrupt removes the temporary file and leaves any old file
untouched. The project file, the Excel workbook and the Word manual are all written through here."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..i18n import tr
from .errors import SaveError


@contextmanager
def atomic_output(path: str | Path, *, before_replace: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """``with atomic_output(target) as tmp: write(tmp)`` -- the target appears only if the block succeeds.

    A symlink is followed (the file it points to is updated, the link kept); an existing file keeps its
    permissions. ``before_replace(target)`` runs just before the rename, e.g. to keep a backup.
    Raises SaveError for anything the operating system refuses.
    """
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.is_dir():
        raise SaveError(path, tr("This is a folder, not a file name."))
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise SaveError(path, tr("Could not write in this folder: {reason}", reason=exc.strerror or exc)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _sync(tmp)
        os.chmod(tmp, _mode_for(path))
        if before_replace is not None:
            before_replace(path)
        os.replace(tmp, path)
        _fsync_directory(directory)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SaveError(
            path, tr("Could not save: {reason}. The file on disk is unchanged.", reason=exc.strerror or exc)
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    """Write and sync ``data`` to an existing (temporary) file."""
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_TRUNC), "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _sync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual rw-r--r-- less the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """Read the umask without changing it: os.umask would briefly change it for every thread, and exports
    run on a worker thread."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); not possible on every platform."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
