"""The participants' pages' own texts, in every language the pages speak.

One file per language, ``resources/web/texts/<code>.json``, with the same keys in each (a
test proves it, and that every ``{placeholder}`` matches Swedish). The pages made on the
server (``phone_pages``) read them here; the join, live and table pages get the chosen
language's texts in the page itself (``page_language``), where ``app.js`` reads them. The
coordinator's own check page (``/check``) speaks Swedish and English only
(``texts/check.json``).

Counts: no text needs a plural rule. Swedish, English and Persian say "{n} prickar" the same
way for every number; the other languages show a count only as a label's value ("Dots: 3"),
never inside a sentence, so Arabic's six plural forms and Ukrainian's three are never
needed (``tests/share/test_phone_languages.py`` checks this).

The language is the one the phone asked for (``?lang=``, remembered in a cookie), else the
first of the browser's languages (``Accept-Language``, by q-value) that the pages speak, else
Swedish.
"""

from __future__ import annotations

import json
from functools import cache

from ..package_data import resource_path

#: The languages of the participants' pages, in the order the switch shows them.
#: ``sv-x-easy`` is easy-to-read Swedish (lättläst): a private-use BCP 47 tag, since lättläst
#: has no registered subtag; browsers and screen readers treat it as Swedish.
LANGUAGES = ("sv", "sv-x-easy", "en", "ar", "fa", "so", "ti", "uk")
DEFAULT_LANGUAGE = "sv"
#: Languages a browser may ask for under another code: Dari is written like Persian.
ALIASES = {"prs": "fa", "fa-af": "fa"}
#: Keys that describe the language rather than being shown as text.
META_KEYS = ("language_name", "dir", "locale")


@cache
def texts(language: str) -> dict[str, str]:
    """Every text of ``language`` (read once from its file)."""
    if language not in LANGUAGES:
        raise KeyError(language)
    path = resource_path("web") / "texts" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def check_texts(language: str) -> dict[str, str]:
    """The coordinator's check page's texts: Swedish, or English for every other language."""
    path = resource_path("web") / "texts" / "check.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    return table["sv" if language.startswith("sv") else "en"]


def language_names() -> dict[str, str]:
    """Language code -> its name in itself (the switch shows each language in its own words)."""
    return {code: texts(code)["language_name"] for code in LANGUAGES}


def direction(language: str) -> str:
    return texts(language)["dir"] if language in LANGUAGES else "ltr"


# -- table hosts' capture page (branch phone-hosts) ----------------------------------------------
# Kept apart from the participants' texts on purpose: table hosts are staff or volunteers, and
# their page speaks Swedish and English only (a host page in any other language shows English),
# so the check that every participant language has every key does not cover it. Read with
# ``host_text``. The rotation card's page is a participant page: its texts (``card_*``) are in
# the language files with the others.
HOST_LANGUAGES = ("sv", "en")

HOST_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "host_title": "Anteckningar vid bordet",
        "host_where": "Du är värd vid bord {n}",
        "host_where_named": "Du är värd vid bord {n}: {name}",
        "host_round": "Omgång {n}",
        "host_no_round": "Ingen omgång är igång just nu; anteckningen hamnar i den senaste omgången, "
                         "eller utan omgång före den första.",
        "host_question": "Frågan just nu",
        "host_kind_legend": "Vad vill du anteckna?",
        "host_text_label": "Anteckningen",
        "host_text_hint": "Högst {n} tecken. Skriv vad som sades, inte vem som sa det: inga namn.",
        "host_mitigations_label": "Sätt att minska risken (en per rad, bara för en risk)",
        "host_send": "Spara anteckningen",
        "host_received": "Sparad: {kind}. Den syns hos samordnaren nu, och för deltagarna först när den publiceras.",
        "host_privacy": "Den här länken är bara för bordets värd. Samordnaren kan stänga den och skapa en ny.",
    },
    "en": {
        "host_title": "Notes at the table",
        "host_where": "You host table {n}",
        "host_where_named": "You host table {n}: {name}",
        "host_round": "Round {n}",
        "host_no_round": "No round is running now; the note goes to the last round, or to no round before "
                         "the first.",
        "host_question": "The question right now",
        "host_kind_legend": "What do you want to note?",
        "host_text_label": "The note",
        "host_text_hint": "At most {n} characters. Write what was said, not who said it: no names.",
        "host_mitigations_label": "Ways to reduce the risk (one per line, only for a risk)",
        "host_send": "Save the note",
        "host_received": "Saved: {kind}. The coordinator sees it now; participants only once it is published.",
        "host_privacy": "This link is for the table's host only. The coordinator can close it and make a new one.",
    },
}


def host_language(language: str) -> str:
    """The host page's language for a phone's: Swedish for Swedish and lättläst, else English."""
    return "sv" if language.startswith("sv") else "en"


def host_text(language: str, key: str, **values) -> str:
    """A host page's text: Swedish (for lättläst too) or English (for any other language)."""
    texts = HOST_TEXTS[host_language(language)]
    found = texts.get(key, HOST_TEXTS["sv"].get(key, key))
    for name, value in values.items():
        found = found.replace("{" + name + "}", str(value))
    return found
# -- end of the table hosts' block ---------------------------------------------------------------


def text(language: str, key: str, **values) -> str:
    """The text in ``language`` (Swedish when it has none), with ``{name}`` filled in."""
    found = texts(language).get(key) if language in LANGUAGES else None
    if found is None:
        found = texts(DEFAULT_LANGUAGE).get(key, key)
    for name, value in values.items():
        found = found.replace("{" + name + "}", str(value))
    return found


def _by_preference(accept_language: str) -> list[str]:
    """The tags of an ``Accept-Language`` header, most wanted first (q=0 left out)."""
    ranked = []
    for position, part in enumerate(accept_language.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        tag = tag.strip().lower()
        if tag and quality > 0:
            ranked.append((-quality, position, tag))
    return [tag for _, _, tag in sorted(ranked)]


def _known(tag: str | None) -> str | None:
    if not tag:
        return None
    tag = tag.strip().lower()
    for code in LANGUAGES:
        if tag == code.lower():
            return code
    return None


def choose_language(asked: str | None, remembered: str | None, accept_language: str | None) -> str:
    """The language of the page: asked for, remembered, the browser's, or Swedish."""
    for candidate in (asked, remembered):
        known = _known(candidate)
        if known:
            return known
    for tag in _by_preference(accept_language or ""):
        if tag in ALIASES:
            return ALIASES[tag]
        exact = _known(tag)
        if exact:
            return exact
        primary = tag.split("-")[0]
        if primary in ALIASES:
            return ALIASES[primary]
        if primary in LANGUAGES:
            return primary
    return DEFAULT_LANGUAGE
