"""Text normalisation for scanning, with an offset map back to the original text.

Steps (DETECTION.md §1 T0–T3, §6):

1. remove zero-width / format characters (category Cf, variation selectors U+FE00–FE0F and
   U+E0100–E01EF, tag characters U+E0000–E007F) and count them;
2. NFKC, character by character with an index map (NFKC changes lengths: ``㍻`` → ``平成``);
   decimal digits of other scripts (category Nd) are folded to ASCII;
3. kanji numerals digit by digit (``〇一二三四五六七八九零壱弐参…``) when they form a run of three or
   more, or a shorter run touches an ASCII digit (``一人``, ``三丁目``, ``三四郎`` stay as they are);
4. every dash / hyphen / long-vowel / wave variant between two digits becomes ``-``;
5. letters an OCR engine reads for digits (``O``/``o`` for 0, ``l``/``I`` for 1) inside a number
   (``2O28年``, ``3Ol5 O938``, ``UH4O219375EA``): see ``gateway.scan.ocr``.

Steps 3 to 5 replace one character by one character and do not move offsets. The result is a
:class:`Normalised` with ``text`` and ``to_original(start, end)``.
"""

from __future__ import annotations

from gateway.scan import rx as re
import sys
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from gateway.scan.ocr import ocr_digits

__all__ = ["Normalised", "normalise", "DASHES", "KANJI_DIGITS"]

# --- character tables -----------------------------------------------------------------------
DASHES = "-‐‑‒–—―−ーｰ─━﹘﹣－⁃〜～~˗➖⸺⸻"
KANJI_DIGITS = {
    "〇": "0", "零": "0", "○": "0",
    "一": "1", "壱": "1", "壹": "1",
    "二": "2", "弐": "2", "貳": "2",
    "三": "3", "参": "3", "參": "3",
    "四": "4", "肆": "4",
    "五": "5", "伍": "5",
    "六": "6", "陸": "6",
    "七": "7", "漆": "7",
    "八": "8", "捌": "8",
    "九": "9", "玖": "9",
}
# characters that only count as digits inside a run that already has a real kanji digit
_WEAK_KANJI = {"○", "陸"}


def _is_ignorable(cp: int) -> bool:
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF or 0xE0000 <= cp <= 0xE007F:
        return True
    if cp in (0x180B, 0x180C, 0x180D, 0x180F, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0):
        return True
    return unicodedata.category(chr(cp)) == "Cf"


def _build_special_class() -> tuple[str, str]:
    """Regex class of chars that need per-char work, and class of ignorable ones."""
    special: list[int] = []
    ignorable: list[int] = []
    ranges = [(0x80, 0x3400), (0xA000, 0xAC00), (0xD7A4, 0xD800), (0xF900, 0x20000),
              (0x2F800, 0x2FA20), (0xE0000, 0xE01F0)]
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            if _is_ignorable(cp):
                ignorable.append(cp)
                special.append(cp)
            elif unicodedata.normalize("NFKC", ch) != ch:
                special.append(cp)
            elif unicodedata.category(ch) == "Nd":
                special.append(cp)
    return _to_class(special), _to_class(ignorable)


def _to_class(cps: list[int]) -> str:
    parts: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        a, b = cps[i], cps[j]
        parts.append(_esc(a) if a == b else f"{_esc(a)}-{_esc(b)}")
        i = j + 1
    return "[" + "".join(parts) + "]"


def _esc(cp: int) -> str:
    return f"\\U{cp:08x}" if cp > 0xFFFF else f"\\u{cp:04x}"


_SPECIAL_CLASS, _IGNORABLE_CLASS = _build_special_class()
# the full class (with astral ranges) defeats sre's fast BMP charset: use it only when needed
_SPECIAL_RUN_ALL = re.compile(_SPECIAL_CLASS + "+")
_SPECIAL_RUN_BMP = re.compile(re.sub(r"\\U[0-9a-f]{8}(?:-\\U[0-9a-f]{8})?", "", _SPECIAL_CLASS) + "+")
_IGNORABLE = re.compile(_IGNORABLE_CLASS)
_IGNORABLE_ONLY = re.compile(_IGNORABLE_CLASS + "+")
_NEEDS_PER_CHAR = re.compile(_IGNORABLE_CLASS + r"|[^\x00-\x7f]")  # used only inside runs
_KANJI_CLASS = "[" + "".join(KANJI_DIGITS) + "]"
# a run of >= 3 kanji digits, or a shorter one touching an ASCII digit (charset first: sre scans
# fast). Two-digit runs stay: they are mostly names (三四郎, 一三美) and counts, never identifiers.
_KANJI_RUN = re.compile(rf"{_KANJI_CLASS}(?:{_KANJI_CLASS}{{2,}}|{_KANJI_CLASS}?(?=[0-9])|(?<=[0-9].){_KANJI_CLASS}?)")
_KANJI_TABLE = str.maketrans(KANJI_DIGITS)
# (or with one blank on either side: ４１０２ ー ５８３３７１ typed with the long-vowel mark, round 26)
_DASH_BETWEEN_DIGITS = re.compile(r"[" + re.escape(DASHES.replace("-", "")) + r"](?:(?<=[0-9].)|(?<=[0-9] .))(?= ?[0-9])")


