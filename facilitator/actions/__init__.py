"""The application layer: every edit a coordinator (or a phone, or the command line) can make,
without Qt.

An edit is an :class:`~facilitator.actions.base.Action`: built by a function that checks the
rules (what may change, what is valid), then run inside one transaction on a
:class:`~facilitator.actions.base.Work`, which writes through storage and records exactly which
rows changed, so they can be announced once the transaction has committed. The same action
knows how to undo itself. The window wraps actions in undo commands (``ui/document.py``); the
command line and the phone server run them directly with :func:`~facilitator.actions.base.perform`.
"""

from .base import (  # noqa: F401
    DELETED,
    INSERTED,
    UPDATED,
    Action,
    Change,
    Delete,
    Insert,
    Invalid,
    NothingToChange,
    Steps,
    TooLong,
    Update,
    Updates,
    Work,
    check_lengths,
    perform,
    revert,
)
