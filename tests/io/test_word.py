"""The Word manual, read back with python-docx: order of chapters, document control, sign-off and revision
tables, contents field, procedure rows, pictures, header and footer, fonts and page setup. No Qt: the pictures
are small PNGs made here."""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from opsflow_desktop import i18n
from opsflow_desktop.analysis.report import analyze_project
from opsflow_desktop.io import load_project
from opsflow_desktop.io.tables import project_tables
from opsflow_desktop.io.word.manual import write_manual
from opsflow_desktop.io.word.page_plan import ManualImages, Picture
from opsflow_desktop.io.word.procedure import procedure_cells
from opsflow_desktop.model import (
    Department,
    DocumentStatus,
    Flow,
    Lane,
    MapKind,
    Phase,
    ProcessMap,
    Project,
    Raci,
    SignOff,
    SignOffRole,
    Step,
)
from opsflow_desktop.model.signing import content_hash
from opsflow_desktop.paths import sample_project

SIGNED_ON = dt.date(2026, 11, 20)
CHAPTERS = [
    "1 Purpose",
    "2 Scope",
    "3 Terms",
    "4 Roles and responsibilities",
    "5 Flowchart",
    "6 Procedure",
    "7 Control points and risks",
    "8 KPIs",
    "9 Records and forms",
    "Appendix A Issue register",
    "Appendix B Current versus target",
]


