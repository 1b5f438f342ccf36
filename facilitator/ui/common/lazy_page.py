"""A tab whose page is built the first time it is shown.

Opening a process must stay quick (benchmarks/startup.py), so the pages a coordinator
reaches only later (capture, harvest, follow-up, the action plan) wait behind this holder:
it remembers the chosen meeting and hands it over once the page exists.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, build: Callable[[], QWidget], on_built: Callable[[QWidget], None] | None = None, parent=None):
        super().__init__(parent)
        self._build = build
        self._on_built = on_built
        self._page: QWidget | None = None
        self._meeting_id: int | None = None
        self._meeting_shown = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        """The page, built now if it was not yet."""
        if self._page is None:
            self._page = self._build()
            self.layout().addWidget(self._page)
            if self.isVisible():
                # Shown now, not on the next pass of the event loop (as a widget added to a
                # visible layout is): whoever asked for the page may use it at once, and a
                # page that reads its rows when shown (TablePage) has them.
                self._page.show()
            self.setFocusProxy(self._page)
            if self._meeting_shown and hasattr(self._page, "show_meeting"):
                self._page.show_meeting(self._meeting_id)
            if self._on_built is not None:
                self._on_built(self._page)
        return self._page

    def show_meeting(self, meeting_id: int | None) -> None:
        self._meeting_id, self._meeting_shown = meeting_id, True
        if self._page is not None and hasattr(self._page, "show_meeting"):
            self._page.show_meeting(meeting_id)

    def showEvent(self, event):
        self.page()
        super().showEvent(event)
