"""JP_RESIDENT_CODE: 住民票コード (11 digits; check-digit formula unpublished, so label-gated)."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._numeric import Labels, runs_with

LABELS = Labels(["住民票コード", "住基ネット", "住民基本台帳", "住基カード", "住民票番号",
                 # field names in code, JSON and exports
                 "juminhyocode", "juminhyo_code", "jumin_code", "juminhyo_no", "resident_code", "residentcode",
                 "resident record code"], near_before=120)
MOBILE_PREFIXES = ("050", "060", "070", "080", "090")


class ResidentCodeRecognizer(AigwRecognizer):
    ENTITY = "JP_RESIDENT_CODE"
    TRIGGER_DIGITS = 11

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        for start, end, digits, _g in runs_with(ctx, 11, ([11], [4, 4, 3], [3, 4, 4])):
            kind = LABELS.classify(text, start, end)
            if kind == "label":
                score = 0.9
            elif kind == "near" and not digits.startswith(MOBILE_PREFIXES):
                score = 0.7
            else:
                continue
            out.append(self.result(self.ENTITY, start, end, score, strength="strong", label=kind == "label"))
        return out
