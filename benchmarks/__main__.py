"""`python -m benchmarks`: every benchmark, medians of 5 runs. The canvas runs in a process of its own."""

import platform
import subprocess
import sys

from . import bench_analysis, bench_excel, bench_io, bench_word

print(f"OpsFlow Desktop benchmarks — Python {platform.python_version()}, {platform.machine()}, median of 5 runs")
bench_io.run()
bench_analysis.run()
bench_excel.run()
bench_word.run()
sys.exit(subprocess.call([sys.executable, "-m", "benchmarks.bench_canvas"]))
