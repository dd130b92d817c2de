"""PDF: document information (title, subject, author, keywords, creator) and the text of
every page (headers and footers are page text). Encrypted PDFs are read only when they open with
an empty user password (owner-password-only "protected" PDFs); otherwise they are unscannable, as
is a PDF whose pages hold no extractable text (scanned images: no OCR)."""

from __future__ import annotations

import io
import logging

import pypdf
from pypdf.errors import FileNotDecryptedError, PdfReadError

from gateway.decode import BodyError
from gateway.files.collect import Collector, unscannable
from gateway.model import Reason

INFO_KEYS = ("/Title", "/Subject", "/Author", "/Keywords", "/Creator", "/Comments", "/Company")
logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-file warnings are not ours to print


def extract(data: bytes, out: Collector) -> None:
    # complexity: one pass over an untrusted PDF — decryption, page cap, properties, form values, pages,
    # annotations — each guarded separately so one broken part never hides the others
    lim = out.limits
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (NotImplementedError, PdfReadError, FileNotDecryptedError):
                ok = 0
            if not ok:
                raise unscannable(out.label, "password-protected PDF")
        pages = reader.pages
        count = len(pages)
    except (PdfReadError, FileNotDecryptedError) as e:
        raise unscannable(out.label, f"unreadable PDF: {type(e).__name__}") from None
    if count > lim.max_pages:
        raise BodyError(Reason.OVERSIZE_BODY, f"{out.label}: {count} pages (limit {lim.max_pages})")
    info = reader.metadata or {}
    meta = []
    for key in INFO_KEYS:
        value = info.get(key)
        if value:
            meta.append(str(value))
    out.add("properties", "\n".join(meta))
    form = _form_values(reader)
    out.add("form", "\n".join(form))  # AcroForm field values: what was typed into the form
    found = 0
    for n, page in enumerate(pages, 1):
        text = page.extract_text() or ""
        if text.strip():
            found += 1
        out.add(f"page:{n}", text)
        annots = page.get("/Annots")
        if annots:
            notes = []
            for a in annots:
                obj = a.get_object()
                contents = obj.get("/Contents") if hasattr(obj, "get") else None
                if contents:
                    notes.append(str(contents))
            out.add(f"annotations:{n}", "\n".join(notes))
    if count and not found and not form:
        raise unscannable(out.label, "PDF pages carry no text (scanned image; OCR is not available)")


def _form_values(reader: pypdf.PdfReader) -> list[str]:
    try:
        fields = reader.get_fields() or {}
    except Exception:  # noqa: BLE001 - a broken form dictionary: the pages are still read
        return []
    values = []
    for name, field in list(fields.items())[:10_000]:
        value = field.get("/V") if hasattr(field, "get") else None
        if value not in (None, ""):
            values.append(f"{name}: {value}")
    return values
