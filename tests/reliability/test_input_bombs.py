"""Issue 14, bounded inputs: registration lists and Word templates are checked before they are
parsed, streamed, stopped at the limits with messages that name them, read off the GUI thread
with a Cancel that works, and a template gives an export only the parts it needs.

Lists are read in a child process of their own (importers/list_process.py), so Cancel
ends the reading at once. Memory is measured in a child process (benchmarks/input_samples.py: the child's own peak
resident memory), so the bombs are read exactly as the app reads them.
"""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from benchmarks import input_samples as samples
from facilitator.domain.entities import Participant
from facilitator.export.job import ExportError, ExportJob, Kind, describe_error, run_job
from facilitator.importers.registration_list import (
    HEADER_SEARCH_ROWS,
    MAX_ROWS,
    PROGRESS_EVERY,
    ImportCancelled,
    RegistrationListError,
    read_registration_list,
)
from facilitator.ui.meeting.import_dialog import ImportDialog, ListReading, list_error_text

from . import FULL, scaled

#: What a refused bomb may cost, the interpreter and its libraries included (the goal for any
#: input up to the limits is 300 MB; benchmarks/bench_inputs.py shows the figures).
BOMB_MB = 150
LIMIT_MB = 300


@pytest.fixture
def opened(qtbot, tmp_path):
    """The real window, in English, with a process open."""
    from facilitator.i18n import LanguageSwitcher
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.settings import Settings

    languages = LanguageSwitcher(qtbot_app())
    languages.set_language("en")
    main = MainWindow(Settings.at(tmp_path / "settings.ini"), languages, tmp_path / "backups")
    qtbot.addWidget(main)
    main.show()
    assert main.create_process(tmp_path / "Vår process.facilitator", "Vår process", "Ekbacka")
    yield main
    main.close_process()


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


@pytest.fixture(scope="module")
def at_the_limit(tmp_path_factory):
    """A workbook with exactly as many participants as may be imported at once."""
    return samples.xlsx_list(tmp_path_factory.mktemp("lists") / "anmälda vid gränsen.xlsx", MAX_ROWS)


def test_an_xlsx_bomb_is_refused_at_once_in_bounded_memory(tmp_path):
    bomb = samples.xlsx_bomb(tmp_path / "anmälda.xlsx", unpacked_mb=scaled(120, 800))
    assert bomb.stat().st_size < 3 * 1024 * 1024
    result = samples.measure("list", bomb, timeout=60)
    assert result["outcome"] == "unpacks_too_large"
    assert result["peak_mb"] < BOMB_MB, result  # its time: benchmarks/bench_inputs.py
    with pytest.raises(RegistrationListError) as refused:
        read_registration_list(bomb)
    text = list_error_text(refused.value)
    assert "100 MB" in text and "Nothing was imported" in text


def test_a_tightly_packed_workbook_part_is_refused_by_its_ratio(tmp_path):
    path = tmp_path / "packad.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("xl/styles.xml", b"<a/>" + b" " * (5 * 1024 * 1024))
    with pytest.raises(RegistrationListError) as refused:
        read_registration_list(path)
    assert refused.value.code == "packed_too_tightly"
    assert "100 times" in list_error_text(refused.value)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_million_rows_are_refused_early_naming_the_limit(tmp_path, kind):
    rows = scaled(100_000, 1_000_000)
    if kind == "csv":
        path = samples.csv_list(tmp_path / "alla.csv", rows, names_only=True)
    else:
        path = samples.xlsx_list(tmp_path / "alla.xlsx", rows, names_only=True)
    if FULL:  # the memory, in a process of its own
        result = samples.measure("list", path, timeout=120)
        assert result["outcome"] == "too_many_rows"
        assert result["peak_mb"] < LIMIT_MB, result
    reached: list[int] = []
    with pytest.raises(RegistrationListError) as refused:
        read_registration_list(path, progress=reached.append)
    # Refused after the limit, not after reading it all: the reader never got far past MAX_ROWS.
    assert reached and max(reached) <= MAX_ROWS + HEADER_SEARCH_ROWS + 1 + PROGRESS_EVERY < rows, reached[-3:]
    assert refused.value.detail == str(MAX_ROWS)
    assert f"more than {MAX_ROWS} rows" in list_error_text(refused.value)


