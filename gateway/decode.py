"""Undo Content-Encoding with a decompression-bomb bound, and turn bytes into text without loss.

Raises ``BodyError`` with a reason code; the caller turns it into a block (fail closed).
"""

from __future__ import annotations

import zlib

import brotli
import charset_normalizer

try:  # Python 3.14+
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the interpreter
    from backports import zstd  # type: ignore[no-redef]

from gateway.model import Reason


JAPANESE_CHARSETS = ("cp932", "euc_jp", "iso2022_jp", "shift_jis")


class BodyError(Exception):
    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def _too_big(limit: int) -> BodyError:
    return BodyError(Reason.OVERSIZE_BODY, f"decoded body exceeds {limit} bytes")


def _zlib(data: bytes, wbits: int, limit: int) -> bytes:
    d = zlib.decompressobj(wbits)
    out = d.decompress(data, limit + 1)
    if len(out) > limit or d.unconsumed_tail:
        raise _too_big(limit)
    out += d.flush()
    if len(out) > limit:
        raise _too_big(limit)
    if not d.eof:
        raise BodyError(Reason.UNDECODABLE_BODY, "truncated compressed body")
    return out


def _brotli(data: bytes, limit: int) -> bytes:
    d = brotli.Decompressor()
    out = d.process(data, output_buffer_limit=limit + 1)
    if len(out) > limit or not d.can_accept_more_data():
        raise _too_big(limit)
    if not d.is_finished():
        raise BodyError(Reason.UNDECODABLE_BODY, "truncated brotli body")
    return out


def _zstd(data: bytes, limit: int) -> bytes:
    out = bytearray()
    while data:
        d = zstd.ZstdDecompressor()
        out += d.decompress(data, max_length=limit + 1 - len(out))
        if len(out) > limit:
            raise _too_big(limit)
        if not d.eof:
            if not d.needs_input:  # stopped by max_length with more output pending
                raise _too_big(limit)
            raise BodyError(Reason.UNDECODABLE_BODY, "truncated zstd body")
        data = d.unused_data  # concatenated frames
    return bytes(out)


def decode_content(raw: bytes, content_encoding: str, limit: int) -> bytes:
    """Apply the codings in reverse order of the header (``gzip, br`` means br was applied last)."""
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    data = raw
    try:
        for coding in reversed(codings):
            if coding in ("identity", "none"):
                continue
            if coding in ("gzip", "x-gzip"):
                data = _zlib(data, 16 + zlib.MAX_WBITS, limit)
            elif coding == "deflate":
                try:
                    data = _zlib(data, zlib.MAX_WBITS, limit)
                except zlib.error:  # raw deflate, as some clients send
                    data = _zlib(data, -zlib.MAX_WBITS, limit)
            elif coding == "br":
                data = _brotli(data, limit)
            elif coding == "zstd":
                data = _zstd(data, limit)
            else:
                raise BodyError(Reason.UNDECODABLE_BODY, f"unsupported Content-Encoding {coding!r}")
    except (zlib.error, brotli.error, zstd.ZstdError, EOFError) as e:
        raise BodyError(Reason.UNDECODABLE_BODY, f"corrupt {content_encoding} body: {type(e).__name__}") from None
    if len(data) > limit:
        raise _too_big(limit)
    return data


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Strict decoding: declared charset, else UTF-8 (with BOM), else a detected Japanese charset."""
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in text:
            return text
        raise BodyError(Reason.UNDECODABLE_BODY, "body is binary, not text")
    best = charset_normalizer.from_bytes(data, cp_isolation=list(JAPANESE_CHARSETS)).best()
    if best is not None:
        try:
            text = data.decode(best.encoding)  # strict: a lossy guess is no decoding at all
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if "\x00" not in text:
                return text
    raise BodyError(Reason.UNDECODABLE_BODY, "body is not text in a known charset")
