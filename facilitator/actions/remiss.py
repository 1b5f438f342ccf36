"""Edits of the remiss: rounds, recipients (from the register or typed in), replies, remarks
and how each remark is handled. Every builder returns one undoable action, raises
``Invalid`` (its ``code`` a ``domain.remiss.Problem``) when the rules refuse the edit, and
``NothingToChange`` when the edit asks for what is already there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..domain import remiss as rules
from ..domain.entities import Measure, RemissRecipient, RemissRemark, RemissReply, RemissRound, stored_id
from ..domain.remiss import Handling, Problem, RecipientKind, ReplyOutcome
from ..domain.vocabulary import QT_TRANSLATE_NOOP, Plural
from ..storage import register
from ..storage import remiss as repo
from .base import Delete, Insert, Invalid, NothingToChange, Update

KEEP = object()  # a field left as it is

ROUND_FIELDS = ("title", "sent_date", "reply_deadline", "dnr", "reply_to", "note")


def _refuse(problems) -> None:
    if problems:
        raise Invalid(str(problems[0]))


def _changed(entity, changes: dict) -> dict:
    changed = {name: value for name, value in changes.items() if getattr(entity, name) != value}
    if not changed:
        raise NothingToChange
    return changed


def _get(store, cls, entity_id):
    found = store.get(cls, entity_id)
    if found is None:
        raise KeyError(f"{cls.TABLE} {entity_id}")
    return found


# -- rounds ---------------------------------------------------------------------------------------


def start_round(store, title: str, sent_date: str = "", reply_deadline: str = "", dnr: str = "",
                reply_to: str = "") -> Insert:
    """A new remiss round (``action.first(RemissRound)`` is it)."""
    sent_date, reply_deadline = sent_date.strip(), reply_deadline.strip()
    _refuse(rules.check_round_dates(sent_date, reply_deadline))
    round_ = RemissRound(title=rules.clean(title), sent_date=sent_date, reply_deadline=reply_deadline,
                         dnr=rules.clean(dnr), reply_to=reply_to.strip())
    return Insert([round_], label=QT_TRANSLATE_NOOP("Commands", "New remiss round"))


def update_round(store, round_id: int, **changes) -> Update:
    """Changes the round's texts or dates: the deadline stays after the sending, and no reply
    already recorded may come before it."""
    unknown = set(changes) - set(ROUND_FIELDS)
    if unknown:
        raise Invalid("not_editable", ", ".join(sorted(unknown)))
    round_ = _get(store, RemissRound, round_id)
    changes = {k: (v.strip() if k in ("sent_date", "reply_deadline", "reply_to", "note") else rules.clean(v))
               for k, v in changes.items()}
    changes = _changed(round_, changes)
    after = round_.with_changes(**changes)
    received = [reply.received_date for reply in repo.replies(store, round_id)]
    _refuse(rules.check_round_dates(after.sent_date, after.reply_deadline, received))
    return Update(RemissRound, round_id, changes, label=QT_TRANSLATE_NOOP("Commands", "Change remiss"))


def delete_round(round_id: int) -> Delete:
    """The round with its recipients, replies and remarks; undo brings them all back."""
    return Delete([(RemissRound, round_id)], label=QT_TRANSLATE_NOOP("Commands", "Delete remiss round"))


# -- recipients -----------------------------------------------------------------------------------


def guess_kind(store, organisation_id: int | None) -> str:
    """The kind of recipient an organisation of the register is, from its people's categories."""
    if organisation_id is None:
        return RecipientKind.OTHER
    kinds = Counter(rules.KIND_OF_CATEGORY[c] for c in repo.organisation_categories(store, organisation_id)
                    if c in rules.KIND_OF_CATEGORY)
    return kinds.most_common(1)[0][0] if kinds else RecipientKind.OTHER


def add_recipient(store, round_id: int, name: str = "", kind: str | None = None,
                  organisation_id: int | None = None) -> Insert:
    """One recipient: an organisation of the register (``organisation_id``), or a name typed in."""
    return add_recipients(store, round_id, [(organisation_id, name, kind)])


def add_recipients_from_register(store, round_id: int, organisation_ids: Iterable[int]) -> Insert:
    """Organisations of the register as recipients, one step; those already on the list are
    left out (NothingToChange when that is all of them)."""
    existing = {r.organisation_id for r in repo.recipients(store, round_id)}
    wanted = [i for i in dict.fromkeys(organisation_ids) if i not in existing]
    if not wanted:
        raise NothingToChange
    return add_recipients(store, round_id, [(i, "", None) for i in wanted])


def add_recipients(store, round_id: int, entries) -> Insert:
    _get(store, RemissRound, round_id)
    names = register.organisation_names(store)
    existing = repo.recipients(store, round_id)
    position = repo.next_recipient_position(store, round_id)
    made: list[RemissRecipient] = []
    for organisation_id, name, kind in entries:
        if organisation_id is not None and organisation_id not in names:
            raise KeyError(f"organisation {organisation_id}")
        kind = kind or guess_kind(store, organisation_id)
        name = rules.clean(names.get(organisation_id, "") if organisation_id is not None else name)
        _refuse(rules.check_recipient(name, organisation_id, kind, existing + made, names))
        made.append(RemissRecipient(round_id=round_id, organisation_id=organisation_id, name=name, kind=kind,
                                    position=position + len(made)))
    action = Insert(made, label=Plural.translate("Commands", "Add %n recipient(s)", "", -1))
    action.count = len(made)
    return action


