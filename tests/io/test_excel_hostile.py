"""Hostile workbooks: every bomb of issue 14 is refused fast with its own translated message, rows a stale
<dimension> hides are read, damaged files never reach "unexpected error", and a seeded fuzz campaign over
the sample's real export ends only in planning tables or TableImportError, the CLI leaving --into alone."""

from __future__ import annotations

import io
import logging
import random
import time
import zipfile

import pytest

from opsflow_desktop.cli.main import main
from opsflow_desktop.i18n import set_language
from opsflow_desktop.io import load_project, save_project
from opsflow_desktop.io.excel.limits import Limits
from opsflow_desktop.io.excel.reader import TableImportError, read_planning_tables
from opsflow_desktop.io.excel.writer import write_workbook
from opsflow_desktop.io.progress import Cancelled
from opsflow_desktop.paths import sample_project
from tests.io import hostile_workbooks as hostile

SECONDS = 5.0


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh_CN")


def refused(path, limits: Limits | None = None) -> str:
    """The message of the TableImportError reading ``path`` raises, within the time bound."""
    started = time.perf_counter()
    with pytest.raises(TableImportError) as caught:
        read_planning_tables(path, limits=limits)
    assert time.perf_counter() - started < SECONDS
    assert str(path) in str(caught.value)  # the file is named
    return caught.value.message


def test_a_row_numbered_99_999_999_999_is_damage_not_a_wait(tmp_path):
    message = refused(hostile.huge_row_number(tmp_path / "row.xlsx"))
    assert "99999999999" in message and "表1" in message


def test_a_row_a_million_rows_down_is_too_long_at_once(tmp_path):
    assert "20,000" in refused(hostile.huge_row_number_far(tmp_path / "far.xlsx"))


def test_a_huge_dimension_pads_nothing(tmp_path):
    started = time.perf_counter()
    [table] = read_planning_tables(hostile.wide_dimension(tmp_path / "wide.xlsx"))
    assert len(table.rows) == 3 and time.perf_counter() - started < 1


def test_a_stale_dimension_drops_no_rows(tmp_path):
    [table] = read_planning_tables(hostile.stale_dimension(tmp_path / "stale.xlsx", rows=20))
    assert [row.name for row in table.rows] == [f"步骤{n}" for n in range(1, 21)]
    assert table.rows[-1].row == 21


def test_a_zip_bomb_is_refused_by_its_size(tmp_path):
    message = refused(hostile.zip_bomb(tmp_path / "bomb.xlsx", size=110 << 20))
    assert "100 MB" in message and "表1" in message


def test_a_part_that_grows_a_thousandfold_is_a_zip_bomb(tmp_path):
    assert "zip" in refused(hostile.zip_bomb(tmp_path / "ratio.xlsx", size=10 << 20))


def test_a_huge_comment_is_cut_short(tmp_path):
    path = hostile.comment_bomb(tmp_path / "comment.xlsx", size=20 << 20)
    message = refused(path, Limits(ratio=1_000_000))
    assert "2 MB" in message and "注释" in message


def test_too_many_shared_strings(tmp_path):
    path = hostile.shared_string_bomb(tmp_path / "sst.xlsx", count=600_000)
    assert "500,000" in refused(path, Limits(ratio=1_000_000))


def test_too_many_rows_without_a_dimension_stop_at_the_limit(tmp_path):
    path = hostile.many_rows(tmp_path / "rows.xlsx", rows=2_100)
    assert "2,000" in refused(path, Limits(rows=2_000))


def test_too_many_cells(tmp_path):
    path = hostile.many_cells(tmp_path / "cells.xlsx", cells=120_000)
    assert "100,000" in refused(path, Limits(ratio=1_000_000, cells=100_000))


def test_too_many_xml_elements(tmp_path):
    path = hostile.many_cells(tmp_path / "cells.xlsx", cells=60_000)
    assert "50,000" in refused(path, Limits(ratio=1_000_000, xml_elements=50_000))


def test_too_many_zip_entries(tmp_path):
    assert "1,000" in refused(
        hostile.many_zip_entries(tmp_path / "parts.xlsx", entries=1_200), Limits(zip_entries=1_000)
    )


def test_a_cell_longer_than_excel_allows(tmp_path):
    message = refused(hostile.long_cell_text(tmp_path / "long.xlsx"))
    assert "B3" in message and "32,767" in message


def test_text_beyond_the_columns_of_a_planning_table(tmp_path):
    message = refused(hostile.cell_beyond_columns(tmp_path / "wide.xlsx"))
    assert "XFD4" in message and "256" in message


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
def test_billion_laughs_is_refused_by_name(tmp_path, part):
    started = time.perf_counter()
    message = refused(hostile.billion_laughs(tmp_path / "lol.xlsx", part))
    assert "billion laughs" in message and "lol0" in message
    assert time.perf_counter() - started < 1


def test_external_entities_and_dtds_are_refused_by_name(tmp_path):
    message = refused(hostile.external_entity(tmp_path / "xxe.xlsx"))
    assert "file:///etc/passwd" in message and "外部实体" in message
    assert "evil.dtd" in refused(hostile.external_dtd(tmp_path / "dtd.xlsx"))


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (hostile.missing_shared_string, "B3"),
        (hostile.bad_cell_reference, "ZZZZ1"),
        (hostile.wrong_compression_method, "表1"),
        (hostile.damaged_deflate, "表1"),
    ],
)
def test_damaged_parts_name_the_sheet_and_cell(tmp_path, make, says):
    assert says in refused(make(tmp_path / "damaged.xlsx"))