def _build_hard_class() -> re.Pattern[str]:  # complexity: startup only
    """Special BMP characters whose NFKC is one character that cannot compose with a neighbour (full-width
    ASCII and digits, ideographic space, half-width kana without sound marks, compatibility ideographs,
    other full-width punctuation): a text whose special characters are all of these normalises by one
    NFKC per run, position by position, exactly as the run-by-run path would; the others are "hard"."""
    hard: list[int] = []
    for m in _SPECIAL_RUN_BMP.finditer("".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))):
        for ch in m.group(0):
            cp = ord(ch)
            n = unicodedata.normalize("NFKC", ch)
            o = ord(n[0]) if len(n) == 1 else -1
            if (o >= 0 and not _is_ignorable(cp) and n != ch and (o < 0x80 or 0x3000 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF)
                    and unicodedata.combining(n) == 0 and not 0x3099 <= o <= 0x309C):
                continue
            hard.append(cp)
    return re.compile(_to_class(hard))


_HARD_CHAR = _build_hard_class()
# a match of either step (the dash step sees the kanji step's output; with no kanji run it is the input)
# (one character class first, so that sre skips ahead as fast as for either pattern alone)
_DASH_CLASS = "[" + re.escape(DASHES.replace("-", "")) + "]"
_KANJI_OR_DASH = re.compile(
    rf"[{_KANJI_CLASS[1:-1]}{_DASH_CLASS[1:-1]}]"
    rf"(?:(?<={_KANJI_CLASS})(?:{_KANJI_CLASS}{{2,}}|{_KANJI_CLASS}?(?=[0-9])|(?<=[0-9].){_KANJI_CLASS}?)"
    rf"|(?<={_DASH_CLASS})(?:(?<=[0-9].)|(?<=[0-9] .))(?= ?[0-9]))")
_nfkc = unicodedata.normalize


