"""The command line: summaries, validation exit codes, and one clear line instead of a traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from opsflow_desktop import i18n
from opsflow_desktop.cli.main import main
from opsflow_desktop.paths import sample_project

SAMPLE = str(sample_project())


def test_info_summarises_the_sample(capsys):
    assert main(["info", SAMPLE]) == 0
    out = capsys.readouterr().out
    assert "商品上架流程说明书" in out and "OPS-SOP-001" in out
    assert "商品上架流程（现状）" in out and "steps 15" in out and "findings 8" in out
    assert "Target map, derived from “商品上架流程（现状）”" in out
    assert "Redundant node 2" in out


def test_info_in_chinese(capsys):
    i18n.set_language("zh_CN")
    assert main(["info", SAMPLE]) == 0
    out = capsys.readouterr().out
    assert "目标流程，源自「商品上架流程（现状）」" in out and "冗余节点 2" in out and "跨部门交接" in out


def test_validate_a_valid_file(capsys):
    assert main(["validate", SAMPLE]) == 0
    assert "valid" in capsys.readouterr().out


def test_validate_lists_problems_with_exit_1(tmp_path, capsys):
    data = json.loads(sample_project().read_text("utf-8"))
    data["project"]["maps"][0]["steps"][2]["lane_id"] = "lane_gone"
    data["project"]["maps"][0]["flows"][0]["target_id"] = "step_gone"
    path = tmp_path / "broken.opsflow"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "2 problems" in out and "lane_gone" in out and "step_gone" in out


@pytest.mark.parametrize("content", [None, b"", b"\x00\x01\x02", b"{not json"])
def test_unreadable_files_exit_2_with_one_line(tmp_path, capsys, content):
    path = tmp_path / "x.opsflow"
    if content is not None:
        path.write_bytes(content)
    for command in ("info", "validate"):
        assert main([command, str(path)]) == 2
        captured = capsys.readouterr()
        assert captured.err.count("\n") == 1 and str(path) in captured.err
        assert "Traceback" not in captured.err


def test_usage_errors_exit_2(capsys):
    assert main(["frobnicate"]) == 2
    assert main([]) == 2


def test_entry_points_run_without_a_traceback(tmp_path):
    """`python -m opsflow_desktop` as a user runs it, on a missing file."""
    result = subprocess.run(
        [sys.executable, "-m", "opsflow_desktop", "info", str(tmp_path / "none.opsflow")],
        capture_output=True,
        text=True,
        env={"OPSFLOW_LANG": "zh_CN", "PATH": ""},
    )
    assert result.returncode == 2
    assert "文件不存在" in result.stderr and "Traceback" not in result.stderr


def test_analyze_prints_metrics_comparison_and_goal(capsys):
    i18n.set_language("zh_CN")
    assert main(["analyze", SAMPLE]) == 0
    out = capsys.readouterr().out
    assert "提前期（小时）" in out and "现状「商品上架流程（现状）」→ 目标「商品上架流程（目标）」" in out
    assert "绿：已达成" in out
    assert "合并 2" in out


def test_analyze_json_on_the_sample(capsys):
    assert main(["analyze", SAMPLE, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    current, target = data["maps"]
    assert current["metrics"]["lead_time_hours"] == 72 and target["metrics"]["lead_time_hours"] == 47
    assert current["checks"] == [] and data["goals"][0]["status"] == "green"
    comparison = data["comparisons"][0]
    assert comparison["counts"]["merged"] == 2 and comparison["deltas"]["approvals"]["change"] == -2
    assert {"商品资料整理", "各平台商品信息录入"} == set(
        next(c for c in comparison["changes"] if c["target"] == ["商品资料统一录入"])["current"]
    )
