"""Generic fallback: every string in a JSON document (values, and keys that look like data).

Used alone for unknown shapes, and after a specific extractor to pick up whatever it did not
read, so a changed or extended body shape is still scanned in full. The walker itself is
``gateway.jsonwalk`` (the file readers use it too).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.jsonwalk import SKIP_KEYS, is_binary_blob, walk
from gateway.model import Segment

__all__ = ["SKIP_KEYS", "extract", "is_binary_blob", "walk"]


def extract(doc: Any) -> Iterator[Segment]:
    yield from walk(doc)
