"""The .opsflow file: round trip, migrations, one clear error for every bad input, atomic saves."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from opsflow_desktop import i18n
from opsflow_desktop.i18n import set_language
from opsflow_desktop.io import InvalidProjectError, LoadError, SaveError, load_project, native, save_project
from opsflow_desktop.io.atomic import current_umask
from opsflow_desktop.io.native import reader, writer
from opsflow_desktop.io.native.migrations import CURRENT_FORMAT_VERSION
from opsflow_desktop.model import FindingType
from opsflow_desktop.paths import sample_project

FIXTURES = Path(__file__).parent / "fixtures"


def test_save_then_load_gives_an_equal_project(tmp_path):
    project = load_project(sample_project())
    path = tmp_path / "商品上架.opsflow"
    save_project(project, path)
    assert load_project(path) == project
    text = path.read_text(encoding="utf-8")
    assert "选品会" in text, "Chinese is stored readably, not as \\u escapes"
    assert json.loads(text)["format_version"] == CURRENT_FORMAT_VERSION


def test_save_keeps_the_previous_file_as_backup(tmp_path, small):
    path = tmp_path / "p.opsflow"
    save_project(small.doc.project, path)
    first = path.read_bytes()
    small.editor.rename(small.a.id, "选品评审会")
    save_project(small.doc.project, path)
    assert native.backup_path(path).read_bytes() == first
    assert "选品评审会" in path.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_save_keeps_the_file_permissions(tmp_path, small):
    path = tmp_path / "p.opsflow"
    save_project(small.doc.project, path)
    os.chmod(path, 0o640)
    save_project(small.doc.project, path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_version_1_files_are_migrated(tmp_path):
    project = load_project(FIXTURES / "listing_v1.opsflow")
    step = project.maps[0].steps[1]
    assert (step.x, step.y, step.width, step.height) == (140, 50, 120, 60)
    assert step.inputs == ["市场趋势报告", "供应商报价单"] and step.outputs == ["《选品会纪要》"]
    finding = project.maps[0].findings[0]
    assert finding.target_id == "step_2" and finding.type is FindingType.BOTTLENECK
    assert project.maps[0].dismissed_suggestions == []  # added by the 2 -> 3 step
    # and it is written back in the current format
    save_project(project, tmp_path / "upgraded.opsflow")
    assert json.loads((tmp_path / "upgraded.opsflow").read_text("utf-8"))["format_version"] == CURRENT_FORMAT_VERSION


def test_version_2_files_are_migrated(tmp_path):
    data = json.loads(valid_text())
    data["format_version"] = 2
    for process_map in data["project"]["maps"]:
        del process_map["dismissed_suggestions"]
    project = load_project(write(tmp_path, json.dumps(data, ensure_ascii=False)))
    assert all(m.dismissed_suggestions == [] for m in project.maps)


# ------------------------------------------------------------ bad input
def write(tmp_path: Path, content: bytes | str, name: str = "bad.opsflow") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def valid_text() -> str:
    return sample_project().read_text(encoding="utf-8")


def load_error(path: Path) -> LoadError:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(LoadError) as caught:
        load_project(path)
    if before is not None:
        assert path.read_bytes() == before, "a failed load never changes the file"
    assert str(path) in str(caught.value), "the message names the file"
    return caught.value


def test_missing_file(tmp_path):
    assert "does not exist" in load_error(tmp_path / "nope.opsflow").message


def test_a_folder(tmp_path):
    assert "folder" in load_error(tmp_path).message


def test_empty_file(tmp_path):
    assert "empty" in load_error(write(tmp_path, "")).message


def test_a_text_file_is_named_as_such(tmp_path):
    error = load_error(write(tmp_path, "流程图\n这不是 JSON {"))
    assert "text file, not an OpsFlow project" in error.message and "Expecting" not in error.message


def test_damaged_json_names_the_place_in_the_users_language(tmp_path):
    set_language("zh_CN")
    try:
        error = load_error(write(tmp_path, '{"format": "opsflow",\n "project": {,}}'))
    finally:
        set_language("en")
    assert "第 2 行" in error.message and "Expecting" not in error.message


def test_truncated_file(tmp_path):
    text = valid_text()
    assert "cut off" in load_error(write(tmp_path, text[: len(text) // 2])).message


def test_binary_file(tmp_path):
    assert "binary" in load_error(write(tmp_path, bytes(range(256)) * 100)).message


def test_latin1_text(tmp_path):
    assert "UTF-8" in load_error(write(tmp_path, "caf\xe9".encode("latin-1"))).message


def test_json_that_is_not_a_project(tmp_path):
    assert "not an OpsFlow project" in load_error(write(tmp_path, '{"name": "x"}')).message
    assert "not an OpsFlow project" in load_error(write(tmp_path, "[1, 2, 3]")).message


def test_wrong_types_name_the_element_and_field(tmp_path):
    data = json.loads(valid_text())
    data["project"]["maps"][0]["steps"][1]["processing_hours"] = "两小时"
    data["project"]["maps"][0]["flows"][0]["probability"] = 3
    error = load_error(write(tmp_path, json.dumps(data, ensure_ascii=False)))
    assert isinstance(error, InvalidProjectError)
    assert any("选品会" in d and "processing_hours" in d and "must be a number" in d for d in error.details)
    assert any("probability" in d and "at most 1" in d for d in error.details)


def test_dangling_references_are_named(tmp_path):
    data = json.loads(valid_text())
    data["project"]["maps"][0]["flows"][0]["target_id"] = "step_ghost"
    error = load_error(write(tmp_path, json.dumps(data, ensure_ascii=False)))
    assert isinstance(error, InvalidProjectError)
    assert any("step_ghost" in d for d in error.details)


def test_newer_format_version(tmp_path):
    data = json.loads(valid_text())
    data["format_version"] = CURRENT_FORMAT_VERSION + 1
    error = load_error(write(tmp_path, json.dumps(data)))
    assert "newer" in error.message and "update" in error.message


@pytest.mark.parametrize("version", [None, "2", 0, True])
def test_invalid_format_version(tmp_path, version):
    data = json.loads(valid_text())
    data["format_version"] = version
    assert "format version" in load_error(write(tmp_path, json.dumps(data))).message


def test_deeply_nested_json(tmp_path):
    assert "nested too deeply" in load_error(write(tmp_path, "[" * 100_000 + "]" * 100_000)).message


def test_a_hundred_megabytes_of_garbage(tmp_path):
    path = tmp_path / "garbage.opsflow"
    chunk = os.urandom(1024 * 1024)
    with path.open("wb") as handle:
        for _ in range(100):
            handle.write(chunk)
    assert "binary" in load_error(path).message


def test_a_hundred_megabytes_of_text_garbage(tmp_path):
    path = tmp_path / "garbage.opsflow"
    path.write_bytes(b'{"format": "opsflow", "x": "' + b"a" * (100 * 1024 * 1024))
    assert "cut off" in load_error(path).message


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    assert "too large" in load_error(write(tmp_path, valid_text())).message


def test_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads everything")
    path = write(tmp_path, valid_text())
    os.chmod(path, 0)
    assert "permission" in load_error(path).message


def test_errors_are_in_chinese_when_the_interface_is(tmp_path):
    i18n.set_language("zh_CN")
    assert load_error(tmp_path / "nope.opsflow").message == "文件不存在。"


# ------------------------------------------------------ failing saves
@pytest.fixture
def saved(tmp_path, small):
    path = tmp_path / "p.opsflow"
    save_project(small.doc.project, path)
    small.editor.rename(small.a.id, "改过的名字")
    return path, path.read_bytes(), small.doc.project


def assert_untouched(path: Path, original: bytes) -> None:
    assert path.read_bytes() == original
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_write_error_leaves_the_original(saved, monkeypatch):
    path, original, project = saved

    def failing_fdopen(fd, *args, **kwargs):
        os.close(fd)
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(writer.os, "fdopen", failing_fdopen)
    with pytest.raises(SaveError, match="unchanged"):
        save_project(project, path)
    assert_untouched(path, original)


def test_disk_full_leaves_the_original(saved, monkeypatch):
    path, original, project = saved

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer.os, "fsync", no_space)
    with pytest.raises(SaveError, match="No space left"):
        save_project(project, path)
    assert_untouched(path, original)


def test_failing_replace_leaves_the_original(saved, monkeypatch):
    path, original, project = saved
    real_replace = os.replace

    def failing_replace(src, dst):
        if Path(dst) == path:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        real_replace(src, dst)

    monkeypatch.setattr(writer.os, "replace", failing_replace)
    with pytest.raises(SaveError):
        save_project(project, path)
    assert_untouched(path, original)


def test_interrupted_save_leaves_the_original(saved, monkeypatch):
    path, original, project = saved

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(writer.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_project(project, path)
    assert_untouched(path, original)


def test_unwritable_folder(tmp_path, small):
    with pytest.raises(SaveError, match="Could not write"):
        save_project(small.doc.project, tmp_path / "missing-folder" / "p.opsflow")


# ---------------------------------------------------- review findings
def test_nan_in_a_file_is_refused(tmp_path):
    data = json.loads(valid_text())
    text = json.dumps(data).replace('"processing_hours": 2.0', '"processing_hours": NaN', 1)
    error = load_error(write(tmp_path, text))
    assert isinstance(error, InvalidProjectError) and any("processing_hours" in d for d in error.details)


def test_a_number_with_thousands_of_digits(tmp_path):
    text = valid_text().replace('"processing_hours": 2.0', '"processing_hours": ' + "9" * 5001, 1)
    assert "not valid JSON" in load_error(write(tmp_path, text)).message


def test_a_pipe_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.opsflow"
    os.mkfifo(fifo)
    assert "not a regular file" in load_error(fifo).message


def test_utf16_text(tmp_path):
    assert "UTF-16" in load_error(write(tmp_path, valid_text().encode("utf-16"))).message


def test_a_malformed_old_file(tmp_path):
    data = json.loads((FIXTURES / "listing_v1.opsflow").read_text("utf-8"))
    data["project"]["maps"][0]["steps"] = "not a list"
    error = load_error(write(tmp_path, json.dumps(data)))
    assert isinstance(error, InvalidProjectError) and "old format 1" in error.message and "steps" in error.message


def test_saving_through_a_symlink_updates_the_target(tmp_path, small):
    real = tmp_path / "real.opsflow"
    save_project(small.doc.project, real)
    link = tmp_path / "link.opsflow"
    link.symlink_to(real)
    small.editor.rename(small.a.id, "经由链接保存")
    save_project(small.doc.project, link)
    assert link.is_symlink() and "经由链接保存" in real.read_text("utf-8")


def test_text_that_cannot_be_written_gives_a_save_error(tmp_path, small):
    path = tmp_path / "p.opsflow"
    save_project(small.doc.project, path)
    original = path.read_bytes()
    small.a.name = "bad\udc80"  # bypassing the editor, as a corrupted load could
    with pytest.raises(SaveError, match="cannot be written"):
        save_project(small.doc.project, path)
    assert_untouched(path, original)


def test_a_backup_that_cannot_be_written_does_not_block_the_save(tmp_path, small):
    path = tmp_path / "p.opsflow"
    save_project(small.doc.project, path)
    native.backup_path(path).mkdir()
    small.editor.rename(small.a.id, "仍然保存")
    save_project(small.doc.project, path)
    assert "仍然保存" in path.read_text("utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_disk_full_while_writing_leaves_the_original(saved, monkeypatch):
    path, original, project = saved
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(SaveError, match="No space left"):
        save_project(project, path)
    assert_untouched(path, original)


def test_new_files_get_ordinary_permissions(tmp_path, small):
    path = tmp_path / "new.opsflow"
    save_project(small.doc.project, path)
    assert path.stat().st_mode & 0o777 == 0o666 & ~current_umask()
