"""Every text field has a limit the window states, and anything within it exports (issue 14).

The limits are one table (domain/limits.py). The actions refuse a longer text with
``actions.TooLong`` naming the field and the limit, and the window shows that message instead
of an uncaught exception; undo still puts back whatever a field held before. Every editable
text widget of the window and its dialogs states its limit (a walk over all of them), and
cells edited in tables take the limit of their field. A process whose every text is filled
to exactly its limit, with the worst text there is (words without spaces, right-to-left
script, emoji, tabs and line breaks), exports minutes, the catalogue and the printables that
python-docx opens (and, under `make reliability`, LibreOffice renders to PDF).
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QTextEdit,
)

from facilitator import actions
from facilitator.actions import capture
from facilitator.domain import limits
from facilitator.domain.entities import (
    ENTITY_BY_TABLE,
    AgendaItem,
    AttendanceEntry,
    CafeTable,
    Contribution,
    FrameworkLabel,
    HarvestItem,
    KeyFactorAssessment,
    Measure,
    MeasureSource,
    MeasureStatusChange,
    Meeting,
    Mitigation,
    Organisation,
    Participant,
    PlanStageChange,
    Process,
    Question,
    Round,
    Theme,
)
from facilitator.export.job import ExportJob, Kind, run_job
from facilitator.storage.process_store import ProcessStore

from . import FULL, scaled

# -- the table ------------------------------------------------------------------------------------


def test_every_text_of_every_entity_has_a_limit_and_they_are_ordered():
    for table in ENTITY_BY_TABLE:
        for column in limits.TEXT_COLUMNS[table]:
            assert limits.limit(table, column) > 0
    assert limits.CODE < limits.LINE < limits.QUESTION < limits.TEXT < limits.LONG
    assert limits.limit("contribution", "text") == limits.TEXT
    assert limits.limit("process", "background") == limits.LONG
    assert limits.limit("meeting", "title") == limits.LINE
    for table, column in limits.LIMITS:
        assert column in limits.TEXT_COLUMNS[table], (table, column)  # no stale entries


# -- the actions ----------------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path):
    opened = ProcessStore.create(tmp_path / "gränser.facilitator", "Gränser")
    yield opened
    opened.close()


def worst(length: int, *, lines: bool = True) -> str:
    """Exactly ``length`` characters of the hardest text: long words without spaces, Arabic and
    Hebrew, emoji with skin tones and joiners, tabs and (where a field has lines) line breaks."""
    pieces = ["Ö" * 180, " مرحبا بالعالم ", "👩🏽‍🏫🇸🇪🎉", "\t", "עברית", "Länsstyrelsen" * 9, "ÅÄÖåäö"]
    if lines:
        pieces.append("\n")
    text = ""
    for piece in itertools.cycle(pieces):
        text += piece
        if len(text) >= length:
            break
    return text[:length]


EDITS = [(Meeting, "title"), (Meeting, "purpose"), (Measure, "description"), (Measure, "goal"),
         (Process, "background"), (Participant, "name"), (Organisation, "name"), (Question, "text")]


@pytest.mark.parametrize("cls, column", EDITS, ids=[f"{c.TABLE}.{f}" for c, f in EDITS])
def test_an_edit_at_the_limit_is_saved_and_one_character_more_is_refused(store, cls, column):
    meeting = store.insert(Meeting(title="Möte"))
    row = store.get(Process, 1) if cls is Process else store.insert(
        cls(meeting_id=meeting.id) if "meeting_id" in cls.field_names() else cls())
    most = limits.limit(cls.TABLE, column)
    at_limit = worst(most, lines=most > limits.LINE)
    actions.perform(store, actions.Update(cls, row.id, {column: at_limit}))
    assert getattr(store.get(cls, row.id), column) == at_limit
    with pytest.raises(actions.TooLong) as refused:
        actions.perform(store, actions.Update(cls, row.id, {column: at_limit + "x"}))
    error = refused.value
    assert (error.code, error.table, error.column, error.limit, error.length) == (
        "too_long", cls.TABLE, column, most, most + 1)
    assert getattr(store.get(cls, row.id), column) == at_limit, "nothing was written"


def test_inserts_and_repository_writes_are_held_to_the_limits_too(store):
    meeting = store.insert(Meeting(title="Möte"))
    note = "å" * (limits.TEXT + 1)
    with pytest.raises(actions.TooLong):
        actions.perform(store, capture.add_contribution(store, meeting.id, note, "risk"))
    with pytest.raises(actions.TooLong):  # a mitigation over its limit takes the risk with it
        actions.perform(store, capture.add_contribution(store, meeting.id, "Risk", "risk", mitigations=[note]))
    assert store.count(Contribution) == 0 and store.count(Mitigation) == 0
    from facilitator.actions import measures

    action = measures.create_measure(store, title="Åtgärd", description="d" * (limits.LONG + 1), on="2027-03-01")
    with pytest.raises(actions.TooLong) as refused:  # written by the repository, checked as it is noted
        actions.perform(store, action)
    assert refused.value.column == "description"
    assert store.count(Measure) == 0 and store.count(MeasureStatusChange) == 0


def test_undo_puts_back_an_older_text_over_today_s_limit(store):
    """A file from before the limits may hold a longer text: shortening it is an edit like any
    other, and undo puts the old text back rather than refusing it."""
    meeting = store.insert(Meeting(title="Möte"))
    old = store.insert(Contribution(meeting_id=meeting.id, kind="note", text="ö" * 50_000)).text
    edit = actions.Update(Contribution, store.list(Contribution)[0].id, {"text": "Kortare"})
    actions.perform(store, edit)
    actions.revert(store, edit)
    assert store.list(Contribution)[0].text == old
    actions.perform(store, edit)  # and redo
    assert store.list(Contribution)[0].text == "Kortare"


def test_a_registration_list_at_the_limits_imports_and_over_them_is_reported(tmp_path, store):
    from facilitator.actions import register as register_actions
    from facilitator.importers.registration_list import ProblemCode, read_registration_list

    name = "Ö" * limits.limit("participant", "name")
    organisation = "Å" * limits.limit("organisation", "name")
    path = tmp_path / "anmälda.csv"
    path.write_text(f"Namn;Organisation\n{name};{organisation}\n{name}x;Vision\nBo Ek;{organisation}x\n", encoding="utf-8")
    preview = read_registration_list(path)
    assert [d.name for d in preview.drafts] == [name]
    assert [(p.row_number, p.code, p.field, p.limit) for p in preview.problems] == [
        (3, ProblemCode.TOO_LONG, "name", 200), (4, ProblemCode.TOO_LONG, "organisation", 200)]
    action = register_actions.import_participants(store, preview, None)
    actions.perform(store, action)
    assert [p.name for p in store.list(Participant)] == [name]


def test_the_message_names_the_field_and_the_limit(qapp):
    from facilitator.i18n import LanguageSwitcher
    from facilitator.messages import describe_invalid

    LanguageSwitcher(qapp).set_language("en")

    error = actions.TooLong(limits.Overlong("meeting", "purpose", 5000, 5123))
    text = describe_invalid(error)
    assert "Purpose" in text and "5,000" in text and "5,123" in text and "%" not in text


# -- the window -----------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, tmp_path, demo_path):
    from PySide6.QtWidgets import QApplication

    from facilitator.i18n import LanguageSwitcher
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.settings import Settings

    switcher = LanguageSwitcher(QApplication.instance())
    switcher.set_language("en")
    main = MainWindow(Settings.at(tmp_path / "settings.ini"), switcher, tmp_path / "backups")
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    assert main.open_process(demo_path)
    yield main
    main.close_process()


def test_a_text_over_its_limit_in_the_real_window_is_refused_with_the_message(window, qtbot):
    from facilitator.ui.common.text_limits import LengthCounter

    form = window.view.form
    meeting_id = form.meeting_id
    before = window.document.store.get(Meeting, meeting_id).purpose
    steps = window.document.undo_stack.count()
    most = limits.limit("meeting", "purpose")
    form.purpose.setPlainText("a" * (most - 10))
    counter = form.purpose.findChild(LengthCounter)
    assert counter.isVisible() and counter.text() == f"{most - 10:,} of {most:,} characters"
    form.purpose.setPlainText("a" * (most + 5))
    assert counter.property("over") and counter.text() == f"{most + 5:,} of {most:,} characters"
    form.commit_pending()  # as leaving the field does
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible())
    text = window.error_box.text()
    assert "Purpose" in text and f"{most:,}" in text and f"{most + 5:,}" in text
    assert window.document.store.get(Meeting, meeting_id).purpose == before, "nothing was saved"
    assert window.document.undo_stack.count() == steps
    assert form.purpose.toPlainText() == "a" * (most + 5), "what was typed stays in the field"
    form.purpose.setPlainText("a" * most)
    form.commit_pending()
    assert window.document.store.get(Meeting, meeting_id).purpose == "a" * most
    # A one-line field never takes more than its limit.
    form.title.setText("T" * (limits.LINE + 50))
    assert len(form.title.text()) == limits.LINE


def _editable_texts(root) -> list:
    found = []
    for widget in [w for cls in (QLineEdit, QPlainTextEdit, QTextEdit) for w in root.findChildren(cls)]:
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # a date, a time, a number, a choice: not typed text
        if widget.isReadOnly():
            continue
        found.append(widget)
    return found


def _cell_editors(root, qtbot) -> list:
    """An editor for the first editable text cell of every column of every view."""
    editors = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or isinstance(view, QHeaderView):
            continue
        if view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            continue  # shown, never edited (a history)
        from PySide6.QtCore import QModelIndex

        try:
            columns, rows = model.columnCount(QModelIndex()), model.rowCount(QModelIndex())
        except TypeError:  # a QListWidget's own model: its items are not edited as text here
            columns, rows = 1, model.rowCount()
        for column in range(columns):
            for row in range(min(rows, 30)):
                index = model.index(row, column)
                if not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    continue
                if not isinstance(index.data(0x2), str):  # EditRole: only texts
                    break
                delegate = view.itemDelegateForColumn(column) or view.itemDelegate()
                editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
                if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                    editors.append((view, column, editor))
                elif editor is not None:
                    editor.deleteLater()
                break
    return editors


def test_every_editable_text_of_the_window_and_its_dialogs_states_its_limit(window, qtbot, tmp_path):
    from facilitator.ui.common import dialogs
    from facilitator.ui.common.lazy_page import LazyPage
    from facilitator.ui.export_dialog import ExportDialog
    from facilitator.ui.harvest.harvest_page import ThemeChooser
    from facilitator.ui.harvest.search_dialog import SearchDialog
    from facilitator.ui.plan.coverage_view import FrameworkLabelsDialog
    from facilitator.ui.plan.measure_editor import LinkSourcesDialog, MeasureEditor

    for page in window.findChildren(LazyPage):  # every page, also those built when first shown
        page.page()
    document = window.document
    meeting_id = window.view.current_meeting_id()
    measure_id = document.store.list(Measure)[0].id
    roots = [window, dialogs.NewProcessDialog(tmp_path), dialogs.NewMeetingDialog(),
             dialogs.AddAttendeesDialog(document, meeting_id), ExportDialog(document, meeting_id, window),
             SearchDialog(document), ThemeChooser(document.store.list(Theme)), MeasureEditor(document, measure_id),
             LinkSourcesDialog(document, measure_id), FrameworkLabelsDialog(document)]
    try:
        _every_text_states_its_limit(roots, qtbot)
    finally:  # gone before the process closes: a dialog left over would hear the next language change
        import shiboken6

        for root in roots[1:]:
            shiboken6.delete(root)


def _every_text_states_its_limit(roots, qtbot) -> None:
    from facilitator.ui.common.text_limits import limit_of, stated_limit

    checked = 0
    for root in roots:
        for widget in _editable_texts(root):
            assert limit_of(widget), f"{type(root).__name__}: {type(widget).__name__} {widget.objectName()!r} has no limit"
            assert stated_limit(widget) and widget.accessibleDescription() == stated_limit(widget)
            if isinstance(widget, QLineEdit):
                assert widget.maxLength() == limit_of(widget)
            checked += 1
        for view, column, editor in _cell_editors(root, qtbot):
            assert limit_of(editor), f"{type(view.model()).__name__} column {column}: its cell editor has no limit"
            editor.deleteLater()
            checked += 1
    assert checked >= 60, checked


# -- anything within the limits exports -----------------------------------------------------------


def _at_limit(cls, **fixed):
    """An entity with every text field filled to exactly its limit (codes and dates left valid)."""
    values = {}
    for column in limits.TEXT_COLUMNS[cls.TABLE]:
        most = limits.limit(cls.TABLE, column)
        if most <= limits.CODE or column in fixed:
            continue
        values[column] = worst(most, lines=most > limits.LINE)
    return cls(**(values | fixed))


def filled_to_the_limits(path: Path) -> tuple[Path, int, int]:
    store = ProcessStore.create(path, "x")
    try:
        actions.perform(store, actions.Update(Process, 1, {
            c: v for c, v in _at_limit(Process).to_row().items() if c in limits.TEXT_COLUMNS["process"]
            and limits.limit("process", c) > limits.CODE}))
        organisation = store.insert(Organisation())
        insert = actions.Insert([_at_limit(Organisation)])
        actions.perform(store, insert)
        organisation = insert.inserted[0]
        cafe = _at_limit(Meeting, format="world_cafe", date="2027-03-04", start_time="16:00", end_time="18:00",
                         share_token="a" * 32)
        assessment = _at_limit(Meeting, format="self_assessment", date="2027-03-05", share_token="b" * 32)
        insert = actions.Insert([cafe, assessment])
        actions.perform(store, insert)
        cafe, assessment = insert.inserted
        tables = [_at_limit(CafeTable, meeting_id=cafe.id, position=i) for i in range(2)]
        rounds = [Round(meeting_id=cafe.id, number=i + 1) for i in range(2)]
        insert = actions.Insert(tables + rounds)
        actions.perform(store, insert)
        tables, rounds = insert.inserted[:2], insert.inserted[2:]
        people = [_at_limit(Participant, organisation_id=organisation.id, email=f"p{i}@example.se", languages="sv")
                  for i in range(3)]
        insert = actions.Insert(people)
        actions.perform(store, insert)
        people = insert.inserted
        entries = [AttendanceEntry(meeting_id=cafe.id, participant_id=p.id, status="present") for p in people]
        questions = [_at_limit(Question, meeting_id=cafe.id, position=i, round_number=i + 1) for i in range(2)]
        agenda = [_at_limit(AgendaItem, meeting_id=cafe.id, position=0, kind="round")]
        theme = _at_limit(Theme, meeting_id=cafe.id)
        actions.perform(store, actions.Insert(entries + questions + agenda + [theme]))
        theme = store.list(Theme)[0]
        questions = store.list(Question)
        notes = [_at_limit(Contribution, meeting_id=cafe.id, kind=kind, table_id=tables[i % 2].id,
                           round_id=rounds[i % 2].id, question_id=questions[i % 2].id, theme_id=theme.id,
                           position=i, published=True)
                 for i, kind in enumerate(["idea", "note", "risk", "quote", "obstacle", "question"])]
        insert = actions.Insert(notes)
        actions.perform(store, insert)
        notes, risk = insert.inserted, insert.inserted[2]
        harvest = [_at_limit(HarvestItem, meeting_id=cafe.id, table_id=tables[0].id, kind=kind, position=i)
                   for i, kind in enumerate(["main_point", "decision"])]
        assessments = [_at_limit(KeyFactorAssessment, meeting_id=assessment.id, factor=f, rating="partly")
                       for f in (1, 2)]
        labels = [_at_limit(FrameworkLabel, framework=f, number=n) for f, n in (("eccar", 1), ("track", 1))]
        stage = _at_limit(PlanStageChange, stage="remiss", date="2027-04-01")
        actions.perform(store, actions.Insert(
            [_at_limit(Mitigation, contribution_id=risk.id, position=i) for i in range(2)]
            + harvest + assessments + labels + [stage]))
        measure = _at_limit(Measure, eccar_point=1, track=1, origin_meeting_id=cafe.id, due_date="2027-12-31",
                            status="proposed")
        insert = actions.Insert([measure])
        actions.perform(store, insert)
        measure = insert.inserted[0]
        actions.perform(store, actions.Insert([
            MeasureSource(measure_id=measure.id, contribution_id=notes[0].id),
            _at_limit(MeasureStatusChange, measure_id=measure.id, status="proposed", date="2027-03-05")]))
        for table, cls in ENTITY_BY_TABLE.items():  # exactly at, never over
            for entity in store.list(cls):
                assert limits.first_overlong(table, entity.to_row()) is None
    finally:
        store.close()
    return path, cafe.id, assessment.id


def _body(docx: Path) -> str:
    with zipfile.ZipFile(docx) as package:
        return package.read("word/document.xml").decode("utf-8")


@pytest.fixture(scope="module")
def full_process(tmp_path_factory):
    return filled_to_the_limits(tmp_path_factory.mktemp("fylld") / "Fylld till gränsen.facilitator")


@pytest.mark.parametrize("kind", [Kind.MINUTES, Kind.CATALOGUE, Kind.PRINTABLES])
def test_every_field_at_its_limit_exports_and_opens(full_process, tmp_path, kind):
    import docx

    path, cafe_id, assessment_id = full_process
    meetings = [cafe_id, assessment_id] if kind is Kind.MINUTES else [cafe_id]
    for meeting_id in meetings:
        out = run_job(ExportJob(kind, path, tmp_path / f"{kind}-{meeting_id}.docx", meeting_id=meeting_id,
                                names=True, base_url="http://192.0.2.1:8765"))
        document = docx.Document(str(out))  # python-docx opens it
        text = "\n".join(p.text for p in document.paragraphs) + "".join(
            cell.text for table in document.tables for row in table.rows for cell in row.cells)
        assert "👩🏽‍🏫" in text and "مرحبا" in text and "Ö" * 180 in text
        body = _body(out)
        assert "\x0b" not in body and "\x00" not in body
    if kind is Kind.CATALOGUE:
        longest = worst(limits.LONG)  # the measure's description, whole
        assert longest.replace("\t", "").replace("\n", "")[-300:] in text.replace("\t", "").replace("\n", "")


@pytest.mark.skipif(not FULL or shutil.which("soffice") is None, reason="`make reliability`, with LibreOffice")
def test_libreoffice_renders_the_catalogue_filled_to_the_limits(full_process, tmp_path):
    path, cafe_id, _assessment = full_process
    out = run_job(ExportJob(Kind.CATALOGUE, path, tmp_path / "katalog.docx", base_url="http://192.0.2.1:8765"))
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                          capture_output=True, text=True, timeout=scaled(300, 600))
    pdf = tmp_path / "katalog.pdf"
    assert done.returncode == 0 and pdf.exists() and pdf.stat().st_size > 10_000, done.stderr
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        assert pages >= 5, info
    shots = Path("/tmp/shots")
    shots.mkdir(exist_ok=True)
    shutil.copy(pdf, shots / "limits-catalogue.pdf")
