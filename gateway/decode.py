"""Undo Content-Encoding with a decompression-bomb bound, and turn bytes into text without loss.

Raises ``BodyError`` with a reason code; the caller turns it into a block (fail closed).
"""

from __future__ import annotations

import codecs
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
    """One zlib/deflate stream, or every member of a gzip body (RFC 1952 §2.2: members are concatenated and
    a server decodes them all, so a second member must never hide text from the scanner)."""
    out = b""
    while True:
        d = zlib.decompressobj(wbits)
        out += d.decompress(data, limit + 1 - len(out))
        if len(out) > limit or d.unconsumed_tail:
            raise _too_big(limit)
        out += d.flush()
        if len(out) > limit:
            raise _too_big(limit)
        if not d.eof:
            raise BodyError(Reason.UNDECODABLE_BODY, "truncated compressed body")
        data = d.unused_data
        if not data or wbits != 16 + zlib.MAX_WBITS:
            if data.strip(b"\x00"):
                raise BodyError(Reason.UNDECODABLE_BODY, "trailing data after the compressed body")
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


def _strict(data: bytes, charset: str) -> str | None:
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
    return text if "\x00" not in text else None


_BOMS = {"utf-16": (codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE), "utf-32": (codecs.BOM_UTF32_BE, codecs.BOM_UTF32_LE)}


def _declared_readings(data: bytes, charset: str) -> list[str]:
    """The declared charset's reading; UTF-16 / UTF-32 without a byte order mark in both orders (RFC 2781 says
    big-endian, Python and Windows read little-endian)."""
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return []
    if name in _BOMS and not data.startswith(_BOMS[name]):
        return [r for order in ("-be", "-le") if (r := _strict(data, name + order)) is not None]
    declared = _strict(data, name)
    return [] if declared is None else [declared]


def decode_readings(data: bytes, charset: str | None = None) -> tuple[str, ...]:
    """Every plausible reading of ``data`` as text, the one a server most likely uses first.

    UTF-8 (with or without BOM) comes first whatever the label says: a wrong ``charset`` label must not hide
    Japanese text from the scanner. When the declared charset also decodes the bytes and gives another text,
    that reading follows (the caller scans both). Without UTF-8, the declared charset, else a Japanese charset
    detected without loss. ``BodyError`` when there is no lossless reading at all (binary or unknown charset).
    """
    readings: list[str] = []
    utf8 = _strict(data, "utf-8-sig")
    if utf8 is not None:
        readings.append(utf8)
    for declared in _declared_readings(data, charset) if charset else ():
        if declared not in readings:
            readings.append(declared)
    if b"\x1b" in data:  # ISO-2022-JP (7-bit, so UTF-8 reads it too, as escape sequences): its own reading
        for jis in ("iso2022_jp_2", "iso2022_jp_ext"):
            if (text := _strict(data, jis)) is not None:
                if text not in readings:
                    readings.append(text)
                break
    if not readings:
        best = charset_normalizer.from_bytes(data, cp_isolation=list(JAPANESE_CHARSETS)).best()
        guessed = _strict(data, best.encoding) if best is not None else None  # strict: lossy is no decoding
        if guessed is not None:
            readings.append(guessed)
    if not readings:
        if b"\x00" in data:
            raise BodyError(Reason.UNDECODABLE_BODY, "body is binary, not text")
        raise BodyError(Reason.UNDECODABLE_BODY, "body is not text in a known charset")
    return tuple(readings)


def decode_text(data: bytes, charset: str | None = None) -> str:
    """The first reading of ``decode_readings`` (UTF-8 first, then the declared charset, then detection)."""
    return decode_readings(data, charset)[0]
