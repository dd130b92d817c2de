"""JP_BASIC_PENSION_NUMBER: 基礎年金番号 (4-digit 記号 + 6-digit 番号; no check digit; label-gated)."""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._numeric import Labels, assemble_after, runs_with, shown_as_example

LABELS = Labels(["基礎年金番号", "年金番号", "年金手帳", "基礎年金", "日本年金機構", "厚生年金", "国民年金",
                 "年金", "kiso_nenkin", "kisonenkin", "nenkin_no", "nenkin_bango", "pension number", "pension_no",
                 "pension_number", "pensionnumber", "pensionno",
                 # in katakana, as an old system's half-width print reads after NFKC (ｷｿﾈﾝｷﾝﾊﾞﾝｺﾞｳ, round 27)
                 "キソネンキンバンゴウ", "ネンキンバンゴウ"], near_before=150)  # camelCase: basicPensionNumber


# the label in brackets right after the number: "4120389471（基礎年金番号）"
_LABEL_AFTER = re.compile(r"[ ]?[(（\[【][ ]?(?:基礎年金番号|年金番号)")
# labels directly followed by the number, read across separators, line breaks and a spoken の
VALUE_LABELS = ("基礎年金番号", "年金番号", "年金手帳")  # 年金手帳の番号は … (the gap may name the book's number)
# the number read back in a call, its two parts joined by a spoken の (５０７１の３８４２２６ですね), near a label
_READ_BACK = re.compile(r"(?<![0-9])[0-9]{4}の[0-9]{6}(?![0-9])")


class BasicPensionNumberRecognizer(AigwRecognizer):
    ENTITY = "JP_BASIC_PENSION_NUMBER"
    TRIGGER_DIGITS = 10
    TRIGGER_WORDS = VALUE_LABELS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        seen: set[int] = set()
        for w in VALUE_LABELS:
            for p in ctx.hits.get(w, ()):
                got = assemble_after(text, p + len(w), 10)
                if (got is not None and not got[2].startswith(("0120", "0800", "0570"))
                        and not shown_as_example(text, got[0], got[1])):
                    seen.add(got[0])
                    out.append(self.result(self.ENTITY, got[0], got[1], 0.9, strength="strong", label=True,
                                           assembled=True))
        for start, end, digits, g in runs_with(ctx, 10, ([4, 6], [10])):
            if digits.startswith(("0120", "0800", "0570")) or start in seen or shown_as_example(text, start, end):
                continue  # a service number, or the format shown (「1234-567890」のように)
            kind = "label" if _LABEL_AFTER.match(text, end) is not None else LABELS.classify(text, start, end)
            if kind == "label":
                score = 0.9
            elif kind == "near":
                score = 0.7 if g == [4, 6] else 0.5
            else:
                continue
            out.append(self.result(self.ENTITY, start, end, score, strength="strong", label=kind == "label"))
        if "の" in text:
            for m in _READ_BACK.finditer(text):
                if m.start() not in seen and LABELS.classify(text, m.start(), m.end()) in ("label", "near"):
                    out.append(self.result(self.ENTITY, m.start(), m.end(), 0.7, strength="strong", label=False))
        return out
