"""The command line at its edges: numbers JSON cannot hold, hashes that are not hashes, drafts that carry a
hash, Ctrl-C, and terminals that cannot show Chinese."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from opsflow_desktop.cli import analyze as analyze_module
from opsflow_desktop.cli import verify as verify_module
from opsflow_desktop.cli.main import main
from opsflow_desktop.i18n import set_language
from opsflow_desktop.io import load_project
from opsflow_desktop.model import DocumentStatus
from opsflow_desktop.model.signing import content_hash
from opsflow_desktop.paths import sample_project

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh_CN")
    yield
    set_language("zh_CN")


def _refuse_constant(name: str) -> None:
    raise AssertionError(f"not JSON: {name}")


def test_analyze_json_is_valid_json_when_a_number_is_not_finite(tmp_path, monkeypatch, capsys):
    # given an analysis in which a figure overflowed (sums of huge durations, a ratio of nothing)
    real = analyze_module.analysis_as_data

    def overflowing(project, analysis):
        data = real(project, analysis)
        data["maps"][0]["metrics"]["lead_time_hours"] = float("inf")
        data["maps"][0]["metrics"]["value_added_ratio"] = float("nan")
        data["comparisons"].append({"deltas": {"lead_time_hours": {"change": float("-inf")}}})
        return data

    monkeypatch.setattr(analyze_module, "analysis_as_data", overflowing)
    # when analysed as JSON, then the output parses strictly (no Infinity, no NaN) and the overflow is null
    assert main(["analyze", str(sample_project()), "--json"]) == 0
    data = json.loads(capsys.readouterr().out, parse_constant=_refuse_constant)
    metrics = data["maps"][0]["metrics"]
    assert metrics["lead_time_hours"] is None and metrics["value_added_ratio"] is None
    assert data["comparisons"][-1]["deltas"]["lead_time_hours"]["change"] is None
    assert metrics["steps"] == len(load_project(sample_project()).maps[0].steps)


def test_a_malformed_hash_is_a_usage_error_not_tampering(signed, capsys):
    code = main(["verify", str(signed), "--hash", "zz"])
    captured = capsys.readouterr()
    assert code == 2
    assert "NOT" not in captured.out + captured.err and "不一致" not in captured.out + captured.err
    assert "SHA-256" in captured.err


def test_a_well_formed_printed_hash_still_verifies(signed, capsys):
    printed = load_project(signed).meta.signed_hash
    assert main(["verify", str(signed), "--hash", f"  {printed.upper()} "]) == 0


def test_a_draft_whose_hash_was_recomputed_is_not_signed_off(signed, capsys):
    # given a signed file set back to a draft by hand, its stored hash recomputed to match the content
    data = json.loads(signed.read_text("utf-8"))
    data["project"]["meta"]["status"] = "draft"
    signed.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    project = load_project(signed)
    data["project"]["meta"]["signed_hash"] = content_hash(project)
    signed.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert load_project(signed).meta.status is DocumentStatus.DRAFT
    capsys.readouterr()
    # when verified, then it does not "match its sign-off": it is not signed off (exit 1)
    code = main(["verify", str(signed)])
    out = capsys.readouterr().out
    assert code == 1 and "未签核" in out and "与签核哈希一致" not in out


def test_ctrl_c_exits_130_without_a_traceback(signed, monkeypatch, capsys):
    def interrupted(path):
        raise KeyboardInterrupt

    monkeypatch.setattr(verify_module, "load_project", interrupted)
    assert main(["verify", str(signed)]) == 130
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "KeyboardInterrupt" not in captured.err


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if k not in ("OPSFLOW_DEBUG", "PYTHONUTF8")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "opsflow_desktop", *args], cwd=ROOT, env=environment, capture_output=True, timeout=120
    )


@pytest.mark.parametrize("command", [["info"], ["analyze"], ["analyze", "--json"], ["validate"]])
def test_an_ascii_terminal_still_gets_the_output(command):
    result = run_cli(command[0], str(sample_project()), *command[1:], PYTHONIOENCODING="ascii", LANG="C")
    assert b"UnicodeEncodeError" not in result.stderr and "意外".encode("unicode_escape") not in result.stderr
    assert result.returncode in (0, 1), result.stderr
    assert result.stdout.strip() and b"\\u" in result.stdout  # Chinese, escaped


def test_an_ascii_terminal_still_gets_the_error_message(tmp_path):
    result = run_cli("info", str(tmp_path / "缺少.opsflow"), PYTHONIOENCODING="ascii")
    assert result.returncode == 2
    assert b"UnicodeEncodeError" not in result.stderr and b"\\u" in result.stderr
