"""Grok web (grok.com ``/rest/app-chat/conversations/new`` and ``…/{id}/responses``): the prompt
is ``message``; ``fileAttachments``/``imageAttachments`` are upload ids. Grok on X
(``/2/grok/add_response.json``) sends ``responses[*].message``. The xAI API is OpenAI-compatible
(``openai_chat``). Shapes: SERVICES.md §5.4.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.extract._util import text
from gateway.model import Segment


def extract(doc: Any) -> Iterator[Segment]:
    if not isinstance(doc, dict):
        return
    yield from text(doc.get("message"), "$.message")
    for i, r in enumerate(doc.get("responses") or []):
        if isinstance(r, dict):
            yield from text(r.get("message"), f"$.responses[{i}].message")
