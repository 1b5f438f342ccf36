"""The projector fits any screen: at 1024×768, 1280×720, 1366×768, 1920×1080 and 3840×2160, in
Swedish and English, with the demo's longest texts and a 200-character question, every text on
it fits its area (measured with the font's metrics), the window keeps the screen's size and the
countdown sits in the middle. The renders are saved (FACILITATOR_RENDERS=<folder> keeps them)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics, QPixmap
from PySide6.QtWidgets import QApplication

from facilitator.actions import Update
from facilitator.domain.entities import AgendaItem, Question
from facilitator.share import qr
from facilitator.storage import meetings
from facilitator.ui.common.fitted_text import FittedLabel
from facilitator.ui.document import run_action
from facilitator.ui.run.projector import ProjectorWindow
from facilitator.ui.run.timer_controller import TimerController

SIZES = [(1024, 768), (1280, 720), (1366, 768), (1920, 1080), (3840, 2160)]
QUESTION_200 = (
    "Vilka hinder möter du eller människor i din närhet när ni söker jobb, bostad eller kontakt med kommunens "
    "verksamheter, och vad borde kommunen, föreningarna och arbetsgivarna i Ekbacka göra allra först"
)
assert len(QUESTION_200) == 200


class Clock:
    def __init__(self):
        self.moment = datetime(2027, 2, 4, 16, 0)

    def __call__(self):
        return self.moment


def longest(texts):
    return max(texts, key=len)


@pytest.fixture
def cafe(demo):
    """The demo's café with the demo's longest agenda title on its welcome and a
    200-character question on round 2."""
    store = demo.store
    every_meeting = meetings.all_meetings(store)
    cafe = next(m for m in every_meeting if m.format == "world_cafe")
    agenda = meetings.agenda_of(store, cafe.id)
    every_title = [item.title for m in every_meeting for item in meetings.agenda_of(store, m.id)]
    welcome = agenda[0]
    if len(longest(every_title)) > len(welcome.title):
        assert run_action(demo, Update(AgendaItem, welcome.id, {"title": longest(every_title)}))
    second = next(q for q in meetings.questions_of(store, cafe.id) if q.round_number == 2)
    assert run_action(demo, Update(Question, second.id, {"text": QUESTION_200}))
    return cafe


def texts_fit(projector) -> list[str]:
    """What does not fit, as sentences (empty when everything fits)."""
    problems = []
    window = projector.rect()
    for label in projector.findChildren(FittedLabel):
        if not label.isVisible() or not label.text():
            continue
        area = label.contentsRect()
        drawn = QFontMetrics(label.font()).boundingRect(QRect(0, 0, area.width(), area.height()), label.flags(),
                                                        label.text())
        if drawn.width() > area.width() or drawn.height() > area.height():
            problems.append(f"{label.objectName()} needs {drawn.width()}×{drawn.height()} in {area.width()}×{area.height()}:"
                            f" {label.text()!r} at {label.font().pixelSize()} px")
        if not window.contains(label.geometry()):
            problems.append(f"{label.objectName()} lies outside the window: {label.geometry()}")
    return problems


def check(projector: ProjectorWindow, size) -> None:
    width, height = size
    assert (projector.width(), projector.height()) == (width, height), "the window must keep the screen's size"
    hint = projector.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height
    assert texts_fit(projector) == []
    visible = [w for w in projector.findChildren(FittedLabel) if w.isVisible() and w.text()]
    if projector.qr.isVisible():
        visible.append(projector.qr)
        side = projector.qr.pixmap().width()
        assert side >= height * 0.15, "the QR code stays large enough to scan from the tables"
        area = projector.qr.contentsRect()
        assert side <= min(area.width(), area.height()), "the QR code fits its corner"
    for i, first in enumerate(visible):
        for second in visible[i + 1:]:
            assert not first.geometry().intersects(second.geometry()), (first.objectName(), second.objectName())
    countdown = projector.countdown
    centre = countdown.mapTo(projector, countdown.contentsRect().center()).x()
    assert abs(centre - width / 2) <= 2, "the countdown sits in the middle"
    # Readable from the back: the countdown is the largest text, the heading and question stay large.
    assert countdown.font().pixelSize() >= height * 0.15
    assert projector.heading.font().pixelSize() >= height * 0.03
    if projector.question.isVisible():
        assert projector.question.font().pixelSize() >= height * 0.025


def renders_folder(tmp_path) -> Path:
    folder = Path(os.environ.get("FACILITATOR_RENDERS") or tmp_path / "renders")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_text_fits_the_projector_at_every_size(qtbot, demo, cafe, switcher, language, tmp_path, request):
    switcher.set_language(language)
    clock = Clock()
    controller = TimerController(demo, clock)
    request.addfinalizer(controller.stop)  # its clock must not tick into the next test
    controller.show_meeting(cafe.id)
    projector = ProjectorWindow(controller)
    projector.sound_enabled = False
    qtbot.addWidget(projector)
    projector.set_qr(QPixmap.fromImage(qr.to_qimage("http://192.168.100.200:8765/m/42")))
    projector.show()
    qtbot.waitUntil(projector.isVisible)
    folder = renders_folder(tmp_path)
    agenda = controller.state.segments
    controller.start_or_pause()
    for index, segment in enumerate(agenda):
        for width, height in SIZES:
            projector.resize(width, height)
            QApplication.processEvents()
            check(projector, (width, height))
            if index in (0, 3):
                projector.grab().save(str(folder / f"projector-{language}-{width}x{height}-{index}.png"))
        if segment.round_number == 2:
            clock.moment += timedelta(seconds=segment.seconds + 42)  # over time: "Byt bord!"
            controller.tick()
            assert projector.cue.text()
            for width, height in SIZES:
                projector.resize(width, height)
                QApplication.processEvents()
                check(projector, (width, height))
                projector.grab().save(str(folder / f"projector-{language}-{width}x{height}-{index}-over.png"))
        controller.next()
    assert projector.question.text() == ""


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_phones_qr_code_on_the_projector_fits_every_size(qtbot, demo, cafe, switcher, language, tmp_path):
    """The phones' QR code shown full screen (Mobiler → Visa på projektorn): the meeting's
    title, the hint and the address fit at every size, and the code stays whole."""
    from facilitator.ui.sharing.sharing_panel import QrWindow

    switcher.set_language(language)
    longest_title = max((m.title for m in meetings.all_meetings(demo.store)), key=len)
    url = f"http://192.168.100.200:8765/m/{cafe.share_token}"
    window = QrWindow(url, longest_title)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isVisible)
    folder = renders_folder(tmp_path)
    for width, height in SIZES:
        window.resize(width, height)
        QApplication.processEvents()
        assert (window.width(), window.height()) == (width, height)
        assert texts_fit(window) == []
        code = window.qr_label.pixmap().size()
        area = window.qr_label.contentsRect()
        assert code.width() <= area.width() and code.height() <= area.height(), "the QR code is whole"
        assert code.height() >= height * 0.4, "and large enough to scan from the back of the room"
        window.grab().save(str(folder / f"phones-qr-{language}-{width}x{height}.png"))
    # qtbot closes it: closed here, it deletes itself (WA_DeleteOnClose) before qtbot's close
