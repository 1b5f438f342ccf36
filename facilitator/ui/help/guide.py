"""The user guide, shipped as package data in Swedish and English and shown offline."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ...package_data import resource_path


def guide_html(language: str) -> str:
    name = "guide_sv.html" if language.startswith("sv") else "guide_en.html"
    return resource_path("help", name).read_text(encoding="utf-8")


class GuideWindow(QDialog):
    """Help → User guide (F1): "A World Café from start to finish", the words, the file."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 620)
