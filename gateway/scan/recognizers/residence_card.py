"""JP_RESIDENCE_CARD: 在留カード番号 / 特別永住者証明書番号 (2 letters + 8 digits + 2 letters)."""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._examples import sample_literal
from gateway.scan.recognizers._numeric import Labels, dated_row_cell, shown_as_example

LABELS = Labels(["在留カード", "在留番号", "特別永住者証明書", "在留資格", "在留期間", "residence card", "residence_card",
                 "residencecard", "zairyu",
                 "外国人",
                 # the immigration office or the card's renewal near a bare カード (…カード XJ48103927TN … 入管から追加資料, r32)
                 "入管", "出入国在留管理", "在留期限", "在留期間更新",
                 # …and in English (the immigration office, a visa renewal, the status of residence: round 35)
                 "immigration", "status of residence", "residence status", "visa renewal", "her card", "his card", "my card",
                 # the card named in the resident's own language (재류카드 번호는 …, 在留卡号码, thẻ cư trú, cartão de
                 # residência, tarjeta de residencia): a letter or a form written by the card holder (round 14)
                 "재류카드", "재류 카드", "在留卡", "thẻ cư trú", "thẻ lưu trú", "cartão de residência",
                 "cartao de residencia", "tarjeta de residencia", "kard ng paninirahan",
                 "रेसिडेन्स कार्ड", "निवास कार्ड"], near_before=150)  # (Nepali: round 15)
# (the digits may be written in two groups of four, as on a form: AB 1234 5678 CD)
NUMBER = re.compile(r"(?<![0-9A-Za-z])[A-Z]{2}[ \-‐‑‒–—―−ー]?[0-9]{4}[ \-]?[0-9]{4}[ \-‐‑‒–—―−ー]?[A-Z]{2}(?![0-9A-Za-z])")
# (written in small letters when copied by hand, tn38201547hq: only under the card's label or near it, round 25)
_ANY_CASE = re.compile(NUMBER.pattern.replace("[A-Z]{2}", "[A-Za-z]{2}"))


# (みほん: やさしい日本語; a few words between: 見本に載っている …, 例として …, round 27 — the digits in order decide it)
_SAMPLE_BEFORE = re.compile(r"(?:見本|みほん|例示|例|サンプル|記入例|記載例|(?i:sample|example))[^\n。0-9A-Za-z]{0,10}$")
# (or after it in its sentence: ※AB12345678CD は出入国在留管理庁の案内に載っている見本の番号です, round 28)
_SAMPLE_AFTER = re.compile(r"[^\n。]{0,30}?(?:見本|みほん|サンプル|記入例|記載例|例示|(?i:sample|example))")


class ResidenceCardRecognizer(AigwRecognizer):
    ENTITY = "JP_RESIDENCE_CARD"
    TRIGGER_DIGITS = 8

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        cands = [max(0, s - 3) for s, e, d in ctx.runs_of(8) if s >= 2]
        for m in (_ANY_CASE.search(text, c, c + 16) for c in cands):
            if m is None or (not m.group().isupper() and LABELS.classify(text, m.start(), m.end()) not in ("label", "near")):
                continue
            if shown_as_example(text, m.start(), m.end()) \
                    or sample_literal(text, m.start(), m.end(), re.sub(r"[^0-9]", "", m.group())) \
                    or ((_SAMPLE_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None
                         or _SAMPLE_AFTER.match(text, m.end()) is not None)
                        and re.sub(r"[^0-9]", "", m.group()) in "0123456789"):
                continue  # (the card's sample named as such: 在留カードの見本の AB12345678CD, round 23)
            kind = LABELS.classify(text, m.start(), m.end())
            score = {"label": 0.95, "near": 0.8}.get(kind or "", 0.45)
            if score < 0.6 and dated_row_cell(text, m.start(), m.end()):
                score = 0.75  # a cell of a row with a date: a card's record (a QR payload, a headerless CSV, round 23)
            out.append(self.result(self.ENTITY, m.start(), m.end(), score,
                                   strength="strong" if score >= 0.6 else "weak", label=kind == "label"))
        return out
