"""The words for problems, shared by the window and the command line so both say the same.

Uses QCoreApplication.translate (QtCore only): with the Swedish catalogue installed the
text is Swedish, otherwise English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from .domain.meeting_checks import MeetingWarning, WarningCode
from .domain.vocabulary import Plural
from .storage.errors import ProblemCode, ProcessFileError
from .storage.lock import Holder, LockedError

# A message with a count, marked so that the catalogue gets its plural forms (see Plural).
_ORPHANS = Plural.translate(
    "Messages", "%n row(s) of “%1” referred to something that was left out and were not copied.", "", -1)


def describe_file_error(error: ProcessFileError) -> str:
    texts = {
        ProblemCode.NOT_FOUND: QCoreApplication.translate("Messages", "The file %1 does not exist."),
        ProblemCode.NOT_A_FILE: QCoreApplication.translate("Messages", "%1 is not a file that can be opened."),
        ProblemCode.NOT_SQLITE: QCoreApplication.translate(
            "Messages",
            "%1 is not a Facilitator process file. It was not changed."
        ),
        ProblemCode.OTHER_PROGRAM: QCoreApplication.translate(
            "Messages",
            "%1 is a database of another program, not a Facilitator process. It was not changed."
        ),
        ProblemCode.CORRUPT: QCoreApplication.translate(
            "Messages",
            "%1 is damaged and cannot be opened. It was not changed."
        ),
        ProblemCode.NEWER_VERSION: QCoreApplication.translate(
            "Messages",
            "%1 was saved by a newer version of Facilitator. Update Facilitator to open it. "
            "The file was not changed."
        ),
        ProblemCode.READ_ONLY: QCoreApplication.translate(
            "Messages",
            "%1 is read-only, so changes could not be saved. Copy it to a folder where you can "
            "write, or change its permissions. The file was not changed."
        ),
        ProblemCode.EXISTS: QCoreApplication.translate("Messages", "%1 already exists. Choose another name."),
        ProblemCode.WRITE_FAILED: QCoreApplication.translate(
            "Messages",
            "The change could not be saved to %1. What you typed is kept; try again."
        ),
        ProblemCode.DISK_FULL: QCoreApplication.translate(
            "Messages",
            "The disk is full, so the change could not be saved to %1. Free some space and try "
            "again; what you typed is kept and the file is not damaged."
        ),
        ProblemCode.IN_USE: QCoreApplication.translate(
            "Messages",
            "%1 is open in another program (or in another Facilitator window), so Facilitator "
            "could not replace or move it. Close the file there and try again. Nothing was changed."
        ),
        ProblemCode.FOREIGN_OBJECTS: QCoreApplication.translate(
            "Messages",
            "%1 contains things that Facilitator does not make (%2). They could run when the file "
            "is read, so it was not opened. The file was not changed. Open a backup of the process, "
            "or ask whoever sent the file for a copy saved by Facilitator."
        ),
        ProblemCode.SCHEMA_MISMATCH: QCoreApplication.translate(
            "Messages",
            "%1 does not have the structure Facilitator expects (%2): it may have been changed by "
            "another program or only partly upgraded. It was not opened and was not changed. Open "
            "a backup of the process."
        ),
        ProblemCode.TOO_SLOW: QCoreApplication.translate(
            "Messages",
            "Reading %1 took too long and was stopped, so the app would not freeze. The file may "
            "have been made to do this; it was not changed. Open a backup of the process."
        ),
        ProblemCode.LOCKED_BY_OTHER: QCoreApplication.translate(
            "Messages",
            "%1 is already open for writing in another Facilitator window or on another computer. "
            "Only one may change it at a time. Nothing was changed."
        ),
        ProblemCode.WRITE_BUSY: QCoreApplication.translate(
            "Messages",
            "The change could not be saved: another program or another Facilitator is writing to "
            "%1 right now. What you typed is kept; close the file there, or try again in a moment."
        ),
        ProblemCode.FILE_GONE: QCoreApplication.translate(
            "Messages",
            "%1 has been moved, replaced or deleted, or its folder is no longer there (a USB stick "
            "removed, a sync program). The change was not saved, and no more changes will be saved "
            "to it. Everything saved so far and what you typed is kept: save the process to a new place."
        ),
        ProblemCode.OPENED_READ_ONLY: QCoreApplication.translate(
            "Messages",
            "%1 is open read-only, so the change was not saved. Close it and open it again when "
            "nobody else has it open to make changes."
        ),
        ProblemCode.DISK_ERROR: QCoreApplication.translate(
            "Messages",
            "The disk holding %1 could not be read or written (is it still connected?). The file "
            "was not changed and is not known to be damaged; check the disk and try again."
        ),
        ProblemCode.REMOTE_CHANGED: QCoreApplication.translate(
            "Messages",
            "%1 on the network drive has been changed or removed by someone else since you opened it, "
            "so your changes were not saved there: nothing of theirs was overwritten. Your changes are "
            "kept on this computer. Save your version beside theirs under a new name, and compare the two."
        ),
        ProblemCode.NETWORK_UNAVAILABLE: QCoreApplication.translate(
            "Messages",
            "The network drive with %1 cannot be reached right now, so the latest changes have not been "
            "saved there yet. They are kept on this computer, and Facilitator saves them to the network "
            "drive as soon as it can be reached again."
        ),
        ProblemCode.UNSAVED_WORKING_COPY: QCoreApplication.translate(
            "Messages",
            "Changes to %1 were made on this computer but never saved to the network drive (Facilitator "
            "stopped before it could)."
        ),
    }
    if isinstance(error, LockedError) and error.holder.host != "?":
        return describe_holder(error.path, error.holder)
    # One pass, so a "%2" in the path (or in a name from the file) stays as it is.
    values = {"1": error.path, "2": error.detail}
    return re.sub(r"%([12])", lambda match: values[match.group(1)], texts[error.code])


def describe_holder(path: str, holder: Holder) -> str:
    """Who has a process open for writing, and since when."""
    since = holder.since_time()
    when = QLocale().toString(since, QLocale.FormatType.ShortFormat) if since is not None else holder.since
    if holder.this_instance:
        text = QCoreApplication.translate(
            "Messages", "%1 is already open in another Facilitator window (since %4). Only one may change it at a time."
        )
    else:
        text = QCoreApplication.translate(
            "Messages",
            "%1 is open for writing by %2 on the computer %3 since %4. Only one may change it at a "
            "time; nothing was changed."
        )
    return text.replace("%1", path).replace("%2", holder.user).replace("%3", holder.host).replace("%4", when)


def describe_warning(warning: MeetingWarning) -> str:
    numbers = [str(n) for n in warning.numbers]
    texts = {
        WarningCode.WEEKEND: QCoreApplication.translate(
            "Messages",
            "The meeting is on a weekend. Many participants cannot come then; choose a weekday."
        ),
        WarningCode.TRUST_GROUP_TOO_LARGE: QCoreApplication.translate(
            "Messages",
            "%1 participants: a group that builds trust should have at most %2."
        ),
        WarningCode.FORMAL_GROUP_TOO_LARGE: QCoreApplication.translate(
            "Messages",
            "%1 participants: a formal meeting should have at most %2."
        ),
        WarningCode.LATE_WITHOUT_FOOD: QCoreApplication.translate(
            "Messages",
            "The meeting ends after 18:00 and no food is planned. Offer food, and think of childcare."
        ),
        WarningCode.LONG_WITHOUT_FOOD: QCoreApplication.translate(
            "Messages",
            "The meeting lasts %1 minutes and no food is planned; offer food at meetings longer than two hours."
        ),
        WarningCode.ENDS_BEFORE_START: QCoreApplication.translate("Messages", "The end time is not after the start time."),
        WarningCode.AGENDA_LONGER_THAN_MEETING: QCoreApplication.translate(
            "Messages",
            "The agenda takes %1 minutes but the meeting lasts %2 minutes."
        ),
    }
    text = texts[warning.code]
    for position, number in enumerate(numbers, start=1):
        text = text.replace(f"%{position}", number)
    return text


def describe_quality(quality) -> str:
    """The rotation plan's figures next to the best possible, and why zero is impossible."""
    lines = [
        QCoreApplication.translate("Messages", "Repeats: %1 (the best possible: %2).")
        .replace("%1", str(quality.repeats))
        .replace("%2", str(quality.lower_bound)),
        QCoreApplication.translate("Messages", "Pairs who meet more than once: %1.").replace(
            "%1", str(quality.repeated_pairs)
        ),
        QCoreApplication.translate("Messages", "Colleagues at one table: %1. Tables without a shared language: %2.")
        .replace("%1", str(quality.organisation_conflicts))
        .replace("%2", str(quality.language_conflicts)),
    ]
    facts = quality.bound_facts or {}
    reason = quality.bound_reason
    value = str(quality.lower_bound)
    if reason == "none":
        if quality.repeats == 0:
            lines.append(QCoreApplication.translate("Messages", "Nobody meets anyone twice."))
        else:
            lines.append(
                QCoreApplication.translate(
                    "Messages", "The numbers do not force any repeat; a plan with fewer repeats may exist."
                )
            )
    elif reason == "pigeonhole":
        lines.append(
            QCoreApplication.translate(
                "Messages",
                "At least %1 repeats cannot be avoided: over %2 rounds each person sits with %3 others at their "
                "tables, but there are only %4 other people to meet.",
            )
            .replace("%1", value)
            .replace("%2", str(facts.get("rounds", "")))
            .replace("%3", str(facts.get("neighbours", "")))
            .replace("%4", str(facts.get("others", "")))
        )
    elif reason == "fixed_together":
        lines.append(
            QCoreApplication.translate(
                "Messages",
                "At least %1 repeats cannot be avoided: %2 pairs of hosts or people who cannot move share a "
                "table and meet in every round.",
            )
            .replace("%1", value)
            .replace("%2", str(facts.get("fixed_pairs", "")))
        )
    elif reason == "few_tables":
        lines.append(
            QCoreApplication.translate(
                "Messages",
                "At least %1 repeats cannot be avoided: tables seat up to %2 people but there are only %3 "
                "tables, so some people at a table always sat together the round before.",
            )
            .replace("%1", value)
            .replace("%2", str(facts.get("largest_table", "")))
            .replace("%3", str(facts.get("tables", "")))
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "Messages",
                "At least %1 repeats cannot be avoided: some people share a language with only %2 others but "
                "sit with %3 others over the rounds.",
            )
            .replace("%1", value)
            .replace("%2", str(facts.get("languages_others", "")))
            .replace("%3", str(facts.get("languages_neighbours", "")))
        )
    if not quality.valid:
        lines.append(
            QCoreApplication.translate(
                "Messages",
                "After the manual changes: %1 tables have an uneven number of people, %2 hosts or people who "
                "stay are away from their table, %3 guests visit a table twice.",
            )
            .replace("%1", str(quality.unbalanced_tables))
            .replace("%2", str(quality.misplaced_people))
            .replace("%3", str(quality.revisits))
        )
    return "\n".join(lines)


