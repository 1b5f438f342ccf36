"""The World Café seating planner: who sits at which table in each round, so that people
meet as many new people as possible (pure domain, no Qt).

    planner  the public entry points: plan_rotation, replan_from_round, evaluate
    model    the instance the search works on, errors
    bounds   lower bounds on repeated meetings, with the reason each holds
    search   the local search
    fields   finite-field constructions for perfect rounds
"""

from .planner import (  # noqa: F401
    BoundReason,
    BoundReport,
    CafeSetup,
    ErrorCode,
    Person,
    Quality,
    RotationError,
    RotationPlan,
    SearchInfo,
    Weights,
    bound_report,
    evaluate,
    lower_bound,
    move,
    plan_rotation,
    replan_from_round,
    swap,
    with_person,
    without_person,
)

__all__ = [
    "BoundReason",
    "BoundReport",
    "CafeSetup",
    "ErrorCode",
    "Person",
    "Quality",
    "RotationError",
    "RotationPlan",
    "SearchInfo",
    "Weights",
    "bound_report",
    "evaluate",
    "lower_bound",
    "move",
    "plan_rotation",
    "replan_from_round",
    "swap",
    "with_person",
    "without_person",
]
