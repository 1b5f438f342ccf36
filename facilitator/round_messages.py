"""The words for a reporting round's forms read back: each problem naming its file and row,
and each change of a measure, shared by the window's preview and the command line so both
say the same. QtCore only (QCoreApplication.translate)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from .domain import vocabulary as v
from .domain.entities import Process
from .domain.follow_up_rhythm import RhythmSettings, round_of
from .domain.reporting_round import FormProblem, Problem, RoundChange


def round_name_for(on: date, process: Process) -> str:
    """The default name of a round held on ``on``: the process's reporting round whose period
    holds the day, named as the follow-up calendar names it ("Uppföljning 2 2026")."""
    return round_of(RhythmSettings.of(process), on).name(QCoreApplication.translate)


def status_text(status: str) -> str:
    return QCoreApplication.translate("Vocabulary", v.MEASURE_STATUS_LABELS.get(status, status))


def describe_problem(problem: FormProblem) -> str:
    from .export.followup_forms import headings
    from .importers.followup_form import LIMITS

    whole = {
        Problem.UNREADABLE: QCoreApplication.translate("RoundMessages", "%1: the file could not be read as an Excel workbook (.xlsx); it may be damaged "
                                "or of another kind."),
        Problem.TOO_LARGE: QCoreApplication.translate("RoundMessages", "%1: the file is far larger than a follow-up form, or unpacks to far more than it "
                               "shows; it was not opened."),
        Problem.NOT_A_FORM: QCoreApplication.translate("RoundMessages", "%1 is not a follow-up form from Facilitator. Send the departments the forms "
                                "that “Export follow-up forms…” writes."),
        Problem.NEWER_FORM: QCoreApplication.translate("RoundMessages", "%1 was made by a newer version of Facilitator."),
        Problem.OTHER_PROCESS: QCoreApplication.translate("RoundMessages", "%1 is a follow-up form of another process, not of this one."),
    }
    if problem.code in whole:
        return whole[problem.code].replace("%1", problem.file)
    rows = {
        Problem.FORMULA: QCoreApplication.translate("RoundMessages", "%1, row %2: a cell holds a formula (%3). Write the value itself instead."),
        Problem.CONTROL_CHARACTERS: QCoreApplication.translate("RoundMessages", "%1, row %2: the text in “%3” contains invisible control or direction "
                                        "characters. Type the text again."),
        Problem.TOO_LONG: QCoreApplication.translate("RoundMessages", "%1, row %2: the text in “%3” is too long (at most %4 characters)."),
        Problem.UNKNOWN_MEASURE: QCoreApplication.translate("RoundMessages", "%1, row %2: there is no measure number %3 in this process (it may have "
                                     "been deleted since the form was made)."),
        Problem.EDITED_ID: QCoreApplication.translate("RoundMessages", "%1, row %2: the measure's number was changed to %3. The number column must stay "
                               "as it was in the form."),
        Problem.INVALID_STATUS: QCoreApplication.translate("RoundMessages", "%1, row %2: “%3” is not a status. Choose one of the statuses in the list."),
        Problem.STATUS_NOT_ALLOWED: QCoreApplication.translate("RoundMessages", "%1, row %2: the measure cannot get the status “%3” from the status it "
                                        "has now."),
        Problem.MISSING_FIELDS: QCoreApplication.translate("RoundMessages", "%1, row %2: this status needs a responsible contact person, a department and "
                                    "a deadline first; fill them in on the measure."),
        Problem.NOT_A_DATE: QCoreApplication.translate("RoundMessages", "%1, row %2: “%3” is not a date. Write it as YYYY-MM-DD, e.g. 2027-06-30."),
        Problem.CONFLICT: QCoreApplication.translate("RoundMessages", "%1, row %2: the same measure has other changes in %3."),
    }
    detail = problem.detail
    if problem.code in (Problem.CONTROL_CHARACTERS, Problem.TOO_LONG):
        detail = headings().get(problem.detail, problem.detail)
    elif problem.code == Problem.STATUS_NOT_ALLOWED:
        detail = status_text(problem.detail)
    text = rows.get(problem.code, QCoreApplication.translate("RoundMessages", "%1, row %2: %3"))
    return (text.replace("%1", problem.file).replace("%2", str(problem.row)).replace("%3", detail)
            .replace("%4", str(LIMITS.get(problem.detail, 0))))


def describe_change(change: RoundChange) -> str:
    """What a change does to its measure, in one line: "Pågående → Klar; värde: 120; …"."""
    parts = []
    if change.status != change.previous_status:
        parts.append(QCoreApplication.translate("RoundMessages", "status %1 → %2").replace("%1", status_text(change.previous_status))
                     .replace("%2", status_text(change.status)))
    if change.value is not None and change.value != change.previous_value:
        parts.append(QCoreApplication.translate("RoundMessages", "indicator value %1").replace("%1", change.value))
    if change.deadline is not None and change.deadline != change.previous_deadline:
        parts.append(QCoreApplication.translate("RoundMessages", "due %1").replace("%1", change.deadline))
    if change.note:
        parts.append(QCoreApplication.translate("RoundMessages", "note “%1”").replace("%1", change.note if len(change.note) <= 120
                                                   else change.note[:119] + "…"))
    if not parts:
        parts.append(QCoreApplication.translate("RoundMessages", "status %1, unchanged").replace("%1", status_text(change.status)))
    return "; ".join(parts)


def already_text() -> str:
    return QCoreApplication.translate("RoundMessages", "already read in")
