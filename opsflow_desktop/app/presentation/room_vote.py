"""A dot vote in the room: which vote is running, whose turn it is, the numbers the facilitator types, the discs
on the map and the ranking.

The running vote is read from the document each time (the workshop's last open vote on this map), never kept
aside: undoing "end the vote" opens it again, undoing its start ends it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from ...analysis import votes
from ...canvas.audience_view import VoteDisc
from ...canvas.scene import MapScene
from ...canvas.style import BADGE
from ...editing.naming import element_name
from ...i18n import tr
from ...labels import label
from ...model import DotVote, VoteSubject

if TYPE_CHECKING:
    from .presentation import Presentation


class RoomVote:
    def __init__(self, show: Presentation) -> None:
        self.show = show
        self.voter = 0  # index into the vote's voters; len(voters): the room's tally
        self.typed = ""  # a candidate's number (and "=count") typed before Enter

    # ------------------------------------------------------------ which vote
    def _votes_here(self) -> list[DotVote]:
        record = self.show.workshop_record()
        return [v for v in record.votes if v.map_id == self.show.map_id] if record is not None else []

    def running(self) -> DotVote | None:
        """The vote the room is in: the last one on this map not ended yet."""
        open_votes = [v for v in self._votes_here() if not v.closed]
        return open_votes[-1] if open_votes else None

    def last(self) -> DotVote | None:
        here = self._votes_here()
        return here[-1] if here else None

    # ------------------------------------------------------------ who votes
    def current_voter(self) -> str:
        vote = self.running()
        if vote is None or not vote.voters:
            return votes.TALLY
        return vote.voters[self.voter] if self.voter < len(vote.voters) else votes.TALLY

    def next_voter(self, delta: int) -> None:
        vote = self.running()
        if vote is not None:
            self.voter = (self.voter + delta) % (len(vote.voters) + 1)  # the last place is the room's tally

    def started(self) -> None:
        self.voter, self.typed = 0, ""

    # ------------------------------------------------------------ dots
    def numbers(self, vote: DotVote) -> dict[int, str]:
        """Number -> candidate: findings by their place in the map's register, steps in the order they flow."""
        process_map = self.show.current_map()
        allowed = set(votes.candidates(vote, process_map))
        if vote.subject is VoteSubject.STEPS:
            order = self.show.walk.order if self.show.walk else [s.id for s in process_map.steps]
            return {n: s for n, s in enumerate(order, start=1) if s in allowed}
        return {n: f.id for n, f in enumerate(process_map.findings, start=1) if f.id in allowed}

    def cast(self, target_id: str, delta: int) -> None:
        vote = self.running()
        if vote is not None and self.show.workshop_id is not None:
            editor = self.show.editor
            self.show.attempt(editor.cast_dot, self.show.workshop_id, vote.id, self.current_voter(), target_id, delta)

    def enter(self, taking_back: bool) -> None:
        """Enter after a number: a dot for it (Shift: one taken back); "3=5": the room's count for no. 3.
        Shift+Enter with no number takes back the current person's last dot."""
        typed, self.typed = self.typed, ""
        vote = self.running()
        if vote is None or self.show.workshop_id is None:
            return
        if not typed:
            mine = [b for b in vote.ballots if b.voter == self.current_voter()]
            if mine:
                self.cast(mine[-1].target_id, -1)
            else:
                self.show.flash(tr("{name} has no dot to take back.", name=self.current_voter() or tr("The tally")))
            return
        number, _, count = typed.partition("=")
        target = self.numbers(vote).get(int(number)) if number.isdigit() else None
        if target is None:
            self.show.flash(tr("There is no no. {number} to vote on.", number=number))
        elif count:
            if count.isdigit():
                self.show.attempt(self.show.editor.set_tally, self.show.workshop_id, vote.id, target, int(count))
        else:
            self.cast(target, -1 if taking_back else 1)

    # ------------------------------------------------------------ what the map and the screens show
    def discs(self, scene: MapScene, with_result: bool) -> list[VoteDisc]:
        """The numbered discs of the running vote, or of the last one while its ranking is shown."""
        vote = self.running() or (self.last() if with_result else None)
        if vote is None:
            return []
        process_map = self.show.current_map()
        counted, shares = votes.totals(vote, process_map), votes.share(vote, process_map)
        targets = {f.id: f.target_id for f in process_map.findings}
        per_target: dict[str, int] = {}
        result = []
        for number, candidate in self.numbers(vote).items():
            where = candidate if vote.subject is VoteSubject.STEPS else targets.get(candidate, "")
            anchor = _anchor(scene, where)
            if anchor is None:
                continue
            slot = per_target.get(where, 0)
            per_target[where] = slot + 1
            dots, share = counted.get(candidate, 0), shares.get(candidate, 0.0)
            result.append(VoteDisc(candidate, number, dots, share, anchor[0], slot, anchor[1]))
        return result

    def banner(self) -> str:
        """Whose turn it is, for the room: "点投票 · 王敏：剩余 2/3 票 · Tab：下一位 · V：结束投票"."""
        vote = self.running()
        if vote is None:
            return ""
        voter = self.current_voter()
        if voter == votes.TALLY:
            who = tr("Tally for the room")
        else:
            left = votes.dots_left(vote, voter)
            who = tr("{name}: {left} of {each} dots left", name=voter, left=left, each=vote.dots_each)
        number = tr("No.")
        typed = f" · {number} {self.typed}_" if self.typed else ""
        return tr("Dot vote") + f" · {who}{typed} · " + tr("Tab: next person · V: end the vote")

    def ranking_html(self, vote: DotVote) -> str:
        process_map = self.show.current_map()
        numbers = {c: n for n, c in self.numbers(vote).items()}
        names: dict[str, str] = {}
        for finding in process_map.findings:
            where = element_name(self.show.doc, finding.target_id) if finding.target_id in self.show.doc else ""
            names[finding.id] = " · ".join(p for p in (finding.title or label(finding.type), where) if p)
        names.update({s.id: s.name for s in process_map.steps})
        rows = []
        for r in votes.ranking(vote, process_map):  # tr() outside f-strings: lupdate does not look inside them
            number = tr("No. {n}", n=numbers.get(r.target_id, "?"))
            dots = tr("{n} dots", n=r.dots)
            name = escape(names.get(r.target_id, ""))  # the room's words, not markup
            rows.append(
                f"<tr><td><b>{r.rank}.</b>&nbsp;</td><td>{number}&nbsp;</td>"
                f"<td>{name}</td><td>&nbsp;&nbsp;<b>{dots}</b></td></tr>"
            )
        heading, empty = tr("Result of the vote"), tr("No dots yet.")
        return f"<h3>{heading}</h3><table>{''.join(rows) or empty}</table>"

    def voter_lines(self) -> list[str]:
        """The presenter's list: each participant's dots, the current one marked."""
        vote = self.running()
        if vote is None:
            return []
        lines = []
        for index, name in enumerate([*vote.voters, votes.TALLY]):
            used = votes.dots_used(vote, name)
            text = (
                tr("{name}: {used}/{each} dots", name=name, used=used, each=vote.dots_each)
                if name
                else tr("Tally for the room: {used} dots", used=used)
            )
            lines.append(("▶ " if index == self.voter else "   ") + text)
        return lines

    def totals(self) -> dict[str, int]:
        vote = self.running() or self.last()
        return votes.totals(vote, self.show.current_map()) if vote is not None else {}


def _anchor(scene: MapScene, target_id: str) -> tuple[QPointF, float] | None:
    """Where a candidate's discs hang, and how wide a row of them may be (scene units): under a step, beside a
    flow's middle, at a lane's start, or above the map's first stage for a finding on the whole map."""
    step = scene.step_items.get(target_id)
    if step is not None:
        return step.rect().bottomLeft(), step.width
    flow = scene.flow_items.get(target_id)
    if flow is not None and len(flow.points()) >= 2:
        points = flow.points()
        return QPointF(*points[len(points) // 2]), 0.0
    lane = next((rect for lane, rect in scene.lane_rects() if lane.id == target_id), None)
    if lane is not None:
        return lane.topLeft(), 0.0
    if target_id == scene.map_id:
        return QPointF(0.0, -BADGE * 3), 0.0
    return None
