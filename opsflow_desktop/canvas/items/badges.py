"""Finding badges: one coloured disc per finding type on an element, its first letter or character,
and a count when the type occurs more than once. The tooltip lists the findings."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from ...i18n import language
from ...labels import label
from ...model import Finding, FindingType
from ...model.traits import finding_type
from .. import style


def badge_letter(kind: FindingType) -> str:
    """瓶 断 信 重 冗 风 控 痛 改 in Chinese (the first character of each name, all different); in English the key
    that marks it (B bottleneck, G gap ...), so none is ambiguous."""
    return finding_type(kind).key if language() == "en" else label(kind)[:1]


def badge_summary(findings: list[Finding]) -> list[tuple[FindingType, int]]:
    counts = Counter(f.type for f in findings)
    return [(t, counts[t]) for t in FindingType if counts[t]]


def badges_width(summary: list[tuple[FindingType, int]]) -> float:
    return len(summary) * (style.BADGE + 2)


def draw_badges(painter: QPainter, summary: list[tuple[FindingType, int]], top_right: QPointF) -> None:
    """Discs from right to left, ending at ``top_right``."""
    painter.save()
    painter.setFont(style.badge_font())
    x = top_right.x() - style.BADGE
    for kind, count in reversed(summary):
        disc = QRectF(x, top_right.y(), style.BADGE, style.BADGE)
        painter.setPen(QPen(style.CANVAS, 1.2))
        painter.setBrush(QBrush(style.FINDING_COLOURS[kind]))
        painter.drawEllipse(disc)
        painter.setPen(style.CANVAS)
        text = badge_letter(kind) + (str(count) if count > 1 else "")
        painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), text)
        x -= style.BADGE + 2
    painter.restore()


def tooltip(findings: list[Finding]) -> str:
    lines = [f"{label(f.type)} · {label(f.severity)}: {f.title or f.description[:40]}" for f in findings]
    return "\n".join(lines)
