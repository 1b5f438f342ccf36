"""The table hosts' links and the rotation cards' personal codes: made, revoked and made anew.

Each is the coordinator's edit, undoable: creating the links of a café's tables, revoking one
(its page answers 404 from then on; what was captured through it stays), making a new one for
a table (the old one is revoked in the same step). The personal codes are made for everyone
seated in the café who has none; they are not remade when the seating changes, because the
page a code opens reads the seating as it is now (a card printed before a change shows the
new table on the phone, and the cards already handed out keep working).
"""

from __future__ import annotations

from datetime import datetime

from ..domain.entities import HostLink, Meeting, PersonalCode, stored_id
from ..domain.host_capture import new_token
from ..domain.vocabulary import QT_TRANSLATE_NOOP
from ..storage import host_links as repo
from ..storage import seating
from .base import Action, Insert, Invalid, NothingToChange, Steps, Update


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _unique_token(store, taken: set[str]) -> str:
    while True:
        token = new_token()
        if token not in taken and not repo.token_taken(store, token):
            taken.add(token)
            return token


def create_links(store, meeting_id: int) -> Insert:
    """A host link for each of the café's tables that has no live one."""
    if store.get(Meeting, meeting_id) is None:
        raise Invalid("no_meeting")
    live = {link.table_id for link in repo.links_of(store, meeting_id)}
    taken: set[str] = set()
    at = now()
    links = [HostLink(meeting_id=meeting_id, table_id=stored_id(table), token=_unique_token(store, taken),
                      created_at=at)
             for table in seating.tables_of(store, meeting_id) if table.id not in live]
    if not links:
        raise NothingToChange
    action = Insert(links, label=QT_TRANSLATE_NOOP("Commands", "Create host links"))
    return action


def revoke_link(store, link_id: int) -> Update:
    """The link stops working at once (its page is a 404)."""
    link = store.get(HostLink, link_id)
    if link is None or link.revoked_at:
        raise NothingToChange
    return Update(HostLink, link_id, {"revoked_at": now()}, label=QT_TRANSLATE_NOOP("Commands", "Revoke host link"))


def renew_link(store, link_id: int) -> Steps:
    """A new link for the same table; the old one is revoked in the same step."""
    link = store.get(HostLink, link_id)
    if link is None:
        raise NothingToChange
    steps: list[Action] = []
    if not link.revoked_at:
        steps.append(Update(HostLink, link_id, {"revoked_at": now()}))
    current = repo.live_link_of_table(store, link.table_id)
    if current is not None and current.id != link.id:
        steps.append(Update(HostLink, stored_id(current), {"revoked_at": now()}))
    steps.append(Insert([HostLink(meeting_id=link.meeting_id, table_id=link.table_id,
                                  token=_unique_token(store, set()), created_at=now())]))
    return Steps(steps, label=QT_TRANSLATE_NOOP("Commands", "Make a new host link"))


def ensure_personal_codes(store, meeting_id: int) -> Insert:
    """A random personal code for everyone seated in the café (or hosting a table) who has
    none yet."""
    if store.get(Meeting, meeting_id) is None:
        raise Invalid("no_meeting")
    have = repo.codes_of(store, meeting_id)
    rounds = [r.id for r in seating.rounds_of(store, meeting_id)]
    people = {seat.participant_id for seat in seating.seats_in_rounds(store, rounds)}
    people |= {t.host_participant_id for t in seating.tables_of(store, meeting_id) if t.host_participant_id}
    taken = set(have.values())
    codes = []
    for participant_id in sorted(people - set(have)):
        while True:
            code = new_token()
            if code not in taken and not repo.code_taken(store, code):
                taken.add(code)
                break
        codes.append(PersonalCode(meeting_id=meeting_id, participant_id=participant_id, code=code))
    if not codes:
        raise NothingToChange
    return Insert(codes, label=QT_TRANSLATE_NOOP("Commands", "Make codes for the rotation cards"))


def prepare_room(store, meeting_id: int) -> Steps:
    """What the printed material needs: host links for every table and personal codes for
    everyone seated, as one step (before printing)."""
    steps: list[Action] = []
    for build in (create_links, ensure_personal_codes):
        try:
            steps.append(build(store, meeting_id))
        except NothingToChange:
            pass
    if not steps:
        raise NothingToChange
    return Steps(steps, label=QT_TRANSLATE_NOOP("Commands", "Make host links and card codes"))
