"""Format 4 -> 5: the glossary, related documents and flow sides arrive with defaults; signatures still hold."""

from __future__ import annotations

import json

from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.io import load_project, save_project
from opsflow_desktop.model import Document
from opsflow_desktop.model.signing import content_hash
from opsflow_desktop.paths import sample_project
from tests.signing_helpers import sign_off_everything


def as_format_4(path, data):
    data["format_version"] = 4
    meta = data["project"]["meta"]
    meta.pop("terms", None)
    meta.pop("related_documents", None)
    for process_map in data["project"]["maps"]:
        for flow in process_map["flows"]:
            flow.pop("source_side", None)
            flow.pop("target_side", None)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_a_format_4_file_opens_with_an_empty_glossary_and_automatic_sides(tmp_path):
    path = as_format_4(tmp_path / "v4.opsflow", json.loads(sample_project().read_text("utf-8")))
    project = load_project(path)
    assert project.meta.terms == [] and project.meta.related_documents == []
    assert all(f.source_side is None and f.target_side is None for m in project.maps for f in m.flows)


def test_a_project_signed_in_format_4_still_matches_its_hash_in_format_5(tmp_path):
    editor = DocumentEditor(Document(load_project(sample_project())))
    editor.set_project_details({"terms": [], "related_documents": []})  # what format 4 could not hold
    sign_off_everything(editor)
    signed = tmp_path / "signed.opsflow"
    save_project(editor.doc.project, signed)
    old = as_format_4(tmp_path / "signed_v4.opsflow", json.loads(signed.read_text("utf-8")))
    project = load_project(old)
    assert content_hash(project) == project.meta.signed_hash
