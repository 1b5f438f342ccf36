"""The pages where participants send ideas, questions and dots, made on the server.

They are plain HTML forms: they work without JavaScript (post, then a redirect back to the
page with a "received" notice) and ``/s/input.js`` makes them send without reloading. Every
value from the meeting or from the phone is escaped here (``html.escape``) and every text a
participant wrote keeps its own direction (``dir="auto"``). No inline script or style: the
pages fall under the same Content-Security-Policy as the others (forms may post to the page
itself).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from ..domain import limits
from ..domain.host_capture import HOST_KINDS
from ..domain.phone_input import MAX_TEXT
from .page_language import language_switch
from .phone_texts import HOST_LANGUAGES, direction, host_language, host_text, text

KINDS_SHOWN = ("idea", "question", "note", "quote", "risk", "obstacle")


def _e(value) -> str:
    return escape(str(value if value is not None else ""), quote=True)


def _head(lang: str, title: str) -> str:
    return page_head(lang, title, direction=direction(lang))


def page_head(lang: str, title: str, *, direction: str = "ltr", root: str = "/s/", script: str | None = "input.js",
              robots: bool = False) -> str:
    """The top of a page up to ``</head>``: language and direction, the viewport, the style
    sheet and icon under ``root`` (the server's "/s/", or a relative "../" in the results
    site), the script if any. ``robots``: may search engines index it (the results site)."""
    script_tag = f'<script src="{_e(root + script)}" defer></script>\n' if script else ""
    robots_tag = "" if robots else '<meta name="robots" content="noindex, nofollow">\n'
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(lang)}" dir="{_e(direction)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="referrer" content="no-referrer">\n{robots_tag}'
        '<meta name="color-scheme" content="light">\n'
        f"<title>{_e(title)}</title>\n"
        f'<link rel="icon" href="{_e(root)}icon.svg" type="image/svg+xml">\n'
        f'<link rel="stylesheet" href="{_e(root)}style.css">\n'
        f"{script_tag}</head>\n"
    )


def _notice(notice: tuple[str, str] | None) -> str:
    """(kind, text): "ok" is a status, "error" an alert; always present so scripts can fill it."""
    if notice is None:
        return '<p class="notice" id="notice" role="status" aria-live="polite" hidden></p>\n'
    kind, message = notice
    role = "alert" if kind == "error" else "status"
    return f'<p class="notice {_e(kind)}" id="notice" role="{role}" aria-live="polite">{_e(message)}</p>\n'


def _top(lang: str, meeting_title: str, heading: str, path: str, offered=None) -> str:
    return (
        f'<body data-page="input">\n<a class="skip" href="#main">{_e(text(lang, "skip"))}</a>\n'
        '<header class="top">\n  <div class="bar">\n'
        f'    <p class="kicker" dir="auto">{_e(meeting_title)}</p>\n    {language_switch(lang, path, offered)}\n  </div>\n'
        f'  <h1 id="title">{_e(heading)}</h1>\n</header>\n'
    )


def _foot(lang: str) -> str:
    return f'<footer class="foot">\n<p class="fine-print">{_e(text(lang, "privacy_short"))}</p>\n</footer>\n</body>\n</html>\n'


def say_page(data: Mapping, lang: str, *, path: str, base: str, table: int | None, csrf: str,
             notice: tuple[str, str] | None = None, kept_text: str = "", kept_kind: str = "idea") -> str:
    """The form for an idea or a question, to a table (its number) or the whole meeting."""
    meeting = data.get("meeting", {})
    tables = {t["number"]: t.get("name", "") for t in data.get("tables", [])}
    if table is not None:
        name = tables.get(table, "")
        where = text(lang, "to_table_named", n=table, name=name) if name else text(lang, "to_table", n=table)
    else:
        where = text(lang, "to_plenary")
    timer = data.get("timer") or {}
    round_number = timer.get("round")
    question = _question_now(data, table, round_number)
    parts = [_head(lang, f'{text(lang, "say_title")} · {meeting.get("title", "")}'),
             _top(lang, meeting.get("title", ""), text(lang, "say_title"), path),
             '<main id="main" tabindex="-1">\n', _notice(notice)]
    parts.append('<section class="card" aria-labelledby="where-heading">\n'
                 f'<h2 id="where-heading">{_e(where)}</h2>\n')
    if round_number:
        parts.append(f'<p class="meta">{_e(text(lang, "round_n", n=round_number))}</p>\n')
    if question:
        parts.append(f'<p class="sub">{_e(text(lang, "question_now_heading"))}</p>\n'
                     f'<p class="question-now" dir="auto">{_e(question)}</p>\n')
    parts.append("</section>\n")
    idea_checked = " checked" if kept_kind != "question" else ""
    question_checked = " checked" if kept_kind == "question" else ""
    parts.append(
        f'<form class="send" method="post" action="{_e(path)}" data-enhance="say">\n'
        f'<input type="hidden" name="csrf" value="{_e(csrf)}">\n'
        f'<fieldset class="kinds">\n<legend>{_e(text(lang, "kind_legend"))}</legend>\n'
        f'<label class="choice"><input type="radio" name="kind" value="idea"{idea_checked}> '
        f'{_e(text(lang, "send_kind_idea"))}</label>\n'
        f'<label class="choice"><input type="radio" name="kind" value="question"{question_checked}> '
        f'{_e(text(lang, "send_kind_question"))}</label>\n</fieldset>\n'
        f'<label for="text" class="field-label">{_e(text(lang, "text_label"))}</label>\n'
        f'<textarea id="text" name="text" rows="5" maxlength="{MAX_TEXT}" required dir="auto" '
        f'aria-describedby="text-hint">{_e(kept_text)}</textarea>\n'
        f'<p id="text-hint" class="hint">{_e(text(lang, "text_hint", n=MAX_TEXT))}</p>\n'
        f'<button type="submit" class="button primary" data-sending="{_e(text(lang, "sending"))}">'
        f'{_e(text(lang, "send"))}</button>\n</form>\n')
    parts.append(_links(lang, base, table, here="say"))
    parts.append("</main>\n")
    parts.append(_foot(lang))
    return "".join(parts)


def vote_page(data: Mapping, lang: str, *, path: str, base: str, csrf: str, mine: Mapping[int, int],
              notice: tuple[str, str] | None = None) -> str:
    """The released contributions with a button to give (and take back) a dot each."""
    meeting = data.get("meeting", {})
    budget = int((data.get("input") or {}).get("dot_budget", 0))
    left = max(budget - sum(mine.values()), 0)
    parts = [_head(lang, f'{text(lang, "vote_title")} · {meeting.get("title", "")}'),
             _top(lang, meeting.get("title", ""), text(lang, "vote_title"), path),
             '<main id="main" tabindex="-1">\n', _notice(notice)]
    if budget <= 0:
        parts.append(f'<p class="empty">{_e(text(lang, "no_dots"))}</p>\n')
    else:
        parts.append(f'<p class="dots-left" id="dots-left" data-left="{left}" data-budget="{budget}">'
                     f'{_e(text(lang, "vote_intro", left=left, budget=budget))}</p>\n')
    shown = [c for c in data.get("contributions", []) if (c.get("outcome") or {}).get("state") != "merged"]
    if not shown:
        parts.append(f'<p class="empty">{_e(text(lang, "nothing_to_vote"))}</p>\n')
    elif budget > 0:
        parts.append('<ul class="contributions votes-list">\n')
        for c in shown:
            cid = int(c["id"])
            own = int(mine.get(cid, 0))
            kind = c.get("kind", "note")
            label = text(lang, f"kind_{kind}") if kind in KINDS_SHOWN else ""
            parts.append(
                f'<li class="contribution" id="c{cid}">\n<p class="label"><span class="kind">{_e(label)}</span></p>\n'
                f'<p class="text" id="t{cid}" dir="auto">{_e(c.get("text", ""))}</p>\n'
                f'<p class="facts"><span class="votes" data-all="{int(c.get("votes", 0))}">'
                f'{_e(text(lang, "all_dots", n=int(c.get("votes", 0))))}</span> · '
                f'<span class="yours" data-yours="{own}">{_e(text(lang, "yours", n=own))}</span></p>\n'
                f'<form class="vote" method="post" action="{_e(path)}" data-enhance="vote">\n'
                f'<input type="hidden" name="csrf" value="{_e(csrf)}">\n'
                f'<input type="hidden" name="contribution" value="{cid}">\n'
                f'<button type="submit" name="op" value="dot" class="button" aria-describedby="t{cid}"'
                f'{" disabled" if left <= 0 else ""}>{_e(text(lang, "give_dot"))}</button>\n'
                f'<button type="submit" name="op" value="undot" class="button secondary" aria-describedby="t{cid}"'
                f'{"" if own > 0 else " disabled"}>{_e(text(lang, "take_dot"))}</button>\n'
                "</form>\n</li>\n")
        parts.append("</ul>\n")
    parts.append(_links(lang, base, None, here="vote"))
    parts.append("</main>\n")
    parts.append(_foot(lang))
    return "".join(parts)


def _links(lang: str, base: str, table: int | None, here: str) -> str:
    links = [f'<a class="button" href="{_e(base)}live">{_e(text(lang, "follow_live"))}</a>']
    if table is not None:
        links.insert(0, f'<a class="button" href="{_e(base)}table/{table}">{_e(text(lang, "back_table"))}</a>')
    if here != "say":
        links.append(f'<a class="button" href="{_e(base)}say">{_e(text(lang, "send_idea"))}</a>')
    if here != "vote":
        links.append(f'<a class="button" href="{_e(base)}vote">{_e(text(lang, "give_dots"))}</a>')
    return f'<nav class="links" aria-label="{_e(text(lang, "nav_meeting"))}">{"".join(links)}</nav>\n'


def input_links(lang: str, base: str, table: int | None) -> str:
    """The links to the input pages that the join, live and table pages get while input is
    on (``data-i18n`` lets app.js switch their language with the rest of the page)."""
    say = f"{base}table/{table}/say" if table is not None else f"{base}say"
    return (f'<a class="button primary" href="{_e(say)}" data-i18n="send_idea">{_e(text(lang, "send_idea"))}</a>'
            f'<a class="button" href="{_e(base)}vote" data-i18n="give_dots">{_e(text(lang, "give_dots"))}</a>')


def input_jump_link(lang: str, base: str) -> str:
    """The live page's jump link to voting (while input is on)."""
    return f'<li><a href="{_e(base)}vote" data-i18n="jump_vote">{_e(text(lang, "jump_vote"))}</a></li>'


