"""Suggested findings: patterns the analysis notices, offered to the user to accept or dismiss.

Each suggestion has a stable key (rule + element), so a dismissed one stays dismissed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..i18n import tr
from ..model import FindingType
from ..model.traits import step_kind
from .map_structure import MapStructure

ENTRY_WORDS = ("录入", "填写", "输入", "登记", "整理", "上传", "entry", "enter", "input")
_ENTRY = re.compile("|".join(ENTRY_WORDS), re.IGNORECASE)
SIMILAR = 0.5
_MAX_BUCKET = 12  # a name piece shared by more entry steps than this does not identify one kind of data


@dataclass(frozen=True)
class Suggestion:
    key: str
    type: FindingType
    target_id: str
    title: str
    description: str
    related_ids: tuple[str, ...] = ()


def suggest_findings(structure: MapStructure, dismissed: set[str] | frozenset[str] = frozenset()) -> list[Suggestion]:
    found = _approval_chains(structure) + _ping_pong(structure) + _longest_wait(structure) + _double_entry(structure)
    existing = {(f.type, f.target_id) for f in structure.process_map.findings}
    return [s for s in found if s.key not in dismissed and (s.type, s.target_id) not in existing]


def _approval_chains(structure: MapStructure) -> list[Suggestion]:
    """Three or more approvals one after another: a candidate for 'submit once, approve by category'."""
    steps = structure.steps
    is_approval = {s: step_kind(steps[s].kind).approval for s in steps}
    suggestions = []
    for step_id in structure.topological_order:
        previous = [f.source_id for f in structure.incoming[step_id] if is_approval[f.source_id]]
        if not is_approval[step_id] or previous:
            continue  # only start counting at the first approval of a chain
        chain, node = [step_id], step_id
        while True:
            onward = [f.target_id for f in structure.forward[node] if is_approval[f.target_id]]
            if len(onward) != 1 or onward[0] in chain:
                break
            node = onward[0]
            chain.append(node)
        if len(chain) >= 3:
            names = " → ".join(steps[s].name for s in chain)
            suggestions.append(
                Suggestion(
                    f"approval_chain:{chain[0]}",
                    FindingType.REDUNDANT_NODE,
                    chain[-1],
                    tr("{count} approvals in a row", count=len(chain)),
                    tr("{names}: consider submitting once and approving by category.", names=names),
                    tuple(chain),
                )
            )
    return suggestions


def _ping_pong(structure: MapStructure) -> list[Suggestion]:
    """Work goes from department A to B and straight back to A: a hand-off gap (breakpoint)."""
    lane = structure.lane_of
    lanes = {lane_.id: lane_.name for lane_ in structure.process_map.lanes}
    loops = {f.id for f in structure.back_edges}  # rework loops are reported as rework, not as gaps
    ahead, forward = structure.reaches_an_end, structure.forward
    suggestions, seen = [], set()
    for flows in forward.values():
        for first in flows:
            a, b = lane[first.source_id], lane[first.target_id]
            if a == b:
                continue
            for second in forward[first.target_id]:
                # back to A, not through a rework branch, each (A-step, B-step, A-step) once
                if lane[second.target_id] != a or second.target_id not in ahead or second.id in loops:
                    continue
                pair = (first.source_id, first.target_id, second.target_id)
                if pair in seen:
                    continue
                seen.add(pair)
                suggestions.append(
                    Suggestion(
                        f"ping_pong:{second.id}",
                        FindingType.BREAKPOINT,
                        second.id,
                        tr("Back and forth between departments"),
                        tr("Work goes from {a} to {b} and back to {a}.", a=lanes.get(a, "?"), b=lanes.get(b, "?")),
                        (first.id, second.id),
                    )
                )
    return suggestions


def _longest_wait(structure: MapStructure) -> list[Suggestion]:
    steps = [s for s in structure.process_map.steps if s.waiting_hours > 0]
    if not steps:
        return []
    worst = max(steps, key=lambda s: s.waiting_hours)
    return [
        Suggestion(
            f"longest_wait:{worst.id}",
            FindingType.BOTTLENECK,
            worst.id,
            tr("Longest wait"),
            tr(
                "Work waits {hours} h at “{name}”, longer than anywhere else.",
                hours=f"{worst.waiting_hours:g}",
                name=worst.name,
            ),
        )
    ]


def _similar(a: str, b: str) -> bool:
    matcher = SequenceMatcher(None, a, b)
    # The quick ratios are cheap upper bounds: most pairs are rejected before the real comparison.
    return matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR and matcher.ratio() >= SIMILAR


def _double_entry(structure: MapStructure) -> list[Suggestion]:
    """The same data entered twice in different departments: entry steps with similar names or the same
    output. Candidate pairs come from an index (shared name bigrams, shared outputs), never all pairs."""
    entries = [s for s in structure.process_map.steps if _ENTRY.search(s.name)]
    by_key: dict[str, list[int]] = defaultdict(list)
    for index, step in enumerate(entries):
        stem = _ENTRY.sub(" ", step.name.lower())
        for key in {stem[i : i + 2] for i in range(len(stem) - 1) if " " not in stem[i : i + 2]}:
            by_key["n:" + key].append(index)
        for output in step.outputs:
            by_key["o:" + output].append(index)
    shared: Counter[tuple[int, int]] = Counter()
    for key, members in by_key.items():
        if 1 < len(members) <= _MAX_BUCKET:  # a bigram shared by everything says nothing
            weight = 2 if key.startswith("o:") else 1  # one shared output is enough on its own
            shared.update({(a, b): weight for i, a in enumerate(members) for b in members[i + 1 :]})
    suggestions = []
    for (i, j), evidence in sorted(shared.items()):
        a, b = entries[i], entries[j]
        if evidence < 2 or a.lane_id == b.lane_id:
            continue
        shared_output = set(a.outputs) & set(b.outputs)  # both produce the same record
        if shared_output or _similar(a.name, b.name):
            suggestions.append(
                Suggestion(
                    f"double_entry:{a.id}:{b.id}",
                    FindingType.DUPLICATE_WORK,
                    b.id,
                    tr("Same data entered twice"),
                    tr("“{a}” and “{b}” look like the same data entered in two departments.", a=a.name, b=b.name),
                    (a.id, b.id),
                )
            )
    return suggestions
