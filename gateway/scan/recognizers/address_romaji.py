"""JP_ADDRESS written in Latin letters: a Japanese street address in foreign residents' mail and English forms.

A chōme-banchi(-gō) block and a town name, then the municipality with its suffix, in either order:
``2-7-14 Kitamachi, Midorino City``, ``3-12-5 Honcho, Nakano-ku, Tokyo``, ``Kitamachi 2-7-14, Midorino-shi``,
``Apt 305, 4-1-8 Hiyoshi-honcho, Kohoku-ku``, the block and a ``-cho`` town before the flat (``3-14-7 Sakae-cho,
Apt 202``); or after an address label without the municipality (``My address is
3-20-18 Honcho``, ``I live at Nakamachi 5-2-12``, ``residing at …``). The block needs at least one dash (a house number alone is
not a Japanese street address) and the municipality its suffix (-shi, -ku, -cho, -machi, -gun, -mura, City,
Ward, Town, Village). Reported as the Japanese form is: ``level="street"``, ``strength="strong"``, score 0.85,
plus ``romaji=True``. Searched only around a municipality suffix (the engine's trigger pass), each window
at most ``REACH`` characters: linear in the text.
"""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import merge_windows
from gateway.scan.recognizers.email import company_before

_BLOCK = r"[0-9]{1,4}(?:-[0-9]{1,4}){1,2}"
_WORD = r"[A-Z][a-z]{1,20}"
_TOWN = _WORD + r"(?:[- ](?:[A-Z][a-z]{1,20}|[a-z]{2,8})){0,2}"
_MUNI = _WORD + r"(?:[- ][A-Z][a-z]{1,20})?(?:-(?:shi|ku|cho|machi|gun|mura|son)|[ ](?:City|Ward|Town|Village))(?![A-Za-z])"
# a flat's building, its number after it (Sunrise Heights Room 105), between the block and the municipality (round 15)
_BUILDING_WORDS = ("Heights", "Mansion", "Maison", "Court", "Villa", "Residence", "Corpo", "Haitsu", "Apartment",
                   "Apartments", "House", "Palace", "Heim", "Hills", "Coop", "Plaza", "Terrace", "Kopo", "Mezon")
_BW = "(?:" + "|".join(_BUILDING_WORDS) + ")"
_FLAT = r"(?:" + _WORD + r"[ ]){0,2}" + _BW + r"(?:[ ](?:Room|Apt\.?|Unit|No\.?|\#)?[ ]?[0-9]{1,4}[A-Z]?)?"
ROMAJI_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9-])(?:" + _BLOCK + r",?[ ]" + _TOWN + r"|" + _TOWN + r",?[ ]" + _BLOCK + r")"
    r"(?:,[ ]?(?:" + _TOWN + r"|" + _FLAT + r"),?)??[ ,]{1,2}" + _MUNI +
    # or the block and a town named with its -cho / -machi, then the flat (3-14-7 Sakae-cho, Apt 202)
    r"|(?<![A-Za-z0-9-])" + _BLOCK + r",?[ ]" + _WORD + r"-(?:cho|machi),?[ ](?:Apt\.?|Room|Unit|Flat|\#)[ ]?[0-9]{1,4}"
    r"(?![0-9])"
    # or in the Japanese order, the municipality first (Akanedai-shi Nishihara 2-14-7: romanised Japanese, round 13)
    r"|(?<![A-Za-z0-9-])" + _MUNI + r",?[ ]" + _TOWN + r",?[ ]" + _BLOCK + r"(?![0-9-])"
    # or a -cho / -machi town then its block, the municipality left out (Hinode-cho 1-40-3, round 18)
    r"|(?<![A-Za-z0-9-])" + _WORD + r"-(?:cho|machi),?[ ]" + _BLOCK + r"(?![0-9-])")
