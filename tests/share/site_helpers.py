"""A process with hostile text for the results site, and the checks every site must pass:
no personal data in any file, links that stay inside the site, nothing from elsewhere."""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from facilitator.domain.entities import (
    CafeTable,
    Contribution,
    Measure,
    MeasureSource,
    Meeting,
    Participant,
    Process,
    Theme,
    Vote,
)
from facilitator.storage.process_store import ProcessStore

from . import leaks, personal_data

HOSTILE = [
    "<script>alert('site')</script> Öppet hus \x00\x1b[31m varje månad",
    "\u202eTXT.exe mot hatbrott",
    "مرحبا: läxhjälp på arabiska i biblioteket",
    "\"'><img src=x onerror=alert(1)> 🎉 👩🏽‍🏫",
    "Ring Karin Lindqvist på 070-123 45 67 eller mejla karin.lindqvist@ekbacka.se",
    "</p></li></ul><a href='https://evil.example/'>klicka</a>",
]
UNRELEASED = "Hemlig anteckning som aldrig släpptes"
PROPOSED = "Utkast till åtgärd som inte är beslutad"


def hostile_process(folder: Path) -> Path:
    """A process whose texts try everything: markup, controls, right-to-left, a participant's
    name, phone and e-mail typed into a note; unreleased notes and a proposed measure."""
    path = folder / "fientlig.facilitator"
    store = ProcessStore.create(path, "<b>Fientlig</b> process \u202e")
    try:
        store.update(Process, 1, municipality="Ekbacka <kommun>", public_address="https://www.ekbacka.se/resultat/")
        store.insert(Participant(name="Karin Lindqvist", email="karin.lindqvist@ekbacka.se", phone="070-123 45 67"))
        store.insert(Participant(name="Omar Haddad", email="omar@example.org", phone="+46 8 555 123 45"))
        meeting = store.insert(Meeting(title="Café <i>om</i> \u202etrygghet", format="world_cafe", date="2027-03-04",
                                       start_time="16:00", end_time="18:00", place="Biblioteket & co",
                                       moderator="Moderator Svensson", coordinator="Samordnare Berg",
                                       frame_statement="Vi tar <em>alla</em> idéer på allvar.\x07"))
        table = store.insert(CafeTable(meeting_id=meeting.id, position=0, name="Bord <Ängen>"))
        theme = store.insert(Theme(meeting_id=meeting.id, title="Tema \"trygghet\" <u>", description=""))
        released = []
        for text in HOSTILE:
            released.append(store.insert(Contribution(meeting_id=meeting.id, kind="idea", text=text, published=True,
                                                      table_id=table.id, theme_id=theme.id)))
        store.insert(Contribution(meeting_id=meeting.id, kind="note", text=UNRELEASED, published=False))
        store.insert(Vote(meeting_id=meeting.id, contribution_id=released[0].id, dots=3))
        decided = store.insert(Measure(title="Läxhjälp <script>x</script>", description="Ansvar: Omar Haddad",
                                       department="Kultur & fritid", owner="Omar Haddad",
                                       owner_contact="omar@example.org", status="ongoing", due_date="2027-12-31",
                                       origin_meeting_id=meeting.id))
        store.insert(MeasureSource(measure_id=decided.id, contribution_id=released[2].id))
        store.insert(Measure(title=PROPOSED, status="proposed", origin_meeting_id=meeting.id, owner="Karin Lindqvist"))
        store.insert(Measure(title="Åtgärd utan möte", status="done", owner="Karin Lindqvist",
                             department="Socialförvaltningen"))
    finally:
        store.close()
    return path


def all_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def zip_files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def leaked(files: dict[str, bytes], store) -> dict[str, list[str]]:
    values = personal_data(store)
    found = {}
    for name, data in files.items():
        bad = leaks(data, values)
        if bad:
            found[name] = bad
    return found


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        self.tags.append((tag, values))
        for name in ("href", "src", "action", "srcset", "poster", "data"):
            if name in values and values[name] is not None:
                self.links.append((tag, name, values[name]))


def parse(html: bytes) -> _Links:
    parser = _Links()
    parser.feed(html.decode("utf-8"))
    return parser


def link_problems(files: dict[str, bytes]) -> list[str]:
    """Every link of every page must be relative, name a file (no folder: file:// does not
    find index.html), and reach a file of the site; a "#x" must name an id on its page."""
    problems = []
    names = set(files)
    for name, data in files.items():
        if not name.endswith(".html"):
            continue
        parser = parse(data)
        ids = {values.get("id") for _tag, values in parser.tags}
        for tag, attribute, value in parser.links:
            parts = urlsplit(value)
            if parts.scheme or parts.netloc or value.startswith("/"):
                problems.append(f"{name}: {tag}[{attribute}]={value!r} leaves the site")
                continue
            if not parts.path:
                if parts.fragment and parts.fragment not in ids:
                    problems.append(f"{name}: #{parts.fragment} names no element")
                continue
            target = (Path(name).parent / unquote(parts.path)).as_posix()
            normal = re.sub(r"(^|/)\./", r"\1", target)
            while "/../" in f"/{normal}":
                new = re.sub(r"(^|/)[^/]+/\.\./", r"\1", normal, count=1)
                if new == normal:
                    break
                normal = new
            if normal.startswith("../") or normal not in names:
                problems.append(f"{name}: {value!r} -> {normal!r} is not a file of the site")
    return problems