@dataclass(slots=True)
class Normalised:
    """Normalised text plus the map back to the original.

    The map is a list of segments ``(norm_start, orig_start, norm_len, orig_len)`` covering every
    normalised character. A segment with ``norm_len == orig_len`` maps position by position; any
    other segment maps as a unit (a range touching it widens to the whole original span). Removed
    characters are the gaps between segments in the original.
    """

    original: str
    text: str
    _nstarts: list[int] = field(default_factory=list)
    _segs: list[tuple[int, int, int, int]] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def identity(self) -> bool:
        return not self._segs

    def _seg(self, p: int) -> tuple[int, int, int, int]:
        i = bisect_right(self._nstarts, p) - 1
        return self._segs[max(i, 0)]

    def to_original_start(self, p: int) -> int:
        if not self._segs:
            return p
        if p >= len(self.text):
            return len(self.original)
        ns, os_, nl, ol = self._seg(p)
        if nl == ol:
            return os_ + (p - ns)
        return os_

    def to_original_end(self, p: int) -> int:
        if not self._segs:
            return p
        if p <= 0:
            return 0
        ns, os_, nl, ol = self._seg(p - 1)
        if nl == ol:
            return os_ + (p - ns)
        return os_ + ol

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` to the original text."""
        if not self._segs:
            return start, end
        s = self.to_original_start(start)
        e = self.to_original_end(end) if end > start else s
        return s, max(s, e)


def normalise(text: str) -> Normalised:
    stats = {"zero_width_removed": 0, "zero_width_in_digits": 0, "nfkc_changed": 0,
             "kanji_digits": 0, "dashes_folded": 0}
    if text.isascii():  # no special character (they are all above U+007F)
        return Normalised(text, ocr_digits(text, stats), [], [], stats)
    nstarts: list[int] = []
    segs: list[tuple[int, int, int, int]] = []
    # an astral character is two UTF-16 code units (one encode, no regex pass)
    if len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text):
        if _SPECIAL_RUN_ALL.search(text) is None:
            out = text
        else:
            out, nstarts, segs = _map_runs(text, stats, _SPECIAL_RUN_ALL, False)
    else:
        parts = _SPECIAL_SPLIT.split(text)  # plain text and special runs alternating: one pass
        if len(parts) == 1:
            out = text
        elif _HARD_CHAR.search("".join(parts[1::2])) is None:  # hard characters are special: only the runs
            # every special character maps to one non-composing character: offsets unchanged
            out = _easy_parts(parts, stats)
            nstarts, segs = [0], [(0, 0, len(text), len(text))]
        else:
            out, nstarts, segs = _map_runs(text, stats, _SPECIAL_RUN_BMP, True)
    if not out.isascii():
        out = _kanji_and_dashes(out, stats)
        if _has_variant(out):
            out = out.translate(_VARIANT_TABLE)
    return Normalised(text, ocr_digits(out, stats), nstarts, segs, stats)


# the variant kanji of names that NFKC leaves as they are (﨑 is a unified ideograph of the compatibility block, 𠮷 one
# outside the basic plane, 髙 a variant the dictionary does not know): their common forms, one to one (offsets hold)
# …and the simplified / traditional Chinese forms of the characters of Japanese card and form labels, as a resident
# copies them from their card into a message in Chinese (保险者番号, 保險證, 记号, 电话; round 15)
_VARIANTS = {"﨑": "崎", "𠮷": "吉", "髙": "高", "德": "徳", "险": "険", "險": "険", "號": "号", "记": "記", "證": "証",
             "证": "証", "电": "電", "话": "話"}
_VARIANT_TABLE = str.maketrans(_VARIANTS)
_VARIANT_CHAR = re.compile("[" + "".join(_VARIANTS) + "]")


def _has_variant(s: str) -> bool:
    """A character of ``_VARIANTS`` in ``s`` (one pass of a character class)."""
    return _VARIANT_CHAR.search(s) is not None


def _easy(text: str, stats: dict[str, int]) -> str:
    """NFKC of special runs made only of characters that map one to one (no hard character): the text split
    at its special runs (no callback per run), each run normalised (= char by char for these characters, no
    composition); single characters, the usual run, from a table filled as they are met."""
    return _easy_parts(_SPECIAL_SPLIT.split(text), stats)


def _easy_parts(parts: list[str], stats: dict[str, int]) -> str:
    """``_easy`` of a text already split by ``_SPECIAL_SPLIT``."""
    if len(parts) == 1:
        return parts[0]
    runs = parts[1::2]
    stats["nfkc_changed"] += sum(map(len, runs))
    one = _ONE_CHAR
    out = []
    for r in runs:
        n = one.get(r)
        if n is None:
            n = _nfkc("NFKC", r)
            if len(r) == 1:
                one[r] = n  # bounded: one entry per special BMP character
        out.append(n)
    parts[1::2] = out
    return "".join(parts)


_SPECIAL_SPLIT = re.compile("(" + _SPECIAL_RUN_BMP.pattern + ")")
_ONE_CHAR: dict[str, str] = {}


def _hard_runs(text: str):
    """(start, end) of the special runs of a BMP text that hold a hard character, in order: the only
    runs mapped one by one; the text between them maps position by position (see ``_easy``)."""
    pos = 0
    h = _HARD_CHAR.search(text)
    rev = text[::-1]  # the run's start: the run read backwards from the hard character
    last = len(text) - 1
    while h is not None:
        k = h.start()
        s = max(pos, k + 1 - _SPECIAL_RUN_BMP.match(rev, last - k).end() + (last - k))  # type: ignore[union-attr]
        e = _SPECIAL_RUN_BMP.match(text, k).end()  # type: ignore[union-attr]
        yield s, e
        pos = e
        h = _HARD_CHAR.search(text, e)


def _map_runs(text: str, stats: dict[str, int], special: re.Pattern[str],
              bmp: bool = False) -> tuple[str, list[int], list[tuple[int, int, int, int]]]:
    parts: list[str] = []
    segs: list[list[int]] = []  # [nstart, ostart, nlen, olen]
    n = 0  # current normalised length
    pos = 0

    def add(norm: str, ostart: int, olen: int) -> None:
        nonlocal n
        nl = len(norm)
        if nl == 0:
            return
        if segs:
            last = segs[-1]
            # merge position-wise segments that are contiguous in both spaces
            if nl == olen and last[2] == last[3] and last[0] + last[2] == n and last[1] + last[3] == ostart:
                last[2] += nl
                last[3] += olen
                parts.append(norm)
                n += nl
                return
        segs.append([n, ostart, nl, olen])
        parts.append(norm)
        n += nl

    nfkc = unicodedata.normalize
    runs = _hard_runs(text) if bmp else (m.span() for m in special.finditer(text))
    for s, e in runs:
        if s > pos:
            add(_easy(text[pos:s], stats) if bmp else text[pos:s], pos, s - pos)
        run = text[s:e]
        if _IGNORABLE_ONLY.fullmatch(run):
            stats["zero_width_removed"] += len(run)
            if s > 0 and e < len(text) and text[s - 1].isdigit() and text[e].isdigit():
                stats["zero_width_in_digits"] += len(run)
            pos = e
            continue
        fast = nfkc("NFKC", run)
        if len(fast) == len(run) and not _IGNORABLE.search(run) and not _has_nd(fast):
            stats["nfkc_changed"] += len(run)
            add(fast, s, len(run))
        else:
            _per_char(text, s, e, add, parts, segs, stats)
        pos = e
    if pos < len(text):
        add(_easy(text[pos:], stats) if bmp else text[pos:], pos, len(text) - pos)
    out = "".join(parts)
    return out, [sg[0] for sg in segs], [tuple(sg) for sg in segs]  # type: ignore[misc]


def _has_nd(s: str) -> bool:
    for ch in s:
        if ch > "\x7f" and unicodedata.category(ch) == "Nd":
            return True
    return False


def _per_char(text, s, e, add, parts, segs, stats) -> None:
    nfkc = unicodedata.normalize
    for i in range(s, e):
        ch = text[i]
        cp = ord(ch)
        if _is_ignorable(cp):
            stats["zero_width_removed"] += 1
            # a removed char between two digits (or digit-like) is an evasion signal
            prev = parts[-1][-1:] if parts else ""
            nxt = text[i + 1 : i + 2]
            if prev.isdigit() or prev in DASHES and prev:
                if nxt and (nxt.isdigit() or nxt in DASHES or _is_ignorable(ord(nxt))):
                    stats["zero_width_in_digits"] += 1
            continue
        norm = nfkc("NFKC", ch)
        if len(norm) == 1 and norm > "\x7f" and unicodedata.category(norm) == "Nd":
            norm = str(unicodedata.digit(norm))
        if norm != ch:
            stats["nfkc_changed"] += 1
        if norm and unicodedata.combining(norm[0]) and parts and segs:
            # compose with the previous output character (e.g. halfwidth ｶ + ﾞ -> ガ)
            last = segs[-1]
            if last[2] >= 1 and parts[-1]:
                prev_piece = parts[-1]
                composed = nfkc("NFC", prev_piece[-1] + norm)
                if len(composed) == 1:
                    # replace the last output char with the composed one; make it a unit segment
                    parts[-1] = prev_piece[:-1] + composed
                    # split the last segment: all but last char stay, last char + this char unit
                    ns, os_, nl, ol = last
                    if nl == ol:
                        if nl > 1:
                            last[2] -= 1
                            last[3] -= 1
                            segs.append([ns + nl - 1, os_ + ol - 1, 1, i + 1 - (os_ + ol - 1)])
                        else:
                            last[3] = i + 1 - os_
                    else:
                        last[3] = i + 1 - os_
                    continue
        add(norm, i, 1)


def _kanji_and_dashes(out: str, stats: dict[str, int]) -> str:
    if _KANJI_OR_DASH.search(out) is None:  # the usual case: one pass instead of one per step
        return out
    if _KANJI_RUN.search(out):
        def conv(m: re.Match[str]) -> str:
            run = m.group(0)
            if len(run) >= 2 and all(c in _WEAK_KANJI for c in run):
                return run
            stats["kanji_digits"] += len(run)
            return run.translate(_KANJI_TABLE)

        out = _KANJI_RUN.sub(conv, out)
    if _DASH_BETWEEN_DIGITS.search(out):
        def dash(m: re.Match[str]) -> str:
            stats["dashes_folded"] += 1
            return "-"

        out = _DASH_BETWEEN_DIGITS.sub(dash, out)
    return out


if __name__ == "__main__":  # pragma: no cover - manual check
    n = normalise(sys.argv[1] if len(sys.argv) > 1 else "個人番号は１２３４\u200b－５６７８－九〇一八です㍻")
    print(n.text, n.stats)
