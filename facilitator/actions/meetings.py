"""Edits of meetings and their structure: a new meeting with its default agenda (and, for a
café, its rounds and tables), a meeting's fields, its agenda items and guiding questions,
deleting rows of a list, and the process's title.

Texts an edit writes into the file (agenda titles, table names, the frame statement) are in
the user's language: the caller passes a ``translate(context, english)`` function (the window
passes Qt's; the command line may pass its own). Without one they are written in English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from ..domain import vocabulary as v
from ..domain.agenda import default_agenda
from ..domain.entities import AgendaItem, CafeTable, Entity, Meeting, Process, Question, Round, stored_id
from ..domain.formats import has_cafe, traits
from ..domain.vocabulary import QT_TRANSLATE_NOOP
from ..storage import meetings as repo
from .base import Delete, Insert, Invalid, NothingToChange, Update, Updates

# (context, English source text) -> the text in the user's language
Translate = Callable[[str, str], str]

# The default name of a café table; %1 is its number.
TABLE_NAME = QT_TRANSLATE_NOOP("Defaults", "Table %1")
# How many rounds and tables a new café starts with.
CAFE_ROUNDS, CAFE_TABLES = 3, 6


def untranslated(_context: str, text: str) -> str:
    return text


def agenda_title(translate: Translate, title: str, number: int | None) -> str:
    """An agenda row's title in the user's language, with its round number filled in."""
    return translate("AgendaTemplate", title).replace("%1", str(number or ""))


def table_name(translate: Translate, number: int) -> str:
    return translate("Defaults", TABLE_NAME).replace("%1", str(number))


# -- meetings ---------------------------------------------------------------------------


def add_meeting(
    store, meeting_format: str, title: str, day: str | None = None, translate: Translate = untranslated
) -> Insert:
    """A new meeting with the format's default agenda; a café also gets its 3 rounds and 6
    tables. One step: undo removes them all. ``action.first(Meeting)`` is the meeting."""
    meeting = Meeting(
        format=meeting_format,
        title=title,
        date=day or date.today().isoformat(),
        start_time="16:00",
        end_time="18:00",
        frame_statement=translate("Defaults", v.DEFAULT_FRAME_STATEMENT_EN),
        position=repo.next_meeting_position(store),
    )

    def build(insert):
        (stored,) = insert([meeting])
        rows = default_agenda(meeting_format, CAFE_ROUNDS, stored.round_minutes, stored.move_minutes)
        insert(
            [
                AgendaItem(
                    meeting_id=stored.id,
                    position=position,
                    title=agenda_title(translate, row_title, number),
                    kind=kind,
                    minutes=minutes,
                    round_number=number,
                )
                for position, (row_title, kind, minutes, number) in enumerate(rows)
            ]
        )
        if traits(meeting_format).cafe:
            insert([Round(meeting_id=stored.id, number=n, minutes=stored.round_minutes) for n in range(1, CAFE_ROUNDS + 1)])
            insert(
                [
                    CafeTable(meeting_id=stored.id, position=i, name=table_name(translate, i + 1))
                    for i in range(CAFE_TABLES)
                ]
            )

    return Insert(build=build, label=QT_TRANSLATE_NOOP("Commands", "Add meeting"))


def update_meeting(store, meeting_id: int, label: str = "", **changes) -> Update | None:
    """Changes fields of a meeting as one step (``label``: its undo text, e.g. "Change the
    café settings"): None for a meeting that does not exist or a
    field it does not have; NothingToChange when every value is already so."""
    meeting = store.get(Meeting, meeting_id)
    if meeting is None or not changes or "id" in changes or set(changes) - set(Meeting.field_names()):
        return None
    changes = {field: value for field, value in changes.items() if getattr(meeting, field) != value}
    if not changes:
        raise NothingToChange
    return Update(Meeting, meeting_id, changes, label=label)


def rename_process(store, title: str) -> Update | None:
    """The process's title; None when it is empty or unchanged."""
    title = " ".join(title.split())
    if not title or title == store.process().title:
        return None
    return Update(Process, 1, {"title": title}, label=QT_TRANSLATE_NOOP("Commands", "Rename process"))


def set_retention(store, erase_after: str, months: int) -> Update | None:
    """When the process's personal data should be erased: a date (YYYY-MM-DD), or months
    after the last meeting ("" and 0: no reminder). None when unchanged or not a date."""
    erase_after = erase_after.strip()
    if erase_after:
        try:
            date.fromisoformat(erase_after)
        except ValueError:
            return None
        months = 0
    months = max(0, int(months))
    process = store.process()
    if (erase_after, months) == (process.erase_personal_data_after, process.retention_months):
        return None
    return Update(
        Process, 1, {"erase_personal_data_after": erase_after, "retention_months": months},
        label=QT_TRANSLATE_NOOP("Commands", "Set personal data retention"),
    )


def set_public_address(store, text: str) -> Update:
    """Where the results are published on the municipality's website (``domain/public_address``):
    an https address, or "" to clear it. Raises Invalid ("public_address_<rule>") for one that
    is not, and NothingToChange when it is the same."""
    from ..domain import public_address

    try:
        address = public_address.check(text)
    except public_address.AddressProblem as problem:
        raise Invalid(f"public_address_{problem.code}", text[:public_address.MAX_LENGTH]) from None
    if address == store.process().public_address:
        raise NothingToChange
    return Update(Process, 1, {"public_address": address},
                  label=QT_TRANSLATE_NOOP("Commands", "Set the public address of the results"))


def delete_rows(cls: type[Entity], ids: Iterable[int], label: str = "") -> Delete | None:
    """Rows of one kind with everything that belongs to them; None when there are none."""
    ids = [entity_id for entity_id in dict.fromkeys(ids) if entity_id is not None]
    if not ids:
        return None
    return Delete([(cls, entity_id) for entity_id in ids], label=label)


# -- questions ----------------------------------------------------------------------------


def add_question(store, meeting_id: int, text: str) -> Insert:
    """A guiding question at the end of the meeting's list; in a café, the question of the
    round with its number."""
    position = repo.next_question_position(store, meeting_id)
    round_number = position + 1 if has_cafe(store.get(Meeting, meeting_id)) else None
    return Insert(
        [Question(meeting_id=meeting_id, position=position, text=text, round_number=round_number)],
        label=QT_TRANSLATE_NOOP("Commands", "Add question"),
    )


# -- the agenda ---------------------------------------------------------------------------


def add_agenda_item(store, meeting_id: int, title: str, minutes: int = 10) -> Insert:
    position = repo.next_agenda_position(store, meeting_id)
    return Insert(
        [AgendaItem(meeting_id=meeting_id, position=position, title=title, minutes=minutes)],
        label=QT_TRANSLATE_NOOP("Commands", "Add agenda item"),
    )


def move_agenda_item(store, item_id: int, step: int) -> Updates | None:
    """Swaps an agenda item with its neighbour above (step -1) or below (+1), numbering the
    agenda afresh. None when there is no such neighbour."""
    item = store.get(AgendaItem, item_id)
    if item is None:
        return None
    items = repo.agenda_of(store, item.meeting_id)
    index = next(i for i, other in enumerate(items) if other.id == item_id)
    target = index + step
    if not 0 <= target < len(items):
        return None
    items[index], items[target] = items[target], items[index]
    updates = [
        (AgendaItem, stored_id(entry), {"position": position})
        for position, entry in enumerate(items)
        if entry.position != position
    ]
    if not updates:
        raise NothingToChange
    return Updates(updates, label=QT_TRANSLATE_NOOP("Commands", "Move agenda item"))
