"""Text that reaches the service inside a file without being its visible body (issue 11, class 7): PDF form
field values, spreadsheet formulas with no cached value, documents embedded in OOXML, image text chunks."""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib

import openpyxl
import pytest
from docx import Document
from reportlab.pdfgen import canvas

from gateway.files import extract_file_text
from tests.support.documents import MY_NUMBER


def _text(segments) -> str:
    return "\n".join(s.text for s in segments)


def pdf_with_form(value: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "Application form")
    c.acroForm.textfield(name="mynumber", value=value, x=72, y=600, width=200, height=20)
    c.save()
    return buf.getvalue()


def xlsx_with_formula(formula: str) -> bytes:
    wb = openpyxl.Workbook()
    wb.active["A1"] = formula
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def docx_embedding(name: str, part: bytes) -> bytes:
    d = Document()
    d.add_paragraph("本文です")
    inner = io.BytesIO()
    d.save(inner)
    src = zipfile.ZipFile(io.BytesIO(inner.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n in src.namelist():
            z.writestr(n, src.read(n))
        z.writestr(f"word/embeddings/{name}", part)
    return out.getvalue()


def png_with_chunk(ctype: bytes, payload: bytes) -> bytes:
    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(ctype, payload)
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def test_pdf_form_field_values_are_read() -> None:
    assert MY_NUMBER in _text(extract_file_text(pdf_with_form(MY_NUMBER), "form.pdf", "application/pdf"))


def test_formula_literals_are_read_without_cached_values() -> None:
    text = _text(extract_file_text(xlsx_with_formula(f'="個人番号"&"{MY_NUMBER}"'), "a.xlsx", None))
    assert MY_NUMBER in text and "個人番号" in text


def test_documents_embedded_in_ooxml_are_read() -> None:
    inner = xlsx_with_formula(f'="{MY_NUMBER}"')
    assert MY_NUMBER in _text(extract_file_text(docx_embedding("Sheet1.xlsx", inner), "b.docx", None))


def test_ooxml_container_is_opened_once_by_the_gateway(monkeypatch: pytest.MonkeyPatch) -> None:
    """The embedded-document pass reads the container the format reader checked (ooxml.open_checked),
    never a second, unchecked ZipFile over the same bytes."""
    outer = docx_embedding("Sheet1.xlsx", xlsx_with_formula(f'="{MY_NUMBER}"'))
    opened: list[str] = []
    real_init = zipfile.ZipFile.__init__

    def counting_init(self, file, *args, **kwargs):  # type: ignore[no-untyped-def]
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if caller.startswith("gateway.") and isinstance(file, io.BytesIO) and file.getvalue() == outer:
            opened.append(caller)
        real_init(self, file, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", counting_init)
    assert MY_NUMBER in _text(extract_file_text(outer, "b.docx", None))
    assert opened.count("gateway.files.ooxml") == 1 and "gateway.files" not in opened  # (sniff reads names only)


def test_embedding_depth_is_bounded() -> None:
    doc = xlsx_with_formula('="x"')
    for i in range(4):
        doc = docx_embedding(f"d{i}.docx", doc)
    with pytest.raises(Exception, match="embedded too deep"):
        extract_file_text(doc, "deep.docx", None)


@pytest.mark.parametrize("ctype, payload", [
    (b"tEXt", b"Comment\x00" + f"My Number {MY_NUMBER}".encode()),
    (b"zTXt", b"Comment\x00\x00" + zlib.compress(f"My Number {MY_NUMBER}".encode())),
    (b"iTXt", b"Comment\x00\x00\x00ja\x00\x00" + f"個人番号 {MY_NUMBER}".encode()),
    (b"iTXt", b"Comment\x00\x01\x00ja\x00\x00" + zlib.compress(f"個人番号 {MY_NUMBER}".encode())),
])
def test_png_text_chunks_are_read(ctype: bytes, payload: bytes) -> None:
    assert MY_NUMBER in _text(extract_file_text(png_with_chunk(ctype, payload), "a.png", "image/png"))


def test_text_behind_an_image_signature_is_read() -> None:
    data = b"\x89PNG\r\n\x1a\n" + f"申請者の個人番号は{MY_NUMBER}です。".encode()
    assert MY_NUMBER in _text(extract_file_text(data, "x.png", "image/png"))


def test_file_names_are_never_labels() -> None:
    segs = extract_file_text(b"hello world", f"山田太郎_{MY_NUMBER}.txt", "text/plain")
    assert all(MY_NUMBER not in s.where for s in segs)
    assert any(MY_NUMBER in s.text for s in segs)  # the name itself is scanned
