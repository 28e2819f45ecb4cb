"""Autosave and recovery at the edges: a second crash after a restore, the first seconds of work, relative paths,
a copy whose description was damaged, crashed sessions that are zombies, a full disk."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from opsflow_desktop.app import document_controller, recovery
from opsflow_desktop.app.document_controller import DocumentController
from opsflow_desktop.io import load_project

ROOT = Path(__file__).resolve().parents[2]


def crash(controller: DocumentController) -> None:
    """What the operating system does when the process dies: its session lock is released, nothing else."""
    controller.wait_for_autosave()
    recovery.release_session(controller.session_id)


def rename_first_step(controller: DocumentController, name: str) -> None:
    controller.editor.rename(controller.doc.maps[0].steps[0].id, name)


def first_step_name(project) -> str:
    return project.maps[0].steps[0].name


@pytest.fixture
def say_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def restore_in_a_new_session() -> DocumentController:
    controller = DocumentController()
    [copy] = recovery.pending_copies()
    controller.restore(copy)
    return controller


# ------------------------------------------------------------------ 1. a restored copy survives a second crash
def test_a_restored_copy_survives_a_second_crash(window):
    # given: edits autosaved, then a crash, then the copy restored in a new session
    rename_first_step(window.controller, "崩溃前的修改")
    window.controller.autosave()
    crash(window.controller)
    second = restore_in_a_new_session()
    # when: the new session crashes too, before its first autosave
    crash(second)
    # then: the restored edits are offered again
    [copy] = recovery.pending_copies()
    assert first_step_name(copy.load()) == "崩溃前的修改"
    second.deleteLater()


def test_a_restored_copy_is_replaced_by_the_next_autosave_and_removed_by_saving(window, tmp_path):
    rename_first_step(window.controller, "第一次")
    window.controller.autosave()
    crash(window.controller)
    second = restore_in_a_new_session()
    assert recovery.pending_copies() == [], "the running session's copy is not offered to others"
    rename_first_step(second, "第二次")
    second.autosave()
    copies = list(recovery.recovery_dir().glob("*.opsflow"))
    assert len(copies) == 1 and first_step_name(load_project(copies[0])) == "第二次"
    second.save_as(tmp_path / "saved.opsflow")
    assert list(recovery.recovery_dir().glob("*.opsflow")) == []
    second.deleteLater()


# ------------------------------------------------------------------ 2. autosave when editing pauses
def test_the_first_edit_is_autosaved_within_seconds(window, qtbot):
    controller = window.controller
    started = time.monotonic()
    rename_first_step(controller, "刚改的")
    slot = recovery.slot_for(controller.path, controller.session_id)
    qtbot.waitUntil(slot.exists, timeout=document_controller.AUTOSAVE_IDLE_MS + 3000)
    qtbot.waitUntil(lambda: controller._writer is None, timeout=3000)
    assert time.monotonic() - started < 10
    assert first_step_name(load_project(slot)) == "刚改的"


def test_no_autosave_while_typing_then_one_when_typing_stops(window, qtbot, monkeypatch):
    monkeypatch.setattr(document_controller, "AUTOSAVE_IDLE_MS", 1500)  # margin for a loaded machine's stalls
    controller = window.controller
    slot = recovery.slot_for(controller.path, controller.session_id)
    for i in range(12):  # a keystroke every 100 ms for 1.2 s
        rename_first_step(controller, f"打字{i}")
        qtbot.wait(100)
        assert not slot.exists(), "never between two keystrokes"
    qtbot.waitUntil(slot.exists, timeout=6000)
    qtbot.waitUntil(lambda: controller._writer is None, timeout=3000)
    assert first_step_name(load_project(slot)) == "打字11"


def test_typing_without_a_pause_is_still_autosaved_at_the_first_short_gap(window, qtbot, monkeypatch):
    monkeypatch.setattr(document_controller, "AUTOSAVE_IDLE_MS", 60_000)
    monkeypatch.setattr(document_controller, "MAX_UNSAVED_MS", 500)
    monkeypatch.setattr(document_controller, "SHORT_GAP_MS", 150)
    controller = window.controller
    slot = recovery.slot_for(controller.path, controller.session_id)
    started_while_typing = False
    for i in range(30):
        rename_first_step(controller, f"不停{i}")
        qtbot.wait(60 if i % 10 else 250)  # a short gap now and then, as between words
        if slot.exists() or controller._writer is not None:  # the copy is being written (on its own thread)
            started_while_typing = True
            break
    assert started_while_typing
    qtbot.waitUntil(slot.exists, timeout=5000)  # a loaded machine may take a moment to write it


# ------------------------------------------------------------------ 3. absolute paths
def test_a_file_opened_by_a_relative_path_is_recovered_to_the_same_file(window, tmp_path, monkeypatch, say_yes):
    work, elsewhere = tmp_path / "work", tmp_path / "elsewhere"
    work.mkdir()
    elsewhere.mkdir()
    monkeypatch.chdir(work)
    window.controller.save_as("relative.opsflow")
    window.controller.open("relative.opsflow")
    rename_first_step(window.controller, "相对路径")
    window.controller.autosave()
    crash(window.controller)
    monkeypatch.chdir(elsewhere)  # the application is restarted from another folder
    [copy] = recovery.pending_copies()
    assert copy.original == work / "relative.opsflow"
    second = DocumentController()
    second.restore(copy)
    second.save()
    assert first_step_name(load_project(work / "relative.opsflow")) == "相对路径"
    assert not (elsewhere / "relative.opsflow").exists()
    second.deleteLater()


# ------------------------------------------------------------------ 4. copy and description are one
def test_a_copy_stays_matched_to_its_file_whatever_happens_to_side_files(window, tmp_path):
    path = tmp_path / "mine.opsflow"
    window.controller.save_as(path)
    rename_first_step(window.controller, "未保存")
    copy_path = window.controller.autosave()
    crash(window.controller)
    # killed between two writes: a description beside the copy damaged or missing
    for side in recovery.recovery_dir().glob("*.json"):
        side.write_text('{"original": "/tmp/x', encoding="utf-8")
    [copy] = recovery.pending_copies()
    assert copy.path == copy_path and copy.original == path.absolute()
    assert sorted(p.suffix for p in recovery.recovery_dir().iterdir()) == [".opsflow"], "one file, nothing beside"


def test_a_copy_is_written_atomically_with_its_description(window, tmp_path, monkeypatch):
    window.controller.save_as(tmp_path / "mine.opsflow")
    rename_first_step(window.controller, "旧")
    window.controller.autosave()
    rename_first_step(window.controller, "新")

    def killed(path, data):
        path.write_bytes(data[: len(data) // 2])
        raise KeyboardInterrupt  # stands for the kill: nothing after this point runs

    monkeypatch.setattr(recovery, "write_bytes", killed)
    with pytest.raises(KeyboardInterrupt):
        recovery.write_copy(window.controller.doc.project, window.controller.path, window.controller.session_id)
    crash(window.controller)
    [copy] = recovery.pending_copies()
    assert copy.original == (tmp_path / "mine.opsflow").absolute() and first_step_name(copy.load()) == "旧"


# ------------------------------------------------------------------ 5. liveness by a lock the OS releases
_CHILD = """
import sys, time
from pathlib import Path
from opsflow_desktop.app import recovery
from opsflow_desktop.io import load_project
from opsflow_desktop.paths import sample_project
recovery.hold_session("child")
project = load_project(sample_project())
project.maps[0].steps[0].name = "子进程的修改"
recovery.write_copy(project, Path(sys.argv[1]), "child")
print("written", flush=True)
if sys.argv[2] == "wait":
    time.sleep(60)
