"""JP_POSTAL_CODE: 〒123-4567 (weak alone; part of an address)."""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ContextWords, ScanContext

POSTAL = re.compile(r"(〒\s*)?(?<![0-9\-])([0-9]{3})(-?)([0-9]{4})(?![0-9]|-[0-9])")  # applied at digit runs
LABEL = ContextWords(["郵便番号", "〒", "住所", "所在地", "送付先", "postal", "zip"])


class PostalCodeRecognizer(AigwRecognizer):
    ENTITY = "JP_POSTAL_CODE"
    TRIGGER_DIGITS = 7

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        cands = []
        for s, e, d in ctx.runs_of(7):
            j = s
            while j > 0 and text[j - 1] == " " and s - j < 2:
                j -= 1
            cands.append(j - 1 if j > 0 and text[j - 1] == "〒" else s)
        for m in (POSTAL.match(text, c) for c in cands):
            if m is None:
                continue
            has_mark = m.group(1) is not None
            labelled = has_mark or LABEL.near(text, m.start(2), m.end(), 12, 0)
            if not m.group(3) and not labelled:
                continue
            if m.start(2) > 0 and text[m.start(2) - 1] in "-./:":
                continue
            score = 0.85 if labelled else 0.35
            out.append(self.result(self.ENTITY, m.start(), m.end(), score, strength="weak", label=labelled))
        return out
