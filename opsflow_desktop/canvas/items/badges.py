"""Finding badges: one coloured disc per finding type on an element, its first letter or character,
and a count when the type occurs more than once. The tooltip lists the findings."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from ...i18n import language
from ...labels import label
from ...model import Finding, FindingType
from .. import style


# In English the letters are the keys that mark them (B bottleneck, G gap ...), so none is ambiguous.
_ENGLISH_LETTERS = {FindingType.BOTTLENECK: "B", FindingType.BREAKPOINT: "G", FindingType.INFORMATION_SILO: "S",
                    FindingType.DUPLICATE_WORK: "D", FindingType.REDUNDANT_NODE: "N", FindingType.RISK_POINT: "R",
                    FindingType.CONTROL_POINT: "C", FindingType.PAIN_POINT: "P", FindingType.IMPROVEMENT: "I"}


def badge_letter(finding_type: FindingType) -> str:
    """瓶 断 信 重 冗 风 控 痛 改 in Chinese (the first character of each name, all different)."""
    return _ENGLISH_LETTERS[finding_type] if language() == "en" else label(finding_type)[:1]


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
    for finding_type, count in reversed(summary):
        disc = QRectF(x, top_right.y(), style.BADGE, style.BADGE)
        painter.setPen(QPen(style.CANVAS, 1.2))
        painter.setBrush(QBrush(style.FINDING_COLOURS[finding_type]))
        painter.drawEllipse(disc)
        painter.setPen(style.CANVAS)
        text = badge_letter(finding_type) + (str(count) if count > 1 else "")
        painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), text)
        x -= style.BADGE + 2
    painter.restore()


def tooltip(findings: list[Finding]) -> str:
    lines = [f"{label(f.type)} · {label(f.severity)}: {f.title or f.description[:40]}" for f in findings]
    return "\n".join(lines)
