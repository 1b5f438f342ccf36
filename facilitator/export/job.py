"""One export, as the window and the command line ask for it: which document, from which
process file, to which path. ``run_job`` opens its own read-only connection, so it can run
in a worker thread while the window keeps its own. ``describe_error`` gives the one
translated sentence both show when it fails.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..storage.errors import ProcessFileError

log = logging.getLogger("facilitator.export")


class Kind(StrEnum):
    MINUTES = "minutes"
    CATALOGUE = "catalogue"
    PRINTABLES = "printables"
    MEASURES_CSV = "measures_csv"
    CONTRIBUTIONS_CSV = "contributions_csv"
    REMISS_SUMMARY = "remiss_summary"
    SELF_ASSESSMENT = "self_assessment"
    PEER_REVIEW_FOLLOW_UP = "peer_review_follow_up"
    ECCAR_REPORT = "eccar_report"
    CALENDAR = "calendar"  # the follow-up calendar as reminders (.ics)
    RESULTS_SITE = "results_site"  # a folder of web pages, or a zip of it (meeting_id: one meeting)


NEEDS_MEETING = frozenset({Kind.MINUTES, Kind.PRINTABLES, Kind.SELF_ASSESSMENT, Kind.PEER_REVIEW_FOLLOW_UP})
WORD_KINDS = frozenset({Kind.MINUTES, Kind.CATALOGUE, Kind.PRINTABLES, Kind.REMISS_SUMMARY, Kind.SELF_ASSESSMENT,
                        Kind.PEER_REVIEW_FOLLOW_UP, Kind.ECCAR_REPORT})


@dataclass(frozen=True)
class ExportJob:
    kind: Kind
    process_path: Path
    out_path: Path
    meeting_id: int | None = None  # minutes and printables; filters the contributions CSV
    names: bool = False  # participants' names in the minutes
    template: Path | None = None  # a .docx/.dotx of the municipality; None: ours
    base_url: str = ""  # "http://HOST:PORT" the phones use (printables)
    backups_root: Path | None = None  # the app's folder of backups: nothing is saved in it
    sources: tuple[Path, ...] = ()  # other inputs never to be written over (imported lists)
    version: str = "current"  # minutes: "current" (from the data now), "signed" (the latest signed) or a number
    plan_stage: str = ""  # catalogue: the version stored when the plan reached this stage; "": as it is now
    plan_version_id: int | None = None  # catalogue: this stored version (wins over plan_stage)
    round_id: int | None = None  # the remiss summary's round; None: the latest
    period_start: str = ""  # the ECCAR report's period (YYYY-MM-DD); "": two years before its end
    period_end: str = ""  # "": today
    today: str = ""  # calendar: the day it is seen from (YYYY-MM-DD); "": today


class ExportError(Exception):
    """An export that cannot be done. ``code``: no_meeting | meeting_not_found | no_tables | no_remiss |
    not_signed | unknown_version (minutes: no such signed version) |
    template_not_found | template_unreadable | template_not_docx | template_too_large |
    template_too_many_parts | template_unpacks_too_large | template_packed_too_tightly (reason:
    the limit) | folder_missing | out_is_folder | write_failed | disk_full | locked | in_use |
    no_version (detail: the stage) | version_unreadable | bad_period (detail: the date); and
    where the output would overwrite an input (``storage.outputs.Conflict``): onto_process |
    onto_other_process | onto_template | onto_source | into_backups."""

    def __init__(self, code: str, detail: str = "", reason: str = ""):
        super().__init__(f"{code}: {detail} {reason}".strip())
        self.code = code
        self.detail = detail
        self.reason = reason


def check_out_path(path: Path, *, processes: Iterable[Path | None] = (), templates: Iterable[Path | None] = (),
                   sources: Iterable[Path | None] = (), backups_root: Path | None = None) -> None:
    """Raises ExportError when ``path`` cannot or must not be written (before any work is
    done): a folder, a missing folder, or an input (``storage.outputs.output_conflict``: the
    ``processes`` read or open, any process file, the ``templates``, the import ``sources``,
    the app's ``backups_root``). Nothing is written or changed by asking."""
    from ..storage.outputs import output_conflict

    path = Path(path)
    conflict = output_conflict(path, processes=processes, templates=templates, sources=sources,
                               backups_root=backups_root)
    if conflict is not None:
        raise ExportError(str(conflict), str(path))
    if path.is_dir():
        raise ExportError("out_is_folder", str(path))
    if not path.parent.is_dir():
        raise ExportError("folder_missing", str(path.parent))


def check_job(job: ExportJob) -> None:
    """``check_out_path`` for everything the job reads (the results site: a new or empty folder,
    or a zip)."""
    if job.kind == Kind.RESULTS_SITE:
        check_site_path(job.out_path, processes=[job.process_path], sources=job.sources,
                        backups_root=job.backups_root)
        return
    check_out_path(job.out_path, processes=[job.process_path], templates=[job.template], sources=job.sources,
                   backups_root=job.backups_root)


def check_site_path(path: Path, *, processes: Iterable[Path | None] = (), sources: Iterable[Path | None] = (),
                    backups_root: Path | None = None) -> None:
    """Raises ExportError when the results site may not be written to ``path``: over an
    input, into a missing folder, onto a folder that holds files or a file that is no zip."""
    from ..storage.outputs import output_conflict
    from .results_site import SiteTargetError, check_target

    path = Path(path)
    conflict = output_conflict(path, processes=processes, sources=sources, backups_root=backups_root)
    if conflict is not None:
        raise ExportError(str(conflict), str(path))
    if not path.parent.is_dir():
        raise ExportError("folder_missing", str(path.parent))
    try:
        check_target(path)
    except SiteTargetError as error:
        raise ExportError(error.code, str(path)) from None


def run_job(job: ExportJob) -> Path:
    """Writes the document and returns its path. Raises ExportError or ProcessFileError."""
    from ..storage.process_store import open_read_only
    from .docx_base import TemplateError
    from .report_data import MeetingNotFound, RemissNotFound
    from .results_site import SiteTargetError

    if job.kind in NEEDS_MEETING and job.meeting_id is None:
        raise ExportError("no_meeting")
    check_job(job)
    store = open_read_only(job.process_path)
    try:
        return _write(job, store)
    except MeetingNotFound as error:
        raise ExportError("meeting_not_found", str(error.meeting_id)) from None
    except RemissNotFound as error:
        raise ExportError("no_remiss", "" if error.round_id is None else str(error.round_id)) from None
    except TemplateError as error:
        raise ExportError(f"template_{error.code}", str(error.path), error.limit) from None
    except SiteTargetError as error:
        raise ExportError(error.code, str(error.path)) from None
    except OSError as error:
        raise _write_error(error, job.out_path) from error
    finally:
        store.close()


def _write(job: ExportJob, store) -> Path:
    from ..domain.entities import Meeting
    from ..share.network import phone_base_url
    from . import report_data as data
    from .printables import NoTables

    if job.kind == Kind.RESULTS_SITE:
        from ..share.results_pages import NoMeeting, site_pages
        from .results_site import write_site

        try:
            pages = site_pages(store, job.meeting_id)
        except NoMeeting:
            raise ExportError("meeting_not_found", str(job.meeting_id)) from None
        return write_site(pages, job.out_path)
    if job.kind == Kind.MINUTES and job.version != "current":
        return _write_signed(job, store)
    if job.kind == Kind.MINUTES:
        from .minutes import write_minutes

        minutes = data.gather_minutes(store, job.meeting_id, job.names)
        signed = _unchanged_signed_version(store, job, minutes)
        if signed is not None:
            return signed
        return write_minutes(minutes, job.out_path, job.template)
    if job.kind in (Kind.SELF_ASSESSMENT, Kind.PEER_REVIEW_FOLLOW_UP):
        from .assessment_data import AssessmentNotFound, gather_assessment
        from .self_assessment import write_follow_up, write_self_assessment

        if store.get(Meeting, job.meeting_id) is None:
            raise ExportError("meeting_not_found", str(job.meeting_id))
        try:
            gathered = gather_assessment(store, job.meeting_id)
        except AssessmentNotFound:
            raise ExportError("no_assessment", str(job.meeting_id)) from None
        write = write_self_assessment if job.kind == Kind.SELF_ASSESSMENT else write_follow_up
        return write(gathered, job.out_path, job.template)
    if job.kind == Kind.CATALOGUE:
        from .catalogue import write_catalogue

        if job.plan_stage or job.plan_version_id is not None:
            return write_catalogue(_stored_catalogue(job, store), job.out_path, job.template)
        return write_catalogue(data.gather_catalogue(store), job.out_path, job.template)
    if job.kind == Kind.CALENDAR:
        from datetime import date

        from .calendar import gather_calendar, write_calendar

        today = date.fromisoformat(job.today) if job.today else date.today()
        return write_calendar(gather_calendar(store, today), job.out_path)
    if job.kind == Kind.REMISS_SUMMARY:
        from .remiss_summary import write_remiss_summary

        return write_remiss_summary(data.gather_remiss_summary(store, job.round_id), job.out_path, job.template)
    if job.kind == Kind.ECCAR_REPORT:
        from .eccar_data import PeriodError, gather_eccar_report
        from .eccar_report import write_eccar_report

        try:
            report = gather_eccar_report(store, job.period_start or None, job.period_end or None)
        except PeriodError as error:
            raise ExportError("bad_period", str(error)) from None
        return write_eccar_report(report, job.out_path, job.template)
    if job.kind == Kind.PRINTABLES:
        from .printables import write_printables

        try:
            return write_printables(data.gather_printables(store, job.meeting_id, job.base_url or phone_base_url()),
                                    job.out_path,
                                    job.template)
        except NoTables:
            raise ExportError("no_tables", str(job.meeting_id)) from None
    from .csv_export import write_contributions_csv, write_measures_csv

    if job.kind == Kind.MEASURES_CSV:
        entries, meetings, framework = data.gather_measures(store)
        return write_measures_csv(entries, meetings, framework, job.out_path)
    return write_contributions_csv(data.gather_contributions(store, job.meeting_id), job.out_path)


def _unchanged_signed_version(store, job: ExportJob, minutes) -> Path | None:
    """Minutes whose data has not changed since they were signed are the signed version: it is
    written as it was signed (same names setting and language), else None."""
    from ..storage import signed_minutes
    from .docx_base import document_language, write_atomically
    from .report_data import minutes_content

    latest = signed_minutes.latest_signed(store, job.meeting_id)
    if (latest is None or latest.with_names != job.names or latest.language != document_language()
            or latest.content != minutes_content(minutes)):
        return None
    return write_atomically(job.out_path, latest.document)


def _write_signed(job: ExportJob, store) -> Path:
    """A signed version of the minutes, byte for byte as it was signed."""
    from ..domain.entities import Meeting
    from ..storage import signed_minutes
    from .docx_base import write_atomically
    from .report_data import MeetingNotFound

    if store.get(Meeting, job.meeting_id) is None:
        raise MeetingNotFound(job.meeting_id)
    if job.version == "signed":
        found = signed_minutes.latest_signed(store, job.meeting_id)
    elif job.version.isdigit():
        found = signed_minutes.signed_version(store, job.meeting_id, int(job.version))
    else:
        raise ExportError("unknown_version", job.version)
    if found is None:
        raise ExportError("not_signed" if job.version == "signed" else "unknown_version", job.version)
    return write_atomically(job.out_path, found.document)


def _stored_catalogue(job: ExportJob, store):
    """The catalogue as it was stored with a stage change (``export/plan_versions.py``)."""
    from ..domain import vocabulary as v
    from ..storage import plan as plan_repo
    from .plan_versions import StoredVersionError, stored_catalogue

    if job.plan_version_id is not None:
        version = plan_repo.version(store, job.plan_version_id)
        shown = str(job.plan_version_id)
    else:
        version = plan_repo.latest_version(store, job.plan_stage)
        shown = QCoreApplication.translate("Vocabulary", v.PLAN_STAGE_LABELS.get(job.plan_stage, job.plan_stage))
    if version is None:
        raise ExportError("no_version", shown)
    try:
        return stored_catalogue(version.content)
    except StoredVersionError as error:
        raise ExportError("version_unreadable", shown, str(error)) from None


#: Windows' "sharing violation" and "lock violation": another program has the file open.
IN_USE_WINERRORS = (32, 33)


def _write_error(error: OSError, path: Path) -> ExportError:
    """The real cause of a failed write, named for the coordinator. ``error.filename`` says
    which file the system refused: the document itself, or something the writer reads (a
    file missing inside the app would otherwise look like the coordinator's mistake)."""
    path = Path(path)
    culprit = str(error.filename or path)
    if error.errno == errno.ENOSPC:
        return ExportError("disk_full", str(path))
    if getattr(error, "winerror", None) in IN_USE_WINERRORS:
        return ExportError("in_use", str(path))
    if isinstance(error, IsADirectoryError) and culprit == str(path):
        return ExportError("out_is_folder", str(path))
    if isinstance(error, FileNotFoundError) and not path.parent.is_dir():
        return ExportError("folder_missing", str(path.parent))
    if isinstance(error, PermissionError) and Path(culprit).parent == path.parent:
        return ExportError("locked", str(path))
    reason = error.strerror or type(error).__name__
    if culprit != str(path):
        reason = f"{reason}: {culprit}"
    return ExportError("write_failed", str(path), reason)


def describe_error(error: BaseException) -> str:
    """One translated sentence for any failure of an export."""
    if isinstance(error, ProcessFileError):
        from ..messages import describe_file_error

        return describe_file_error(error)
    if not isinstance(error, ExportError):
        log.error("export failed", exc_info=error)
        return QCoreApplication.translate(
            "ExportErrors", "The export failed unexpectedly (%1). The process file was not changed."
        ).replace("%1", f"{type(error).__name__}: {error}")
    texts = {
        "no_meeting": QCoreApplication.translate("ExportErrors", "Choose a meeting for this document."),
        "meeting_not_found": QCoreApplication.translate(
            "ExportErrors", "The process has no meeting with the id %1. `facilitator info` lists the meetings."),
        "not_signed": QCoreApplication.translate(
            "ExportErrors", "The minutes of this meeting have not been signed yet. Export the current version, "
                            "or sign the minutes first (Justering in the meeting's page)."),
        "unknown_version": QCoreApplication.translate(
            "ExportErrors", "The minutes of this meeting have no signed version %1."),
        "no_assessment": QCoreApplication.translate(
            "ExportErrors", "Meeting %1 holds no self-assessment. Start the assessment on the meeting's "
                            "Assessment page first."),
        "no_tables": QCoreApplication.translate(
            "ExportErrors", "The meeting has no café tables, so there is nothing to print for the room. "
                            "Add tables to the World Café first."),
        "no_remiss": QCoreApplication.translate(
            "ExportErrors", "The process has no remiss round to summarise. Start one on the Consultation tab first."),
        "template_not_found": QCoreApplication.translate("ExportErrors", "The template %1 does not exist."),
        "template_unreadable": QCoreApplication.translate("ExportErrors", "The template %1 cannot be read."),
        "template_not_docx": QCoreApplication.translate(
            "ExportErrors", "The template %1 is not a Word document. Choose a .docx or .dotx file."),
        "template_too_large": QCoreApplication.translate(
            "ExportErrors", "The template %1 was not used: it is larger than %2 MB, the most a template may be. "
                            "Choose a smaller template (a template needs only its styles, headers and logo)."),
        "template_too_many_parts": QCoreApplication.translate(
            "ExportErrors", "The template %1 was not used: it holds more than %2 parts, the most a template may "
                            "hold. Save it again from Word, or choose another template."),
        "template_unpacks_too_large": QCoreApplication.translate(
            "ExportErrors", "The template %1 was not used: it would unpack to more than %2 MB, the most a "
                            "template may. Save it again from Word without sample text, or choose another template."),
        "template_packed_too_tightly": QCoreApplication.translate(
            "ExportErrors", "The template %1 was not used: a part of it unpacks to more than %2 times its "
                            "packed size, which Word documents never do. Save it again from Word, or choose "
                            "another template."),
        "no_version": QCoreApplication.translate(
            "ExportErrors", "The plan has no stored version for the stage “%1”: a version is kept each time the "
                            "plan's stage is recorded. `facilitator plan FILE` lists the stored versions."),
        "version_unreadable": QCoreApplication.translate(
            "ExportErrors", "The stored version of the plan for “%1” cannot be read (%2). The process file was not "
                            "changed."),
        "bad_period": QCoreApplication.translate(
            "ExportErrors", "The reporting period “%1” is not a period: give its dates as YYYY-MM-DD, the start "
                            "before the end."),
        "folder_missing": QCoreApplication.translate("ExportErrors", "The folder %1 does not exist."),
        "out_is_folder": QCoreApplication.translate("ExportErrors", "%1 is a folder. Give a file name to save to."),
        "folder_not_empty": QCoreApplication.translate(
            "ExportErrors", "The folder %1 already holds files, and the results are never written over them. "
                            "Choose a new folder name (it is made for you) or an empty folder."),
        "not_a_folder": QCoreApplication.translate(
            "ExportErrors", "%1 already exists and is not a folder for the results. Give a new folder name, "
                            "or a name that ends in .zip for a zip file."),
        "disk_full": QCoreApplication.translate(
            "ExportErrors", "The disk is full, so %1 could not be written. Free some space and try again."),
        "locked": QCoreApplication.translate(
            "ExportErrors", "%1 could not be written: it is open in another program or the folder is read-only. "
                            "Close the file or choose another place, and try again."),
        "in_use": QCoreApplication.translate(
            "ExportErrors", "%1 is open in another program (for example Word), so it could not be replaced. "
                            "Close it there and try again, or choose another name."),
        "write_failed": QCoreApplication.translate("ExportErrors", "%1 could not be written (%2)."),
        "onto_process": QCoreApplication.translate(
            "ExportErrors", "You cannot save the export over the process file itself (%1): the process would be "
                            "lost. Choose another name. The process file has not been changed."),
        "onto_other_process": QCoreApplication.translate(
            "ExportErrors", "%1 is a Facilitator process file, so the export is not saved over it. "
                            "Choose another name. The file has not been changed."),
        "onto_template": QCoreApplication.translate(
            "ExportErrors", "%1 is the Word template the export is made from, so the export is not saved over it. "
                            "Choose another name. The template has not been changed."),
        "onto_source": QCoreApplication.translate(
            "ExportErrors", "%1 is the list the participants were imported from, so the export is not saved "
                            "over it. Choose another name. The list has not been changed."),
        "into_backups": QCoreApplication.translate(
            "ExportErrors", "%1 is in Facilitator's folder of backups, which the app clears out by itself. "
                            "Choose another folder. Nothing has been saved."),
    }
    text = texts.get(error.code, texts["write_failed"])
    return text.replace("%1", error.detail).replace("%2", error.reason)
