"""Amounts of money in a text (internal_matter): where a figure is, and whether it is a contract's size (split from
internal_matter, round 28)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice

from gateway.scan import rx as re

# an amount of money: 12,345,000円 / 1億2,000万円 / ¥1,234,000 / 金額の列に置いた数字 (税込 1,234,000)
AMOUNT = re.compile(
    # (round 36) 億 and 万 in one figure, as one amount: 1億5千万円, 1億2,000万円 (a threshold's 以上 follows it whole)
    r"[0-9][0-9,.]*[ ]?億[ ]?[0-9][0-9,.]*[ ]?(?:千万|百万|万|千)[ ]?円?(?![万人件戸世台])|"
    r"(?:[¥￥]|\\)[ ]?[0-9][0-9,]{2,}|[0-9][0-9,.]*[ ]?(?:百万|億|万|千)?[ ]?円"
    # 万 / 億 without 円 in a chat (予価は1,248万で); not a count (3万人)
    r"|[0-9][0-9,.]*[ ]?(?:百万|億|万)(?![円一-鿿])|[0-9]{1,3}(?:,[0-9]{3}){1,}(?![0-9])"
    # written in kanji numerals: 一千二百三十四万円, 三億五千万円 (a 万 / 億 / 千 unit among them)
    r"|[一二三四五六七八九十百千]+[万億千][一二三四五六七八九十百千万億]*円"
    # …or said without 円 (予定価格は税抜で八千六百四十万、: a meeting's transcript), not a count (三万人)
    r"|[一二三四五六七八九十百千]*[二三四五六七八九十百千][一二三四五六七八九十百千]*[万億][一二三四五六七八九十百千万億]*(?![円一-鿿ぁ-ゖァ-ヺ])"
    # in English: JPY 56.4 million, ¥1.2 billion, 56.4 million yen
    r"|(?:JPY|[¥￥])[ ]?[0-9][0-9,.]*[ ]?(?:million|billion|mn|bn|m)(?![A-Za-z])"
    r"|[0-9][0-9,.]*[ ]?(?:million|billion)[ ]yen|(?<![A-Za-z0-9.])[0-9]{1,4}(?:\.[0-9]{1,2})?M(?![A-Za-z0-9])|[0-9](?:[ ]{0,4}[0-9,]){5,16}[ ]{0,3}円")  # (OCR: 48,    620   ,0 00円)
SIZEABLE = re.compile(r"[0-9]{3}(?:,[0-9]{3})+|[0-9]{1,3}(?:,[0-9]{3}){2,}|[0-9]{6,}|[万億]|(?i:million|billion|[0-9 ](?:mn|bn|m)$)"
                       r"|(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{4,})[ ]?千|百万")


def amounts_in(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text's amounts; not a figure of zeros only, a placeholder's (予定価格 〇〇〇〇万円 read as
    0000万円, round 31)."""
    return [(a.start(), a.end()) for a in AMOUNT.finditer(text) if not _ZEROS.fullmatch(a.group())]


_ZEROS = re.compile(r"[0,. ]*0[0,. ]*(?:百万|億|万|千)?[ ]?円?")


def sizeable_after(text: str, amounts: list[tuple[int, int]], p: int, limit: int) -> tuple[int, int] | None:
    """The first sizeable amount from ``p`` ending by ``limit``: a price per unit may come before its total (先方提示額：
    ㎡あたり 48,000円（総額 約10.1億円）, round 28)."""
    for b in islice(amounts, bisect_left(amounts, (p, -1)), None):
        if b[1] > limit:
            return None
        if SIZEABLE.search(text[b[0]:b[1]].replace(" ", "")) is not None:
            return b
    return None


def sizeable_before(text: str, amounts: list[tuple[int, int]], p: int, reach: int) -> tuple[int, int] | None:
    """The last sizeable amount ending within ``reach`` before ``p``: a figure said before the word that keeps it from
    the other side (4,500千円までなら… ただそれは向こうには言わないで, round 33)."""
    for b in reversed(amounts[:bisect_left(amounts, (p, -1))]):
        if b[1] < p - reach:
            return None
        if SIZEABLE.search(text[b[0]:b[1]].replace(" ", "")) is not None:
            return b
    return None


# a price per unit of land or floor (月坪3,100円, 坪13,000, ㎡当たり 2,400円): a lease's or a sale's figure however small,
# for the office's position (amount_near: 最悪2,800円までは飲む, round 38)
_PER_UNIT = re.compile(r"坪|㎡|m2|平米|平方メートル|(?i:per (?:tsubo|square))")
_PER_UNIT_REACH = 60


def per_unit_price(text: str, near: bool, s: int, amount: tuple[int, int]) -> bool:
    """A per-unit word within reach before the word at ``s`` or right before the ``amount`` (``near``: the office's
    position, whose figure may be said before it)."""
    return near and (_PER_UNIT.search(text, max(0, amount[0] - 8), amount[0]) is not None
                     or _PER_UNIT.search(text, max(0, min(s, amount[0]) - _PER_UNIT_REACH), s) is not None)
