"""A number given in pieces after the word that asks for it (round 13): two chat messages ("8198 7788" … "残り 3190
です"), a call transcript reading some digits aloud in kana ("ろく よん きゅう …、0302"), or one row's adjacent table
cells (| 775104 | 717502 |). Plain functions of the text; the caller checks the digits (check digit) and the cue.

A piece is a run of 3–8 digits that is no part of an amount, a date, a time or an identifier (no ``,`` ``.`` ``:``
``/`` ``-`` joining it to other digits, no letter or hyphen touching it as in a UUID, a
hex id or a phone number, no unit after it), or three or more kana digit words parted by spaces or 、."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from gateway.scan import rx as re

_KANA_DIGITS = {"ぜろ": "0", "れい": "0", "まる": "0", "ゼロ": "0", "いち": "1", "に": "2", "さん": "3", "よん": "4",
                "し": "4", "ご": "5", "ろく": "6", "なな": "7", "しち": "7", "はち": "8", "きゅう": "9", "く": "9",
                # (and in katakana, as a call's transcript writes them: ナナ、イチ、ゼロ…, with the long forms of a phone
                # reading, ニー, ゴー, キュー; round 20)
                "レイ": "0", "マル": "0", "イチ": "1", "ニ": "2", "ニー": "2", "サン": "3", "ヨン": "4", "シ": "4", "ゴ": "5",
                "ゴー": "5", "ロク": "6", "ナナ": "7", "シチ": "7", "ハチ": "8", "キュウ": "9", "キュー": "9", "ク": "9"}
_KANA_WORD = "(?:" + "|".join(sorted(_KANA_DIGITS, key=len, reverse=True)) + ")"
_KANA_WORD_RE = re.compile(_KANA_WORD)
# digits, or kana digit words (three or more, one space or 、 between them, none glued to other kana)
_PIECE = re.compile(r"(?<![0-9A-Za-z_\-])(?<![0-9][,.:/])[0-9]{3,8}(?![0-9A-Za-z_\-]|[,.:/][0-9]|[ ]?(?:円|年|月|日|時|分|秒|歳|才|%|件|人|万|千|億|個|枚|回|号|km|cm|mm|kg|m))"
                    r"|(?<![ぁ-ゖァ-ヺー])" + _KANA_WORD + r"(?:[ 、,][ ]?" + _KANA_WORD + r"){2,11}(?:(?![ぁ-ゖァ-ヺー])|(?=です|でした))")
MAX_PIECES = 4
_MORE_DIGITS = re.compile(r"[ \-]{0,2}[0-9]")
_MORE_DIGITS_BEFORE = re.compile(r"[0-9][ \-]{0,2}$")


def pieces(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, digits) of the number's possible pieces between ``lo`` and ``hi``, in order."""
    out: list[tuple[int, int, str]] = []
    for m in _PIECE.finditer(text, lo, hi):
        g = m.group(0)
        if g[0].isdigit():
            out.append((m.start(), m.end(), g))
        else:
            words = _KANA_WORD_RE.findall(g)
            out.append((m.start(), m.end(), "".join(_KANA_DIGITS[w] for w in words)))
    return out


def assembled(text: str, lo: int, hi: int, n_digits: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, digits) of consecutive pieces (two to four) between ``lo`` and ``hi`` that make exactly
    ``n_digits`` digits, a spoken piece among them or not."""
    ps = pieces(text, lo, hi)
    for i in range(len(ps)):
        total = ""
        for j in range(i, min(len(ps), i + MAX_PIECES)):
            total += ps[j][2]
            if len(total) > n_digits:
                break
            if len(total) == n_digits and (j > i or not text[ps[i][0]].isdigit()):  # (a reading alone counts)
                if not (_MORE_DIGITS.match(text, ps[j][1]) or _MORE_DIGITS_BEFORE.search(text, max(0, ps[i][0] - 3),
                                                                                         ps[i][0])):
                    yield ps[i][0], ps[j][1], total  # (not part of a longer grouped number: 3141 5926 5352 7)
                break


# a fixed-width layout's line naming a field by its byte positions: " 5-16　個人番号", "5～16 マイナンバー" (round 18)
_LAYOUT_LINE = re.compile(r"^[ \t　]*(?P<a>[0-9]{1,3})[ \t　]*[-~〜～][ \t　]*(?P<b>[0-9]{1,3})[ \t　:：]*(?P<f>[^\n]{1,24})$",
                          re.MULTILINE)
_RECORD_LINE = re.compile(r"^[^\n]{12,400}$", re.MULTILINE)  # (a record may hold half-width kana: one byte each)
_MAX_RECORDS = 1000


def layout_values(text: str, field: re.Pattern[str], width: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, value) of the field at the byte positions a fixed-width layout gives it (``5-16　個人番号``), cut out of
    each record line below the layout (the positions count characters: one byte each in the record's own encoding; the
    caller checks the value, so prose lines below the layout cut nothing that counts)."""
    cols = [(int(m.group("a")), int(m.group("b")), m.end()) for m in _LAYOUT_LINE.finditer(text)
            if field.match(m.group("f")) is not None and int(m.group("b")) - int(m.group("a")) + 1 == width]
    for a, b, after in cols[:4]:
        for r in islice(_RECORD_LINE.finditer(text, after), _MAX_RECORDS):
            if r.end() - r.start() >= b:
                yield r.start() + a - 1, r.start() + b, text[r.start() + a - 1:r.start() + b]
