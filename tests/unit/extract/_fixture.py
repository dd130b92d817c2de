"""Helpers for the per-service extractor fixture tests (planted markers M1..Mn)."""

from __future__ import annotations

import json
import re
import urllib.parse
from typing import Any

from gateway.extract import extract_prompt

MARKER = re.compile(r"M\d+")


def markers_in(texts: list[str]) -> set[str]:
    return {m for t in texts for m in MARKER.findall(t)}


def json_body(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode()


def form_body(fields: dict[str, Any]) -> bytes:
    return urllib.parse.urlencode(
        {k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for k, v in fields.items()}).encode()


def gateway_texts(name: str, body: bytes, ctype: str = "application/json") -> list[str]:
    return [s.text for s in extract_prompt(name, body, ctype).segments]
