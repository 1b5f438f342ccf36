"""The results site: what the phones showed, as static pages the municipality can publish.

``site_pages(store)`` makes every page of the whole plan ("Vad hände med förslagen?": the
meetings, the agreed measures and their status now); ``site_pages(store, meeting_id)`` the
same for one meeting. Each page is made in Swedish at its path and in English below ``en/``,
with a link to the other language. The pages need no server and no script: plain HTML with
relative links that name ``index.html`` (a browser opening them from ``file://`` does not
look for it in a folder), one local style sheet (the phone pages' own, ``resources/web``),
and nothing from other sites.

What a page holds comes only from the meetings' snapshots (``share/snapshot.build_data``):
released contributions, votes, agreed measures, with every free text already scrubbed of the
names, e-mail addresses and phone numbers the process knows of; measures that came from no
meeting pass the same scrubber. The snapshot's share token and timer are never written.

This module imports no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from ..domain import public_address
from ..domain.entities import Meeting
from ..package_data import resource_path
from ..storage import measures_repo, meetings
from .phone_pages import _e as _escape
from .phone_pages import page_head
from .site_texts import LANGUAGE_NAMES, SITE_LANGUAGES, long_date, text
from .snapshot import VISIBLE_MEASURE_STATUSES, build_data, scrubber_for

#: The style sheet's name in the site: the phone pages' own, then the site's few additions.
STYLESHEET = "style.css"
ICON = "icon.svg"
SITE_CSS = """
/* The results site (share/results_pages.py): the same look as the phone pages. */
body[data-page="results"] .bar { flex-wrap: nowrap; align-items: flex-start; }
body[data-page="results"] .bar .kicker { flex: 1 1 auto; padding-top: 0.6rem; }
.meeting-list { list-style: none; margin: 0; padding: 0; }
.meeting-list li { margin: 0.5rem 0; padding: 0.75rem 1rem; background: var(--card);
  border: 1px solid var(--line); border-radius: 0.75rem; }
.meeting-list a { font-weight: 600; }
.measure .origin { color: var(--muted); font-size: 0.9375rem; }
.summary { font-weight: 600; }
"""


#: Characters a published page never carries: C0 controls but tab and line breaks, DEL, C1
#: controls and the two non-characters (a browser would show them as boxes, or drop them).
_CONTROLS = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), *range(0x7F, 0xA0), 0xFFFE, 0xFFFF])


def _plain(value) -> str:
    return str(value if value is not None else "").translate(_CONTROLS)


def _e(value) -> str:
    """Escaped for HTML (text and attributes), without control characters."""
    return _escape(_plain(value))


def _encode(page: str) -> bytes:
    return page.encode("utf-8", "replace")


class NoMeeting(LookupError):
    """The process has no meeting with that id."""

    def __init__(self, meeting_id: int):
        super().__init__(meeting_id)
        self.meeting_id = meeting_id


@dataclass(frozen=True)
class SiteMeeting:
    id: int
    data: dict  # the meeting's snapshot data (build_data): released and scrubbed


def site_pages(store, meeting_id: int | None = None, today: str | None = None) -> dict[str, bytes]:
    """Every file of the site: relative path ("index.html", "en/moten/3/index.html",
    "style.css") -> its bytes. Raises NoMeeting for a ``meeting_id`` the process lacks."""
    if meeting_id is not None and store.get(Meeting, meeting_id) is None:
        raise NoMeeting(meeting_id)
    chosen = [m for m in meetings.by_date(store) if meeting_id is None or m.id == meeting_id]
    site_meetings = []
    for meeting in chosen:
        data = build_data(store, meeting.id, now=0)
        if data is not None and meeting.id is not None:
            site_meetings.append(SiteMeeting(meeting.id, data))
    measures = _plan_measures(store, site_meetings, whole_plan=meeting_id is None)
    _add_status_dates(store, [*measures, *(m for sm in site_meetings for m in sm.data.get("measures", []))])
    process = store.process()
    clean = scrubber_for(store)
    heading = {"title": clean(process.plan_title or process.title), "municipality": clean(process.municipality)}
    today = today or date.today().isoformat()
    files: dict[str, bytes] = {STYLESHEET: _stylesheet(), ICON: resource_path("web", ICON).read_bytes()}
    for lang in SITE_LANGUAGES:
        prefix = "" if lang == "sv" else f"{lang}/"
        files[f"{prefix}index.html"] = _encode(_plan_page(lang, heading, site_meetings, measures, today))
        for site_meeting in site_meetings:
            path = f"{prefix}{public_address.meeting_path(site_meeting.id)}index.html"
            files[path] = _encode(_meeting_page(lang, site_meeting, today))
    return files


def _stylesheet() -> bytes:
    return resource_path("web", "style.css").read_bytes() + SITE_CSS.encode("utf-8")


def _plan_measures(store, site_meetings: list[SiteMeeting], whole_plan: bool) -> list[dict]:
    """The agreed measures of the plan (or of the one meeting), each with the meeting it came
    from: as the meetings' snapshots have them, and the plan's other agreed measures scrubbed
    the same way."""
    found: dict[int, dict] = {}
    for site_meeting in site_meetings:
        for measure in site_meeting.data.get("measures", []):
            entry = found.setdefault(measure["id"], dict(measure, meetings=[]))
            entry["meetings"].append((site_meeting.id, site_meeting.data["meeting"]["title"]))
    if whole_plan:
        every = measures_repo.measures_in_plan_order(store)
        clean = scrubber_for(store, every)
        order = {m.id: n for n, m in enumerate(every)}
        for m in every:
            if m.id in found or m.id is None or m.status not in VISIBLE_MEASURE_STATUSES:
                continue
            found[m.id] = {"id": m.id, "title": clean(m.title), "description": clean(m.description),
                           "department": clean(m.department), "due_date": m.due_date,
                           "time_frame": clean(m.time_frame), "status": m.status, "meetings": []}
        return sorted(found.values(), key=lambda entry: order.get(entry["id"], len(order)))
    return list(found.values())


def _add_status_dates(store, measures: list[dict]) -> None:
    """Each measure's "since": the day it got the status it has now (its dated history)."""
    since: dict[int, str] = {}
    for measure_id in {m["id"] for m in measures}:
        status = next(m["status"] for m in measures if m["id"] == measure_id)
        days = [c.date for c in measures_repo.status_history(store, measure_id) if c.status == status and c.date]
        if days:
            since[measure_id] = days[-1]
    for m in measures:
        m["status_since"] = since.get(m["id"], "")


