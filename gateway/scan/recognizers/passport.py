"""JP_PASSPORT: 旅券番号 (2 letters + 7 digits) with a label, other countries' passport numbers (one letter, 7 or 8
digits, maybe a closing letter: P4417208B, C7730184, M12345678; two letters and 6 digits: FX482519) right after a
passport label, and passport MRZ lines
(ICAO 9303)."""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._numeric import Labels, dated_row_cell, shown_as_example

# the passport's own word, in Japanese and its holders' languages (Số hộ chiếu của em là C7284915, 护照号码, 여권 번호,
# passaporte, pasaporte: round 14; पासपोर्ट, paspor: round 39)
_OWN_WORDS = ("パスポート", "旅券", "passport", "hộ chiếu", "护照", "護照", "여권", "passaporte", "pasaporte", "pasaport",
              "paspor", "राहदानी", "पासपोर्ट")
LABELS = Labels([*_OWN_WORDS, "passport number", "passport no", "発行年月日", "有効期間満了", "ryoken", "số hộ chiếu", "护照号码",
                 "護照號碼", "여권번호", "여권 번호",
                 # a travel agent's list: SURNAME/GIVEN, sex, birth date, the number and its expiry (exp 2031-03, r19)
                 " exp ", "expiry", "海外派遣", "渡航"],
                near_before=150)
# a foreign resident's passport: numbering differs by country, so only right after a passport label
# (or two letters and six digits: a Brazilian passport, FX482519, round 25)
FOREIGN = re.compile(r"(?<![0-9A-Za-z])(?:[A-Z][0-9]{7,8}[A-Z]?|[A-Z]{2}[0-9]{6})(?![0-9A-Za-z])")
NUMBER = re.compile(r"(?<![0-9A-Za-z])([A-Za-z]{2})[ \-‐‑‒–—―−ー]?([0-9]{7})(?![0-9A-Za-z])")
# the number after its label, its digits broken over a line (旅券番号 MZ16 ⏎ 27140)
_WRAPPED = re.compile(r"[ \t　]*[:：]?[ \t　]*([A-Z]{2})[ ]?([0-9]{1,6})[ \t　]*\n[ \t　]*([0-9]{1,6})(?![0-9])")
MRZ1 = re.compile(r"P[A-Z<][A-Z<]{3}[A-Z<]{39}")
MRZ2 = re.compile(r"([A-Z0-9<]{9})([0-9])([A-Z<]{3})([0-9]{6})([0-9])([MFX<])([0-9]{6})([0-9])"
                  r"([A-Z0-9<]{14})([0-9<])([0-9])")


# ICAO Doc 9303's specimen passport: the fictitious state Utopia (UTO) and its document number, printed in every MRZ
# manual and test suite (round 18)
_SPECIMEN_STATE = "UTO"
# the passport's own word close before a number of digits alone (पासपोर्ट (नम्बर 10482736), passport no. 10482736)
_DIGITS_LABEL = re.compile("(?i)" + "|".join(map(re.escape, _OWN_WORDS)))
_DIGITS_REACH = 24
_SPECIMEN_NUMBERS = frozenset({"L898902C3", "L898902C<"})


def _mrz_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def _foreign_starts(ctx: ScanContext) -> list[int]:
    """Starts of the letter before a run of 7 or 8 digits, or of the two letters before a run of 6 (the candidates of
    another country's format)."""
    text = ctx.text
    return [s - 1 if len(d) != 6 else s - 2 for s, e, d in ctx.digit_runs()
            if s >= 1 and len(d) in (6, 7, 8) and e - s == len(d) and "A" <= text[s - 1] <= "Z"
            and (len(d) != 6 or (s >= 2 and "A" <= text[s - 2] <= "Z"))]


def mrz_check(s: str) -> int:
    w = (7, 3, 1)
    return sum(_mrz_value(c) * w[i % 3] for i, c in enumerate(s)) % 10


