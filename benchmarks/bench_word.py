"""Issue 6 figures: the Word manual of a 1,000- and a 5,000-step project (current map and its target), and the
pictures for it drawn with Qt (in a process of its own, like the canvas benchmark).

`python -m benchmarks.bench_word` runs both parts; `python -m benchmarks.bench_word pictures` only the Qt one.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tempfile
import zlib
from functools import partial
from pathlib import Path

from opsflow_desktop.io.word.manual import write_manual
from opsflow_desktop.io.word.page_plan import ManualImages, Picture

from .bench_analysis import project_with_target
from .timing import median_seconds, report


def placeholder_png(width: int, height: int) -> bytes:
    """A plain PNG of a real picture's pixel size (embedding costs the same whatever the picture shows)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = zlib.compress(b"".join(b"\x00" + b"\xff" * 3 * width for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", raw)
        + chunk(b"IEND", b"")
    )


def run() -> None:
    page = Picture(placeholder_png(2100, 1180), 2100, 1180, 200, "阶段1 – 阶段2")
    for steps, limit in ((1000, 3.0), (5000, 10.0)):
        project = project_with_target(steps)
        images = ManualImages(
            maps={m.id: [page] * 8 for m in project.maps}, chart=Picture(placeholder_png(1260, 600), 1260, 600)
        )
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "manual.docx"
            seconds = median_seconds(partial(write_manual, project, path, images=images))
            size_mb = path.stat().st_size / 1e6
        report(
            f"Word manual, {steps:,}-step map and its target",
            seconds,
            limit=limit,
            note=f"analysis, tables, 16 map pages, save; file {size_mb:.1f} MB",
        )
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    subprocess.call([sys.executable, "-m", "benchmarks.bench_word", "pictures"], env=env)


def _keep(kept: list, make, *args) -> None:  # noqa: ANN001
    kept.append(make(*args))


def run_pictures() -> None:
    from PySide6.QtWidgets import QApplication

    from opsflow_desktop.canvas.manual_pictures import render_manual_images

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the graphics scene needs the application
    for steps in (1000, 5000):
        project = project_with_target(steps)
        pages = []
        seconds = median_seconds(partial(_keep, pages, render_manual_images, project), runs=3)
        count = sum(len(parts) for parts in pages[-1].maps.values())
        report(
            f"manual pictures (Qt), {steps:,}-step map and its target",
            seconds,
            note=f"{count} map pages and the chart, median of 3",
        )


if __name__ == "__main__":
    run_pictures() if sys.argv[1:] == ["pictures"] else run()
