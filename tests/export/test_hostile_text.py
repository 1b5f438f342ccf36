"""Whatever a user typed (control characters, emoji, right-to-left scripts, XML look-alikes,
very long notes, nothing at all) yields a valid document and a safe spreadsheet."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.export.csv_export import FORMULA_STARTS

from . import body_text, check_package, write_all

PIECES = ["\x00", "\x01", "\x0b", "\x0c", "\x1f", "\x7f", "\x85", "\ud800", "\udfff", "\ufffe", "\uffff", "\r\n", "\r",
          "\t", "🎉", "👩🏽‍🏫", "عربي", "עברית", "\u202e", "\u200f", "<w:t>", "&amp;", "]]>", "=cmd|' /C calc'!A0",
          "ÅÄÖ", "", " ", "x" * 300]
HOSTILE = st.lists(st.one_of(st.text(max_size=20), st.sampled_from(PIECES)), max_size=6).map("".join)


@given(text=HOSTILE)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_typed_text_gives_valid_documents(gathered, english, tmp_path, text):
    *documents, spreadsheet = write_all(gathered, text, tmp_path)
    for path in documents:
        check_package(path)
    rows = list(csv.reader(io.StringIO(spreadsheet.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    assert all(not cell.startswith(FORMULA_STARTS) for row in rows for cell in row)


def test_long_notes_emoji_and_right_to_left_text_survive(gathered, english, tmp_path):
    text = "Början 🎉 عربي עברית ÅÄÖ " + "lång anteckning " * 625 + "Slutet"
    assert len(text) > 10_000
    for path in write_all(gathered, text, tmp_path)[:3]:
        content = body_text(check_package(path))
        assert "Början 🎉 عربي עברית ÅÄÖ" in content and "Slutet" in content


def test_empty_fields_everywhere(gathered, english, tmp_path):
    for path in write_all(gathered, "", tmp_path)[:3]:
        check_package(path)
