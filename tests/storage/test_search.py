"""Full-text search over the process (FTS5, migration 0003_contribution_search)."""

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain.entities import Contribution, HarvestItem, Measure, Meeting, Mitigation, Theme
from facilitator.storage import schema
from facilitator.storage.process_store import ProcessStore
from facilitator.storage.search import (
    MARK_END,
    MARK_START,
    SearchKind,
    build_query,
    purge_search_index,
    rebuild_search_index,
    search,
    search_index_problems,
)


def snapshot(store):
    return {table: list(store.db[table].rows) for table in store.db.table_names()}


@pytest.fixture
def filled(store):
    cafe = store.insert(Meeting(title="Café", format="world_cafe", date="2027-02-03"))
    workshop = store.insert(Meeting(title="Workshop", date="2027-03-10"))
    contributions = store.insert_many(
        [
            Contribution(meeting_id=cafe.id, kind="idea", text="Fler bostäder till unga i Båstad"),
            Contribution(meeting_id=cafe.id, kind="risk", text="Ingen bostad utan fast inkomst"),
            Contribution(meeting_id=workshop.id, text="Ett öga för diskriminering i skolan"),
            Contribution(meeting_id=workshop.id, text="Oga är inget ord, böstad inte heller"),
        ]
    )
    mitigation = store.insert(Mitigation(contribution_id=contributions[1].id, text="Kommunal hyresgaranti"))
    theme = store.insert(Theme(meeting_id=cafe.id, title="Bostäder", description="Segregation på bostadsmarknaden"))
    measure = store.insert(
        Measure(
            title="Hyresgaranti för unga",
            goal="Fler unga får ett förstahandskontrakt",
            owner="Åsa Öberg",
            department="Socialförvaltningen",
            indicators="Antal garantier",
            origin_meeting_id=cafe.id,
        )
    )
    harvest = store.insert(HarvestItem(meeting_id=workshop.id, text="Skolan behöver normkritisk utbildning"))
    return dict(
        cafe=cafe, workshop=workshop, contributions=contributions, mitigation=mitigation, theme=theme,
        measure=measure, harvest=harvest,
    )


def found(store, text, **kw):
    return [(hit.kind, hit.id) for hit in search(store, text, **kw)]


def test_every_kind_is_found_with_its_meeting_and_a_snippet(store, filled):
    hits = {(h.kind, h.id): h for h in search(store, "hyresgaranti")}
    mitigation = hits[(SearchKind.MITIGATION, filled["mitigation"].id)]
    assert mitigation.meeting_id == filled["cafe"].id
    assert mitigation.contribution_id == filled["contributions"][1].id
    assert mitigation.snippet == f"Kommunal {MARK_START}hyresgaranti{MARK_END}"
    assert mitigation.parts() == [("Kommunal ", False), ("hyresgaranti", True)]
    measure = hits[(SearchKind.MEASURE, filled["measure"].id)]
    assert measure.meeting_id == filled["cafe"].id and measure.plain_snippet.startswith("Hyresgaranti")
    assert found(store, "socialförvaltningen") == [(SearchKind.MEASURE, filled["measure"].id)]
    assert found(store, "Åsa Öberg") == [(SearchKind.MEASURE, filled["measure"].id)]
    assert found(store, "förstahandskontrakt") == [(SearchKind.MEASURE, filled["measure"].id)]
    assert found(store, "segregation") == [(SearchKind.THEME, filled["theme"].id)]
    theme_hit = search(store, "bostäder", kinds=[SearchKind.THEME])[0]
    assert theme_hit.meeting_id == filled["cafe"].id and theme_hit.snippet == f"{MARK_START}Bostäder{MARK_END}"
    harvest = search(store, "normkritisk")[0]
    assert (harvest.kind, harvest.id, harvest.meeting_id) == (SearchKind.HARVEST_ITEM, filled["harvest"].id, filled["workshop"].id)


def test_a_title_match_ranks_above_a_body_match(store, filled):
    assert search(store, "bostäder")[0].kind == SearchKind.THEME


def test_a_ring_a_umlaut_and_o_umlaut_are_letters_of_their_own(store, filled):
    c = filled["contributions"]
    assert found(store, "bostad") == [(SearchKind.CONTRIBUTION, c[1].id)]  # not "böstad"
    assert found(store, "böstad") == [(SearchKind.CONTRIBUTION, c[3].id)]
    assert found(store, "öga") == [(SearchKind.CONTRIBUTION, c[2].id)]
    assert found(store, "oga") == [(SearchKind.CONTRIBUTION, c[3].id)]
    assert found(store, "båstad") == [(SearchKind.CONTRIBUTION, c[0].id)]
    assert found(store, "bastad") == []
    assert found(store, "ÖGA") == found(store, "öga")  # case does not matter


