"""Which format a file is: magic bytes first, then content type, then file name."""

from __future__ import annotations

import enum
import io
import zipfile

from gateway.decode import BodyError, decode_text


class Kind(enum.StrEnum):
    DOCX = "docx"
    XLSX = "xlsx"
    PPTX = "pptx"
    PDF = "pdf"
    HTML = "html"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    TEXT = "text"
    MEDIA = "media"  # image/audio/video: skipped (no OCR)
    ENCRYPTED = "encrypted"  # OLE2 container: encrypted OOXML, or a legacy binary .doc/.xls/.ppt
    ZIP = "zip"  # a zip that is not an OOXML document
    BINARY = "binary"


MEDIA_MAGIC = (
    b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*",
    b"ID3", b"OggS", b"fLaC", b"\x1aE\xdf\xa3",
)
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OOXML_MAIN = {"word/document.xml": Kind.DOCX, "xl/workbook.xml": Kind.XLSX, "ppt/presentation.xml": Kind.PPTX}
BY_EXTENSION = {
    "docx": Kind.DOCX, "docm": Kind.DOCX, "xlsx": Kind.XLSX, "xlsm": Kind.XLSX, "pptx": Kind.PPTX,
    "pptm": Kind.PPTX, "pdf": Kind.PDF, "html": Kind.HTML, "htm": Kind.HTML, "xhtml": Kind.HTML,
    "json": Kind.JSON, "jsonl": Kind.TEXT, "csv": Kind.CSV, "tsv": Kind.CSV, "md": Kind.MARKDOWN,
    "markdown": Kind.MARKDOWN, "txt": Kind.TEXT, "text": Kind.TEXT, "log": Kind.TEXT,
}
BY_TYPE = {
    "application/pdf": Kind.PDF, "text/html": Kind.HTML, "application/xhtml+xml": Kind.HTML,
    "application/json": Kind.JSON, "text/csv": Kind.CSV, "text/tab-separated-values": Kind.CSV,
    "text/markdown": Kind.MARKDOWN, "text/x-markdown": Kind.MARKDOWN, "text/plain": Kind.TEXT,
}


def _media(data: bytes) -> bool:
    if data.startswith(MEDIA_MAGIC):
        return True
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return True
    if data[4:8] == b"ftyp":  # mp4 / mov / heic / avif
        return True
    return data[:2] == b"\xff\xfb" or data[:2] == b"\xff\xf3"  # mp3 frames


def _zip_kind(data: bytes) -> Kind:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return Kind.BINARY
    for main, kind in OOXML_MAIN.items():
        if main in names:
            return kind
    return Kind.ZIP


def _declared(filename: str | None, content_type: str | None) -> Kind | None:
    ctype = (content_type or "").split(";", 1)[0].strip().lower()
    if ctype in BY_TYPE:
        return BY_TYPE[ctype]
    if ctype.endswith("+json"):
        return Kind.JSON
    if filename and "." in filename:
        return BY_EXTENSION.get(filename.rsplit(".", 1)[1].lower())
    return None


def magic(data: bytes) -> Kind | None:
    """The format by magic bytes alone; None for anything else (text, unknown binary)."""
    head = data[:16]
    if head.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return Kind.PDF
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(data)
    if head.startswith(OLE2_MAGIC):
        return Kind.ENCRYPTED
    if _media(data) and _binaryish(data[:1024]):
        return Kind.MEDIA  # never skip a body that reads as text ("BMI…", "ID3…")
    return None


def _binaryish(chunk: bytes) -> bool:
    if b"\x00" in chunk:
        return True
    try:
        chunk.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start < len(chunk) - 4  # not just a character cut at the end
    return False


def sniff(data: bytes, filename: str | None = None, content_type: str | None = None) -> Kind:
    if (kind := magic(data)) is not None:
        return kind
    ctype = (content_type or "").split(";", 1)[0].strip().lower()
    if ctype.startswith(("image/", "audio/", "video/")) and _binaryish(data[:1024]):
        return Kind.MEDIA
    declared = _declared(filename, content_type)
    if declared in (Kind.DOCX, Kind.XLSX, Kind.PPTX, Kind.PDF):
        return Kind.BINARY  # says it is a document, but the bytes are not: cannot be read
    if declared is not None:
        return declared
    try:
        text = decode_text(data[:65536])
    except BodyError:
        # a cut in the middle of a multi-byte character: judge on the whole file
        try:
            text = decode_text(data)
        except BodyError:
            return Kind.BINARY
    t = text.lstrip()[:512].lower()
    if t.startswith(("<!doctype html", "<html")) or "<html" in t[:200]:
        return Kind.HTML
    if t[:1] in ("{", "["):
        return Kind.JSON
    return Kind.TEXT
