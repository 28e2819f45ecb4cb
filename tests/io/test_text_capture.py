"""The workshop's capture line: what was said, who said it, and an optional finding type in front."""

from __future__ import annotations

import pytest

from opsflow_desktop.io.text.capture import parse_capture
from opsflow_desktop.model import Attendee, FindingType

ROOM = [Attendee(name="王敏", department="设计部", role="主管"), Attendee(name="Li Na")]


@pytest.mark.parametrize(
    ("line", "said", "speaker", "kind"),
    [
        ("素材返工太多，每次改三四轮 — 王敏", "素材返工太多，每次改三四轮", "设计部主管 王敏", None),
        ("素材返工太多——王敏", "素材返工太多", "设计部主管 王敏", None),
        ("王敏：素材返工太多", "素材返工太多", "设计部主管 王敏", None),
        ("瓶颈：法务审核要排队两天（法务部 赵磊）", "法务审核要排队两天", "法务部 赵磊", FindingType.BOTTLENECK),
        ("风险 广告法极限词没人查 -- Li Na", "广告法极限词没人查", "Li Na", FindingType.RISK_POINT),
        ("B: 审批太慢", "审批太慢", "", FindingType.BOTTLENECK),
        ("每单要等 2-3 天", "每单要等 2-3 天", "", None),
        ("风险很高的一步", "风险很高的一步", "", None),
        ("— 王敏", "", "设计部主管 王敏", None),
        ("原因：资料不全要补三次", "原因：资料不全要补三次", "", None),
        ("例如：法务审核 10:30 才开始", "例如：法务审核 10:30 才开始", "", None),
        ("素材返工太多（平均三轮）", "素材返工太多（平均三轮）", "", None),
        ("设计部 王敏：素材返工太多", "素材返工太多", "设计部主管 王敏", None),
        ("返工太多 - 刘敏", "返工太多", "刘敏", None),
    ],
)
def test_what_was_said_and_who_said_it(line, said, speaker, kind):
    capture = parse_capture(line, ROOM)
    assert (capture.said, capture.speaker, capture.type) == (said, speaker, kind)
