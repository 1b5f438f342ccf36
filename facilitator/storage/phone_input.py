"""What participants sent from their phones: submissions waiting for review, and dots.

Only the coordinator's approval turns a submission into a contribution; the queries that
read contributions (phones, projector, documents) never see a submission.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from ..domain.entities import PhoneSubmission, PhoneVote, Vote
from .process_store import ProcessStore

WAITING = "waiting"


def submissions_of(store: ProcessStore, meeting_id: int, states: tuple[str, ...] = (WAITING,)) -> list[PhoneSubmission]:
    """A meeting's submissions in the given states, oldest first."""
    marks = ", ".join("?" for _ in states)
    return store.list(PhoneSubmission, f"meeting_id = ? AND state IN ({marks})", (meeting_id, *states), order_by="id")


def waiting_count(store: ProcessStore, meeting_id: int) -> int:
    return store.count(PhoneSubmission, "meeting_id = ? AND state = ?", (meeting_id, WAITING))


def waiting_counts(store: ProcessStore) -> dict[int, int]:
    """Meeting id -> submissions waiting for review (meetings with none are left out; none at
    all in a file opened read-only from before phone input)."""
    try:
        rows = store.conn.execute(
            "SELECT meeting_id, count(*) FROM phone_submission WHERE state = ? GROUP BY meeting_id", (WAITING,)
        ).fetchall()
    except sqlite3.OperationalError:  # no such table: an older file, read only
        return {}
    return dict(rows)


def votes_of(store: ProcessStore, meeting_id: int) -> list[PhoneVote]:
    """Every dot phones gave in a meeting."""
    return store.list(PhoneVote, "meeting_id = ?", (meeting_id,))


def dots_by_contribution(store: ProcessStore, meeting_id: int) -> Counter:
    """Contribution id -> dots from phones."""
    rows = store.conn.execute(
        "SELECT contribution_id, count(*) FROM phone_vote WHERE meeting_id = ? GROUP BY contribution_id", (meeting_id,)
    ).fetchall()
    return Counter(dict(rows))


def dots_of_device(store: ProcessStore, meeting_id: int, device: str) -> list[PhoneVote]:
    """The dots one phone has given in a meeting, oldest first."""
    return store.list(PhoneVote, "meeting_id = ? AND device = ?", (meeting_id, device), order_by="id")


def dots_by_device(store: ProcessStore, meeting_id: int) -> dict[str, Counter]:
    """Device -> (contribution id -> its dots): what each phone has given, for its own page."""
    result: dict[str, Counter] = {}
    rows = store.conn.execute(
        "SELECT device, contribution_id, count(*) FROM phone_vote WHERE meeting_id = ? GROUP BY device, contribution_id",
        (meeting_id,),
    ).fetchall()
    for device, contribution_id, count in rows:
        result.setdefault(device, Counter())[contribution_id] = count
    return result


def as_votes(store: ProcessStore, meeting_id: int | None = None) -> list[Vote]:
    """The phones' dots as the harvest's vote entries (one per contribution), so tallies and
    documents count them with the room's; every meeting's for None."""
    if meeting_id is None:
        rows = store.conn.execute(
            "SELECT meeting_id, contribution_id, count(*) FROM phone_vote GROUP BY meeting_id, contribution_id"
        ).fetchall()
    else:
        rows = store.conn.execute(
            "SELECT meeting_id, contribution_id, count(*) FROM phone_vote WHERE meeting_id = ? "
            "GROUP BY contribution_id", (meeting_id,)
        ).fetchall()
    return [Vote(meeting_id=m, contribution_id=c, dots=n) for m, c, n in rows]