def _question_now(data: Mapping, table: int | None, round_number: int | None) -> str:
    questions = data.get("questions", [])
    if table is not None:
        for q in questions:
            if q.get("table") == table:
                return q.get("text", "")
    if round_number:
        for q in questions:
            if q.get("round") == round_number and not q.get("table"):
                return q.get("text", "")
    if len(questions) == 1:
        return questions[0].get("text", "")
    return ""


# -- a table host's capture page (branch phone-hosts) -----------------------------------------------


def host_page(data: Mapping, lang: str, *, path: str, table: int, csrf: str,
              notice: tuple[str, str] | None = None, kept_text: str = "", kept_kind: str = "note",
              kept_mitigations: str = "") -> str:
    """The form where a table's host writes a note of any of the laptop's kinds for the round
    and question now running at the table; a risk takes its mitigations, one per line."""
    lang = host_language(lang)
    meeting = data.get("meeting", {})
    tables = {t["number"]: t.get("name", "") for t in data.get("tables", [])}
    name = tables.get(table, "")
    where = host_text(lang, "host_where_named", n=table, name=name) if name else host_text(lang, "host_where", n=table)
    timer = data.get("timer") or {}
    round_number = timer.get("round")
    question = _question_now(data, table, round_number)
    most = limits.limit("contribution", "text")
    title = host_text(lang, "host_title")
    parts = [_head(lang, f'{title} · {meeting.get("title", "")}'),
             _top(lang, meeting.get("title", ""), title, path, HOST_LANGUAGES),
             '<main id="main" tabindex="-1">\n', _notice(notice),
             '<section class="card" aria-labelledby="where-heading">\n'
             f'<h2 id="where-heading">{_e(where)}</h2>\n']
    if round_number:
        parts.append(f'<p class="meta">{_e(host_text(lang, "host_round", n=round_number))}</p>\n')
    else:
        parts.append(f'<p class="meta">{_e(host_text(lang, "host_no_round"))}</p>\n')
    if question:
        parts.append(f'<p class="sub">{_e(host_text(lang, "host_question"))}</p>\n'
                     f'<p class="question-now" dir="auto">{_e(question)}</p>\n')
    parts.append("</section>\n")
    kept_kind = kept_kind if kept_kind in HOST_KINDS else "note"
    choices = "".join(
        f'<label class="choice"><input type="radio" name="kind" value="{kind}"'
        f'{" checked" if kind == kept_kind else ""}> {_e(text(lang, f"kind_{kind}"))}</label>\n'
        for kind in HOST_KINDS)
    parts.append(
        f'<form class="send" method="post" action="{_e(path)}">\n'
        f'<input type="hidden" name="csrf" value="{_e(csrf)}">\n'
        f'<fieldset class="kinds">\n<legend>{_e(host_text(lang, "host_kind_legend"))}</legend>\n{choices}</fieldset>\n'
        f'<label for="text" class="field-label">{_e(host_text(lang, "host_text_label"))}</label>\n'
        f'<textarea id="text" name="text" rows="6" maxlength="{most}" required dir="auto" '
        f'aria-describedby="text-hint">{_e(kept_text)}</textarea>\n'
        f'<p id="text-hint" class="hint">{_e(host_text(lang, "host_text_hint", n=most))}</p>\n'
        f'<label for="mitigations" class="field-label">{_e(host_text(lang, "host_mitigations_label"))}</label>\n'
        f'<textarea id="mitigations" name="mitigations" rows="3" maxlength="{most}" dir="auto">'
        f'{_e(kept_mitigations)}</textarea>\n'
        f'<button type="submit" class="button primary">{_e(host_text(lang, "host_send"))}</button>\n</form>\n')
    parts.append("</main>\n")
    parts.append(f'<footer class="foot">\n<p class="fine-print">{_e(host_text(lang, "host_privacy"))}</p>\n'
                 "</footer>\n</body>\n</html>\n")
    return "".join(parts)