def change_recipient(store, recipient_id: int, *, name: str | None = None, kind: str | None = None) -> Update:
    recipient = _get(store, RemissRecipient, recipient_id)
    changes = {}
    if kind is not None:
        if kind not in tuple(RecipientKind):
            raise Invalid(Problem.BAD_KIND)
        changes["kind"] = kind
    if name is not None:
        name = rules.clean(name)
        others = [r for r in repo.recipients(store, recipient.round_id) if r.id != recipient_id]
        _refuse(rules.check_recipient(name, None, recipient.kind, others, {}))
        changes["name"] = name
    changes = _changed(recipient, changes)
    return Update(RemissRecipient, recipient_id, changes, label=QT_TRANSLATE_NOOP("Commands", "Change recipient"))


def remove_recipients(ids: Iterable[int]) -> Delete:
    """Recipients with their replies and remarks; undo brings them back."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise NothingToChange
    action = Delete([(RemissRecipient, i) for i in ids], label=Plural.translate("Commands", "Remove %n recipient(s)", "", -1))
    action.count = len(ids)
    return action


# -- replies --------------------------------------------------------------------------------------


def record_reply(store, recipient_id: int, outcome: str, received_date: str, summary: str | None = None):
    """The recipient's reply (received on a day, with remarks to come) or that they decline
    ("avstår"); a reply already recorded is changed. Undo goes back to what was there."""
    recipient = _get(store, RemissRecipient, recipient_id)
    round_ = _get(store, RemissRound, recipient.round_id)
    reply = repo.reply_of(store, recipient_id)
    received_date = received_date.strip()
    remarks = repo.remark_count(store, stored_id(reply)) if reply is not None else 0
    _refuse(rules.check_reply(round_, outcome, received_date, remarks))
    if reply is None:
        made = RemissReply(recipient_id=recipient_id, outcome=outcome, received_date=received_date,
                           summary=(summary or "").strip())
        return Insert([made], label=QT_TRANSLATE_NOOP("Commands", "Record reply"))
    changes = {"outcome": outcome, "received_date": received_date}
    if summary is not None:
        changes["summary"] = summary.strip()
    return Update(RemissReply, stored_id(reply), _changed(reply, changes), label=QT_TRANSLATE_NOOP("Commands", "Change reply"))


def remove_reply(store, recipient_id: int) -> Delete:
    """Back to "no reply": the reply and its remarks go (undo brings them back)."""
    reply = repo.reply_of(store, recipient_id)
    if reply is None:
        raise NothingToChange
    return Delete([(RemissReply, stored_id(reply))], label=QT_TRANSLATE_NOOP("Commands", "Remove reply"))


# -- remarks --------------------------------------------------------------------------------------


def _measure_title(store, measure_id: int | None) -> str:
    if measure_id is None:
        return ""
    return _get(store, Measure, measure_id).title


def add_remark(store, reply_id: int, text: str, measure_id: int | None = None) -> Insert:
    """A remark of a reply, on a measure or (None) on the plan in general."""
    reply = _get(store, RemissReply, reply_id)
    if reply.outcome == ReplyOutcome.DECLINED:
        raise Invalid(Problem.REMARK_ON_DECLINED)
    text = text.strip()
    if not text:
        raise Invalid(Problem.EMPTY_REMARK)
    remark = RemissRemark(reply_id=reply_id, position=repo.next_remark_position(store, reply_id), text=text,
                          measure_id=measure_id, measure_title=_measure_title(store, measure_id))
    return Insert([remark], label=QT_TRANSLATE_NOOP("Commands", "Add remark"))


def change_remark(store, remark_id: int, *, text: str | None = None, measure_id=KEEP) -> Update:
    """The remark's text, or what it is about (a measure, or None for the plan in general)."""
    remark = _get(store, RemissRemark, remark_id)
    changes: dict = {}
    if text is not None:
        text = text.strip()
        if not text:
            raise Invalid(Problem.EMPTY_REMARK)
        changes["text"] = text
    if measure_id is not KEEP:
        changes["measure_id"] = measure_id
        changes["measure_title"] = _measure_title(store, measure_id)
    changes = _changed(remark, changes)
    return Update(RemissRemark, remark_id, changes, label=QT_TRANSLATE_NOOP("Commands", "Change remark"))


def handle_remark(store, remark_id: int, handling: str, motivation: str | None = None,
                  changed_measure_id=KEEP) -> Update:
    """How the remark was handled, with the motivation and the measure it changed. A remark
    that is not accepted changes no measure: a link it had goes in the same step."""
    remark = _get(store, RemissRemark, remark_id)
    changed = remark.changed_measure_id if changed_measure_id is KEEP else changed_measure_id
    if handling not in rules.CHANGING and changed_measure_id is KEEP:
        changed = None
    if changed is not None:
        _get(store, Measure, changed)
    _refuse(rules.check_handling(handling, changed))
    changes = {"handling": handling, "changed_measure_id": changed}
    if motivation is not None:
        changes["motivation"] = motivation.strip()
    changes = _changed(remark, changes)
    return Update(RemissRemark, remark_id, changes, label=QT_TRANSLATE_NOOP("Commands", "Handle remark"))


def remove_remarks(ids: Iterable[int]) -> Delete:
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise NothingToChange
    action = Delete([(RemissRemark, i) for i in ids], label=Plural.translate("Commands", "Remove %n remark(s)", "", -1))
    action.count = len(ids)
    return action


__all__ = [
    "KEEP", "Handling", "ReplyOutcome", "add_recipient", "add_recipients_from_register", "add_remark",
    "change_recipient", "change_remark", "delete_round", "guess_kind", "handle_remark", "record_reply",
    "remove_recipients", "remove_remarks", "remove_reply", "start_round", "update_round",
]
