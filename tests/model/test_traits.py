"""Every kind, finding type and severity has its traits, and the traits tell them apart."""

from opsflow_desktop.model.enums import FindingType, Severity, StepKind
from opsflow_desktop.model.traits import FINDING_TYPES, SEVERITIES, STEP_KINDS, control_types

KNOWN_OUTLINES = {"pill", "rect", "diamond", "hexagon", "delay", "document", "subprocess"}


def test_every_enum_member_has_one_table_entry():
    assert set(STEP_KINDS) == set(StepKind)
    assert set(FINDING_TYPES) == set(FindingType)
    assert set(SEVERITIES) == set(Severity)


def test_labels_tell_the_members_apart():
    for table in (STEP_KINDS, FINDING_TYPES, SEVERITIES):
        labels = [traits.label for traits in table.values()]
        assert len(set(labels)) == len(labels)


def test_each_finding_type_has_its_own_key_and_mark_text():
    keys = [traits.key for traits in FINDING_TYPES.values()]
    assert all(len(key) == 1 and key.isalpha() and key.isupper() for key in keys)
    assert len(set(keys)) == len(keys)
    marks = [traits.mark_text for traits in FINDING_TYPES.values()]
    assert len(set(marks)) == len(marks)


def test_colours_are_hex():
    colours = [t.fill for t in STEP_KINDS.values()] + [t.border for t in STEP_KINDS.values()]
    colours += [t.colour for t in FINDING_TYPES.values()] + [t.fill for t in SEVERITIES.values()]
    assert all(c.startswith("#") and len(c) == 7 and int(c[1:], 16) >= 0 for c in colours)


def test_outlines_are_ones_the_canvas_draws():
    assert {traits.shape for traits in STEP_KINDS.values()} <= KNOWN_OUTLINES


def test_the_process_has_exactly_one_kind_of_start_and_of_end():
    assert [k for k, t in STEP_KINDS.items() if t.starts] == [StepKind.START]
    assert [k for k, t in STEP_KINDS.items() if t.ends] == [StepKind.END]
    assert set(control_types()) == {FindingType.RISK_POINT, FindingType.CONTROL_POINT}
