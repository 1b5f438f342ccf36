"""The 10 × 4 coverage grid: which ECCAR points and tracks have measures (DOMAIN.md).

Every point should have at least one measure and combine the four tracks; the empty cells
are what the coordinator negotiates to fill ("fylla i tomrummen", 003:487-489). Cancelled
measures do not cover anything unless asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .efforts import efforts_per_cell
from .entities import ExistingEffort, Measure, stored_id
from .measures import ECCAR_POINT_NUMBERS, TRACK_NUMBERS
from .vocabulary import MeasureStatus

Cell = tuple[int, int]  # (ECCAR point, track)


@dataclass(frozen=True)
class CoverageGrid:
    """Measure ids per cell, for every cell of the grid (empty cells included).

    ``point_only`` holds measures with a point but no (valid) track: they count for their
    point but fill no cell. ``unplaced`` holds measures without a (valid) point.
    ``efforts`` holds the existing efforts (seed 004's mapping) placed in a cell: shown
    beside the measures, they do not fill a cell, since the plan asks for new measures.
    """

    points: tuple[int, ...]
    tracks: tuple[int, ...]
    cells: Mapping[Cell, tuple[int, ...]]
    point_only: Mapping[int, tuple[int, ...]]
    unplaced: tuple[int, ...]
    efforts: Mapping[Cell, tuple[int, ...]] = field(default_factory=dict)

    def effort_ids(self, point: int, track: int) -> tuple[int, ...]:
        return self.efforts.get((point, track), ())

    def effort_count(self, point: int, track: int) -> int:
        return len(self.efforts.get((point, track), ()))

    @property
    def effort_total(self) -> int:
        return sum(len(ids) for ids in self.efforts.values())

    def ids(self, point: int, track: int) -> tuple[int, ...]:
        return self.cells[(point, track)]

    def count(self, point: int, track: int) -> int:
        return len(self.cells[(point, track)])

    @property
    def counts(self) -> dict[Cell, int]:
        return {cell: len(ids) for cell, ids in self.cells.items()}

    @property
    def empty_cells(self) -> list[Cell]:
        return [cell for cell, ids in self.cells.items() if not ids]

    def tracks_used(self, point: int) -> tuple[int, ...]:
        return tuple(track for track in self.tracks if self.cells[(point, track)])

    def missing_tracks(self, point: int) -> tuple[int, ...]:
        return tuple(track for track in self.tracks if not self.cells[(point, track)])

    def point_total(self, point: int) -> int:
        """Measures under the point, with or without a track."""
        return sum(len(self.cells[(point, t)]) for t in self.tracks) + len(self.point_only.get(point, ()))

    def track_total(self, track: int) -> int:
        return sum(len(self.cells[(p, track)]) for p in self.points)

    @property
    def placed_total(self) -> int:
        return sum(len(ids) for ids in self.cells.values())

    @property
    def total(self) -> int:
        return self.placed_total + sum(len(ids) for ids in self.point_only.values()) + len(self.unplaced)

    @property
    def points_without_measures(self) -> list[int]:
        """Points with no measure at all (the toolkit asks for at least one per point)."""
        return [p for p in self.points if self.point_total(p) == 0]

    @property
    def single_track_points(self) -> list[int]:
        """Points whose measures (with a track) all use one and the same track."""
        return [p for p in self.points if len(self.tracks_used(p)) == 1]

    @property
    def complete_points(self) -> list[int]:
        """Points that combine all four tracks."""
        return [p for p in self.points if len(self.tracks_used(p)) == len(self.tracks)]


def coverage_grid(
    measures: Iterable[Measure],
    *,
    include_cancelled: bool = False,
    points: Iterable[int] = ECCAR_POINT_NUMBERS,
    tracks: Iterable[int] = TRACK_NUMBERS,
    efforts: Iterable[ExistingEffort] = (),
) -> CoverageGrid:
    """The grid for ``measures`` (and beside them ``efforts``, the existing work); ids keep
    the order the measures were given in."""
    points, tracks = tuple(points), tuple(tracks)
    cells: dict[Cell, list[int]] = {(p, t): [] for p in points for t in tracks}
    point_only: dict[int, list[int]] = {p: [] for p in points}
    unplaced: list[int] = []
    for measure in measures:
        if measure.status == MeasureStatus.CANCELLED and not include_cancelled:
            continue
        point, track = measure.eccar_point, measure.track
        if point is None or point not in point_only:
            unplaced.append(stored_id(measure))
        elif track is not None and (point, track) in cells:
            cells[(point, track)].append(stored_id(measure))
        else:
            point_only[point].append(stored_id(measure))
    return CoverageGrid(
        points,
        tracks,
        {cell: tuple(ids) for cell, ids in cells.items()},
        {p: tuple(ids) for p, ids in point_only.items() if ids},
        tuple(unplaced),
        {cell: ids for cell, ids in efforts_per_cell(efforts).items() if cell in cells},
    )
