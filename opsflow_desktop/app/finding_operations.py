"""Marking findings on the selection from the keyboard, the Findings menu, the toolbar or a context menu.
A collaborator of the main window."""

from __future__ import annotations

from collections.abc import Callable

from ..canvas.refusals import attempt
from ..i18n import tr
from ..labels import label
from ..model import FindingType
from .map_tabs import MapTabs


class FindingOperations:
    def __init__(self, controller, tabs: MapTabs, report: Callable[[str], None]) -> None:
        self.controller, self.tabs, self.report = controller, tabs, report

    def mark(self, finding_type: FindingType, target_ids: list[str] | None = None) -> None:
        """Mark a finding on the given elements, else on the selected steps and flows.

        Nothing is asked: in a workshop the mark goes on at once (its type says what it is); title, evidence
        and the rest are filled in later in the issue register.
        """
        view = self.tabs.current_view()
        if view is None:
            return
        if target_ids is None:
            target_ids = view.scene().selected_step_ids() + view.scene().selected_flow_ids()
        if not target_ids:
            self.report(tr("Select a step or a flow first (or right-click a lane or the map)."))
            return
        findings = attempt(self.controller.editor.add_findings, target_ids, finding_type)
        if findings:
            self.report(tr("Marked {type} on {count} elements.", type=label(finding_type), count=len(findings)))