def describe_rotation_error(error) -> str:
    code = str(getattr(error, "code", ""))
    texts = {
        "no_tables": QCoreApplication.translate("Messages", "Add tables before creating the seating."),
        "no_rounds": QCoreApplication.translate("Messages", "The café needs at least one round."),
        "too_many_people": QCoreApplication.translate(
            "Messages", "There are more participants than seats: add tables or seats."
        ),
        "pinned_over_capacity": QCoreApplication.translate(
            "Messages", "More people are fixed to a table than it has seats."
        ),
        "stayers_do_not_fit": QCoreApplication.translate(
            "Messages", "The people who cannot move do not fit at the tables: add seats or tables."
        ),
        "too_many_rounds_for_questions": QCoreApplication.translate(
            "Messages", "With one question per table there cannot be more rounds than tables."
        ),
        "fixed_person": QCoreApplication.translate(
            "Messages", "Hosts and people who cannot move stay at their table."
        ),
        "conflicting_tables": QCoreApplication.translate(
            "Messages", "Someone is fixed to two different tables: check the hosts and the people who stay."
        ),
    }
    return texts.get(code, QCoreApplication.translate("Messages", "The seating could not be made: %1").replace("%1", str(error)))


def number_text(value: int) -> str:
    """A count as the language writes it ("5 000" in Swedish, "5,000" in English)."""
    return QLocale().toString(value)


