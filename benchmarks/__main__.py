"""`python -m benchmarks`: every benchmark, medians of 5 runs."""

import platform

from . import bench_io

print(f"OpsFlow Desktop benchmarks — Python {platform.python_version()}, {platform.machine()}, median of 5 runs")
bench_io.run()
