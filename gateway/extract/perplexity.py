"""Perplexity web (``/rest/sse/perplexity_ask``): the prompt is ``query_str`` and again in
``params.dsl_query`` (older builds: ``params.query_str``). ``params.attachments[]`` are S3 URLs of
uploads (scanned on upload). The Perplexity API is OpenAI-compatible (``openai_chat``).
Shapes: SERVICES.md §5.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.extract._util import text
from gateway.model import Segment


def extract(doc: Any) -> Iterator[Segment]:
    if not isinstance(doc, dict):
        return
    yield from text(doc.get("query_str"), "$.query_str")
    params = doc.get("params")
    if isinstance(params, dict):
        yield from text(params.get("dsl_query"), "$.params.dsl_query")
        yield from text(params.get("query_str"), "$.params.query_str")
