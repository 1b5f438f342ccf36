"""No visible string may lack a Swedish translation (ENGINEERING.md, i18n)."""

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "facilitator" / "resources" / "i18n" / "facilitator_sv.ts"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def messages(path: Path):
    for context in ET.parse(path).getroot():
        name = context.find("name").text
        for message in context.findall("message"):
            yield name, message


def test_catalogue_is_complete_and_keeps_placeholders():
    problems = []
    for context, message in messages(TS):
        source = message.find("source").text
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {source!r} has no translation")
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(form))):
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
            if source.count("&") - source.count("&&") != form.count("&") - form.count("&&"):
                problems.append(f"{context}: {source!r} -> {form!r} changes the accelerator")
    assert problems == []


def test_every_count_has_plural_forms():
    """A message with a count (%n) is a plural message in the catalogue, with Swedish forms, so
    the undo menu says "Ångra Importera 19 deltagare", never "participant(s)" (issue 15)."""
    problems = []
    for context, message in messages(TS):
        source = message.find("source").text
        forms = [f.text or "" for f in message.find("translation").findall("numerusform")]
        if "%n" in source and message.get("numerus") != "yes":
            problems.append(f"{context}: {source!r} is not a plural message (see domain.vocabulary.Plural)")
        if message.get("numerus") == "yes" and (len(forms) != 2 or any("(s)" in f or "(er)" in f for f in forms)):
            problems.append(f"{context}: {source!r} needs two Swedish forms without (s)")
    assert problems == []


def test_one_swedish_word_for_a_contribution():
    """"Bidrag" everywhere: not "inspel" beside it (issue 15)."""
    texts = [t.text or "" for t in ET.parse(TS).getroot().iter("translation")]
    texts += [f.text or "" for f in ET.parse(TS).getroot().iter("numerusform")]
    web = ROOT / "facilitator" / "resources" / "web"
    texts += [p.read_text(encoding="utf-8") for p in web.rglob("*") if p.suffix in {".html", ".js"}]
    assert [t for t in texts if "inspel" in t.lower()] == []


def test_catalogue_matches_the_code(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate must be installed with PySide6-Essentials"
    copy = tmp_path / "copy.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "facilitator").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)], check=True, capture_output=True)
    committed = {(c, m.find("source").text) for c, m in messages(TS)}
    fresh = {(c, m.find("source").text) for c, m in messages(copy)}
    assert fresh - committed == set(), "strings in the code that the catalogue lacks: run `make lupdate` and translate"
    assert committed - fresh == set(), "catalogue entries no longer in the code: run `make lupdate`"


TEXT_SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "addAction", "addMenu", "addTab", "setTabText", "setHeaderLabels", "showMessage",
    "addItem", "setItemText", "setHorizontalHeaderLabels", "setLabelText", "addRow", "information",
    "warning", "critical", "question",
}
WIDGET_CONSTRUCTORS = {"QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QMenu", "QRadioButton", "QToolButton"}
ALLOWED_LITERALS = {"Svenska", "English"}  # language names are written in their own language


def test_no_bare_literals_in_ui_code():
    found = []
    for path in sorted((ROOT / "facilitator" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TEXT_SETTERS and name not in WIDGET_CONSTRUCTORS:
                continue
            if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in ("log", "logger", "logging"):
                continue
            for argument in node.args[:2]:
                if (
                    isinstance(argument, ast.Constant)
                    and isinstance(argument.value, str)
                    and re.search(r"[A-Za-zÅÄÖåäö]", argument.value)
                    and argument.value not in ALLOWED_LITERALS
                ):
                    found.append(f"{path.name}:{node.lineno} {name}({argument.value!r})")
    assert found == []


def visible_texts(root: QWidget) -> set[str]:
    texts = {root.windowTitle()}
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        texts.add(widget.toolTip())
        for action in widget.actions():
            texts.add(action.text())
            if action.menu():
                texts.add(action.menu().title())
                texts.update(a.text() for a in action.menu().actions())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # models of Qt's own widgets that hide columnCount
                columns = 0
            texts.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns))
    return {t.replace("&", "").strip() for t in texts if t and re.search(r"[A-Za-zÅÄÖåäö]{2}", t)}


# Words that are the same in both languages, names, and data typed by users.
SAME_IN_BOTH = {"Facilitator", "Moderator", "Organisation", "World Café", "Workshop", "World Café…", "Workshop…", "Svenska", "English", "Process", "Problem", "Risk", "Status"}


typed: set[str] = set()


