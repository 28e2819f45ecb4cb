"""`opsflow export FILE --minutes OUT.docx [--workshop ID-OR-TITLE]`: the latest workshop's minutes by default, with
the pictures of its maps drawn offscreen; a clear refusal (exit 2, nothing written) when there is no workshop."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from opsflow_desktop.cli.main import main
from opsflow_desktop.i18n import set_language
from opsflow_desktop.io import save_project
from opsflow_desktop.paths import sample_project
from tests.workshop_helpers import hold_workshop


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("zh_CN")


@pytest.fixture
def project_file(tmp_path):
    held = hold_workshop()
    held.editor.start_workshop("Earlier workshop", dt.date(2026, 9, 1))
    path = tmp_path / "project.opsflow"
    save_project(held.doc.project, path)
    return path


def test_the_latest_workshops_minutes_with_the_map_pictures(project_file, tmp_path, capsys):
    out = tmp_path / "minutes.docx"
    assert main(["export", str(project_file), "--minutes", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "商品上架流程现状研讨会"  # the latest one, held 2026-10-20
    assert len(document.inline_shapes) >= 1  # the current map, drawn offscreen


def test_a_workshop_chosen_by_its_title(project_file, tmp_path):
    out = tmp_path / "earlier.docx"
    assert main(["export", str(project_file), "--minutes", str(out), "--workshop", "Earlier workshop"]) == 0
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Earlier workshop"
    assert not document.inline_shapes  # it raised nothing and voted on nothing: no map to show


def test_an_unknown_workshop_is_refused_with_the_list_of_workshops(project_file, tmp_path, capsys):
    out = tmp_path / "minutes.docx"
    assert main(["export", str(project_file), "--minutes", str(out), "--workshop", "Kick-off"]) == 2
    err = capsys.readouterr().err
    assert "“Kick-off”" in err and "2026-09-01 Earlier workshop" in err and "商品上架流程现状研讨会" in err
    assert not out.exists()


def test_a_project_without_a_workshop_has_no_minutes_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "minutes.docx"
    workbook = tmp_path / "plan.xlsx"
    code = main(["export", str(sample_project()), "--minutes", str(out), "--xlsx", str(workbook)])
    assert code == 2
    assert "no workshop" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # refused before anything was written


def test_minutes_and_manual_cannot_share_a_file(project_file, tmp_path, capsys):
    same = str(tmp_path / "same.docx")
    assert main(["export", str(project_file), "--minutes", same, "--docx", same]) == 2
    assert "same file" in capsys.readouterr().err
