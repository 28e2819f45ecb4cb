"""`make stress`, the workbook part: the full-size bombs of issue 14, each read in a child process with its
time and peak memory measured, and thousands of seeded mutants of the sample's export. Prints its figures."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from opsflow_desktop.i18n import set_language
from opsflow_desktop.io import load_project
from opsflow_desktop.io.excel.writer import write_workbook
from opsflow_desktop.paths import sample_project
from tests.io import hostile_workbooks as hostile
from tests.io.test_excel_hostile import fuzz

SECONDS = 5.0
MEGABYTES = 500
ROOT = Path(__file__).resolve().parents[2]
# (file, generator, limits the child reads with): the defaults, and with the earlier guards switched off
# so that the later ones (row, string, token and cell counts) are shown to hold at full size too.
NO_SIZE_GUARDS = "Limits(ratio=10**9, part_bytes=2**40, total_bytes=2**40, file_bytes=2**40)"
BOMBS = [
    ("huge_row_number", hostile.huge_row_number, ""),
    ("row_a_million_down", hostile.huge_row_number_far, ""),
    ("dimension_A1_XFD20005", hostile.wide_dimension, ""),
    ("stale_dimension", hostile.stale_dimension, ""),
    ("zip_bomb_1GB", hostile.zip_bomb, ""),
    ("comment_200MB", hostile.comment_bomb, ""),
    ("comment_200MB_no_size_guards", hostile.comment_bomb, NO_SIZE_GUARDS),
    ("shared_strings_2M", hostile.shared_string_bomb, ""),
    ("shared_strings_2M_no_size_guards", hostile.shared_string_bomb, NO_SIZE_GUARDS),
    ("rows_300k", hostile.many_rows, ""),
    ("rows_300k_no_size_guards", hostile.many_rows, NO_SIZE_GUARDS),
    ("cells_1.2M", hostile.many_cells, NO_SIZE_GUARDS),
    ("elements_2.5M", hostile.many_elements, NO_SIZE_GUARDS),
    ("billion_laughs", hostile.billion_laughs, ""),
    ("external_entity", hostile.external_entity, ""),
    ("zip_entries_12k", hostile.many_zip_entries, ""),
]
CHILD = """
import sys, time
from opsflow_desktop.i18n import set_language
from opsflow_desktop.io.excel.limits import Limits
from opsflow_desktop.io.excel.reader import TableImportError, read_planning_tables
set_language("zh_CN")
limits = eval(sys.argv[2]) if sys.argv[2] else None
started = time.perf_counter()
try:
    tables = read_planning_tables(sys.argv[1], limits=limits)
    outcome = "read " + ", ".join(f"{len(t.rows)} rows" for t in tables)
except TableImportError as exc:
    outcome = exc.message
print(f"{time.perf_counter() - started:.3f}")
print(outcome)
"""


def _peak_mb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


def _read_in_child(path: Path, limits: str) -> tuple[float, int, str]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), limits], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    peak = 0
    started = time.monotonic()
    while child.poll() is None:
        peak = max(peak, _peak_mb(child.pid))
        if time.monotonic() - started > 60 or peak > 4 * MEGABYTES:
            child.kill()
            child.wait()
            pytest.fail(f"{path.name}: killed after {time.monotonic() - started:.0f} s at {peak} MB")
        time.sleep(0.02)
    out = child.stdout.read().splitlines() if child.stdout else []
    assert child.returncode == 0 and len(out) >= 2, out
    return float(out[0]), peak, out[1]


def test_the_bombs_of_issue_14_at_full_size(tmp_path):
    rows = []
    for name, make, limits in BOMBS:
        path = tmp_path / f"{name}.xlsx"
        if not path.exists():
            make(path)
        seconds, peak, outcome = _read_in_child(path, limits)
        rows.append((name, path.stat().st_size, seconds, peak, outcome))
    print("\n\nworkbook bombs (each read in a fresh process; peak RSS includes Python and openpyxl)")
    for name, size, seconds, peak, outcome in rows:
        print(f"  {name:34s} {size / 1024:9,.0f} KB  {seconds:6.2f} s  {peak:4d} MB  {outcome[:90]}")
    print(f"  files {len(rows)}, max seconds {max(r[2] for r in rows):.2f}, max MB RSS {max(r[3] for r in rows)}")
    for name, _, seconds, peak, outcome in rows:
        assert seconds < SECONDS and peak < MEGABYTES, name
        assert outcome.startswith("read") == ("dimension" in name), (name, outcome)


def campaign(folder: str) -> None:
    """The fuzz campaign itself; run in a child process so that its peak memory is its own."""
    set_language("zh_CN")
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append  # type: ignore[method-assign]
    logging.getLogger("opsflow_desktop.io.excel.reader").addHandler(handler)
    path = Path(folder) / "sample.xlsx"
    write_workbook(load_project(sample_project()), path)
    data = path.read_bytes()
    started = time.perf_counter()
    files = read = refusals = 0
    slowest = 0.0
    for seed in range(5):
        counts = fuzz(data, Path(folder), seed=1000 + seed, count=1000)
        files += counts[0]
        slowest = max(slowest, counts[1])
        read += counts[2]
        refusals += counts[3]
    rss = _peak_mb(os.getpid())  # not ru_maxrss: Linux carries that over from the parent through exec
    unexpected = [r for r in records if "unexpected failure" in r.getMessage()]
    print(
        f"workbook fuzz: files {files}, read {read}, refused {refusals}, unexpected {len(unexpected)}, "
        f"max seconds {slowest:.3f}, max MB RSS {rss}, total {time.perf_counter() - started:.0f} s"
    )
    assert not unexpected and slowest < SECONDS and rss < MEGABYTES


def test_thousands_of_mutants_of_the_sample_export(tmp_path):
    code = f"from tests.stress.test_excel_stress import campaign; campaign({str(tmp_path)!r})"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=600)
    print("\n\n" + (result.stdout.strip() or result.stderr[-3000:]))
    assert result.returncode == 0
