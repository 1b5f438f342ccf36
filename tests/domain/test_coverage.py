"""The 10 × 4 coverage grid."""

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.coverage import coverage_grid
from facilitator.domain.entities import Measure
from facilitator.domain.vocabulary import MeasureStatus as S


def m(id_, point, track, status=S.DECIDED):
    return Measure(id=id_, eccar_point=point, track=track, status=status)


def test_an_empty_plan_has_forty_empty_cells():
    grid = coverage_grid([])
    assert len(grid.cells) == 40 and len(grid.empty_cells) == 40
    assert grid.points_without_measures == list(range(1, 11))
    assert grid.single_track_points == [] and grid.total == 0


def test_counts_ids_and_the_points_that_need_work():
    measures = [
        m(1, 1, 1), m(2, 1, 1), m(3, 1, 2), m(4, 7, 3), m(5, 7, None), m(6, None, 2), m(7, 3, 4, S.CANCELLED),
        m(8, 9, 1), m(9, 9, 2), m(10, 9, 3), m(11, 9, 4),
    ]
    grid = coverage_grid(measures)
    assert grid.count(1, 1) == 2 and grid.ids(1, 1) == (1, 2)
    assert grid.ids(1, 2) == (3,)
    assert grid.point_only == {7: (5,)}
    assert grid.unplaced == (6,)
    assert grid.ids(3, 4) == ()  # cancelled measures cover nothing
    assert grid.points_without_measures == [2, 3, 4, 5, 6, 8, 10]
    assert grid.single_track_points == [7]
    assert grid.complete_points == [9]
    assert grid.missing_tracks(1) == (3, 4)
    assert grid.point_total(7) == 2 and grid.track_total(1) == 3
    assert grid.total == 10
    with_cancelled = coverage_grid(measures, include_cancelled=True)
    assert with_cancelled.ids(3, 4) == (7,) and 3 not in with_cancelled.points_without_measures


points = st.one_of(st.none(), st.integers(0, 11))
tracks = st.one_of(st.none(), st.integers(0, 5))
measures = st.lists(
    st.tuples(points, tracks, st.sampled_from(list(S))), max_size=60
).map(lambda rows: [m(i, p, t, s) for i, (p, t, s) in enumerate(rows, start=1)])


@given(measures, st.booleans())
def test_counts_add_up_and_empty_cells_are_exactly_those_without_measures(ms, include_cancelled):
    grid = coverage_grid(ms, include_cancelled=include_cancelled)
    counted = [x for x in ms if include_cancelled or x.status != S.CANCELLED]
    assert grid.total == len(counted)
    assert sum(grid.counts.values()) == grid.placed_total
    assert sum(grid.point_total(p) for p in grid.points) + len(grid.unplaced) == len(counted)
    assert sum(grid.track_total(t) for t in grid.tracks) == grid.placed_total
    placed = {(x.eccar_point, x.track) for x in counted if x.eccar_point in range(1, 11) and x.track in range(1, 5)}
    assert set(grid.empty_cells) == {(p, t) for p in range(1, 11) for t in range(1, 5)} - placed
    for cell, ids in grid.cells.items():
        assert sorted(ids) == sorted(x.id for x in counted if (x.eccar_point, x.track) == cell)
    for point in grid.single_track_points:
        assert len({t for (p, t) in placed if p == point}) == 1
    for point in grid.points_without_measures:
        assert not any(x.eccar_point == point for x in counted)
