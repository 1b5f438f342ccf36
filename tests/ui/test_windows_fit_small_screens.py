"""Every window and dialog fits a 1280×720 laptop (1280×680 left beside the taskbar, a title bar
above): its smallest size and the size it opens at fit, and every button outside a scrolling
area is whole. The dialogs are found, not listed by hand: every QDialog subclass under
facilitator/ui/ must have a way to open it here with the demo's data, or the test fails.
Screenshots at 1280×720 are saved (FACILITATOR_RENDERS=<folder> keeps them)."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QDialog, QWidget

import facilitator.ui
from facilitator.domain.entities import Measure, Participant
from facilitator.storage import harvest, meetings
from facilitator.ui.common.screen_fit import fit_to_screen

AVAILABLE = QSize(1280, 680)  # 1280×720 less a taskbar
TITLE_BAR = 32
CLIENT = QSize(AVAILABLE.width(), AVAILABLE.height() - TITLE_BAR)  # what a window's content may take

REGISTRATION_LIST = "Förnamn;Efternamn;Organisation;Kategori;Roll;E-post\r\n" + "".join(
    f"Person{n};Efternamnsson-Långnamn{n};Föreningen för ett inkluderande Ekbacka {n};Förening;;p{n}@ekbacka.example\r\n"
    for n in range(1, 21)
) + ";;Ingen;;;\r\nÄngla;Ek;Vision;Astronaut;;\r\nOlle;Åkesson;;Invånare;;inte-en-adress\r\n"


def all_dialog_classes() -> dict[str, type]:
    """Every QDialog subclass defined under facilitator/ui/, by module and name."""
    found = {}
    for info in pkgutil.walk_packages(facilitator.ui.__path__, "facilitator.ui."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, QDialog) and value.__module__ == info.name:
                found[f"{info.name}.{name}"] = value
    return found


def cafe_of(store):
    return next(m for m in meetings.all_meetings(store) if m.format == "world_cafe")


def _measure_id(window):
    return window.document.store.list(Measure)[0].id


def _erase_plan(window):
    from facilitator.actions.register import erase_person
    from facilitator.storage import register

    store = window.document.store
    person = next(p for p in store.list(Participant) if register.meetings_of(store, p.id))
    planned = erase_person(store, person.id)
    changes = [(m.table, m.row_id, m.column, m.text, new) for m, new in planned.changes()]
    return person, planned, changes, len(register.meetings_of(store, person.id))


def open_export(window, tmp_path):
    from facilitator.ui.export_dialog import ExportDialog

    return ExportDialog(window.document, cafe_of(window.document.store).id, window, sharing_url="",
                        backups_root=window.backups_root, sources=())


def open_search(window, tmp_path):
    from facilitator.ui.harvest.search_dialog import SearchDialog

    return SearchDialog(window.document, window)


def open_theme_chooser(window, tmp_path):
    from facilitator.ui.harvest.harvest_page import ThemeChooser

    return ThemeChooser(harvest.themes_of(window.document.store, cafe_of(window.document.store).id), window)


def open_measure_editor(window, tmp_path):
    from facilitator.ui.plan.measure_editor import MeasureEditor

    return MeasureEditor(window.document, _measure_id(window), window)


def open_link_sources(window, tmp_path):
    from facilitator.ui.plan.measure_editor import LinkSourcesDialog

    return LinkSourcesDialog(window.document, _measure_id(window), window)


def open_framework_labels(window, tmp_path):
    from facilitator.ui.plan.coverage_view import FrameworkLabelsDialog

    return FrameworkLabelsDialog(window.document, None, window)


def open_new_process(window, tmp_path):
    from facilitator.ui.common.dialogs import NewProcessDialog

    return NewProcessDialog(tmp_path, window)


def open_new_meeting(window, tmp_path):
    from facilitator.ui.common.dialogs import NewMeetingDialog

    return NewMeetingDialog(window)


def open_add_attendees(window, tmp_path):
    from facilitator.ui.common.dialogs import AddAttendeesDialog

    return AddAttendeesDialog(window.document, meetings.all_meetings(window.document.store)[-1].id, window)


def open_backups(window, tmp_path):
    from facilitator.ui.common.dialogs import BackupsDialog

    window.backup_now()
    return BackupsDialog(window.session.backups(), window)


def open_erase_confirm(window, tmp_path):
    from facilitator.ui.meeting.erase_dialogs import EraseConfirmDialog

    person, _planned, changes, lists = _erase_plan(window)
    return EraseConfirmDialog(person.name, lists, changes, window, store=window.document.store)


def open_erased(window, tmp_path):
    from facilitator.ui.meeting.erase_dialogs import ErasedDialog

    person, *_ = _erase_plan(window)
    erasure = window.session.erase_person(person.id)
    return ErasedDialog(erasure, window.session.purge_backups, window, store=window.document.store)


def open_retention(window, tmp_path):
    from facilitator.ui.meeting.erase_dialogs import RetentionDialog

    process = window.document.process()
    return RetentionDialog(process.erase_personal_data_after, process.retention_months, window)


def _registration_list(tmp_path) -> Path:
    path = tmp_path / "anmälningar.csv"
    path.write_bytes(REGISTRATION_LIST.encode("cp1252"))
    return path


def open_import(window, tmp_path):
    return window.preview_import(_registration_list(tmp_path), cafe_of(window.document.store).id)


def open_effort_import(window, tmp_path):
    path = tmp_path / "kartläggning.csv"
    path.write_bytes(("Namn;Tema;Nivå;Ansvarig;Syfte;Status;ECCAR-punkt;Spår\r\n" + "".join(
        f"Insats {n} med ett ganska långt namn;Arbete och försörjning;Lokal;Kultur- och fritidsförvaltningen;"
        f"Ett syfte som är längre än en rad för att se att det bryts;Pågående;9;3\r\n" for n in range(40))
    ).encode("cp1252"))
    return window.preview_effort_import(path)


def open_list_reading(window, tmp_path):
    from facilitator.ui.meeting.import_dialog import ListReading

    return ListReading(_registration_list(tmp_path), window)


def open_move(window, tmp_path):
    from facilitator.ui.capture.capture_models import MeetingStructure
    from facilitator.ui.capture.capture_page import MoveDialog

    return MoveDialog(MeetingStructure.load(window.document, cafe_of(window.document.store).id), window)


def open_sharing(window, tmp_path):
    from facilitator.ui.sharing.sharing_panel import SharingDialog

    return SharingDialog(window.ensure_sharing(), cafe_of(window.document.store).id, window)


def open_guide(window, tmp_path):
    from facilitator.ui.help.guide import GuideWindow

    return GuideWindow("sv", window)


def open_shortcuts(window, tmp_path):
    from facilitator.ui.help.shortcuts import ShortcutsDialog

    return ShortcutsDialog([window.file_menu, window.edit_menu, window.view_menu], window)


def open_sign_minutes(window, tmp_path):
    from facilitator.ui.meeting.minutes_panel import SignMinutesDialog

    return SignMinutesDialog(1, window)


def open_stage(window, tmp_path):
    from facilitator.ui.plan.plan_dialogs import StageDialog

    return StageDialog(window.document, window)


def open_step(window, tmp_path):
    from facilitator.domain.entities import PlanStageChange
    from facilitator.ui.plan.plan_dialogs import StepDialog

    return StepDialog(window.document, window.document.store.list(PlanStageChange)[-1], window)


def open_version_diff(window, tmp_path):
    from facilitator.export.report_data import gather_catalogue
    from facilitator.ui.plan.plan_dialogs import VersionDiffDialog

    def now():
        data = gather_catalogue(window.document.store)
        return data.process, [e.measure for e in data.measures], {e.measure.id: e.number for e in data.measures}

    return VersionDiffDialog([("Nu", now), ("Nu igen", now)], first=0, parent=window)


def open_remiss_register(window, tmp_path):
    from facilitator.domain.entities import RemissRound
    from facilitator.ui.plan.remiss_page import AddFromRegisterDialog

    return AddFromRegisterDialog(window.document, window.document.store.list(RemissRound)[-1].id, window)


def open_evidence(window, tmp_path):
    from facilitator.domain.entities import Meeting
    from facilitator.ui.meeting.assessment_page import EvidenceDialog

    return EvidenceDialog(window.document.store.list(Meeting), window)


def open_phone_edit(window, tmp_path):
    from facilitator.domain.entities import PhoneSubmission
    from facilitator.ui.sharing.moderation_page import EditDialog

    return EditDialog(PhoneSubmission(meeting_id=cafe_of(window.document.store).id, text="Fler mötesplatser"), window)


def open_phone_merge(window, tmp_path):
    from facilitator.ui.sharing.moderation_page import MergeDialog

    return MergeDialog(window.document, cafe_of(window.document.store).id, window)


def open_export_forms(window, tmp_path):
    from facilitator.ui.plan.reporting_round import ExportFormsDialog

    return ExportFormsDialog(window.document, tmp_path / "Uppföljningsformulär med ett långt mappnamn", window)


def open_forms_reading(window, tmp_path):
    from facilitator.ui.plan.reporting_round import FormsReading

    return FormsReading([tmp_path / "Uppföljning december 2026 – Socialförvaltningen.xlsx"], window)


def open_round_preview(window, tmp_path):
    from facilitator.actions.reporting_rounds import plan_round_import
    from facilitator.export.followup_forms import write_followup_forms
    from facilitator.importers.followup_form import read_followup_form
    from facilitator.ui.plan.reporting_round import RoundPreviewDialog

    written = write_followup_forms(window.document.store, tmp_path / "forms", "Uppföljning december 2026")
    bad = tmp_path / "inte ett formulär.xlsx"
    bad.write_bytes(b"inte en arbetsbok")
    plan = plan_round_import(window.document.store, [read_followup_form(p) for p in [*written, bad]])
    return RoundPreviewDialog(plan, window)


OPENERS = {
    "facilitator.ui.sharing.moderation_page.EditDialog": open_phone_edit,
    "facilitator.ui.sharing.moderation_page.MergeDialog": open_phone_merge,
    "facilitator.ui.meeting.assessment_page.EvidenceDialog": open_evidence,
    "facilitator.ui.plan.remiss_page.AddFromRegisterDialog": open_remiss_register,
    "facilitator.ui.plan.plan_dialogs.StageDialog": open_stage,
    "facilitator.ui.plan.plan_dialogs.StepDialog": open_step,
    "facilitator.ui.plan.plan_dialogs.VersionDiffDialog": open_version_diff,
    "facilitator.ui.meeting.minutes_panel.SignMinutesDialog": open_sign_minutes,
    "facilitator.ui.help.guide.GuideWindow": open_guide,
    "facilitator.ui.help.shortcuts.ShortcutsDialog": open_shortcuts,
    "facilitator.ui.export_dialog.ExportDialog": open_export,
    "facilitator.ui.harvest.search_dialog.SearchDialog": open_search,
    "facilitator.ui.harvest.harvest_page.ThemeChooser": open_theme_chooser,
    "facilitator.ui.plan.measure_editor.MeasureEditor": open_measure_editor,
    "facilitator.ui.plan.measure_editor.LinkSourcesDialog": open_link_sources,
    "facilitator.ui.plan.coverage_view.FrameworkLabelsDialog": open_framework_labels,
    "facilitator.ui.common.dialogs.NewProcessDialog": open_new_process,
    "facilitator.ui.common.dialogs.NewMeetingDialog": open_new_meeting,
    "facilitator.ui.common.dialogs.AddAttendeesDialog": open_add_attendees,
    "facilitator.ui.common.dialogs.BackupsDialog": open_backups,
    "facilitator.ui.meeting.erase_dialogs.EraseConfirmDialog": open_erase_confirm,
    "facilitator.ui.meeting.erase_dialogs.ErasedDialog": open_erased,
    "facilitator.ui.meeting.erase_dialogs.RetentionDialog": open_retention,
    "facilitator.ui.meeting.import_dialog.ImportDialog": open_import,
    "facilitator.ui.plan.effort_import_dialog.EffortImportDialog": open_effort_import,
    "facilitator.ui.meeting.import_dialog.ListReading": open_list_reading,
    "facilitator.ui.capture.capture_page.MoveDialog": open_move,
    "facilitator.ui.sharing.sharing_panel.SharingDialog": open_sharing,
    "facilitator.ui.plan.reporting_round.ExportFormsDialog": open_export_forms,
    "facilitator.ui.plan.reporting_round.FormsReading": open_forms_reading,
    "facilitator.ui.plan.reporting_round.RoundPreviewDialog": open_round_preview,
}


def renders_folder(tmp_path) -> Path:
    folder = Path(os.environ.get("FACILITATOR_RENDERS") or tmp_path / "renders")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fits(size: QSize, room: QSize = CLIENT) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def cut_off_buttons(window: QWidget) -> list[str]:
    """The visible buttons not wholly inside the window, outside any scrolling area."""
    QApplication.processEvents()
    cut = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        parent, scrolled = button.parentWidget(), False
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                scrolled = True
                break
            parent = parent.parentWidget()
        if scrolled:
            continue  # reachable by scrolling; the scrolling area itself is inside the window
        top_left = button.mapTo(window, button.rect().topLeft())
        inside = window.rect().contains(button.rect().translated(top_left))
        whole = button.visibleRegion().boundingRect().size() == button.size()
        if not (inside and whole):
            cut.append(f"{button.text() or button.objectName() or type(button).__name__} at "
                       f"{button.rect().translated(top_left)} of {window.size()}")
    return cut


def too_large(widget: QWidget, room: QSize = CLIENT, depth: int = 0) -> list[str]:
    """The chain of visible widgets whose smallest size does not fit the room, for the message."""
    found = []
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        minimum = child.minimumSizeHint().expandedTo(child.minimumSize())
        if child.isVisible() and not fits(minimum, QSize(room.width() - 150, room.height() - 100)):
            found.append("  " * depth + f"{type(child).__name__} {child.objectName()} {minimum.width()}×{minimum.height()}")
            found += too_large(child, room, depth + 1)
    return found


def check_fits(widget: QWidget, name: str, folder: Path) -> None:
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert fits(minimum), f"{name}: its smallest size {minimum.width()}×{minimum.height()} is larger than {CLIENT}"
    opened = widget.size()
    assert fits(opened), f"{name}: it opens at {opened.width()}×{opened.height()}, larger than {CLIENT}"
    # A window that sizes itself to its screen opens at its default size on a 1280×720 laptop
    # (the test's screen may be smaller): look at it there.
    default = getattr(widget, "DEFAULT_SIZE", None)
    if default is not None:
        assert fits(default), f"{name}: its default size {default.width()}×{default.height()} is larger than {CLIENT}"
        fit_to_screen(widget, default, QRect(QPoint(0, 0), AVAILABLE))
        assert fits(widget.size()), name
    widget.resize(widget.size().boundedTo(CLIENT))
    assert cut_off_buttons(widget) == [], name
    widget.grab().save(str(folder / f"{name}.png"))


@pytest.fixture
def demo_window(window, demo_path, switcher):
    switcher.set_language("sv")
    assert window.open_process(demo_path)
    yield window


def test_a_window_opens_smaller_on_a_small_screen(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    fit_to_screen(widget, QSize(1180, 760), QRect(0, 0, 1280, 680))
    assert fits(widget.size())
    fit_to_screen(widget, QSize(1180, 760), QRect(0, 0, 1920, 1040))
    assert (widget.width(), widget.height()) == (1180, 760)


def test_every_dialog_has_a_way_to_open_it_here():
    missing = sorted(set(all_dialog_classes()) - set(OPENERS))
    assert missing == [], "add these dialogs to OPENERS so their size is checked: " + ", ".join(missing)
    assert sorted(set(OPENERS) - set(all_dialog_classes())) == [], "OPENERS names a dialog that is gone"


@pytest.mark.parametrize("name", sorted(OPENERS))
def test_dialog_fits_1280x720(qtbot, demo_window, tmp_path, name):
    dialog = OPENERS[name](demo_window, tmp_path)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    check_fits(dialog, name.rsplit(".", 1)[1], renders_folder(tmp_path))
    dialog.close()


def test_main_window_fits_1280x720_on_every_page(qtbot, demo_window, tmp_path):
    window = demo_window
    folder = renders_folder(tmp_path)
    window.showNormal()
    assert fits(window.size()), f"the window opens at {window.size()}"
    assert fits(window.DEFAULT_SIZE)
    window.resize(CLIENT)
    view = window.view
    view.select_meeting(cafe_of(window.document.store).id)
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        pages = range(view.meeting_tabs.count()) if tab == 0 else [None]
        for page in pages:
            if page is not None:
                view.meeting_tabs.setCurrentIndex(page)
            for _ in range(5):  # each level of layouts asks its parent again through an event
                QApplication.processEvents()
            label = view.tabs.tabText(tab) + ("" if page is None else " – " + view.meeting_tabs.tabText(page))
            minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
            assert fits(minimum), f"{label}: the window needs at least {minimum.width()}×{minimum.height()}:\n" + "\n".join(
                too_large(window)) + str([(type(c).__name__, c.isVisible(), c.minimumSizeHint(), c.sizeHint(), c.sizePolicy().horizontalPolicy()) for c in window.centralWidget().findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)])
            assert (window.width(), window.height()) == (CLIENT.width(), CLIENT.height()), label
            assert cut_off_buttons(window) == [], label
            window.grab().save(str(folder / f"main-{tab}-{page}.png".replace("None", "x")))
