"""CSV exports: what a spreadsheet program reads from them."""

from __future__ import annotations

import csv
import io

from bot.tutor.exports import safe_cell, to_csv


def read(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM tells Excel the file is UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_names_with_commas_quotes_and_newlines_keep_their_cell():
    rows = read(to_csv(("siswa", "poin"), [('Budi, "Si Jago"', 10), ("Ani\nKelas 9", 5), ("Çağrı 😀", 0)]))
    assert rows == [["siswa", "poin"], ['Budi, "Si Jago"', "10"], ["Ani\nKelas 9", "5"], ["Çağrı 😀", "0"]]


def test_text_a_spreadsheet_would_run_as_a_formula_is_neutralised():
    for dangerous in ('=HYPERLINK("http://x","klik")', "+62 812", "-1+1", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(dangerous) == "'" + dangerous
    assert safe_cell("Budi") == "Budi"
    assert safe_cell(-3) == -3  # numbers stay numbers
    [_, [cell]] = read(to_csv(("siswa",), [("=1+1",)]))
    assert cell == "'=1+1"
