"""Maps, departments and the project's details as intents of the editor: each one undo step, exactly undone."""

from __future__ import annotations

import datetime as dt

import pytest

from opsflow_desktop.model import DocumentError, FindingType, MapKind, Raci, SignOffRole, Term, find_violations
from tests.editing.test_editor import undoable


# ------------------------------------------------------------------ maps
def test_a_new_map_comes_with_its_lanes_and_stages_in_one_undo_step(small):
    def then():
        new = small.doc.maps[-1]
        assert new.name == "客诉处理" and [lane.name for lane in new.lanes] == ["客服部", "售后部"]
        assert [p.name for p in new.phases] == ["受理"]

    undoable(small, lambda: small.editor.add_map("客诉处理", MapKind.CURRENT, ["客服部", "售后部"], ["受理"]), then)


def test_a_map_name_is_required_and_made_unique(small):
    with pytest.raises(DocumentError, match="name"):
        small.editor.add_map("   ")
    assert small.editor.add_map("现状").name == "现状 2"


def test_duplicate_a_map_copies_everything_under_fresh_ids(small):
    small.editor.add_finding(small.map.flows[0].id, FindingType.BREAKPOINT, title="交接断点")
    small.editor.add_finding(small.map.id, FindingType.PAIN_POINT, title="整体太慢")
    small.editor.stack.clear()

    def then():
        copy = small.doc.maps[1]
        assert copy.name == "现状 (copy)" and small.doc.index_of(copy.id) == 1
        assert [s.name for s in copy.steps] == [s.name for s in small.map.steps]
        assert not {s.id for s in copy.steps} & {s.id for s in small.map.steps}
        step_ids = {s.id for s in copy.steps}
        assert all(f.source_id in step_ids and f.target_id in step_ids for f in copy.flows)
        assert {f.target_id for f in copy.findings} == {copy.flows[0].id, copy.id}
        assert find_violations(small.doc.project) == []

    undoable(small, lambda: small.editor.duplicate_map(small.map.id), then)


def test_a_duplicated_target_keeps_its_lineage(small):
    target = small.editor.derive_target(small.map.id)
    copy = small.editor.duplicate_map(target.id)
    assert copy.kind is MapKind.TARGET and copy.derived_from == small.map.id
    assert [s.source_step_ids for s in copy.steps] == [s.source_step_ids for s in target.steps]


def test_removing_a_map_says_what_goes_and_unhooks_its_target_and_goals(small):
    target = small.editor.derive_target(small.map.id)
    small.editor.add_finding(small.a.id, FindingType.BOTTLENECK)
    small.editor.add_goal("时效", "lead_time_hours", 48, current_map_id=small.map.id, target_map_id=target.id)
    removal = small.editor.map_removal(small.map.id)
    assert (removal.steps, removal.flows, removal.findings) == (3, 2, 1)
    assert removal.targets == (target.name,) and removal.goals == ("时效",)
    assert any("3" in line for line in removal.sentences())
    small.editor.stack.clear()

    def then():
        assert small.map.id not in small.doc and target.derived_from is None
        assert all(not s.source_step_ids for s in target.steps)
        assert small.doc.project.goals[0].current_map_id is None

    undoable(small, lambda: small.editor.remove_map(small.map.id), then)


def test_move_a_map(small):
    other = small.editor.add_map("另一张")
    small.editor.stack.clear()
    undoable(
        small,
        lambda: small.editor.move_map(other.id, 0),
        lambda: None if small.doc.maps[0] is other else pytest.fail("not moved"),
    )


def test_set_which_current_map_a_target_belongs_to(small):
    target = small.editor.derive_target(small.map.id)
    other = small.editor.add_map("另一现状")
    small.editor.stack.clear()

    def then():
        assert target.derived_from == other.id and all(not s.source_step_ids for s in target.steps)
        assert find_violations(small.doc.project) == []

    undoable(small, lambda: small.editor.set_map_source(target.id, other.id), then)
    with pytest.raises(DocumentError):
        small.editor.set_map_source(small.map.id, other.id)  # a current map has no source
    with pytest.raises(DocumentError):
        small.editor.set_map_source(target.id, target.id)


# ------------------------------------------------------------------ departments
def test_departments_are_added_with_unique_names(small):
    small.editor.add_department("运营部", "陈刚")
    with pytest.raises(DocumentError, match="already"):
        small.editor.add_department(" 运营部 ")
    with pytest.raises(DocumentError):
        small.editor.add_department("  ")


def test_rename_a_department_renames_the_lanes_that_carried_its_name(small):
    department = small.editor.add_department("商品部", "李娜")
    small.editor.link_lane(small.lane1.id, department.id)
    small.editor.stack.clear()

    def then():
        assert department.name == "商品中心" and small.lane1.name == "商品中心"
        assert small.lane2.name == "设计部"

    undoable(small, lambda: small.editor.rename_department(department.id, "商品中心"), then)


def test_a_department_that_countersigned_this_version_keeps_its_name(small):
    department = small.editor.add_department("商品部", "李娜")
    small.editor.submit_for_review()
    small.editor.record_signoff(SignOffRole.COUNTERSIGNED, "李娜", department="商品部", date=dt.date(2026, 11, 2))
    with pytest.raises(DocumentError, match="countersigned"):
        small.editor.rename_department(department.id, "商品中心")
    assert small.doc.project.signoffs[0].department == "商品部" and department.name == "商品部"


