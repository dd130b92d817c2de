"""Plain text, CSV, Markdown and JSON files. Strict decoding (declared charset, UTF-8, else a detected
Japanese charset — Shift_JIS / CP932 / EUC-JP / ISO-2022-JP); a file that does not decode without
loss is unscannable. JSON is parsed so escaped characters (\\u6a5f) are scanned as what they mean."""

from __future__ import annotations

import re

from gateway import jsonwalk
from gateway.decode import BodyError, decode_text
from gateway.files.collect import Collector, unscannable
from gateway.files.sniff import Kind


def charset_of(content_type: str | None) -> str | None:
    m = re.search(r"charset=\"?([\w.:-]+)", content_type or "", re.I)
    return m.group(1) if m else None


def decode(data: bytes, content_type: str | None, out: Collector) -> str:
    try:
        return decode_text(data, charset_of(content_type))
    except BodyError:
        raise unscannable(out.label, "text in an unknown charset or binary") from None


def extract(kind: Kind, data: bytes, content_type: str | None, out: Collector) -> None:
    text = decode(data, content_type, out)
    if kind is Kind.JSON:
        try:
            doc = jsonwalk.loads(text)
        except ValueError:
            pass  # a .json that is not JSON is still text
        else:
            out.add("json", "\n".join(s.text for s in jsonwalk.walk(doc)))
            return
    out.add(kind.value, text)
