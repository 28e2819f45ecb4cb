"""The manual is written atomically: a cancelled or failed export leaves neither the file nor a temporary file,
and an existing file stays as it was."""

from __future__ import annotations

import docx
import pytest

from opsflow_desktop.io import SaveError, load_project
from opsflow_desktop.io.progress import Cancelled
from opsflow_desktop.io.word.manual import write_manual
from opsflow_desktop.paths import sample_project

from .test_word import fake_images


@pytest.fixture
def sample():
    return load_project(sample_project())


def count_reports(project, tmp_path) -> list[tuple[int, int]]:
    reports: list[tuple[int, int]] = []
    write_manual(
        project,
        tmp_path / "counted.docx",
        images=fake_images(project),
        progress=lambda done, total: reports.append((done, total)) or True,
    )
    (tmp_path / "counted.docx").unlink()
    return reports


def test_progress_climbs_to_its_total(sample, tmp_path):
    reports = count_reports(sample, tmp_path)
    assert len(reports) > 10
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)
    assert reports[-1][0] == reports[-1][1], "the last report says done"


@pytest.mark.parametrize("where", ["first", "middle", "saving"])
def test_a_cancelled_export_leaves_nothing_behind(sample, tmp_path, where):
    reports = count_reports(sample, tmp_path)
    stop_at = {"first": 1, "middle": len(reports) // 2, "saving": len(reports)}[where]
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < stop_at

    target = tmp_path / "manual.docx"
    with pytest.raises(Cancelled):
        write_manual(sample, target, images=fake_images(sample), progress=progress)
    assert len(calls) == stop_at
    assert list(tmp_path.iterdir()) == []


def test_a_cancel_keeps_an_existing_manual_as_it_was(sample, tmp_path):
    target = tmp_path / "manual.docx"
    write_manual(sample, target)
    before = target.read_bytes()
    sample.meta.version = "V2.0"
    with pytest.raises(Cancelled):
        write_manual(sample, target, progress=lambda done, total: done < total)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["manual.docx"]


def test_a_failed_save_raises_save_error_and_leaves_no_file(sample, tmp_path, monkeypatch):
    def broken_save(self, path):
        with open(path, "wb") as handle:
            handle.write(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", broken_save)
    with pytest.raises(SaveError, match="No space left"):
        write_manual(sample, tmp_path / "manual.docx")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_a_save_error(sample, tmp_path):
    with pytest.raises(SaveError):
        write_manual(sample, tmp_path / "no such folder" / "manual.docx")
