"""CREDIT_CARD: 14–16 digit card numbers with a brand prefix and a valid Luhn check digit."""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._examples import is_example_number
from gateway.scan.recognizers._fragments import assembled
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._numeric import Labels, SplitFields, assemble_after, groups, luhn_ok, seps

LABELS = Labels(["カード番号", "クレジット", "クレカ", "有効期限", "セキュリティコード", "cvv", "cvc", "card",
                 "visa", "jcb", "master", "amex", "american express", "diners", "カード", "決済"],
                near_before=150)
BRAND = re.compile(r"4[0-9]{12,15}|5[1-5][0-9]{14}|2[2-7][0-9]{14}|3[47][0-9]{13}|35[0-9]{14}"
                   r"|3(?:0[0-5]|[689][0-9])[0-9]{11,13}|6(?:011|5[0-9]{2})[0-9]{12}|62[0-9]{14}")
def _card_grouping(g: list[int]) -> bool:
    """A card's grouping, or a blank between every digit (4 2 4 3 1 2 9 6 …)."""
    return g in CARD_GROUPINGS or set(g) == {1}


CARD_GROUPINGS = ([16], [15], [14], [4, 4, 4, 4], [4, 6, 5], [4, 6, 4], [4, 4, 4, 3], [4, 4, 4, 2])
# labels directly followed by the number, read across separators and line breaks
# ("カード番号\n4460 1286\n9317 2680", a number taken down over a phone call)
VALUE_LABELS = ("カード番号", "クレジットカード番号", "card number", "card no")
# the number split into its groups under a field named for it (card_no_1=4356&card_no_2=7890&…, "card": ["4356", …])
_SPLIT = SplitFields(r"card_?(?:no|num|number)|cc_?(?:no|num|number)|card|カード番号", first="cカ")
SPLIT_TRIGGERS = ("card_no", "cardno", "card_num", "cardnum", "cc_no", "ccno", "cc_num", "ccnum", 'card"', "card'",
                  "card:", "card=")


_SPOKEN_REACH = 80  # how far after カード the 番号 of a card read out may come
_EXPIRY_AFTER = re.compile(r"[ ,、]*(?i:exp(?:iry|ires|iration)?(?:[ ]date)?|valid[ ]thru|有効期限)[ ]?[:：]?[ ]?"
                           r"(?:0[1-9]|1[0-2])/[0-9]{2}(?![0-9])")
# a program's key for the number right before it: pan=…, "cardNumber": "…", card_no: … (a payment log, round 22)
_KEY_BEFORE = re.compile(r"(?i)(?<![A-Za-z])(?:pan|card_?(?:no|num|number)|cc_?(?:no|num|number)|credit_?card(?:_?no)?)"
                         r"[\"']?[ \t]*[=:][ \t]*[\"']?$")


def _card_kind(text: str, start: int, end: int, with_expiry: bool) -> str | None:
    """The label kind of a card number: "near" with its expiry glued after it or named after it (…, expiry 09/28:
    round 19), "label" under a program's key (pan=), else the labels' verdict."""
    if with_expiry:
        return "near"
    if _KEY_BEFORE.search(text, max(0, start - 20), start) is not None:
        return "label"
    kind = LABELS.classify(text, start, end)
    return "near" if kind is None and _EXPIRY_AFTER.match(text, end) is not None else kind


_WITH_EXPIRY = re.compile(r"(?P<card>[0-9]{4}(?:[ -][0-9]{4}){3})[ ]{1,2}(?:0[1-9]|1[0-2])/[0-9]{2}(?:[0-9]{2})?")
_PIECES_REACH = 200  # how far after 番号 the pieces of a number read out over a few messages may come
_SPOKEN_GAP = re.compile(r"[^0-9\n]{1,16}?[。、 ]?(?=[0-9])")  # what the caller says between 番号 and the digits
# the number's groups on consecutive lines (a number taken down in pieces, a PDF paste): 4 or 8 digits a line
_LINE_GAP = re.compile(r"[ \t]*\n[ \t]*")
_LINE_GROUPS = ([8, 8], [4, 4, 4, 4], [4, 4, 8], [8, 4, 4], [4, 6, 5], [4, 6, 4])


def _over_lines(runs: list[tuple[int, int, str]], text: str):
    """(start, end, digits) of 14–16 digits split over lines: consecutive runs with only a line break between them."""
    for i, (s, e, d) in enumerate(runs):
        if len(d) not in (4, 8) or text[s:e] != d:
            if len(d) < 14 and i + 1 < len(runs) and _LINE_GAP.fullmatch(text, e, runs[i + 1][0]):
                s2, e2, d2 = runs[i + 1]  # (wrapped inside a group, 5388 2338 46 ⏎ 87 8856, or between, 4980 1124 ⏎ 0357 3214)
                if 14 <= len(d) + len(d2) <= 16 and (groups(text[s:e] + text[s2:e2]) in CARD_GROUPINGS[3:]
                                                     or groups(text[s:e] + " " + text[s2:e2]) in CARD_GROUPINGS[3:]):
                    yield s, e2, d + d2
            continue
        got, end, j = [d], e, i + 1
        while j < len(runs) and sum(map(len, got)) < 16 and _LINE_GAP.fullmatch(text, end, runs[j][0]) \
                and text[runs[j][0]:runs[j][1]] == runs[j][2]:
            got.append(runs[j][2])
            end = runs[j][1]
            j += 1
        if [len(x) for x in got] in _LINE_GROUPS:
            yield s, end, "".join(got)


