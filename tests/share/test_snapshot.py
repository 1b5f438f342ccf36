"""The snapshot: only what phones may see, and nothing personal."""

import dataclasses
import json
from datetime import datetime

import pytest

from facilitator.domain.entities import (
    AgendaItem,
    Contribution,
    Measure,
    MeasureSource,
    Meeting,
    MeetingTimer,
    Participant,
    Round,
)
from facilitator.share.snapshot import REDACTED, Scrubber, Snapshot, build_data, build_snapshot
from facilitator.storage.process_store import ProcessStore

from . import demo_file, leaks, personal_data


@pytest.fixture
def demo(tmp_path):
    store = ProcessStore.open(demo_file(tmp_path))
    yield store
    store.close()


def test_every_meeting_of_the_demo_has_no_personal_data(demo):
    values = personal_data(demo)
    assert len(values) > 80  # names, e-mails and phones of the 45 participants, owners...
    for meeting in demo.list(Meeting):
        snapshot = build_snapshot(demo, meeting.id)
        assert leaks(snapshot.body, values) == [], meeting.title
        assert snapshot.token == meeting.share_token


def test_only_published_contributions_are_in_it(demo):
    meeting_id = 1
    hidden = demo.insert(
        Contribution(meeting_id=meeting_id, kind="idea", text="Ännu inte godkänd idé", published=False)
    )
    data = build_data(demo, meeting_id)
    texts = [c["text"] for c in data["contributions"]]
    assert "Ännu inte godkänd idé" not in texts
    assert all(c["id"] != hidden.id for c in data["contributions"])
    demo.update(Contribution, hidden.id, published=True)
    assert "Ännu inte godkänd idé" in [c["text"] for c in build_data(demo, meeting_id)["contributions"]]


def test_names_emails_and_phones_typed_into_text_are_scrubbed(demo):
    person = demo.list(Participant, "email != '' AND phone != ''")[0]
    text = f"Ring {person.name} på {person.phone} eller mejla {person.email.upper()} om fika."
    demo.insert(Contribution(meeting_id=1, kind="note", text=text, published=True))
    data = build_data(demo, 1)
    shown = [c["text"] for c in data["contributions"] if "fika" in c["text"]][0]
    assert person.name not in shown and person.phone not in shown and person.email.upper() not in shown
    assert shown.count(REDACTED) == 3
    assert shown.startswith("Ring ") and shown.endswith(" om fika.")


def test_scrubber_keeps_dates_numbers_and_unknown_addresses():
    clean = Scrubber(["Anna Berg"], ["anna@example.org"], ["070-174 06 05"])
    assert clean("Möte 2027-03-04 kl 16:00, 120 platser") == "Möte 2027-03-04 kl 16:00, 120 platser"
    assert clean("info@kommun.example") == "info@kommun.example"
    assert clean("anna berg, +46 70 174 06 05") == f"{REDACTED}, {REDACTED}"
    assert clean("") == ""


def test_measures_are_the_agreed_ones_with_department_and_deadline_but_no_owner(demo):
    data = build_data(demo, 1)
    assert data["measures"], "the café's measures"
    assert {m["status"] for m in data["measures"]} <= {"decided", "ongoing", "done", "cancelled"}
    first = data["measures"][0]
    assert set(first) == {"id", "title", "description", "department", "due_date", "time_frame", "status"}
    proposed = demo.insert(Measure(title="Förslag som inte är beslutat", status="proposed", origin_meeting_id=1))
    assert all(m["id"] != proposed.id for m in build_data(demo, 1)["measures"])


def test_outcomes_say_kept_merged_or_measure(demo):
    a = demo.insert(Contribution(meeting_id=1, kind="idea", text="Idé A", published=True))
    b = demo.insert(Contribution(meeting_id=1, kind="idea", text="Idé B", published=True, merged_into_id=a.id))
    measure = demo.insert(Measure(title="Åtgärd av A", department="Kulturförvaltningen", due_date="2028-01-31",
                                  status="decided", origin_meeting_id=1))
    demo.insert(MeasureSource(measure_id=measure.id, contribution_id=a.id))
    c = demo.insert(Contribution(meeting_id=1, kind="idea", text="Idé C", published=True))
    by_id = {x["id"]: x for x in build_data(demo, 1)["contributions"]}
    assert by_id[a.id]["outcome"] == {"state": "measure", "measures": [measure.id], "theme_measures": []}
    assert by_id[b.id]["outcome"] == {"state": "merged", "into": a.id}
    assert by_id[c.id]["outcome"] == {"state": "kept"}
    demo.update(Contribution, a.id, published=False)  # merged into something hidden: no link
    by_id = {x["id"]: x for x in build_data(demo, 1)["contributions"]}
    assert by_id[b.id]["outcome"] == {"state": "merged", "into": None}


