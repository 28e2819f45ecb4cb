"""Format 7: workshop records (attendees, agenda, decisions, actions, votes) and each finding's priority."""

from __future__ import annotations

import json

from opsflow_desktop.io import load_project, save_project
from opsflow_desktop.io.native.migrations import CURRENT_FORMAT_VERSION
from opsflow_desktop.model import ActionItem, Attendee, Ballot, DotVote, Interview, InterviewKind
from tests.io.golden.structure import GOLDEN


def test_the_current_format_is_7():
    assert CURRENT_FORMAT_VERSION == 7


def test_a_format_6_file_opens_with_empty_workshop_records_and_no_priorities():
    assert json.loads((GOLDEN / "project_v6.opsflow").read_text("utf-8"))["format_version"] == 6
    project = load_project(GOLDEN / "project_v6.opsflow")
    assert all(f.priority is None for m in project.maps for f in m.findings)
    assert all(not i.attendees and not i.votes for i in project.interviews)


def test_a_workshop_record_with_its_votes_survives_saving(tmp_path):
    project = load_project(GOLDEN / "project_v7.opsflow")
    process_map = project.maps[0]
    finding = process_map.findings[0]
    finding.priority = 1
    vote = DotVote(map_id=process_map.id, voters=["王敏"], ballots=[Ballot(voter="王敏", target_id=finding.id, dots=2)])
    project.interviews.append(
        Interview(
            kind=InterviewKind.WORKSHOP,
            title="上架研讨会",
            attendees=[Attendee(name="王敏", department="设计部", role="主管")],
            decisions=["素材一次定稿"],
            actions=[ActionItem(action="出素材模板", owner="王敏")],
            votes=[vote],
        )
    )
    save_project(project, tmp_path / "w.opsflow")
    again = load_project(tmp_path / "w.opsflow")
    record = again.interviews[-1]
    assert record.attendees[0].label == "设计部 王敏"
    assert record.votes[0].ballots[0].dots == 2
    assert again.maps[0].findings[0].priority == 1
    assert record.actions[0].owner == "王敏" and record.decisions == ["素材一次定稿"]
