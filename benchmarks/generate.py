"""Generated large projects for benchmarks: realistic field contents, deterministic for a seed."""

from __future__ import annotations

import random

from opsflow_desktop.model import (
    Department,
    Finding,
    FindingType,
    Flow,
    Lane,
    Phase,
    ProcessMap,
    Project,
    Raci,
    Severity,
    Step,
    StepKind,
    ValueClass,
)

_DEPARTMENTS = [
    "运营部",
    "商品部",
    "设计部",
    "市场部",
    "客服部",
    "仓储部",
    "供应链",
    "财务部",
    "技术部",
    "人力资源部",
    "法务合规部",
    "采购部",
    "品控部",
    "物流部",
    "数据部",
    "直播部",
    "内容部",
    "渠道部",
    "会员部",
    "总经办",
]
_VERBS = ["审核", "录入", "确认", "制作", "评审", "同步", "发货", "拣货", "复核", "回访", "登记", "审批"]
_NOUNS = [
    "商品资料",
    "促销方案",
    "订单",
    "库存",
    "素材",
    "退款",
    "投诉",
    "发票",
    "报价",
    "活动页面",
    "物流单",
    "售后单",
]


def generate_project(steps: int = 5000, lanes: int = 20, phases: int = 8, seed: int = 7) -> Project:
    """One current map with ``steps`` steps spread over ``lanes`` x ``phases``, about 1.2 flows per step."""
    rng = random.Random(seed)
    departments = [
        Department(id=f"dept_{i:03d}", name=_DEPARTMENTS[i % len(_DEPARTMENTS)] + ("" if i < 20 else str(i)))
        for i in range(lanes)
    ]
    lane_list = [
        Lane(id=f"lane_{i:03d}", name=d.name, department_id=d.id, height=160) for i, d in enumerate(departments)
    ]
    per_phase = -(-steps // phases)
    columns = -(-per_phase // lanes)  # steps per lane within a phase
    phase_width = 40 + columns * 160
    phase_list = [Phase(id=f"phase_{i:02d}", name=f"阶段{i + 1}", width=phase_width) for i in range(phases)]
    kinds = [StepKind.TASK] * 6 + [StepKind.APPROVAL, StepKind.DECISION, StepKind.WAIT, StepKind.DOCUMENT]
    step_list: list[Step] = []
    for n in range(steps):
        phase_index, within = divmod(n, per_phase)
        lane_index, column = within % lanes, within // lanes
        kind = StepKind.START if n == 0 else StepKind.END if n == steps - 1 else rng.choice(kinds)
        department = departments[lane_index]
        step_list.append(
            Step(
                id=f"step_{n:05d}",
                kind=kind,
                name=f"{rng.choice(_NOUNS)}{rng.choice(_VERBS)}{n}",
                lane_id=lane_list[lane_index].id,
                phase_id=phase_list[phase_index].id,
                x=phase_index * phase_width + 20 + column * 160,
                y=lane_index * 160 + 50,
                owner=department.name,
                inputs=[rng.choice(_NOUNS) + "表"],
                outputs=[rng.choice(_NOUNS) + "记录"],
                deadline=f"第{rng.randint(1, 30)}个工作日",
                remarks="",
                processing_hours=round(rng.uniform(0.2, 8), 1),
                waiting_hours=round(rng.uniform(0, 24), 1),
                value_class=rng.choice(list(ValueClass)),
                raci={department.id: Raci.ACCOUNTABLE, departments[(lane_index + 1) % lanes].id: Raci.CONSULTED},
                instructions=["按标准执行", "结果录入系统"],
                systems=["ERP"],
                kpis=["准时率 ≥ 95%"],
            )
        )
    flows = [
        Flow(id=f"flow_{n:05d}", source_id=step_list[n].id, target_id=step_list[n + 1].id) for n in range(steps - 1)
    ]
    # Decision branches and rework loops reach a few steps ahead or back, as in real maps.
    for n in range(steps // 5):
        a = rng.randrange(steps - 1)
        b = min(steps - 1, max(0, a + rng.choice([-1, 1]) * rng.randint(2, 40)))
        if b == a:
            continue
        flows.append(
            Flow(
                id=f"flow_x{n:05d}",
                source_id=step_list[a].id,
                target_id=step_list[b].id,
                label="否" if b > a else "返工",
                probability=0.3,
            )
        )
    findings = [
        Finding(
            id=f"finding_{n:04d}",
            type=rng.choice(list(FindingType)),
            target_id=rng.choice(step_list).id,
            title="问题",
            severity=rng.choice(list(Severity)),
            description="访谈中反映的问题",
        )
        for n in range(steps // 20)
    ]
    process_map = ProcessMap(
        id="map_big",
        name=f"生成的流程（{steps}步）",
        lanes=lane_list,
        phases=phase_list,
        steps=step_list,
        flows=flows,
        findings=findings,
    )
    return Project(departments=departments, maps=[process_map])
