"""Justering without Qt: signing keeps a numbered version exactly as given, unsigning takes
the latest back, undo and redo of both; and the dated revisions the measure actions write."""

import json

import pytest

from facilitator import actions
from facilitator.actions import measures as measure_edits
from facilitator.actions import minutes as signing
from facilitator.domain.entities import Measure, MeasureRevision, Meeting, SignedMinutes
from facilitator.storage import measures_repo, signed_minutes


@pytest.fixture
def meeting_id(store):
    return store.insert(Meeting(format="workshop", title="Träff 1", date="2027-02-23")).id


def _sign(store, meeting_id, document=b"PK signed", **overrides):
    values = dict(signed_on="2027-03-01", adjusters="Anna Berg\nKarl Ek", dnr="KS 2027/12",
                  content='{"a": 1}', document=document)
    values.update(overrides)
    return signing.sign_minutes(store, meeting_id, **values)


def test_signing_keeps_the_document_as_given_and_undo_and_redo_follow(store, meeting_id):
    action = _sign(store, meeting_id)
    changes = actions.perform(store, action)
    kept = signed_minutes.latest_signed(store, meeting_id)
    assert (kept.version, kept.signed_on, kept.adjusters, kept.dnr) == (1, "2027-03-01", "Anna Berg\nKarl Ek",
                                                                       "KS 2027/12")
    assert kept.document == b"PK signed" and kept.content == '{"a": 1}'
    assert changes == [("signed_minutes", kept.id, "inserted")]
    actions.revert(store, action)
    assert signed_minutes.versions_of(store, meeting_id) == []
    actions.perform(store, action)  # redo: the same row, the same bytes
    assert signed_minutes.latest_signed(store, meeting_id) == kept


def test_a_new_signing_is_a_new_version_and_the_first_stays_as_signed(store, meeting_id):
    actions.perform(store, _sign(store, meeting_id, document=b"one"))
    second = _sign(store, meeting_id, document=b"two", signed_on="2027-04-01", dnr="")
    actions.perform(store, second)
    versions = signed_minutes.versions_of(store, meeting_id)
    assert [(v.version, v.document) for v in versions] == [(1, b"one"), (2, b"two")]
    assert signed_minutes.next_version(store, meeting_id) == 3
    # a document written for version 2 cannot be kept as version 3
    assert _sign(store, meeting_id, version=2) is None


def test_unsigning_takes_back_the_latest_version_only_and_undo_puts_it_back(store, meeting_id):
    actions.perform(store, _sign(store, meeting_id, document=b"one"))
    actions.perform(store, _sign(store, meeting_id, document=b"two"))
    unsign = signing.unsign_minutes(store, meeting_id)
    actions.perform(store, unsign)
    assert [v.document for v in signed_minutes.versions_of(store, meeting_id)] == [b"one"]
    actions.revert(store, unsign)
    assert [v.document for v in signed_minutes.versions_of(store, meeting_id)] == [b"one", b"two"]


def test_unsigning_minutes_that_are_not_signed_is_nothing(store, meeting_id):
    assert signing.unsign_minutes(store, meeting_id) is None


@pytest.mark.parametrize("overrides, problem", [
    ({"signed_on": "1 mars"}, signing.SigningProblem.BAD_DATE),
    ({"adjusters": " \n , "}, signing.SigningProblem.NO_ADJUSTERS),
    ({"document": b""}, signing.SigningProblem.NO_DOCUMENT),
])
def test_signing_is_refused_without_a_date_a_justerare_or_a_document(store, meeting_id, overrides, problem):
    values = {"signed_on": "2027-03-01", "adjusters": "Anna Berg", "document": b"x", **overrides}
    assert signing.signing_problems(store, meeting_id, **values) == [problem]
    assert _sign(store, meeting_id, **overrides) is None
    assert store.list(SignedMinutes) == []


def test_adjusters_may_be_given_on_lines_or_with_commas():
    assert signing.adjuster_names("Anna  Berg, Karl Ek\n\n Åsa Öberg ") == ["Anna Berg", "Karl Ek", "Åsa Öberg"]


def test_deleting_the_meeting_takes_its_signed_minutes_and_undo_brings_them_back(store, meeting_id):
    actions.perform(store, _sign(store, meeting_id))
    delete = actions.Delete([(Meeting, meeting_id)])
    actions.perform(store, delete)
    assert store.list(SignedMinutes) == []
    actions.revert(store, delete)
    assert signed_minutes.latest_signed(store, meeting_id).document == b"PK signed"


# -- the revisions measure edits write -----------------------------------------------------------


def _fields(revision: MeasureRevision) -> dict:
    return json.loads(revision.fields)


