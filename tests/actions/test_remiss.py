"""Remiss edits without Qt: each one undoable step, the rules refusing bad ones before a write."""

import pytest

from facilitator import actions
from facilitator.actions import remiss as edit
from facilitator.domain.entities import (
    Measure,
    Organisation,
    Participant,
    RemissRecipient,
    RemissRemark,
    RemissReply,
    RemissRound,
)
from facilitator.storage import remiss as repo


def _round(store, sent="2027-04-21", deadline="2027-05-19") -> int:
    action = edit.start_round(store, "Remiss av utkastet", sent, deadline, dnr="KS 2027/112")
    actions.perform(store, action)
    return action.first(RemissRound).id


def _rows(store):
    return {cls.__name__: [e.to_row() for e in store.list(cls)]
            for cls in (RemissRound, RemissRecipient, RemissReply, RemissRemark, Measure)}


def test_a_round_needs_its_deadline_after_the_sending(store):
    with pytest.raises(actions.Invalid) as refused:
        edit.start_round(store, "Remiss", "2027-05-19", "2027-04-21")
    assert refused.value.code == "deadline_not_after_sent"
    with pytest.raises(actions.Invalid, match="bad_date"):
        edit.start_round(store, "Remiss", "19 maj", "")
    round_id = _round(store)
    with pytest.raises(actions.Invalid, match="deadline_not_after_sent"):
        edit.update_round(store, round_id, reply_deadline="2027-04-20")
    with pytest.raises(actions.NothingToChange):
        edit.update_round(store, round_id, dnr="KS  2027/112")
    change = edit.update_round(store, round_id, reply_deadline="2027-05-26")
    actions.perform(store, change)
    assert store.get(RemissRound, round_id).reply_deadline == "2027-05-26"
    actions.revert(store, change)
    assert store.get(RemissRound, round_id).reply_deadline == "2027-05-19"


def test_recipients_from_the_register_and_typed_in_once_each(store):
    vision = store.insert(Organisation(name="Vision Ekbacka"))
    byran = store.insert(Organisation(name="Antidiskrimineringsbyrån Mitt"))
    store.insert(Participant(name="Kristina", organisation_id=vision.id, category="union"))
    store.insert(Participant(name="Daniel", organisation_id=byran.id, category="ngo"))
    round_id = _round(store)
    before = _rows(store)
    many = edit.add_recipients_from_register(store, round_id, [vision.id, byran.id, vision.id])
    actions.perform(store, many)
    listed = repo.recipients(store, round_id)
    assert [(r.name, r.kind, r.position) for r in listed] == [
        ("Vision Ekbacka", "union", 0), ("Antidiskrimineringsbyrån Mitt", "association", 1)]
    with pytest.raises(actions.NothingToChange):
        edit.add_recipients_from_register(store, round_id, [vision.id])
    with pytest.raises(actions.Invalid, match="duplicate_recipient"):
        edit.add_recipient(store, round_id, "vision ekbacka", "union")
    typed = edit.add_recipient(store, round_id, " Kommunal  sektion Ekbacka ", "union")
    actions.perform(store, typed)
    assert repo.recipients(store, round_id)[-1].name == "Kommunal sektion Ekbacka"
    actions.revert(store, typed)
    actions.revert(store, many)
    assert _rows(store) == before