def test_a_department_head_is_set_and_departments_reorder(small):
    first = small.editor.add_department("商品部")
    second = small.editor.add_department("设计部")
    small.editor.stack.clear()
    undoable(
        small,
        lambda: small.editor.set_department_head(first.id, " 李娜 "),
        lambda: None if first.head == "李娜" else pytest.fail("head not set"),
    )
    undoable(
        small,
        lambda: small.editor.move_department(second.id, 0),
        lambda: None if small.doc.project.departments[0] is second else pytest.fail("not moved"),
    )


def test_what_uses_a_department_is_named_before_it_goes(small):
    department = small.editor.add_department("设计部", "王敏")
    small.editor.link_lane(small.lane2.id, department.id)
    small.editor.set_fields(small.c.id, {"raci": {department.id: Raci.ACCOUNTABLE}})
    usage = small.editor.department_usage(department.id)
    assert usage and usage.raci_steps == 1 and "设计部" in usage.lanes[0]
    small.editor.stack.clear()

    def then():
        assert small.lane2.department_id is None and small.c.raci == {}

    undoable(small, lambda: small.editor.remove_department(department.id), then)
    assert not small.editor.department_usage(small.editor.add_department("法务部").id)


def test_a_lane_added_under_a_new_name_creates_its_department(small):
    def then():
        lane = small.map.lanes[-1]
        department = small.doc.project.departments[-1]
        assert lane.name == department.name == "仓储部" and lane.department_id == department.id

    undoable(small, lambda: small.editor.add_department_lane(small.map.id, "仓储部"), then)
    existing = small.doc.project.departments[-1]
    lane = small.editor.add_department_lane(small.map.id, "仓储部")
    assert lane.department_id == existing.id and len(small.doc.project.departments) == 1


def test_departments_from_the_lanes_links_every_lane(small):
    def then():
        assert [d.name for d in small.doc.project.departments] == ["商品部", "设计部"]
        assert all(lane.department_id for lane in small.map.lanes)

    undoable(small, lambda: small.editor.departments_from_lanes(), then)
    assert small.editor.departments_from_lanes() == 0


def test_raci_is_filled_from_the_lanes_where_no_one_is_accountable(small):
    small.editor.departments_from_lanes()
    design = small.doc.project.departments[1]
    small.editor.set_fields(small.a.id, {"raci": {design.id: Raci.ACCOUNTABLE}})
    small.editor.stack.clear()

    def then():
        goods = small.doc.project.departments[0]
        assert small.a.raci == {design.id: Raci.ACCOUNTABLE}  # already had its A: left alone
        assert small.b.raci == {goods.id: Raci.ACCOUNTABLE} and small.c.raci == {design.id: Raci.ACCOUNTABLE}

    undoable(small, lambda: small.editor.fill_raci_from_lanes(small.map.id), then)


# ------------------------------------------------------------------ project details
def test_project_details_are_one_undo_step(small):
    def then():
        meta = small.doc.project.meta
        assert meta.title == "商品上架流程说明书" and meta.document_number == "OPS-SOP-001"
        assert meta.terms == [Term(term="SKU", definition="库存量单位")]
        assert small.doc.project.scope.out_of_scope == ["供应商管理"]

    undoable(
        small,
        lambda: small.editor.set_project_details(
            {
                "title": "商品上架流程说明书",
                "document_number": "OPS-SOP-001",
                "terms": [{"term": "SKU", "definition": "库存量单位"}],
                "drafted_on": dt.date(2026, 11, 1),
            },
            {"out_of_scope": ["供应商管理"]},
        ),
        then,
    )


def test_project_details_leave_version_and_status_to_the_signoff_workflow(small):
    with pytest.raises(DocumentError, match="Sign-off"):
        small.editor.set_project_details({"version": "V9.0"})
    with pytest.raises(DocumentError):
        small.editor.set_project_details({"drafted_on": "not a date"})
    depth = len(small.editor.stack)
    small.editor.set_project_details({"title": small.doc.project.meta.title})  # nothing changes: no undo step
    assert len(small.editor.stack) == depth


# ------------------------------------------------------------------ rules found in review
def test_edits_that_change_nothing_are_no_undo_steps(small):
    department = small.editor.add_department("商品部", "李娜")
    small.editor.link_lane(small.lane1.id, department.id)
    depth = len(small.editor.stack)
    small.editor.rename(small.a.id, small.a.name)
    small.editor.set_department_head(department.id, "李娜")
    small.editor.link_lane(small.lane1.id, department.id)
    small.editor.set_fields(small.b.id, {"processing_hours": small.b.processing_hours})
    assert len(small.editor.stack) == depth


def test_choosing_the_same_current_map_again_keeps_the_lineage(small):
    target = small.editor.derive_target(small.map.id)
    depth = len(small.editor.stack)
    small.editor.set_map_source(target.id, small.map.id)
    assert all(s.source_step_ids for s in target.steps) and len(small.editor.stack) == depth


def test_map_names_stay_unique_and_the_last_map_stays(small):
    other = small.editor.add_map("另一张")
    with pytest.raises(DocumentError, match="already a map"):
        small.editor.rename(other.id, "现状")
    small.editor.remove_map(other.id)
    with pytest.raises(DocumentError, match="at least one map"):
        small.editor.remove_map(small.map.id)


def test_start_and_end_events_need_no_raci(small):
    from opsflow_desktop.analysis.readiness import RACI, deliverable_gaps
    from opsflow_desktop.model import StepKind

    small.editor.departments_from_lanes()
    small.editor.set_fields(small.a.id, {"kind": StepKind.START})
    small.editor.fill_raci_from_lanes()
    assert small.a.raci == {} and small.b.raci and small.c.raci
    assert RACI not in {gap.fix for gap in deliverable_gaps(small.doc.project)}
