"""JP_RESIDENT_CODE: 住民票コード (11 digits; check-digit formula unpublished, so label-gated)."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._numeric import Labels, assemble_after, not_one_run, runs_with, shown_as_example

LABELS = Labels(["住民票コード", "住基ネット", "住民基本台帳", "住基カード", "住民票番号",
                 # field names in code, JSON and exports
                 "juminhyocode", "juminhyo_code", "jumin_code", "juminhyo_no", "resident_code", "residentcode",
                 "resident record code", "resident registry code", "resident registration code"], near_before=120)
MOBILE_PREFIXES = ("050", "060", "070", "080", "090")
# labels directly followed by the code, read across separators and line breaks ("住民票コード\n0381 5529\n047")
VALUE_LABELS = ("住民票コード", "住民票番号")


class ResidentCodeRecognizer(AigwRecognizer):
    ENTITY = "JP_RESIDENT_CODE"
    TRIGGER_DIGITS = 11
    TRIGGER_WORDS = VALUE_LABELS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        seen: set[int] = set()
        for w in VALUE_LABELS:
            for p in ctx.hits.get(w, ()):
                got = assemble_after(text, p + len(w), 11)
                if got is not None and not_one_run(text, got[0], got[1]):  # over lines or spaced dashes; a run is read below
                    seen.add(got[0])
                    out.append(self.result(self.ENTITY, got[0], got[1], 0.9, strength="strong", label=True,
                                           assembled=True))
        for start, end, digits, _g in runs_with(ctx, 11, ([11], [4, 4, 3], [3, 4, 4])):
            if start in seen or shown_as_example(text, start, end):
                continue  # （例：12345678901）: the format shown
            kind = LABELS.classify(text, start, end)
            if kind == "label":
                score = 0.9
            elif kind == "near" and not digits.startswith(MOBILE_PREFIXES):
                score = 0.7
            else:
                continue
            out.append(self.result(self.ENTITY, start, end, score, strength="strong", label=kind == "label"))
        return out
