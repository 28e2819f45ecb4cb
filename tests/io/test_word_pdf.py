"""The manual opens in LibreOffice: it converts to a PDF with every chapter, Chinese text in a Chinese font and
"page X of Y" in the footer. Skipped where LibreOffice is not installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from opsflow_desktop import i18n
from opsflow_desktop.io import load_project
from opsflow_desktop.io.word.manual import write_manual
from opsflow_desktop.paths import sample_project

from .test_word import fake_images, sign

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


def run(*command: str, timeout: int = 180) -> str:
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True).stdout


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    """The signed sample's Chinese manual, converted once for this module's tests."""
    folder = tmp_path_factory.mktemp("manual_pdf")
    before = i18n.language()
    i18n.set_language("zh_CN")
    try:
        project = sign(load_project(sample_project()))
        write_manual(project, folder / "manual.docx", images=fake_images(project))
    finally:
        i18n.set_language(before)
    # A profile of its own, so this conversion never collides with another soffice running on the machine.
    run(
        "soffice",
        f"-env:UserInstallation=file://{folder}/profile",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder),
        str(folder / "manual.docx"),
    )
    path = folder / "manual.pdf"
    assert path.exists(), "LibreOffice converted the manual"
    return path, project


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_libreoffice_prints_every_chapter_with_page_numbers_and_the_signed_hash(pdf):
    path, project = pdf
    text = run("pdftotext", "-layout", str(path), "-")
    pages = text.split("\f")
    assert len([p for p in pages if p.strip()]) >= 10
    assert "商品上架流程说明书" in pages[0] and "OPS-SOP-001" in pages[0]
    for number, page in enumerate(pages[:3], start=1):
        assert f"第 {number} 页" in page and f"共 {len(pages) - 1} 页" in page
    assert project.meta.signed_hash in text
    for title in ("选品会", "商品资料统一录入", "附录 A", "附录 B"):
        assert title in text


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils (pdffonts) is not installed")
def test_chinese_is_set_in_a_chinese_font(pdf):
    chinese_fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    if not chinese_fonts.strip():
        pytest.skip("this machine has no Chinese font for LibreOffice to substitute for 宋体 and 黑体")
    path, _ = pdf
    fonts = run("pdffonts", str(path))
    assert any(mark in fonts for mark in ("CJK", "SC", "Hei", "Song", "Sun", "Ming", "Kai")), fonts
