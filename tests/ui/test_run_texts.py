"""The run page's words: the expected end before the timer runs, and a round's heading that
does not repeat its label."""

from datetime import datetime

from facilitator.domain.round_timer import Segment
from facilitator.storage import meetings
from facilitator.ui.run.headings import block_heading, round_title_rest
from facilitator.ui.run.run_page import RunPage
from facilitator.ui.run.timer_controller import TimerController

from .conftest import show_page


def test_expected_end_before_the_meeting_counts_from_its_planned_start(qtbot, demo, switcher, request):
    switcher.set_language("sv")
    cafe = next(m for m in meetings.all_meetings(demo.store) if m.format == "world_cafe")
    assert (cafe.start_time, cafe.end_time) == ("16:00", "18:00")
    evening_before = datetime(2027, 2, 3, 19, 57)
    controller = TimerController(demo, lambda: evening_before)
    request.addfinalizer(controller.stop)  # its clock must not tick into the next test
    controller.show_meeting(cafe.id)
    page = show_page(qtbot, RunPage(demo, controller))
    page.refresh()
    assert page.ends.text() == "Beräknat slut: 18:00 (planerat 18:00)"
    controller.start_or_pause()  # started now: the agenda's two hours from now
    assert page.ends.text().startswith("Beräknat slut: 21:57")


def test_a_rounds_heading_says_its_number_once(switcher):
    switcher.set_language("en")
    round_two = Segment(4, "Omgång 2: Erfarenheter av tillgång och delaktighet", "round", 1200, 2)
    assert block_heading(round_two, 2, 3) == "Round 2 of 3: Erfarenheter av tillgång och delaktighet"
    assert block_heading(Segment(2, "Round 1", "round", 1200, 1), 1, 3) == "Round 1 of 3"
    assert block_heading(Segment(2, "Omgång 1 – Utmaningar", "round", 1200, 1), 1, 3) == "Round 1 of 3: Utmaningar"
    assert round_title_rest(1, "Omgång 12: Annat") == "Omgång 12: Annat", "round 12 is not round 1"
    assert block_heading(Segment(1, "Välkommen", "welcome", 600), None, 3) == "Välkommen"
