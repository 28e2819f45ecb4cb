"""What a sign-off certifies: a deterministic hash, per-part digests, and the sign-off block's slots."""

from __future__ import annotations

import datetime as dt

from opsflow_desktop.io import load_project, save_project
from opsflow_desktop.model import Department, Project, SignOff, SignOffDecision, SignOffRole
from opsflow_desktop.model.signing import (
    canonical_content,
    changed_parts,
    content_hash,
    part_digests,
    required_signoff_slots,
)
from opsflow_desktop.paths import sample_project


def sample() -> Project:
    return load_project(sample_project())


def test_the_hash_is_the_same_after_a_save_and_load(tmp_path):
    project = sample()
    save_project(project, tmp_path / "p.opsflow")
    assert content_hash(load_project(tmp_path / "p.opsflow")) == content_hash(project)
    assert len(content_hash(project)) == 64


def test_canonical_content_has_sorted_keys_and_no_whitespace():
    text = canonical_content(sample()).decode("utf-8")
    assert "\n" not in text and ", " not in text and '": ' not in text
    assert text.startswith('{"departments":')


def test_the_signature_fields_are_not_part_of_what_is_signed():
    project = sample()
    before = content_hash(project)
    project.meta.signed_hash = "0" * 64
    project.meta.signed_digests = {"meta": "abc"}
    assert content_hash(project) == before


def test_any_change_of_content_changes_the_hash():
    project = sample()
    before = content_hash(project)
    project.maps[0].steps[2].processing_hours += 1
    assert content_hash(project) != before


def test_part_digests_name_the_changed_step_the_added_and_the_removed():
    project = sample()
    signed = part_digests(project)
    step = project.maps[0].steps[3]
    step.name += "（改）"
    removed = project.maps[0].findings.pop(0)
    project.meta.title = "另一个标题"
    changes = {(c.key, c.change) for c in changed_parts(signed, part_digests(project))}
    assert (step.id, "changed") in changes and (removed.id, "removed") in changes
    assert ("meta", "changed") in changes
    assert (project.maps[0].id, "changed") in changes  # the map's list of findings changed


def test_reordering_lanes_is_a_change_of_the_map():
    project = sample()
    signed = part_digests(project)
    lanes = project.maps[0].lanes
    lanes[0], lanes[1] = lanes[1], lanes[0]
    assert [c.key for c in changed_parts(signed, part_digests(project))] == [project.maps[0].id]


def test_the_manifest_of_a_large_project_stays_small():
    project = sample()
    digests = part_digests(project)
    elements = sum(len(getattr(m, c)) for m in project.maps for c in ("lanes", "phases", "steps", "flows", "findings"))
    assert len(digests) >= elements
    assert all(len(d) == 12 for d in digests.values())  # 5,000 steps and their flows: well under 1 MB


def project_with_departments() -> Project:
    return Project(departments=[Department(name="运营部", head="陈刚"), Department(name="设计部", head="王敏")])


def test_slots_come_in_the_manuals_order_with_one_countersignature_per_department():
    slots = required_signoff_slots(project_with_departments())
    assert [(s.role, s.department, s.expected) for s in slots] == [
        (SignOffRole.DRAFTED, "", ""),
        (SignOffRole.REVIEWED, "", ""),
        (SignOffRole.COUNTERSIGNED, "运营部", "陈刚"),
        (SignOffRole.COUNTERSIGNED, "设计部", "王敏"),
        (SignOffRole.APPROVED, "", ""),
    ]
    assert not any(s.filled for s in slots)


def test_a_slot_is_filled_by_a_signoff_of_the_current_version_only():
    project = project_with_departments()
    project.signoffs = [
        SignOff(role=SignOffRole.COUNTERSIGNED, name="王敏", department="设计部", version="V1.0"),
        SignOff(role=SignOffRole.DRAFTED, name="李娜", version="V0.9"),
    ]
    filled = [(s.role, s.department) for s in required_signoff_slots(project) if s.filled]
    assert filled == [(SignOffRole.COUNTERSIGNED, "设计部")]


def test_a_rejection_reopens_every_slot_of_the_version():
    project = project_with_departments()
    project.signoffs = [
        SignOff(role=SignOffRole.DRAFTED, name="李娜", version="V1.0", date=dt.date(2026, 11, 2)),
        SignOff(role=SignOffRole.REVIEWED, name="赵强", version="V1.0", decision=SignOffDecision.REJECTED),
        SignOff(
            role=SignOffRole.REVIEWED, name="赵强", version="V1.0", decision=SignOffDecision.APPROVED_WITH_COMMENTS
        ),
    ]
    slots = {s.role: s for s in required_signoff_slots(project) if s.role is not SignOffRole.COUNTERSIGNED}
    assert not slots[SignOffRole.DRAFTED].filled  # signed before the rejection, so on other content
    assert slots[SignOffRole.REVIEWED].signoff is project.signoffs[2]
