"""Table hosts' links, their notes taken in, and the rotation cards' personal codes, without Qt."""

import re

import pytest

from facilitator import actions
from facilitator.actions import host_links as edit
from facilitator.actions import phone_input
from facilitator.domain.entities import CafeTable, Contribution, Meeting, Mitigation, Participant, Question, Round, Seat
from facilitator.domain.host_capture import MAX_MITIGATIONS, HostCaptureRequest
from facilitator.storage import host_links as repo


@pytest.fixture
def cafe(store):
    meeting = store.insert(Meeting(title="Café", question_per_table=True))
    tables = [store.insert(CafeTable(meeting_id=meeting.id, position=i, name=f"T{i}")).id for i in range(3)]
    first = store.insert(Round(meeting_id=meeting.id, number=1, started_at="2027-03-04T16:00:00", ended_at="x")).id
    second = store.insert(Round(meeting_id=meeting.id, number=2, started_at="2027-03-04T16:25:00")).id
    questions = [store.insert(Question(meeting_id=meeting.id, position=i, text=f"Q{i}", table_id=t)).id
                 for i, t in enumerate(tables)]
    return meeting.id, tables, (first, second), questions


def take(store, *requests):
    action, outcomes = phone_input.take_in(store, list(requests))
    if action is not None:
        actions.perform(store, action)
    return action, outcomes


def test_links_are_random_one_live_per_table_and_undoable(store, cafe):
    meeting_id, tables, _rounds, _questions = cafe
    created = edit.create_links(store, meeting_id)
    actions.perform(store, created)
    links = repo.links_of(store, meeting_id)
    assert [link.table_id for link in links] == tables
    assert len({link.token for link in links}) == 3 and all(re.fullmatch(r"[a-z2-7]{16}", one.token) for one in links)
    with pytest.raises(actions.NothingToChange):
        edit.create_links(store, meeting_id)
    revoke = edit.revoke_link(store, links[0].id)
    actions.perform(store, revoke)
    assert repo.link_by_token(store, links[0].token) is None and len(repo.links_of(store, meeting_id)) == 2
    with pytest.raises(actions.NothingToChange):
        edit.revoke_link(store, links[0].id)
    renew = edit.renew_link(store, links[1].id)
    actions.perform(store, renew)
    fresh = repo.live_link_of_table(store, tables[1])
    assert fresh.token != links[1].token and repo.link_by_token(store, links[1].token) is None
    actions.revert(store, renew)
    assert repo.live_link_of_table(store, tables[1]).token == links[1].token
    actions.revert(store, revoke)
    actions.revert(store, created)
    assert repo.links_of(store, meeting_id, live_only=False) == []


def test_a_hosts_notes_become_contributions_of_the_table_round_and_question(store, cafe):
    meeting_id, tables, (_first, second), questions = cafe
    actions.perform(store, edit.create_links(store, meeting_id))
    link = repo.live_link_of_table(store, tables[2])
    action, outcomes = take(
        store,
        HostCaptureRequest(link.token, "d" * 32, "risk", " Ingen\u202e läser\x07 protokollen ",
                           ("Läs upp dem", " ", "Skicka ut dem")),
        HostCaptureRequest(link.token, "d" * 32, "quote", "”Vi vill bli tillfrågade”"),
    )
    assert [o.ok for o in outcomes] == [True, True]
    risk, quote = store.list(Contribution, "host_link_id = ?", (link.id,), order_by="id")
    assert (risk.kind, risk.text, risk.table_id, risk.round_id, risk.question_id, risk.published) == (
        "risk", "Ingen läser protokollen", tables[2], second, questions[2], False)
    assert quote.position == risk.position + 1
    assert [m.text for m in store.list(Mitigation, "contribution_id = ?", (risk.id,), order_by="position")] == [
        "Läs upp dem", "Skicka ut dem"]
    actions.revert(store, action)  # the command line's and the tests' undo: nothing left
    assert store.count(Contribution, "host_link_id IS NOT NULL") == 0 and store.count(Mitigation) == 0


