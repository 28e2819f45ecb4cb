"""`opsflow verify`: a signed file matches its hash; hand-edits of the saved JSON are found and named."""

from __future__ import annotations

import json
from pathlib import Path

from opsflow_desktop import i18n
from opsflow_desktop.cli.main import main
from opsflow_desktop.io import save_project
from opsflow_desktop.paths import sample_project


def verify(path: Path, capsys) -> tuple[int, str]:
    code = main(["verify", str(path)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def edit_text(path: Path, old: str, new: str) -> None:
    """Change the saved file the way someone with a text editor would: one occurrence, nothing else."""
    text = path.read_text("utf-8")
    assert text.count(old) >= 1, old
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_an_untouched_signed_file_matches(signed, capsys):
    code, out = verify(signed, capsys)
    hash_ = json.loads(signed.read_text("utf-8"))["project"]["meta"]["signed_hash"]
    assert code == 0
    assert "matches the signed hash" in out and hash_ in out and "2026-11-20" in out and "V1.0" in out


def test_a_renamed_step_is_found_and_named(signed, capsys):
    edit_text(signed, '"name": "选品会"', '"name": "选品评审会"')
    code, out = verify(signed, capsys)
    assert code == 1 and "does NOT match" in out
    assert "step「选品评审会」" in out and "changed" in out and "商品上架流程（现状）" in out


def test_a_changed_signoff_name_is_found(signed, capsys):
    edit_text(signed, '"name": "周总"', '"name": "王总"')
    code, out = verify(signed, capsys)
    assert code == 1 and "sign-off「王总」" in out


def test_a_changed_timing_is_found(signed, capsys):
    edit_text(signed, '"processing_hours": 12.0', '"processing_hours": 8.0')
    code, out = verify(signed, capsys)
    assert code == 1 and "step「拍摄与素材制作」" in out


def test_a_changed_title_is_document_information(signed, capsys):
    edit_text(signed, '"title": "商品上架流程说明书"', '"title": "商品上架说明"')
    code, out = verify(signed, capsys)
    assert code == 1 and "Document information changed" in out


def test_a_removed_finding_is_named_by_its_id(signed, capsys):
    data = json.loads(signed.read_text("utf-8"))
    removed = data["project"]["maps"][0]["findings"].pop()
    signed.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    code, out = verify(signed, capsys)
    assert code == 1 and f"finding ({removed['id']}) removed" in out


def test_reformatting_the_json_is_not_a_change(signed, capsys):
    data = json.loads(signed.read_text("utf-8"))
    signed.write_text(json.dumps(data, ensure_ascii=True, indent=4, sort_keys=True), "utf-8")
    assert verify(signed, capsys)[0] == 0


def test_an_edited_hash_alone_is_a_mismatch_without_a_named_part(signed, capsys):
    text = signed.read_text("utf-8")
    hash_ = json.loads(text)["project"]["meta"]["signed_hash"]
    edit_text(signed, hash_, "0" * 64)
    code, out = verify(signed, capsys)
    assert code == 1 and "cannot be named" in out


def test_an_unsigned_file_is_not_verified(capsys):
    code, out = verify(sample_project(), capsys)
    assert code == 1 and "not signed off (status: Draft)" in out


def test_an_unreadable_file_exits_2(tmp_path, capsys):
    code, out = verify(tmp_path / "missing.opsflow", capsys)
    assert code == 2 and "does not exist" in out


def test_messages_in_chinese(signed, capsys):
    i18n.set_language("zh_CN")
    edit_text(signed, '"name": "选品会"', '"name": "选品评审会"')
    code, out = verify(signed, capsys)
    assert code == 1 and "选品评审会" in out


def test_the_printed_hash_catches_a_file_whose_stored_hash_was_recomputed(signed, capsys):
    from opsflow_desktop.io import load_project
    from opsflow_desktop.model.signing import content_hash, part_digests

    printed = load_project(signed).meta.signed_hash  # what the signed manual shows on paper
    assert main(["verify", str(signed), "--hash", printed.upper()]) == 0
    # Someone edits the content and stores a fresh hash and digests, so the file agrees with itself...
    project = load_project(signed)
    project.maps[0].steps[1].name = "选品会（已改）"
    project.meta.signed_hash = content_hash(project)
    project.meta.signed_digests = part_digests(project)
    save_project(project, signed)
    assert verify(signed, capsys)[0] == 0
    # ...but not with the hash on paper.
    code = main(["verify", str(signed), "--hash", printed])
    output = capsys.readouterr().out
    assert code == 1 and printed in output and "recomputed" in output
