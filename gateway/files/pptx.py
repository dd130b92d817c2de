"""PowerPoint (.pptx): text of every slide (shapes, tables, groups, footers), speaker notes, comments,
slide masters and document properties. python-pptx opens and validates the package and gives the
slide order; each slide's XML is then read whole so no shape type is skipped."""

from __future__ import annotations

import io
import re
import zipfile

import pptx

from gateway.decode import BodyError
from gateway.files import ooxml
from gateway.files.collect import Collector
from gateway.model import Reason


def extract(data: bytes, out: Collector) -> zipfile.ZipFile:
    """Read the document into ``out``; returns the checked container (the caller reads embedded parts)."""
    lim = out.limits
    zf = ooxml.open_checked(data, out.label, lim)
    out.add("properties", ooxml.properties(zf))
    prs = pptx.Presentation(io.BytesIO(data))
    slides = prs.slides
    if len(slides) > lim.max_pages:
        raise BodyError(Reason.OVERSIZE_BODY, f"{out.label}: {len(slides)} slides (limit {lim.max_pages})")
    for n, slide in enumerate(slides, 1):
        out.add(f"slide:{n}", ooxml.paragraphs(slide.element, "p", "t"))
        if slide.has_notes_slide:
            out.add(f"notes:{n}", ooxml.paragraphs(slide.notes_slide.element, "p", "t"))
    for name in sorted(zf.namelist()):
        if re.fullmatch(r"ppt/(comments|modernComments)/[^/]+\.xml", name):
            root = ooxml.read_xml(zf, name)
            if root is not None:
                out.add("comments", "\n".join(ooxml.texts(root, "text") + ooxml.texts(root, "t")))
        elif re.fullmatch(r"ppt/slideMasters/[^/]+\.xml", name):
            root = ooxml.read_xml(zf, name)
            if root is not None:
                out.add("master", ooxml.paragraphs(root, "p", "t"))
    return zf
