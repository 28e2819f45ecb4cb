"""Golden files: a change to the saved format, the workbook's or the manual's structure shows in review.

tests/io/golden/project_v4.opsflow was written by the format-4 release (the sample, signed off) and
project_v5.opsflow by the format-5 release from it; the others are what this code writes from them. When a change
is intended, rewrite them with `make golden` and review the diff."""

from __future__ import annotations

import os

import pytest

from opsflow_desktop.io import load_project, save_project
from opsflow_desktop.io.excel.writer import write_workbook
from opsflow_desktop.io.word.manual import write_manual
from opsflow_desktop.model.signing import content_hash
from tests.io.golden.structure import GOLDEN, as_text, manual_structure, workbook_structure

UPDATE = os.environ.get("OPSFLOW_UPDATE_GOLDEN") == "1"
V4, V5, V6, V7 = (GOLDEN / f"project_v{n}.opsflow" for n in (4, 5, 6, 7))


def check(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, "utf-8")
    assert path.read_text("utf-8") == text, f"{name} changed: if intended, run `make golden` and review the diff"


def test_a_format_4_file_saves_as_the_format_7_golden_and_keeps_its_signatures(tmp_path):
    project = load_project(V4)
    assert content_hash(project) == project.meta.signed_hash
    save_project(project, tmp_path / "saved.opsflow")
    check(V7.name, (tmp_path / "saved.opsflow").read_text("utf-8"))


@pytest.mark.parametrize("older", [V5, V6], ids=["format 5", "format 6"])
def test_a_later_file_saves_as_the_same_format_7_golden_and_keeps_its_signatures(tmp_path, older):
    project = load_project(older)
    assert content_hash(project) == project.meta.signed_hash
    save_project(project, tmp_path / "saved.opsflow")
    assert (tmp_path / "saved.opsflow").read_bytes() == V7.read_bytes()


def test_the_format_7_golden_saves_byte_for_byte_as_it_was_read(tmp_path):
    save_project(load_project(V7), tmp_path / "again.opsflow")
    assert (tmp_path / "again.opsflow").read_bytes() == V7.read_bytes()


def test_the_workbooks_structure(tmp_path, chinese):
    write_workbook(load_project(V7), tmp_path / "plan.xlsx")
    check("workbook.json", as_text(workbook_structure(tmp_path / "plan.xlsx")))


def test_the_manuals_structure(tmp_path, chinese):
    write_manual(load_project(V7), tmp_path / "manual.docx")
    check("manual.json", as_text(manual_structure(tmp_path / "manual.docx")))
