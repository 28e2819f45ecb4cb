"""Format 5 -> 6: interview records, the evidence's link and the maps' interview text arrive empty."""

from __future__ import annotations

import json

from opsflow_desktop.io import load_project
from tests.io.golden.structure import GOLDEN


def test_a_format_5_file_opens_with_no_interviews_and_no_text():
    assert json.loads((GOLDEN / "project_v5.opsflow").read_text("utf-8"))["format_version"] == 5
    project = load_project(GOLDEN / "project_v5.opsflow")
    assert project.interviews == []
    assert all(m.outline == [] for m in project.maps)
    assert all(f.evidence.interview_id is None for m in project.maps for f in m.findings)