def test_votes_tables_questions_and_themes(demo):
    data = build_data(demo, 1)
    assert [t["number"] for t in data["tables"]] == [1, 2, 3, 4, 5, 6]
    assert set(data["tables"][0]) == {"number", "name"}  # no host
    assert [q["round"] for q in data["questions"]] == [1, 2, 3]
    assert max(t["votes"] for t in data["themes"]) == 14
    assert any(c["votes"] for c in data["contributions"])
    assert data["meeting"]["frame_statement"]
    assert set(data["privacy_note"]) == {"sv", "en"}
    assert "moderator" not in data["meeting"] and "coordinator" not in data["meeting"]


def test_timer_running_paused_and_absent(demo):
    assert build_data(demo, 1)["timer"] is None
    item = [a for a in demo.list(AgendaItem, "meeting_id = 1") if a.round_number == 2][0]
    started = datetime(2027, 2, 4, 16, 40, 0)
    timer = demo.insert(MeetingTimer(meeting_id=1, agenda_item_id=item.id, state="running",
                                     started_at=started.isoformat(), elapsed_seconds=60, extra_seconds=120))
    state = build_data(demo, 1)["timer"]
    assert state["round"] == 2 and state["state"] == "running"
    assert state["total_seconds"] == item.minutes * 60 + 120
    assert state["ends_at"] == pytest.approx(started.timestamp() + item.minutes * 60 + 120 - 60)
    demo.update(MeetingTimer, timer.id, state="paused", elapsed_seconds=300)
    state = build_data(demo, 1)["timer"]
    assert state["remaining_seconds"] == item.minutes * 60 + 120 - 300 and state["ends_at"] is None
    demo.update(MeetingTimer, timer.id, state="running", started_at="not a time")
    assert build_data(demo, 1)["timer"]["remaining_seconds"] is not None  # odd values: no crash
    demo.update(MeetingTimer, timer.id, state="stopped")
    demo.update(Round, demo.list(Round, "meeting_id = 1 AND number = 3")[0].id, started_at="2027-02-04T17:05")
    assert build_data(demo, 1)["timer"]["round"] == 3


def test_snapshot_is_immutable_and_its_revision_follows_the_content(demo):
    first = build_snapshot(demo, 1)
    again = build_snapshot(demo, 1)
    assert first.rev == again.rev and first.body == again.body
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.body = b"{}"
    copy = first.data
    copy["meeting"]["title"] = "ändrad"
    assert first.data["meeting"]["title"] != "ändrad"
    demo.update(Meeting, 1, title="Ny titel")
    assert build_snapshot(demo, 1).rev != first.rev
    assert json.loads(first.body)["schema"] == 1


def test_missing_meeting_gives_none(demo):
    assert build_snapshot(demo, 999) is None


def test_snapshot_from_data_counts_tables():
    snapshot = Snapshot.from_data("ab" * 16, {"tables": [{"number": 1}, {"number": 2}]})
    assert snapshot.table_count == 2 and len(snapshot.rev) == 16


def test_a_text_with_markup_is_just_text(demo):
    text = '<script>alert("x")</script> & <b>fet</b>'
    demo.insert(Contribution(meeting_id=1, kind="idea", text=text, published=True))
    data = build_data(demo, 1)
    assert any(c["text"] == '<script>alert("x")</script> & <b>fet</b>' for c in data["contributions"])


def test_a_cafe_run_as_a_self_assessment_shows_each_tables_theme(demo):
    from facilitator.domain.entities import Assessment, CafeTable, TableTheme

    assert "assessment" not in build_data(demo, 1)  # an ordinary café says nothing of it
    assessment = demo.insert(Assessment(meeting_id=1, scope="2,8"))
    tables = demo.list(CafeTable, "meeting_id = 1", order_by="position")
    demo.insert(TableTheme(assessment_id=assessment.id, table_id=tables[1].id, theme=8))
    shown = build_data(demo, 1)["assessment"]["tables"]
    assert [(t["table"], t["theme"]) for t in shown] == [(2, "08 Personalutveckling")]
    assert shown[0]["key_factor"].startswith("Kommunen utbildar sina anställda")
    assert shown[0]["questions"][1] == "8.2 Erbjuder kommunen gratis utbildning inom mångfald till de anställda?"


