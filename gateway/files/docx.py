"""Word (.docx): body (tables, text boxes, tracked deletions), headers, footers, foot/endnotes,
comments and document properties. python-docx opens and validates the package; the parts are
then read as XML so that no text-bearing part is skipped."""

from __future__ import annotations

import io
import re
import zipfile

import docx

from gateway.files import ooxml
from gateway.files.collect import Collector

AUX_PARTS = (
    (re.compile(r"word/header\d*\.xml"), "header"),
    (re.compile(r"word/footer\d*\.xml"), "footer"),
    (re.compile(r"word/footnotes\.xml"), "footnotes"),
    (re.compile(r"word/endnotes\.xml"), "endnotes"),
    (re.compile(r"word/comments\w*\.xml"), "comments"),
)


def extract(data: bytes, out: Collector) -> zipfile.ZipFile:
    """Read the document into ``out``; returns the checked container (the caller reads embedded parts)."""
    zf = ooxml.open_checked(data, out.label, out.limits)
    document = docx.Document(io.BytesIO(data))
    out.add("properties", ooxml.properties(zf))
    body = document.element.body
    out.add("body", ooxml.paragraphs(body, "p", "t"))
    out.add("deleted", "\n".join(ooxml.texts(body, "delText")))
    for name in sorted(zf.namelist()):
        for rx, part in AUX_PARTS:
            if rx.fullmatch(name):
                root = ooxml.read_xml(zf, name)
                if root is not None:
                    out.add(part, ooxml.paragraphs(root, "p", "t"))
                break
    return zf