# --------------------------------------------------------------------------- the page frame
def _root(depth: int) -> str:
    return "../" * depth or ""


def _page(lang: str, title: str, kicker: str, heading: str, meta: str, body: str, *, depth: int,
          other_path: str) -> str:
    """A whole page: ``depth`` folders below the site's root in its language (the English pages
    are one more below); ``other_path`` is the same page in the other language, from the root."""
    levels = depth + (0 if lang == "sv" else 1)
    root = _root(levels)
    other = next(code for code in SITE_LANGUAGES if code != lang)
    other_href = root + ("" if other == "sv" else f"{other}/") + other_path
    switch = (f'<nav class="languages" aria-label="{_e(text(lang, "language"))}">'
              f'<a class="lang" href="{_e(other_href)}" lang="{other}" hreflang="{other}">'
              f"{_e(LANGUAGE_NAMES[other])}</a></nav>")
    meta_line = f'  <p class="meta" dir="auto">{_e(meta)}</p>\n' if meta else ""
    return (
        page_head(lang, _plain(title), root=root, script=None, robots=True)
        + f'<body data-page="results">\n<a class="skip" href="#main">{_e(text(lang, "skip"))}</a>\n'
        '<header class="top">\n  <div class="bar">\n'
        f'    <p class="kicker" dir="auto">{_e(kicker)}</p>\n    {switch}\n  </div>\n'
        f'  <h1 id="title" dir="auto">{_e(heading)}</h1>\n{meta_line}</header>\n'
        f'<main id="main" tabindex="-1">\n{body}</main>\n'
        '<footer class="foot">\n'
        f'<p class="fine-print">{_e(text(lang, "privacy"))}</p>\n'
        f'<p class="fine-print">{_e(text(lang, "made_by"))}</p>\n'
        "</footer>\n</body>\n</html>\n"
    )


