"""Text hidden inside text: base64, percent-encoding and quoted-printable runs, decoded for the scanner.

A prompt can carry data the model is asked to decode ("次の base64 を復号して…"). Each run that decodes to
readable UTF-8 text becomes one more piece of text to scan; nothing is replaced in what is forwarded. The work
is bounded: runs are found by linear regular expressions, at most ``MAX_RUNS`` per text and ``MAX_DEPTH``
levels of nesting, and only runs of a useful length are tried.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from gateway.inflate import MAX_OUT as _ZLIB_OUT
from gateway.inflate import inflated as _inflated
from gateway.lookalikes import reader_view
from gateway.scan.recognizers._text import merge_windows
from gateway.model import Prompt, Segment

# decoded runs per text: round 15's red team hid a 個人番号 behind 64 readable decoy runs (only the first 64 were
# read); the work is bounded by the characters decoded (``budget_for``), so the count is only a safety net
MAX_RUNS = 1 << 16
MAX_DEPTH = 2  # base64 inside base64 …
MIN_B64 = 16  # characters; shorter runs are words, ids and hashes more often than hidden text
MAX_RUN = 1 << 20  # characters of one run
MAX_EXTRA_CHARS = 256 * 1024  # carriers, hidden text and seams added to one request (at least)
EXTRA_PER_CHAR = 3  # hidden text read per character of the body: every decoder's output is shorter than its run,
# two levels deep, plus a reader's view (round 15: a fixed budget let decoys push the real run past it)


def budget_for(pieces: tuple[Segment, ...] | list[Segment]) -> int:
    """Characters of hidden text read from ``pieces``: in proportion to them, never below ``MAX_EXTRA_CHARS``."""
    return max(MAX_EXTRA_CHARS, EXTRA_PER_CHAR * sum(len(s.text) for s in pieces))

_B64 = re.compile(r"[A-Za-z0-9+/_-]{%d,}={0,2}" % MIN_B64)
# a run starts at an escape, and the gap between escapes is bounded: one linear pass (no backtracking blow-up)
_PCT = re.compile(r"%[0-9A-Fa-f]{2}(?:[A-Za-z0-9._~+-]{0,32}%[0-9A-Fa-f]{2}){2,}")
_QP = re.compile(r"=[0-9A-F]{2}(?:[^=\s]{0,32}=(?:[0-9A-F]{2}|\r?\n)){2,}")
# hex bytes (round 15): a run of 8+ byte pairs, contiguous or each pair followed by one space or colon
_HEX = re.compile(r"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}[ :]?){8,}(?![0-9A-Za-z])")
_B32 = re.compile(r"(?<![A-Za-z0-9])[A-Z2-7]{16,}={0,6}(?![A-Za-z0-9])")


# Japanese mail's own charsets (a .eml pasted raw): ISO-2022-JP by its escape, Shift_JIS and EUC-JP only when
# what they decode to is mostly kana and kanji (random bytes seldom decode strictly, and never to that)
_JIS_ESCAPE = (b"\x1b$B", b"\x1b$@", b"\x1b(J")
_JAPANESE = re.compile("[\u3040-\u30ff\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]")


def _legacy_japanese(data: bytes) -> str | None:
    if any(e in data for e in _JIS_ESCAPE):
        try:
            return data.decode("iso-2022-jp")
        except UnicodeDecodeError:
            return None
    for codec in ("cp932", "euc_jp"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        wide = sum(1 for c in text if not c.isascii())
        if wide and len(_JAPANESE.findall(text)) >= 0.9 * wide:
            return text
    return None


def _readable(data: bytes) -> str | None:
    """UTF-8 text (or a Japanese mail charset's, ``_legacy_japanese``) that is mostly printable (binary and random
    bytes are not hidden text); a gzip or zlib stream is read inflated."""
    inflated = _inflated(data) if data[:1] in (b"\x1f", b"\x08", b"\x18", b"\x28", b"\x38", b"\x48", b"\x58",
                                                b"\x68", b"\x78") else None
    if inflated is not None:
        data = inflated
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None or "\x1b" in text:  # (ISO-2022-JP is 7-bit: UTF-8 reads it as escapes and ASCII)
        text = _legacy_japanese(data)
        if text is None:
            return None
    if not text:
        return None
    printable = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
    return text if printable >= 0.9 * len(text) else None


def _b64(run: str) -> str | None:
    s = run.rstrip("=")
    if len(s) % 4 == 1:
        return None
    alt = "-" in s or "_" in s
    padded = s + "=" * (-len(s) % 4)
    try:
        data = base64.urlsafe_b64decode(padded) if alt else base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _readable(data)


def _hex(run: str) -> str | None:
    try:
        return _readable(bytes.fromhex(run.replace(":", " ")))
    except ValueError:
        return None


def _b32(run: str) -> str | None:
    s = run.rstrip("=")
    if len(s) % 8 in (1, 3, 6):
        return None
    try:
        return _readable(base64.b32decode(s + "=" * (-len(s) % 8)))
    except (binascii.Error, ValueError):
        return None


def _pct(run: str) -> str | None:
    return _readable(unquote_to_bytes(run))


def _qp(run: str) -> str | None:
    data = re.sub(r"=\r?\n", "", run)
    try:
        return _readable(binascii.a2b_qp(data.encode("ascii", "ignore")))
    except (binascii.Error, ValueError):
        return None


# a MIME body (RFC 2045) pasted from a mail: base64 in lines of one length (76 characters by default) or
# quoted-printable lines with soft breaks (=) — one line alone can cut a character's bytes in two, so the block is
# read whole. Each line is matched on its own (no nested repetition), so a block costs one pass.
_B64_LINES = re.compile(r"(?m)^[A-Za-z0-9+/]{16,}={0,2}[ \t]*(?:\r?\n[A-Za-z0-9+/]+={0,2}[ \t]*)+$")
_QP_LINES = re.compile(r"(?m)^[^\n]*(?:=[0-9A-F]{2}|=\r?$)[^\n]*(?:\r?\n[^\n]*(?:=[0-9A-F]{2}|=\r?$)[^\n]*)*"
                       r"(?:(?<==)\r?\n[^\n]*)?")  # (and the line a last soft break continues on)


def _b64_lines(block: str) -> str | None:
    """A base64 block's lines of the first line's length and the shorter last one, decoded together."""
    lines = block.split()
    width = len(lines[0])
    n = 1
    while n < len(lines) and len(lines[n]) == width:
        n += 1
    if n < len(lines) and len(lines[n].rstrip("=")) <= width:
        n += 1
    return _b64("".join(lines[:n])) if n > 1 else None


_QP_ESCAPE = re.compile("=[0-9A-F]{2}")


def _qp_lines(block: str) -> str | None:
    return _qp(block) if "\n" in block and _QP_ESCAPE.search(block) else None  # (a soft break alone is an "=")


# escapes a program or a model undoes: \\u7533 (JSON / JavaScript, surrogate pairs joined), \\xe7 (bytes), &#53; &#x35;
_UESC = re.compile(r'\\u[0-9A-Fa-f]{4}(?:[^\\]{0,32}\\u[0-9A-Fa-f]{4})+[^\\"]{0,32}')  # and what follows
_XESC = re.compile(r"\\x[0-9A-Fa-f]{2}(?:[^\\]{0,32}\\x[0-9A-Fa-f]{2})+")
_ENTITY = r"&#(?:\d{1,7}|[xX][0-9A-Fa-f]{1,6});"
_ENT = re.compile(f"{_ENTITY}(?:[^&]{{0,32}}{_ENTITY})+[^&<]{{0,32}}")
_ONE_UESC = re.compile(r"\\u([0-9A-Fa-f]{4})")
_ONE_XESC = re.compile(r"(?:\\x[0-9A-Fa-f]{2})+")
# marks drawn on a digit (a keycap, an accent): the digit is what a reader sees
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f"
_MARK = re.compile(f"[{_MARKS}]")  # the cheap trigger (one character class, ~100 M characters/s)
_MARKED_DIGIT = re.compile(f"\\d[{_MARKS}]")
_DIGIT_MARKS = re.compile(f"(?<=\\d)[{_MARKS}]+")


def _uesc(run: str) -> str | None:
    text = _ONE_UESC.sub(lambda m: chr(int(m.group(1), 16)), run)
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # pairs joined, lone ones U+FFFD


def _xesc(run: str) -> str | None:
    return _ONE_XESC.sub(lambda m: bytes.fromhex(m.group().replace("\\x", "")).decode("utf-8", "replace"), run)


def _ent(run: str) -> str | None:
    return html.unescape(run)


# ISO-2022-JP pasted as it travels (a raw .eml): kanji between ESC $ B and ESC ( B; the lines holding escapes are
# read whole (the ASCII between the kanji runs is the same in both)
_JIS = re.compile(r"(?m)^[^\n\x1b]*\x1b\$[B@][^\n]*(?:\n[^\n\x1b]*\x1b[^\n]*)*")


def _jis(run: str) -> str | None:
    try:
        return run.encode("ascii").decode("iso-2022-jp")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


_BLOCKS = ((_B64_LINES, _b64_lines, "\n"), (_QP_LINES, _qp_lines, "="))
_DECODERS = ((_B64, _b64, ""), (_HEX, _hex, ""), (_B32, _b32, ""), (_PCT, _pct, "%"), (_QP, _qp, "="), (_UESC, _uesc, "\\"), (_XESC, _xesc, "\\"),
             (_ENT, _ent, "&#"), (_JIS, _jis, "\x1b"))  # (runs, decoder, what the text holds when a run can start in it)


def _may_hide(text: str) -> bool:
    """Whether anything ``hidden_texts`` reads can be in ``text``: an escape's or an entity's start (``\\``, ``&#``), a
    mark drawn on a digit, or a base64 / percent / quoted-printable run, searched in the text's ASCII characters only
    (every character of such a run is ASCII but those in a quoted-printable gap, and dropping those keeps the run), so
    a Japanese prompt costs a few C-speed passes, not a regular-expression step per character. False: nothing hidden."""
    if "\\" in text or "&#" in text or "\x1b" in text or _MARK.search(text) is not None or reader_view(text) is not None:
        return True  # (the escapes' and entities' runs hold other characters between them: read in full)
    a = text.encode("ascii", "ignore").decode("ascii")
    return len(a) >= 3 and (_B64.search(a) is not None or _HEX.search(a) is not None or ("%" in a and _PCT.search(a) is not None)
                            or ("=" in a and _QP.search(a) is not None))


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) lies within one of the disjoint sorted ``spans`` (a binary search: no scan per run)."""
    k = bisect_right(spans, (a, 1 << 62)) - 1  # (the last span starting at or before a)
    return k >= 0 and b <= spans[k][1]


def hidden_texts(text: str, *, depth: int = MAX_DEPTH) -> list[str]:
    """Texts decoded from encoded runs inside ``text`` (and inside those, up to ``depth`` levels). A MIME block
    read whole (``_BLOCKS``) is not read again line by line."""
    # complexity: each decoder's runs in one loop, the bounds (count, run length, depth) and the blocks read whole
    found: list[str] = []
    if depth <= 0 or not text:
        return found
    blocks: list[tuple[int, int]] = []  # spans of the blocks read whole
    whole: list[tuple[int, int]] | None = None  # …merged, disjoint and in order, once the blocks are read
    for pattern, decode, first in _BLOCKS + _DECODERS:
        block = pattern is _B64_LINES or pattern is _QP_LINES
        if not block and whole is None:
            whole = merge_windows(blocks, len(text))
        if first not in text:  # no run can start here ("" is in every text)
            continue
        for m in pattern.finditer(text):
            if len(found) >= MAX_RUNS:
                return found
            run = m.group(0)
            if len(run) > MAX_RUN or (whole and _inside(whole, m.start(), m.end())):
                continue
            decoded = decode(run)
            if decoded and block:
                blocks.append(m.span())
            if not decoded or decoded == run:
                continue
            # an ASCII run without spaces or punctuation is a token or another layer of encoding, not text:
            # look inside it, but do not scan it as text itself
            if decoded.isdigit() or not (decoded.isascii() and not re.search(r"[\s.,:;]", decoded)):
                found.append(decoded)  # a number is data (a 個人番号 in base64), not a token
            found.extend(hidden_texts(decoded, depth=depth - 1)[: MAX_RUNS - len(found)])
    if _MARK.search(text) and _MARKED_DIGIT.search(text) and len(found) < MAX_RUNS:
        found.append(_DIGIT_MARKS.sub("", text))
    if len(found) < MAX_RUNS and (view := reader_view(text)) is not None:
        found.append(view)
    return found


_SURROGATE = re.compile("[\ud800-\udfff]")


def _joined(pieces: tuple[Segment, ...] | list[Segment]) -> str:
    """The pieces' texts as one (for a search that only asks whether any piece holds a match)."""
    return pieces[0].text if len(pieces) == 1 else "\n".join(s.text for s in pieces)


def readable(body: Prompt) -> Prompt:
    """Lone surrogate escapes (``\\ud800`` in JSON) read as U+FFFD instead of failing the scanner."""
    if not body.segments:
        return body
    try:  # UTF-8 refuses exactly the surrogates: one C-speed pass over a text without one
        _joined(body.segments).encode("utf-8")
        return body
    except UnicodeEncodeError:
        pass
    return Prompt(tuple(Segment(s.where, _SURROGATE.sub("\ufffd", s.text)) for s in body.segments))


@dataclass(frozen=True, slots=True)
class ReadBody:
    """A request body as the scanner reads it, and the text hidden in its pieces (``where`` + ``:decoded``).

    Built where the body was extracted: in a scan worker for a large body, so the event loop never walks a
    large text (``gateway.bounded``)."""

    prompt: Prompt
    decoded: tuple[Segment, ...] = ()

    def __reduce__(self) -> tuple[object, ...]:
        return (ReadBody, (self.prompt, self.decoded))


def read_body(body: Prompt, budget: int | None = None) -> ReadBody:
    """``body`` made readable, with the hidden texts of its pieces (at most ``budget`` characters of them; by
    default ``budget_for`` the body)."""
    body = readable(body)
    return ReadBody(body, tuple(decoded_pieces(body.segments, budget_for(body.segments) if budget is None
                                               else budget)))


def decoded_pieces(pieces: tuple[Segment, ...] | list[Segment], budget: int) -> list[Segment]:
    """The hidden texts of ``pieces`` in order, at most ``budget`` characters in all."""
    out: list[Segment] = []
    if not pieces or not _may_hide(_joined(pieces)):  # no run in any piece: nothing hidden (most prompts)
        return out
    for s in pieces:
        if budget <= 0:
            break
        for text in hidden_texts(s.text):
            out.append(Segment(f"{s.where}:decoded", text[:budget]))
            budget -= len(text)
    return out


def with_hidden(text: str) -> tuple[str, int]:
    """``text`` as the gateway scans a prompt holding it: the text, then each text hidden in it (``decoded_pieces``
    within ``budget_for``), joined as a ``Prompt``'s pieces are; and where the hidden texts start (``len(text)`` when
    nothing is hidden). For ``aigw scan``, so a reviewer's verdict is the gateway's."""
    piece = Segment("text", text)
    decoded = decoded_pieces([piece], budget_for([piece]))
    if not decoded:
        return text, len(text)
    return Prompt((piece, *decoded)).text, len(text) + len(Prompt.SEPARATOR)
