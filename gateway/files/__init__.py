"""File text extraction: the bytes of an uploaded file → the text a user sends, as ``Segment``s.

One module per format (``docx``, ``xlsx``, ``pptx``, ``pdf``, ``text`` for csv/txt/md/json, ``html``).
The format is detected by magic bytes first, then content type and file name (``sniff``). Document
properties, headers/footers, sheet names, comments and speaker notes are read too: that is where
markings such as 機密性２ usually sit.

Fail closed: an encrypted, password-protected, unparseable or unsupported document raises
``BodyError(Reason.UNSCANNABLE_FILE)``; a file over a size, page, sheet, cell or character cap raises
``BodyError(Reason.OVERSIZE_BODY)``. Images (and audio/video) are skipped: OCR is out of scope.
"""

from __future__ import annotations

import re
import zipfile
from typing import Any

from gateway.decode import BodyError
from gateway.files import media
from gateway.files.collect import Collector, FileLimits, unscannable
from gateway.files.sniff import Kind, sniff
from gateway.model import Reason, Segment

__all__ = ["Collector", "FileLimits", "extract_file_text", "unscannable"]


def masked_name(filename: str | None) -> str:
    """A file's label for messages and logs: its extension only (``*.xlsx``), never the name itself."""
    name = (filename or "").strip()
    ext = name.rsplit(".", 1)[1] if "." in name else ""
    return f"*.{ext.lower()}" if ext and ext.isascii() and ext.isalnum() and len(ext) <= 8 else "upload"


MAX_EMBED_DEPTH = 2  # an OOXML document inside a document inside a document
_EMBEDDED = re.compile(r"(?:word|xl|ppt)/embeddings/[^/]+")


def extract_file_text(
    data: bytes, filename: str | None, content_type: str | None, limits: Any | None = None, *, _depth: int = 0
) -> list[Segment]:
    """All text of one file. Raises ``BodyError`` (UNSCANNABLE_FILE / OVERSIZE_BODY) to block."""
    lim = FileLimits.from_policy(limits)
    label = masked_name(filename)  # file names carry personal data (山田太郎_個人番号.xlsx): never in a log
    if len(data) > lim.max_file_bytes:
        raise BodyError(Reason.OVERSIZE_BODY, f"{label}: file exceeds {lim.max_file_bytes} bytes")
    out = Collector(label, lim)
    if filename:
        out.add("name", filename)  # names often carry personal data (山田太郎_個人番号.xlsx)
    if not data:
        return out.segments
    kind = sniff(data, filename, content_type)
    try:
        zf = _extract(kind, data, content_type, out)
        if zf is not None:  # OOXML: the container its reader opened and bounded (ooxml.open_checked)
            with zf:
                _embedded(zf, limits, out, _depth)
    except BodyError:
        raise
    except RecursionError:
        raise unscannable(label, "document nesting too deep") from None
    except Exception as e:  # any parser failure on an untrusted file: unscannable, never a pass
        raise unscannable(label, f"cannot parse {kind.value}: {type(e).__name__}") from None
    return out.segments


def _embedded(zf: zipfile.ZipFile, limits: Any | None, out: Collector, depth: int) -> None:
    """Documents embedded in an OOXML document (word/embeddings/…): read like any upload, bounded in depth.
    ``zf`` is the container already opened and bounded by ``ooxml.open_checked`` (never opened twice).
    Legacy OLE objects (.bin) cannot be parsed: their readable text runs are scanned instead."""
    for name in zf.namelist():
        if not _EMBEDDED.fullmatch(name):
            continue
        part = zf.read(name)  # sizes were checked when the container was opened (ooxml.open_checked)
        if depth >= MAX_EMBED_DEPTH:
            raise unscannable(out.label, "documents embedded too deep")
        if sniff(part, name) is Kind.ENCRYPTED:
            for i, run in enumerate(media.text_runs(part)):
                out.add(f"embedded:{i}", run)
            continue
        for seg in extract_file_text(part, name.rsplit("/", 1)[1], None, limits, _depth=depth + 1):
            out.add(f"embedded:{seg.where.split('#', 1)[-1]}", seg.text)


def _extract(kind: Kind, data: bytes, content_type: str | None, out: Collector) -> zipfile.ZipFile | None:
    """Read one file into ``out``; an OOXML reader returns its checked container (for embedded documents)."""
    if kind is Kind.DOCX:
        from gateway.files import docx  # lazy: start-up time (its parser library loads on first use)

        return docx.extract(data, out)
    if kind is Kind.XLSX:
        from gateway.files import xlsx  # lazy: start-up time (its parser library loads on first use)

        return xlsx.extract(data, out)
    if kind is Kind.PPTX:
        from gateway.files import pptx  # lazy: start-up time (its parser library loads on first use)

        return pptx.extract(data, out)
    if kind is Kind.PDF:
        from gateway.files import pdf  # lazy: start-up time (its parser library loads on first use)

        pdf.extract(data, out)
    elif kind is Kind.HTML:
        from gateway.files import html  # lazy: start-up time (its parser library loads on first use)

        html.extract(data, content_type, out)
    elif kind in (Kind.TEXT, Kind.CSV, Kind.MARKDOWN, Kind.JSON):
        from gateway.files import text  # lazy: start-up time (its parser library loads on first use)

        text.extract(kind, data, content_type, out)
    elif kind is Kind.MEDIA:  # no OCR / speech recognition; metadata chunks and readable runs are scanned
        media.extract(data, out)
    elif kind is Kind.ENCRYPTED:
        raise unscannable(out.label, "encrypted or password-protected document")
    else:
        raise unscannable(out.label, f"unsupported file format ({kind.value})")
    return None
