"""The manual's page and typography: A4, margins, Chinese fonts in every style, header and footer.

Fonts are set in styles.xml (document defaults and each style, ``w:eastAsia`` included) rather than on runs,
so Word and LibreOffice both pick 宋体 for body text and 黑体 for headings, and the XML stays small. The
template's theme font references are removed because a theme reference overrides a named font.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm

from ...i18n import tr
from . import ooxml as x
from .page_plan import A4_MM, MARGIN_MM

BODY_FONT_EAST_ASIA = "宋体"
BODY_FONT_LATIN = "Times New Roman"
HEADING_FONT_EAST_ASIA = "黑体"
HEADING_FONT_LATIN = "Arial"
# Sizes in half-points, the Chinese way: 五号 10.5 pt body, 小五 9 pt tables, 三号/四号/小四 headings.
BODY_SIZE, TABLE_SIZE, HEADING_TABLE_SIZE, SMALL_SIZE = 21, 18, 16, 15
HEADING_SIZES = {1: 32, 2: 28, 3: 24}
TITLE_SIZE = 44
CAPTION_STYLE, TABLE_TEXT_STYLE, TABLE_HEADING_STYLE = "Caption", "TableText", "TableHeading"
FRONT_TITLE_STYLE = "FrontTitle"  # the unnumbered titles before chapter 1: sign-off, revisions, contents
CUSTOM_STYLES = (TABLE_TEXT_STYLE, TABLE_HEADING_STYLE, FRONT_TITLE_STYLE)  # not among Word's built-in styles


def _fonts(latin: str, east_asia: str) -> str:
    return f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{east_asia}" w:cs="{latin}"/>'


# Text is Chinese unless marked otherwise: Word then lays out punctuation and line breaks the Chinese way.
LANGUAGE = '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>'  # last in a run's properties, as the schema wants


def _style(
    style_id: str,
    name: str,
    *,
    based_on: str = "Normal",
    ppr: str = "",
    rpr: str = "",
    next_style: str = "",
    outline: int | None = None,
) -> str:
    outline_xml = f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else ""
    kind = ' w:default="1"' if style_id == "Normal" else ' w:customStyle="1"' if style_id in CUSTOM_STYLES else ""
    return (
        f'<w:style w:type="paragraph"{kind} w:styleId="{style_id}"><w:name w:val="{name}"/>'
        + (f'<w:basedOn w:val="{based_on}"/>' if based_on else "")
        + (f'<w:next w:val="{next_style}"/>' if next_style else "")
        + "<w:qFormat/>"
        + f"<w:pPr>{ppr}{outline_xml}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def _paragraph_styles() -> list[str]:
    heading = _fonts(HEADING_FONT_LATIN, HEADING_FONT_EAST_ASIA)
    body = _fonts(BODY_FONT_LATIN, BODY_FONT_EAST_ASIA)
    styles = [
        _style(
            "Normal",
            "Normal",
            based_on="",
            ppr='<w:spacing w:after="80" w:line="300" w:lineRule="auto"/>',
            rpr=f'{body}<w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/>{LANGUAGE}',
        ),
        _style(
            "Title",
            "Title",
            next_style="Normal",
            ppr='<w:spacing w:before="600" w:after="360"/><w:jc w:val="center"/>',
            rpr=f'{heading}<w:b/><w:sz w:val="{TITLE_SIZE}"/><w:szCs w:val="{TITLE_SIZE}"/>',
        ),
        _style(
            FRONT_TITLE_STYLE,
            "Front Matter Title",
            next_style="Normal",
            ppr='<w:keepNext/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>',
            rpr=f'{heading}<w:b/><w:sz w:val="{HEADING_SIZES[1]}"/><w:szCs w:val="{HEADING_SIZES[1]}"/>',
        ),
        _style(
            TABLE_TEXT_STYLE,
            "Table Text",
            ppr='<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>',
            rpr=f'<w:sz w:val="{TABLE_SIZE}"/><w:szCs w:val="{TABLE_SIZE}"/>',
        ),
        _style(
            TABLE_HEADING_STYLE,
            "Table Heading",
            based_on=TABLE_TEXT_STYLE,
            ppr='<w:keepNext/><w:jc w:val="center"/>',
            rpr=f'{heading}<w:b/><w:sz w:val="{HEADING_TABLE_SIZE}"/><w:szCs w:val="{HEADING_TABLE_SIZE}"/>',
        ),
        _style(
            CAPTION_STYLE,
            "caption",
            next_style="Normal",
            ppr='<w:spacing w:before="60" w:after="200"/><w:jc w:val="center"/>',
            rpr=f'{heading}<w:sz w:val="{TABLE_SIZE}"/><w:szCs w:val="{TABLE_SIZE}"/>',
        ),
        _style(
            "Header",
            "header",
            ppr='<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="808080"/>'
            '</w:pBdr><w:spacing w:after="0"/>',
            rpr=f'<w:sz w:val="{SMALL_SIZE}"/><w:szCs w:val="{SMALL_SIZE}"/>',
        ),
        _style(
            "Footer",
            "footer",
            ppr='<w:spacing w:after="0"/><w:jc w:val="center"/>',
            rpr=f'<w:sz w:val="{SMALL_SIZE}"/><w:szCs w:val="{SMALL_SIZE}"/>',
        ),
    ]
    for level, size in HEADING_SIZES.items():
        spacing = {1: (360, 180), 2: (240, 120), 3: (180, 80)}[level]
        styles.append(
            _style(
                f"Heading{level}",
                f"heading {level}",
                next_style="Normal",
                outline=level - 1,
                ppr=f'<w:keepNext/><w:keepLines/><w:spacing w:before="{spacing[0]}" w:after="{spacing[1]}"/>',
                rpr=f'{heading}<w:b/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>',
            )
        )
    for level in (1, 2, 3):
        styles.append(
            _style(
                f"TOC{level}",
                f"toc {level}",
                next_style="Normal",
                ppr=f'<w:spacing w:after="40"/><w:ind w:left="{(level - 1) * 420}"/>',
            )
        )
    return styles


SETTINGS_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "shapeDefaults",
    "decimalSymbol",
    "listSeparator",
)


def apply_styles(document: DocxDocument) -> None:
    """Replace the template's paragraph styles the manual uses with Chinese-typeset ones."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    rpr_default.getparent().replace(
        rpr_default,
        x.element(
            f"<w:rPrDefault><w:rPr>{_fonts(BODY_FONT_LATIN, BODY_FONT_EAST_ASIA)}"
            f'<w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/>{LANGUAGE}</w:rPr></w:rPrDefault>'
        ),
    )
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    for xml in _paragraph_styles():
        new = x.element(xml)
        old = by_id.get(new.get(qn("w:styleId")))
        if old is not None:
            styles.replace(old, new)
        else:
            styles.append(new)
    # Tell Word to refresh the table of contents and page references when the file is opened.
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = x.element('<w:updateFields w:val="true"/>')
        # Its place in the schema's sequence of settings: before the first of these the template holds.
        later = [e for e in (settings.find(qn(f"w:{tag}")) for tag in SETTINGS_AFTER_UPDATE_FIELDS) if e is not None]
        if later:
            min(later, key=settings.index).addprevious(update)
        else:
            settings.append(update)
    theme_language = settings.find(qn("w:themeFontLang"))
    if theme_language is not None:
        theme_language.set(qn("w:eastAsia"), "zh-CN")  # the template says ja-JP


