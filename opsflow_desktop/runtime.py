"""Process-wide settings the window and the command line share. No Qt.

Python's cyclic garbage collector runs a young-generation pass every 700 new container objects, and now and
then a pass over everything. A 5,000-step project is about a million objects, so a big edit (an interview text
read into a map, a file opened) spends a third of its time in collections that find almost nothing: the
document's objects live until it is closed and are freed by reference counting. Collecting less often keeps
that time for the user; memory held by cyclic garbage stays bounded by the larger threshold.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 50_000  # new container objects between young collections (Python's default: 700)


def tune_garbage_collector() -> None:
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, max(middle, 20), max(old, 100))
