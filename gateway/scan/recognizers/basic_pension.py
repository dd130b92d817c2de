"""JP_BASIC_PENSION_NUMBER: 基礎年金番号 (4-digit 記号 + 6-digit 番号; no check digit; label-gated)."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._numeric import Labels, runs_with

LABELS = Labels(["基礎年金番号", "年金番号", "年金手帳", "基礎年金", "日本年金機構", "厚生年金", "国民年金",
                 "年金", "kiso_nenkin", "kisonenkin", "nenkin_no", "nenkin_bango", "pension number", "pension_no",
                 "pension_number"], near_before=150)


class BasicPensionNumberRecognizer(AigwRecognizer):
    ENTITY = "JP_BASIC_PENSION_NUMBER"
    TRIGGER_DIGITS = 10

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        for start, end, digits, g in runs_with(ctx, 10, ([4, 6], [10])):
            if digits.startswith(("0120", "0800", "0570")):
                continue
            kind = LABELS.classify(text, start, end)
            if kind == "label":
                score = 0.9
            elif kind == "near":
                score = 0.7 if g == [4, 6] else 0.5
            else:
                continue
            out.append(self.result(self.ENTITY, start, end, score, strength="strong", label=kind == "label"))
        return out