def test_prefix_and_phrase_search(store, filled):
    c = filled["contributions"]
    prefixed = found(store, "bost*", kinds=[SearchKind.CONTRIBUTION])
    assert sorted(prefixed) == sorted([(SearchKind.CONTRIBUTION, c[0].id), (SearchKind.CONTRIBUTION, c[1].id)])
    assert (SearchKind.CONTRIBUTION, c[3].id) not in found(store, "bo*")  # "böstad" starts with bö
    assert found(store, '"fler bostäder"') == [(SearchKind.CONTRIBUTION, c[0].id)]
    assert found(store, '"bostäder fler"') == []
    assert found(store, "unga bostäder", kinds=["contribution"]) == [(SearchKind.CONTRIBUTION, c[0].id)]
    assert found(store, "diskrim", prefix_last=True) == [(SearchKind.CONTRIBUTION, c[2].id)]


def test_filters_by_kind_and_meeting(store, filled):
    assert {k for k, _ in found(store, "unga")} == {SearchKind.CONTRIBUTION, SearchKind.MEASURE}
    assert found(store, "unga", kinds=[SearchKind.MEASURE]) == [(SearchKind.MEASURE, filled["measure"].id)]
    assert found(store, "skolan", meeting_ids=[filled["cafe"].id]) == []
    assert len(found(store, "skolan", meeting_ids=[filled["workshop"].id])) == 2
    assert found(store, "unga", kinds=[]) == [] and found(store, "unga", meeting_ids=[]) == []
    assert len(search(store, "unga", limit=1)) == 1


def test_the_query_builder_quotes_everything():
    assert build_query("bostad") == '"bostad"'
    assert build_query("bost*") == '"bost"*'
    assert build_query('"fler bostäder" unga') == '"fler bostäder" "unga"'
    assert build_query("a AND b OR NEAR(c, 2)") == '"a" "AND" "b" "OR" "NEAR c" "2"'
    assert build_query('"unbalanced') == '"unbalanced"'
    assert build_query("title:bostad") == '"title bostad"'
    assert build_query("e-post") == '"e post"'
    assert build_query("unga bo", prefix_last=True) == '"unga" "bo"*'
    assert build_query('  " * - ^ ( ) : ') is None
    assert build_query("") is None