def field_name(column: str) -> str:
    from .domain.limits import FIELD_NAMES

    text = FIELD_NAMES.get(column)
    return QCoreApplication.translate("Fields", text) if text else column


def describe_invalid(error) -> str:
    """Why the rules refused an edit (``actions.Invalid``), in the user's language."""
    if getattr(error, "code", "") == "too_long":
        return (
            QCoreApplication.translate(
                "Messages",
                "“%1” may be at most %2 characters long; this text has %3. Shorten it and try again. "
                "Nothing was saved.",
            )
            .replace("%1", field_name(error.column))
            .replace("%2", number_text(error.limit))
            .replace("%3", number_text(error.length))
        )
    code = getattr(error, "code", "")
    if code.startswith("public_address_"):
        from .domain.public_address import PROBLEMS

        problem = PROBLEMS.get(code.removeprefix("public_address_"))
        if problem:
            return QCoreApplication.translate("PublicAddress", problem)
    return QCoreApplication.translate("Messages", "The change is not allowed here, so nothing was saved.")


def describe_cleaned_copy(made) -> str:
    """What a cleaned copy (``storage.cleaning.CleanedCopy``) left out, in the user's language."""
    text = QCoreApplication.translate("Messages", "A cleaned copy was saved as %1. The original was not changed.").replace(
        "%1", str(made.path))
    if made.dropped:
        shown = ", ".join(made.dropped[:12]) + (", …" if len(made.dropped) > 12 else "")
        text += " " + QCoreApplication.translate(
            "Messages", "Left out, because Facilitator does not make them: %1.").replace("%1", shown)
    else:
        text += " " + QCoreApplication.translate("Messages", "Nothing had to be left out.")
    for table, count in sorted(made.orphans.items()):
        text += " " + QCoreApplication.translate("Messages", _ORPHANS, "", count).replace("%1", table)
    return text


def describe_cleaning_refused(error) -> str:
    """Why no cleaned copy was made (``storage.cleaning.CleaningRefused``)."""
    if error.code == "onto_input":
        return QCoreApplication.translate(
            "Messages", "The copy cannot be saved as %1: that is the original, another process file or "
                        "another file Facilitator uses. Choose another name.").replace("%1", error.path)
    return QCoreApplication.translate(
        "Messages", "No cleaned copy could be made of %1: it holds no version of Facilitator's structure that "
                    "can be recognised. The file was not changed.").replace("%1", error.path)
