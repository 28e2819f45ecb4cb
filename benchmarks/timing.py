"""Median timing and one printed line per figure."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

RUNS = 5


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    action()  # warm-up: imports, caches
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def report(name: str, seconds: float, limit: float | None = None, note: str = "") -> None:
    verdict = "" if limit is None else ("  ok" if seconds <= limit else f"  OVER the {limit * 1000:.0f} ms target")
    target = f"  (target ≤ {limit * 1000:.0f} ms)" if limit is not None else ""
    extra = f"  [{note}]" if note else ""
    print(f"{name:<52} {seconds * 1000:9.1f} ms{target}{verdict}{extra}", flush=True)
