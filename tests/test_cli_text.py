"""`opsflow import-text` and `opsflow export --text`: notes into a project and back, with line numbers for what
could not be read, and nothing written when the notes cannot be read."""

from __future__ import annotations

import pytest

from opsflow_desktop.cli.main import main
from opsflow_desktop.i18n import set_language
from opsflow_desktop.io import load_project, save_project
from opsflow_desktop.paths import resources_dir, sample_project

EXAMPLE = resources_dir() / "examples" / "complaint_interview.txt"


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh_CN")
    yield


def test_the_complaint_interview_becomes_a_project(tmp_path, capsys):
    out = tmp_path / "客诉.opsflow"
    assert main(["import-text", str(EXAMPLE), "-o", str(out)]) == 0
    project = load_project(out)
    (process_map,) = project.maps
    assert process_map.name == "complaint_interview"
    assert [lane.name for lane in process_map.lanes] == ["客服部", "售后部", "财务部"]
    assert len(process_map.steps) == 8 and len(process_map.flows) == 8 and len(process_map.findings) == 3
    assert project.interviews[0].interviewee == "李娜"
    assert all(f.evidence.source == "客服主管 李娜" for f in process_map.findings)
    assert "8" in capsys.readouterr().out


def test_unreadable_lines_are_reported_with_their_numbers_and_the_rest_is_imported(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("客服部：登记\n  否 -> 没有这步\n回复\n", "utf-8")
    assert main(["import-text", str(notes)]) == 1
    err = capsys.readouterr().err
    assert "2" in err and "没有这步" in err
    assert len(load_project(tmp_path / "notes.opsflow").maps[0].steps) == 2


def test_gb18030_notes_from_a_chinese_windows_editor_are_read(tmp_path):
    notes = tmp_path / "gbk.txt"
    notes.write_bytes("客服部：登记投诉\r\n回复客户\r\n".encode("gb18030"))
    assert main(["import-text", str(notes), "-o", str(tmp_path / "p.opsflow")]) == 0
    assert [s.name for s in load_project(tmp_path / "p.opsflow").maps[0].steps] == ["登记投诉", "回复客户"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"PK\x03\x04\x00\x00docx", "txt"), (b"\xff\xfe\xfa\x80\xff" * 10, "UTF-8")],
)
def test_a_file_that_is_no_text_writes_nothing(tmp_path, capsys, content, message):
    notes = tmp_path / "bad.txt"
    notes.write_bytes(content)
    assert main(["import-text", str(notes)]) == 2
    assert message in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt"]


def test_into_an_existing_project_as_a_new_map_then_updating_that_map(tmp_path, capsys):
    project_file = tmp_path / "sample.opsflow"
    save_project(load_project(sample_project()), project_file)
    assert main(["import-text", str(EXAMPLE), "--into", str(project_file), "--map", "客诉处理"]) == 0
    first = load_project(project_file)
    assert [m.name for m in first.maps][-1] == "客诉处理"
    ids = {s.name: s.id for s in first.maps[-1].steps}
    text = tmp_path / "客诉.txt"
    assert main(["export", str(project_file), "--text", str(text), "--map", "客诉处理"]) == 0
    text.write_text(text.read_text("utf-8").replace("回访确认", "电话回访"), "utf-8")
    assert main(["import-text", str(text), "--into", str(project_file), "--map", "客诉处理"]) == 0
    again = load_project(project_file)
    assert len(again.maps) == len(first.maps)
    steps = {s.name: s.id for s in again.maps[-1].steps}
    assert "电话回访" in steps and "回访确认" not in steps
    assert {n: i for n, i in steps.items() if n != "电话回访"} == {n: i for n, i in ids.items() if n != "回访确认"}


def test_export_text_of_the_sample_reads_back_without_problems(tmp_path, capsys):
    out = tmp_path / "listing.txt"
    assert main(["export", str(sample_project()), "--text", str(out)]) == 0
    text = out.read_text("utf-8")
    assert "# 选品与资料" in text and "！瓶颈 素材反复修改，高" in text
    assert main(["import-text", str(out), "-o", str(tmp_path / "again.opsflow")]) == 0


def test_export_text_names_an_unknown_map(tmp_path, capsys):
    assert main(["export", str(sample_project()), "--text", str(tmp_path / "x.txt"), "--map", "没有"]) == 2
    assert "没有" in capsys.readouterr().err and not (tmp_path / "x.txt").exists()