def test_a_reply_its_remarks_and_their_handling_undo_step_by_step(store):
    measure = store.insert(Measure(title="Gemensam mottagning"))
    round_id = _round(store)
    add = edit.add_recipient(store, round_id, "Hyresgästföreningen", "association")
    actions.perform(store, add)
    recipient_id = add.first(RemissRecipient).id
    start = _rows(store)

    with pytest.raises(actions.Invalid, match="reply_before_sent"):
        edit.record_reply(store, recipient_id, "answered", "2027-04-01")
    reply = edit.record_reply(store, recipient_id, "answered", "2027-05-12", "Positiva till planen.")
    actions.perform(store, reply)
    reply_id = repo.reply_of(store, recipient_id).id
    with pytest.raises(actions.Invalid, match="empty_remark"):
        edit.add_remark(store, reply_id, "   ")
    on_measure = edit.add_remark(store, reply_id, "Öppet fler kvällar.", measure.id)
    actions.perform(store, on_measure)
    general = edit.add_remark(store, reply_id, "Bra plan.")
    actions.perform(store, general)
    remark_id = on_measure.first(RemissRemark).id
    assert store.get(RemissRemark, remark_id).measure_title == "Gemensam mottagning"

    with pytest.raises(actions.Invalid, match="declined_has_remarks"):
        edit.record_reply(store, recipient_id, "declined", "2027-05-12")
    handled = edit.handle_remark(store, remark_id, "partly", "Prövas efter sex månader.", measure.id)
    actions.perform(store, handled)
    assert store.get(RemissRemark, remark_id).changed_measure_id == measure.id
    rejected = edit.handle_remark(store, remark_id, "rejected", "Ryms inte i budgeten.")
    actions.perform(store, rejected)
    after = store.get(RemissRemark, remark_id)
    assert (after.handling, after.changed_measure_id) == ("rejected", None)  # the link went in the same step
    with pytest.raises(actions.Invalid, match="change_needs_acceptance"):
        edit.handle_remark(store, remark_id, "rejected", None, measure.id)
    actions.revert(store, rejected)
    assert store.get(RemissRemark, remark_id).changed_measure_id == measure.id

    for step in (handled, general, on_measure, reply):
        actions.revert(store, step)
    assert _rows(store) == start
    for step in (reply, on_measure, general, handled):  # redo brings back the same rows
        actions.perform(store, step)
    assert store.get(RemissRemark, remark_id).handling == "partly"


def test_a_declined_reply_takes_no_remarks_and_removing_a_recipient_takes_its_reply(store):
    round_id = _round(store)
    add = edit.add_recipient(store, round_id, "Studiefrämjandet", "association")
    actions.perform(store, add)
    recipient_id = add.first(RemissRecipient).id
    actions.perform(store, edit.record_reply(store, recipient_id, "declined", "2027-05-05"))
    reply_id = repo.reply_of(store, recipient_id).id
    with pytest.raises(actions.Invalid, match="remark_on_declined"):
        edit.add_remark(store, reply_id, "Något")
    removal = edit.remove_recipients([recipient_id])
    actions.perform(store, removal)
    assert store.list(RemissReply) == []
    actions.revert(store, removal)
    assert repo.reply_of(store, recipient_id).outcome == "declined"


def test_a_deleted_measure_keeps_its_title_on_the_remark(store):
    measure = store.insert(Measure(title="Krav i upphandlingar"))
    round_id = _round(store)
    add = edit.add_recipient(store, round_id, "Företagarna", "employer")
    actions.perform(store, add)
    recipient_id = add.first(RemissRecipient).id
    actions.perform(store, edit.record_reply(store, recipient_id, "answered", "2027-05-24"))
    remark = edit.add_remark(store, repo.reply_of(store, recipient_id).id, "Stryk åtgärden.", measure.id)
    actions.perform(store, remark)
    deletion = actions.Delete([(Measure, measure.id)])
    actions.perform(store, deletion)
    kept = store.get(RemissRemark, remark.first(RemissRemark).id)
    assert (kept.measure_id, kept.measure_title) == (None, "Krav i upphandlingar")
    actions.revert(store, deletion)
    assert store.get(RemissRemark, kept.id).measure_id == measure.id


def test_the_sent_date_cannot_move_past_a_reply(store):
    round_id = _round(store)
    add = edit.add_recipient(store, round_id, "Vision", "union")
    actions.perform(store, add)
    actions.perform(store, edit.record_reply(store, add.first(RemissRecipient).id, "answered", "2027-05-02"))
    with pytest.raises(actions.Invalid, match="replies_before_sent"):
        edit.update_round(store, round_id, sent_date="2027-05-03")
