"""The Word process manual (流程说明书) department heads sign: document control, sign-off block, revision
record, contents and chapters 1-9 with the appendices (the interviews held only when some were recorded).
No Qt: pictures come in as PNG bytes (ManualImages), made by canvas.manual_images. Tables print the rows of
io.tables, the same the Excel workbook prints.

Written atomically and cancellably: a cancelled or failed export leaves neither the file nor a temporary file.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

import docx
from docx.document import Document as DocxDocument

from ...analysis.report import ProjectAnalysis, analyze_project
from ...i18n import tr
from ...model import Project
from ..atomic import atomic_output
from ..progress import Progress, Tracker
from ..tables import project_tables
from .appendix import write_comparison, write_interviews, write_issue_register
from .body import ManualSource, write_purpose, write_roles, write_scope, write_terms
from .builder import PICTURE_WORK, ManualBuilder
from .controls import write_controls, write_kpis, write_records
from .front import document_title, write_front_matter
from .page_plan import ManualImages, Picture
from .procedure import write_maps, write_procedure
from .styles import apply_styles, set_a4, write_header_footer

__all__ = ["ManualImages", "Picture", "write_manual", "build_manual"]


def write_manual(
    project: Project,
    path: str | Path,
    *,
    images: ManualImages | None = None,
    analysis: ProjectAnalysis | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the manual to ``path``. Raises SaveError when it cannot be written, Cancelled when ``progress``
    returns False; in both cases nothing is left on disk."""
    analysis = analysis or analyze_project(project)
    source = ManualSource(project, analysis, project_tables(project, analysis), images or ManualImages())
    work = _work_units(source)
    tracker = Tracker(progress, work + work // 4)  # the last fifth is python-docx writing the file
    document = build_manual(source, tracker)
    with atomic_output(path) as tmp:
        tracker.check()
        document.save(str(tmp))
        tracker.advance(work // 4)  # inside the block: a cancel here still removes the file


def build_manual(source: ManualSource, tracker: Tracker | None = None) -> DocxDocument:
    document = docx.Document()
    apply_styles(document)
    section = document.sections[0]
    set_a4(section)
    meta = source.project.meta
    decorate = partial(
        write_header_footer,
        header_left=document_title(source.project),
        header_right=_header_right(meta.document_number, meta.version),
        signed_hash=meta.signed_hash,
    )
    decorate(section)
    _set_properties(document, source.project)
    b = ManualBuilder(document, tracker or Tracker(None, 1), decorate)
    write_front_matter(b, source.project)
    for write in (
        write_purpose,
        write_scope,
        write_terms,
        write_roles,
        write_maps,
        write_procedure,
        write_controls,
        write_kpis,
        write_records,
    ):
        write(b, source)
    b.start_appendices()
    write_issue_register(b, source)
    write_comparison(b, source)
    write_interviews(b, source)
    b.finish_contents()
    return document


def _header_right(number: str, version: str) -> str:
    if number:
        return tr("Document No. {number}   Version {version}", number=number, version=version)
    return tr("Version {version}", version=version)


def _set_properties(document: DocxDocument, project: Project) -> None:
    """File properties Word shows under Info; the template's own ("python-docx", 2013) would be misleading."""
    meta = project.meta
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    properties = document.core_properties
    properties.title = document_title(project)
    properties.identifier = meta.document_number
    properties.version = meta.version
    properties.author = meta.process_owner
    properties.last_modified_by = "OpsFlow Desktop"
    properties.comments = ""
    properties.created = properties.modified = now


def _work_units(source: ManualSource) -> int:
    """Roughly the rows the manual's tables will hold, so progress moves evenly."""
    tables = source.tables
    documented = sum(len(tables.planning[m.id]) for m in source.documented_maps)
    pictures = sum(len(parts) for parts in source.images.maps.values()) + (source.images.chart is not None)
    return (
        3 * documented
        + len(tables.issues)
        + len(tables.metrics)
        + len(tables.changes)
        + len(tables.goals)
        + len(tables.interviews)
        + PICTURE_WORK * pictures
        + 30
    )
