"""Files that are valid JSON but hold what no document may: repaired or refused at the door, never later."""

from __future__ import annotations

import json

from opsflow_desktop.analysis.report import analyze_project
from opsflow_desktop.io import load_project, save_project
from opsflow_desktop.io.excel.writer import write_workbook
from opsflow_desktop.paths import sample_project


def test_a_lone_surrogate_is_replaced_at_load_so_save_export_and_analysis_work(tmp_path):
    data = json.loads(sample_project().read_text("utf-8"))
    data["project"]["maps"][0]["steps"][0]["name"] = "选品\ud800会"  # half of a UTF-16 pair: a broken paste
    data["project"]["maps"][0]["lanes"][0]["name"] += "\udfff"
    path = tmp_path / "broken.opsflow"
    path.write_text(json.dumps(data), "ascii")  # as \\ud800 escapes: valid JSON
    project = load_project(path)
    assert project.maps[0].steps[0].name == "选品\ufffd会"
    save_project(project, tmp_path / "again.opsflow")
    write_workbook(project, tmp_path / "plan.xlsx")
    assert analyze_project(project).maps
    assert load_project(tmp_path / "again.opsflow").maps[0].steps[0].name == "选品\ufffd会"


def test_a_pair_that_is_a_real_character_stays_as_it_is(tmp_path):
    data = json.loads(sample_project().read_text("utf-8"))
    data["project"]["maps"][0]["steps"][0]["name"] = "选品会 😀"
    path = tmp_path / "emoji.opsflow"
    path.write_text(json.dumps(data), "ascii")  # the emoji as the pair \\ud83d\\ude00
    assert load_project(path).maps[0].steps[0].name == "选品会 😀"


def test_hours_beyond_a_century_are_refused_at_load_naming_the_step(tmp_path):
    """1e308 hours is valid JSON and a valid float; sums of it are infinite and break analysis and text."""
    import pytest

    from opsflow_desktop.io import LoadError

    data = json.loads(sample_project().read_text("utf-8"))
    step = data["project"]["maps"][0]["steps"][2]
    step["processing_hours"] = 1e308
    path = tmp_path / "huge.opsflow"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(LoadError) as refused:
        load_project(path)
    assert step["name"] in str(refused.value) and "processing_hours" in str(refused.value)


def test_the_editor_refuses_such_hours_too(small):
    import pytest

    from opsflow_desktop.model import DocumentError

    with pytest.raises(DocumentError):
        small.editor.set_fields(small.a.id, {"processing_hours": 2e6})
    assert small.a.processing_hours == 2
