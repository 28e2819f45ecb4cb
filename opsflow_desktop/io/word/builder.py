"""Appending the manual's content in order: numbered headings with bookmarks, paragraphs, tables, pictures,
portrait and landscape sections, and the table of contents filled in once all headings are known."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Mm

from ...i18n import tr
from ..progress import Tracker
from . import ooxml as x
from .page_plan import A4_MM, MARGIN_MM, Picture
from .styles import CAPTION_STYLE, FRONT_TITLE_STYLE, set_a4

APPENDIX_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
PICTURE_WORK = 20  # progress units per embedded picture, next to one unit per table row
# The contents list chapters and their sections; stages (level 3) would make it pages long.
TOC_LEVELS = 2
FIRST_SHAPE_ID = 1000  # shape ids of the figures: above any id the template's parts use


@dataclass(frozen=True)
class Heading:
    level: int
    number: str  # "6.1", "A.2"
    text: str  # "6.1 选品与资料"
    bookmark: str


class ManualBuilder:
    """Writes into a python-docx Document, always before the body's final section properties."""

    def __init__(
        self, document: DocxDocument, tracker: Tracker, decorate: Callable[[Section], None] = lambda section: None
    ) -> None:
        """``decorate`` gives a new section its header and footer."""
        self.document = document
        self._decorate = decorate
        self.tracker = tracker
        self.headings: list[Heading] = []
        self._end = document.element.body.sectPr
        self._counters = [0, 0, 0]
        self._appendix = False
        self._page = (False, MARGIN_MM)  # (landscape, margin) of the section being written
        self._toc_anchor: BaseOxmlElement | None = None  # where the contents go, until finish_contents
        self._figures = 0

    # ------------------------------------------------------------------ text
    def append_xml(self, xml: str) -> None:
        self._end.addprevious(x.element(xml))

    def paragraph(
        self, text: str, *, style: str = "", align: str = "", bold: bool = False, keep_next: bool = False
    ) -> None:
        """``keep_next`` keeps the paragraph on the page of what follows (a table's first row, a picture)."""
        self.append_xml(
            x.paragraph(x.run(text, bold=bold) if text else "", style=style, align=align, keep_next=keep_next)
        )

    def labelled(self, label: str, text: str) -> None:
        """A bold lead-in and its text on one line: "流程负责人：运营总监 陈刚"."""
        self.append_xml(x.paragraph(x.run(tr("{label}: ", label=label), bold=True) + x.run(text)))

    def items(self, lines: Sequence[str]) -> None:
        """A list with a hanging indent, one paragraph per item."""
        for line in lines:
            self.append_xml(x.paragraph(x.run("•\t" + line), tab_mm=6.35, hanging_mm=6.35))

    # ------------------------------------------------------------------ headings and contents
    def heading(self, level: int, title: str, *, new_page: bool = False) -> Heading:
        """A numbered heading ("6.1 选品与资料"; "附录A 问题清单" in the appendices) with a bookmark.

        ``new_page`` starts it on a new page (a page break property, not a break character, which would leave
        an empty page behind a full one)."""
        self._counters[level - 1] += 1
        for deeper in range(level, len(self._counters)):
            self._counters[deeper] = 0
        numbers = [str(n) for n in self._counters[:level]]
        if self._appendix:
            numbers[0] = APPENDIX_LETTERS[(self._counters[0] - 1) % len(APPENDIX_LETTERS)]
        number = ".".join(numbers)
        text = (
            tr("Appendix {letter} {title}", letter=number, title=title)
            if self._appendix and level == 1
            else f"{number} {title}"
        )
        bookmark = f"_Toc_opsflow_{len(self.headings) + 1}"
        heading = Heading(level, number, text, bookmark)
        self.headings.append(heading)
        self.append_xml(
            x.paragraph(
                x.bookmark(bookmark, len(self.headings), x.run(text)), style=f"Heading{level}", new_page=new_page
            )
        )
        return heading

    def start_appendices(self) -> None:
        self._appendix = True
        self._counters = [0, 0, 0]

    def contents(self, title: str) -> None:
        """Where the table of contents goes, on a page of its own; ``finish_contents`` writes the entries."""
        self.append_xml(x.paragraph(x.run(title), style=FRONT_TITLE_STYLE, new_page=True))
        self._toc_anchor = x.element("<w:p/>")
        self._end.addprevious(self._toc_anchor)

    def finish_contents(self) -> None:
        """A Word TOC field over the headings, its result pre-filled with linked entries.

        Word refreshes the field (page numbers included) when the file is opened (w:updateFields); readers that
        do not update fields, LibreOffice among them, show the pre-filled entries, so those carry no page
        number that could be wrong.
        """
        if self._toc_anchor is None:
            return
        entries = [h for h in self.headings if h.level <= TOC_LEVELS]
        begin = x.field_begin(f'TOC \\o "1-{TOC_LEVELS}" \\h \\z \\u')
        paragraphs = []
        for index, heading in enumerate(entries):
            link = f'<w:hyperlink w:anchor="{heading.bookmark}" w:history="1">{x.run(heading.text)}</w:hyperlink>'
            runs = (begin if index == 0 else "") + link + (x.field_end() if index == len(entries) - 1 else "")
            paragraphs.append(x.paragraph(runs, style=f"TOC{heading.level}"))
        if not paragraphs:
            paragraphs = [x.paragraph(begin + x.field_end())]
        for xml in paragraphs:
            self._toc_anchor.addprevious(x.element(xml))
        self._toc_anchor.getparent().remove(self._toc_anchor)
        self._toc_anchor = None

    # ------------------------------------------------------------------ tables and pictures
    def table(
        self,
        columns: Sequence[x.Column],
        rows: Sequence[Sequence[object]],
        *,
        fills: Sequence[Sequence[str]] | None = None,
        row_height_mm: float = 0.0,
        header: bool = True,
    ) -> None:
        self._end.addprevious(
            x.table(columns, rows, fills=fills, row_height_mm=row_height_mm, header=header, report=self.tracker.advance)
        )
        # An empty paragraph after a table keeps two tables in a row from merging into one.
        self.append_xml("<w:p/>")

    def figure(
        self, picture: Picture, width_mm: float, height_mm: float, caption: str, *, new_page: bool = False
    ) -> None:
        """The picture, centred and kept with its caption ("图 3 ...") below it."""
        # python-docx's add_picture numbers the shape by scanning every id in the document, which costs a
        # second on a 5,000-step manual; the figure count is a unique shape id already.
        relationship, _ = self.document.part.get_or_add_image(io.BytesIO(picture.png))
        self._figures += 1
        inline = CT_Inline.new_pic_inline(
            FIRST_SHAPE_ID + self._figures, relationship, f"figure{self._figures}.png", Mm(width_mm), Mm(height_mm)
        )
        paragraph = x.element(x.paragraph("<w:r><w:drawing/></w:r>", align="center", keep_next=True, new_page=new_page))
        paragraph.find(f"{qn('w:r')}/{qn('w:drawing')}").append(inline)
        self._end.addprevious(paragraph)
        self.tracker.advance(PICTURE_WORK)
        self.paragraph(tr("Figure {number} {caption}", number=self._figures, caption=caption), style=CAPTION_STYLE)

    # ------------------------------------------------------------------ sections
    def page_setup(self, landscape: bool, margin_mm: float = MARGIN_MM) -> bool:
        """Start a new page with another orientation or margins; False (and nothing done) when they are the
        same already."""
        if (landscape, margin_mm) == self._page:
            return False
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        set_a4(section, landscape, margin_mm)
        self._decorate(section)
        self._page = (landscape, margin_mm)
        return True

    @property
    def text_width_mm(self) -> float:
        landscape, margin = self._page
        return (A4_MM[1] if landscape else A4_MM[0]) - 2 * margin