class JpCreditCardRecognizer(AigwRecognizer):
    ENTITY = "CREDIT_CARD"
    TRIGGER_DIGITS = 14
    TRIGGER_WORDS = VALUE_LABELS + SPLIT_TRIGGERS + ("カード", "card")

    def validate_result(self, pattern_text: str) -> bool:
        digits = re.sub(r"[^0-9]", "", pattern_text)
        return bool(BRAND.fullmatch(digits)) and luhn_ok(digits)

    def _over_lines(self, ctx: ScanContext) -> list[RecognizerResult]:
        """A number split over lines, beside a card word."""
        text = ctx.text
        if "\n" not in text:
            return []
        return [self.result(self.ENTITY, start, end, 0.85, strength="strong", assembled=True)
                for start, end, digits in _over_lines(ctx.digit_runs(), text)
                if self.validate_result(digits) and not is_example_number(self.ENTITY, digits)
                and LABELS.classify(text, start, end) in ("label", "near")]

    def _spoken_after_card(self, ctx: ScanContext, seen: set[int]) -> list[RecognizerResult]:
        """A card number read out in groups after 番号 within a short reach of カード (a call transcript: カードで…。
        番号が 4980、1170、9741、9848), assembled across the separators; Luhn and a brand's prefix decide (round 14)."""
        text, out = ctx.text, []
        for p in ctx.hits.get("カード", ())[:16]:
            q = text.find("番号", p, p + _SPOKEN_REACH)
            if q < 0:
                continue
            g = _SPOKEN_GAP.match(text, q + 2)  # (番号言いますね。4539、…: a few words before the digits)
            for n in (16, 15, 14):
                got = assemble_after(text, q + 2, n) or (assemble_after(text, g.end(), n) if g else None) or next(
                    (a for a in assembled(text, q + 2, min(len(text), q + _PIECES_REACH), n) if self.validate_result(a[2])),
                    None)  # (in pieces over a transcript's timed lines: 00:00:36 客：4980 2231 ⏎ 00:00:41 客：5567 0312, r18)
                if got is not None and got[0] not in seen and self.validate_result(got[2]) \
                        and not is_example_number(self.ENTITY, got[2]):
                    seen.add(got[0])
                    out.append(self.result(self.ENTITY, got[0], got[1], 0.9, strength="strong", label=True,
                                           assembled=True))
                    break
        return out

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        seen: set[int] = set()
        if any(w in ctx.hits for w in SPLIT_TRIGGERS + VALUE_LABELS[:1]):
            for s, e, d in _SPLIT.values(text):
                # (a documented test card: the span holds the field names' digits, so the engine cannot tell)
                if 14 <= len(d) <= 16 and self.validate_result(d) and not is_example_number(self.ENTITY, d):
                    seen.add(s)
                    out.append(self.result(self.ENTITY, s, e, 0.95, strength="strong", label=True, assembled=True))
        for w in VALUE_LABELS:
            for p in ctx.hits.get(w, ()):
                for n in (16, 15, 14):
                    got = assemble_after(text, p + len(w), n)
                    if got is not None and self.validate_result(got[2]):
                        seen.add(got[0])
                        out.append(self.result(self.ENTITY, got[0], got[1], 0.95, strength="strong", label=True,
                                               assembled=True))
                        break
        out.extend(self._spoken_after_card(ctx, seen))
        out.extend(self._over_lines(ctx))
        for start, end, digits in ctx.digit_runs():
            x = _WITH_EXPIRY.fullmatch(text, start, end) if len(digits) in (20, 22) else None
            if x is not None:  # the number, then its expiry (… 1608　08/28, round 18): a card's own pair
                end, digits = x.end("card"), digits[:16]
            if not 14 <= len(digits) <= 16 or start in seen:
                continue
            raw = text[start:end]
            g = groups(raw)
            if not _card_grouping(g) or not self.validate_result(digits):
                continue
            kind = _card_kind(text, start, end, x is not None)
            # mixed separators (4539-1488 0266-1701, typed by hand), or a blank between every digit (4 2 4 3 …, round
            # 23), only where the card is named
            if kind == "neg" or ((len(seps(raw)) > 1 or g[0] == 1) and kind not in ("label", "near")):
                continue
            if kind in ("label", "near"):
                score = 0.95 if kind == "label" else 0.85
            elif len(g) > 1:
                score = 0.55
            else:
                score = 0.35
            out.append(self.result(self.ENTITY, start, end, score,
                                   strength="strong" if score >= 0.6 else "weak", label=kind == "label"))
        return out