@pytest.mark.parametrize("kind", ["csv", "xlsx"] if FULL else ["csv"])
def test_a_list_at_the_limit_imports_whole_in_bounded_memory(tmp_path, at_the_limit, kind):
    from facilitator.importers.registration_list import MAX_FILE_BYTES

    if kind == "csv":  # at the row limit and the size limit at once
        path = samples.csv_list(tmp_path / "anmälda.csv", MAX_ROWS, MAX_FILE_BYTES - 200_000)
    else:
        path = at_the_limit
    result = samples.measure("list", path, timeout=120)
    assert result["outcome"] == "ok" and result["rows"] == MAX_ROWS
    assert result["peak_mb"] < LIMIT_MB, result


def test_a_csv_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "stor.csv"
    with open(path, "wb") as file:
        file.write(b"Namn\r\n")
        file.truncate(25 * 1024 * 1024)
    with pytest.raises(RegistrationListError) as refused:
        read_registration_list(path)
    assert refused.value.code == "too_large"
    assert "20 MB" in list_error_text(refused.value)


@pytest.mark.parametrize("kind", ["xlsx", "csv"] if FULL else ["xlsx"])
def test_cancel_in_the_real_import_dialog_stops_the_reading(qtbot, opened, at_the_limit, tmp_path, kind):
    """The list is read in a child process: the window keeps handling events while openpyxl
    parses (it holds the GIL for long stretches, which starved a worker thread's window),
    the progress dialog's own Cancel button ends the child mid-parse, and nothing is imported."""
    path = at_the_limit if kind == "xlsx" else samples.csv_list(tmp_path / "anmälda.csv", MAX_ROWS)
    seen: dict = {"ticks_while_reading": 0}

    def tick():
        # Never hang the suite: had the reading finished first, its preview would wait here.
        for dialog in opened.findChildren(ImportDialog):
            if dialog.isVisible():
                seen["preview_shown"] = True
                dialog.reject()
        reading = next((r for r in opened.findChildren(ListReading) if r.isVisible()), None)
        if reading is None or "reading" in seen:
            return
        seen["ticks_while_reading"] += 1  # the window handles its events while the child parses
        if reading.rows_read < 1000:  # Cancel mid-parse, once the child has read some rows
            seen["waiting"] = seen.get("waiting", 0) + 1
            return
        seen["reading"] = reading
        seen["child"] = reading.child.process
        seen["rows_at_cancel"] = reading.rows_read
        reading.ended.connect(lambda outcome: seen.setdefault("ended", outcome))
        button = reading.findChild(QPushButton)  # its Cancel button ("Avbryt" in Swedish)
        button.click()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    try:
        assert opened.import_participants(path, None) == 0
        assert "reading" in seen, "the progress dialog with its Cancel button was shown"
        qtbot.waitUntil(lambda: "ended" in seen, timeout=30000)  # a hang guard only
    finally:
        timer.stop()
    outcome = seen["ended"]
    assert isinstance(outcome, ImportCancelled), outcome
    assert "preview_shown" not in seen
    # Cancel ends the child mid-parse: it was terminated (a signal, not its own exit) before
    # it had read the whole list, and it is gone.
    assert not seen["child"].is_alive(), "the child process is gone"
    assert seen["child"].exitcode is not None and seen["child"].exitcode < 0, seen["child"].exitcode
    assert 1000 <= seen["rows_at_cancel"] < MAX_ROWS, seen["rows_at_cancel"]
    # The window handled its timer while the child parsed (the ticks that waited for rows and
    # the one that pressed Cancel), rather than freezing until the reading was done.
    assert seen["ticks_while_reading"] >= 1, seen["ticks_while_reading"]
    assert opened.document.store.count(Participant) == 0
    assert "cancelled" in opened.statusBar().currentMessage()