def test_scrubber_catches_a_first_name_or_surname_alone_without_marks_and_hidden_emails():
    clean = Scrubber(["Åsa Jönsson-Berg", "Dag Ek"], ["anna.ek@ekbacka.se"], [])
    assert clean("Åsa sa det") == f"{REDACTED} sa det"
    assert clean("Asa och Jonsson och Berg") == f"{REDACTED} och {REDACTED} och {REDACTED}"
    assert clean("asa jonsson-berg var där") == f"{REDACTED} var där"  # the whole name in any case
    assert clean("Dag höll i det, varje dag") == f"{REDACTED} höll i det, varje dag"  # a word stays a word
    assert clean("Ekonomi och Eken") == "Ekonomi och Eken"  # only whole words
    for hidden in ("anna.ek [at] ekbacka dot se", "anna.ek(at)ekbacka(punkt)se", "anna.ek at ekbacka dot se",
                   "ANNA.EK @ EKBACKA.SE", "anna.ek{snabel-a}ekbacka[dot]se"):
        assert clean(f"Mejla {hidden} i dag") == f"Mejla {REDACTED} i dag", hidden
    assert clean("info [at] kommun dot se") == "info [at] kommun dot se"  # not a known address


def test_scrubber_catches_names_typed_in_lower_case_but_keeps_everyday_words():
    """A part of a known name that means nothing else is caught in any case (people type
    names in lower case on phones); one that is also an everyday word ("dag", "per", "berg")
    only when written as a name; particles ("van", "der") never alone."""
    clean = Scrubber(["Hodan Farah", "Per van der Lind", "Klara Ström", "Åsa Öberg"], [], [])
    assert clean("hodan tyckte som farah") == f"{REDACTED} tyckte som {REDACTED}"
    assert clean("asa och oberg") == f"{REDACTED} och {REDACTED}"
    assert clean("100 kr per person, van der Waals") == "100 kr per person, van der Waals"
    assert clean("vi ska klara oss i strömmen, ström och lind") == "vi ska klara oss i strömmen, ström och lind"
    assert clean("Fråga Per eller Klara, eller Lind") == f"Fråga {REDACTED} eller {REDACTED}, eller {REDACTED}"
    assert clean("Strom sa nej") == f"{REDACTED} sa nej"  # a name word written as a name, without its mark


def test_scrubber_catches_more_ways_of_hiding_an_email_address():
    clean = Scrubber([], ["anna.ek@kommun.se", "hodan@ekbacka.se"], [])
    for hidden in ("anna.ek (at) kommun punkt se", "anna.ek[at]kommun.se", "anna [dot] ek [at] kommun [dot] se",
                   "anna punkt ek snabel-a kommun punkt se", "anna.ek (a) kommun.se", "anna.ek @ kommun . se",
                   "anna.ek＠kommun.se", "ANNA.EK AT KOMMUN DOT SE", "hodan(at)ekbacka(dot)se", "hodan [@] ekbacka.se"):
        assert clean(f"Skriv till {hidden} i dag") == f"Skriv till {REDACTED} i dag", hidden
    assert clean("Skriv till anna.ek@kommun.se.") == f"Skriv till {REDACTED}."
    assert clean("anna (at) kommun punkt se") == "anna (at) kommun punkt se"  # not an address the process knows


def test_scrubber_takes_bounded_time_on_hostile_text():
    """No catastrophic backtracking (a security property): a quadratic or worse pattern on
    100,000 characters runs for minutes, so a generous bound catches it without judging speed
    on a loaded machine."""
    import time

    clean = Scrubber(["Åsa Jönsson-Berg"], ["anna.ek@kommun.se"], ["070-123 45 67"])
    for bomb in ("a." * 50_000, "a at " * 20_000, "a dot " * 20_000, "a (at) " * 15_000, "a@" * 50_000,
                 ("x" * 64 + ".") * 1_500, "åsa " * 25_000):
        started = time.perf_counter()
        clean(bomb[:100_000])
        assert time.perf_counter() - started < 20.0, bomb[:12]