# or a building first (a flat's name and number, then the block and town, the municipality left out): "Maison Aoba 105,
# 4-3-8 Aoba-cho", "Sunny Heights 302, 5-3-11 Chuo, Kawaguchi", "Room 302, Sakura Heights, 2-14-6 Nishiki"
BUILDING_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9-])(?:(?:Room|Apt\.?|Unit|Flat)[ ]?[0-9]{1,4}[A-Z]?,?[ ])?"
    r"(?:" + _BW + r"(?:[ ]" + _WORD + r"){1,2}|(?:" + _WORD + r"[ ]){1,2}" + _BW + r")"
    r"(?:[ ](?:No\.?[ ]?|#)?[0-9]{1,4}[A-Z]?(?:号室)?)?,?[ ]" + _BLOCK + r",?[ ]" + _TOWN + r"(?![A-Za-z])")
BUILDING_TRIGGERS = tuple(" " + w.lower() for w in _BUILDING_WORDS) + tuple(w.lower() + " " for w in _BUILDING_WORDS)
SUFFIXES = ("-shi", "-ku", "-cho", "-machi", "-gun", "-mura", " city", " ward", " town", " village")
REACH = 96  # characters before a suffix where the address may start
AFTER = 56  # and after it (the Japanese order: Akanedai-shi Nishihara 2-14-7)
# or an address label right before the block and town (My address is 3-20-18 Honcho, Room 105)
LABELS = ("address", "live at", "living at", "reside at", "resides at", "residing at", "moved to")
LABELLED_ADDRESS = re.compile(
    r"(?i:address(?:[ ]is|:)|live[ ]at|living[ ]at|resid(?:e|es|ing)[ ]at|moved[ ]to)[ ]{1,2}"
    r"(?P<addr>" + _BLOCK + r",?[ ]" + _TOWN + r"|" + _TOWN + r",?[ ]" + _BLOCK + r")(?![A-Za-z0-9-])")


class RomajiAddressRecognizer(AigwRecognizer):
    ENTITY = "JP_ADDRESS"
    TRIGGER_WORDS = SUFFIXES + LABELS + BUILDING_TRIGGERS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        spans = [(p - REACH, p + AFTER) for w in SUFFIXES for p in ctx.hits.get(w, ())]
        out: list[RecognizerResult] = []
        last = -1
        for lo, hi in merge_windows(spans, len(text)):
            for m in ROMAJI_ADDRESS.finditer(text, max(lo, last), hi):
                # an English business signature (a company's legal form on the lines above): the company's address
                meta = {"business": True} if company_before(text, m.start()) else {}
                out.append(self.result(self.ENTITY, m.start(), m.end(), 0.85, level="street", strength="strong",
                                       romaji=True, label=False, prefecture=False, building=False, **meta))
                last = m.end()
        out.extend(self._buildings_first(ctx, last))
        for p in sorted({p for w in LABELS for p in ctx.hits.get(w, ())}):
            m = LABELLED_ADDRESS.match(text, p, p + 80)
            if m is not None and m.start("addr") >= last:
                out.append(self.result(self.ENTITY, m.start("addr"), m.end("addr"), 0.85, level="street",
                                       strength="strong", romaji=True, label=True, prefecture=False, building=False))
                last = m.end()
        return out

    def _buildings_first(self, ctx: ScanContext, after: int) -> list[RecognizerResult]:
        """Addresses opening with the building (BUILDING_ADDRESS) after ``after``, not inside one already found."""
        if not any(w in ctx.hits for w in BUILDING_TRIGGERS):
            return []
        spans = [(p - 40, p + REACH) for w in BUILDING_TRIGGERS for p in ctx.hits.get(w, ())[:32]]
        out: list[RecognizerResult] = []
        last = after
        for lo, hi in merge_windows(spans, len(ctx.text)):
            for m in BUILDING_ADDRESS.finditer(ctx.text, max(lo, last + 1), hi):
                out.append(self.result(self.ENTITY, m.start(), m.end(), 0.85, level="street", strength="strong",
                                       romaji=True, label=False, prefecture=False, building=True))
                last = m.end()
        return out
