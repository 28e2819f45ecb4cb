"""The workshop minutes (研讨会纪要) as a Word document: when and where, who took part, the agenda, the decisions,
the findings raised with the dots they received, each vote's ranking, the next actions and the maps discussed.

Built with the manual's builder and styles (Chinese fonts, numbered headings, A4, page X of Y). No Qt: the map
pictures come in as PNG bytes (ManualImages), drawn by the caller. Written atomically and cancellably.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import partial
from pathlib import Path

import docx
from docx.document import Document as DocxDocument

from ...i18n import tr
from ...labels import label
from ...model import DocumentError, Project, VoteSubject
from ..atomic import atomic_output
from ..progress import Progress, Tracker
from ..tables import LIST_JOINER
from . import ooxml as x
from .builder import PICTURE_WORK, ManualBuilder
from .minutes_source import MinutesSource, VoteResult, find_workshop, issue_text, minutes_map_ids
from .ooxml import Column
from .page_plan import PICTURE_MARGIN_MM, ManualImages, placed_size_mm
from .styles import FRONT_TITLE_STYLE, apply_styles, set_a4, write_header_footer

__all__ = ["write_minutes", "build_minutes", "minutes_title"]

LABEL_FILL = "F2F2F2"


def minutes_title(source: MinutesSource) -> str:
    return source.workshop.title or tr("Workshop")


def write_minutes(
    project: Project,
    workshop_id: str,
    path: str | Path,
    images: ManualImages | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the minutes of the workshop ``workshop_id`` (its id or title) to ``path``. Raises DocumentError when
    there is no such workshop, SaveError when the file cannot be written, Cancelled when ``progress`` returns
    False; nothing is left on disk then."""
    workshop = find_workshop(project, workshop_id)
    if workshop is None:
        raise DocumentError(tr("The project has no workshop “{name}”.", name=workshop_id))
    source = MinutesSource.of(project, workshop, images)
    work = _work_units(source)
    tracker = Tracker(progress, work + work // 4)
    document = build_minutes(source, tracker)
    with atomic_output(path) as tmp:
        tracker.check()
        document.save(str(tmp))
        tracker.advance(work // 4)


def build_minutes(source: MinutesSource, tracker: Tracker | None = None) -> DocxDocument:
    document = docx.Document()
    apply_styles(document)
    section = document.sections[0]
    set_a4(section)
    workshop = source.workshop
    decorate = partial(
        write_header_footer,
        header_left=source.project.meta.title or minutes_title(source),
        header_right=" ".join(
            part for part in (tr("Workshop minutes"), workshop.date.isoformat() if workshop.date else "") if part
        ),
        signed_hash="",
    )
    decorate(section)
    properties = document.core_properties
    kind = tr("Workshop minutes")  # outside the f-string, where lupdate finds it
    properties.title = f"{minutes_title(source)} · {kind}"
    properties.author = source.project.meta.process_owner
    properties.last_modified_by = "OpsFlow Desktop"
    properties.comments = ""
    properties.created = properties.modified = dt.datetime.now(dt.UTC).replace(microsecond=0)
    b = ManualBuilder(document, tracker or Tracker(None, 1), decorate)
    _write_front(b, source)
    for write in (_attendees, _agenda, _decisions, _findings, _votes, _actions, _maps):
        write(b, source)
    return document


def _dropping_empty(
    columns: list[Column], rows: list[list[str]], optional: Sequence[int], grow: int
) -> tuple[list[Column], list[list[str]]]:
    """Without the optional columns nobody filled in (a department head sends an empty column back); their
    width goes to column ``grow``."""
    empty = {c for c in optional if not any(row[c] for row in rows)}
    if not empty:
        return columns, rows
    freed = sum(columns[c].width_mm for c in empty)
    kept = [c for c in range(len(columns)) if c not in empty]
    widened = [Column(columns[c].header, columns[c].width_mm + (freed if c == grow else 0)) for c in kept]
    return widened, [[row[c] for c in kept] for row in rows]


def _numbered(b: ManualBuilder, lines: Sequence[str]) -> None:
    for number, line in enumerate(lines, start=1):
        b.append_xml(x.paragraph(x.run(f"{number}.\t{line}"), tab_mm=8, hanging_mm=8))


# ------------------------------------------------------------------ the parts
def _write_front(b: ManualBuilder, source: MinutesSource) -> None:
    workshop = source.workshop
    b.paragraph(minutes_title(source), style="Title")
    b.paragraph(tr("Workshop minutes"), style=FRONT_TITLE_STYLE)
    maps = source.maps
    processes = LIST_JOINER.join(maps[i].name for i in minutes_map_ids(source.project, workshop))
    pairs = [
        (tr("Date"), workshop.date.isoformat() if workshop.date else ""),
        (tr("Place"), workshop.occasion),
        (tr("Process"), processes),
        (tr("Project"), source.project.meta.title),
        (tr("Attendees"), tr("{count} people", count=len(workshop.attendees)) if workshop.attendees else ""),
        (tr("Findings raised"), str(len(source.raised()))),
    ]
    rows: list[list[object]] = [[a[0], a[1], c[0], c[1]] for a, c in zip(pairs[::2], pairs[1::2])]
    columns = [Column("", 24), Column("", 61), Column("", 24), Column("", 61)]
    b.table(columns, rows, fills=[[LABEL_FILL, "", LABEL_FILL, ""]] * len(rows), header=False)
    if workshop.notes:
        b.labelled(tr("Notes"), workshop.notes)


def _attendees(b: ManualBuilder, source: MinutesSource) -> None:
    b.heading(1, tr("Attendees"))
    attendees = source.workshop.attendees
    if not attendees:
        b.paragraph(source.workshop.interviewee or tr("No attendees were recorded."))
        return
    columns = [Column(tr("No."), 12), Column(tr("Full name"), 40), Column(tr("Department"), 58), Column(tr("Role"), 60)]
    rows = [[str(n), a.name, a.department, a.role] for n, a in enumerate(attendees, start=1)]
    b.table(*_dropping_empty(columns, rows, optional=(2, 3), grow=1))


def _agenda(b: ManualBuilder, source: MinutesSource) -> None:
    b.heading(1, tr("Agenda"))
    agenda = source.workshop.agenda
    if not agenda:
        b.paragraph(tr("No agenda was recorded."))
        return
    columns = [Column(tr("No."), 12), Column(tr("Agenda item"), 128), Column(tr("Planned (min)"), 30)]
    rows = [[str(n), item.title, str(item.minutes or "")] for n, item in enumerate(agenda, start=1)]
    b.table(*_dropping_empty(columns, rows, optional=(2,), grow=1))
    planned = sum(item.minutes or 0 for item in agenda)
    if planned:
        b.paragraph(tr("Planned in all: {minutes} minutes.", minutes=planned))


def _decisions(b: ManualBuilder, source: MinutesSource) -> None:
    b.heading(1, tr("Decisions taken"))
    decisions = [d for d in source.workshop.decisions if d.strip()]
    if not decisions:
        b.paragraph(tr("No decisions were recorded."))
        return
    _numbered(b, decisions)


def _findings(b: ManualBuilder, source: MinutesSource) -> None:
    b.heading(1, tr("Findings raised"))
    raised = source.raised()
    if not raised:
        b.paragraph(tr("No findings were raised in this workshop."))
        return
    b.paragraph(tr("Numbered as in the issue register of the process manual and the workbook."), keep_next=True)
    findings = {f.id: f for m in source.project.maps for f in m.findings}
    several_maps = len({issue.map_name for issue in raised}) > 1
    dots = source.dots_received()
    voted = bool(source.workshop.votes)
    columns = [
        Column(tr("No."), 12),
        Column(tr("Type"), 16),
        Column(tr("Where"), 32),
        Column(tr("Finding"), 50),
        Column(tr("Raised by"), 30),
        Column(tr("Dots"), 14),
        Column(tr("Priority"), 16),
    ]
    rows = []
    for issue in raised:
        finding = findings[issue.finding_id]
        where = f"{issue.location}\n{issue.map_name}" if several_maps else issue.location
        said = (
            [issue_text(issue), finding.description if finding.title else ""]
            if finding.title or finding.description
            else []
        )
        # A finding key pressed in the room leaves no words: say so rather than repeat the type.
        text = "\n".join(filter(None, said)) or tr("(marked in the room)")
        rows.append(
            [
                str(issue.number),
                issue.type_label,
                where,
                text,
                finding.evidence.source,
                str(dots.get(issue.finding_id) or "") if voted else "",
                str(issue.priority) if issue.priority is not None else "",
            ]
        )
    b.table(*_dropping_empty(columns, rows, optional=(4, 5, 6), grow=3))


def _votes(b: ManualBuilder, source: MinutesSource) -> None:
    b.heading(1, tr("Dot votes"))
    results = source.vote_results()
    if not results:
        b.paragraph(tr("No dot vote was held."))
        return
    for number, result in enumerate(results, start=1):
        _vote(b, result, number if len(results) > 1 else 0)


def _vote(b: ManualBuilder, result: VoteResult, number: int) -> None:
    vote = result.vote
    on_steps = vote.subject is VoteSubject.STEPS
    subject = (
        tr("Vote on the steps of {map}", map=result.map_name)
        if on_steps
        else tr("Vote on the findings of {map}", map=result.map_name)
    )
    b.heading(2, tr("Round {number}: {subject}", number=number, subject=subject) if number else subject)
    b.labelled(tr("Dots per participant"), str(vote.dots_each))
    if vote.voters:
        b.labelled(
            tr("Participants"),
            tr("{names} ({count} people)", count=len(vote.voters), names=LIST_JOINER.join(vote.voters)),
        )
    tally = sum(ballot.dots for ballot in vote.ballots if not ballot.voter)
    cast = (
        tr("{dots} dots cast, {tally} of them counted for the room as a whole", dots=result.dots_cast, tally=tally)
        if tally
        else tr("{dots} dots cast", dots=result.dots_cast)
    )
    outcome = (
        tr("the ranking became the findings' priority.")
        if vote.closed and not on_steps
        else tr("the vote ended.")
        if vote.closed
        else tr("the vote was not closed.")
    )
    b.labelled(tr("Result"), tr("{cast}; {outcome}", cast=cast, outcome=outcome))
    if not result.ranked:
        b.paragraph(tr("No dots were placed."))
        return
    columns = [Column(tr("Rank"), 14), Column(tr("No."), 14), Column(tr("Step") if on_steps else tr("Finding"), 112)]
    columns.append(Column(tr("Dots"), 30))
    rows = [[str(item.rank), item.number, item.text, str(item.dots)] for item in result.ranked]
    b.table(*_dropping_empty(columns, rows, optional=(1,), grow=2))


def _actions(b: ManualBuilder, source: MinutesSource) -> None:
    b.heading(1, tr("Next actions"))
    actions = source.workshop.actions
    if not actions:
        b.paragraph(tr("No actions were agreed."))
        return
    columns = [
        Column(tr("No."), 12),
        Column(tr("Agreed action"), 98),
        Column(tr("Owner"), 36),
        Column(tr("Due date"), 24),
    ]
    rows = [[str(n), a.action, a.owner, a.due.isoformat() if a.due else ""] for n, a in enumerate(actions, start=1)]
    b.table(columns, rows)


def _maps(b: ManualBuilder, source: MinutesSource) -> None:
    """The maps the workshop's findings and votes concern: an explanation with the badge legend, then each map
    from a new page, one picture per page, as the manual prints them."""
    map_ids = minutes_map_ids(source.project, source.workshop)
    if not map_ids:
        return
    maps = source.maps
    b.heading(1, tr("Maps discussed"))
    pictured = [i for i in map_ids if source.images.maps.get(i)]
    if not pictured:
        for map_id in map_ids:
            process_map = maps[map_id]
            b.paragraph(process_map.name, bold=True, keep_next=True)
            b.labelled(tr("Stages"), " → ".join(p.name for p in process_map.phases))
            b.labelled(tr("Departments"), LIST_JOINER.join(lane.name for lane in process_map.lanes))
        return
    b.paragraph(tr("The maps as they stood at the end of the workshop, with the findings marked on them."))
    letters = source.images.badge_letters
    present = {f.type for i in pictured for f in maps[i].findings}
    legend = [f"{letters[t]} {label(t)}" for t in letters if t in present]
    if legend:
        b.paragraph(tr("The coloured badges mark findings: {legend}.", legend=tr(", ").join(legend)))
    for map_id in pictured:
        parts = source.images.maps[map_id]
        placed = [placed_size_mm(p) for p in parts]
        new_section = b.page_setup(any(landscape for _, _, landscape in placed), PICTURE_MARGIN_MM)
        b.heading(2, maps[map_id].name, new_page=not new_section)
        for number, (picture, (width, height, _)) in enumerate(zip(parts, placed), start=1):
            caption = (
                maps[map_id].name
                if len(parts) == 1
                else tr(
                    "{map} (part {part} of {parts}: {stages})",
                    map=maps[map_id].name,
                    part=number,
                    parts=len(parts),
                    stages=picture.label,
                )
            )
            b.figure(picture, width, height, caption, new_page=number > 1)


def _work_units(source: MinutesSource) -> int:
    workshop = source.workshop
    pictures = sum(len(source.images.maps.get(i, [])) for i in minutes_map_ids(source.project, workshop))
    return (
        len(workshop.attendees)
        + len(workshop.agenda)
        + len(workshop.actions)
        + len(source.issues)
        + sum(len(v.ballots) for v in workshop.votes)
        + PICTURE_WORK * pictures
        + 10
    )
