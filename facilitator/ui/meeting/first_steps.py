"""The first steps of a process without meetings: what to do next, instead of an empty form.

It offers the first meeting by format (with two sentences on what each format is for), the
import of a participant list, the demo process and the user guide.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...domain import vocabulary as v
from ..common import look
from ..common.columns import label


class FirstStepsPage(QScrollArea):
    """Shown in place of the meeting's tabs while the process has no meeting."""

    def __init__(self, new_meeting: Callable[[str], None], import_list: Callable[[], None],
                 open_demo: Callable[[], None], show_guide: Callable[[], None]):
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(look.margins(look.WIDE, look.MEDIUM))
        layout.setSpacing(look.space(look.SMALL))
        self.heading = QLabel()
        self.heading.setObjectName("firstStepsHeading")
        look.set_type(self.heading, look.PAGE_TITLE)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)

        self.formats_heading = QLabel()
        look.set_type(self.formats_heading, look.SECTION_HEADING)
        layout.addWidget(self.formats_heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(look.space(look.MEDIUM))
        grid.setVerticalSpacing(look.space(look.SMALL))
        grid.setColumnStretch(1, 1)
        self.format_buttons: dict[str, QPushButton] = {}
        self.format_texts: dict[str, QLabel] = {}
        for row, key in enumerate(v.MEETING_FORMAT_LABELS):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, k=str(key): new_meeting(k))
            text = QLabel()
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            self.format_buttons[str(key)] = button
            self.format_texts[str(key)] = text
        layout.addLayout(grid)

        self.more_heading = QLabel()
        look.set_type(self.more_heading, look.SECTION_HEADING)
        layout.addSpacing(look.space(look.SMALL))
        layout.addWidget(self.more_heading)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(import_list)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(open_demo)
        self.guide_button = QPushButton()
        self.guide_button.clicked.connect(show_guide)
        for button in (self.import_button, self.demo_button, self.guide_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setWidget(body)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("First steps"))
        self.intro.setText(self.tr(
            "The process has no meeting yet. Start with the first meeting, or bring in the participant list first. "
            "Everything you do is saved at once and can be undone with Ctrl+Z."))
        self.formats_heading.setText(self.tr("Create the first meeting"))
        for key, button in self.format_buttons.items():
            button.setText(label(v.MEETING_FORMAT_LABELS, key) + "…")
            self.format_texts[key].setText(label(v.MEETING_FORMAT_PURPOSES, key))
        self.more_heading.setText(self.tr("Or"))
        self.import_button.setText(self.tr("Import a participant list (Excel or CSV)…"))
        self.demo_button.setText(self.tr("Look at the demo process: a whole World Café with its action plan"))
        self.guide_button.setText(self.tr("Read the guide: a World Café from start to finish (F1)"))
