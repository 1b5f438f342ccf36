"""The Word structure every export shares: A4, template styles, heading styles, repeating
header rows, "Page X of Y", language, core properties, safe text, atomic saving."""

from __future__ import annotations

import os
import zipfile
from io import BytesIO

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from facilitator.export.docx_base import (
    A4_HEIGHT,
    A4_WIDTH,
    USED_STYLES,
    DocxWriter,
    Group,
    TemplateError,
    builtin_template,
    clean_text,
    open_template,
    write_atomically,
)

from . import check_package, headings, repeats_header, rows_text


def is_a4(section, landscape=False) -> bool:
    """A4 to the twip Word stores (1/1440 inch)."""
    width, height = (A4_HEIGHT, A4_WIDTH) if landscape else (A4_WIDTH, A4_HEIGHT)
    return abs(section.page_width - width) < Mm(0.1) and abs(section.page_height - height) < Mm(0.1)


def test_clean_text_removes_what_xml_forbids_and_keeps_what_people_write():
    hostile = "a\x00b\x01c\x08d\x0be\x0cf\x1fg\x7fh\ud800i\ufffej\uffff"
    assert clean_text(hostile) == "ab" + "c" + "d\ne\nf" + "g" + "h" + "i" + "j"
    kept = "Tab\there, emoji 🎉👩🏽‍🏫, عربي, עברית, ÅÄÖ åäö – “quotes”"
    assert clean_text(kept) == kept
    assert clean_text("one\r\ntwo\rthree\u2028four") == "one\ntwo\nthree\nfour"
    assert clean_text(None) == "" and clean_text(42) == "42"


def test_the_builtin_template_has_a4_swedish_styles_and_an_empty_body():
    document = Document(str(builtin_template()))
    section = document.sections[0]
    assert is_a4(section)
    for name in USED_STYLES:
        assert name in document.styles, name
    assert len(document.element.body) == 1  # only the section properties
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(".//" + qn("w:lang")).get(qn("w:val")) == "sv-SE"


def write_sample(path, template=None, language="sv-SE"):
    writer = DocxWriter(template, language)
    writer.title("Titel", "Undertitel")
    writer.heading("Första rubriken", 1)
    writer.paragraph("Brödtext")
    writer.heading("Andra rubriken", 2)
    writer.bullet("En punkt", lead="Idé:", tail="(prickar: 3)")
    writer.table(["Kolumn A", "Kolumn B"], [[f"rad {n}", ["rad", ("fet", "text")]] for n in range(60)] + [Group("Grupp")])
    writer.field_table([("Etikett", "värde")])
    writer.note("Inga risker antecknades.")
    writer.page_break()
    writer.heading("Ny sida", 1)
    return writer.save(path, "Dokumenttitel", author="Elin Åkesson", subject="Processen", keywords="ECCAR")


def test_a_document_has_real_structure(tmp_path):
    path = write_sample(tmp_path / "prov.docx")
    document = check_package(path)
    assert headings(document, 1) == ["Första rubriken", "Ny sida"]
    assert headings(document, 2) == ["Andra rubriken"]
    assert document.paragraphs[0].style.name == "Title"
    table = document.tables[0]
    assert repeats_header(table)
    assert rows_text(table)[2] == ["rad 1", "rad\nfet text"]
    assert rows_text(table)[-1] == ["Grupp", "Grupp"]  # one merged cell spans the row
    assert all(is_a4(section) for section in document.sections)
    footer = document.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    properties = document.core_properties
    assert (properties.title, properties.author, properties.subject, properties.language) == (
        "Dokumenttitel", "Elin Åkesson", "Processen", "sv-SE")
    langs = {lang.get(qn("w:val")) for lang in document.styles.element.iter(qn("w:lang"))}
    assert langs == {"sv-SE"}
    new_page = next(p for p in document.paragraphs if p.text == "Ny sida")
    assert new_page.paragraph_format.page_break_before


