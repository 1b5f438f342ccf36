"""The window's edits of the remiss: each an action of ``actions/remiss.py`` put on the undo
stack as one step. A refusal comes back as a translated sentence (``Refused``) for the page
to show; a failed write is reported by the window (``ProcessDocument.writeFailed``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ... import actions
from ...actions import remiss as edit
from ..document import ProcessDocument, run_explained_here


def problem_text(code: str) -> str:
    """The sentence for a rule of ``domain.remiss.Problem``."""
    texts = {
        "bad_date": QCoreApplication.translate("RemissEdits", "Write dates as YYYY-MM-DD, for example 2027-05-19."),
        "deadline_not_after_sent": QCoreApplication.translate("RemissEdits", "The reply deadline must come after the day the remiss is sent."),
        "not_sent": QCoreApplication.translate("RemissEdits", "Enter the day the remiss was sent before recording replies."),
        "reply_before_sent": QCoreApplication.translate("RemissEdits", "A reply cannot have arrived before the remiss was sent."),
        "replies_before_sent": QCoreApplication.translate("RemissEdits", "Replies were received before that day: the remiss must have been sent earlier."),
        "no_name": QCoreApplication.translate("RemissEdits", "Give the recipient's name."),
        "duplicate_recipient": QCoreApplication.translate("RemissEdits", "This recipient is already on the list."),
        "empty_remark": QCoreApplication.translate("RemissEdits", "Write the remark first."),
        "declined_has_remarks": QCoreApplication.translate("RemissEdits", "The reply has remarks: remove them before recording that the recipient "
                                    "declines to comment."),
        "remark_on_declined": QCoreApplication.translate("RemissEdits", "The recipient declined to comment, so the reply has no remarks."),
        "bad_handling": QCoreApplication.translate("RemissEdits", "Choose how the remark was handled."),
        "bad_kind": QCoreApplication.translate("RemissEdits", "Choose a kind from the list."),
        "change_needs_acceptance": QCoreApplication.translate("RemissEdits", "A remark that is not accepted changes no measure: remove the changed "
                                       "measure or choose accepted or partly accepted."),
    }
    return texts.get(code, QCoreApplication.translate("RemissEdits", "The change was not allowed."))


class Refused(Exception):
    """The rules refused the edit; ``str(error)`` is the sentence to show."""


def run(document: ProcessDocument, build: Callable[[], actions.Action]) -> bool:
    """Runs one edit as one undo step. Raises Refused with the reason when the rules say no;
    False when the write failed; True when done (or when there was nothing to change)."""
    try:
        return run_explained_here(document, build)
    except actions.Invalid as refused:
        raise Refused(problem_text(refused.code)) from None
    except KeyError:
        raise Refused(QCoreApplication.translate("RemissEdits", "It was removed meanwhile (perhaps by undo).")) from None


def steps(*builders: Callable[[], actions.Action]) -> Callable[[], actions.Action]:
    """Several edits as one step; those with nothing to change are left out."""

    def build():
        made = []
        for builder in builders:
            try:
                made.append(builder())
            except actions.NothingToChange:
                continue
        if not made:
            raise actions.NothingToChange
        return made[0] if len(made) == 1 else actions.Steps(made)

    return build


__all__ = ["Refused", "edit", "problem_text", "run", "steps"]
