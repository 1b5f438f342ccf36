"""The self-assessment's rules without Qt: rating states, preliminary until evidence or
confirmation, scope and the comparison with a baseline."""

from facilitator.domain.assessment import (
    Change,
    KeyFactorState,
    Rating,
    Status,
    compare,
    format_scope,
    is_preliminary,
    rating_of,
    status,
    summary,
    themes_in_scope,
)


def test_a_rating_is_preliminary_until_evidence_or_confirmation():
    assert is_preliminary("partly", confirmed=False, evidence_count=0)
    assert not is_preliminary("partly", confirmed=False, evidence_count=1)
    assert not is_preliminary("partly", confirmed=True, evidence_count=0)
    assert not is_preliminary("not_assessed", confirmed=False, evidence_count=0)
    assert status("true", False, 0) is Status.PRELIMINARY
    assert status("true", False, 2) is Status.SETTLED
    assert status("not_assessed", True, 2) is Status.NOT_ASSESSED


def test_an_unknown_rating_from_a_newer_file_counts_as_not_assessed():
    assert rating_of("perhaps") is Rating.NOT_ASSESSED
    assert summary(["true", "partly", "partly", "x"])[Rating.PARTLY] == 2


def test_gaps_are_the_factors_rated_partly_or_not_true():
    def state(rating):
        return KeyFactorState(1, 3, "Ledning", "Kommunen …", Rating(rating), False, 0)

    assert [state(r).gap for r in ("true", "partly", "not_true", "not_assessed")] == [False, True, True, False]


def test_the_scope_is_every_theme_or_a_chosen_subset():
    every = range(1, 14)
    assert format_scope([3, 1, 3], every) == "1,3"
    assert format_scope(every, every) == ""
    assert themes_in_scope("", every) == tuple(every)
    assert themes_in_scope("13,1,x", every) == (1, 13)


def test_a_later_assessment_compares_itself_factor_by_factor():
    baseline = {1: "not_true", 2: "partly", 3: "true", 4: "partly"}
    current = {1: "partly", 2: "partly", 3: "not_true", 4: "not_assessed", 5: "true"}
    changes = {c.theme: c.change for c in compare(current, baseline)}
    assert changes == {1: Change.BETTER, 2: Change.SAME, 3: Change.WORSE, 4: Change.NOT_ASSESSED, 5: Change.NEW}
    first = compare(current, baseline)[0]
    assert (first.before, first.after) == (Rating.NOT_TRUE, Rating.PARTLY)