def test_refused_host_notes_write_nothing(store, cafe):
    meeting_id, tables, _rounds, _questions = cafe
    actions.perform(store, edit.create_links(store, meeting_id))
    link = repo.live_link_of_table(store, tables[0])
    _, outcomes = take(
        store,
        HostCaptureRequest("b" * 16, "d" * 32, "note", "Okänd länk"),
        HostCaptureRequest(link.token, "d" * 32, "measure", "Fel sort"),
        HostCaptureRequest(link.token, "d" * 32, "note", " \n\x00 "),
        HostCaptureRequest(link.token, "d" * 32, "note", "x" * 5_001),
        HostCaptureRequest(link.token, "d" * 32, "risk", "Risk", tuple(f"m{n}" for n in range(MAX_MITIGATIONS + 1))),
    )
    assert [(o.ok, o.refusal) for o in outcomes] == [
        (False, "closed"), (False, "empty"), (False, "empty"), (False, "too_long"), (False, "too_long")]
    actions.perform(store, edit.revoke_link(store, link.id))
    _, outcomes = take(store, HostCaptureRequest(link.token, "d" * 32, "note", "Efter stängning"))
    assert [(o.ok, o.refusal) for o in outcomes] == [(False, "closed")]
    assert store.count(Contribution, "host_link_id IS NOT NULL") == 0


def test_personal_codes_are_random_per_person_and_kept_when_the_seating_changes(store, cafe):
    meeting_id, tables, rounds, _questions = cafe
    people = [store.insert(Participant(name=f"Person {n}")).id for n in range(4)]
    for n, person in enumerate(people):
        for r, round_id in enumerate(rounds):
            store.insert(Seat(round_id=round_id, table_id=tables[(n + r) % 3], participant_id=person))
    actions.perform(store, edit.ensure_personal_codes(store, meeting_id))
    codes = repo.codes_of(store, meeting_id)
    assert set(codes) == set(people) and len(set(codes.values())) == 4
    assert all(re.fullmatch(r"[a-z2-7]{16}", code) for code in codes.values())
    # The seating changes: the codes stay (the cards already printed keep working) and the
    # snapshot gives each code its new tables; a newcomer gets a code of their own.
    seat = store.list(Seat, "participant_id = ? AND round_id = ?", (people[0], rounds[1]))[0]
    store.update(Seat, seat.id, table_id=tables[2])
    newcomer = store.insert(Participant(name="Ny")).id
    store.insert(Seat(round_id=rounds[0], table_id=tables[0], participant_id=newcomer))
    actions.perform(store, edit.ensure_personal_codes(store, meeting_id))
    after = repo.codes_of(store, meeting_id)
    assert {p: after[p] for p in people} == codes and newcomer in after
    from facilitator.share.snapshot import build_snapshot

    snapshot = build_snapshot(store, meeting_id)
    assert snapshot.personal[codes[people[0]]] == {1: 1, 2: 3}
    assert b"Person 0" not in snapshot.body and codes[people[0]].encode() not in snapshot.body
    with pytest.raises(actions.NothingToChange):
        edit.ensure_personal_codes(store, meeting_id)


def test_between_rounds_a_hosts_note_goes_to_the_last_round_and_before_the_first_to_none(store, cafe):
    meeting_id, tables, (first, second), _questions = cafe
    actions.perform(store, edit.create_links(store, meeting_id))
    link = repo.live_link_of_table(store, tables[0])
    store.update(Round, second, ended_at="2027-03-04T16:45:00")
    take(store, HostCaptureRequest(link.token, "d" * 32, "note", "Skrivet under bytet"))
    for round_id in (first, second):
        store.update(Round, round_id, started_at="", ended_at="")
    take(store, HostCaptureRequest(link.token, "d" * 32, "note", "Skrivet före start"))
    notes = store.list(Contribution, "host_link_id = ?", (link.id,), order_by="id")
    assert [(n.text, n.round_id) for n in notes] == [("Skrivet under bytet", second), ("Skrivet före start", None)]