def _typed_texts(document) -> set[str]:
    """Every text the process itself holds (what was said, planned and named): it is the
    same whatever the interface's language."""
    from facilitator.domain.entities import ENTITIES

    texts = set()
    for cls in ENTITIES:
        for entity in document.store.list(cls):
            texts.update(v for v in entity.to_row().values() if isinstance(v, str) and v)
    return texts


@pytest.fixture
def rendered(qtbot, tmp_path, switcher, demo_path):
    from facilitator.ui.common.dialogs import AddAttendeesDialog, BackupsDialog, NewMeetingDialog, NewProcessDialog
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.settings import Settings

    def render(language: str) -> set[str]:
        switcher.set_language(language)
        window = MainWindow(Settings.at(tmp_path / f"{language}.ini"), switcher, tmp_path / "backups")
        qtbot.addWidget(window)
        start = visible_texts(window)
        window.open_process(demo_path)
        texts = start | visible_texts(window)
        for index in (0, 1, 2, 3, 6, 7, 8):
            window.show_meeting_page(index)
            texts |= visible_texts(window)
        window.view.tabs.setCurrentIndex(2)  # the action plan
        texts |= visible_texts(window)
        document = window.document
        meeting_id = window.view.current_meeting_id()
        from facilitator.domain.entities import Measure
        from facilitator.ui.harvest.search_dialog import SearchDialog
        from facilitator.ui.plan.measure_editor import MeasureEditor

        typed.update(_typed_texts(document))
        first_measure = document.store.list(Measure)[0].id
        for dialog in (
            NewMeetingDialog(window),
            NewProcessDialog(tmp_path, window),
            AddAttendeesDialog(document, meeting_id, window),
            BackupsDialog([], window),
            MeasureEditor(document, first_measure, window),
            SearchDialog(document, window),
        ):
            texts |= visible_texts(dialog)
            shiboken6.delete(dialog)  # now: a language change must not reach it once the file is closed
        window.close_process()
        window.close()
        data = {p.name for p in []}
        return texts - data

    return render


def test_swedish_render_shares_no_text_with_english(rendered):
    english = rendered("en")
    swedish = rendered("sv")
    shared = {text for text in english & swedish if text not in SAME_IN_BOTH}
    # Texts typed by the coordinator (the demo's meeting titles and so on) are the same in both.
    from facilitator.demo import content

    data = {content.PROCESS["title"], content.PROCESS["municipality"]}
    for meeting in content.MEETINGS:
        data.update(str(value) for value in meeting.values() if isinstance(value, str))
        data.update(item["title"] for item in meeting.get("agenda", []))
        data.update(table["name"] for table in meeting.get("tables", []))
        data.update(meeting.get("questions", []))
    data |= typed
    shared = {text for text in shared if not any(text in item or item in text for item in data if item)}
    assert shared == set()
    assert "Arkiv" in swedish and "File" in english
    assert len(english) > 80 and len(swedish) > 80


def test_language_switch_at_run_time(qtbot, opened, switcher):
    opened.set_language("sv")
    qtbot.waitUntil(lambda: opened.file_menu.title() == "&Arkiv")
    assert opened.view.meeting_tabs.tabText(0) == "Möte"
    assert opened.settings.get(__import__("facilitator.ui.settings", fromlist=["LANGUAGE"]).LANGUAGE) == "sv"
    # Qt's own strings are Swedish too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    opened.set_language("en")
    qtbot.waitUntil(lambda: opened.file_menu.title() == "&File")


def test_qt_dialog_buttons_are_swedish(qtbot, switcher):
    from PySide6.QtWidgets import QDialogButtonBox

    switcher.set_language("sv")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    _ = QApplication.instance()


def labels_showing_an_ampersand(widget: QWidget) -> list[str]:
    """A label with "&" but no buddy shows the "&" itself ("&Fil:")."""
    return [label.text() for label in widget.findChildren(QLabel)
            if label.textFormat() != Qt.TextFormat.RichText and "&" in label.text().replace("&&", "")
            and label.buddy() is None and not label.text().lstrip().startswith("<")]


def test_no_label_shows_its_accelerator_ampersand(window, switcher, tmp_path, demo_path):
    from facilitator.ui.common.dialogs import NewProcessDialog

    switcher.set_language("sv")
    dialog = NewProcessDialog(tmp_path)
    assert labels_showing_an_ampersand(dialog) == []
    dialog.deleteLater()
    assert window.open_process(demo_path)
    assert labels_showing_an_ampersand(window) == []
