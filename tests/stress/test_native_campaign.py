"""`make stress`: thousands of damaged project files, with the slowest and the memory they took printed."""

from __future__ import annotations

import resource
import time

from tests.io.native_mutants import mutants
from tests.io.test_native_fuzz import SECONDS_PER_FILE, check_one

CAMPAIGN = 5000
MAX_RSS_MB = 500


def test_thousands_of_damaged_project_files(tmp_path):
    outcomes = {"refused": 0, "opened": 0}
    slowest, slowest_what = 0.0, ""
    started = time.perf_counter()
    for what, raw in mutants(CAMPAIGN, seed=13):
        began = time.perf_counter()
        outcomes[check_one(tmp_path, what, raw)] += 1
        took = time.perf_counter() - began
        if took > slowest:
            slowest, slowest_what = took, what
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\n.opsflow campaign: {CAMPAIGN} files in {time.perf_counter() - started:.1f} s — "
        f"{outcomes['refused']} refused with a message, {outcomes['opened']} opened and usable; "
        f"slowest {slowest * 1000:.0f} ms ({slowest_what}); peak RSS {rss_mb:.0f} MB"
    )
    assert slowest < SECONDS_PER_FILE and rss_mb < MAX_RSS_MB
