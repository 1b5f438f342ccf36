"""The participants' pages in eight languages: complete texts, the phone's language, right to left.

No browser here: the texts files, the choice of language and the HTML the server sends
(``test_phone_input_browser.py`` runs axe-core on every page in every language).
"""

from __future__ import annotations

import json
import re
from html import escape
from html.parser import HTMLParser

import pytest

from facilitator.share import page_language, phone_texts
from facilitator.share.server import web_dir

from . import demo_file, request
from .input_helpers import InputServer

PLACEHOLDER = re.compile(r"\{(\w+)\}")
#: Placeholders that stand for a number of things (a count needs a plural form in a sentence).
COUNTS = {"n", "left", "budget", "measures", "ideas", "merged", "kept"}
#: Keys whose {n} is a table's or a round's number or a character limit, not a count of dots.
NUMBERS_NOT_COUNTS = {"table_n", "table_named", "round_n", "at_table", "in_round", "timer_round", "timer_stopped",
                      "to_table", "to_table_named"}
#: Languages where "{n} things" reads right for every number (one form for all, or one/other
#: with a separate text for exactly one, as the pages have).
SAME_FORM = {"sv", "sv-x-easy", "en", "fa"}


def test_every_language_has_exactly_the_swedish_keys_and_placeholders():
    swedish = phone_texts.texts("sv")
    files = {path.stem for path in (web_dir() / "texts").glob("*.json")} - {"check"}
    assert files == set(phone_texts.LANGUAGES)  # no file that is not offered, none missing
    assert len(phone_texts.LANGUAGES) == 8
    for lang in phone_texts.LANGUAGES:
        texts = phone_texts.texts(lang)
        assert set(texts) - set(swedish) == set(), (lang, "extra keys")
        assert set(swedish) - set(texts) == set(), (lang, "missing keys")
        for key, value in texts.items():
            assert isinstance(value, str) and value.strip() == value and value, (lang, key)
            assert set(PLACEHOLDER.findall(value)) == set(PLACEHOLDER.findall(swedish[key])), (lang, key)
        assert texts["dir"] == ("rtl" if lang in ("ar", "fa") else "ltr")
    names = phone_texts.language_names()
    assert names["ar"] == "العربية" and names["ti"] == "ትግርኛ" and names["uk"] == "Українська"
    assert len(set(names.values())) == 8


def test_texts_in_a_language_are_its_own():
    """A translation that is still Swedish or English is caught (names and short labels aside)."""
    swedish, english = phone_texts.texts("sv"), phone_texts.texts("en")
    for lang in ("ar", "fa", "so", "ti", "uk"):
        texts = phone_texts.texts(lang)
        same = [key for key in swedish if key not in ("dir", "locale", "kind_risk")
                and len(swedish[key]) > 12 and texts[key] in (swedish[key], english[key])]
        assert same == [], lang
    for lang, script in (("ar", "\u0600-\u06ff"), ("fa", "\u0600-\u06ff"), ("ti", "\u1200-\u137f"),
                         ("uk", "\u0400-\u04ff")):
        texts = phone_texts.texts(lang)
        for key in ("send", "give_dot", "privacy_short", "question_now_heading", "offline"):
            assert re.search(f"[{script}]", texts[key]), (lang, key)


def test_counts_appear_only_where_the_language_needs_no_plural_rule():
    """Arabic has six plural forms, Ukrainian three, Somali and Tigrinya change the noun after
    a number: there a count is a label's value ("Dots: 3"), never inside a sentence."""
    for lang in set(phone_texts.LANGUAGES) - SAME_FORM:
        for key, value in phone_texts.texts(lang).items():
            if key in NUMBERS_NOT_COUNTS:
                continue
            for match in re.finditer(r"\{(\w+)\}", value):
                if match.group(1) in COUNTS and key not in ("text_hint", "refused_too_long"):
                    before = value[: match.start()].rstrip()
                    assert before.endswith((":", "：")), (lang, key, value)
    # The character limit too is a label's value in those languages.
    for lang in ("ar", "uk", "so", "ti"):
        assert re.search(r":\s*\{n\}", phone_texts.texts(lang)["text_hint"]), lang


@pytest.mark.parametrize(
    "header, expected",
    [
        ("ar-SA,ar;q=0.9,en;q=0.5", "ar"),
        ("en;q=0.3, uk;q=0.9", "uk"),  # by q-value, not by order
        ("de-DE,de;q=0.9,ti;q=0.8,en;q=0.7", "ti"),
        ("fa-IR", "fa"),
        ("prs-AF,fa;q=0.5", "fa"),  # Dari is read in the Persian pages
        ("so", "so"),
        ("sv-SE,sv;q=0.9", "sv"),  # Swedish, not lättläst
        ("sv-x-easy,sv;q=0.5", "sv-x-easy"),
        ("en;q=0,ar;q=0.1", "ar"),  # q=0 means "not this"
        ("de,fr", "sv"),
        ("", "sv"),
        ("*", "sv"),
        ("en;q=abc,uk", "uk"),  # a broken q-value counts as not wanted
        (",;,;q=,", "sv"),
    ],
)
def test_the_phones_language_by_accept_language(header, expected):
    assert phone_texts.choose_language(None, None, header) == expected


