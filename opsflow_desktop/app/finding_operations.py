"""Marking findings on the selection from the keyboard, the Findings menu or the toolbar (part of MainWindow)."""

from __future__ import annotations

from ..i18n import tr
from ..labels import label
from ..model import FindingType


class FindingOperations:
    """Mixed into MainWindow; needs ``current_view()``, ``controller``, ``report()`` and ``_guard()``."""

    def mark(self, finding_type: FindingType, target_ids: list[str] | None = None) -> None:
        """Mark a finding on the given elements, else on the selected steps and flows.

        Nothing is asked: in a workshop the mark goes on at once, titled with its type; the details are
        filled in later in the issue register.
        """
        view = self.current_view()
        if view is None:
            return
        if target_ids is None:
            target_ids = view.scene().selected_step_ids() + view.scene().selected_flow_ids()
        if not target_ids:
            self.report(tr("Select a step or a flow first (or right-click a lane or the map)."))
            return
        findings = self._guard(lambda: self.controller.editor.add_findings(
            target_ids, finding_type, title=label(finding_type)))
        if findings:
            self.report(tr("Marked {type} on {count} elements.", type=label(finding_type), count=len(findings)))

    def mark_bottleneck(self) -> None:
        self.mark(FindingType.BOTTLENECK)

    def mark_breakpoint(self) -> None:
        self.mark(FindingType.BREAKPOINT)

    def mark_silo(self) -> None:
        self.mark(FindingType.INFORMATION_SILO)

    def mark_duplicate(self) -> None:
        self.mark(FindingType.DUPLICATE_WORK)

    def mark_redundant(self) -> None:
        self.mark(FindingType.REDUNDANT_NODE)

    def mark_risk(self) -> None:
        self.mark(FindingType.RISK_POINT)

    def mark_control(self) -> None:
        self.mark(FindingType.CONTROL_POINT)

    def mark_pain(self) -> None:
        self.mark(FindingType.PAIN_POINT)

    def mark_improvement(self) -> None:
        self.mark(FindingType.IMPROVEMENT)
