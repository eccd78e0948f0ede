"""Bytes that are no UTF-8: read in the 8-bit encoding of Windows that makes them read as text."""
from __future__ import annotations

import io

import pytest

from syncdoctor.inputs import open_text, utf8_or_cp1252

TEXTS = ["Zo\u00eb M\u00fcller", "Ren\u00e9 Gru\u00df", "\u00c5SA \u00d6STLUND", "\u00c5ngstr\u00f6m", "Ram\u00f3n",
         "Fran\u00e7ois \u00c7elik", "Chlo\u00e9", "\u00d1and\u00fa"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("code_page", ["cp1252", "cp850", "cp437"])
def test_names_come_out_as_written_in_any_of_the_code_pages(text, code_page):
    read, warning = utf8_or_cp1252(text.encode(code_page))
    assert read == text and "not valid UTF-8" in warning


@pytest.mark.parametrize("text", [
    "can\u2019t reach \u201cQ3\u201d \u2013 Zo\u00eb",  # curly quotes and a dash, which are letters in code page 850
    "The email server\u2026 was cut",  # "\u2026" would be "\u00e0" after a word
    "\u20ac100 \u2022 item \u2014 done",
    "Zo\u00eb",  # "\u00eb" would be "\u00d9" in code page 850, "\u03b4" in 437
])
def test_windows_1252_typography_stays_windows_1252(text):
    assert utf8_or_cp1252(text.encode("cp1252")) == (text, "the input is not valid UTF-8; it was read as Windows-1252")


def test_an_export_from_a_console_is_read_in_its_code_page():
    csv = "Text,Date\nEmail can't be received for the mailbox Zo\u00eb M\u00fcller,2026-11-28\n"
    assert open_text(io.BytesIO(csv.encode("cp850"))).read() == csv
