"""`opsflow verify FILE`: does a signed-off project still hold what was signed, and if not, what changed?

Exit 0 when the content matches the signed hash, 1 when it does not (or the document was never signed off),
2 when the file cannot be read (handled by cli.main like every other command).
"""

from __future__ import annotations

from .i18n import tr
from .io import load_project
from .labels import label
from .model import Element, ProcessMap, Project, describe
from .model.signing import META_PART, ORDER_PART, SCOPE_PART, PartChange, changed_parts, content_hash, part_digests

EXIT_MATCHES, EXIT_DIFFERS = 0, 1
# Enough to see what happened; a wholesale rewrite of a 5,000-step map need not print every step.
_MAX_LISTED = 50


def verify_file(path: str, printed_hash: str | None = None) -> int:
    project = load_project(path)
    meta = project.meta
    if not meta.signed_hash:
        print(tr("{file}: not signed off (status: {status}); there is no signed hash to check.",
                 file=path, status=label(meta.status)))
        return EXIT_DIFFERS
    actual = content_hash(project)
    if printed_hash is not None and printed_hash.strip().lower() != actual:
        # Whoever edits the file can store a fresh hash in it; the manual on paper keeps the signed one.
        print(tr("{file}: the content does NOT match the hash printed in the signed manual.", file=path))
        print(tr("  printed: {hash}", hash=printed_hash.strip().lower()))
        print(tr("  content: {hash}", hash=actual))
        if actual == meta.signed_hash:
            print("  - " + tr("the hash stored in the file was recomputed after the content was changed"))
        return EXIT_DIFFERS
    if actual == meta.signed_hash:
        print(tr("{file}: the content matches the signed hash (SHA-256 {hash}, signed off on {date}, "
                 "version {version}).", file=path, hash=actual, date=meta.signed_on or "?", version=meta.version))
        return EXIT_MATCHES
    print(tr("{file}: the content does NOT match the signed hash; it was changed after the sign-off on {date} "
             "(version {version}).", file=path, date=meta.signed_on or "?", version=meta.version))
    print(tr("  signed:  {hash}", hash=meta.signed_hash))
    print(tr("  content: {hash}", hash=actual))
    lines = describe_changes(project, changed_parts(meta.signed_digests, part_digests(project)))
    if not lines:
        # Every part matches its digest, so the record of the parts itself was edited (or is missing).
        lines = [tr("the changed part cannot be named: the record of the signed parts is missing or was edited")]
    for line in lines[:_MAX_LISTED]:
        print(f"  - {line}")
    if len(lines) > _MAX_LISTED:
        print("  " + tr("... and {count} more", count=len(lines) - _MAX_LISTED))
    return EXIT_DIFFERS


def describe_changes(project: Project, changes: list[PartChange]) -> list[str]:
    """One line per changed part, naming it as a user knows it: 步骤「选品会」 in 商品上架流程（现状） changed."""
    elements, homes = _elements(project)
    texts = {"changed": lambda part: tr("{part} changed", part=part),
             "added": lambda part: tr("{part} added", part=part),
             "removed": lambda part: tr("{part} removed", part=part)}
    return [texts[change.change](_part_name(change.key, elements, homes)) for change in changes]


def _elements(project: Project) -> tuple[dict[str, Element], dict[str, ProcessMap]]:
    elements: dict[str, Element] = {}
    homes: dict[str, ProcessMap] = {}
    for collection in ("goals", "departments", "signoffs", "revisions", "maps"):
        elements.update((e.id, e) for e in getattr(project, collection))
    for process_map in project.maps:
        for collection in ("lanes", "phases", "steps", "flows", "findings"):
            for element in getattr(process_map, collection):
                elements[element.id], homes[element.id] = element, process_map
    return elements, homes


def _part_name(key: str, elements: dict[str, Element], homes: dict[str, ProcessMap]) -> str:
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
    kinds = {"step": tr("step"), "flow": tr("flow"), "lane": tr("lane"), "phase": tr("phase"),
             "finding": tr("finding"), "map": tr("map"), "goal": tr("goal"), "dept": tr("department"),
             "signoff": tr("sign-off"), "rev": tr("revision")}
    return kinds.get(element_id.split("_", 1)[0], tr("element"))
