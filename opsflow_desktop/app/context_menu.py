"""Right-click menus on the canvas: on a step, a flow, a lane or phase header, or empty space."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QMenu

from ..canvas.refusals import attempt
from ..canvas.tools.place import place_and_name
from ..canvas.view import MapView
from ..i18n import tr
from ..labels import label
from ..model import FindingType, Flow, Lane, Phase, Step, StepKind


def show_context_menu(window, view: MapView, element_id: str | None, scene_point: QPointF, global_point) -> None:
    editor = window.controller.editor
    doc = window.controller.doc
    element = doc.get(element_id) if element_id and element_id in doc else None
    menu = QMenu(view)
    target = element.id if isinstance(element, Step | Flow | Lane) else view.scene().map_id
    marks = menu.addMenu(tr("Mark finding here") if element is None else tr("Mark finding"))
    for finding_type in FindingType:
        marks.addAction(label(finding_type), partial(window.findings.mark, finding_type, [target]))
    menu.addSeparator()
    if isinstance(element, Step):
        menu.addAction(tr("Rename"), lambda: view.start_rename(element.id))
        kinds = menu.addMenu(tr("Change kind"))
        for kind in StepKind:
            action = kinds.addAction(label(kind), partial(attempt, editor.set_fields, element.id, {"kind": kind}))
            action.setCheckable(True)
            action.setChecked(kind is element.kind)
        menu.addSeparator()
        menu.addAction(window.named_actions["copy"])
        menu.addAction(window.named_actions["cut"])
        menu.addAction(window.named_actions["duplicate"])
        menu.addAction(window.named_actions["delete"])
    elif isinstance(element, Flow):
        menu.addAction(tr("Edit label…"), lambda: window.focus_properties())
        straighten = menu.addAction(tr("Route automatically"), lambda: attempt(editor.reset_flow_route, element.id))
        straighten.setEnabled(bool(element.waypoints or element.source_side or element.target_side))
        menu.addAction(window.named_actions["delete"])
    elif isinstance(element, Lane | Phase):
        collection = view.scene().map.lanes if isinstance(element, Lane) else view.scene().map.phases
        index = next(i for i, b in enumerate(collection) if b is element)
        is_lane = isinstance(element, Lane)
        menu.addAction(tr("Rename"), lambda: view.start_rename(element.id))
        if is_lane:
            window.project.department_menu(element, menu)
        before = tr("Insert lane above") if is_lane else tr("Insert phase before")
        after = tr("Insert lane below") if is_lane else tr("Insert phase after")
        menu.addAction(before, lambda: window.canvas.insert_band(view, is_lane, index))
        menu.addAction(after, lambda: window.canvas.insert_band(view, is_lane, index + 1))
        move_back = tr("Move up") if is_lane else tr("Move left")
        move_on = tr("Move down") if is_lane else tr("Move right")
        menu.addAction(move_back, lambda: attempt(lambda: editor.move_band(element.id, index - 1))).setEnabled(
            index > 0
        )
        menu.addAction(move_on, lambda: attempt(lambda: editor.move_band(element.id, index + 1))).setEnabled(
            index < len(collection) - 1
        )
        menu.addSeparator()
        menu.addAction(tr("Delete (with its steps)"), lambda: window.canvas.delete_band(element.id))
    else:
        add = menu.addMenu(tr("Add step here"))
        for kind in StepKind:
            add.addAction(label(kind), partial(place_and_name, view, kind, scene_point.x(), scene_point.y()))
        menu.addAction(tr("Paste here"), lambda: window.canvas.paste_at(view, scene_point))
        menu.addSeparator()
        menu.addAction(window.named_actions["add_lane"])
        menu.addAction(window.named_actions["add_phase"])
        menu.addAction(window.named_actions["arrange"])
    menu.exec(global_point)
