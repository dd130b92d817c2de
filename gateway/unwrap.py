"""Text hidden inside text: base64, percent-encoding and quoted-printable runs, decoded for the scanner.

A prompt can carry data the model is asked to decode ("次の base64 を復号して…"). Each run that decodes to
readable UTF-8 text becomes one more piece of text to scan; nothing is replaced in what is forwarded. The work
is bounded: runs are found by linear regular expressions, at most ``MAX_RUNS`` per text and ``MAX_DEPTH``
levels of nesting, and only runs of a useful length are tried.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from gateway.model import Prompt, Segment

MAX_RUNS = 64  # decoded runs per text
MAX_DEPTH = 2  # base64 inside base64 …
MIN_B64 = 16  # characters; shorter runs are words, ids and hashes more often than hidden text
MAX_RUN = 1 << 20  # characters of one run
MAX_EXTRA_CHARS = 256 * 1024  # carriers, hidden text and seams added to one request

_B64 = re.compile(r"[A-Za-z0-9+/_-]{%d,}={0,2}" % MIN_B64)
# a run starts at an escape, and the gap between escapes is bounded: one linear pass (no backtracking blow-up)
_PCT = re.compile(r"%[0-9A-Fa-f]{2}(?:[A-Za-z0-9._~+-]{0,32}%[0-9A-Fa-f]{2}){2,}")
_QP = re.compile(r"=[0-9A-F]{2}(?:[^=\s]{0,32}=(?:[0-9A-F]{2}|\r?\n)){2,}")


def _readable(data: bytes) -> str | None:
    """UTF-8 text that is mostly printable (binary and random bytes are not hidden text)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
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


def _pct(run: str) -> str | None:
    return _readable(unquote_to_bytes(run))


def _qp(run: str) -> str | None:
    data = re.sub(r"=\r?\n", "", run)
    try:
        return _readable(binascii.a2b_qp(data.encode("ascii", "ignore")))
    except (binascii.Error, ValueError):
        return None


_DECODERS = ((_B64, _b64, ""), (_PCT, _pct, "%"), (_QP, _qp, "="))  # (runs, decoder, the character each run starts with)


def _may_hide(text: str) -> bool:
    """Whether a run of the three can be in ``text``: searched in its ASCII characters only (every character of a
    run is ASCII but those in a quoted-printable gap, and dropping those keeps the run), so a Japanese prompt
    costs one C-speed pass, not a regular-expression step per character. False: ``hidden_texts`` finds nothing."""
    a = text.encode("ascii", "ignore").decode("ascii")
    return len(a) >= 3 and (_B64.search(a) is not None or ("%" in a and _PCT.search(a) is not None)
                            or ("=" in a and _QP.search(a) is not None))


def hidden_texts(text: str, *, depth: int = MAX_DEPTH) -> list[str]:
    """Texts decoded from encoded runs inside ``text`` (and inside those, up to ``depth`` levels)."""
    found: list[str] = []
    if depth <= 0 or not text:
        return found
    for pattern, decode, first in _DECODERS:
        if first not in text:  # no run can start here ("" is in every text)
            continue
        for m in pattern.finditer(text):
            if len(found) >= MAX_RUNS:
                return found
            run = m.group(0)
            if len(run) > MAX_RUN:
                continue
            decoded = decode(run)
            if not decoded or decoded == run:
                continue
            # an ASCII run without spaces or punctuation is a token or another layer of encoding, not text:
            # look inside it, but do not scan it as text itself
            if not (decoded.isascii() and not re.search(r"[\s.,:;]", decoded)):
                found.append(decoded)
            found.extend(hidden_texts(decoded, depth=depth - 1)[: MAX_RUNS - len(found)])
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


def read_body(body: Prompt, budget: int = MAX_EXTRA_CHARS) -> ReadBody:
    """``body`` made readable, with the hidden texts of its pieces (at most ``budget`` characters of them)."""
    body = readable(body)
    return ReadBody(body, tuple(decoded_pieces(body.segments, budget)))


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
