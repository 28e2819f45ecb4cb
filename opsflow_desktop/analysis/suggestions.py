"""Suggested findings: patterns the analysis notices, offered to the user to accept or dismiss.

Each suggestion has a stable key (rule + element), so a dismissed one stays dismissed.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from ..i18n import tr
from ..model import FindingType, StepKind
from .structure import MapStructure

ENTRY_WORDS = ("录入", "填写", "输入", "登记", "整理", "上传", "entry", "enter", "input")
SIMILAR = 0.5


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
    is_approval = {s: steps[s].kind is StepKind.APPROVAL for s in steps}
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
            suggestions.append(Suggestion(
                f"approval_chain:{chain[0]}", FindingType.REDUNDANT_NODE, chain[-1],
                tr("{count} approvals in a row", count=len(chain)),
                tr("{names}: consider submitting once and approving by category.", names=names), tuple(chain)))
    return suggestions


def _ping_pong(structure: MapStructure) -> list[Suggestion]:
    """Work goes from department A to B and straight back to A: a hand-off gap (breakpoint)."""
    lane = structure.lane_of
    lanes = {lane_.id: lane_.name for lane_ in structure.process_map.lanes}
    loops = {f.id for f in structure.back_edges}  # rework loops are reported as rework, not as gaps
    suggestions, seen = [], set()
    for first in structure.process_map.flows:
        if first.source_id not in lane or first.target_id not in lane or not structure.is_handoff(first):
            continue
        for second in structure.forward.get(first.target_id, ()):
            pair = frozenset((first.source_id, first.target_id, second.target_id))
            rework_branch = second.target_id not in structure.reaches_an_end
            if second.id in loops or first.id in loops or rework_branch or pair in seen:
                continue
            if structure.is_handoff(second) and lane[second.target_id] == lane[first.source_id]:
                seen.add(pair)
                suggestions.append(Suggestion(
                    f"ping_pong:{second.id}", FindingType.BREAKPOINT, second.id,
                    tr("Back and forth between departments"),
                    tr("Work goes from {a} to {b} and back to {a}.", a=lanes.get(lane[first.source_id], "?"),
                       b=lanes.get(lane[first.target_id], "?")), (first.id, second.id)))
    return suggestions


def _longest_wait(structure: MapStructure) -> list[Suggestion]:
    steps = [s for s in structure.process_map.steps if s.waiting_hours > 0]
    if not steps:
        return []
    worst = max(steps, key=lambda s: s.waiting_hours)
    return [Suggestion(f"longest_wait:{worst.id}", FindingType.BOTTLENECK, worst.id, tr("Longest wait"),
                       tr("Work waits {hours} h at “{name}”, longer than anywhere else.",
                          hours=f"{worst.waiting_hours:g}", name=worst.name))]


def _double_entry(structure: MapStructure) -> list[Suggestion]:
    """The same data entered twice in different departments (by name similarity of entry steps)."""
    entries = [s for s in structure.process_map.steps if any(w in s.name.lower() for w in ENTRY_WORDS)]
    suggestions = []
    for i, a in enumerate(entries):
        for b in entries[i + 1:]:
            shared_output = set(a.outputs) & set(b.outputs)  # both produce the same record
            similar = SequenceMatcher(None, a.name, b.name).ratio() >= SIMILAR
            if a.lane_id != b.lane_id and (similar or shared_output):
                suggestions.append(Suggestion(
                    f"double_entry:{a.id}:{b.id}", FindingType.DUPLICATE_WORK, b.id, tr("Same data entered twice"),
                    tr("“{a}” and “{b}” look like the same data entered in two departments.", a=a.name, b=b.name),
                    (a.id, b.id)))
    return suggestions