def test_the_reader_can_be_cancelled_while_it_reads(tmp_path):
    path = hostile.many_rows(tmp_path / "rows.xlsx", rows=5_000)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 3

    with pytest.raises(Cancelled):
        read_planning_tables(path, progress)
    assert len(calls) == 3


# ---- fuzz: seeded mutants of the sample's real export -----------------------------------------------------


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Damage the zip's bytes, or one XML part's text (unpacked, changed, packed again)."""
    if rng.random() < 0.4:
        buffer = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(buffer))
            choice = rng.random()
            if choice < 0.5:
                buffer[at] = rng.randrange(256)
            elif choice < 0.8:
                del buffer[at : at + rng.randint(1, 64)]
            else:
                buffer[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        return bytes(buffer)
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    victim = rng.choice([n for n in names if n.endswith((".xml", ".rels"))])
    text = source.read(victim).decode("utf-8")
    for _ in range(rng.randint(1, 4)):
        text = _mutate_text(text, rng)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            target.writestr(name, text.encode("utf-8", "surrogatepass") if name == victim else source.read(name))
    return out.getvalue()


SNIPPETS = [
    "<",
    ">",
    "&",
    "&lol;",
    '<!DOCTYPE x [<!ENTITY a "b">]>',
    "<!--",
    "]]>",
    ' r="A0"',
    ' r="XFD1048577"',
    ' t="s"',
    ' t="b"',
    ' t="d"',
    ' s="99999"',
    "<v>99999999</v>",
    "<v>-1</v>",
    "<v>1e400</v>",
    '<row r="99999999999">',
    '<c r="B3" t="inlineStr"><is><t>x</t></is></c>',
    "\x00",
    "\ud800",
    '<dimension ref="A1:XFD20005"/>',
    '<sheet name="x" sheetId="9" r:id="rId99"/>',
    ' Target="../../../../etc/passwd"',
    ' state="hidden"',
]


def _mutate_text(text: str, rng: random.Random) -> str:
    at = rng.randrange(len(text) + 1)
    choice = rng.random()
    if choice < 0.4:
        return text[:at] + rng.choice(SNIPPETS) + text[at:]
    if choice < 0.7:
        return text[:at] + text[at + rng.randint(1, 40) :]
    if choice < 0.85:  # swap a number for another
        digits = [i for i, ch in enumerate(text) if ch.isdigit()]
        if digits:
            i = rng.choice(digits)
            return text[:i] + str(rng.choice([0, 9, 10**11, -1])) + text[i + 1 :]
        return text
    start = rng.randrange(len(text) + 1)
    return text[:at] + text[start : start + rng.randint(1, 200)] + text[at:]


@pytest.fixture(scope="module")
def sample_export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    write_workbook(load_project(sample_project()), folder / "sample.xlsx")
    return (folder / "sample.xlsx").read_bytes()


def fuzz(data: bytes, folder, seed: int, count: int):
    """Read ``count`` mutants; returns (files, max seconds, tables read, refusals). Fails on any other error."""
    rng = random.Random(seed)
    slowest = 0.0
    read = refusals = 0
    for number in range(count):
        path = folder / f"mutant{number}.xlsx"
        path.write_bytes(mutate(data, rng))
        started = time.perf_counter()
        try:
            read_planning_tables(path)
            read += 1
        except TableImportError as exc:
            refusals += 1
            assert exc.message and "Error" not in exc.message, exc.message
        slowest = max(slowest, time.perf_counter() - started)
        assert slowest < SECONDS, f"seed {seed}, mutant {number}"
        path.unlink()
    return count, slowest, read, refusals


def test_fuzzed_exports_end_in_tables_or_a_translated_refusal(tmp_path, sample_export, caplog):
    caplog.set_level(logging.WARNING, logger="opsflow_desktop.io.excel.reader")
    files, slowest, read, refusals = fuzz(sample_export, tmp_path, seed=14, count=300)
    assert read > 0 and refusals > 0  # the mutants reach both ends
    # The catch-all (which would hide a raw parser error behind the generic message) was never needed.
    assert not [r for r in caplog.records if "unexpected failure" in r.getMessage()]


def test_the_cli_changes_the_project_only_for_a_valid_table(tmp_path, sample_export, capsys):
    project = tmp_path / "p.opsflow"
    save_project(load_project(sample_project()), project)
    rng = random.Random(1414)
    unchanged = 0
    for number in range(40):
        path = tmp_path / f"mutant{number}.xlsx"
        path.write_bytes(mutate(sample_export, rng))
        before = project.read_bytes()
        try:
            read_planning_tables(path)
            valid = True
        except TableImportError:
            valid = False
        code = main(["import-table", str(path), "--into", str(project)])
        capsys.readouterr()
        if not valid:
            assert code == 2 and project.read_bytes() == before, f"mutant {number}"
            unchanged += 1
    assert unchanged > 0
