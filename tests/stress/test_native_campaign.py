"""`make stress`: thousands of damaged project files, with the slowest and the memory they took printed.

The campaign runs in a process of its own, so its peak memory is its own (VmHWM), not what earlier stress
tests left in the test process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CAMPAIGN = 5000
MAX_RSS_MB = 500

CHILD = """
import json, sys, time, tempfile
from pathlib import Path
from tests.io.native_mutants import mutants
from tests.io.test_native_fuzz import check_one
folder = Path(tempfile.mkdtemp())
outcomes = {"refused": 0, "opened": 0}
slowest, slowest_what = 0.0, ""
started = time.perf_counter()
for what, raw in mutants(int(sys.argv[1]), seed=13):
    began = time.perf_counter()
    outcomes[check_one(folder, what, raw)] += 1
    took = time.perf_counter() - began
    if took > slowest:
        slowest, slowest_what = took, what
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM")) / 1024
print(json.dumps({**outcomes, "slowest": slowest, "what": slowest_what, "seconds": time.perf_counter() - started,
                  "peak_mb": peak}))
"""


def test_thousands_of_damaged_project_files():
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(CAMPAIGN)], cwd=ROOT, capture_output=True, text=True, timeout=900
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    print(
        f"\n.opsflow campaign: {CAMPAIGN} files in {result['seconds']:.1f} s — {result['refused']} refused with a "
        f"message, {result['opened']} opened and usable; slowest {result['slowest'] * 1000:.0f} ms "
        f"({result['what']}); peak RSS {result['peak_mb']:.0f} MB"
    )
    assert result["slowest"] < 2.0 and result["peak_mb"] < MAX_RSS_MB
