"""Format 3 -> 4: sign-offs belong to a version, and a signed-off status needs a hash to stand."""

from __future__ import annotations

import json

from opsflow_desktop.io import load_project
from opsflow_desktop.model import DocumentStatus
from opsflow_desktop.paths import sample_project


def version_3_file(tmp_path, status: str = "draft"):
    data = json.loads(sample_project().read_text("utf-8"))
    data["format_version"] = 3
    meta = data["project"]["meta"]
    for key in ("signed_hash", "signed_on", "signed_digests"):
        meta.pop(key, None)
    meta["status"], meta["version"] = status, "V1.2"
    data["project"]["signoffs"] = [{"id": "signoff_1", "role": "drafted", "name": "李娜", "date": "2026-11-02"}]
    path = tmp_path / "v3.opsflow"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_old_signoffs_belong_to_the_version_the_file_is_at(tmp_path):
    project = load_project(version_3_file(tmp_path))
    assert project.signoffs[0].version == "V1.2"
    assert project.meta.signed_hash == "" and project.meta.signed_digests == {} and project.meta.signed_on is None
    assert project.meta.status is DocumentStatus.DRAFT


def test_an_old_signed_off_file_without_a_hash_goes_back_to_review(tmp_path):
    project = load_project(version_3_file(tmp_path, status="signed_off"))
    assert project.meta.status is DocumentStatus.IN_REVIEW