def test_english_documents_are_marked_english(tmp_path):
    document = Document(str(write_sample(tmp_path / "en.docx", language="en-GB")))
    assert document.core_properties.language == "en-GB"
    assert {lang.get(qn("w:val")) for lang in document.styles.element.iter(qn("w:lang"))} == {"en-GB"}


def municipal_template(path, dotx=False):
    """A municipality's own template: Letter size, its own font, a logo text in the header,
    placeholder text in the body, and no bullet or quote styles."""
    document = Document()
    for name in ("List Bullet", "Quote", "Caption", "Subtitle"):
        element = document.styles[name].element
        element.getparent().remove(element)
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(12)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(216), Mm(279)
    section.header.paragraphs[0].text = "EKBACKA KOMMUN – logotyp"
    document.add_paragraph("Skriv din text här")
    buffer = BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if dotx:
        out = BytesIO()
        with zipfile.ZipFile(BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
            for item in source.infolist():
                content = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = content.replace(b"document.main+xml", b"template.main+xml")
                target.writestr(item, content)
        data = out.getvalue()
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("dotx", [False, True], ids=["docx", "dotx"])
def test_a_municipal_template_gives_its_look_and_gets_the_missing_styles(tmp_path, dotx):
    template = municipal_template(tmp_path / ("mall.dotx" if dotx else "mall.docx"), dotx)
    document = check_package(write_sample(tmp_path / "ut.docx", template))
    assert document.styles["Normal"].font.name == "Georgia"
    assert document.sections[0].header.paragraphs[0].text == "EKBACKA KOMMUN – logotyp"
    assert "Skriv din text här" not in [p.text for p in document.paragraphs]
    assert is_a4(document.sections[0])
    for name in USED_STYLES:
        assert name in document.styles, name
    bullet = next(p for p in document.paragraphs if "En punkt" in p.text)
    assert bullet.style.name == "List Bullet" and bullet.text.startswith("•")  # her numbering is unknown


def test_a_template_that_already_numbers_pages_keeps_its_footer(tmp_path):
    document = Document(str(builtin_template()))
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.text = "Ekbacka kommun · sida "
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            element = run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind})
        else:
            element = run._r.makeelement(qn("w:instrText"), {})
            element.text = text
        run._r.append(element)
    template = tmp_path / "sidnummer.docx"
    document.save(str(template))
    out = Document(str(write_sample(tmp_path / "ut.docx", template)))
    footer = out.sections[0].footer._element.xml
    assert footer.count("PAGE") == 1 and "NUMPAGES" not in footer


def test_landscape_sections_become_a4_landscape(tmp_path):
    document = Document(str(builtin_template()))
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(279), Mm(216)
    template = tmp_path / "liggande.docx"
    document.save(str(template))
    out = Document(str(write_sample(tmp_path / "ut.docx", template)))
    assert is_a4(out.sections[0], landscape=True)


def test_templates_that_cannot_be_used_are_refused_clearly(tmp_path):
    with pytest.raises(TemplateError) as missing:
        open_template(tmp_path / "finns-inte.docx")
    assert missing.value.code == "not_found"
    text = tmp_path / "text.docx"
    text.write_text("inte ett Word-dokument")
    with pytest.raises(TemplateError) as not_docx:
        open_template(text)
    assert not_docx.value.code == "not_docx"
    folder = tmp_path / "mapp.docx"
    folder.mkdir()
    with pytest.raises(TemplateError) as unreadable:
        open_template(folder)
    assert unreadable.value.code == "unreadable"


def test_saving_replaces_the_file_whole_or_not_at_all(tmp_path, monkeypatch):
    target = tmp_path / "protokoll.docx"
    target.write_bytes(b"the old version")

    def failing_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_atomically(target, b"the new version")
    assert target.read_bytes() == b"the old version"
    assert [p.name for p in tmp_path.iterdir()] == ["protokoll.docx"]  # no temporary file left
    monkeypatch.undo()
    write_atomically(target, b"the new version")
    assert target.read_bytes() == b"the new version"
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)  # not the private mode of a temp file
