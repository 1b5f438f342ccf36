"""The words for problems, shared by the window and the command line so both say the same.

Uses QCoreApplication.translate (QtCore only): with the Swedish catalogue installed the
text is Swedish, otherwise English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .domain.meeting_checks import MeetingWarning, WarningCode
from .storage.errors import ProblemCode, ProcessFileError



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
    }
    return texts[error.code].replace("%1", error.path)


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
