"""Each invariant fires on the broken element, names it, and stays silent on valid documents."""

from opsflow_desktop.model import Department, Finding, Flow, Goal, MapKind, ProcessMap, Project, Step, find_violations


def violations_of(project: Project) -> list[str]:
    return [str(v) for v in find_violations(project)]


def test_a_valid_document_has_no_violations(small):
    assert find_violations(small.doc.project) == []


def test_duplicate_ids_are_reported(small):
    small.map.steps.append(small.a.model_copy())
    assert any("used twice" in v and "选品会" in v for v in violations_of(small.doc.project))


def test_step_in_missing_lane_and_phase(small):
    small.map.steps.append(Step(name="孤儿步骤", lane_id="lane_gone", phase_id="phase_gone"))
    messages = violations_of(small.doc.project)
    assert any("孤儿步骤" in m and "lane lane_gone" in m for m in messages)
    assert any("孤儿步骤" in m and "phase phase_gone" in m for m in messages)


def test_flow_ends_must_be_steps_of_the_same_map(small):
    other = ProcessMap(name="另一张图")
    small.doc.project.maps.append(other)
    small.map.flows.append(Flow(source_id=small.a.id, target_id="step_nowhere"))
    small.map.flows.append(Flow(source_id=small.a.id, target_id=small.a.id))
    messages = violations_of(small.doc.project)
    assert any("ends at step_nowhere" in m for m in messages)
    assert any("connects a step to itself" in m for m in messages)


def test_finding_must_sit_on_an_element_of_its_map(small):
    small.map.findings.append(Finding(type="bottleneck", target_id="flow_gone", title="瓶颈"))
    small.map.findings.append(Finding(type="pain_point", target_id=small.map.id))
    small.map.findings.append(Finding(type="information_silo", target_id=small.lane1.id))
    messages = violations_of(small.doc.project)
    assert len(messages) == 1 and "瓶颈" in messages[0] and "flow_gone" in messages[0]


def test_lineage_must_point_into_the_source_map(small):
    target = ProcessMap(
        name="目标",
        kind=MapKind.TARGET,
        derived_from=small.map.id,
        lanes=[small.lane1.model_copy()],
        phases=[small.phase1.model_copy()],
    )
    # the copies share ids with the current map: give them fresh ones
    target.lanes[0].id, target.phases[0].id = "lane_t", "phase_t"
    target.steps.append(Step(name="新步骤", lane_id="lane_t", phase_id="phase_t", source_step_ids=["step_x"]))
    small.doc.project.maps.append(target)
    messages = violations_of(small.doc.project)
    assert len(messages) == 1 and "新步骤" in messages[0] and "step_x" in messages[0]


def test_map_kinds_and_derivation(small):
    bogus = ProcessMap(name="错误", kind=MapKind.CURRENT, derived_from=small.map.id)
    orphan = ProcessMap(name="孤立目标", kind=MapKind.TARGET, derived_from="map_gone")
    small.doc.project.maps += [bogus, orphan]
    messages = violations_of(small.doc.project)
    assert any("错误" in m and "current map" in m for m in messages)
    assert any("孤立目标" in m and "map_gone" in m for m in messages)


def test_department_references(small):
    small.lane1.department_id = "dept_gone"
    small.a.raci = {"dept_other": "R"}
    small.doc.project.departments.append(Department(name="运营部"))
    messages = violations_of(small.doc.project)
    assert any("商品部" in m and "dept_gone" in m for m in messages)
    assert any("选品会" in m and "dept_other" in m for m in messages)


def test_goal_maps_must_have_the_right_kind(small):
    small.doc.project.goals.append(
        Goal(name="上架时效", metric="lead_time_hours", target=48, target_map_id=small.map.id)
    )
    messages = violations_of(small.doc.project)
    assert len(messages) == 1 and "上架时效" in messages[0] and "target map" in messages[0]