def test_every_measure_edit_keeps_a_dated_revision_tied_to_the_meeting_it_belongs_to(store, meeting_id):
    create = measure_edits.create_measure(store, title="Annonser via föreningar", meeting_id=meeting_id,
                                          on="2027-02-23")
    actions.perform(store, create)
    measure_id = create.measure_id
    [first] = measures_repo.revisions_of_measures(store, [measure_id])
    assert (first.date, first.meeting_id, _fields(first)["owner"]) == ("2027-02-23", meeting_id, "")

    # the morning after: the minutes are being written, so the edit still belongs to the meeting
    edit = measure_edits.update_measure(store, measure_id, owner="Lena Holmberg", department="HR",
                                        due_date="2027-06-30", on="2027-02-24")
    actions.perform(store, edit)
    second = measures_repo.revisions_of_measures(store, [measure_id])[-1]
    assert (second.date, second.meeting_id, _fields(second)["owner"]) == ("2027-02-24", meeting_id, "Lena Holmberg")

    # a month later, with no meeting: dated, tied to none
    status = measure_edits.change_status(store, measure_id, "decided", on="2027-03-30")
    actions.perform(store, status)
    third = measures_repo.revisions_of_measures(store, [measure_id])[-1]
    assert (third.date, third.meeting_id, _fields(third)["status"]) == ("2027-03-30", None, "decided")

    actions.revert(store, status)
    actions.revert(store, edit)
    assert measures_repo.revisions_of_measures(store, [measure_id]) == [first]
    assert store.get(Measure, measure_id).owner == ""
    actions.perform(store, edit)  # redo: the same revision again
    assert measures_repo.revisions_of_measures(store, [measure_id])[-1] == second


def test_an_edit_after_the_next_meeting_no_longer_belongs_to_the_first(store, meeting_id):
    store.insert(Meeting(format="workshop", title="Träff 2", date="2027-02-25"))
    create = measure_edits.create_measure(store, title="Kravprofiler", meeting_id=meeting_id, on="2027-02-23")
    actions.perform(store, create)
    edit = measure_edits.update_measure(store, create.measure_id, goal="Färre onödiga krav", on="2027-02-26")
    actions.perform(store, edit)
    assert measures_repo.revisions_of_measures(store, [create.measure_id])[-1].meeting_id is None



def _docx(*texts: str) -> bytes:
    """A tiny Word package: the body's runs of text, and the document's author."""
    import io
    import zipfile

    runs = "".join(f"<w:r><w:t>{text}</w:t></w:r>" for text in texts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f'<w:document xmlns:w="w"><w:body><w:p>{runs}</w:p></w:body></w:document>')
        archive.writestr("docProps/core.xml", "<cp:coreProperties><dc:creator>Åsa Öberg</dc:creator></cp:coreProperties>")
        archive.writestr("word/media/logo.png", "\x89PNG Åsa Öberg".encode())  # not text: left as it was
    return out.getvalue()


def test_erasing_a_person_takes_them_out_of_signed_minutes_and_the_measures_earlier_states(store, meeting_id):
    """The register's erasure reaches what this issue keeps: the revisions' fields, and the
    signed version's justerare, content and Word file (the rest of the document stays)."""
    from facilitator.actions import register as register_edits
    from facilitator.domain.entities import Participant
    from facilitator.domain.erasure import document_texts

    person = store.insert(Participant(name="Åsa Öberg"))
    create = measure_edits.create_measure(store, title="Kravprofiler", meeting_id=meeting_id, on="2027-02-23",
                                          owner="Åsa Öberg")
    actions.perform(store, create)
    actions.perform(store, _sign(store, meeting_id, adjusters="Åsa Öberg\nKarl Ek",
                                 content='{"owner": "Åsa Öberg"}',
                                 document=_docx("Justeras av", "Åsa Öberg &amp; Karl Ek", "Mål: färre krav")))
    erasure = register_edits.erase_person(store, person.id)
    assert {(m.table, m.column) for m in erasure.mentions} >= {
        ("measure_revision", "fields"), ("signed_minutes", "adjusters"), ("signed_minutes", "content"),
        ("signed_minutes", "document")}
    actions.perform(store, erasure)
    kept = signed_minutes.latest_signed(store, meeting_id)
    texts = document_texts(kept.document)
    assert "Åsa" not in kept.adjusters + kept.content and not any("Åsa" in t for t in texts)
    assert texts[:3] == ["Justeras av", "[…] & Karl Ek", "Mål: färre krav"]
    assert "Åsa" not in "".join(r.fields for r in measures_repo.revisions_of_measures(store, [create.measure_id]))
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(kept.document)) as archive:
        assert archive.read("word/media/logo.png") == "\x89PNG Åsa Öberg".encode()
