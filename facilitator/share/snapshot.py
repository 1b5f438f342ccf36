"""What a meeting's phones may see, as one immutable, JSON-ready snapshot.

The app builds a snapshot on the GUI thread from the process store and hands it to the
server (``ShareServer.publish``); the server never reads the database. A snapshot holds
only what the participants' pages show:

* the meeting's title, date, times, place, purpose, frame statement, next steps and how
  participants hear back, and a privacy note (Swedish and English);
* the questions, the café tables by name, the rounds, and the round timer's state;
* **published** contributions only (hidden until the coordinator releases them), with their
  kind, text, round, table, question, theme, dot votes and what became of them (kept, merged
  into another, or became measure X);
* themes with their votes;
* measures that came from the meeting and have been agreed (proposed ones are drafts and stay
  on the laptop), with title, department, deadline or time frame and status.

Never included: participants (names, organisations, e-mail, phone, languages, attendance,
seating), table hosts, the moderator and coordinator, measure owners and their contacts,
unpublished contributions. As a second guard, every free text that goes out is scrubbed of
the names, e-mail addresses and phone numbers the process knows of (``[…]`` instead), so a
name typed into a note does not reach the phones either.

This module imports no Qt.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import time
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..domain.entities import AgendaItem, Contribution, Measure, Meeting, Round
from ..storage import assessment as assessment_repo
from ..storage import contributions as contribution_repo
from ..storage import (
    harvest,
    host_links,
    measures_repo,
    meetings,
    phone_input,
    publishing,
    register,
    seating,
    timers,
)

SCHEMA_VERSION = 1
REDACTED = "[…]"

#: Statuses of a measure that participants see. "proposed" is a draft the departments have
#: not agreed to; it stays on the laptop until it is decided.
VISIBLE_MEASURE_STATUSES = ("decided", "ongoing", "done", "cancelled")

PRIVACY_NOTE = {
    "sv": (
        "Sidan visar inga namn och inga personuppgifter, bara det som samordnaren har valt att "
        "visa. Den hämtas direkt från samordnarens dator i rummet, inte från internet. Inget du läser "
        "här sparas. Om samordnaren låter mobilerna skicka idéer och prickar får mobilen en slumpad "
        "kod i en kaka, så att dess prickar räknas rätt; den säger inget om vem du är."
    ),
    "en": (
        "This page shows no names and no personal data, only what the coordinator has chosen to "
        "show. It comes straight from the coordinator's computer in the room, not from the internet. "
        "Nothing you read here is stored. If the coordinator lets phones send ideas and dots, the "
        "phone gets a random code in a cookie so its dots are counted right; it says nothing about who you are."
    ),
}


@dataclass(frozen=True)
class Snapshot:
    """One meeting's published state: the token it is reached by and its JSON body.

    Immutable: the server keeps the encoded bytes; ``data`` decodes a fresh copy.
    """

    token: str
    body: bytes
    rev: str = field(default="")
    table_count: int = 0
    #: While phones may send: device (hash of its cookie) -> {contribution id: its dots}, so a
    #: phone's own page shows its dots. Never sent to the phones as a whole.
    device_dots: Mapping[str, Mapping[int, int]] = field(default_factory=dict, compare=False)
    #: whether phones may send ideas, questions and dots now
    input_open: bool = False
    #: the meeting's id in the process (for what phones send; not sent to them)
    meeting_id: int = 0
    #: live host links: token -> the table's number (never sent to phones as a whole)
    host_links: Mapping[str, int] = field(default_factory=dict, compare=False)
    #: rotation cards' personal codes -> the card's table number per round (round number ->
    #: table number); only tables and rounds, never who holds the code
    personal: Mapping[str, Mapping[int, int]] = field(default_factory=dict, compare=False)

    @classmethod
    def from_data(cls, token: str, data: dict, device_dots: Mapping[str, Mapping[int, int]] | None = None,
                  meeting_id: int = 0, host_links: Mapping[str, int] | None = None,
                  personal: Mapping[str, Mapping[int, int]] | None = None) -> Snapshot:
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
        digest = hashlib.blake2b(body, digest_size=8)
        device_dots = device_dots or {}
        if device_dots:  # a phone's own dots are part of what changed
            digest.update(json.dumps(sorted((d, sorted(c.items())) for d, c in device_dots.items())).encode())
        host_links = dict(host_links or {})
        personal = {code: dict(tables) for code, tables in (personal or {}).items()}
        if host_links or personal:  # a link revoked or a seat changed is a change too
            digest.update(json.dumps([sorted(host_links.items()),
                                      sorted((c, sorted(t.items())) for c, t in personal.items())]).encode())
        return cls(token=token, body=body, rev=digest.hexdigest(), table_count=len(data.get("tables", ())),
                   device_dots=device_dots, input_open=bool((data.get("input") or {}).get("open")), meeting_id=meeting_id,
                   host_links=host_links, personal=personal)


    @property
    def data(self) -> dict:
        return json.loads(self.body)


# --------------------------------------------------------------------------- scrubbing
_DIGITS = re.compile(r"\d{2}")


#: Parts of names that are also everyday Swedish words ("dag", "per", "klara", "berg", "ström"):
#: alone, such a part is taken for a name only when written as one, with a capital first, so
#: "varje dag", "per person" and "klara sig" are kept while "Dag sa" and "fråga Berg" are not.
#: Every other part of a known name (Hodan, Maria, Öberg) is caught alone in any case, since
#: people type names in lower case on phones and such a word means nothing else. The choice
#: leans to privacy: a capitalised word at the start of a sentence that is also a known name
#: ("Dag för dag") is replaced too; the coordinator reads every text before she releases it.
NAME_WORDS = frozenset("""
dag sten stig björn rut ros rosa iris viola linnea lilja malva sol liv kaj ask saga vilja klara lova
bror karl per dan tom ben inga lisa maj april juni signe nova vega stella frid fred mod tro
berg lind holm strand lund björk dahl dal ström sjö vik gran ljung nord fors hed mark hall bäck kvist
falk örn varg rask blom stark lång skog äng svan hjort hägg lax bark stål lejon
""".split())
#: Particles of names ("van der Berg", "af Klint", "bin Said"): never a name alone.
NAME_PARTICLES = frozenset("van von der den del della af de la le da di du dos bin ibn al el".split())


class Scrubber:
    """Replaces the names, e-mail addresses and phone numbers a process knows of.

    A name is caught whole (any case), and so is each of its parts alone, a first name or a
    surname (see ``NAME_WORDS`` for the parts that are also everyday words); letters with
    marks also match without them (Åsa, Asa; Jönsson, Jonsson). E-mail addresses are caught
    as written and as people hide them from robots ("anna [at] ekbacka dot se",
    "anna(at)ekbacka(punkt)se", "anna (a) ekbacka . se", "anna [dot] ek snabel-a ekbacka.se").
    """

    # Bounded and anchored at the start of a word, so that no text (100,000 characters of
    # "a.a.a…") makes the search backtrack for long: a few dots in either part at most.
    _EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}[@＠][\w-]{1,63}(?:\.[\w-]{1,63}){1,6}")
    _AT = (r"(?:\s*[@＠]\s*|\s*[\[({<]\s*(?:at|a|snabel-?a|@|＠)\s*[\])}>]\s*"
           r"|\s+(?:at|snabel-?a)\s+)")
    _DOT = r"(?:\s*[\[({<]\s*(?:dot|punkt|\.)\s*[\])}>]\s*|\s+(?:dot|punkt)\s+|\s?\.\s?)"
    _HIDDEN_EMAIL = re.compile(
        rf"(?<![\w.+-])[\w+-]{{1,64}}(?:{_DOT}[\w+-]{{1,64}}){{0,4}}{_AT}[\w-]{{1,63}}(?:{_DOT}[\w-]{{1,63}}){{1,6}}",
        re.IGNORECASE)

    _WORD = re.compile(r"\w+")

    def __init__(self, names=(), emails=(), phones=()):
        full = {" ".join(n.split()) for n in names if n and len(n.strip()) >= 4}
        parts = {part for name in full for part in re.split(r"[\W_]+", name)
                 if len(part) >= 3 and _fold(part) not in _PARTICLES}
        # Whole names first (longest first), each with its own pattern, looked for only when
        # its folded form is in the folded text; then single words that are a part of a name.
        self._full = [(_fold(w), _name_pattern(w)) for w in sorted(full, key=len, reverse=True)]
        self._parts = {_fold(p) for p in parts}
        self._emails = {e.strip().casefold() for e in emails if e and e.strip() and "@" in e}
        digits = {re.sub(r"\D", "", p) for p in phones if p}
        self._phone_digits = {d for d in digits if len(d) >= 6}
        # A run of digits with the usual separators, long enough to be a phone number.
        self._phone = re.compile(r"\+?\d[\d \-()/.]{4,}\d") if self._phone_digits else None

    def __call__(self, text: str | None) -> str:
        if not text:
            return ""
        if self._emails:
            if "@" in text or "＠" in text:
                text = self._EMAIL.sub(self._email_match, text)
            text = self._HIDDEN_EMAIL.sub(self._hidden_email_match, text)
        if self._full:
            folded = " ".join(_fold(text).split())
            for folded_name, pattern in self._full:
                if folded_name in folded:
                    text = pattern.sub(REDACTED, text)
        if self._parts:
            text = self._WORD.sub(self._part_match, text)
        if self._phone is not None and _DIGITS.search(text):
            text = self._phone.sub(self._phone_match, text)
        return text

    def _part_match(self, match: re.Match) -> str:
        """A first name or a surname alone; one that is also an everyday word only when
        written as a name (a capital first)."""
        word = match.group(0)
        if len(word) < 3:
            return word
        folded = _fold(word)
        if folded not in self._parts or (folded in _NAME_WORDS and not word[0].isupper()):
            return word
        return REDACTED

    def _email_match(self, match: re.Match) -> str:
        return REDACTED if match.group(0).casefold() in self._emails else match.group(0)

    def _hidden_email_match(self, match: re.Match) -> str:
        plain = re.sub(self._DOT, ".", re.sub(self._AT, "@", match.group(0), flags=re.IGNORECASE),
                       flags=re.IGNORECASE).replace("＠", "@")
        plain = re.sub(r"\s+", "", plain).casefold()
        return REDACTED if plain in self._emails else match.group(0)

    def _phone_match(self, match: re.Match) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        for known in self._phone_digits:
            if known in digits or (digits.startswith("46") and known.lstrip("0") in digits):
                return REDACTED
        return match.group(0)


def _fold_table() -> dict[int, str]:
    """Latin letters with marks -> without (å -> a, é -> e, ø -> o), made once."""
    table = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if base and base != char and base.isascii():
            table[code] = base
    table.update({ord("ø"): "o", ord("Ø"): "o", ord("æ"): "ae", ord("ß"): "ss", ord("đ"): "d", ord("ł"): "l"})
    return table


_FOLD = _fold_table()


def _fold(text: str) -> str:
    """Lower case without marks: "Åsa Jönsson" -> "asa jonsson"."""
    return text.casefold().translate(_FOLD)


_NAME_WORDS = frozenset(_fold(word) for word in NAME_WORDS)
_PARTICLES = frozenset(_fold(word) for word in NAME_PARTICLES)


@functools.lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern:
    """A whole name in any case, each marked letter also without its mark, between word
    boundaries, spaces as any run of spaces."""
    pieces = []
    for char in name:
        if char.isspace():
            pieces.append(r"\s+")
            continue
        base = _fold(char)
        options = {char.lower(), char.upper(), base, base.upper()} - {""}
        pieces.append("[" + "".join(re.escape(o) for o in sorted(options)) + "]" if len(options) > 1
                      else re.escape(next(iter(options))))
    return re.compile(r"(?<!\w)" + "".join(pieces) + r"(?!\w)")


def scrubber_for(store, measures: list[Measure] | None = None) -> Scrubber:
    participants = register.participants(store)
    every_meeting = meetings.all_meetings(store)
    measures = measures_repo.measures_in_plan_order(store) if measures is None else measures
    names = [p.name for p in participants]
    names += [m.moderator for m in every_meeting] + [m.coordinator for m in every_meeting]
    names += [m.owner for m in measures]
    emails = [p.email for p in participants] + [m.owner_contact for m in measures]
    phones = [p.phone for p in participants] + [m.owner_contact for m in measures]
    return Scrubber(names, emails, phones)


# --------------------------------------------------------------------------- building
def build_snapshot(store, meeting_id: int, now: float | None = None) -> Snapshot | None:
    """The snapshot of one meeting, or None if the meeting does not exist (any more)."""
    data = build_data(store, meeting_id, now)
    if data is None:
        return None
    device_dots = {}
    if data["input"]["open"]:
        device_dots = {device: dict(dots) for device, dots in phone_input.dots_by_device(store, meeting_id).items()}
    return Snapshot.from_data(data["token"], data, device_dots, meeting_id, *_codes(store, meeting_id))


def _codes(store, meeting_id: int) -> tuple[dict[str, int], dict[str, dict[int, int]]]:
    """The meeting's live host links (token -> table number) and its personal codes (code ->
    round number -> table number, the seating as it is now; a host who stays has their table
    in every round)."""
    tables = seating.tables_of(store, meeting_id)
    number = {t.id: n for n, t in enumerate(tables, start=1)}
    links = {link.token: number[link.table_id] for link in host_links.links_of(store, meeting_id)
             if link.table_id in number}
    codes = host_links.codes_of(store, meeting_id)
    if not codes:
        return links, {}
    rounds = seating.rounds_of(store, meeting_id)
    round_number = {r.id: r.number for r in rounds}
    where: dict[int, dict[int, int]] = {}
    for seat in seating.seats_in_rounds(store, list(round_number)):
        if seat.table_id in number:
            where.setdefault(seat.participant_id, {})[round_number[seat.round_id]] = number[seat.table_id]
    meeting = store.get(Meeting, meeting_id)
    if meeting is not None and meeting.hosts_stay:
        for table in tables:
            if table.host_participant_id:
                where[table.host_participant_id] = {r.number: number[table.id] for r in rounds}
    return links, {code: where.get(participant_id, {}) for participant_id, code in codes.items()}


def build_data(store, meeting_id: int, now: float | None = None) -> dict | None:
    meeting = store.get(Meeting, meeting_id)
    if meeting is None:
        return None
    all_measures = measures_repo.measures_in_plan_order(store)
    clean = scrubber_for(store, all_measures)
    tables = seating.tables_of(store, meeting_id)
    table_number = {t.id: n for n, t in enumerate(tables, start=1)}
    rounds = seating.rounds_of(store, meeting_id)
    round_number = {r.id: r.number for r in rounds}
    questions = meetings.questions_of(store, meeting_id)
    themes = harvest.themes_of(store, meeting_id)
    theme_ids = {t.id for t in themes}
    everything = contribution_repo.of_meeting(store, meeting_id)
    contributions = [c for c in everything if publishing.is_released(c)]
    published_ids = {c.id for c in contributions}
    votes = harvest.votes_of(store, meeting_id)
    contribution_dots: dict[int, int] = {}
    theme_dots: dict[int, int] = {}
    for contribution_id, dots in phone_input.dots_by_contribution(store, meeting_id).items():
        contribution_dots[contribution_id] = contribution_dots.get(contribution_id, 0) + dots
    for vote in votes:
        if vote.contribution_id is not None:
            contribution_dots[vote.contribution_id] = contribution_dots.get(vote.contribution_id, 0) + vote.dots
        elif vote.theme_id is not None:
            theme_dots[vote.theme_id] = theme_dots.get(vote.theme_id, 0) + vote.dots

    # Measures: those that came from this meeting, directly or through its ideas and themes.
    all_ids = {c.id for c in everything}
    sources = [
        s
        for s in measures_repo.all_sources(store)
        if (s.contribution_id in all_ids) or (s.theme_id in theme_ids)
    ]
    measure_ids = {s.measure_id for s in sources}
    measures = [
        m
        for m in all_measures
        if (m.origin_meeting_id == meeting_id or m.id in measure_ids) and m.status in VISIBLE_MEASURE_STATUSES
    ]
    shown_measures = {m.id for m in measures}
    measures_of_contribution: dict[int, list[int]] = {}
    measures_of_theme: dict[int, list[int]] = {}
    for source in sources:
        if source.measure_id not in shown_measures:
            continue
        if source.contribution_id is not None:
            measures_of_contribution.setdefault(source.contribution_id, []).append(source.measure_id)
        if source.theme_id is not None:
            measures_of_theme.setdefault(source.theme_id, []).append(source.measure_id)

    mitigations: dict[int, list[str]] = {}
    risk_ids = [c.id for c in contributions if c.kind == "risk"]
    for row in contribution_repo.mitigations_of_many(store, risk_ids):
        mitigations.setdefault(row.contribution_id, []).append(clean(row.text))

    def outcome(c: Contribution) -> dict:
        if c.merged_into_id is not None:
            into = c.merged_into_id if c.merged_into_id in published_ids else None
            return {"state": "merged", "into": into}
        direct = list(dict.fromkeys(measures_of_contribution.get(c.id, [])))
        via_theme = measures_of_theme.get(c.theme_id, []) if c.theme_id is not None else []
        via_theme = [m for m in dict.fromkeys(via_theme) if m not in direct]
        if direct or via_theme:
            return {"state": "measure", "measures": direct, "theme_measures": via_theme}
        return {"state": "kept"}

    question_out = []
    for q in questions:
        question_out.append(
            {
                "id": q.id,
                "text": clean(q.text),
                "guidance": clean(q.guidance),
                "round": q.round_number,
                "table": table_number.get(q.table_id),
            }
        )

    data: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "token": meeting.share_token,
        "meeting": {
            "title": clean(meeting.title),
            "format": meeting.format,
            "date": meeting.date,
            "start_time": meeting.start_time,
            "end_time": meeting.end_time,
            "place": clean(meeting.place),
            "purpose": clean(meeting.purpose),
            "frame_statement": clean(meeting.frame_statement),
            "next_steps": clean(meeting.next_steps),
            "feedback_method": clean(meeting.feedback_method),
            "question_per_table": bool(meeting.question_per_table),
            "ends_at": _epoch(meeting.date, meeting.end_time),
        },
        "privacy_note": dict(PRIVACY_NOTE),
        "tables": [{"number": table_number[t.id], "name": clean(t.name)} for t in tables],
        "rounds": [{"number": r.number, "minutes": r.minutes} for r in rounds],
        "questions": question_out,
        "themes": [
            {
                "id": t.id,
                "title": clean(t.title),
                "description": clean(t.description),
                "votes": theme_dots.get(t.id, 0),
                "measures": measures_of_theme.get(t.id, []),
            }
            for t in themes
        ],
        "contributions": [
            {
                "id": c.id,
                "kind": c.kind,
                "text": clean(c.text),
                "round": round_number.get(c.round_id),
                "table": table_number.get(c.table_id),
                "question": c.question_id if any(q["id"] == c.question_id for q in question_out) else None,
                "theme": c.theme_id if c.theme_id in theme_ids else None,
                "votes": contribution_dots.get(c.id, 0),
                "mitigations": mitigations.get(c.id, []),
                "outcome": outcome(c),
            }
            for c in contributions
        ],
        "measures": [
            {
                "id": m.id,
                "title": clean(m.title),
                "description": clean(m.description),
                "department": clean(m.department),
                "due_date": m.due_date,
                "time_frame": clean(m.time_frame),
                "status": m.status,
            }
            for m in measures
        ],
        "timer": timer_state(store, meeting_id, rounds, now),
        "input": {"dot_budget": max(meeting.dot_budget, 0), "open": bool(meeting.phone_input)},
    }
    themes_at_tables = _table_themes(store, meeting_id, table_number, clean)
    if themes_at_tables:
        data["assessment"] = {"tables": themes_at_tables}
    return data


def _table_themes(store, meeting_id: int, table_number: dict[int, int], clean) -> list[dict]:
    """A self-assessment run as a café: each table's theme, its key factor and guiding questions
    (only the tables that took one; empty for every other meeting)."""
    found = assessment_repo.assessment_of_meeting(store, meeting_id)
    if found is None or found.id is None:
        return []
    framework = assessment_repo.framework_named(store, found.framework)
    out = []
    for table_id, number in sorted(assessment_repo.table_themes_of(store, found.id).items(),
                                   key=lambda item: table_number.get(item[0], 0)):
        theme = framework.theme(number)
        if theme is None or table_id not in table_number:
            continue
        out.append({
            "table": table_number[table_id],
            "theme": clean(theme.label()),
            "key_factor": clean(theme.key_factor.text),
            "questions": [clean(f"{q.number} {q.text}") for q in theme.questions],
        })
    return out


# --------------------------------------------------------------------------- timer
def timer_state(store, meeting_id: int, rounds: list[Round] | None = None, now: float | None = None) -> dict | None:
    """The round timer as the phones show it, or None when nothing is timed.

    Read defensively: the timer is stored by another part of the app, and any odd value
    gives "no timer" rather than an error. A running timer is sent as the moment it ends
    (``ends_at``, seconds since the epoch on the laptop's clock; the server adds its clock to
    every answer so phones can count down correctly); a paused one as what remains.
    """
    now = time.time() if now is None else now
    try:
        timer = timers.timer_of(store, meeting_id)
    except Exception:  # the table may not exist in an older or newer file
        timer = None
    current_round = None
    rounds = rounds if rounds is not None else seating.rounds_of(store, meeting_id)
    for r in rounds:  # the last round that has started and not ended
        if r.started_at and not r.ended_at:
            current_round = r.number
    if timer is None or timer.state not in ("running", "paused", "finished"):
        if current_round is None:
            return None
        return {"state": "stopped", "round": current_round, "title": "", "kind": "round",
                "total_seconds": None, "ends_at": None, "remaining_seconds": None}
    item = store.get(AgendaItem, timer.agenda_item_id) if timer.agenda_item_id else None
    try:
        total = float((item.minutes if item else 0) * 60 + int(timer.extra_seconds or 0))
        elapsed = float(timer.elapsed_seconds or 0.0)
    except (TypeError, ValueError):
        return None
    result = {
        "state": timer.state,
        "round": (item.round_number if item and item.round_number else current_round),
        "title": item.title if item else "",
        "kind": item.kind if item else "",
        "total_seconds": total if total > 0 else None,
        "ends_at": None,
        "remaining_seconds": None,
    }
    if total <= 0:
        return result
    if timer.state == "running":
        started = _parse_moment(timer.started_at)
        if started is None:
            result["remaining_seconds"] = max(0.0, total - elapsed)
        else:
            result["ends_at"] = round(started + total - elapsed, 3)
    elif timer.state == "paused":
        result["remaining_seconds"] = max(0.0, total - elapsed)
    else:
        result["remaining_seconds"] = 0.0
    return result


def _parse_moment(value) -> float | None:
    """Seconds since the epoch from an ISO date-time (local time when naive) or a number."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    try:
        return float(text)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.timestamp()  # naive: local time, as the laptop wrote it


def _epoch(day: str, clock: str) -> float | None:
    """The end of the meeting in seconds since the epoch (local time), or None."""
    if not day:
        return None
    try:
        return datetime.fromisoformat(f"{day}T{clock or '23:59'}").timestamp()
    except ValueError:
        return None