def card_page(data: Mapping, lang: str, *, path: str, tables: Mapping[int, int]) -> str:
    """A rotation card's page: the holder's table in the round now running and in the next
    (the first round's before the café starts). Tables and rounds only: no name of the holder.

    A participant page: it speaks every language the other participant pages speak, with the
    same switch; a table's name keeps its own direction (``dir="auto"``)."""
    meeting = data.get("meeting", {})
    names = {t["number"]: t.get("name", "") for t in data.get("tables", [])}
    round_now = (data.get("timer") or {}).get("round")
    title = text(lang, "card_title")
    parts = [_head(lang, f'{title} · {meeting.get("title", "")}'),
             _top(lang, meeting.get("title", ""), title, path), '<main id="main" tabindex="-1">\n',
             '<section class="card">\n']

    def line(key: str, number: int, table: int) -> str:
        name = names.get(table, "")
        if not name:
            return f'<p class="card-table">{_e(text(lang, key, round=number, table=table))}</p>\n'
        # The name goes in after escaping the sentence, in its own direction.
        said = _e(text(lang, f"{key}_named", round=number, table=table, name=_NAME_MARK))
        own = '<bdi dir="auto">' + _e(name) + "</bdi>"
        return f'<p class="card-table">{said.replace(_NAME_MARK, own)}</p>\n'

    rounds = sorted(int(r) for r in tables)
    if not rounds:
        parts.append(f'<p class="empty">{_e(text(lang, "card_none"))}</p>\n')
    elif not round_now:
        parts.append(line("card_first", rounds[0], tables[rounds[0]]))
    else:
        if round_now in tables:
            parts.append(line("card_now", round_now, tables[round_now]))
        later = [r for r in rounds if r > round_now]
        if later:
            parts.append(line("card_next", later[0], tables[later[0]]))
        else:
            parts.append(f'<p class="meta">{_e(text(lang, "card_last"))}</p>\n')
    parts.append("</section>\n</main>\n")
    parts.append(f'<footer class="foot">\n<p class="fine-print">{_e(text(lang, "card_privacy"))}</p>\n'
                 "</footer>\n</body>\n</html>\n")
    return "".join(parts)


#: Where a table's name goes in a card page's sentence (no text of any language contains it).
_NAME_MARK = "\ue000name\ue000"
