"""The mock workshop of two_screens_run.py on a laptop (1366x768) and a projector (1920x1080)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from docx import Document as Docx

ROOT = Path(__file__).resolve().parents[3]
SCREENS = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": False,
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    ],
}


def test_a_mock_workshop_on_two_screens(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), "utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), OPSFLOW_RECOVERY_DIR=str(tmp_path / "recovery"))
    out = tmp_path / "result.json"
    run = subprocess.run(
        [sys.executable, "-m", "tests.app.presentation.two_screens_run", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(out.read_text("utf-8"))
    # The audience view fills the projector; the presenter view stays on the laptop.
    assert result["audience_screen"] == "projector" and result["presenter_screen"] == "laptop"
    assert result["audience_full_screen"] and result["audience_geometry"] == result["projector_geometry"]
    # Keys stepped through two stages, then into the steps and on.
    assert result["walk"][:2] == ["选品与资料 1/2", "选品与资料 2/2"]
    assert result["first_step"] and result["second_step"] and result["first_step"] != result["second_step"]
    # Three findings captured, with who said them.
    captured = result["captured"]
    assert [c["source"] for c in captured] == ["设计部主管 王敏", "运营部经理 李娜", "法务合规部 赵磊"]
    assert [c["type"] for c in captured][1:] == ["bottleneck", "risk_point"]
    assert captured[0]["title"] == "素材返工太多，平均改三轮"
    # The vote: 审批 4 dots, 素材 3, 极限词 1 -> priorities 1, 2, 3.
    assert result["priorities"] == {"审批要排队两天": 1, "素材返工太多，平均改三轮": 2, "极限词没人把关": 3}
    assert result["votes"][0]["closed"]
    assert result["presenting_after_first_esc"] and not result["presenting_after_esc"]
    # The minutes hold what the workshop recorded.
    text = "\n".join(p.text for p in Docx(result["minutes"]).paragraphs)
    cells = "\n".join(c.text for t in Docx(result["minutes"]).tables for row in t.rows for c in row.cells)
    everything = text + cells
    for expected in (
        "商品上架流程现状研讨会",
        "王敏",
        "李娜",
        "赵磊",
        "走查现状流程",
        "素材评审与商品经理审批合并",
        "出素材模板",
        "审批要排队两天",
        "极限词没人把关",
    ):
        assert expected in everything, expected
