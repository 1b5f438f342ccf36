"""Pages that give their columns the room their words need, in Swedish, at 1280×720 and
1920×1080 (issue 15): the eight top tabs without scroll arrows, the harvest's columns beside the
text growing on a wide screen and their numbers' headings whole, the measure editor's history and
"Came from" headings whole, and a long question read whole from the capture's drop-down."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from facilitator.domain.entities import Contribution, Measure, MeasureSource, Meeting, PhoneVote, Question
from facilitator.storage.process_store import ProcessStore
from facilitator.ui.common.column_room import heading_width
from facilitator.ui.harvest.harvest_models import ContributionTreeModel as M
from facilitator.ui.plan.measure_editor import MeasureEditor


def cafe_of(store) -> Meeting:
    return next(m for m in store.list(Meeting) if m.format == "world_cafe")


def show_harvest(qtbot, window, width: int, height: int):
    window.resize(width, height)
    window.view.select_meeting(cafe_of(window.document.store).id)
    window.show_meeting_page(window.view.meeting_pages.index(window.view.harvest))
    harvest = window.view.harvest.page()
    qtbot.waitUntil(lambda: harvest.proxy.rowCount() > 0)
    qtbot.wait(20)  # the columns are fitted once the view has its size
    return harvest


def test_all_eight_top_tabs_and_the_meeting_tabs_show_at_1280_in_swedish(qtbot, window, demo_path, switcher):
    switcher.set_language("sv")
    assert window.open_process(demo_path)
    window.resize(1280, 720)
    qtbot.wait(20)
    for tabs in (window.view.tabs, window.view.meeting_tabs):
        bar = tabs.tabBar()
        assert bar.count() >= (8 if tabs is window.view.tabs else 10)
        for index in range(bar.count()):
            rect = bar.tabRect(index)
            assert rect.left() >= 0 and rect.right() <= bar.width(), bar.tabText(index)
            # The tab's title whole, not elided.
            assert bar.fontMetrics().horizontalAdvance(bar.tabText(index).replace("&", "")) < rect.width()
        assert not any(button.isVisible() for button in bar.findChildren(QToolButton)), "no scroll arrows"


def test_harvest_columns_beside_the_text_grow_on_a_wide_screen_and_name_their_numbers_whole(
        qtbot, window, demo_path, switcher):
    switcher.set_language("sv")
    assert window.open_process(demo_path)
    harvest = show_harvest(qtbot, window, 1280, 720)
    view, header = harvest.view, harvest.view.header()
    assert view.isColumnHidden(M.PHONE_DOTS), "no dots from phones yet: no column for them"
    narrow = {column: header.sectionSize(column) for column in range(M.PHONE_DOTS)}
    for column in (M.ROUND, M.DOTS):
        assert narrow[column] >= heading_width(header, column), header.model().headerData(column, Qt.Orientation.Horizontal)
    assert narrow[M.TEXT] == max(narrow.values()), "what people said keeps the widest column at 1280"

    harvest = show_harvest(qtbot, window, 1920, 1080)
    wide = {column: header.sectionSize(column) for column in range(M.PHONE_DOTS)}
    width = view.viewport().width()
    assert wide[M.TEXT] >= 0.39 * width, "the text keeps the widest share"
    assert wide[M.TEXT] == max(wide.values())
    assert all(wide[c] >= narrow[c] for c in wide) and wide[M.THEME] > narrow[M.THEME]
    for column in (M.KIND, M.TABLE, M.ROUND, M.DOTS):  # "Anteckning", "Ängsgården" whole at 1920
        assert wide[column] >= view.sizeHintForColumn(column), header.model().headerData(column, Qt.Orientation.Horizontal)


def test_the_dots_from_phones_column_shows_its_heading_whole_once_phones_voted(qtbot, window, demo_path, switcher):
    store = ProcessStore.open(demo_path)
    cafe = cafe_of(store)
    first = store.list(Contribution, "meeting_id = ?", (cafe.id,), order_by="id")[0]
    store.insert(PhoneVote(meeting_id=cafe.id, contribution_id=first.id, device="telefon-1"))
    store.close()
    switcher.set_language("sv")
    assert window.open_process(demo_path)
    harvest = show_harvest(qtbot, window, 1280, 720)
    view, header = harvest.view, harvest.view.header()
    qtbot.waitUntil(lambda: not view.isColumnHidden(M.PHONE_DOTS))
    assert header.model().headerData(M.PHONE_DOTS, Qt.Orientation.Horizontal) == "Mobilprickar"
    qtbot.waitUntil(lambda: header.sectionSize(M.PHONE_DOTS) >= heading_width(header, M.PHONE_DOTS))
    assert header.sectionViewportPosition(M.PHONE_DOTS) + header.sectionSize(M.PHONE_DOTS) <= view.viewport().width()


def test_the_measure_editors_headings_are_whole_and_its_sources_named_in_tooltips(qtbot, demo, switcher):
    switcher.set_language("sv")
    store = demo.store
    measure_id = next(s.measure_id for s in store.list(MeasureSource) if s.theme_id is not None)
    editor = MeasureEditor(demo, measure_id)
    qtbot.addWidget(editor)
    editor.resize(MeasureEditor.DEFAULT_SIZE)  # 1150 × 640: what a 1280×720 screen holds
    editor.show()
    qtbot.waitUntil(editor.isVisible)
    qtbot.wait(20)
    history = editor.history.horizontalHeader()
    for column in range(3):
        assert history.sectionSize(column) >= heading_width(history, column), editor.history.horizontalHeaderItem(column).text()
    sources = editor.sources.header()
    assert sources.sectionSize(0) > sources.sectionSize(1) > 0
    for column in (1, 2):
        assert sources.sectionSize(column) >= heading_width(sources, column) - 12
    theme = editor.sources.topLevelItem(0)
    items = [editor.sources.topLevelItem(i) for i in range(editor.sources.topLevelItemCount())]
    child = next(item.child(0) for item in items if item.childCount())
    assert child.toolTip(1) == child.text(1) != "" and child.toolTip(2) == child.text(2)
    assert theme is not None and store.get(Measure, measure_id) is not None


def test_a_long_question_is_read_whole_in_the_captures_drop_down(qtbot, window, demo_path, switcher):
    long = ("Vad behöver kommunen, bostadsbolagen och föreningarna göra tillsammans för att alla som söker "
            "bostad, jobb eller praktikplats i Ekbacka ska bemötas lika oavsett namn, hudfärg eller religion?")
    store = ProcessStore.open(demo_path)
    cafe = cafe_of(store)
    question = store.list(Question, "meeting_id = ?", (cafe.id,), order_by="position")[0]
    store.conn.execute("UPDATE question SET text = ? WHERE id = ?", (long, question.id))
    store.conn.commit()
    store.close()
    switcher.set_language("sv")
    assert window.open_process(demo_path)
    window.resize(1280, 720)
    window.view.select_meeting(cafe.id)
    window.show_meeting_page(window.view.meeting_pages.index(window.view.capture))
    capture = window.view.capture.page()
    combo = capture.question_combo
    position = combo.findData(question.id)
    assert position >= 0
    combo.setCurrentIndex(position)
    assert long in combo.toolTip(), "the whole question, not the 80 letters shown"
    metrics = combo.view().fontMetrics()
    assert metrics.horizontalAdvance(combo.itemText(position)) > combo.width(), "the combo alone cuts it"
    assert combo.view().minimumWidth() >= metrics.horizontalAdvance(combo.itemText(position))
    assert combo.view().minimumWidth() <= combo.screen().availableGeometry().width()


def test_the_remiss_page_names_each_consultees_kind_whole_on_a_wide_screen_and_its_dates_fit(
        qtbot, window, demo_path, switcher):
    switcher.set_language("sv")
    assert window.open_process(demo_path)
    window.resize(1920, 1080)
    window.view.tabs.setCurrentWidget(window.view.remiss)
    page = window.view.remiss.page()
    view = page.recipient_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    qtbot.wait(20)
    header = view.horizontalHeader()
    assert header.sectionSize(1) >= view.sizeHintForColumn(1), "Förening eller ideell organisation, whole"
    assert header.sectionSize(0) >= header.sectionSize(1), "the consultee's name keeps the widest column"
    for field in (page.round_fields["sent_date"], page.round_fields["reply_deadline"], page.received):
        assert field.placeholderText() == "ÅÅÅÅ-MM-DD"
        room = field.contentsRect().width() - field.textMargins().left() - field.textMargins().right()
        assert field.maximumWidth() >= field.fontMetrics().horizontalAdvance("ÅÅÅÅ-MM-DD") + 8
        assert room >= field.fontMetrics().horizontalAdvance("ÅÅÅÅ-MM-DD"), "the placeholder whole"


def test_the_remiss_rounds_title_is_whole_at_1280(qtbot, window, demo_path, switcher):
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    switcher.set_language("sv")
    assert window.open_process(demo_path)
    window.resize(1280, 720)
    window.view.tabs.setCurrentWidget(window.view.remiss)
    page = window.view.remiss.page()
    combo = page.round_choice
    qtbot.waitUntil(lambda: combo.count() > 0 and combo.isVisible())
    qtbot.wait(20)
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= room, combo.currentText()


def test_goals_and_existing_work_name_their_columns_whole_and_the_target_grows_on_a_wide_screen(
        qtbot, window, demo_path, switcher):
    switcher.set_language("sv")
    assert window.open_process(demo_path)
    for size in ((1280, 720), (1920, 1080)):
        window.resize(*size)
        for lazy in (window.view.goals, window.view.efforts):
            window.view.tabs.setCurrentWidget(lazy)
            page = lazy.page()
            view, header = page.view, page.view.horizontalHeader()
            qtbot.waitUntil(lambda view=view: view.model().rowCount() > 0 and view.isVisible())
            qtbot.wait(20)
            for column in range(1, header.count()):
                assert header.sectionSize(column) >= heading_width(header, column), (size, column)
            assert header.sectionSize(0) == max(header.sectionSize(c) for c in range(header.count()))
            if size == (1920, 1080) and lazy is window.view.goals:  # "Minst 20 % av de nyanställda …"
                most = view.fontMetrics().averageCharWidth() * 40 + 12
                assert header.sectionSize(1) >= min(view.sizeHintForColumn(1), most)


def test_the_remiss_pages_greyed_reply_says_why(qtbot, window, demo_path, switcher):
    switcher.set_language("sv")
    assert window.open_process(demo_path)
    window.resize(1280, 720)
    window.view.tabs.setCurrentWidget(window.view.remiss)
    page = window.view.remiss.page()
    qtbot.waitUntil(lambda: page.recipient_view.model().rowCount() > 0)
    page.recipient_view.setCurrentIndex(page.recipient_view.model().index(-1, -1))
    page.show_recipient()
    assert not page.reply_box.isEnabled() and page.reply_box.title() == "Svar: välj en remissinstans i listan"
    page.recipient_view.setCurrentIndex(page.recipient_view.model().index(0, 0))
    qtbot.waitUntil(page.reply_box.isEnabled)
    assert page.reply_box.title().startswith("Svar från ")
