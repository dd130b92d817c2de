"""JP_CORPORATE_NUMBER: 法人番号 (13 digits, leading mod-9 check digit) and invoice numbers T+13.

Public information (国税庁 publishes it): informational only, never a reason to block alone.
"""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._numeric import Labels, corporate_number_ok, groups

LABELS = Labels(["法人番号", "会社法人等番号", "登録番号", "適格請求書", "インボイス", "corporate number",
                 "事業者番号"], negative=None)
INVOICE = re.compile(r"(?<![0-9A-Za-z])T-?([1-9](?:-?[0-9]){12})(?![0-9])")


class CorporateNumberRecognizer(AigwRecognizer):
    ENTITY = "JP_CORPORATE_NUMBER"
    TRIGGER_DIGITS = 13

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        seen: set[int] = set()
        for m in INVOICE.finditer(text):
            digits = m.group(1).replace("-", "")
            if corporate_number_ok(digits):
                out.append(self.result(self.ENTITY, m.start(), m.end(), 0.9, informational=True,
                                       kind="invoice"))
                seen.add(m.start(1))
        for start, end, digits in ctx.runs_of(13):
            if start in seen or not corporate_number_ok(digits):
                continue
            g = groups(text[start:end])
            if g not in ([13], [1, 4, 4, 4], [4, 4, 4, 1]):
                continue
            kind = LABELS.classify(text, start, end)
            score = 0.85 if kind == "label" else 0.7 if kind == "near" else 0.4
            out.append(self.result(self.ENTITY, start, end, score, informational=True, kind="corporate"))
        return out
