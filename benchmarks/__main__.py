"""`python -m benchmarks`: every benchmark, medians of 5 runs. The canvas, the interview and workshop
modes and autosave run in processes of their own. The process is set up as the window and the command line set up theirs
(opsflow_desktop/runtime.py), so the figures are what a user gets."""

import platform
import subprocess
import sys

from opsflow_desktop.runtime import YOUNG_THRESHOLD, tune_garbage_collector

from . import bench_analysis, bench_excel, bench_io, bench_word

tune_garbage_collector()
print(
    f"OpsFlow Desktop benchmarks — Python {platform.python_version()}, {platform.machine()}, median of 5 runs, "
    f"young-generation GC threshold {YOUNG_THRESHOLD:,} as in the application"
)
bench_io.run()
bench_analysis.run()
bench_excel.run()
bench_word.run()
code = 0
for module in ("bench_canvas", "bench_interview", "bench_workshop", "bench_recovery"):
    code = code or subprocess.call([sys.executable, "-m", f"benchmarks.{module}"])
sys.exit(code)
