"""The project around the maps: its details, its departments, lanes standing for departments, RACI filled from
the lanes, and the check before an export that nothing would print empty. A collaborator of the main window,
handed what it uses."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ..analysis.readiness import DEPARTMENTS, DETAILS, RACI, deliverable_gaps
from ..canvas.refusals import attempt
from ..i18n import tr
from ..model import Lane
from .dialogs.departments_dialog import DepartmentsDialog
from .dialogs.name_dialog import AddLaneDialog, NameDialog
from .dialogs.open_dialog import open_dialog
from .dialogs.project_dialog import ProjectDialog


class ProjectOperations:
    def __init__(
        self, parent: QWidget, controller, current_map_id: Callable[[], str | None], report: Callable[[str], None]
    ) -> None:
        self.parent, self.controller, self.report = parent, controller, report
        self.current_map_id = current_map_id
        self.departments_dialog: DepartmentsDialog | None = None

    @property
    def editor(self):
        return self.controller.editor

    # ------------------------------------------------------------ details and departments
    def edit_details(self, page: str = "control") -> ProjectDialog:
        dialog = ProjectDialog(self.controller.doc.project, self.parent, page=page)

        def apply() -> None:
            if dialog.read_only:
                return
            meta, scope = dialog.values()
            attempt(self.editor.set_project_details, meta, scope)

        return open_dialog(dialog, apply)

    def edit_departments(self) -> DepartmentsDialog:
        """The departments table: one at a time, beside the window (not modal, so Ctrl+Z works while it is
        open), following the document it was opened on."""
        if self.departments_dialog is not None and self.departments_dialog.isVisible():
            self.departments_dialog.raise_()
            self.departments_dialog.activateWindow()
            return self.departments_dialog
        dialog = DepartmentsDialog(lambda: self.controller.editor, self.report, self.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._departments_closed)
        dialog.show()
        self.departments_dialog = dialog
        return dialog

    def _departments_closed(self) -> None:
        self.departments_dialog = None

    def document_replaced(self) -> None:
        """Another document is open: a dialog about the previous one closes."""
        if self.departments_dialog is not None:
            self.departments_dialog.close()

    def fill_raci(self) -> None:
        """Every map's steps without anyone accountable get their lane's department as A (one undo step)."""
        count = attempt(self.editor.fill_raci_from_lanes)
        if count == 0:
            self.report(tr("Every step already has an accountable department, or its lane has no department."))
        elif count:
            self.report(tr("RACI: {count} steps now have their lane's department as accountable (A).", count=count))

    # ------------------------------------------------------------ lanes and stages
    def add_lane(self, map_id: str | None = None, index: int | None = None) -> AddLaneDialog | None:
        map_id = map_id or self.current_map_id()
        if map_id is None:
            return None
        process_map = self.controller.doc.get(map_id)
        dialog = AddLaneDialog(self.controller.doc.project, [lane.name for lane in process_map.lanes], self.parent)

        def create() -> None:
            if dialog.is_department.isChecked():
                attempt(self.editor.add_department_lane, map_id, dialog.value(), index)
            else:
                attempt(self.editor.add_lane, map_id, dialog.value(), index=index)

        return open_dialog(dialog, create)

    def add_phase(self, map_id: str | None = None, index: int | None = None) -> NameDialog | None:
        map_id = map_id or self.current_map_id()
        if map_id is None:
            return None
        number = len(self.controller.doc.get(map_id).phases) + 1
        dialog = NameDialog(tr("Add phase (stage)"), tr("Name:"), tr("Stage {number}", number=number), self.parent)
        return open_dialog(dialog, lambda: attempt(self.editor.add_phase, map_id, dialog.value(), index=index))

    def department_menu(self, lane: Lane, parent_menu: QMenu) -> QMenu:
        """The lane header's 部门 submenu: link the lane to a department, to none, or to a new one of its name."""
        menu = parent_menu.addMenu(tr("Department"))
        project = self.controller.doc.project
        for department in project.departments:
            action = menu.addAction(department.name, partial(attempt, self.editor.link_lane, lane.id, department.id))
            action.setCheckable(True)
            action.setChecked(lane.department_id == department.id)
        none = menu.addAction(tr("(none: not a department)"), lambda: attempt(self.editor.link_lane, lane.id, None))
        none.setCheckable(True)
        none.setChecked(lane.department_id is None)
        if lane.name not in {d.name for d in project.departments}:
            menu.addSeparator()
            menu.addAction(
                tr("New department “{name}”", name=lane.name), lambda: attempt(self.editor.department_for_lane, lane.id)
            )
        menu.addSeparator()
        menu.addAction(tr("Departments and heads…"), self.edit_departments)
        return menu

    def fix(self, gap: str) -> None:
        """Open the place where a gap of the deliverables is filled (analysis → checks, before an export)."""
        fixes: dict[str, Callable[[], object]] = {
            DETAILS: self.edit_details,
            DEPARTMENTS: self.edit_departments,
            RACI: self.fill_raci,
        }
        fixes[gap]()

    # ------------------------------------------------------------ before an export
    def ready_for_export(self, continue_export: Callable[[], object]) -> None:
        """Export at once when nothing would print empty; otherwise say what and offer to fill it first."""
        gaps = deliverable_gaps(self.controller.doc.project)
        if not gaps:
            continue_export()
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Before you export"),
            tr("Some parts of the documents would be printed empty:"),
            parent=self.parent,
        )
        box.setInformativeText("\n".join(f"• {gap.message}" for gap in gaps))
        fixes = {gap.fix for gap in gaps}
        details = box.addButton(tr("Project details…"), QMessageBox.ButtonRole.ActionRole) if DETAILS in fixes else None
        departments = (
            box.addButton(tr("Departments…"), QMessageBox.ButtonRole.ActionRole) if DEPARTMENTS in fixes else None
        )
        raci = (
            box.addButton(tr("Fill RACI from the lanes"), QMessageBox.ButtonRole.ActionRole) if RACI in fixes else None
        )
        anyway = box.addButton(tr("Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is anyway:
            continue_export()
            return
        for button, gap in ((details, DETAILS), (departments, DEPARTMENTS), (raci, RACI)):
            if button is not None and clicked is button:
                self.fix(gap)
