"""The process file's schema as numbered, transactional migrations.

A migration is never edited once released: a change to the schema is a new function here.
``APPLICATION_ID`` marks a SQLite file as a Facilitator process (``PRAGMA application_id``).

sqlite-utils' Migrations applies them and records each in ``_sqlite_migrations``. That object,
``migrations``, is made when first asked for (module ``__getattr__`` below), with sqlite-utils
imported then: opening a file that is up to date only reads that table, with plain SQL
(``pending_migration_names``), and does not pay for importing sqlite-utils at start-up.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

APPLICATION_ID = 0x46434C54  # "FCLT"
MIGRATION_SET = "facilitator"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' Migrations.migrations_table

#: The migrations in the order they apply: (name, function(db)). ``migrations`` is made from it.
_STEPS: list[tuple[str, Callable[[Database], None]]] = []


def _migration(name: str):
    def register(function):
        _STEPS.append((name, function))
        return function

    return register


def __getattr__(name: str):
    if name == "migrations":
        from sqlite_utils import Migrations

        made = Migrations(MIGRATION_SET)
        for step, function in _STEPS:
            made(name=step)(function)
        globals()["migrations"] = made  # from now on an ordinary module attribute
        return made
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

_INITIAL = """
CREATE TABLE process (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    plan_stage TEXT NOT NULL DEFAULT 'draft',
    plan_stage_date TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE plan_stage_change (
    id INTEGER PRIMARY KEY,
    stage TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    category TEXT NOT NULL DEFAULT 'other',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    format TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    moderator TEXT NOT NULL DEFAULT '',
    coordinator TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    frame_statement TEXT NOT NULL DEFAULT '',
    selection_reasons TEXT NOT NULL DEFAULT '',
    food_served INTEGER NOT NULL DEFAULT 0,
    next_steps TEXT NOT NULL DEFAULT '',
    feedback_method TEXT NOT NULL DEFAULT '',
    series TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    question_per_table INTEGER NOT NULL DEFAULT 0,
    hosts_stay INTEGER NOT NULL DEFAULT 1,
    round_minutes INTEGER NOT NULL DEFAULT 20,
    move_minutes INTEGER NOT NULL DEFAULT 5,
    rotation_seed INTEGER NOT NULL DEFAULT 0,
    dot_budget INTEGER NOT NULL DEFAULT 3,
    spread_organisations INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE cafe_table (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    seats INTEGER NOT NULL DEFAULT 5,
    host_participant_id INTEGER REFERENCES participant(id) ON DELETE SET NULL
);
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'participant',
    status TEXT NOT NULL DEFAULT 'registered',
    cannot_move INTEGER NOT NULL DEFAULT 0,
    first_round INTEGER,
    last_round INTEGER,
    table_id INTEGER REFERENCES cafe_table(id) ON DELETE SET NULL,
    UNIQUE (meeting_id, participant_id)
);
CREATE TABLE agenda_item (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other',
    minutes INTEGER NOT NULL DEFAULT 10,
    round_number INTEGER,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE question (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    round_number INTEGER,
    table_id INTEGER REFERENCES cafe_table(id) ON DELETE SET NULL,
    guidance TEXT NOT NULL DEFAULT ''
);
CREATE TABLE round (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 20,
    started_at TEXT NOT NULL DEFAULT '',
    ended_at TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, number)
);
CREATE TABLE seat (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    table_id INTEGER NOT NULL REFERENCES cafe_table(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    UNIQUE (round_id, participant_id)
);
CREATE TABLE theme (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER REFERENCES meeting(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE contribution (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'note',
    text TEXT NOT NULL DEFAULT '',
    round_id INTEGER REFERENCES round(id) ON DELETE SET NULL,
    table_id INTEGER REFERENCES cafe_table(id) ON DELETE SET NULL,
    question_id INTEGER REFERENCES question(id) ON DELETE SET NULL,
    agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
    theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL,
    merged_into_id INTEGER REFERENCES contribution(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    published INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contribution_meeting ON contribution(meeting_id, round_id, table_id);
CREATE INDEX contribution_theme ON contribution(theme_id);
CREATE TABLE mitigation (
    id INTEGER PRIMARY KEY,
    contribution_id INTEGER NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT ''
);
CREATE TABLE vote (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    contribution_id INTEGER REFERENCES contribution(id) ON DELETE CASCADE,
    theme_id INTEGER REFERENCES theme(id) ON DELETE CASCADE,
    dots INTEGER NOT NULL DEFAULT 0,
    CHECK ((contribution_id IS NULL) <> (theme_id IS NULL))
);
CREATE TABLE harvest_item (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    table_id INTEGER REFERENCES cafe_table(id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'main_point',
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT ''
);
CREATE TABLE measure (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    goal TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    owner_contact TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    due_date TEXT NOT NULL DEFAULT '',
    time_frame TEXT NOT NULL DEFAULT '',
    completion_criterion TEXT NOT NULL DEFAULT '',
    indicators TEXT NOT NULL DEFAULT '',
    baseline TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    resources TEXT NOT NULL DEFAULT '',
    follow_up_method TEXT NOT NULL DEFAULT '',
    eccar_point INTEGER CHECK (eccar_point BETWEEN 1 AND 10),
    track INTEGER CHECK (track BETWEEN 1 AND 4),
    aimed_at TEXT NOT NULL DEFAULT 'own_organisation',
    target_groups TEXT NOT NULL DEFAULT '',
    is_new INTEGER NOT NULL DEFAULT 1,
    term TEXT NOT NULL DEFAULT 'short',
    status TEXT NOT NULL DEFAULT 'proposed',
    origin_meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE measure_status_change (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL
);
CREATE TABLE measure_source (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    contribution_id INTEGER REFERENCES contribution(id) ON DELETE CASCADE,
    theme_id INTEGER REFERENCES theme(id) ON DELETE CASCADE,
    CHECK ((contribution_id IS NULL) <> (theme_id IS NULL))
);
CREATE TABLE framework_label (
    id INTEGER PRIMARY KEY,
    framework TEXT NOT NULL,
    number INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    UNIQUE (framework, number)
);
CREATE TABLE key_factor_assessment (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    factor INTEGER NOT NULL CHECK (factor BETWEEN 1 AND 13),
    rating TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, factor)
);
CREATE TABLE meeting_timer (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL UNIQUE REFERENCES meeting(id) ON DELETE CASCADE,
    agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'stopped',
    started_at TEXT NOT NULL DEFAULT '',
    elapsed_seconds REAL NOT NULL DEFAULT 0,
    extra_seconds INTEGER NOT NULL DEFAULT 0
);
"""


def _statements(script: str):
    """Splits a script of simple DDL statements; executescript() would commit mid-migration."""
    for statement in script.split(";"):
        if statement.strip():
            yield statement


@_migration("0001_initial")
def m0001_initial(db: Database) -> None:
    for statement in _statements(_INITIAL):
        db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@_migration("0002_meeting_share_token")
def m0002_meeting_share_token(db: Database) -> None:
    """Each meeting gets an unguessable token: phones reach it only through that token."""
    db.execute("ALTER TABLE meeting ADD COLUMN share_token TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE meeting SET share_token = lower(hex(randomblob(16)))")
    db.execute("CREATE UNIQUE INDEX meeting_share_token ON meeting(share_token)")


# Full-text search (storage/search.py) over what was said and decided. One FTS5 table; a
# row's rowid is the source row's id * 8 + a kind code, so the source is found without a
# scan. tokenize "unicode61 remove_diacritics 0" keeps å, ä and ö letters of their own.
# Triggers write the index on insert and on changes of the searched columns; a delete
# leaves the entry behind (searches join it to its source row, so it is never found), and
# when the same row comes back, as undo's restore puts it, the entry is already there with
# the same text and nothing is written. That keeps delete-and-restore byte-identical.
_SEARCH_SOURCES_0003 = (
    # (kind code, table, title expression, body expression, searched columns)
    (1, "contribution", "''", "{r}.text", "text"),
    (2, "mitigation", "''", "{r}.text", "text"),
    (3, "theme", "{r}.title", "{r}.description", "title, description"),
    (
        4,
        "measure",
        "{r}.title",
        "{r}.description || char(10) || {r}.goal || char(10) || {r}.owner || char(10) || "
        "{r}.department || char(10) || {r}.indicators",
        "title, description, goal, owner, department, indicators",
    ),
    (5, "harvest_item", "''", "{r}.text", "text"),
)

_SEARCH_INDEXES_0003 = """
CREATE INDEX measure_source_measure ON measure_source(measure_id);
CREATE INDEX measure_source_contribution ON measure_source(contribution_id);
CREATE INDEX measure_source_theme ON measure_source(theme_id);
CREATE INDEX measure_origin_meeting ON measure(origin_meeting_id);
CREATE INDEX measure_status_change_measure ON measure_status_change(measure_id, date);
CREATE INDEX contribution_merged_into ON contribution(merged_into_id);
CREATE INDEX mitigation_contribution ON mitigation(contribution_id);
CREATE INDEX vote_contribution ON vote(contribution_id);
CREATE INDEX vote_theme ON vote(theme_id);
CREATE INDEX theme_meeting ON theme(meeting_id);
CREATE INDEX harvest_item_meeting ON harvest_item(meeting_id)
"""


@_migration("0003_contribution_search")
def m0003_contribution_search(db: Database) -> None:
    """Full-text search over contributions, mitigations, themes, measures and the harvest,
    and the indexes that links between measures and contributions need."""
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 0')"
    )
    for code, table, title, body, columns in _SEARCH_SOURCES_0003:
        key = f"new.id * 8 + {code}"
        new_title, new_body = title.format(r="new"), body.format(r="new")
        upsert = (
            f"DELETE FROM search_index WHERE rowid = {key} "
            f"AND (title IS NOT {new_title} OR body IS NOT {new_body}); "
            f"INSERT INTO search_index(rowid, title, body) SELECT {key}, {new_title}, {new_body} "
            f"WHERE NOT EXISTS (SELECT 1 FROM search_index WHERE rowid = {key});"
        )
        db.execute(f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {upsert} END")
        db.execute(f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF id, {columns} ON {table} BEGIN {upsert} END")
        db.execute(
            f"INSERT INTO search_index(rowid, title, body) "
            f"SELECT id * 8 + {code}, {title.format(r=table)}, {body.format(r=table)} FROM {table}"
        )
    for statement in _statements(_SEARCH_INDEXES_0003):
        db.execute(statement)


@_migration("0004_meeting_voters")
def m0004_meeting_voters(db: Database) -> None:
    """How many people dot-voted in the room; 0 means "count those present" (attendance)."""
    db.execute("ALTER TABLE meeting ADD COLUMN voters INTEGER NOT NULL DEFAULT 0")


@_migration("0005_consent_and_retention")
def m0005_consent_and_retention(db: Database) -> None:
    """A consent note per participant (date, what for) and when the process's personal data
    should be erased (a date, or months after the last meeting)."""
    db.execute("ALTER TABLE participant ADD COLUMN consent_date TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE participant ADD COLUMN consent_purpose TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE process ADD COLUMN erase_personal_data_after TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE process ADD COLUMN retention_months INTEGER NOT NULL DEFAULT 0")


@_migration("0006_plan_texts")
def m0006_plan_texts(db: Database) -> None:
    """The plan's own texts (title, period, background, commission, purpose, financing, its
    diarienummer), and for each stage change the deciding body and the diarienummer."""
    for column in ("plan_title", "plan_period", "background", "commission", "purpose", "financing", "plan_dnr"):
        db.execute(f"ALTER TABLE process ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE plan_stage_change ADD COLUMN body TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE plan_stage_change ADD COLUMN dnr TEXT NOT NULL DEFAULT ''")


@_migration("0007_signed_minutes")
def m0007_signed_minutes(db: Database) -> None:
    """Minutes that stay as signed: each measure's fields after every change, dated and tied to
    the meeting it was made at (the minutes show a measure as it stood then), and the signed
    versions of each meeting's minutes (the Word file as signed, and its content)."""
    db.execute(
        "CREATE TABLE measure_revision ("
        "id INTEGER PRIMARY KEY, "
        "measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE, "
        "date TEXT NOT NULL DEFAULT '', "
        "meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL, "
        "fields TEXT NOT NULL DEFAULT '{}')"
    )
    db.execute("CREATE INDEX measure_revision_measure ON measure_revision(measure_id, date)")
    db.execute(
        "CREATE TABLE signed_minutes ("
        "id INTEGER PRIMARY KEY, "
        "meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE, "
        "version INTEGER NOT NULL DEFAULT 1, "
        "signed_on TEXT NOT NULL DEFAULT '', "
        "adjusters TEXT NOT NULL DEFAULT '', "
        "dnr TEXT NOT NULL DEFAULT '', "
        "with_names INTEGER NOT NULL DEFAULT 0, "
        "language TEXT NOT NULL DEFAULT 'sv', "
        "content TEXT NOT NULL DEFAULT '{}', "
        "document BLOB NOT NULL DEFAULT x'', "
        "created_at TEXT NOT NULL DEFAULT '', "
        "UNIQUE (meeting_id, version))"
    )
    # A file from before: each measure's fields as they are now, undated (``date`` ''), so a
    # later edit does not hide what it was before; the minutes take its status then from the
    # dated status history (``meeting_record.as_it_stood``).
    cursor = db.execute("SELECT * FROM measure ORDER BY id")
    names = [column[0] for column in cursor.description]
    for row in cursor.fetchall():
        values = dict(zip(names, row))
        db.execute("INSERT INTO measure_revision (measure_id, date, meeting_id, fields) VALUES (?, '', NULL, ?)",
                   [values["id"], json.dumps(values, ensure_ascii=False, sort_keys=True)])


@_migration("0008_plan_versions")
def m0008_plan_versions(db: Database) -> None:
    """A dated copy of the catalogue kept with each stage change of the plan (the plan as
    sent on remiss, as adopted), to be exported later exactly as it was."""
    db.execute(
        "CREATE TABLE plan_version ("
        "id INTEGER PRIMARY KEY, "
        "stage_change_id INTEGER REFERENCES plan_stage_change(id) ON DELETE CASCADE, "
        "stage TEXT NOT NULL, "
        "date TEXT NOT NULL DEFAULT '', "
        "created_at TEXT NOT NULL DEFAULT '', "
        "content TEXT NOT NULL DEFAULT '')"
    )
    db.execute("CREATE INDEX plan_version_stage_change ON plan_version(stage_change_id)")


_REMISS_0009 = """
CREATE TABLE remiss_round (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    sent_date TEXT NOT NULL DEFAULT '',
    reply_deadline TEXT NOT NULL DEFAULT '',
    dnr TEXT NOT NULL DEFAULT '',
    reply_to TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE remiss_recipient (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES remiss_round(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
    name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX remiss_recipient_round ON remiss_recipient(round_id);
CREATE TABLE remiss_reply (
    id INTEGER PRIMARY KEY,
    recipient_id INTEGER NOT NULL UNIQUE REFERENCES remiss_recipient(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL DEFAULT 'answered' CHECK (outcome IN ('answered', 'declined')),
    received_date TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT ''
);
CREATE TABLE remiss_remark (
    id INTEGER PRIMARY KEY,
    reply_id INTEGER NOT NULL REFERENCES remiss_reply(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    measure_id INTEGER REFERENCES measure(id) ON DELETE SET NULL,
    measure_title TEXT NOT NULL DEFAULT '',
    handling TEXT NOT NULL DEFAULT '' CHECK (handling IN ('', 'accepted', 'partly', 'rejected')),
    motivation TEXT NOT NULL DEFAULT '',
    changed_measure_id INTEGER REFERENCES measure(id) ON DELETE SET NULL
);
CREATE INDEX remiss_remark_reply ON remiss_remark(reply_id);
CREATE INDEX remiss_remark_measure ON remiss_remark(measure_id);
CREATE INDEX remiss_remark_changed_measure ON remiss_remark(changed_measure_id)
"""


@_migration("0009_remiss")
def m0009_remiss(db: Database) -> None:
    """The remiss of the plan: rounds (sent, reply deadline, dnr), their recipients (from the
    register or typed in), each recipient's reply (or that they decline), and the reply's
    remarks, on a measure or the plan in general, with how each was handled."""
    for statement in _statements(_REMISS_0009):
        db.execute(statement)


# The self-assessment against a framework's key factors (domain/assessment.py). New tables only;
# the first schema's key_factor_assessment (one text rating and one text of evidence per factor
# 1..13) is left as it is and unused: it cannot hold another framework, preliminary ratings,
# evidence items, answers or a baseline.
_SELF_ASSESSMENT_0010 = """
CREATE TABLE assessment_framework (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL DEFAULT ''
);
CREATE TABLE assessment (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL UNIQUE REFERENCES meeting(id) ON DELETE CASCADE,
    framework TEXT NOT NULL DEFAULT 'integrating_cities',
    mode TEXT NOT NULL DEFAULT 'internal',
    scope TEXT NOT NULL DEFAULT '',
    baseline_id INTEGER REFERENCES assessment(id) ON DELETE SET NULL,
    recommendations TEXT NOT NULL DEFAULT ''
);
CREATE TABLE assessment_meeting (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    meeting_id INTEGER NOT NULL UNIQUE REFERENCES meeting(id) ON DELETE CASCADE
);
CREATE INDEX assessment_meeting_assessment ON assessment_meeting(assessment_id);
CREATE TABLE assessment_member (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'evaluation_group',
    organisation TEXT NOT NULL DEFAULT '',
    participant_id INTEGER REFERENCES participant(id) ON DELETE SET NULL
);
CREATE TABLE assessment_rating (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    theme INTEGER NOT NULL,
    rating TEXT NOT NULL DEFAULT 'not_assessed',
    confirmed INTEGER NOT NULL DEFAULT 0,
    reasoning TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '',
    weaknesses TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT '',
    decided_how TEXT NOT NULL DEFAULT '',
    UNIQUE (assessment_id, theme)
);
CREATE TABLE assessment_answer (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    UNIQUE (assessment_id, question)
);
CREATE TABLE assessment_evidence (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    theme INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'minutes',
    title TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE assessment_context (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    factor INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (assessment_id, factor)
);
CREATE TABLE assessment_table_theme (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    table_id INTEGER NOT NULL UNIQUE REFERENCES cafe_table(id) ON DELETE CASCADE,
    theme INTEGER NOT NULL
);
CREATE TABLE assessment_note (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    contribution_id INTEGER NOT NULL UNIQUE REFERENCES contribution(id) ON DELETE CASCADE,
    question TEXT NOT NULL
);
CREATE INDEX assessment_note_assessment ON assessment_note(assessment_id, question);
CREATE INDEX assessment_baseline ON assessment(baseline_id);
CREATE INDEX assessment_member_assessment ON assessment_member(assessment_id);
CREATE INDEX assessment_member_participant ON assessment_member(participant_id);
CREATE INDEX assessment_evidence_assessment ON assessment_evidence(assessment_id, theme);
CREATE INDEX assessment_evidence_meeting ON assessment_evidence(meeting_id);
CREATE INDEX assessment_table_theme_assessment ON assessment_table_theme(assessment_id)
"""


@_migration("0010_self_assessment")
def m0010_self_assessment(db: Database) -> None:
    """The self-assessment: frameworks a municipality added, an assessment per meeting (or a
    series of them: the later meetings that continue it) with its group, a rating per key factor, answers to the guiding questions, evidence, the
    environmental factors' notes, the café tables' themes and the notes captured against a
    guiding question."""
    for statement in _statements(_SELF_ASSESSMENT_0010):
        db.execute(statement)


_PHONE_INPUT_0011 = """
CREATE TABLE phone_submission (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'idea',
    text TEXT NOT NULL DEFAULT '',
    round_id INTEGER REFERENCES round(id) ON DELETE SET NULL,
    table_id INTEGER REFERENCES cafe_table(id) ON DELETE SET NULL,
    question_id INTEGER REFERENCES question(id) ON DELETE SET NULL,
    device TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'waiting',
    contribution_id INTEGER REFERENCES contribution(id) ON DELETE SET NULL
);
CREATE INDEX phone_submission_meeting ON phone_submission(meeting_id, state);
CREATE INDEX phone_submission_contribution ON phone_submission(contribution_id);
CREATE TABLE phone_vote (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    contribution_id INTEGER NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
    device TEXT NOT NULL DEFAULT ''
);
CREATE INDEX phone_vote_meeting_device ON phone_vote(meeting_id, device);
CREATE INDEX phone_vote_contribution ON phone_vote(contribution_id)
"""


@_migration("0011_phone_input")
def m0011_phone_input(db: Database) -> None:
    """Participants' ideas, questions and dots from their phones: input switched on per
    meeting (off by default), the submissions waiting for the coordinator, the phones' dots."""
    db.execute("ALTER TABLE meeting ADD COLUMN phone_input INTEGER NOT NULL DEFAULT 0")
    for statement in _statements(_PHONE_INPUT_0011):
        db.execute(statement)


_GOALS_AND_EFFORTS_0012 = """
CREATE TABLE goal (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT '',
    baseline TEXT NOT NULL DEFAULT '',
    target_value TEXT NOT NULL DEFAULT '',
    target_date TEXT NOT NULL DEFAULT '',
    source_framework TEXT NOT NULL DEFAULT '',
    source_key_factor TEXT NOT NULL DEFAULT '',
    source_assessment_id INTEGER,
    source_rating TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE goal_measure (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    UNIQUE (goal_id, measure_id)
);
CREATE INDEX goal_measure_measure ON goal_measure(measure_id);
CREATE TABLE existing_effort (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    theme TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    partners TEXT NOT NULL DEFAULT '',
    funding TEXT NOT NULL DEFAULT '',
    target_group TEXT NOT NULL DEFAULT '',
    aim TEXT NOT NULL DEFAULT '',
    period TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    eccar_point INTEGER,
    track INTEGER,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE measure_effort (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    effort_id INTEGER NOT NULL REFERENCES existing_effort(id) ON DELETE CASCADE,
    UNIQUE (measure_id, effort_id)
);
CREATE INDEX measure_effort_effort ON measure_effort(effort_id)
"""


@_migration("0012_goals_and_efforts")
def m0012_goals_and_efforts(db: Database) -> None:
    """Goals with an indicator, baseline and target, linked to measures (many to many); the
    register of existing efforts (seed 004's mapping), linked to the measures that build on
    them; and the toolkit's quick wins (snabbutdelning) as a field of the measure.

    A goal drawn from a self-assessment keeps the framework, key factor and assessment as
    plain values (no foreign key): the assessment may be deleted, the goal stays."""
    for statement in _statements(_GOALS_AND_EFFORTS_0012):
        db.execute(statement)
    db.execute("ALTER TABLE measure ADD COLUMN quick_win INTEGER NOT NULL DEFAULT 0")


def key_of_older_process(created_at: str) -> str:
    """The key of a process written before processes had one (0013): a digest of when it was
    created, the same whether the file is read as it is or migrated."""
    return hashlib.sha256(f"facilitator-process:{created_at}".encode()).hexdigest()[:32]


@_migration("0013_follow_up_rhythm")
def m0013_follow_up_rhythm(db: Database) -> None:
    """The plan's follow-up rhythm with the toolkit's values (domain/follow_up_rhythm.py):
    the committee monthly, the departments twice a year, revision every three years, ECCAR
    every two; and the process's random key, made once: its identity in exported calendars'
    UIDs and on the departments' reporting forms."""
    for column, default in (("follow_up_committee_months", 1), ("follow_up_rounds_per_year", 2),
                            ("follow_up_revision_years", 3), ("follow_up_eccar_years", 2)):
        db.execute(f"ALTER TABLE process ADD COLUMN {column} INTEGER NOT NULL DEFAULT {default}")
    db.execute("ALTER TABLE process ADD COLUMN process_key TEXT NOT NULL DEFAULT ''")
    # A file from before gets the key it was read with before this migration, so calendars
    # and forms exported from it then still match it after.
    for process_id, created_at in db.execute("SELECT id, created_at FROM process").fetchall():
        db.execute("UPDATE process SET process_key = ? WHERE id = ?", [key_of_older_process(created_at), process_id])



@_migration("0014_reporting_rounds")
def m0014_reporting_rounds(db: Database) -> None:
    """Reporting rounds with the departments: each status change may come from a round's
    form (the round's name, the department that reported, the indicator's value it gave).
    The forms carry the process's key (0013), so a form filled in for another process is
    recognised."""
    for column in ("round", "department", "indicator_value"):
        db.execute(f"ALTER TABLE measure_status_change ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


@_migration("0015_public_address")
def m0015_public_address(db: Database) -> None:
    """Where the municipality publishes the results (an https address; "": not set), so that
    printables and minutes carry QR codes that work after the meeting."""
    db.execute("ALTER TABLE process ADD COLUMN public_address TEXT NOT NULL DEFAULT ''")


_HOST_LINKS_0016 = """
CREATE TABLE host_link (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    table_id INTEGER NOT NULL REFERENCES cafe_table(id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT '',
    revoked_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX host_link_meeting ON host_link(meeting_id, table_id);
CREATE TABLE personal_code (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    code TEXT NOT NULL UNIQUE,
    UNIQUE (meeting_id, participant_id)
);
ALTER TABLE contribution ADD COLUMN host_link_id INTEGER REFERENCES host_link(id) ON DELETE SET NULL
"""


@_migration("0016_host_links")
def m0016_host_links(db: Database) -> None:
    """Table hosts capture from their phones: a link per café table (revocable; a contribution
    keeps the link it came through), and a random personal code per participant and café for the
    rotation card's QR code (never a name)."""
    for statement in _statements(_HOST_LINKS_0016):
        db.execute(statement)


def known_migration_names() -> list[str]:
    made: Migrations | None = globals().get("migrations")
    if made is None:
        return [step for step, _ in _STEPS]
    return [migration.name for migration in made._migrations]  # with any registered on it since


def has_migrations_table(connection: sqlite3.Connection) -> bool:
    sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return connection.execute(sql, [MIGRATIONS_TABLE]).fetchone() is not None


def applied_migration_names(connection: sqlite3.Connection) -> list[str]:
    """The migrations applied to a file, in the order they were (what Migrations.applied reads)."""
    if not has_migrations_table(connection):
        return []
    sql = f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid"
    return [row[0] for row in connection.execute(sql, [MIGRATION_SET])]


def pending_migration_names(connection: sqlite3.Connection) -> list[str]:
    """The migrations this version has and the file has not yet had (Migrations.pending)."""
    applied = set(applied_migration_names(connection))
    return [name for name in known_migration_names() if name not in applied]


# -- the schema a file should have ---------------------------------------------------------------

#: One object of a file's schema as ``sqlite_master`` lists it: (type, name, table, sql).
SchemaObject = tuple[str, str, str, "str | None"]

#: Tables SQLite itself may add to any file (ANALYZE, AUTOINCREMENT), with the only text they have.
SQLITE_OWN_TABLES: frozenset[SchemaObject] = frozenset({
    ("table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
    ("table", "sqlite_stat4", "sqlite_stat4", "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)"),
    ("table", "sqlite_sequence", "sqlite_sequence", "CREATE TABLE sqlite_sequence(name,seq)"),
})


def _steps() -> list[tuple[str, Callable]]:
    """(name, function) of every migration this version knows, in order."""
    made: Migrations | None = globals().get("migrations")
    if made is None:
        return list(_STEPS)
    return [(migration.name, migration.fn) for migration in made._migrations]


def schema_objects(connection: sqlite3.Connection) -> set[SchemaObject]:
    """What a file holds: reading ``sqlite_master`` runs nothing stored in the file."""
    sql = "SELECT type, name, tbl_name, sql FROM sqlite_master"
    return {(row[0], row[1], row[2], row[3]) for row in connection.execute(sql)}


def expected_schema(applied: list[str] | tuple[str, ...]) -> frozenset[SchemaObject]:
    """The schema a file has after exactly the migrations ``applied`` (a start of this
    version's list, in order): made at run time by applying them to an empty database in
    memory, so it never differs from what the migrations write."""
    steps = _steps()
    if [name for name, _ in steps[: len(applied)]] != list(applied):
        raise ValueError(f"not a start of this version's migrations: {list(applied)}")
    return _expected_schema(tuple(steps[: len(applied)]))


#: Where the app keeps the expected schema between starts (set by the app; None: made every
#: time). Making it runs every migration in memory and loads sqlite-utils, which the start
#: of the window otherwise does without; the key changes with the migrations' code, SQLite's
#: version and the sqlite-utils that writes the schema, so a kept copy is never stale.
cache_dir: Path | None = None


def _cache_file(steps: tuple[tuple[str, Callable], ...]) -> Path | None:
    if cache_dir is None:
        return None
    spec = importlib.util.find_spec("sqlite_utils")
    origin = spec.origin if spec is not None and spec.origin else ""
    try:
        stat = os.stat(origin)
        library = f"{origin}:{stat.st_size}:{stat.st_mtime_ns}"
    except OSError:
        library = origin
    key = hashlib.sha256()
    for part in (MIGRATION_SET, sqlite3.sqlite_version, library):
        key.update(part.encode() + b"\0")
    for name, function in steps:
        key.update(name.encode() + _code_key(function.__code__) + b"\0")
    return Path(cache_dir) / f"schema-{key.hexdigest()[:32]}.json"


def _code_key(code) -> bytes:
    """A migration's code as bytes that are the same in every run: its bytecode and constants,
    nested code objects (a comprehension, a lambda) by their own key rather than their repr,
    which holds a memory address, and sets in sorted order (string hashes vary per run)."""
    parts = [code.co_code]
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            parts.append(_code_key(const))
        elif isinstance(const, frozenset):
            parts.append(repr(sorted(const, key=repr)).encode())
        else:
            parts.append(repr(const).encode())
    return b"\x1f".join(parts)


@functools.lru_cache(maxsize=32)
def _expected_schema(steps: tuple[tuple[str, Callable], ...]) -> frozenset[SchemaObject]:
    kept = _cache_file(steps)
    if kept is not None:
        try:
            return frozenset(tuple(row) for row in json.loads(kept.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            pass  # not made yet, or unreadable: made below
    made_schema = _make_expected_schema(steps)
    if kept is not None:
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            partial = kept.with_suffix(f".{os.getpid()}.partial")
            partial.write_text(json.dumps(sorted(made_schema, key=repr)), encoding="utf-8")
            os.replace(partial, kept)
        except OSError:  # a cache that cannot be kept costs time, nothing else
            pass
    return made_schema


def _make_expected_schema(steps: tuple[tuple[str, Callable], ...]) -> frozenset[SchemaObject]:
    from sqlite_utils import Database, Migrations

    made = Migrations(MIGRATION_SET)
    for name, function in steps:
        made(name=name)(function)
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        made.apply(Database(connection))
        return frozenset(schema_objects(connection))
    finally:
        connection.close()