def set_a4(section: Section, landscape: bool = False, margin_mm: float = MARGIN_MM) -> None:
    short, long = Mm(A4_MM[0]), Mm(A4_MM[1])
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(margin_mm))
    section.header_distance = section.footer_distance = Mm(min(10.0, margin_mm * 0.6))


def page_number_runs() -> str:
    """ "第 X 页 共 Y 页" / "Page X of Y" with PAGE and NUMPAGES fields where the numbers go."""
    template = tr("Page {page} of {pages}")
    before, _, rest = template.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    return x.run(before) + x.field("PAGE", "1") + x.run(middle) + x.field("NUMPAGES", "1") + x.run(after)


def write_header_footer(section: Section, header_left: str, header_right: str, signed_hash: str) -> None:
    """Document number and version in the header; page X of Y (and the signed hash) in the footer.

    Each orientation needs its own header, because the right-aligned tab sits at the text's right edge (an
    absolute "right margin" tab would serve both, but LibreOffice ignores it).
    """
    page_width, left, right = section.page_width, section.left_margin, section.right_margin
    if page_width is None or left is None or right is None:
        raise ValueError("the section has no page width or side margins: give it them with set_a4")
    width = round((page_width - left - right) / 635)  # EMU -> twips
    section.header.is_linked_to_previous = False
    header = section.header._element
    for child in list(header):
        header.remove(child)
    header.append(
        x.element(
            x.paragraph(
                x.run(header_left) + "<w:r><w:tab/></w:r>" + x.run(header_right),
                style="Header",
                tab_mm=width / x.TWIPS_PER_MM,
                tab_align="right",
            )
        )
    )
    section.footer.is_linked_to_previous = False
    footer = section.footer._element
    for child in list(footer):
        footer.remove(child)
    footer.append(x.element(x.paragraph(page_number_runs(), style="Footer")))
    if signed_hash:
        footer.append(
            x.element(
                x.paragraph(x.run(tr("Signed content SHA-256: {hash}", hash=signed_hash), size_pt=6.5), style="Footer")
            )
        )
