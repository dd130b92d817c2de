"""multipart/form-data bodies → parts with their name, file name, content type and exact bytes.

The standard library's MIME parser (``email`` with the HTTP policy) keeps binary part bodies intact
and decodes RFC 2231 / UTF-8 file names; mitmproxy's ``decode_multipart`` joins lines and so
corrupts binary files, and drops the part headers.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass

from gateway.decode import BodyError
from gateway.model import Reason


@dataclass(frozen=True, slots=True)
class Part:
    name: str
    filename: str | None
    content_type: str | None  # as declared in the part, None when absent
    data: bytes
    charset: str | None = None  # the part's declared charset parameter


def parse(content_type: str, body: bytes) -> list[Part]:
    if "boundary=" not in content_type.lower():
        raise BodyError(Reason.UNDECODABLE_BODY, "multipart body without a boundary")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("utf-8", "surrogateescape")
    msg = email.message_from_bytes(head + body, policy=email.policy.HTTP)
    if not msg.is_multipart():
        raise BodyError(Reason.UNDECODABLE_BODY, "malformed multipart body")
    parts: list[Part] = []
    for p in msg.iter_parts():
        if p.is_multipart():  # multipart/mixed inside a form field (old browsers): flatten
            nested = p.get_content_type() + "; boundary=" + (p.get_boundary() or "")
            parts.extend(parse(nested, p.as_bytes().split(b"\n\n", 1)[-1]))
            continue
        name = p.get_param("name", header="content-disposition") or ""
        data = p.get_payload(decode=True)
        if not isinstance(data, bytes):
            raise BodyError(Reason.UNDECODABLE_BODY, f"multipart part {str(name)!r} cannot be decoded")
        declared = p.get("content-type")
        parts.append(Part(str(name), p.get_filename(), p.get_content_type() if declared else None, data,
                          p.get_content_charset()))
    for where, outside in (("(preamble)", msg.preamble), ("(epilogue)", msg.epilogue)):
        if outside and outside.strip():  # text outside the parts reaches the service too: read like a field
            parts.append(Part(where, None, None, outside.encode("utf-8", "surrogateescape")))
    if not parts and body.strip():
        raise BodyError(Reason.UNDECODABLE_BODY, "multipart body without parts")
    return parts