def _section(section_id: str, heading: str, inner: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return (f'<section aria-labelledby="{section_id}"{cls}>\n<h2 id="{section_id}">{_e(heading)}</h2>\n'
            f"{inner}</section>\n")


def _para(value: str, css: str = "prose") -> str:
    return f'<p class="{css}" dir="auto">{_e(value)}</p>\n' if value else ""


# --------------------------------------------------------------------------- the plan
def _plan_page(lang: str, heading: Mapping[str, str], site_meetings: list[SiteMeeting], measures: list[dict],
               today: str) -> str:
    body = [_para(text(lang, "plan_intro"))]
    items = []
    for site_meeting in site_meetings:
        meeting = site_meeting.data["meeting"]
        href = public_address.meeting_path(site_meeting.id) + "index.html"
        facts = text(lang, "meeting_facts", ideas=len(site_meeting.data.get("contributions", [])),
                     measures=len(site_meeting.data.get("measures", [])))
        items.append(f'<li><a href="{_e(href)}" dir="auto">{_e(meeting.get("title", ""))}</a>\n'
                     f'<p class="meta">{_e(_when_where(lang, meeting))}</p>\n'
                     f'<p class="meta">{_e(facts)}</p></li>\n')
    inner = (f'<ul class="meeting-list">\n{"".join(items)}</ul>\n' if items
             else f'<p class="empty">{_e(text(lang, "meetings_empty"))}</p>\n')
    body.append(_section("meetings-heading", text(lang, "meetings_heading"), inner))
    counts = {status: sum(1 for m in measures if m["status"] == status) for status in VISIBLE_MEASURE_STATUSES}
    inner = ""
    if measures:
        inner += _para(text(lang, "measures_summary", total=len(measures), **counts), "summary")
    inner += _measure_list(lang, measures, show_origin=True)
    body.append(_section("measures-heading", text(lang, "measures_heading"), inner))
    body.append(_para(text(lang, "updated", date=long_date(lang, today)), "meta"))
    kicker = " · ".join(part for part in (heading["municipality"], heading["title"]) if part) or text(lang, "kicker")
    return _page(lang, f'{text(lang, "plan_title")} · {heading["title"]}'.rstrip(" ·"), kicker,
                 text(lang, "plan_title"), "", "".join(body), depth=0, other_path="index.html")


def _measure_list(lang: str, measures: Iterable[dict], show_origin: bool) -> str:
    parts = []
    for m in measures:
        status = str(m.get("status", ""))
        shown = text(lang, "status_" + status)
        if m.get("status_since"):
            shown = text(lang, "status_since", status=shown, date=long_date(lang, m["status_since"]))
        facts = f'<p class="facts"><span class="status status-{_e(status)}">{_e(shown)}</span></p>\n'

        lines = [f'<li class="measure">\n<h3 dir="auto">{_e(m.get("title", ""))}</h3>\n', facts]
        if m.get("department"):
            lines.append(_para(text(lang, "department", name=m["department"]), "detail"))
        if m.get("due_date"):
            lines.append(_para(text(lang, "due", date=long_date(lang, m["due_date"])), "detail"))
        elif m.get("time_frame"):
            lines.append(_para(text(lang, "time_frame", text=m["time_frame"]), "detail"))
        lines.append(_para(m.get("description", ""), "sub"))
        if show_origin:
            for meeting_id, title in m.get("meetings", []):
                href = public_address.meeting_path(meeting_id) + "index.html"
                lines.append(f'<p class="origin">{_e(text(lang, "from_meeting", title=""))}'
                             f'<a href="{_e(href)}" dir="auto">{_e(title)}</a></p>\n')
        lines.append("</li>\n")
        parts.append("".join(lines))
    if not parts:
        return f'<p class="empty">{_e(text(lang, "measures_empty"))}</p>\n'
    return f'<ul class="measures">\n{"".join(parts)}</ul>\n'


def _when_where(lang: str, meeting: Mapping) -> str:
    clock = "–".join(t for t in (meeting.get("start_time"), meeting.get("end_time")) if t)
    return " · ".join(t for t in (long_date(lang, meeting.get("date", "")), clock, meeting.get("place", "")) if t)


# --------------------------------------------------------------------------- one meeting
def _meeting_page(lang: str, site_meeting: SiteMeeting, today: str) -> str:
    data = site_meeting.data
    meeting = data["meeting"]
    contributions = data.get("contributions", [])
    measures = data.get("measures", [])
    titles = {m["id"]: m["title"] for m in measures}
    body = []
    ideas = [c for c in contributions if c.get("kind") == "idea"]
    if ideas:
        states = [(c.get("outcome") or {}).get("state") for c in ideas]
        summary = text(lang, "after_summary", measures=states.count("measure"), ideas=len(ideas),
                       merged=states.count("merged"), kept=len(ideas) - states.count("measure") - states.count("merged"))
        body.append(_section("after-heading", text(lang, "after_heading"), _para(summary), "card after"))
    if meeting.get("frame_statement"):
        body.append(_section("frame-heading", text(lang, "frame_heading"), _para(meeting["frame_statement"]), "card"))
    if meeting.get("purpose"):
        body.append(_section("purpose-heading", text(lang, "purpose_heading"), _para(meeting["purpose"]), "card"))
    feedback = " ".join(t for t in (meeting.get("feedback_method"), meeting.get("next_steps")) if t)
    if feedback:
        body.append(_section("feedback-heading", text(lang, "feedback_heading"), _para(feedback), "card"))
    body.append(_section("meeting-measures-heading", text(lang, "meeting_measures_heading"),
                         _measure_list(lang, measures, show_origin=False)))
    body.append(_section("contributions-heading", text(lang, "contributions_heading"),
                         _contribution_groups(lang, data, titles)))
    nav = (f'<nav class="links" aria-label="{_e(text(lang, "nav"))}">'
           f'<a class="button" href="../../index.html">{_e(text(lang, "back_to_plan"))}</a></nav>\n')
    body.append(nav)
    body.append(_para(text(lang, "updated", date=long_date(lang, today)), "meta"))
    path = public_address.meeting_path(site_meeting.id) + "index.html"
    return _page(lang, meeting.get("title", ""), text(lang, "kicker"), meeting.get("title", ""),
                 _when_where(lang, meeting), "".join(body), depth=2, other_path=path)


def _contribution_groups(lang: str, data: Mapping, titles: Mapping[int, str]) -> str:
    """By theme (most dots first), then by question, then the rest: as the live page groups."""
    contributions = data.get("contributions", [])
    if not contributions:
        return f'<p class="empty">{_e(text(lang, "contributions_empty"))}</p>\n'
    by_id = {c["id"]: c for c in contributions}
    themed: dict[int, list] = {}
    by_question: dict[int, list] = {}
    loose = []
    for c in contributions:
        if c.get("theme"):
            themed.setdefault(c["theme"], []).append(c)
        elif c.get("question"):
            by_question.setdefault(c["question"], []).append(c)
        else:
            loose.append(c)
    groups = []
    for theme in sorted(data.get("themes", []), key=lambda t: -int(t.get("votes", 0))):
        groups.append((theme.get("title", ""), theme, themed.get(theme["id"], [])))
    for question in data.get("questions", []):
        groups.append((question.get("text", ""), None, by_question.get(question["id"], [])))
    groups.append((text(lang, "other_group"), None, loose))
    out = []
    for title, theme, items in groups:
        if not items:
            continue
        out.append(f'<section class="group">\n<h3 dir="auto">{_e(title)}</h3>\n')
        if theme is not None:
            if theme.get("votes"):
                out.append(f'<p class="group-votes">{_e(_dots(lang, int(theme["votes"])))}</p>\n')
            named = "; ".join(titles[i] for i in theme.get("measures", []) if i in titles)
            if named:
                out.append(f'<p class="outcome outcome-measure" dir="auto">'
                           f'{_e(text(lang, "outcome_measure_theme", titles=named))}</p>\n')
        out.append('<ul class="contributions">\n')
        out.extend(_contribution(lang, c, by_id, titles, themed=theme is not None) for c in items)
        out.append("</ul>\n</section>\n")
    return "".join(out)


def _dots(lang: str, n: int) -> str:
    return text(lang, "vote") if n == 1 else text(lang, "votes", n=n)


def _contribution(lang: str, c: Mapping, by_id: Mapping[int, Mapping], titles: Mapping[int, str],
                  themed: bool) -> str:
    kind = str(c.get("kind", "note"))
    where = []
    if c.get("table"):
        where.append(text(lang, "at_table", n=int(c["table"])))
    if c.get("round"):
        where.append(text(lang, "in_round", n=int(c["round"])))
    label = f'<span class="kind">{_e(text(lang, "kind_" + kind))}</span>'
    if where:
        label += f'<span class="where"> · {_e(", ".join(where))}</span>'
    parts = [f'<li class="contribution kind-{_e(kind)}">\n<p class="label">{label}</p>\n',
             f'<p class="text" dir="auto">{_e(c.get("text", ""))}</p>\n']
    if c.get("mitigations"):
        parts.append(f'<p class="sub">{_e(text(lang, "mitigations"))}</p>\n<ul class="mitigations">\n')
        parts.extend(f'<li dir="auto">{_e(m)}</li>\n' for m in c["mitigations"])
        parts.append("</ul>\n")
    facts = []
    if c.get("votes"):
        facts.append(f'<span class="votes">{_e(_dots(lang, int(c["votes"])))}</span>')
    outcome = c.get("outcome") or {}
    said = ""
    if outcome.get("state") == "measure":
        named = "; ".join(titles[i] for i in outcome.get("measures", []) if i in titles)
        via_theme = "" if themed else "; ".join(titles[i] for i in outcome.get("theme_measures", []) if i in titles)
        said = (text(lang, "outcome_measure", titles=named) if named
                else text(lang, "outcome_measure_theme", titles=via_theme) if via_theme else "")
    elif outcome.get("state") == "merged":
        into = by_id.get(outcome.get("into"))
        said = text(lang, "outcome_merged_into", text=into["text"]) if into else text(lang, "outcome_merged")
    elif outcome.get("state") == "kept" and kind == "idea":
        said = text(lang, "outcome_kept")
    if said:
        facts.append(f'<span class="outcome outcome-{_e(outcome.get("state", ""))}" dir="auto">{_e(said)}</span>')
    if facts:
        parts.append(f'<p class="facts">{"".join(facts)}</p>\n')
    parts.append("</li>\n")
    return "".join(parts)
