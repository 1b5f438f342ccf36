"""Importing a registration list through the preview dialog: all or nothing, undoable."""

from openpyxl import Workbook

from facilitator.domain.entities import AttendanceEntry, Organisation, Participant

SWEDISH_EXCEL_CSV = (
    "Förnamn;Efternamn;Organisation;Kategori;Roll;E-post\r\n"
    "Åsa;Öberg;Socialförvaltningen;Tjänsteperson;Bordsvärd;asa.oberg@ekbacka.example\r\n"
    "Jukka;Mäkinen;Somaliska föreningen;Förening;;\r\n"
    ";;Ingen;;;\r\n"
    "Ängla;Ek;Vision;Astronaut;;\r\n"
    "Åsa;Öberg;Socialförvaltningen;Tjänsteperson;;\r\n"
    "Olle;Åkesson;;Invånare;;inte-en-adress\r\n"
)


def test_swedish_excel_csv_preview_then_import_and_undo(qtbot, opened, tmp_path):
    path = tmp_path / "anmälningar.csv"
    path.write_bytes(SWEDISH_EXCEL_CSV.encode("cp1252"))
    meeting_id = opened.add_meeting("world_cafe", "Café", "2027-03-03")
    dialog = opened.preview_import(path, meeting_id)
    qtbot.addWidget(dialog)
    preview = dialog.preview
    assert preview.encoding == "cp1252" and preview.delimiter == ";"
    assert [d.name for d in preview.drafts] == ["Åsa Öberg", "Jukka Mäkinen"]
    assert dialog.problems.rowCount() == 4  # no name, unknown category, duplicate, bad e-mail
    reasons = {dialog.problems.item(r, 1).text() for r in range(dialog.problems.rowCount())}
    assert any("Astronaut" in text for text in reasons)
    assert dialog.rows.rowCount() == 2
    assert opened.document.store.count(Participant) == 0, "nothing is written before the import is confirmed"

    dialog.accept()
    from facilitator.ui.meeting import meeting_edits as edits

    assert edits.import_participants(opened.document, preview, meeting_id) == 2
    store = opened.document.store
    assert sorted(p.name for p in store.list(Participant)) == ["Jukka Mäkinen", "Åsa Öberg"]
    assert {o.name for o in store.list(Organisation)} == {"Socialförvaltningen", "Somaliska föreningen"}
    roles = {a.role for a in store.list(AttendanceEntry, "meeting_id = ?", (meeting_id,))}
    assert roles == {"table_host", "participant"}
    assert "Import 2 participant(s)" in opened.undo_action.text()
    opened.undo()
    assert store.count(Participant) == 0 and store.count(Organisation) == 0 and store.count(AttendanceEntry) == 0
    opened.redo()
    assert store.count(Participant) == 2


def test_xlsx_import_through_the_window(qtbot, monkeypatch, opened, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Namn", "Organisation", "Telefon"])
    sheet.append(["Hodan Farah", "Integrationsrådet", 701234567])
    sheet.append(["Goran Petrović", "Ekbackahem AB", None])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    monkeypatch.setattr("facilitator.ui.meeting.import_dialog.ImportDialog.exec", lambda self: True)
    assert opened.import_participants(path, None) == 2
    assert opened.document.store.count(Participant) == 2


def test_broken_file_gets_a_clear_message(opened, tmp_path):
    path = tmp_path / "bild.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert opened.import_participants(path, None) == 0
    assert "cannot be read" in opened.error_box.text()
    assert opened.document.store.count(Participant) == 0


def test_a_list_goes_into_a_chosen_meeting_in_one_step(qtbot, monkeypatch, opened, tmp_path):
    """Imported from anywhere, the preview offers every meeting; the one chosen gets everyone,
    in the same undo step as the import (issue 15: a café for 20 from an Excel list)."""
    path = tmp_path / "anmälningar.csv"
    path.write_bytes(SWEDISH_EXCEL_CSV.encode("cp1252"))
    opened.add_meeting("workshop", "Workshop 1", "2027-02-01")
    cafe = opened.add_meeting("world_cafe", "Café", "2027-03-03")
    opened.view.tabs.setCurrentIndex(1)  # the register: no meeting is implied
    dialog = opened.preview_import(path, None)
    qtbot.addWidget(dialog)
    assert dialog.meeting.count() == 2 and not dialog.add_to_meeting.isChecked()
    assert dialog.target_meeting() is None
    dialog.add_to_meeting.setChecked(True)
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(cafe))
    monkeypatch.setattr(opened, "preview_import", lambda *_args: dialog)
    monkeypatch.setattr(dialog, "exec", lambda: True)
    assert opened.import_participants(path, None) == 2
    store = opened.document.store
    assert store.count(AttendanceEntry, "meeting_id = ?", (cafe,)) == 2
    opened.undo()
    assert store.count(Participant) == 0 and store.count(AttendanceEntry) == 0


def test_everyone_shown_is_chosen_at_once_in_the_add_dialog(qtbot, opened):
    from facilitator.ui.common.dialogs import AddAttendeesDialog
    from facilitator.ui.meeting import meeting_edits as edits

    cafe = opened.add_meeting("world_cafe", "Café", "2027-03-03")
    for name in ("Anna Berg", "Bo Ek", "Cecilia Al", "Anders Ö"):
        assert edits.add_participant(opened.document, name)
    P = Participant
    dialog = AddAttendeesDialog(opened.document, cafe, opened)
    qtbot.addWidget(dialog)
    dialog.filter.setText("an")
    dialog.all_button.click()
    assert sorted(opened.document.store.get(P, i).name for i in dialog.chosen_ids()) == ["Anders Ö", "Anna Berg"]
    dialog.filter.setText("")
    dialog.all_button.click()
    assert len(dialog.chosen_ids()) == 4 and "4" in dialog.count.text()
    dialog.none_button.click()
    assert dialog.chosen_ids() == []


def test_the_preview_shows_names_and_organisations_whole(qtbot, opened, tmp_path):
    """One line per row; a name and an organisation of usual length are not cut."""
    path = tmp_path / "lista.csv"
    path.write_text("Förnamn;Efternamn;Organisation\nAbdirahman;Warsame;Somaliska föreningen i Ekbacka\n"
                    "Anna;Andersson;Kommunledningskontoret\n", encoding="utf-8")
    dialog = opened.preview_import(path, None)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.rows
    assert not table.wordWrap()
    for row in range(table.rowCount()):
        for column in (1, 2):
            text = table.item(row, column).text()
            assert table.fontMetrics().horizontalAdvance(text) < table.columnWidth(column), text
