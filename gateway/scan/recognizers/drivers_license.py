"""JP_DRIVERS_LICENSE: 運転免許証番号 (12 digits, 公安委員会 code + unofficial check digit; an unknown code only after the
licence's label, its check digit valid)."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._numeric import (
    PUBLIC_SAFETY_CODES,
    Labels,
    assemble_after,
    drivers_license_ok,
    runs_with,
    shown_as_example,
)

LABELS = Labels([
    "運転免許証番号", "運転免許番号", "免許証番号", "運転免許証", "運転免許", "免許証", "免許番号", "免許No", "免許#", "運転経歴証明書", "driver's license",
    "drivers license", "driver license", "driverslicense", "dl#", "lic#", "公安委員会", "menkyo", "license_no",
    "licence_no", "license_number", "licence number", "driver's licence", "drivers licence", "driver licence",
    "driving licence", "driving license", "licence no", "license no", "licence:", "license:",  # (Licence: 3021 …, r33)
    "licensenumber", "licencenumber", "licenseno", "licenceno",  # camelCase: driverLicenseNumber
    # (round 38) in residents' languages: licencia de conducir, carteira de motorista / habilitação, bằng lái xe
    "licencia de conducir", "licencia de manejo", "carteira de motorista", "carteira de habilitação", "bằng lái",
    "免許の条件", "免許の種類",  # fields printed on the card (a card read by OCR names no number label)
    "免許の番号", "免許証の番号",  # (said in a sentence: 控えた免許の番号, round 19)
    "doc_type=dl", "doctype=dl", "document_type=dl",  # (an eKYC log: doc_type=DL doc_no=…)
])


_SPACED = frozenset("0123456789 ")
_DASHED = frozenset("0123456789 -")
# labels directly followed by the number, read across line breaks ("免許証番号\n4075\n2923\n1180")
VALUE_LABELS = ("運転免許証番号", "運転免許番号", "免許証番号", "免許番号")


class DriversLicenseRecognizer(AigwRecognizer):
    ENTITY = "JP_DRIVERS_LICENSE"
    TRIGGER_DIGITS = 12
    TRIGGER_WORDS = VALUE_LABELS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        seen: set[int] = set()
        for w in VALUE_LABELS:
            for p in ctx.hits.get(w, ()):
                got = assemble_after(text, p + len(w), 12)
                if (got is not None and got[0] not in seen and drivers_license_ok(got[2]) and "\n" in text[got[0]:got[1]]):
                    # over lines only: a number on one line is read as a run below (its grouping rules apply)
                    seen.add(got[0])
                    out.append(self.result(self.ENTITY, got[0], got[1], 0.95, strength="strong", label=True,
                                           checksum=True, assembled=True))
        for start, end, digits, g in runs_with(ctx, 12):  # one run (第 123456789012 号)
            if shown_as_example(text, start, end):
                continue
            kind = LABELS.classify(text, start, end)
            if kind in (None, "neg"):
                continue
            cd = drivers_license_ok(digits)
            if digits[:2] not in PUBLIC_SAFETY_CODES and not (kind == "label" and cd):
                continue  # (a commission's code unknown: only right after the licence's label, its check digit valid, r32)
            dai = text[max(0, start - 2):start].rstrip().endswith("第") and "号" in text[end:end + 3]
            letter_spaced = g == [1] * 12 and kind == "label"  # (第 5 3 0 8 … 号 after its label, as OCR reads a card: r27)
            if g != [12] and not letter_spaced and not ((kind == "label" or dai) and cd
                                                        and set(text[start:end]) <= (_DASHED if kind == "label" else _SPACED)):
                # read out in spaced groups ("免許証の番号は 4580 0436 3821", a card's 第 3022 1874 6560 号): only right
                # after a label or as the card prints it, check digit valid (a dash-grouped 4-4-4 number is written as
                # something else, a My Number or a phone number, unless the licence's own label is right before it)
                continue
            if kind == "label":
                score = 0.95 if cd else 0.75
            else:
                score = 0.8 if cd or dai else 0.5
            out.append(self.result(self.ENTITY, start, end, score, strength="strong",
                                   label=kind == "label", checksum=cd))
        return out
