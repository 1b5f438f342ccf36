"""The World Café seating planner: who sits at which table in each round, so that people
meet as many new people as possible (pure domain, no Qt).

    planner  the public entry points: plan_rotation, replan_from_round, evaluate
    model    what the planner is given (people, the café, weights), the instance it builds, errors
    bounds   lower bounds on repeated meetings, with the reason each holds
    search   the local search
    fields   finite-field constructions for perfect rounds
"""

from .planner import *  # noqa: F403 - the planner's public names are the package's
from .planner import __all__ as __all__