HOSTILE = [
    '"', '""', '"""', "'", "*", "**", "bo**", "-", "NOT", "AND", "OR", "NEAR", "NEAR(", "NEAR()", "a OR",
    "(", ")", "((a)", "^a", "a:b", "title:", "{title body}: x", "+", "a\x00b", "\u0301", "e\u0301", "🙂", "\\",
    "a NOT", "%", "_", "'; DROP TABLE contribution; --", "a" * 2000, "\ue000", "\ue001",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_never_raise(store, filled, text):
    search(store, text)
    search(store, text, prefix_last=True)
    assert store.count(Contribution) == 4


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_text_is_a_safe_query(store, text):
    query = build_query(text)
    if query is not None:
        store.db.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?", [query]).fetchone()
    search(store, text, prefix_last=True)


def test_updates_are_followed(store, filled):
    c = filled["contributions"][0]
    store.update(Contribution, c.id, text="Billigare hyror")
    assert found(store, "bostäder", kinds=["contribution"]) == []
    assert found(store, "hyror") == [(SearchKind.CONTRIBUTION, c.id)]
    store.update(Measure, filled["measure"].id, owner="Bo Ek")
    assert found(store, "Åsa") == [] and found(store, "Ek") == [(SearchKind.MEASURE, filled["measure"].id)]
    store.update(Theme, filled["theme"].id, description="Hyresrätter")
    assert found(store, "hyresrätter") == [(SearchKind.THEME, filled["theme"].id)]
    assert search_index_problems(store) == []


def test_delete_then_restore_finds_it_again_and_changes_nothing(store, filled):
    c = filled["contributions"][0]
    before = snapshot(store)
    tombstone = store.delete(Contribution, c.id)
    assert found(store, "båstad") == []
    store.restore(tombstone)
    assert found(store, "båstad") == [(SearchKind.CONTRIBUTION, c.id)]
    assert snapshot(store) == before
    assert search_index_problems(store) == []


def test_deleting_a_meeting_hides_everything_it_held_until_undo(store, filled):
    tombstone = store.delete(Meeting, filled["cafe"].id)
    assert found(store, "hyresgaranti") == [(SearchKind.MEASURE, filled["measure"].id)]  # measures stay
    assert search(store, "hyresgaranti")[0].meeting_id is None  # and forget their origin
    assert found(store, "båstad") == [] and found(store, "segregation") == []
    store.restore(tombstone)
    assert len(found(store, "hyresgaranti")) == 2 and found(store, "segregation")
    assert search(store, "hyresgaranti", kinds=["measure"])[0].meeting_id == filled["cafe"].id


def test_a_reused_id_gets_its_own_text(store, filled):
    last = filled["contributions"][-1]
    store.delete(Contribution, last.id)
    reused = store.insert(Contribution(meeting_id=filled["cafe"].id, text="Helt ny text om simskola"))
    assert reused.id == last.id
    assert found(store, "simskola") == [(SearchKind.CONTRIBUTION, reused.id)]
    assert found(store, "oga") == []
    assert search_index_problems(store) == []


def test_purge_drops_leftovers_and_a_later_restore_still_works(store, filled):
    c = filled["contributions"][0]
    tombstone = store.delete(Contribution, c.id)
    assert purge_search_index(store) == 1
    assert purge_search_index(store) == 0
    assert store.db.execute("SELECT count(*) FROM search_index WHERE body LIKE '%Båstad%'").fetchone()[0] == 0
    store.restore(tombstone)
    assert found(store, "båstad") == [(SearchKind.CONTRIBUTION, c.id)]


def test_rebuild_gives_the_same_answers(store, filled):
    before = [(h.kind, h.id, h.snippet) for h in search(store, "unga")]
    rebuild_search_index(store)
    assert [(h.kind, h.id, h.snippet) for h in search(store, "unga")] == before
    assert search_index_problems(store) == []


def test_an_older_file_is_indexed_when_it_is_migrated(tmp_path):
    path = tmp_path / "äldre.facilitator"
    connection = sqlite3.connect(str(path), isolation_level=None)
    from sqlite_utils import Database

    db = Database(connection)
    schema.migrations.apply(db, stop_before="0003_contribution_search")
    db.execute("INSERT INTO process (id, title) VALUES (1, 'Gammal')")
    db.execute("INSERT INTO meeting (id, format, title) VALUES (1, 'workshop', 'M')")
    db.execute("INSERT INTO contribution (id, meeting_id, text) VALUES (5, 1, 'Språkcafé på biblioteket')")
    db.execute("INSERT INTO measure (id, title, owner) VALUES (2, 'Läxhjälp', 'Örjan')")
    connection.close()
    store = ProcessStore.open(path)
    try:
        assert store.schema_version() == schema.known_migration_names()[-1]
        assert found(store, "språkcafé") == [(SearchKind.CONTRIBUTION, 5)]
        assert found(store, "örjan") == [(SearchKind.MEASURE, 2)]
        assert search_index_problems(store) == []
    finally:
        store.close()


def test_five_thousand_contributions_are_searched(store):
    """At scale every kind of query finds what it should (how fast: benchmarks/bench_storage.py)."""
    meeting = store.insert(Meeting(title="Stor"))
    words = "bostäder unga skola lärare rasism park belysning trygghet kvinnor hatbrott språk tolk".split()
    rows = [
        Contribution(meeting_id=meeting.id, text=f"{words[i % 12]} {words[(i * 7) % 12]} förslag nummer {i}")
        for i in range(5000)
    ]
    store.insert_many(rows)
    found = {text: search(store, text) for text in
             ("bostäder", "unga skola", "förs*", "nummer 4999", "trygghet", '"förslag nummer"', "saknas")}
    assert len(search(store, "4999")) == 1 and len(found["nummer 4999"]) == 1
    assert found["bostäder"] and found["trygghet"] and found["förs*"] and found['"förslag nummer"']
    assert found["unga skola"] == [] and found["saknas"] == []  # "unga" never shares a row with "skola"


swedish_words = st.text(alphabet="abdeilmnorstuväåöÅÄÖ", min_size=2, max_size=8)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(swedish_words, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=8))
def test_every_word_written_is_found_exactly_where_it_is(tmp_path_factory, texts):
    store = ProcessStore.create(tmp_path_factory.mktemp("fts") / "p.facilitator", "P")
    try:
        meeting = store.insert(Meeting(title="M"))
        stored = store.insert_many([Contribution(meeting_id=meeting.id, text=text) for text in texts])
        for contribution in stored:
            for word in contribution.text.split():
                hits = {h.id for h in search(store, word, limit=100)}
                expected = {c.id for c in stored if word.casefold() in c.text.casefold().split()}
                assert hits == expected
    finally:
        store.close()
