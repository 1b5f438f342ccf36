"""What the headless commands share: a QCoreApplication with the catalogue (for messages
only), and ``--help`` texts in that language."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication

from ..i18n import LanguageSwitcher


def core_app(language: str | None = None):
    """The QCoreApplication with the Swedish catalogue, or the English one with
    FACILITATOR_LANG=en (or ``language``)."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    switcher = LanguageSwitcher(app)
    switcher.set_language(language or os.environ.get("FACILITATOR_LANG", "sv"))
    return app, switcher


def translate_help_later(parser, actions, help_texts) -> None:
    """The parser may be built before there is a catalogue (facilitator.cli.main builds it first),
    so ``--help`` loads the catalogue and takes ``help_texts()`` in its language only when
    it is printed. ``help_texts`` gives "description" and one text per action's dest."""
    plain_format_help = parser.format_help

    def format_help() -> str:
        core_app()
        fresh = help_texts()
        parser.description = fresh["description"]
        for action in actions:
            action.help = fresh[action.dest]
        return plain_format_help()

    parser.format_help = format_help
