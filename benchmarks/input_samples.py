"""Inputs at the limits and past them (issue 14, bounded inputs), and a child process that
reads one and reports its peak memory. Used by benchmarks/bench_inputs.py and
tests/reliability/test_input_bombs.py.

    python -m benchmarks.input_samples list|template PATH [OUT]

prints one JSON line: {"outcome": "ok" | "<error code>", "seconds", "peak_mb", "rows"}.
``peak_mb`` is the child's own peak resident memory (ru_maxrss), the interpreter and its
libraries included.
"""

from __future__ import annotations

import io
import json
import random
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_OR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

_WORDS = ("Åsa", "Öberg", "Hodan", "Farah", "Goran", "Petrovic", "förening", "rådet", "Ekbacka",
          "samtal", "trygghet", "skola", "park", "buss", "bibliotek", "kvällar", "ungdomar", "och")


# -- registration lists ----------------------------------------------------------------------


def _xlsx_skeleton(archive: zipfile.ZipFile) -> None:
    archive.writestr("[Content_Types].xml", (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_CT}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>'))
    archive.writestr("_rels/.rels", (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PR}">'
        f'<Relationship Id="rId1" Type="{_OR}/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
    archive.writestr("xl/workbook.xml", (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_SS}" xmlns:r="{_OR}">'
        '<sheets><sheet name="Anmälda" sheetId="1" r:id="rId1"/></sheets></workbook>'))
    archive.writestr("xl/_rels/workbook.xml.rels", (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PR}">'
        f'<Relationship Id="rId1" Type="{_OR}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'))


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def xlsx_list(path: Path, rows: int, names_only: bool = False) -> Path:
    """A plain workbook: a header and ``rows`` participants (name, organisation, e-mail; or
    only names), written as Excel does (inline strings here), one row after another."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        _xlsx_skeleton(archive)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_SS}"><sheetData>'.encode())
            sheet.write(('<row r="1">' + _inline("A1", "Namn") + _inline("B1", "Organisation")
                         + _inline("C1", "E-post") + "</row>").encode())
            chunk = []
            for i in range(rows):
                r = i + 2
                cells = _inline(f"A{r}", f"Åsa Öberg {i}")
                if not names_only:
                    cells += _inline(f"B{r}", f"Förening {i % 97}") + _inline(f"C{r}", f"asa{i}@example.se")
                chunk.append(f'<row r="{r}">{cells}</row>')
                if len(chunk) == 5000:
                    sheet.write("".join(chunk).encode())
                    chunk = []
            sheet.write("".join(chunk).encode())
            sheet.write(b"</sheetData></worksheet>")
    return path


def xlsx_bomb(path: Path, unpacked_mb: int = 400) -> Path:
    """A few hundred KB that unpack to ``unpacked_mb`` MB of one sheet's rows."""
    row = b'<row><c t="inlineStr"><is><t>A</t></is></c></row>' * 20000
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        _xlsx_skeleton(archive)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_SS}"><sheetData>'.encode())
            for _ in range(unpacked_mb * 1024 * 1024 // len(row)):
                sheet.write(row)
            sheet.write(b"</sheetData></worksheet>")
    return path


def csv_list(path: Path, rows: int, target_bytes: int = 0, names_only: bool = False) -> Path:
    """A Swedish Excel CSV of ``rows`` participants; with ``target_bytes``, a comment column
    (ignored by the import) fills the file to about that size."""
    rng = random.Random(14)
    pad = max(0, target_bytes // max(rows, 1) - 60)
    with open(path, "w", encoding="cp1252", newline="") as out:
        out.write("Namn;Organisation;E-post;Kommentar\r\n")
        for i in range(rows):
            if names_only:
                out.write(f"Åsa Öberg {i}\r\n")
                continue
            comment = " ".join(rng.choices(_WORDS, k=pad // 7 + 1))[:pad] if pad else ""
            out.write(f"Åsa Öberg {i};Förening {i % 97};asa{i}@example.se;{comment}\r\n")
    return path


# -- Word templates ---------------------------------------------------------------------------


def _builtin_template_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(ROOT / "facilitator" / "resources" / "templates" / "facilitator.docx") as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def template_with_body(path: Path, body_mb: float) -> Path:
    """Our template with a sample body of about ``body_mb`` MB of varied text (left out of
    every export, but read)."""
    parts = _builtin_template_parts()
    document = parts["word/document.xml"].decode()
    start, end = document.index("<w:body>") + len("<w:body>"), document.index("<w:sectPr")
    rng = random.Random(14)
    paragraphs = []
    size = 0
    while size < body_mb * 1024 * 1024:
        text = " ".join(rng.choices(_WORDS, k=40)) + f" {rng.randrange(10**9)}"
        paragraph = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
        paragraphs.append(paragraph)
        size += len(paragraph)
    parts["word/document.xml"] = (document[:start] + "".join(paragraphs) + document[end:]).encode()
    _write_parts(path, parts)
    return path


def padded_template(path: Path, padding_mb: int = 8) -> Path:
    """Our template with ``padding_mb`` MB of incompressible bytes in a part nothing uses: a
    picture the document points to but never shows, and an extra part nothing points to."""
    parts = _builtin_template_parts()
    padding = random.Random(14).randbytes(padding_mb * 1024 * 1024 // 2)
    parts["word/media/padding.png"] = padding
    parts["customXml/padding.bin"] = padding
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
        f'<Relationship Id="rIdPadding" Type="{_OR}/image" Target="media/padding.png"/></Relationships>')).encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace("</Types>", (
        '<Default Extension="png" ContentType="image/png"/>'
        '<Default Extension="bin" ContentType="application/octet-stream"/></Types>')).encode()
    _write_parts(path, parts)
    return path


def template_bomb(path: Path, unpacked_mb: int = 400) -> Path:
    """About 1 MB that would unpack to ``unpacked_mb`` MB of document body."""
    parts = _builtin_template_parts()
    document = parts.pop("word/document.xml").decode()
    start, end = document.index("<w:body>") + len("<w:body>"), document.index("<w:sectPr")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
        with archive.open("word/document.xml", "w", force_zip64=True) as stream:
            stream.write(document[:start].encode())
            paragraph = b"<w:p><w:r><w:t>A</w:t></w:r></w:p>" * 30000
            for _ in range(unpacked_mb * 1024 * 1024 // len(paragraph)):
                stream.write(paragraph)
            stream.write(document[end:].encode())
    return path


def _write_parts(path: Path, parts: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


# -- measuring in a child process --------------------------------------------------------------


def measure(kind: str, path: Path, out: Path | None = None, timeout: float = 300) -> dict:
    """Reads ``path`` in a fresh Python process; its outcome, time and peak memory."""
    command = [sys.executable, "-m", "benchmarks.input_samples", kind, str(path)]
    if out is not None:
        command.append(str(out))
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    if done.returncode != 0:
        raise RuntimeError(f"the child failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _child(kind: str, path: Path, out: Path | None) -> dict:
    rows = 0
    started = time.perf_counter()
    if kind == "list":
        from facilitator.importers.registration_list import RegistrationListError, read_registration_list

        try:
            preview = read_registration_list(path)
            outcome, rows = "ok", len(preview.drafts)
        except RegistrationListError as error:
            outcome = error.code
    else:
        from facilitator.export.docx_base import DocxWriter, TemplateError

        try:
            writer = DocxWriter(path)
            writer.heading("Protokoll")
            writer.paragraph("Mötet öppnades.")
            writer.save(out or path.with_name("ut.docx"), "Protokoll")
            outcome = "ok"
        except TemplateError as error:
            outcome = error.code
    seconds = time.perf_counter() - started
    return {"outcome": outcome, "seconds": seconds, "peak_mb": round(peak_memory_mb(), 1), "rows": rows}


def peak_memory_mb() -> float:
    """This process's peak resident memory. On Linux VmHWM, which starts afresh at exec
    (ru_maxrss would keep the high-water mark of the parent that forked it)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


if __name__ == "__main__":
    sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8")
    arguments = sys.argv[1:]
    print(json.dumps(_child(arguments[0], Path(arguments[1]), Path(arguments[2]) if len(arguments) > 2 else None)))