def test_asked_and_remembered_languages_come_first():
    assert phone_texts.choose_language("ar", "uk", "en") == "ar"
    assert phone_texts.choose_language(None, "uk", "en") == "uk"
    assert phone_texts.choose_language("SV-X-EASY", None, "en") == "sv-x-easy"
    assert phone_texts.choose_language("xx", "yy", "en") == "en"  # unknown codes are ignored


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(body: bytes) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(body.decode("utf-8"))
    return parser.tags


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    with InputServer(demo_file(tmp_path_factory.mktemp("languages"))) as server:
        yield server


PAGES = ("", "live", "table/2", "say", "table/2/say", "vote")


@pytest.mark.parametrize("lang", phone_texts.LANGUAGES)
def test_every_page_in_every_language_with_its_direction_and_switch(served, lang):
    root = f"http://127.0.0.1:{served.port}/m/{served.token}/"
    texts = phone_texts.texts(lang)
    for path in PAGES:
        status, headers, body = request(root + path + f"?lang={lang}")
        assert status == 200, path
        assert f"lang={lang}" in headers["set-cookie"], path  # remembered
        found = tags(body)
        html = dict(found)["html"]
        assert html["lang"] == lang and html["dir"] == texts["dir"], path
        links = [attrs for tag, attrs in found if tag == "a" and "lang" in attrs.get("class", "").split()]
        assert {a["hreflang"] for a in links} == set(phone_texts.LANGUAGES), path  # switch on every page
        assert all(a["href"].endswith(f"?lang={a['hreflang']}") for a in links)
        assert [a["hreflang"] for a in links if "aria-current" in a] == [lang]
        for a in links:
            assert a["dir"] == phone_texts.direction(a["hreflang"]) and a["lang"] == a["hreflang"]
        text = body.decode("utf-8")
        by_id = {attrs["id"]: attrs for _, attrs in found if "id" in attrs}
        if path in ("", "live", "table/2"):
            assert f">{texts['skip']}<" in text, path  # the page's own texts are in place before any script
            block = re.search(r'<script type="application/json" id="texts">(.*?)</script>', text).group(1)
            assert json.loads(block) == texts, path
            offline = by_id["offline"]  # the offline notice: at the top, read out
            assert offline["role"] == "status" and offline["aria-live"] == "polite", path
            assert text.index('id="offline"') < text.index("<header"), path
            assert by_id["title"]["dir"] == "auto", path  # the meeting's title keeps its own direction
            if path == "live":  # jump links: the question now, what has been said, and (input on) voting
                jumps = [a.get("href") for tag, a in found if tag == "a" and a.get("data-i18n", "").startswith("jump_")]
                assert jumps == ["#questions-section", "#contributions-section", f"/m/{served.token}/vote"]
        else:
            assert escape(texts["say_title" if "say" in path else "vote_title"]) in text, path
            assert by_id["notice"]["aria-live"] == "polite", path


def test_rtl_pages_keep_each_contribution_in_its_own_direction(served):
    root = f"http://127.0.0.1:{served.port}/m/{served.token}/"
    for lang in ("ar", "fa"):
        _, _, body = request(root + "vote", headers={"Accept-Language": lang})
        found = tags(body)
        assert dict(found)["html"]["dir"] == "rtl"
        texts = [attrs for tag, attrs in found if "text" in attrs.get("class", "").split()]
        assert texts and all(attrs.get("dir") == "auto" for attrs in texts)
        _, _, body = request(root + "say", headers={"Accept-Language": lang})
        assert dict(tags(body))["textarea"]["dir"] == "auto"
    app = (web_dir() / "app.js").read_text(encoding="utf-8")
    assert 'own("p", "text", c.text)' in app and 'node.dir = "auto"' in app


def test_the_check_page_speaks_swedish_or_english(served):
    base = f"http://127.0.0.1:{served.port}/check"
    _, _, body = request(base, headers={"Accept-Language": "ar"})
    assert dict(tags(body))["html"]["lang"] == "en"
    assert b"Everyone must be on the same Wi-Fi" in body
    _, _, body = request(base, headers={"Accept-Language": "sv-x-easy"})
    assert dict(tags(body))["html"]["lang"] == "sv" and b"Alla m\xc3\xa5ste vara anslutna" in body


def test_a_text_never_becomes_markup():
    page = b'<html lang="sv">\n<head>\n</head><body><p data-i18n="skip">x</p></body></html>'
    out = page_language.localize(page, "ar", '/m/x/"><script>')
    assert b"<script>" not in out.replace(b'<script type="application/json" id="texts">', b"")
    assert b'lang="ar" dir="rtl"' in out and "انتقل إلى المحتوى".encode() in out
