"""Seeded mutants of real project files: what a damaged disk, a bad sync, a hand edit or a hostile sender makes
of an ``.opsflow`` file. Shared by the fuzz test (a few hundred) and the stress campaign (thousands)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from opsflow_desktop.paths import sample_project

GOLDEN = Path(__file__).resolve().parent / "golden"
SEEDS = [sample_project(), *sorted(GOLDEN.glob("project_v*.opsflow"))]

# Values a field should never hold: wrong types, extremes, the non-numbers JSON parsers let through.
ODD_VALUES: list[Any] = [
    None,
    True,
    -1,
    0,
    1e308,
    -1e308,
    10**30,
    "",
    "x" * 5000,
    "\ud800",
    [],
    {},
    [None],
    {"a": 1},
    "NaN",
    "2026-13-45",
    "step_0001",
    -0.0,
    3.5,
    '=HYPERLINK("x")',
    "\u202e反向",
    "\x00",
]


def _paths(node: Any, prefix: tuple = ()) -> Iterator[tuple]:
    """Every place in the parsed file: (key, key, ...) down to each value (not into what _nest built)."""
    yield prefix
    if len(prefix) > 40:
        return
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:6]):  # the first few of each list are enough
            yield from _paths(value, (*prefix, index))


def _parent(data: Any, path: tuple) -> tuple[Any, Any]:
    node = data
    for key in path[:-1]:
        node = node[key]
    return node, path[-1]


def _set_odd(data: Any, path: tuple, rng: random.Random) -> None:
    parent, key = _parent(data, path)
    parent[key] = rng.choice(ODD_VALUES)


def _delete(data: Any, path: tuple, rng: random.Random) -> None:
    parent, key = _parent(data, path)
    del parent[key]


def _duplicate(data: Any, path: tuple, rng: random.Random) -> None:
    """An element twice: duplicate ids, a step in two places."""
    parent, key = _parent(data, path)
    if isinstance(parent, list):
        parent.insert(key, json.loads(json.dumps(parent[key])))
    else:
        parent[key] = [parent[key], parent[key]]


def _swap_ids(data: Any, path: tuple, rng: random.Random) -> None:
    """A reference to something else: a flow to a finding, a step in another map's lane."""
    parent, key = _parent(data, path)
    if isinstance(parent, dict):
        parent[key] = rng.choice(["map_0001", "lane_0001", "phase_0001", "step_0001", "flow_0001", "nothing", "meta"])


def _nest(data: Any, path: tuple, rng: random.Random) -> None:
    parent, key = _parent(data, path)
    value: Any = parent[key]
    for _ in range(rng.choice([3, 50, 800])):  # json.dumps itself stops near 1,000 levels
        value = [value]
    parent[key] = value


STRUCTURAL: list[Callable[[Any, tuple, random.Random], None]] = [_set_odd, _delete, _duplicate, _swap_ids, _nest]


def _byte_damage(raw: bytes, rng: random.Random) -> bytes:
    choice = rng.randrange(7)
    if choice == 6:  # nested deeper than any parser's stack
        return b'{"format": "opsflow", "format_version": 7, "project": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    if choice == 0:  # cut off while copying
        return raw[: rng.randrange(len(raw))]
    if choice == 1:  # bits flipped
        damaged = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        return bytes(damaged)
    if choice == 2:  # a block of zeros (a sparse file after a crash)
        start = rng.randrange(len(raw))
        return raw[:start] + b"\x00" * rng.randint(1, 4096) + raw[start + 4096 :]
    if choice == 3:  # re-encoded by an editor
        return raw.decode("utf-8").encode(rng.choice(["utf-16", "gb18030", "utf-8-sig"]))
    if choice == 4:  # two saves interleaved
        cut = rng.randrange(len(raw))
        return raw[:cut] + raw[rng.randrange(len(raw)) :]
    return raw.replace(b'"', b"'", rng.randint(1, 50))  # a hand edit with the wrong quotes


def mutants(count: int, seed: int = 2026) -> Iterator[tuple[str, bytes]]:
    """``count`` damaged files as (what was done, bytes), the same ones on every run."""
    rng = random.Random(seed)
    originals = [(path.name, path.read_bytes()) for path in SEEDS]
    for number in range(count):
        name, raw = originals[number % len(originals)]
        if rng.random() < 0.35:
            yield f"{name}: bytes #{number}", _byte_damage(raw, rng)
            continue
        data = json.loads(raw)
        places = [p for p in _paths(data) if p]
        done = []
        for _ in range(rng.choice([1, 1, 2, 3])):
            path = rng.choice(places)
            mutation = rng.choice(STRUCTURAL)
            try:
                mutation(data, path, rng)
            except (KeyError, IndexError, TypeError):
                continue  # the place went away with an earlier mutation
            done.append(f"{mutation.__name__} {'/'.join(map(str, path))}")
            places = [p for p in _paths(data) if p]
        try:
            text = json.dumps(data, ensure_ascii=rng.random() < 0.5, allow_nan=True)
        except RecursionError:  # nests stacked on nests: deeper than json.dumps goes
            text = json.dumps({"format": "opsflow", "format_version": 7, "project": [[[[[]]]]]})
        yield f"{name}: {'; '.join(done)}", text.encode("utf-8", "surrogatepass")
