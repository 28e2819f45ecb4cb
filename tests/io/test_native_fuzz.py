"""Damaged project files, a few hundred of them (seeded: the same every run): opening one either fails with
the designed message or gives a project that can be saved, analysed and exported; it never raises anything
else, never takes long, and never changes the file. The campaign of thousands is `make stress`."""

from __future__ import annotations

import time

import pytest

from opsflow_desktop.analysis.report import analyze_project
from opsflow_desktop.io import LoadError, load_project, save_project
from opsflow_desktop.io.text.writer import write_outline
from tests.io.native_mutants import mutants

COUNT = 300
SECONDS_PER_FILE = 2.0


def check_one(tmp_path, what: str, raw: bytes) -> str:
    """'refused' or 'opened'; fails the test on anything a user should never see."""
    path = tmp_path / "damaged.opsflow"
    path.write_bytes(raw)
    started = time.perf_counter()
    try:
        project = load_project(path)
    except LoadError as error:
        assert str(error).strip(), what
        assert "Traceback" not in str(error) and "pydantic" not in str(error).lower(), what
        outcome = "refused"
    else:
        # What opened is a document like any other: it saves, reads back, analyses and writes as text.
        save_project(project, tmp_path / "saved.opsflow")
        assert load_project(tmp_path / "saved.opsflow").model_dump() == project.model_dump(), what
        analyze_project(project)
        for process_map in project.maps[:1]:
            write_outline(project, process_map)
        outcome = "opened"
    assert time.perf_counter() - started < SECONDS_PER_FILE, f"{what}: too slow"
    assert path.read_bytes() == raw, f"{what}: opening changed the file"
    return outcome


def test_damaged_project_files_are_refused_with_a_message_or_open_usable(tmp_path):
    outcomes = {"refused": 0, "opened": 0}
    for what, raw in mutants(COUNT):
        try:
            outcomes[check_one(tmp_path, what, raw)] += 1
        except AssertionError:
            raise
        except Exception as error:  # noqa: BLE001 - the point: name the mutant that broke through
            pytest.fail(f"{what}: {type(error).__name__}: {error}")
    assert outcomes["refused"] > COUNT // 3 and outcomes["opened"] > 10, outcomes  # both paths exercised
