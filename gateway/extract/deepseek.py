"""DeepSeek web (chat.deepseek.com ``/api/v0/chat/completion``): the prompt is ``prompt``;
``ref_file_ids`` are upload ids. The DeepSeek API is OpenAI-compatible (``openai_chat``).
Shapes: SERVICES.md §5.2.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.extract._util import text
from gateway.model import Segment


def extract(doc: Any) -> Iterator[Segment]:
    if isinstance(doc, dict):
        yield from text(doc.get("prompt"), "$.prompt")
