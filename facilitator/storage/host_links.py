"""Table hosts' links (one live link per café table) and the personal codes on the rotation
cards: the queries. The tokens and codes are made in ``actions/host_links``."""

from __future__ import annotations

from ..domain.entities import Contribution, HostLink, PersonalCode
from .process_store import ProcessStore


def links_of(store: ProcessStore, meeting_id: int, live_only: bool = True) -> list[HostLink]:
    """A meeting's host links, oldest first; only those not revoked unless ``live_only`` is False."""
    if live_only:
        return store.list(HostLink, "meeting_id = ? AND revoked_at = ''", (meeting_id,), order_by="id")
    return store.list(HostLink, "meeting_id = ?", (meeting_id,), order_by="id")


def live_link_of_table(store: ProcessStore, table_id: int) -> HostLink | None:
    found = store.list(HostLink, "table_id = ? AND revoked_at = ''", (table_id,), order_by="id DESC")
    return found[0] if found else None


def link_by_token(store: ProcessStore, token: str) -> HostLink | None:
    """The live link with this token (None for an unknown or revoked one)."""
    found = store.list(HostLink, "token = ? AND revoked_at = ''", (token,))
    return found[0] if found else None


def host_captured_ids(store: ProcessStore, meeting_id: int) -> set[int]:
    """The meeting's contributions a table host captured on a phone."""
    return {c.id for c in store.list(Contribution, "meeting_id = ? AND host_link_id IS NOT NULL", (meeting_id,))
            if c.id is not None}


def codes_of(store: ProcessStore, meeting_id: int) -> dict[int, str]:
    """Participant id -> their personal code for this café."""
    return {c.participant_id: c.code for c in store.list(PersonalCode, "meeting_id = ?", (meeting_id,))}


def token_taken(store: ProcessStore, token: str) -> bool:
    return store.count(HostLink, "token = ?", (token,)) > 0


def code_taken(store: ProcessStore, code: str) -> bool:
    return store.count(PersonalCode, "code = ?", (code,)) > 0


def participant_of_code(store: ProcessStore, code: str) -> PersonalCode | None:
    found = store.list(PersonalCode, "code = ?", (code,))
    return found[0] if found else None
