"""Atomic saves at the edges: temporaries left by crashed saves are cleaned up, a read-only file is refused, and
the backup keeps the original's permissions."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from opsflow_desktop.io import SaveError, load_project, save_project
from opsflow_desktop.io.atomic import atomic_output, clean_stale_temporaries
from opsflow_desktop.paths import sample_project


@pytest.fixture
def sample():
    return load_project(sample_project())


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_temporaries_of_a_crashed_save_are_removed_by_the_next_save(sample, tmp_path):
    # given: two saves that were killed halfway (full-size hidden temporaries, minutes old)
    target = tmp_path / "map.opsflow"
    save_project(sample, target)
    stale = [tmp_path / ".map.opsflow.k3j9x_2a.tmp", tmp_path / ".map.opsflow.0aq81mzz.bak.tmp"]
    for path in stale:
        path.write_bytes(b"x" * 100_000)
        _age(path, 600)
    # when: the next save
    save_project(sample, target)
    # then: they are gone, and nothing else was touched
    assert _leftovers(tmp_path) == []
    assert load_project(target) == sample


def test_only_our_own_stale_temporaries_are_removed(sample, tmp_path):
    target = tmp_path / "map.opsflow"
    fresh = tmp_path / ".map.opsflow.abcdefgh.tmp"  # a save running right now in another window
    others = [
        tmp_path / ".other.opsflow.abcdefgh.tmp",  # another document's
        tmp_path / ".map.opsflow.notours-really.tmp",  # not our naming
        tmp_path / "map.opsflow.abcdefgh.tmp",  # not hidden: the user's
    ]
    fresh.write_bytes(b"being written")
    for path in others:
        path.write_bytes(b"keep")
        _age(path, 3600)
    save_project(sample, target)
    assert all(p.exists() for p in [fresh, *others])


def test_a_temporary_whose_writer_still_holds_it_is_kept(tmp_path):
    target = tmp_path / "manual.docx"
    with atomic_output(target) as tmp:
        tmp.write_bytes(b"slow export")
        _age(tmp, 3600)  # an export that has been running for an hour
        removed = clean_stale_temporaries(target)
        assert tmp.exists() and removed == [] or os.name == "nt"
    assert target.read_bytes() == b"slow export"


def test_a_read_only_project_file_is_refused_and_left_as_it_was(sample, tmp_path):
    target = tmp_path / "locked.opsflow"
    save_project(sample, target)
    before = target.read_bytes()
    target.chmod(0o444)
    sample.meta.title = "changed"
    with pytest.raises(SaveError) as raised:
        save_project(sample, target)
    assert "read-only" in str(raised.value)
    assert target.read_bytes() == before
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert _leftovers(tmp_path) == [] and not (tmp_path / "locked.opsflow.bak").exists()


def test_the_backup_keeps_the_originals_permissions(sample, tmp_path):
    target = tmp_path / "shared.opsflow"
    save_project(sample, target)
    target.chmod(0o640)
    save_project(sample, target)
    assert stat.S_IMODE((tmp_path / "shared.opsflow.bak").stat().st_mode) == 0o640
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


# ------------------------------------------------------------------ killed during a save
_SAVER = """
import sys
from pathlib import Path
from opsflow_desktop.io import load_project, save_project
target = Path(sys.argv[1])
project = load_project(sys.argv[2])
first = int(sys.argv[3])
print("ready", flush=True)
for i in range(first, first + 1_000_000):
    project.meta.title = f"v{i}"
    print(i, flush=True)
    save_project(project, target)
"""


def run_kill_campaign(folder: Path, kills: int, *, seed: int = 14, max_delay: float = 0.6) -> dict[str, float]:
    """Save a 5,000-step project in a loop in a child process and SIGKILL it at random moments, ``kills``
    times. After each kill the file loads and is one of the versions the child was saving; after the next save
    no temporary file is left. Returns figures for the note."""
    import random
    import signal
    import subprocess
    import sys

    from benchmarks.generate import generate_project

    rng = random.Random(seed)
    base = generate_project(steps=5000, lanes=20, phases=8)
    source, target = folder / "source.opsflow", folder / "work" / "big.opsflow"
    target.parent.mkdir()
    save_project(base, source)
    expected = base.model_dump(mode="json")
    root = Path(__file__).resolve().parents[2]
    leftovers_seen = 0
    completed = 0
    started = time.monotonic()
    announced: set[int] = set()  # the versions a child began to save
    for kill in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(target), str(source), str(kill * 1_000_000 + 1)],
            cwd=root,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, max_delay))
        child.send_signal(signal.SIGKILL)
        child.wait()
        announced.update(int(line) for line in child.stdout.read().split() if line.isdigit())
        if not target.exists():
            continue  # killed before its first save finished: nothing to check yet
        loaded = load_project(target)
        assert loaded.meta.title.startswith("v") and int(loaded.meta.title[1:]) in announced
        loaded.meta.title = base.meta.title
        assert loaded.model_dump(mode="json") == expected, "the file is one of the saved versions, whole"
        leftovers_seen += len(_leftovers(target.parent))
        completed += 1
    killed_for = time.monotonic() - started
    time.sleep(2.1)  # past STALE_UNLOCKED_SECONDS: the killed savers' temporaries are now stale
    save_project(base, target)
    assert _leftovers(target.parent) == [], "the next save removes what the killed ones left"
    assert load_project(target) == base and load_project(target.with_name("big.opsflow.bak"))
    return {"kills": kills, "checked": completed, "leftovers": leftovers_seen, "seconds": killed_for}


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_saves_killed_at_random_moments_lose_and_leave_nothing(tmp_path):
    figures = run_kill_campaign(tmp_path, kills=5)
    assert figures["checked"] >= 3
