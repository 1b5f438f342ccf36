"""The goals and the mapping in the process file: the demo's content is consistent and built
as the coordinator will see it, and a file made before migration 0012 opens with its data."""


from facilitator.demo import content
from facilitator.demo.builder import build_demo
from facilitator.domain.entities import ExistingEffort, Goal, Measure
from facilitator.storage import efforts, goals, schema
from facilitator.storage.process_store import ProcessStore

from .older_files import file_before


def test_the_demo_content_is_consistent():
    assert content.check() == []


def test_the_demo_has_goals_a_gap_each_way_quick_wins_and_a_mapping(tmp_path):
    store = ProcessStore.open(build_demo(tmp_path / "demo.facilitator"))
    try:
        listed = goals.list_goals(store)
        assert len(listed) == 7
        gaps = goals.gaps(store)
        (without_measure,) = gaps.goals_without_measures
        assert store.get(Goal, without_measure).source_key_factor == "04"
        (without_goal,) = gaps.measures_without_goal
        assert store.get(Measure, without_goal).title == "Krav på likabehandling i kommunens upphandlingar"
        from_gaps = [g for g in listed if g.source_framework == "integrating_cities"]
        assert {g.source_rating for g in from_gaps} == {"partly", "not_true"}
        assert all(g.target_date > "2027-06-14" for g in listed)
        quick = {m.title for m in store.list(Measure) if m.quick_win}
        assert quick == set(content.QUICK_WINS)
        mapped = efforts.list_efforts(store)
        assert 5 <= len(mapped) <= 8 and {e.status for e in mapped} == {"ongoing", "ended", "planned"}
        assert len(efforts.links(store)) == 5
    finally:
        store.close()


def test_a_file_from_before_goals_opens_with_its_measures(tmp_path):
    path = tmp_path / "gammal.facilitator"
    connection = file_before(path, "0012_goals_and_efforts")  # as an older version wrote it
    connection.execute("INSERT INTO process (id, title, created_at) VALUES (1, 'Gammal', '2026-01-05T10:00:00+01:00')")
    connection.execute("INSERT INTO measure (title) VALUES ('Kvar')")
    connection.close()
    reopened = ProcessStore.open(path)
    try:
        assert reopened.schema_version() == schema.known_migration_names()[-1]
        assert [m.title for m in reopened.list(Measure)] == ["Kvar"] and reopened.list(Measure)[0].quick_win is False
        assert reopened.list(Goal) == [] and reopened.list(ExistingEffort) == []
    finally:
        reopened.close()
