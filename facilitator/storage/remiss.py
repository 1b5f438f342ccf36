"""The remiss of the plan: its rounds, recipients, replies and remarks (``domain/remiss.py``)."""

from __future__ import annotations

from ..domain.entities import Participant, RemissRecipient, RemissRemark, RemissReply, RemissRound
from .process_store import ProcessStore


def rounds(store: ProcessStore) -> list[RemissRound]:
    """Every remiss round, the first sent first (unsent ones last)."""
    return store.list(RemissRound, order_by="sent_date = '', sent_date, id")


def latest_round(store: ProcessStore) -> RemissRound | None:
    """The round the summary is about by default: the last one made."""
    found = store.list(RemissRound, order_by="id DESC")
    return found[0] if found else None


def recipients(store: ProcessStore, round_id: int) -> list[RemissRecipient]:
    return store.list(RemissRecipient, "round_id = ?", (round_id,), order_by="position, id")


def next_recipient_position(store: ProcessStore, round_id: int) -> int:
    return store.next_position(RemissRecipient, "round_id = ?", (round_id,))


def reply_of(store: ProcessStore, recipient_id: int) -> RemissReply | None:
    found = store.list(RemissReply, "recipient_id = ?", (recipient_id,))
    return found[0] if found else None


def replies(store: ProcessStore, round_id: int) -> list[RemissReply]:
    where = "recipient_id IN (SELECT id FROM remiss_recipient WHERE round_id = ?)"
    return store.list(RemissReply, where, (round_id,))


def remarks_of(store: ProcessStore, reply_id: int) -> list[RemissRemark]:
    return store.list(RemissRemark, "reply_id = ?", (reply_id,), order_by="position, id")


def remark_count(store: ProcessStore, reply_id: int) -> int:
    return store.count(RemissRemark, "reply_id = ?", (reply_id,))


def next_remark_position(store: ProcessStore, reply_id: int) -> int:
    return store.next_position(RemissRemark, "reply_id = ?", (reply_id,))


def remarks(store: ProcessStore, round_id: int) -> list[RemissRemark]:
    where = ("reply_id IN (SELECT remiss_reply.id FROM remiss_reply JOIN remiss_recipient "
             "ON remiss_recipient.id = remiss_reply.recipient_id WHERE remiss_recipient.round_id = ?)")
    return store.list(RemissRemark, where, (round_id,), order_by="position, id")


def remarks_on_measure(store: ProcessStore, measure_id: int) -> list[RemissRemark]:
    """The remarks on a measure, or that changed it."""
    return store.list(RemissRemark, "measure_id = ? OR changed_measure_id = ?", (measure_id, measure_id))


def organisation_categories(store: ProcessStore, organisation_id: int) -> list[str]:
    """The register categories of an organisation's people (to guess the kind of recipient)."""
    return [p.category for p in store.list(Participant, "organisation_id = ?", (organisation_id,))]
