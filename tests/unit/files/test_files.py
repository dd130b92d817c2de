"""gateway.files: every place a marking can sit is read; unreadable files are unscannable; bounds hold."""

from __future__ import annotations

import base64
import io
import json
import zipfile

import pytest

from gateway.decode import BodyError
from gateway.extract import extract_prompt
from gateway.files import FileLimits, extract_file_text
from gateway.files.multipart import parse
from gateway.files.sniff import Kind, magic, sniff
from gateway.model import Reason
from tests.support.documents import MY_NUMBER, docx_bytes, pdf_bytes, pptx_bytes, xlsx_bytes


def parts(data: bytes, name: str | None = None, ctype: str | None = None, limits=None) -> dict[str, str]:
    return {s.where.split("#", 1)[1]: s.text for s in extract_file_text(data, name, ctype, limits)}


def test_docx_body_table_header_footer_properties():
    got = parts(docx_bytes("本文M1", header="ヘッダーM2", footer="フッターM3", title="題名M4",
                           table=[["個人番号", MY_NUMBER]]), "a.docx")
    assert "本文M1" in got["body"] and MY_NUMBER in got["body"]
    assert got["header"] == "ヘッダーM2" and got["footer"] == "フッターM3"
    assert "題名M4" in got["properties"]
    assert got["name"] == "a.docx"


def test_xlsx_cells_sheet_names_header_comment():
    got = parts(xlsx_bytes([["氏名", "個人番号"], ["山田", int(MY_NUMBER)]], sheet="職員M1", header="機密性２",
                           comment="注記M2", title="題名M3"), "b.xlsx")
    assert MY_NUMBER in got["sheet:職員M1"]  # an integer cell, not 5.26e11
    assert "職員M1" in got["sheet_names"] and got["header_footer"] == "機密性２"
    assert "注記M2" in got["comments"] and "題名M3" in got["properties"]


def test_pptx_slides_and_notes():
    got = parts(pptx_bytes("スライドM1", notes="ノートM2"), "c.pptx")
    assert "スライドM1" in got["slide:1"] and got["notes:1"] == "ノートM2"


def test_pdf_header_text_and_metadata():
    got = parts(pdf_bytes(["本文M1"], header="機密性２", title="題名M2"), "d.pdf")
    assert "機密性２" in got["page:1"] and "本文M1" in got["page:1"]
    assert "題名M2" in got["properties"]


def test_password_pdf_is_unscannable():
    with pytest.raises(BodyError) as ei:
        extract_file_text(pdf_bytes(["x"], password="pw"), "e.pdf", None)
    assert ei.value.reason is Reason.UNSCANNABLE_FILE


@pytest.mark.parametrize("data", [
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,  # OLE2: encrypted OOXML or legacy .doc
    b"%PDF-1.7\n garbage",  # broken PDF
    b"PK\x03\x04 not really a zip",
    b"\x00\x01\x02\x03\xff\xfe binary",
])
def test_unreadable_files_are_unscannable(data):
    with pytest.raises(BodyError) as ei:
        extract_file_text(data, "x.docx", None)
    assert ei.value.reason is Reason.UNSCANNABLE_FILE


def test_docx_extension_on_text_is_still_read_by_content():
    assert sniff("機密性２".encode(), "a.txt", None) is Kind.TEXT
    assert sniff(docx_bytes("x"), "a.pdf", "application/pdf") is Kind.DOCX  # magic wins over the name


def test_zip_bomb_is_refused_before_parsing():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<a/>" + b" " * (2 * 1024 * 1024))
    with pytest.raises(BodyError) as ei:
        extract_file_text(buf.getvalue(), "bomb.docx", None, FileLimits(max_unpacked_bytes=1024 * 1024))
    assert ei.value.reason is Reason.OVERSIZE_BODY


def test_size_and_cell_caps():
    with pytest.raises(BodyError) as ei:
        extract_file_text(b"x" * 2000, "a.txt", None, FileLimits(max_file_bytes=1000))
    assert ei.value.reason is Reason.OVERSIZE_BODY
    with pytest.raises(BodyError):
        extract_file_text(xlsx_bytes([[1, 2, 3]] * 50), "a.xlsx", None, FileLimits(max_cells=100))


@pytest.mark.parametrize("encoding", ["shift_jis", "cp932", "euc_jp"])
def test_japanese_text_files(encoding):
    got = parts("機密性２\n人事異動の内示（案）について\n".encode(encoding), "memo.txt")
    assert "機密性２" in got["text"]


def test_html_and_json_files():
    got = parts("<html><body><p>機<b>密</b>性２</p><img alt='写真M1'></body></html>".encode(), "a.html")
    assert "機密性２" in got["html"] and "写真M1" in got["attributes"]
    assert parts(b'{"a": "\\u6a5f\\u5bc6\\u6027\\uff12"}', "a.json")["json"] == "機密性２"


def test_images_are_skipped_but_text_starting_like_magic_is_not():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64
    assert extract_file_text(png, None, "image/png") == []
    assert magic("BMI 計算の表 機密性２".encode()) is None
    assert "機密性２" in parts("BMI 計算の表 機密性２".encode(), None)["text"]


def test_multipart_keeps_binary_parts_byte_exact_and_reads_files():
    doc = docx_bytes(f"個人番号 {MY_NUMBER}")
    body = (b'--B\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nassistants\r\n'
            b'--B\r\nContent-Disposition: form-data; name="file"; filename="r.docx"\r\n'
            b"Content-Type: application/octet-stream\r\n\r\n" + doc + b"\r\n--B--\r\n")
    ps = parse("multipart/form-data; boundary=B", body)
    assert ps[1].data == doc and ps[1].filename == "r.docx"
    segs = extract_prompt("file_upload", body, "multipart/form-data; boundary=B").segments
    assert segs[0].text == "assistants"
    assert any(MY_NUMBER in s.text and s.where.startswith("multipart.file:file:*.docx#") for s in segs)


def test_raw_upload_body_and_embedded_files_in_json():
    pdf = pdf_bytes(["機密性２"])
    assert any("機密性２" in s.text for s in extract_prompt("file_upload", pdf, "application/pdf").segments)
    assert any("機密性２" in s.text for s in extract_prompt("json_strings", pdf, "application/octet-stream").segments)
    b64 = base64.b64encode(pdf).decode()
    bodies = [
        {"messages": [{"role": "user", "content": [{"type": "file", "file": {
            "file_data": f"data:application/pdf;base64,{b64}", "filename": "a.pdf"}}]}]},
        {"messages": [{"role": "user", "content": [{"type": "document", "source": {
            "type": "base64", "media_type": "application/pdf", "data": b64}}]}]},
        {"contents": [{"parts": [{"inlineData": {"mimeType": "text/plain",
                                                 "data": base64.b64encode("機密性２の資料です".encode() * 8).decode()}}]}]},
    ]
    for doc in bodies:
        segs = extract_prompt("json_strings", json.dumps(doc).encode(), "application/json").segments
        assert any("機密性２" in s.text for s in segs), doc
        assert not any(s.text.endswith(b64) for s in segs)  # the base64 itself is not scanned as text