"""


def _child(tmp_path: Path, mode: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(tmp_path / "child.opsflow"), mode],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "written"
    return process


@pytest.mark.skipif(not hasattr(os, "waitid"), reason="zombies are a POSIX matter")
def test_a_crashed_session_that_is_still_a_zombie_does_not_block_its_recovery(window, tmp_path):
    process = _child(tmp_path, "exit")
    os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)  # it has exited, but nobody reaped it
    try:
        assert Path(f"/proc/{process.pid}").exists() or sys.platform != "linux", "a zombie now"
        [copy] = recovery.pending_copies()
        assert first_step_name(copy.load()) == "子进程的修改"
    finally:
        process.wait()


def test_a_running_session_keeps_its_copy_until_it_dies(window, tmp_path):
    process = _child(tmp_path, "wait")
    try:
        assert recovery.pending_copies() == []
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    [copy] = recovery.pending_copies()
    assert copy.original == tmp_path / "child.opsflow"


# ------------------------------------------------------------------ 6. a full disk
def test_autosave_to_a_full_disk_is_reported_once_and_work_goes_on(window, qtbot, monkeypatch):
    from opsflow_desktop.app.main import watch_autosave

    note = watch_autosave(window)

    def full(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    writes = recovery.write_bytes
    monkeypatch.setattr(recovery, "write_bytes", full)
    monkeypatch.setattr(document_controller, "SHORT_GAP_MS", 0)  # each tick comes after a pause in editing
    controller = window.controller
    failures: list[str] = []
    controller.autosave_failed.connect(failures.append)
    for i in range(3):  # three ticks of the timer
        rename_first_step(controller, f"满盘{i}")
        controller._failed_at = 0.0  # as if the retry delay had passed
        controller._autosave_timer.timeout.emit()
        qtbot.waitUntil(lambda: controller._writer is None, timeout=3000)
        qtbot.wait(20)
    assert len(failures) == 1 and os.strerror(errno.ENOSPC) in failures[0]
    assert note.isVisible() and os.strerror(errno.ENOSPC) in note.toolTip()
    assert first_step_name(controller.doc.project) == "满盘2", "editing goes on"
    # when the disk has room again, the next try writes the copy and the note goes
    monkeypatch.setattr(recovery, "write_bytes", writes)
    controller._failed_at = 0.0
    controller._autosave_timer.timeout.emit()
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=3000)
    slot = recovery.slot_for(controller.path, controller.session_id)
    assert first_step_name(load_project(slot)) == "满盘2"
