"""Every menu and toolbar action: its text, shortcut and handler, declared once.

Texts are functions so that switching the language can re-apply them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtGui import QAction, QKeySequence

from ..i18n import tr
from ..model.traits import FINDING_TYPES

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: Callable[[], str]
    shortcut: Key | str | tuple[Key | str, ...] | None = None  # several: the first is shown in the menu
    handler: str = ""  # "collaborator.method" of MainWindow (e.g. "maps.rename_map"), or a method of its own
    checkable: bool = False
    # A key the canvas handles itself, shown in the menu only: as a window shortcut it would also fire
    # while the user types in the issue register or the properties panel.
    canvas_key: str = ""
    tip: Callable[[], str] | None = None
    argument: object = None  # passed to the handler, e.g. the finding type a mark action marks


SPECS: list[ActionSpec] = [
    ActionSpec("new_blank", lambda: tr("&New blank project"), Key.New, "files.new_blank"),
    ActionSpec("new_sample", lambda: tr("New from &sample"), None, "files.new_from_sample"),
    ActionSpec("open", lambda: tr("&Open…"), Key.Open, "files.open_file"),
    ActionSpec("save", lambda: tr("&Save"), Key.Save, "files.save"),
    ActionSpec("save_as", lambda: tr("Save &as…"), Key.SaveAs, "files.save_as"),
    ActionSpec("project_details", lambda: tr("Project &details…"), None, "project.edit_details"),
    ActionSpec("departments", lambda: tr("Departments and &heads…"), None, "project.edit_departments"),
    ActionSpec("export_excel", lambda: tr("Export planning tables to &Excel…"), "Ctrl+Shift+E", "exports.export_excel"),
    ActionSpec("export_word", lambda: tr("Export process manual to &Word…"), "Ctrl+Shift+W", "exports.export_word"),
    ActionSpec(
        "import_table",
        lambda: tr("&Import planning table from Excel…"),
        "Ctrl+Shift+I",
        "exports.import_planning_table",
    ),
    ActionSpec("quit", lambda: tr("&Quit"), Key.Quit, "close"),
    ActionSpec("cut", lambda: tr("Cu&t"), Key.Cut, "canvas.cut"),
    ActionSpec("copy", lambda: tr("&Copy"), Key.Copy, "canvas.copy"),
    ActionSpec("paste", lambda: tr("&Paste"), Key.Paste, "canvas.paste"),
    ActionSpec("duplicate", lambda: tr("&Duplicate"), "Ctrl+D", "canvas.duplicate"),
    ActionSpec("delete", lambda: tr("De&lete"), None, "canvas.delete_selection", canvas_key="Del"),
    ActionSpec("select_all", lambda: tr("Select &all"), Key.SelectAll, "canvas.select_all"),
    ActionSpec("rename", lambda: tr("&Rename"), None, "canvas.rename_selection", canvas_key="F2"),
    ActionSpec("find", lambda: tr("&Find step…"), Key.Find, "show_find"),
    ActionSpec("interview", lambda: tr("&Interview mode (type the process)"), "Ctrl+I", "show_interview"),
    ActionSpec("present", lambda: tr("&Present to the room"), "F5", "presentation.start"),
    ActionSpec("present_here", lambda: tr("Present from the selected &step"), "Shift+F5", "presentation.start_here"),
    ActionSpec("workshop_new", lambda: tr("&New workshop record…"), None, "workshops.new_workshop"),
    ActionSpec("workshop_edit", lambda: tr("Workshop &record…"), None, "workshops.edit_chosen_workshop"),
    ActionSpec(
        "workshop_minutes", lambda: tr("Export workshop &minutes to Word…"), None, "workshops.export_chosen_minutes"
    ),
    ActionSpec("zoom_in", lambda: tr("Zoom &in"), (Key.ZoomIn, "Ctrl+="), "canvas.zoom_in"),
    ActionSpec("zoom_out", lambda: tr("Zoom &out"), (Key.ZoomOut, "Ctrl+-"), "canvas.zoom_out"),
    ActionSpec("fit_all", lambda: tr("&Fit all"), "Ctrl+0", "canvas.fit_all"),
    ActionSpec("zoom_100", lambda: tr("Actual size (100 %)"), "Ctrl+1", "canvas.zoom_100"),
    ActionSpec("snap", lambda: tr("&Snap to grid"), None, "canvas.toggle_snap", checkable=True),
    ActionSpec("add_lane", lambda: tr("Add &lane (department)…"), "Ctrl+Shift+L", "project.add_lane"),
    ActionSpec("add_phase", lambda: tr("Add &phase (stage)…"), "Ctrl+Shift+P", "project.add_phase"),
    ActionSpec("new_map", lambda: tr("New &current map…"), None, "maps.new_current_map"),
    ActionSpec("derive", lambda: tr("&Derive target map"), "Ctrl+Shift+T", "canvas.derive_target"),
    ActionSpec("rename_map", lambda: tr("Re&name map…"), None, "maps.rename_map"),
    ActionSpec("duplicate_map", lambda: tr("D&uplicate map"), None, "maps.duplicate_map"),
    ActionSpec("delete_map", lambda: tr("Delete &map…"), None, "maps.delete_map"),
    ActionSpec("move_map_left", lambda: tr("Move map left"), None, "maps.move_left"),
    ActionSpec("move_map_right", lambda: tr("Move map right"), None, "maps.move_right"),
    ActionSpec("map_source", lambda: tr("Current map of this target…"), None, "maps.set_map_source"),
    ActionSpec("fill_raci", lambda: tr("Fill RACI from the lanes"), None, "project.fill_raci"),
    ActionSpec("arrange", lambda: tr("&Arrange"), "Ctrl+Shift+A", "canvas.arrange"),
    ActionSpec("align_left", lambda: tr("Align left"), None, "canvas.align_left"),
    ActionSpec("align_hcenter", lambda: tr("Align centres (vertical line)"), None, "canvas.align_hcenter"),
    ActionSpec("align_right", lambda: tr("Align right"), None, "canvas.align_right"),
    ActionSpec("align_top", lambda: tr("Align top"), None, "canvas.align_top"),
    ActionSpec("align_vcenter", lambda: tr("Align middles (horizontal line)"), None, "canvas.align_vcenter"),
    ActionSpec("align_bottom", lambda: tr("Align bottom"), None, "canvas.align_bottom"),
    ActionSpec("distribute_h", lambda: tr("Distribute horizontally"), None, "canvas.distribute_horizontally"),
    ActionSpec("distribute_v", lambda: tr("Distribute vertically"), None, "canvas.distribute_vertically"),
    ActionSpec("submit_review", lambda: tr("&Submit for review"), None, "signoff.submit_for_review"),
    ActionSpec("record_signoff", lambda: tr("&Record sign-off…"), None, "signoff.record_signoff"),
    ActionSpec("new_revision", lambda: tr("Start new &revision…"), None, "signoff.start_new_revision"),
    ActionSpec("lang_zh", lambda: "简体中文", None, "use_chinese", checkable=True),
    ActionSpec("lang_en", lambda: "English", None, "use_english", checkable=True),
    ActionSpec("shortcuts", lambda: tr("&Keyboard shortcuts"), "F1", "show_shortcuts"),
    ActionSpec("about", lambda: tr("&About OpsFlow Desktop"), None, "about"),
]

# One action per finding type, from its traits: the same key marks it on the canvas, in a workshop without
# opening anything.
SPECS += [
    ActionSpec(
        f"mark_{kind.value}",
        partial(tr, traits.mark_text),
        None,
        "findings.mark",
        canvas_key=traits.key,
        argument=kind,
    )
    for kind, traits in FINDING_TYPES.items()
]
MARK_ACTIONS: list[str] = [f"mark_{kind.value}" for kind in FINDING_TYPES]

# What a signed-off document disables: every action that would change it (undo stays: it may un-freeze).
EDITING_ACTIONS: list[str] = [
    "import_table",
    "cut",
    "paste",
    "duplicate",
    "delete",
    "rename",
    "add_lane",
    "add_phase",
    "new_map",
    "derive",
    "rename_map",
    "duplicate_map",
    "delete_map",
    "move_map_left",
    "move_map_right",
    "map_source",
    "fill_raci",
    "arrange",
    "align_left",
    "align_hcenter",
    "align_right",
    "align_top",
    "align_vcenter",
    "align_bottom",
    "distribute_h",
    "distribute_v",
    *MARK_ACTIONS,
]

# (menu key, title, entries); None is a separator, "@undo"/"@redo"/"@recent"/"@docks" are filled by the window.
MENUS: list[tuple[str, Callable[[], str], list[str | None]]] = [
    (
        "file",
        lambda: tr("&File"),
        [
            "new_blank",
            "new_sample",
            "open",
            "@recent",
            None,
            "save",
            "save_as",
            None,
            "project_details",
            "departments",
            None,
            "import_table",
            "export_excel",
            "export_word",
            None,
            "quit",
        ],
    ),
    (
        "edit",
        lambda: tr("&Edit"),
        ["@undo", "@redo", None, "cut", "copy", "paste", "duplicate", "delete", None, "select_all", "rename", "find"],
    ),
    (
        "view",
        lambda: tr("&View"),
        ["interview", None, "zoom_in", "zoom_out", "fit_all", "zoom_100", None, "snap", None, "@docks"],
    ),
    (
        "map",
        lambda: tr("&Map"),
        [
            "add_lane",
            "add_phase",
            None,
            "new_map",
            "derive",
            "rename_map",
            "duplicate_map",
            "delete_map",
            "move_map_left",
            "move_map_right",
            "map_source",
            None,
            "fill_raci",
            None,
            "arrange",
            None,
            "align_left",
            "align_hcenter",
            "align_right",
            "align_top",
            "align_vcenter",
            "align_bottom",
            "distribute_h",
            "distribute_v",
        ],
    ),
    ("findings", lambda: tr("F&indings"), [*MARK_ACTIONS]),
    (
        "workshop",
        lambda: tr("&Workshop"),
        ["present", "present_here", "@screens", None, "workshop_new", "workshop_edit", "workshop_minutes"],
    ),
    ("signoff", lambda: tr("Sign-&off"), ["submit_review", "record_signoff", None, "new_revision"]),
    ("language", lambda: tr("&Language"), ["lang_zh", "lang_en"]),
    ("help", lambda: tr("&Help"), ["shortcuts", None, "about"]),
]

TOOLBAR = [
    "new_blank",
    "open",
    "save",
    None,
    "@undo",
    "@redo",
    None,
    "interview",
    "present",
    None,
    "zoom_in",
    "zoom_out",
    "fit_all",
    None,
    "project_details",
    "departments",
    "add_lane",
    "add_phase",
    "arrange",
    "derive",
    None,
    "export_excel",
    "export_word",
    None,
    "@mark",
]


def _run(window, spec: ActionSpec, checked: bool) -> None:
    """Call the action's handler, looked up when triggered (the collaborators are made after the actions)."""
    handler = window
    for name in spec.handler.split("."):
        handler = getattr(handler, name)
    if spec.checkable:
        handler(checked)
    elif spec.argument is not None:
        handler(spec.argument)
    else:  # triggered(bool) would otherwise land in the first parameter of a handler that has defaults
        handler()


