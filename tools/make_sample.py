"""Builds resources/samples/product_listing.opsflow: the product-listing process (商品上架).

Hand-written content from the users' sources (DOMAIN.md): a current map with five approvals and
repeated material revisions (about 72 h), its findings, and a target map derived from it with merged
approvals and one-time data entry (about 48 h). Ids are deterministic so the file only changes when
this script does. Run: .venv/bin/python tools/make_sample.py
"""

from __future__ import annotations

import datetime as dt
import itertools

import opsflow_desktop.model.ids as ids
from opsflow_desktop.editing import DocumentEditor
from opsflow_desktop.io import save_project
from opsflow_desktop.model import Document, Evidence, FindingType, Raci, Revision, Severity, StepKind, ValueClass
from opsflow_desktop.paths import sample_project


class _CountingTokens:
    """Replaces random ids with a counter while the sample is built."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def token_hex(self, _nbytes: int) -> str:
        return f"{next(self._counter):04d}"


R, A, C, I = Raci.RESPONSIBLE, Raci.ACCOUNTABLE, Raci.CONSULTED, Raci.INFORMED  # noqa: E741 - the RACI letters themselves
VA, BN, NVA = ValueClass.VALUE_ADDING, ValueClass.BUSINESS_NECESSARY, ValueClass.NON_VALUE_ADDING


def build() -> Document:
    doc = Document()
    ed = DocumentEditor(doc)
    ed.set_fields(
        "meta",
        {
            "title": "商品上架流程说明书",
            "document_number": "OPS-SOP-001",
            "version": "V1.0",
            "process_owner": "运营总监 陈刚",
            "drafted_on": dt.date(2026, 11, 2),
            "purpose": "统一新品从选品到多平台上架的做法，明确各部门职责与时限，把上架周期从约72小时缩短到48小时以内。",
        },
    )
    ed.set_project_details(
        {
            "terms": [
                {"term": "选品会", "definition": "商品部召集的每周例会，确定上架品类、定价区间与首批数量。"},
                {"term": "主图 / 详情页", "definition": "平台商品页的首图与图文详情，由设计部按平台规范制作。"},
                {"term": "统一提报", "definition": "上架申请一次提交，按品类分派审批，不再逐级流转。"},
            ],
            "related_documents": [
                "《商品资料表填写规范》 OPS-STD-003",
                "《广告法禁用词清单》 LEG-LST-001",
                "《大促库存确认规程》 WMS-SOP-007",
            ],
        },
        {
            "in_scope": ["新品从选品会到淘宝、京东、抖音正式上架的全过程", "商品资料、素材、审批与平台审核"],
            "out_of_scope": ["大促活动策划与执行", "订单履约与售后退换货", "老品价格调整"],
        },
    )
    dept = {
        name: ed.add_department(name, head)
        for name, head in [
            ("商品部", "李娜"),
            ("设计部", "王敏"),
            ("市场部", "赵磊"),
            ("运营部", "陈刚"),
            ("法务合规部", "孙悦"),
            ("仓储部", "周强"),
        ]
    }
    d = {name: department.id for name, department in dept.items()}

    current = ed.add_map("商品上架流程（现状）")
    ed.set_fields(current.id, {"description": "2026年10月访谈与工作坊整理的现行做法。"})
    lane = {name: ed.add_lane(current.id, name, department_id=d[name]).id for name in dept}
    phase = {name: ed.add_phase(current.id, name).id for name in ["选品与资料", "素材制作", "内部审批", "平台上架"]}

    def step(name, lane_name, phase_name, kind=StepKind.TASK, **fields):
        return ed.add_step(current.id, name, lane[lane_name], phase[phase_name], kind=kind, **fields)

    s = {}
    s["start"] = step(
        "新品到货通知",
        "商品部",
        "选品与资料",
        StepKind.START,
        width=100,
        owner="商品部",
        outputs=["到货通知"],
        raci={d["商品部"]: A},
    )
    s["meeting"] = step(
        "选品会",
        "商品部",
        "选品与资料",
        owner="商品部、运营部",
        deadline="每周一",
        inputs=["市场趋势报告", "供应商报价单"],
        outputs=["《选品会纪要》"],
        processing_hours=2,
        waiting_hours=6,
        value_class=BN,
        raci={d["商品部"]: A, d["运营部"]: C, d["市场部"]: C},
        instructions=["商品部提前一天发出候选清单", "会上确定上架品类、定价区间与首批数量", "纪要当天发出"],
        kpis=["每月新品10–15个"],
    )
    s["data"] = step(
        "商品资料整理",
        "商品部",
        "选品与资料",
        owner="商品专员",
        deadline="选品会后1个工作日",
        inputs=["《选品会纪要》", "供应商资料"],
        outputs=["商品资料表"],
        processing_hours=3,
        waiting_hours=3,
        value_class=BN,
        systems=["Excel", "微信"],
        forms=["商品资料表"],
        raci={d["商品部"]: A},
    )
    s["stock"] = step(
        "库存确认",
        "仓储部",
        "选品与资料",
        owner="仓储物流员",
        inputs=["商品资料表"],
        outputs=["库存确认邮件"],
        processing_hours=1,
        waiting_hours=3,
        value_class=BN,
        systems=["WMS", "邮件"],
        raci={d["仓储部"]: A, d["商品部"]: I},
    )
    s["design"] = step(
        "拍摄与素材制作",
        "设计部",
        "素材制作",
        owner="设计部",
        deadline="收到资料后3个工作日",
        inputs=["商品资料表", "样品"],
        outputs=["主图", "详情页"],
        processing_hours=12,
        waiting_hours=6,
        value_class=VA,
        raci={d["设计部"]: A, d["商品部"]: C},
        instructions=["按平台尺寸规范出图", "详情页卖点与商品资料表核对"],
    )
    s["review"] = step(
        "素材评审",
        "市场部",
        "素材制作",
        StepKind.DECISION,
        owner="市场部",
        inputs=["主图", "详情页"],
        outputs=["评审意见"],
        processing_hours=1,
        waiting_hours=3,
        value_class=BN,
        remarks="平均返工约2次",
        raci={d["市场部"]: A, d["运营部"]: C, d["设计部"]: I},
        width=130,
        height=70,
    )
    s["rework"] = step(
        "素材修改",
        "设计部",
        "素材制作",
        owner="设计部",
        inputs=["评审意见"],
        outputs=["修改后素材"],
        processing_hours=4,
        waiting_hours=4,
        value_class=NVA,
        raci={d["设计部"]: A},
    )
    approvals = [
        ("商品经理审批", "商品部", 3),
        ("运营经理审批", "运营部", 3),
        ("市场经理审批", "市场部", 3),
        ("法务合规审核", "法务合规部", 5),
        ("运营总监终审", "运营部", 3),
    ]
    for name, lane_name, wait in approvals:
        s[name] = step(
            name,
            lane_name,
            "内部审批",
            StepKind.APPROVAL,
            owner=lane_name,
            inputs=["上架申请单"],
            outputs=["审批意见"],
            processing_hours=1,
            waiting_hours=wait,
            value_class=NVA if name != "法务合规审核" else BN,
            forms=["上架申请单"],
            raci={d[lane_name]: A},
        )
    s["entry"] = step(
        "各平台商品信息录入",
        "运营部",
        "平台上架",
        owner="运营专员",
        inputs=["商品资料表", "主图", "详情页"],
        outputs=["平台商品草稿"],
        processing_hours=4,
        value_class=NVA,
        systems=["淘宝后台", "京东后台", "抖店后台"],
        remarks="三个平台分别录入",
        raci={d["运营部"]: A},
    )
    s["platform"] = step(
        "平台审核",
        "运营部",
        "平台上架",
        StepKind.WAIT,
        owner="运营部",
        deadline="平台规定24小时内",
        inputs=["平台商品草稿"],
        outputs=["审核结果"],
        waiting_hours=6,
        value_class=BN,
        raci={d["运营部"]: A},
    )
    s["live"] = step(
        "商品上线",
        "运营部",
        "平台上架",
        StepKind.END,
        width=100,
        owner="运营部",
        outputs=["在售商品链接"],
        raci={d["运营部"]: A, d["商品部"]: I},
    )

    chain = ["start", "meeting", "data", "stock", "design", "review"]
    flows = {f"{a}>{b}": ed.connect(s[a].id, s[b].id) for a, b in itertools.pairwise(chain)}
    flows["review>rework"] = ed.connect(s["review"].id, s["rework"].id, "不通过", probability=0.5)
    flows["rework>review"] = ed.connect(s["rework"].id, s["review"].id, "重新提交")
    chain = ["review", *[a[0] for a in approvals], "entry", "platform", "live"]
    for a, b in itertools.pairwise(chain):
        label, probability = ("通过", 0.5) if a == "review" else ("", None)
        flows[f"{a}>{b}"] = ed.connect(s[a].id, s[b].id, label, probability=probability)

    def finding(target, type_, title, severity, description, who, where, when, **fields):
        ed.add_finding(
            target,
            type_,
            title=title,
            severity=severity,
            description=description,
            evidence=Evidence(source=who, context=where, date=when),
            **fields,
        )

    oct12, oct15, oct20 = dt.date(2026, 10, 12), dt.date(2026, 10, 15), dt.date(2026, 10, 20)
    finding(
        s["review"].id,
        FindingType.BOTTLENECK,
        "素材反复修改",
        Severity.HIGH,
        "市场部与运营部对素材要求不一致，意见分批给出，平均返工两次，每次多等一天。",
        "设计部主管 王敏",
        "设计部访谈",
        oct12,
        owner="市场部",
        action="选品会上确定素材需求清单，评审意见一次汇总",
        due_date=dt.date(2026, 12, 15),
    )
    finding(
        flows["data>stock"].id,
        FindingType.BREAKPOINT,
        "资料交接靠邮件",
        Severity.MEDIUM,
        "商品资料表用邮件发给仓储，没有系统记录，库存确认常被遗漏或延迟。",
        "仓储经理 周强",
        "仓储部访谈",
        oct15,
        owner="商品部",
        action="资料表进入系统后自动通知仓储",
    )
    finding(
        lane["仓储部"],
        FindingType.INFORMATION_SILO,
        "库存数据看不到",
        Severity.MEDIUM,
        "库存只在WMS里，商品部和运营部无法查看实时库存，只能发邮件问。",
        "运营专员 刘洋",
        "上架流程工作坊",
        oct20,
        owner="IT部",
        action="WMS库存接口开放给商品与运营",
    )
    finding(
        s["市场经理审批"].id,
        FindingType.REDUNDANT_NODE,
        "审批与素材评审重复",
        Severity.HIGH,
        "市场部已在素材评审中把关，市场经理审批内容重复。",
        "运营总监 陈刚",
        "上架流程工作坊",
        oct20,
        owner="运营部",
        action="合并为统一提报、分类审批",
    )
    finding(
        s["运营总监终审"].id,
        FindingType.REDUNDANT_NODE,
        "五级审批",
        Severity.MEDIUM,
        "上架前共五次审批，常规新品只需运营与合规两道。",
        "运营总监 陈刚",
        "上架流程工作坊",
        oct20,
        owner="运营部",
        action="常规新品取消总监终审，仅高价商品保留",
    )
    finding(
        s["法务合规审核"].id,
        FindingType.RISK_POINT,
        "广告法极限词",
        Severity.CRITICAL,
        "详情页曾出现“最”“第一”等绝对化用语，存在违反广告法的风险。",
        "法务 孙悦",
        "法务合规部访谈",
        oct15,
        owner="法务合规部",
        action="建立禁用词清单并在素材制作时自检",
    )
    finding(
        s["entry"].id,
        FindingType.DUPLICATE_WORK,
        "三个平台重复录入",
        Severity.HIGH,
        "同一商品信息在淘宝、京东、抖音后台分别录入，每个商品多花约3小时，且常有不一致。",
        "运营专员 刘洋",
        "运营部访谈",
        oct12,
        owner="运营部",
        action="引入商品信息管理，一次录入多平台同步",
    )
    finding(
        current.id,
        FindingType.PAIN_POINT,
        "上架周期太长",
        Severity.HIGH,
        "从选品会到上线约72小时，新品常错过首发流量。",
        "运营总监 陈刚",
        "项目启动会",
        dt.date(2026, 10, 8),
        owner="运营部",
    )

    target = ed.derive_target(current.id, "商品上架流程（目标）")
    by_source = {st.source_step_ids[0]: st for st in target.steps}
    t = {key: by_source[step.id] for key, step in s.items()}
    ed.set_fields(target.id, {"description": "统一提报、分类审批；商品资料一次录入多平台同步。"})
    # One-time data entry replaces both manual entries: a merge of two current steps.
    ed.set_fields(
        t["data"].id,
        {
            "name": "商品资料统一录入",
            "processing_hours": 3,
            "waiting_hours": 1,
            "systems": ["商品信息管理系统"],
            "outputs": ["商品主数据"],
            "source_step_ids": [s["data"].id, s["entry"].id],
            "remarks": "录入后自动同步各平台与仓储",
        },
    )
    ed.set_fields(t["meeting"].id, {"waiting_hours": 3})
    ed.set_fields(
        t["stock"].id,
        {
            "name": "库存确认（控制点）",
            "kind": StepKind.APPROVAL,
            "waiting_hours": 1,
            "systems": ["WMS"],
            "outputs": ["库存确认记录"],
            "remarks": "仓储经理确认库存，避免超卖",
        },
    )
    ed.set_fields(t["design"].id, {"deadline": "48小时内", "waiting_hours": 6})
    ed.set_fields(t["review"].id, {"waiting_hours": 1, "remarks": "按素材需求清单一次评审"})
    ed.set_fields(t["rework"].id, {"waiting_hours": 2})
    ed.set_fields(
        t["运营经理审批"].id,
        {
            "name": "运营审批（统一提报）",
            "source_step_ids": [s["商品经理审批"].id, s["运营经理审批"].id, s["市场经理审批"].id, s["运营总监终审"].id],
        },
    )
    ed.set_fields(t["法务合规审核"].id, {"name": "合规审核", "waiting_hours": 3})
    ed.set_fields(t["platform"].id, {"deadline": "24小时内", "waiting_hours": 8})
    review_flows = [f for f in target.flows if f.source_id == t["review"].id]
    ed.set_fields_many({f.id: {"probability": 0.2 if f.label == "不通过" else 0.8} for f in review_flows})
    ed.remove([t["商品经理审批"].id, t["市场经理审批"].id, t["运营总监终审"].id, t["entry"].id])
    ed.connect(t["review"].id, t["运营经理审批"].id, "通过", probability=0.8)
    ed.connect(t["运营经理审批"].id, t["法务合规审核"].id)
    ed.connect(t["法务合规审核"].id, t["platform"].id)
    ed.add_finding(
        t["stock"].id,
        FindingType.CONTROL_POINT,
        title="大促前库存确认",
        severity=Severity.MEDIUM,
        description="仓储经理在上架前确认可售库存，避免超卖。",
        owner="仓储部",
    )
    ed.add_finding(
        t["data"].id,
        FindingType.IMPROVEMENT,
        title="一次录入多平台同步",
        severity=Severity.MEDIUM,
        description="商品信息管理系统对接三个平台与WMS。",
        owner="IT部",
        action="12月上线",
        due_date=dt.date(2026, 12, 31),
    )

    ed.arrange(current.id)
    ed.arrange(target.id)
    ed.add_goal(
        "商品上架时效",
        "lead_time_hours",
        48,
        baseline=72,
        unit="小时",
        current_map_id=current.id,
        target_map_id=target.id,
    )
    ed.add_revision(
        Revision(version="V1.0", sections="全部", summary="首次发布", date=dt.date(2026, 11, 2), author="流程专员 张婷")
    )
    return doc


def main() -> None:
    ids.secrets = _CountingTokens()  # type: ignore[assignment]
    doc = build()
    save_project(doc.project, sample_project(), keep_backup=False)
    print(f"wrote {sample_project()}")


if __name__ == "__main__":
    main()
