"""Help inside the app and the first steps of an empty process (issue 15), in the real window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from facilitator.domain.entities import Meeting
from facilitator.ui.common.dialogs import NewMeetingDialog
from facilitator.ui.help.guide import guide_html
from facilitator.ui.help.shortcuts import PAGE_KEYS

TS = Path(__file__).resolve().parents[2] / "facilitator" / "resources" / "i18n" / "facilitator_sv.ts"


def speak(switcher, language: str) -> None:
    switcher.set_language(language)
    QApplication.processEvents()  # the window retranslates on the posted LanguageChange


def plain(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":…").strip()


def catalogue_texts(language: str) -> set[str]:
    root = ET.parse(TS).getroot()
    tag = "translation" if language == "sv" else "source"
    texts = {plain(m.find(tag).text or "") for m in root.iter("message") if not m.find("translation").findall("numerusform")}
    return texts


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_guide_names_only_what_the_screens_show(opened, switcher, language):
    """Every menu path in the guide ("Arkiv → Ny process…") is a real menu entry, and every other
    named button, tab or field is a text of the program in that language."""
    speak(switcher, language)
    menus = {plain(menu.title()): menu for menu in (opened.file_menu, opened.edit_menu, opened.view_menu, opened.help_menu)}
    known = catalogue_texts(language)
    names = [re.sub(r"\s+", " ", n) for n in re.findall(r"<i>(.*?)</i>", guide_html(language), re.S)]
    assert len(names) > 30
    wrong = []
    for name in names:
        if " → " in name:
            menu, entry = name.split(" → ")
            actions = [plain(a.text()) for a in menus[menu].actions()] if menu in menus else []
            if plain(entry) not in actions:
                wrong.append(name)
        elif plain(name) not in known:
            wrong.append(name)
    assert wrong == []


def test_f1_opens_the_guide_in_swedish(opened, switcher, qtbot):
    speak(switcher, "sv")
    qtbot.keyClick(opened, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(opened, "guide_window", None) is not None and opened.guide_window.isVisible())
    text = opened.guide_window.browser.toPlainText()
    assert "Ett World Café från början till slut" in text and "Skapa bordsplacering" in text
    opened.guide_window.close()


def test_the_shortcuts_list_every_menu_shortcut_and_the_page_keys(opened, switcher):
    speak(switcher, "sv")
    opened.shortcuts_action.trigger()
    rows = opened.shortcuts_dialog.rows()
    listed = {keys for keys, _what in rows}
    for menu in (opened.file_menu, opened.edit_menu, opened.view_menu):
        for action in menu.actions():
            for sequence in action.shortcuts():
                assert any(sequence.toString(sequence.SequenceFormat.NativeText) in keys for keys in listed), action.text()
    assert ("Ctrl+Z", "Ångra") in rows
    assert len(rows) >= len(PAGE_KEYS) + 15
    assert ("Mellanslag", "Starta eller pausa") in rows  # the projector's keys, in Swedish
    opened.shortcuts_dialog.close()


def accept_the_dialog_with(check):
    def act():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewMeetingDialog)
        check(dialog)
        dialog.accept()
    QTimer.singleShot(0, act)


def test_an_empty_process_opens_on_its_first_steps(opened, switcher, qtbot):
    speak(switcher, "sv")
    view = opened.view
    assert view.meeting_area.currentWidget() is view.first_steps
    assert view.first_steps.heading.text() == "Första stegen"
    purposes = view.first_steps.format_texts
    assert all(len(re.findall(r"[.?!](\s|$)", text.text())) >= 2 for text in purposes.values())  # two sentences each
    chosen = []
    accept_the_dialog_with(lambda dialog: chosen.append(dialog.format.currentData()))
    qtbot.mouseClick(view.first_steps.format_buttons["world_cafe"], Qt.MouseButton.LeftButton)
    assert chosen == ["world_cafe"]
    meetings = opened.document.store.list(Meeting)
    assert [m.format for m in meetings] == ["world_cafe"]
    qtbot.waitUntil(lambda: view.meeting_area.currentWidget() is view.meeting_tabs)
    opened.undo()
    qtbot.waitUntil(lambda: view.meeting_area.currentWidget() is view.first_steps)
