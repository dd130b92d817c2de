"""JP_EMPLOYMENT_INSURANCE: 雇用保険被保険者番号 (4-6-1 digits; check digit unpublished)."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ContextWords, ScanContext
from gateway.scan.recognizers._numeric import Labels, runs_with, shown_as_example

LABELS = Labels(["雇用保険", "被保険者番号", "離職票", "資格取得", "ハローワーク", "雇用保険番号", "koyo_hoken", "koyohoken",
                 "employment insurance", "employment_insurance"],
                near_before=150)
OFFICE = ContextWords(["事業所番号", "事業所"])


class EmploymentInsuranceRecognizer(AigwRecognizer):
    ENTITY = "JP_EMPLOYMENT_INSURANCE"
    TRIGGER_DIGITS = 11

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        for start, end, _digits, g in runs_with(ctx, 11, ([4, 6, 1], [11])):
            if OFFICE.near(text, start, end, 12, 0) or shown_as_example(text, start, end):
                continue  # 雇用保険事業所番号 identifies the employer; 「1234-567890-1」のような: the format
            kind = LABELS.classify(text, start, end)
            if kind == "label":
                score = 0.9
            elif kind == "near":
                score = 0.75 if g == [4, 6, 1] else 0.5
            elif g == [4, 6, 1]:
                score = 0.35
            else:
                continue
            out.append(self.result(self.ENTITY, start, end, score,
                                   strength="strong" if score >= 0.6 else "weak", label=kind == "label"))
        return out