class PassportRecognizer(AigwRecognizer):
    ENTITY = "JP_PASSPORT"
    TRIGGER_DIGITS = 6
    TRIGGER_WORDS = ("p<", "旅券番号", "パスポート番号")

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        # a run of 7 digits, or a longer spaced run that starts with them: the number followed by
        # another one ("旅券番号 MZ4418207 2泊", "passport no. XK 6630172 1 adult")
        cands = [max(0, s - 3) for s, e, d in ctx.digit_runs() if s >= 2 and len(d) >= 7
                 and (len(d) == 7 or text[s + 7:s + 8] in (" ", "\t"))]
        for m in (NUMBER.search(text, c, c + 12) for c in cands):
            if m is None:
                continue
            if shown_as_example(text, m.start(), m.end()):
                continue
            letters = m.group(1)
            kind = LABELS.classify(text, m.start(), m.end())
            if kind in (None, "neg"):
                if not letters.isupper():
                    continue
                # (a cell of a row with a date: a travel list pasted without its header, round 23)
                score = 0.75 if kind is None and dated_row_cell(text, m.start(), m.end()) else 0.3
            elif kind == "label":
                score = 0.9 if letters.isupper() else 0.75
            else:
                score = 0.75 if letters.isupper() else 0.5
            out.append(self.result(self.ENTITY, m.start(), m.end(), score,
                                   strength="strong" if score >= 0.6 else "weak", label=kind == "label"))
        out.extend(self._foreign(ctx))
        out.extend(self._wrapped(ctx))
        if "<<" in text:
            for m in MRZ2.finditer(text):
                ok = (mrz_check(m.group(1)) == int(m.group(2)) and mrz_check(m.group(4)) == int(m.group(5))
                      and mrz_check(m.group(7)) == int(m.group(8)))
                if ok and m.group(3) != _SPECIMEN_STATE and m.group(1) not in _SPECIMEN_NUMBERS:
                    out.append(self.result(self.ENTITY, m.start(), m.end(), 0.95, strength="strong", kind="mrz"))
            for m in MRZ1.finditer(text):
                if m.group(0).count("<") >= 3 and m.group(0)[2:5] != _SPECIMEN_STATE:
                    out.append(self.result(self.ENTITY, m.start(), m.end(), 0.85, strength="strong", kind="mrz"))
        return out

    def _wrapped(self, ctx: ScanContext) -> list[RecognizerResult]:
        """A passport number broken over a line right after its label (旅券番号 MZ16 ⏎ 27140: a letter's layout, round 23)."""
        text = ctx.text
        out = []
        for w in ("旅券番号", "パスポート番号"):
            for p in ctx.hits.get(w, ())[:8]:
                m = _WRAPPED.match(text, p + len(w))
                if m is not None and len(m.group(2) + m.group(3)) == 7:
                    out.append(self.result(self.ENTITY, m.start(1), m.end(3), 0.9, strength="strong", label=True,
                                           assembled=True))
        return out

    def _foreign(self, ctx: ScanContext) -> list[RecognizerResult]:
        """Another country's passport number right after a passport label (``"passportNumber": "P4417208B"``); or (round
        39) one of 8 or 9 digits alone (a Nepali passport's) with the label at most _DIGITS_REACH characters before it."""
        text = ctx.text
        out = []
        for s, e, d in ctx.digit_runs():
            if len(d) in (8, 9) and e - s == len(d) and (s == 0 or not text[s - 1].isalnum()) and (
                    e == len(text) or not text[e].isalnum()) and LABELS.classify(text, s, e) in ("label", "near") \
                    and _DIGITS_LABEL.search(text, max(0, s - _DIGITS_REACH), s) is not None \
                    and not shown_as_example(text, s, e):
                out.append(self.result(self.ENTITY, s, e, 0.85, strength="strong", label=True, kind="foreign"))
        for m in (FOREIGN.match(text, s) for s in _foreign_starts(ctx)):
            if m is None:
                continue
            if LABELS.classify(text, m.start(), m.end()) == "label" and not shown_as_example(text, m.start(), m.end()) \
                    and m.group(0) not in _SPECIMEN_NUMBERS:
                out.append(self.result(self.ENTITY, m.start(), m.end(), 0.85, strength="strong", label=True,
                                       kind="foreign"))
        return out
