"""Loading the Swedish (default) or English user interface, also at run time."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .package_data import resource_path

log = logging.getLogger("facilitator.i18n")

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"


def i18n_dir() -> Path:
    return resource_path("i18n")


class LanguageSwitcher:
    """Installs our catalogue and Qt's own (qtbase) for one language at a time."""

    #: Shared by every switcher: there is one set of installed catalogues per application.
    _translators: list[QTranslator] = []

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "en"

    def set_language(self, language: str) -> bool:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        for translator in LanguageSwitcher._translators:
            self.app.removeTranslator(translator)
        LanguageSwitcher._translators.clear()
        locale = QLocale("sv_SE") if language == "sv" else QLocale("en_GB")
        QLocale.setDefault(locale)
        ok = True
        if language == "sv":
            ours = QTranslator(self.app)
            if ours.load(str(i18n_dir() / "facilitator_sv.qm")):
                self._translators.append(ours)
            else:
                log.error("Swedish catalogue missing in %s", i18n_dir())
                ok = False
            qt = QTranslator(self.app)
            if qt.load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt)
            else:
                log.warning("qtbase_sv.qm not found")
        for translator in self._translators:
            self.app.installTranslator(translator)
        self.language = language
        return ok