def test_a_list_read_in_its_child_process_gives_the_preview_and_the_same_errors(qtbot, opened, tmp_path):
    """What comes back from the child is the preview the reader makes, and its refusals are
    the same RegistrationListErrors (so the same messages) as before."""
    good = tmp_path / "anmälda.csv"
    good.write_text("Namn;Organisation\nÅsa Öberg;Vision\nمرحبا Ali;Integrationsrådet\n", encoding="utf-8")
    reading = ListReading(good, opened)
    preview = reading.run()
    assert preview == read_registration_list(good)
    assert not reading.child.process.is_alive()
    bad = tmp_path / "lista.csv"
    bad.write_text('Namn;Organisation\nAnna Berg;Vision\n"Bo Ek;Fritid\n' + "Cilla;X\n" * 300, encoding="utf-8")
    with pytest.raises(RegistrationListError) as refused:
        ListReading(bad, opened).run()
    assert (refused.value.code, refused.value.detail) == ("unclosed_quote", "3")
    assert "line 3" in list_error_text(refused.value)


def test_a_template_bomb_is_refused_at_once_with_a_clear_message(tmp_path, demo_path):
    bomb = samples.template_bomb(tmp_path / "kommunmall.dotx", unpacked_mb=scaled(120, 800))
    result = samples.measure("template", bomb, tmp_path / "ut.docx", timeout=60)
    assert result["outcome"] == "unpacks_too_large"
    assert result["peak_mb"] < BOMB_MB, result  # its time: benchmarks/bench_inputs.py
    out = tmp_path / "katalog.docx"
    with pytest.raises(ExportError) as refused:
        run_job(ExportJob(Kind.CATALOGUE, demo_path, out, template=bomb))
    text = describe_error(refused.value)
    assert "kommunmall.dotx" in text and "60 MB" in text
    assert not out.exists()


def test_an_export_with_a_padded_template_does_not_carry_the_padding(tmp_path, demo_path):
    padded = samples.padded_template(tmp_path / "kommunmall.docx", padding_mb=8)
    out = run_job(ExportJob(Kind.CATALOGUE, demo_path, tmp_path / "katalog.docx", template=padded))
    with zipfile.ZipFile(out) as exported:
        names = exported.namelist()
        rels = exported.read("word/_rels/document.xml.rels").decode()
    assert not [name for name in names if "padding" in name or name.startswith("customXml")], names
    assert "rIdPadding" not in rels
    assert "word/styles.xml" in names and "word/footer1.xml" in names, "what the export uses is kept"
    assert out.stat().st_size < 200 * 1024, "the export is the size of its content, not the template's"


def test_a_template_at_the_limit_exports_in_bounded_memory(tmp_path):
    template = samples.template_with_body(tmp_path / "lång mall.docx", scaled(5, 55))
    result = samples.measure("template", template, tmp_path / "ut.docx", timeout=120)
    assert result["outcome"] == "ok" and result["peak_mb"] < LIMIT_MB, result
    with zipfile.ZipFile(tmp_path / "ut.docx") as exported:
        assert exported.getinfo("word/document.xml").file_size < 100 * 1024, "the sample body is left out"


def test_a_templates_logo_in_the_header_is_kept(tmp_path, demo_path):
    """Taking only the needed parts keeps what the template is for: the header and its logo."""
    import io

    from docx import Document
    from docx.shared import Cm
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QColor, QImage

    from facilitator.export.docx_base import builtin_template

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("darkblue"))
    png = QBuffer()
    png.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(png, "PNG")
    template = Document(str(builtin_template()))
    template.sections[0].header.paragraphs[0].add_run().add_picture(io.BytesIO(bytes(png.data())), width=Cm(3))
    template.save(str(tmp_path / "logga.dotx"))
    out = run_job(ExportJob(Kind.CATALOGUE, demo_path, tmp_path / "katalog.docx", template=tmp_path / "logga.dotx"))
    exported = Document(str(out))
    assert exported.sections[0].header.part.related_parts, "the header still shows its logo"
    with zipfile.ZipFile(out) as package:
        assert any(name.startswith("word/media/") for name in package.namelist())
