"""What a sign-off certifies: the canonical content, its SHA-256, per-part digests and the required slots.

The canonical content is the project as JSON with sorted keys, no whitespace and fields at their default
value left out, so a hash stays the same when a later file format adds a field with a default. The
signature fields themselves (``signed_hash``, ``signed_digests``) are left out; everything else, including
the status, the signed date and the sign-offs, is certified.

A SHA-256 proves that a file still holds what was signed; it is not a cryptographic signature: someone who
edits the file and recomputes the hash with this module is not stopped by it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..i18n import tr
from .enums import SignOffDecision, SignOffRole
from .invariants import describe
from .project import IdentifiedElement, ProcessMap, Project, SignOff

# Fields of ProjectMeta that hold the signature and so cannot be part of what it certifies.
SIGNATURE_FIELDS = frozenset({"signed_hash", "signed_digests"})
PROJECT_COLLECTIONS = ("goals", "departments", "interviews", "signoffs", "revisions", "maps")
MAP_COLLECTIONS = ("lanes", "phases", "steps", "flows", "findings")
# Manifest keys that are not element ids.
META_PART, SCOPE_PART, ORDER_PART = "meta", "scope", "order"
# 12 hex digits (48 bits) per part: plenty to notice a change, small enough for 20,000 elements.
_DIGEST_LENGTH = 12


@dataclass(frozen=True)
class SignOffSlot:
    """One line of the manual's sign-off block and whether the current version has filled it."""

    role: SignOffRole
    department: str = ""  # the department's name for a countersignature (会签), otherwise empty
    signoff: SignOff | None = None  # the approving sign-off that fills the slot, None while open
    expected: str = ""  # who is expected to sign: the department head for a countersignature

    @property
    def filled(self) -> bool:
        return self.signoff is not None


def _dump(project: Project) -> dict[str, Any]:
    data = project.model_dump(mode="json", exclude_defaults=True)
    meta = data.get("meta", {})
    for name in SIGNATURE_FIELDS:
        meta.pop(name, None)
    return data


def _json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def canonical_content(project: Project) -> bytes:
    """The bytes a sign-off certifies (deterministic for equal projects, whatever the file's layout)."""
    return _json(_dump(project))


def content_hash(project: Project) -> str:
    """Hex SHA-256 of the canonical content: what ``ProjectMeta.signed_hash`` holds after sign-off."""
    return hashlib.sha256(canonical_content(project)).hexdigest()


def _digest(value: Any) -> str:
    return hashlib.sha256(_json(value)).hexdigest()[:_DIGEST_LENGTH]


def part_digests(project: Project) -> dict[str, str]:
    """Short digests of every part: meta, scope, the order of the project's lists, and each element by id.

    A map's own digest covers its fields and the order of its lanes, phases, steps, flows and findings;
    each of those elements has its own digest, so a change can be named down to the step.
    """
    data = _dump(project)
    digests = {META_PART: _digest(data.get("meta", {})), SCOPE_PART: _digest(data.get("scope", {}))}
    digests[ORDER_PART] = _digest({c: [e["id"] for e in data.get(c, [])] for c in PROJECT_COLLECTIONS})
    for collection in PROJECT_COLLECTIONS:
        for element in data.get(collection, []):
            if collection != "maps":
                digests[element["id"]] = _digest(element)
                continue
            own = {k: v for k, v in element.items() if k not in MAP_COLLECTIONS}
            own[ORDER_PART] = {c: [child["id"] for child in element.get(c, [])] for c in MAP_COLLECTIONS}
            digests[element["id"]] = _digest(own)
            for child_collection in MAP_COLLECTIONS:
                for child in element.get(child_collection, []):
                    digests[child["id"]] = _digest(child)
    return digests


@dataclass(frozen=True)
class PartChange:
    """A part that differs from the signed manifest: ``key`` is meta, scope, order or an element id."""

    key: str
    change: str  # "changed", "added" or "removed"


def changed_parts(signed: dict[str, str], current: dict[str, str]) -> list[PartChange]:
    """The differences between the manifest stored at sign-off and the digests of the content now."""
    changes = [PartChange(k, "changed") for k, v in current.items() if k in signed and signed[k] != v]
    changes += [PartChange(k, "added") for k in current if k not in signed]
    changes += [PartChange(k, "removed") for k in signed if k not in current]
    return changes


def is_approving(signoff: SignOff) -> bool:
    return signoff.decision is not SignOffDecision.REJECTED


