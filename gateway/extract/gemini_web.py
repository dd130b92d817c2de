"""Gemini web (gemini.google.com ``…/BardFrontendService/StreamGenerate`` and ``batchexecute``).

The body is a form ``f.req=<json>&at=<xsrf>``; the extractor receives the form as a dict whose
JSON-looking values are parsed. ``StreamGenerate``: ``f.req = [null, "<inner>"]``, prompt at
``inner[0][0]``, file names at ``inner[0][3][*][1]``. ``batchexecute`` calls (history, gem
instructions) have no known fixed shape: the generic walker reads every string in them.
Shapes: SERVICES.md §3.1 (array indexes change; the generic walker reads every other string).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.extract._util import at, form_inner, text
from gateway.model import Segment

W = "form.f.req[1]<json>"


def extract(doc: Any) -> Iterator[Segment]:
    inner = form_inner(doc)
    if isinstance(inner, list):
        yield from text(at(inner, 0, 0), f"{W}[0][0]")
        for i, f in enumerate(at(inner, 0, 3) or []):
            yield from text(at(f, 1), f"{W}[0][3][{i}][1]")
