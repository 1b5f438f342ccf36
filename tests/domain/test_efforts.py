"""The mapping of existing work without Qt: levels and statuses as a spreadsheet writes them,
field rules, and efforts in the coverage grid beside (not instead of) the measures."""

import pytest

from facilitator.domain import limits
from facilitator.domain.coverage import coverage_grid
from facilitator.domain.efforts import (
    EffortProblem,
    EffortRefused,
    clean_effort_value,
    efforts_per_cell,
    level_of,
    status_of,
)
from facilitator.domain.entities import ExistingEffort, Measure


def test_levels_and_statuses_in_swedish_words():
    assert [level_of(t) for t in ("Lokal", " delregional ", "Regional", "nationell", "", "local")] == [
        "local", "subregional", "regional", "national", "", "local"]
    assert level_of("galaktisk") is None
    assert [status_of(t) for t in ("Pågående", "under genomförande", "Avslutat", "nedlagd", "Planerad", "")] == [
        "ongoing", "ongoing", "ended", "ended", "planned", ""]
    assert status_of("kanske") is None


def test_field_rules():
    assert clean_effort_value("name", "  Språkvän   Ekbacka ") == "Språkvän Ekbacka"
    assert clean_effort_value("eccar_point", "Punkt 7") == 7
    assert clean_effort_value("eccar_point", "") is None
    assert clean_effort_value("track", 4) == 4
    assert clean_effort_value("level", "Lokal") == "local"
    assert clean_effort_value("aim", "  Rad ett\nrad två ") == "Rad ett\nrad två"
    for name, value, code in (("name", " ", EffortProblem.NO_NAME), ("eccar_point", "11", EffortProblem.BAD_POINT),
                              ("track", "0", EffortProblem.BAD_TRACK), ("level", "x", EffortProblem.UNKNOWN_LEVEL),
                              ("status", "x", EffortProblem.UNKNOWN_STATUS), ("funding", "x" * (limits.TEXT + 1), EffortProblem.TOO_LONG),
                              ("aim", "x" * (limits.TEXT + 1), EffortProblem.TOO_LONG), ("budget", "1", EffortProblem.UNKNOWN_FIELD)):
        with pytest.raises(EffortRefused) as refused:
            clean_effort_value(name, value)
        assert refused.value.code == code


def test_efforts_show_beside_the_measures_and_fill_no_cell():
    efforts = [ExistingEffort(id=1, name="A", eccar_point=7, track=3, status="ongoing"),
               ExistingEffort(id=2, name="B", eccar_point=7, track=3, status="ended"),
               ExistingEffort(id=3, name="C", eccar_point=2, track=None),
               ExistingEffort(id=4, name="D")]
    assert efforts_per_cell(efforts) == {(7, 3): (1, 2)}
    assert efforts_per_cell(efforts, include_ended=False) == {(7, 3): (1,)}
    grid = coverage_grid([Measure(id=9, eccar_point=1, track=1)], efforts=efforts)
    assert grid.effort_count(7, 3) == 2 and grid.effort_ids(7, 3) == (1, 2)
    assert grid.count(7, 3) == 0 and (7, 3) in grid.empty_cells  # still a gap for the plan
    assert grid.effort_total == 2 and grid.total == 1
    assert coverage_grid([]).effort_total == 0