def current_round(project: Project, signoffs: Iterable[SignOff] | None = None) -> list[SignOff]:
    """The sign-offs that count now: of the current version, recorded after its last rejection.

    A rejection sends the document back to draft to be changed, so approvals given before it were given
    to other content and must be given again.
    """
    of_version = [s for s in (project.signoffs if signoffs is None else signoffs) if s.version == project.meta.version]
    last_rejection = max((i for i, s in enumerate(of_version) if not is_approving(s)), default=-1)
    return of_version[last_rejection + 1 :]


def required_signoff_slots(project: Project, signoffs: Iterable[SignOff] | None = None) -> list[SignOffSlot]:
    """The sign-off block in the manual's order: 编制, 审查, 会签 (one per department), 核准.

    A slot is filled by the latest sign-off of the current round with its role (and, for a
    countersignature, its department). ``signoffs`` replaces the project's own, to ask "what if".
    """
    counted = current_round(project, signoffs)

    def latest(role: SignOffRole, department: str | None = None) -> SignOff | None:
        matching = [s for s in counted if s.role is role and (department is None or s.department == department)]
        return matching[-1] if matching else None

    slots = [
        SignOffSlot(SignOffRole.DRAFTED, signoff=latest(SignOffRole.DRAFTED)),
        SignOffSlot(SignOffRole.REVIEWED, signoff=latest(SignOffRole.REVIEWED)),
    ]
    slots += [
        SignOffSlot(SignOffRole.COUNTERSIGNED, d.name, latest(SignOffRole.COUNTERSIGNED, d.name), d.head)
        for d in project.departments
    ]
    slots.append(SignOffSlot(SignOffRole.APPROVED, signoff=latest(SignOffRole.APPROVED)))
    return slots


def open_slots(project: Project, signoffs: Iterable[SignOff] | None = None) -> list[SignOffSlot]:
    return [slot for slot in required_signoff_slots(project, signoffs) if not slot.filled]


def describe_changes(project: Project, changes: list[PartChange]) -> list[str]:
    """One line per changed part, naming it as a user knows it: 步骤「选品会」 in 商品上架流程（现状） changed."""
    elements, homes = _elements(project)
    texts = {
        "changed": lambda part: tr("{part} changed", part=part),
        "added": lambda part: tr("{part} added", part=part),
        "removed": lambda part: tr("{part} removed", part=part),
    }
    return [texts[change.change](_part_name(change.key, elements, homes)) for change in changes]


def _elements(project: Project) -> tuple[dict[str, IdentifiedElement], dict[str, ProcessMap]]:
    elements: dict[str, IdentifiedElement] = {}
    homes: dict[str, ProcessMap] = {}
    for collection in ("goals", "departments", "signoffs", "revisions", "maps"):
        elements.update((e.id, e) for e in getattr(project, collection))
    for process_map in project.maps:
        for collection in ("lanes", "phases", "steps", "flows", "findings"):
            for element in getattr(process_map, collection):
                elements[element.id], homes[element.id] = element, process_map
    return elements, homes


def _part_name(key: str, elements: dict[str, IdentifiedElement], homes: dict[str, ProcessMap]) -> str:
    if key == META_PART:
        return tr("Document information")
    if key == SCOPE_PART:
        return tr("Scope")
    if key == ORDER_PART:
        return tr("The order of maps, goals, departments, sign-offs or revisions")
    element = elements.get(key)
    if element is None:  # removed: only its id is left, and the id's prefix says what it was
        return _kind_from_id(key) + f" ({key})"
    name = describe(element)
    return tr("{element} in “{map}”", element=name, map=homes[key].name) if key in homes else name


def _kind_from_id(element_id: str) -> str:
    kinds = {
        "step": tr("step"),
        "flow": tr("flow"),
        "lane": tr("lane"),
        "phase": tr("phase"),
        "finding": tr("finding"),
        "map": tr("map"),
        "goal": tr("goal"),
        "dept": tr("department"),
        "signoff": tr("sign-off"),
        "rev": tr("revision"),
    }
    return kinds.get(element_id.split("_", 1)[0], tr("element"))


__all__ = [
    "describe_changes",
    "SIGNATURE_FIELDS",
    "META_PART",
    "SCOPE_PART",
    "ORDER_PART",
    "SignOffSlot",
    "PartChange",
    "canonical_content",
    "content_hash",
    "part_digests",
    "changed_parts",
    "is_approving",
    "current_round",
    "required_signoff_slots",
    "open_slots",
]
