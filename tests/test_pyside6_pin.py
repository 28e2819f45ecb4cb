"""Guard for the pinned PySide6: 6.12.0 on Python 3.11 aborts after ~5,000 Qt calls returning nothing.

Run in a child process, so an abort shows up as a failed test rather than a dead test run.
"""

import subprocess
import sys

import PySide6

CALLS = 100_000
PROGRAM = f"""
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath
path = QPainterPath()
for i in range({CALLS}):
    path.lineTo(QPointF(i % 97, i % 89))   # returns None: the call that crashed 6.12.0
    path.moveTo(i % 13, i % 7)
print(path.elementCount())
"""


def test_pinned_pyside6_survives_many_void_calls():
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"PySide6 {PySide6.__version__} aborted: {result.stderr[-500:]}"
    assert int(result.stdout) >= CALLS, "the calls really happened"


def test_pyside6_version_is_within_the_pin():
    major, minor, *_ = (int(p) for p in PySide6.__version__.split("."))
    assert (6, 11) <= (major, minor) < (6, 12) or sys.version_info >= (3, 12)