def fake_png(width: int, height: int) -> bytes:
    """A valid one-colour RGB PNG, made without any imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x20\x60\xc0" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def fake_images(project, parts: int = 2) -> ManualImages:
    """Each map in ``parts`` landscape pages (1,800 x 1,100 px at 200 dpi: 229 x 140 mm), and a chart."""
    return ManualImages(
        maps={
            m.id: [Picture(fake_png(1800, 1100), 1800, 1100, 200, f"part {n}") for n in range(1, parts + 1)]
            for m in project.maps
        },
        chart=Picture(fake_png(1260, 600), 1260, 600, 200),
    )


def sign(project, *, complete: bool = True):
    """Record sign-offs for the current version; when complete, freeze it the way model.signing does."""
    version = project.meta.version
    project.signoffs = [
        SignOff(
            role=SignOffRole.DRAFTED, name="张婷", department="运营部", date=dt.date(2026, 11, 10), version=version
        ),
        SignOff(
            role=SignOffRole.COUNTERSIGNED,
            name="李娜",
            department="商品部",
            date=dt.date(2026, 11, 12),
            version=version,
        ),
    ]
    if complete:
        project.signoffs.insert(
            1,
            SignOff(
                role=SignOffRole.REVIEWED, name="陈刚", department="运营部", date=dt.date(2026, 11, 11), version=version
            ),
        )
        project.signoffs += [
            SignOff(
                role=SignOffRole.COUNTERSIGNED,
                name=d.head,
                department=d.name,
                date=dt.date(2026, 11, 15),
                version=version,
            )
            for d in project.departments[1:]
        ]
        project.signoffs.append(
            SignOff(role=SignOffRole.APPROVED, name="周总", department="总经办", date=SIGNED_ON, version=version)
        )
        project.meta.status = DocumentStatus.SIGNED_OFF
        project.meta.signed_on = SIGNED_ON
        project.meta.signed_hash = content_hash(project)
    return project


@pytest.fixture
def sample():
    return load_project(sample_project())


def write(project, tmp_path: Path, name: str = "manual.docx", **kwargs):
    path = tmp_path / name
    write_manual(project, path, **kwargs)
    return docx.Document(str(path))


def table_with_header(document, first: str, second: str):
    return [t for t in document.tables if len(t.rows) and [c.text for c in t.rows[0].cells[:2]] == [first, second]]


def body_text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


# ------------------------------------------------------------------ order and front matter
def test_chapters_are_numbered_headings_in_the_manual_order(sample, tmp_path):
    document = write(sample, tmp_path, images=fake_images(sample))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == CHAPTERS
    sections = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert sections[:2] == ["4.1 Responsibilities by department", "4.2 RACI matrix"]
    assert "5.1 商品上架流程（现状）" in sections and "5.2 商品上架流程（目标）" in sections
    stages = [p.text for p in document.paragraphs if p.style.name == "Heading 3"]
    assert stages == ["6.1.1 选品与资料", "6.1.2 素材制作", "6.1.3 内部审批", "6.1.4 平台上架"]


def test_document_control_comes_first_with_every_field(sample, tmp_path):
    sample.meta.effective_on = dt.date(2026, 12, 1)
    sample.meta.next_review_on = dt.date(2027, 6, 1)
    document = write(sample, tmp_path)
    assert document.paragraphs[0].text == "商品上架流程说明书"
    assert document.paragraphs[0].style.name == "Title"
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    for expected in (
        "Document number",
        "OPS-SOP-001",
        "Version",
        "V1.0",
        "Process owner",
        "运营总监 陈刚",
        "Status",
        "Draft",
        "Drafted on",
        "2026-11-02",
        "Effective on",
        "2026-12-01",
        "Next review on",
        "2027-06-01",
    ):
        assert expected in cells
    assert "Printed copies are uncontrolled" in body_text(document)
    assert "SHA-256" not in "".join(cells), "an unsigned document shows no hash"
    properties = document.core_properties
    assert (properties.title, properties.identifier, properties.author) == (
        "商品上架流程说明书",
        "OPS-SOP-001",
        "运营总监 陈刚",
    )
    assert properties.created.year >= 2025 and "python-docx" not in properties.comments


def test_a_signed_document_prints_its_hash_in_document_control_and_every_footer(sample, tmp_path):
    sign(sample)
    document = write(sample, tmp_path, images=fake_images(sample))
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    assert sample.meta.signed_hash in cells and "2026-11-20" in cells and "Signed off" in cells
    for section in document.sections:
        assert sample.meta.signed_hash in "\n".join(p.text for p in section.footer.paragraphs)


def test_signoff_table_has_a_row_per_slot_with_recorded_names_and_room_to_sign(sample, tmp_path):
    sign(sample, complete=False)
    document = write(sample, tmp_path)
    [table] = table_with_header(document, "Role", "Full name")
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert [r[0] for r in rows] == (
        ["Drafted by", "Reviewed by"] + ["Countersigned by"] * len(sample.departments) + ["Approved by"]
    )
    assert rows[0][1:3] == ["张婷", "运营部"] and rows[0][4] == "2026-11-10" and "Approved" in rows[0][3]
    products = rows[2]
    assert products[1:3] == ["李娜", "商品部"] and products[4] == "2026-11-12"
    design = rows[3]
    assert design[1:3] == ["王敏", "设计部"], "an open countersignature names the department head expected to sign"
    assert design[3] == design[4] == "", "an open slot leaves signature and date empty"
    assert rows[1][1] == rows[-1][1] == ""
    heights = {row._tr.trPr.find(qn("w:trHeight")).get(qn("w:val")) for row in table.rows[1:]}
    assert all(int(h) >= Mm(11).twips for h in heights), "rows are tall enough to sign by hand"


def test_revision_record_lists_every_revision(sample, tmp_path):
    sample.revisions[0].sections = "全部"
    document = write(sample, tmp_path)
    [table] = table_with_header(document, "No.", "Version")
    assert [c.text for c in table.rows[0].cells] == [
        "No.",
        "Version",
        "Sections changed",
        "Summary of change",
        "Date",
        "Author",
    ]
    assert [c.text for c in table.rows[1].cells] == ["1", "V1.0", "全部", "首次发布", "2026-11-02", "流程专员 张婷"]


def test_contents_is_a_toc_field_updated_on_open_with_linked_entries(sample, tmp_path):
    document = write(sample, tmp_path)
    body = document.element.body
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith("TOC \\o") for i in instructions)
    update = document.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"
    anchors = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    assert len(anchors) >= len(CHAPTERS) and set(anchors) <= bookmarks
    assert [p.text for p in document.paragraphs if p.style.style_id == "TOC1"] == CHAPTERS
    assert "6.1 商品上架流程（目标）" in [p.text for p in document.paragraphs if p.style.style_id == "TOC2"]


# ------------------------------------------------------------------ body
def test_procedure_tables_have_one_row_per_step_of_the_target_map_in_order(sample, tmp_path):
    document = write(sample, tmp_path)
    target = next(m for m in sample.maps if m.kind is MapKind.TARGET)
    rows = project_tables(sample, analyze_project(sample)).planning[target.id]
    tables = table_with_header(document, "No.", "Step")
    procedure = [t for t in tables if [c.text for c in t.rows[0].cells][-1] == "Control point / risk"]
    assert len(procedure) == 4, "one table per stage"
    printed = [[c.text for c in row.cells] for t in procedure for row in t.rows[1:]]
    assert printed == [procedure_cells(row) for row in rows], "the same rows the Excel planning table prints"
    assert [r[0] for r in printed] == [str(n) for n in range(1, len(target.steps) + 1)]


def test_controls_list_each_approval_step_once_with_the_controls_marked_on_it(sample, tmp_path):
    document = write(sample, tmp_path)
    [table] = [t for t in table_with_header(document, "No.", "Where") if t.rows[0].cells[3].text == "Control or risk"]
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert [r[1] for r in rows] == ["库存确认（控制点）", "运营审批（统一提报）", "合规审核"]
    stock = rows[0]
    assert stock[2] == "Approval / control point、Control point"
    assert "大促前库存确认" in stock[3] and "仓储经理确认库存，避免超卖" in stock[3]


def test_goals_are_shaded_in_their_three_colours(sample, tmp_path):
    document = write(sample, tmp_path)
    [table] = table_with_header(document, "Goal", "Metric")
    status_cell = table.rows[1].cells[-1]
    assert status_cell.text == "Green: met"
    assert status_cell._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "C6EFCE"


def test_every_map_picture_and_the_chart_are_embedded_at_200_dpi_or_more(sample, tmp_path):
    images = fake_images(sample)
    document = write(sample, tmp_path, images=images)
    shapes = document.inline_shapes
    assert len(shapes) == 2 * len(sample.maps) + 1
    for shape in shapes:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        blob = document.part.related_parts[blip.embed].blob
        width_px = struct.unpack(">I", blob[16:20])[0]
        assert width_px / shape.width.inches >= 199.9
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[0] == "Figure 1 商品上架流程（现状） (part 1 of 2: part 1)"


def test_wide_pictures_go_on_landscape_a4_pages_and_text_on_portrait(sample, tmp_path):
    document = write(sample, tmp_path, images=fake_images(sample))
    sizes = [(round(s.page_width.mm), round(s.page_height.mm)) for s in document.sections]
    assert set(sizes) == {(210, 297), (297, 210)}
    assert sizes[0] == (210, 297) and sizes[-1] == (210, 297)
    picture_sections = sections_holding_pictures(document)
    assert len(picture_sections) == len(document.inline_shapes)
    assert all(s.page_width > s.page_height for s in picture_sections[:-1]), "map pages are landscape"
    assert picture_sections[-1].page_width < picture_sections[-1].page_height, "the chart sits in the text"


def sections_holding_pictures(document):
    """The section of every paragraph with a picture: a section ends at a paragraph holding a sectPr."""
    index, found = 0, []
    for child in document.element.body.iterchildren():
        found += [index] * len(child.findall(".//" + qn("w:drawing")))
        if child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            index += 1
    return [document.sections[i] for i in found]


def test_without_pictures_the_flowchart_chapter_describes_each_map(sample, tmp_path):
    document = write(sample, tmp_path)
    text = body_text(document)
    assert "选品与资料 → 素材制作 → 内部审批 → 平台上架" in text
    assert len(document.inline_shapes) == 0


def test_a_project_without_target_map_documents_its_current_map(sample, tmp_path):
    sample.maps = [m for m in sample.maps if m.kind is MapKind.CURRENT]
    sample.goals = []
    document = write(sample, tmp_path)
    stages = [p.text for p in document.paragraphs if p.style.name == "Heading 3"]
    assert stages[0] == "6.1.1 选品与资料"
    assert "nothing to compare" in body_text(document)


def wide_project(departments: int, steps: int) -> Project:
    """One current map: ``departments`` lanes, two stages, a chain of ``steps`` steps, each with one A."""
    depts = [Department(id=f"dept_{i}", name=f"部门{i}", head=f"负责人{i}") for i in range(departments)]
    lanes = [Lane(id=f"lane_{i}", name=d.name, department_id=d.id) for i, d in enumerate(depts)]
    phases = [Phase(id="phase_a", name="计划"), Phase(id="phase_b", name="执行")]
    chain = [
        Step(
            id=f"step_{n:04d}",
            name=f"步骤{n}",
            lane_id=lanes[n % departments].id,
            phase_id=phases[n * 2 // steps].id,
            x=n * 10,
            raci={depts[n % departments].id: Raci.ACCOUNTABLE},
        )
        for n in range(steps)
    ]
    flows = [Flow(id=f"flow_{n}", source_id=a.id, target_id=b.id) for n, (a, b) in enumerate(zip(chain, chain[1:]))]
    process_map = ProcessMap(id="map_wide", name="宽流程", lanes=lanes, phases=phases, steps=chain, flows=flows)
    return Project(departments=depts, maps=[process_map])


def test_many_departments_put_the_raci_matrix_on_a_landscape_page(tmp_path):
    document = write(wide_project(departments=12, steps=300), tmp_path)
    [raci] = [t for t in table_with_header(document, "No.", "Step") if t.rows[0].cells[2].text == "部门0"]
    assert len(raci.rows) == 301 and len(raci.columns) == 14
    assert [s.page_width > s.page_height for s in document.sections] == [False, True, False]
    procedure = [
        t for t in table_with_header(document, "No.", "Step") if t.rows[0].cells[-1].text == "Control point / risk"
    ]
    assert sum(len(t.rows) - 1 for t in procedure) == 300


# ------------------------------------------------------------------ page furniture and typography
def test_every_header_shows_number_and_version_and_every_footer_page_x_of_y(sample, tmp_path):
    document = write(sample, tmp_path, images=fake_images(sample))
    for section in document.sections:
        assert not section.header.is_linked_to_previous
        header = "".join(p.text for p in section.header.paragraphs)
        assert "OPS-SOP-001" in header and "V1.0" in header
        footer = section.footer._element
        fields = [t.text.strip() for t in footer.iter(qn("w:instrText"))]
        assert fields[:2] == ["PAGE", "NUMPAGES"]
        assert section.footer.paragraphs[0].text.startswith("Page ")


def test_footer_follows_the_language(sample, tmp_path):
    i18n.set_language("zh_CN")
    document = write(sample, tmp_path)
    text = document.sections[0].footer.paragraphs[0].text
    assert "Page" not in text and "页" in text


def test_styles_set_the_east_asian_fonts_without_theme_overrides(sample, tmp_path):
    document = write(sample, tmp_path)
    styles = document.styles.element

    def fonts(style_id):
        style = next(s for s in styles.findall(qn("w:style")) if s.get(qn("w:styleId")) == style_id)
        return style.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")

    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    for element, east_asia in (
        (defaults, "宋体"),
        (fonts("Normal"), "宋体"),
        (fonts("Heading1"), "黑体"),
        (fonts("Heading3"), "黑体"),
        (fonts("Title"), "黑体"),
    ):
        assert element.get(qn("w:eastAsia")) == east_asia
        assert element.get(qn("w:eastAsiaTheme")) is None and element.get(qn("w:asciiTheme")) is None


def test_tables_repeat_their_header_row_and_fit_the_page(sample, tmp_path):
    document = write(sample, tmp_path, images=fake_images(sample))
    for table in document.tables[1:]:  # the document-control table has no header row
        first = table.rows[0]._tr
        assert first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
        width = sum(int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol")))
        assert width <= Mm(257).twips + 5


# Child order the WordprocessingML schema prescribes (ECMA-376 part 1, 17.3.1.26, 17.3.2.28, 17.4.60, 17.4.70);
# Word refuses to open a file that breaks it. Only the children this manual writes are listed.
W_NAMESPACE = qn("w:p").split("}")[0] + "}"
SCHEMA_ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore pBdr shd tabs spacing ind jc outlineLvl rPr sectPr",
    "rPr": "rStyle rFonts b bCs i iCs color sz szCs u lang",
    "tblPr": "tblStyle tblW jc tblInd tblBorders shd tblLayout tblCellMar tblLook",
    "tcPr": "tcW gridSpan vMerge tcBorders shd vAlign",
}


def test_properties_are_written_in_schema_order(sample, tmp_path):
    sign(sample)
    document = write(sample, tmp_path, images=fake_images(sample))
    parts = [
        document.element,
        document.styles.element,
        *(s.header._element for s in document.sections),
        *(s.footer._element for s in document.sections),
    ]
    for part in parts:
        for tag, order in SCHEMA_ORDER.items():
            names = order.split()
            for element in part.iter(qn(f"w:{tag}")):
                children = [c.tag.split("}")[1] for c in element if c.tag.startswith(W_NAMESPACE)]
                known = [c for c in children if c in names]
                assert known == sorted(known, key=names.index), f"{tag}: {children}"


def test_user_text_that_looks_like_markup_is_printed_as_text(sample, tmp_path):
    step = sample.maps[1].steps[1]
    step.name = '审核 <b>&amp; "引号"\x01'
    document = write(sample, tmp_path)
    cells = [c.text.split("\n")[0] for t in document.tables for r in t.rows for c in r.cells]
    assert '审核 <b>&amp; "引号"' in cells