def build_actions(window) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(window)
        if spec.shortcut is not None:
            keys = spec.shortcut if isinstance(spec.shortcut, tuple) else (spec.shortcut,)
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.setCheckable(spec.checkable)
        action.triggered.connect(lambda checked=False, s=spec: _run(window, s, checked))
        actions[spec.key] = action
    retranslate_actions(actions)
    return actions


# Keys of the canvas that no menu shows, for the shortcut list under Help: (keys, what they do).
CANVAS_KEYS: list[tuple[Callable[[], str], Callable[[], str]]] = [
    (lambda: "Tab", lambda: tr("With a step selected: add the next step to the right, connected, and type its name")),
    (lambda: "Enter", lambda: tr("With a step selected: add the next step in the lane below, connected")),
    (lambda: "Alt+Shift+←↑→↓", lambda: tr("Add the next step in that direction, connected")),
    (
        lambda: "Tab / Enter / Esc",
        lambda: tr("While typing a name: next step to the right / done / take the new step back"),
    ),
    (lambda: "F2", lambda: tr("Rename the selected step")),
    (lambda: "Del", lambda: tr("Delete the selection (a step takes its flows and findings)")),
    (
        lambda: "← ↑ → ↓",
        lambda: tr("Nudge the selection by one grid step (Shift: 1 pixel); repeated nudges undo as one"),
    ),
    (
        lambda: " ".join(t.key for t in FINDING_TYPES.values()),
        lambda: tr("Mark a finding of that type on the selection"),
    ),
    (lambda: "Esc", lambda: tr("Cancel what is in progress, or clear the selection")),
    (lambda: tr("Wheel / Shift+wheel"), lambda: tr("Scroll up and down / sideways")),
    (lambda: tr("Ctrl+wheel, pinch"), lambda: tr("Zoom around the mouse")),
    (lambda: tr("Space+drag, middle button"), lambda: tr("Pan")),
    (lambda: tr("Drag from a point on a step"), lambda: tr("Connect it to another step (that side of the step)")),
    (lambda: tr("Click an arrow beside a step"), lambda: tr("Add the next step that way, connected")),
    (
        lambda: tr("Drag a segment of a selected flow"),
        lambda: tr("Bend the flow; right-click → Route automatically undoes it"),
    ),
]


def shortcut_rows() -> list[tuple[str, str]]:
    """Every key the window knows, for Help → Keyboard shortcuts: the menus' shortcuts, then the canvas keys."""
    rows = []
    for spec in SPECS:
        if spec.shortcut is None and not spec.canvas_key:
            continue
        keys = spec.shortcut if isinstance(spec.shortcut, tuple) else (spec.shortcut,) if spec.shortcut else ()
        texts = dict.fromkeys(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((" / ".join(t for t in texts if t) or spec.canvas_key, plain_text(spec.text())))
    rows += [(keys(), describe()) for keys, describe in CANVAS_KEYS]
    return rows


def plain_text(menu_text: str) -> str:
    """A menu text without its mnemonic: "保存(&S)" → "保存", "&Save" → "Save"."""
    return re.sub(r"\(&\w\)", "", menu_text).replace("&", "")


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for spec in SPECS:
        action = actions[spec.key]
        action.setText(spec.text() + (f"\t{spec.canvas_key}" if spec.canvas_key else ""))
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) or spec.canvas_key
        action.setToolTip(f"{plain_text(spec.text())} ({shortcut})" if shortcut else plain_text(spec.text()))
