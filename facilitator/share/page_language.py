"""The participants' static pages (join, live, table) in the phone's language, before any script.

The pages in ``resources/web`` are written in Swedish with ``data-i18n="key"`` on every text
of their own. Before a page is sent, this puts in the chosen language's texts, sets
``<html lang dir>`` (Arabic and Persian right to left), adds the language switch (plain
links, so it works without JavaScript) and gives ``app.js`` the language's texts as a JSON
data block (``<script type="application/json">`` is data, not script: the
Content-Security-Policy still allows no inline script).
"""

from __future__ import annotations

import json
import re
from html import escape

from . import phone_texts

#: Where a page gets its language switch.
SWITCH_MARK = b"<!--languages-->"
_HTML = re.compile(rb'<html lang="[^"]*"(?: dir="[^"]*")?>')
_TEXT = re.compile(rb'(<(\w+)\b[^>]*\bdata-i18n="([a-z0-9_]+)"[^>]*>)([^<]*)(</\2>)')
GLOBE = (
    '<svg class="globe" aria-hidden="true" focusable="false" viewBox="0 0 24 24">'
    '<g fill="none" stroke="currentColor" stroke-width="2"><circle cx="12" cy="12" r="9"/>'
    '<path d="M3 12h18M12 3c3.5 3.5 3.5 14.5 0 18M12 3c-3.5 3.5-3.5 14.5 0 18"/></g></svg>'
)
_LABEL = re.compile(rb'aria-label="[^"]*"( data-i18n-label="([a-z0-9_]+)")')


def _e(value) -> str:
    return escape(str(value), quote=True)


def language_switch(lang: str, path: str, languages=None) -> str:
    """The links to the page in every other language, each named in itself.

    A disclosure (``<details>``) keeps the top of a small screen short; it opens without
    JavaScript. ``?lang=`` on a link makes the server remember the choice in a cookie.
    """
    names = phone_texts.language_names()
    codes = languages or phone_texts.LANGUAGES
    items = []
    for code in codes:
        current = ' aria-current="true"' if code == lang else ""
        items.append(
            f'<li><a class="lang" href="{_e(path)}?lang={_e(code)}" lang="{_e(code)}" hreflang="{_e(code)}" '
            f'dir="{_e(phone_texts.direction(code))}"{current}>{_e(names[code])}</a></li>'
        )
    label = phone_texts.text(lang, "languages")
    return (
        f'<details class="languages"><summary>{GLOBE}'
        f'<span class="label-text">{_e(label)}: <span lang="{_e(lang)}">{_e(names.get(lang, lang))}</span></span>'
        '</summary>'
        f'<nav aria-label="{_e(label)}"><ul>{"".join(items)}</ul></nav></details>'
    )


def localize(body: bytes, lang: str, path: str, *, check: bool = False) -> bytes:
    """``body`` (a page from resources/web) with ``lang``'s texts, direction, switch and data."""
    strings = dict(phone_texts.texts(lang))
    languages = None
    if check:  # the coordinator's page: Swedish or English
        lang = "sv" if lang.startswith("sv") else "en"
        strings = {**phone_texts.texts(lang), **phone_texts.check_texts(lang)}
        languages = ("sv", "en")
    direction = strings.get("dir", "ltr")
    body = _HTML.sub(f'<html lang="{lang}" dir="{direction}">'.encode(), body, count=1)

    def text(match: re.Match) -> bytes:
        key = match.group(3).decode()
        if key not in strings:
            return match.group(0)
        return match.group(1) + escape(strings[key], quote=False).encode() + match.group(5)

    def label(match: re.Match) -> bytes:
        key = match.group(2).decode()
        value = strings.get(key)
        if value is None:
            return match.group(0)
        return f'aria-label="{_e(value)}"'.encode() + match.group(1)

    body = _TEXT.sub(text, body)
    body = _LABEL.sub(label, body)
    body = body.replace(SWITCH_MARK, language_switch(lang, path, languages).encode())
    data = json.dumps(strings, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    block = f'<script type="application/json" id="texts">{data}</script>\n</head>'.encode()
    return body.replace(b"</head>", block, 1)
