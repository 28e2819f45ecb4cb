"""A workshop held on the sample, recorded the way the room does it: through the editor (start the workshop,
capture three findings, a dot vote of five participants, close it so the ranking becomes the priority)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.io import load_project
from opsflow_desktop.model import ActionItem, AgendaItem, Attendee, Document, DotVote, Finding, FindingType, Interview
from opsflow_desktop.paths import sample_project

ATTENDEES = [
    Attendee(name="陈刚", department="运营部", role="运营总监（主持人）"),
    Attendee(name="王敏", department="设计部", role="设计部主管"),
    Attendee(name="刘洋", department="商品部", role="商品经理"),
    Attendee(name="赵静", department="市场部", role="市场经理"),
    Attendee(name="孙磊", department="法务合规部", role="合规专员"),
]
DECISIONS = ["四级审批合并为“运营 + 合规”两级审批", "素材评审改为一次性集中反馈，最多两轮修改"]


@dataclass
class HeldWorkshop:
    doc: Document
    editor: DocumentEditor
    workshop: Interview
    findings: list[Finding]  # in the order they were raised: 6, 4 and 3 dots, priorities 1, 2, 3
    vote: DotVote


def hold_workshop(editor: DocumentEditor | None = None, *, close: bool = True) -> HeldWorkshop:
    editor = editor or DocumentEditor(Document(load_project(sample_project())))
    doc = editor.doc
    current = doc.project.maps[0]
    steps = {s.name: s for s in current.steps}
    workshop = editor.start_workshop(
        "商品上架流程现状研讨会",
        dt.date(2026, 10, 20),
        occasion="总部三楼会议室",
        attendees=list(ATTENDEES),
        agenda=[AgendaItem(title="逐阶段走查现状流程", minutes=45), AgendaItem(title="点投票排序", minutes=15)],
        decisions=list(DECISIONS),
        actions=[
            ActionItem(action="起草两级审批规则", owner="运营部 陈刚", due=dt.date(2026, 10, 31)),
            ActionItem(action="评估PIM与各平台接口", owner="IT部"),
        ],
    )
    raised = [
        editor.capture_finding(
            workshop.id, steps["素材修改"].id, FindingType.BOTTLENECK, "素材平均要改三轮", "设计部主管 王敏"
        ),
        editor.capture_finding(
            workshop.id, steps["市场经理审批"].id, FindingType.REDUNDANT_NODE, "两级审批看同一份资料", "运营总监 陈刚"
        ),
        editor.capture_finding(
            workshop.id, steps["商品资料整理"].id, FindingType.DUPLICATE_WORK, "资料每个平台重录一遍", "商品经理 刘洋"
        ),
    ]
    voters = [a.label for a in ATTENDEES]
    vote = editor.start_vote(workshop.id, current.id, voters, dots_each=3)
    first, second, third = raised
    for voter, targets in zip(
        voters,
        [[first, first, second], [first, first, third], [third, third, second], [second, second, first], [first]],
    ):
        for finding in targets:
            editor.cast_dot(workshop.id, vote.id, voter, finding.id)
    if close:
        editor.close_vote(workshop.id, vote.id)
    return HeldWorkshop(doc, editor, doc.get(workshop.id), [doc.get(f.id) for f in raised], vote)
