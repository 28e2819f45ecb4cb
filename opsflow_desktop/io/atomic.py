"""Write a file so that a reader never sees half of it: to a temporary file next to the target, synced,
then one rename. A failure, a cancel or an interrupt removes the temporary file and leaves any old file
untouched. The project file, the Excel workbook and the Word manual are all written through here.

A save that is killed cannot remove its temporary file: the next save (or open) next to it removes the
temporaries of ours that are stale, those whose writer no longer holds them locked."""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
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
    refuse_read_only(path)
    directory = path.parent if str(path.parent) else Path(".")
    clean_stale_temporaries(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise SaveError(path, tr("Could not write in this folder: {reason}", reason=exc.strerror or exc)) from None
    # Held locked while it is written: a cleaner in another process (or a later save) knows it is not stale.
    held = _lock(fd)
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
    finally:
        if held is not None:
            os.close(held)


def refuse_read_only(path: Path) -> None:
    """A file the user (or an administrator) made read-only is not written over, even by a user the operating
    system would let do it (root, or the owner of the folder, who could delete and recreate it). Raises
    SaveError."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # a new file, or one we will fail to write anyway with the system's own reason
    if stat.S_ISREG(mode) and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise SaveError(
            path,
            tr(
                "The file is read-only; it was not changed. Save it under another name, "
                "or make it writable and save again."
            ),
        )


# mkstemp's names: ".NAME." + 8 of [a-z0-9_] + ".tmp" (".bak.tmp" for the backup's own temporary).
_TEMP_NAME = r"\.{name}\.[a-z0-9_]{{8}}(?:\.bak)?\.tmp"
# Our writers hold their temporaries locked from the moment they exist (but for the instant between creating and
# locking): an unlocked one a few seconds old is a killed save's. Where locks are not available, only much older
# ones are taken for stale.
STALE_UNLOCKED_SECONDS = 2.0
STALE_SECONDS = 15 * 60.0


def clean_stale_temporaries(path: str | Path) -> list[Path]:
    """Remove the temporaries that crashed saves of ``path`` left next to it: only names of our own pattern,
    and only those stale (held by no writer, or untouched for a quarter of an hour where that cannot be told).
    Never raises; returns what was removed."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    pattern = re.compile(_TEMP_NAME.format(name=re.escape(path.name)))
    removed = []
    try:
        candidates = [p for p in directory.glob(f".{glob_escape(path.name)}.*.tmp") if pattern.fullmatch(p.name)]
    except OSError:
        return []
    now = time.time()
    for candidate in candidates:
        try:
            info = candidate.lstat()
            if not stat.S_ISREG(info.st_mode):
                continue
            age = now - info.st_mtime
            if age < STALE_UNLOCKED_SECONDS:
                continue
            held = _held_by_a_writer(candidate)
            if held or (held is None and age < STALE_SECONDS):
                continue
            candidate.unlink()
            removed.append(candidate)
        except OSError:
            continue  # gone already, or open by its writer (Windows refuses to delete it then)
    return removed


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def lock_temporary(fd: int) -> bool:
    """Mark a temporary as being written: an advisory lock (POSIX flock) that the operating system releases
    when the process dies, however it dies. False where there is none (Windows)."""
    try:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (ImportError, OSError):
        return False
    return True


def _lock(fd: int) -> int | None:
    """Lock the temporary and return its descriptor, to be closed after the rename. Where there is no flock
    (Windows) the descriptor is closed at once, as a file open there could not be renamed."""
    if lock_temporary(fd):
        return fd
    os.close(fd)
    return None


def _held_by_a_writer(path: Path) -> bool | None:
    """True if a live writer holds ``path`` locked, False if none does, None if this cannot be told here."""
    try:
        import fcntl
    except ImportError:
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing releases the probe's own lock
    return False


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
