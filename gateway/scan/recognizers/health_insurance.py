"""JP_HEALTH_INSURANCE: 保険者番号 (8 or 6 digits, Luhn check digit) and 被保険者 記号・番号・枝番."""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ContextWords, ScanContext
from gateway.scan.recognizers._field_keys import INSURER_KEYS
from gateway.scan.recognizers._numeric import Labels, assemble_after, groups, luhn_ok, shown_as_example

INSURER = Labels(["保険者番号", "保険者No", "保険者コード", "hokensha_bango", "hokenshabango", "hokensha_no",
                  "hokenshano", "insurer_number", "insurer_no", "insurer number", "insurer no", *INSURER_KEYS], label_gap=10,
                 negative=None)
MEMBER = Labels(["被保険者番号", "介護保険被保険者番号", "被保険者証番号", "保険証番号", "健保番号", "被保番号",
                 "被保番", "被保険者No",
                 "健康保険被保険者番号", "hihokensha_bango", "hihokenshabango", "hihokensha_no", "insured_number",
                 "hiho_no", "hihono", "hiho_bango"],
                label_gap=10)
# member-number labels whose number may run over lines ("被保険者番号\n0012\n3456"): 6 to 12 digits
MEMBER_VALUE_LABELS = ("被保険者番号", "被保険者証番号", "保険証番号", "被保番号", "被保番")
MEMBER_SIZES = (8, 10, 6, 7, 9, 11, 12)
INSURANCE_CONTEXT = ContextWords([
    "保険証", "被保険者", "保険者", "健康保険", "国民健康保険", "国保", "組合員証", "資格確認書",
    "後期高齢者医療", "介護保険", "協会けんぽ", "共済",
])
# the label in brackets right after the number: "91728683（保険者番号）"
INSURER_AFTER = re.compile(r"[ ]?[(（\[【][ ]?(?:保険者番号|保険者No|保険者コード)")
MEMBER_AFTER = re.compile(r"[ ]?[(（\[【][ ]?(?:介護保険)?(?:被保険者番号|被保険者証番号|保険証番号)")
# (a 国保 card's 記号 may open with hiragana: 記号 あ12 番号 3456)
KIGO_BANGO = re.compile(
    r"記号\s*(?:[:：]|は)?\s*([0-9A-Za-z\u3041-\u3096\u30a0-\u30ff\u4e00-\u9fff\-]"
    r"(?:[ 　]?[0-9A-Za-z\u3040-\u30ff\u4e00-\u9fff\-.]){0,9}?)"  # (dotted: 記号 12.34; spaced: 記号 浜北 23, r36)
    r"\s*(?:[・,、/ ]|が|、|で)?\s*番号\s*(?:[:：]|は)?\s*"
    r"([0-9]{1,10})(?:\s*[(]?\s*枝番\s*[:：)]?\s*([0-9]{2}))?"
)
# …in English, on an insurance card named in the text ("Insured person's card: symbol 市国-12, number 0081227", round 35)
_KIGO_BANGO_EN = re.compile(r"(?i:symbol)[ \t]*[:：]?[ \t]*(?=[^\s,;]{0,9}[0-9\u3041-\u30ff\u4e00-\u9fff])([0-9A-Za-z\u3041-\u3096\u30a0-\u30ff\u4e00-\u9fff][0-9A-Za-z\u3040-\u30ff"
                            r"\u4e00-\u9fff\-.]{0,9}?)[ \t]*[,;/]?[ \t]*(?i:number|no\.?)[ \t]*[:：]?[ \t]*([0-9]{3,10})(?![0-9])")
_CARD_EN = re.compile(r"(?i:insured person|insurance card|health insurance|national health insurance|\bnhi\b)")


# the insurer named as the owner of the number: "緑野市国民健康保険の保険者番号は 139139 です" — an insurer's own
# number, printed on every card and in its notices, identifies the insurer, not an insured person
INSURER_OWNER = re.compile(
    r"(?:国民健康保険|国保|健康保険組合|健保組合|広域連合|後期高齢者医療(?:制度)?|共済組合|協会けんぽ[^\n]{0,10}?|介護保険|"
    # the insurer speaking of itself: 当市の保険者番号, 本組合の保険者番号 (the city runs its 国保)
    r"(?:当|本|我が|わが)(?:市|町|村|区|組合|健保|健康保険組合|広域連合|共済組合|協会))"
    r"(?:の|における)[ ]?(?:保険者番号|保険者No|保険者コード)")


# an insurer named in the same table row as the number: a directory of insurers (保険者名,保険者番号 ⏎ …国民健康保険,139139)
INSURER_ORG = re.compile(r"国民健康保険|健康保険組合|健保組合|広域連合|共済組合|協会けんぽ")
_ROW_SEPS = re.compile(r"[,\t|]")
_MEMBER_CUES = re.compile(r"記号|被保険者|氏名|名前|生年月日|患者|利用者|対象者")


def _insurer_owned(text: str, start: int) -> bool:
    ls = text.rfind("\n", max(0, start - 60), start) + 1 or max(0, start - 60)
    if INSURER_OWNER.search(text, ls, start) is not None:
        return True
    le = text.find("\n", start, start + 120)
    le = min(len(text), start + 120) if le < 0 else le
    row = text[ls:le]
    if _ROW_SEPS.search(row) is None or INSURER_ORG.search(row) is None:
        return False
    # not a member's record (a header or row naming the insured person or the card's 記号・番号)
    return _MEMBER_CUES.search(text, max(0, ls - 300), le) is None


def _in_row(text: str, start: int) -> bool:
    """The number stands in a CSV or TSV row (a comma or a tab right before it)."""
    return start > 0 and text[start - 1] in ",\t"


def _grouped_after_label(text: str, start: int, end: int, digits: str) -> bool:
    """An insurer number in two groups right after its label (保険者番号: 0613 0017, 06-130017: a form's boxes, a
    paste), passing the check digit (round 16)."""
    return len(groups(text[start:end])) == 2 and luhn_ok(digits) and INSURER.classify(text, start, end) == "label"


class HealthInsuranceRecognizer(AigwRecognizer):
    ENTITY = "JP_HEALTH_INSURANCE"
    TRIGGER_WORDS = ("保険者", "保険証", "記号", "枝番", "健保", "被保険者", "被保番号", "hokensha", "insurer", "insured_number", "symbol",
                     "hiho_no", "hihono", "hiho_bango") \
        + MEMBER_VALUE_LABELS + INSURER_KEYS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        # complexity: one pass over the digit runs near a label; each number's kind (保険者番号, 記号番号, insurer
        # named as owner) is one guarded branch on the same run
        text = ctx.text
        out: list[RecognizerResult] = []
        # a label before or just after; a table's header further up (the column decides: Labels.classify)
        for start, end, digits in ctx.runs_near(self.TRIGGER_WORDS, 300, 16):
            n = len(digits)
            if shown_as_example(text, start, end):
                continue  # 保険者番号（例：01234567）: the format shown
            if n in (6, 8) and (groups(text[start:end]) == [n] or _grouped_after_label(text, start, end, digits)):
                if INSURER_AFTER.match(text, end) is not None or INSURER.classify(text, start, end) == "label":
                    ok = luhn_ok(digits)
                    if ok and _insurer_owned(text, start):
                        out.append(self.result(self.ENTITY, start, end, 0.3, strength="weak", kind="insurer",
                                               label=True, owner="insurer"))
                        continue
                    out.append(self.result(self.ENTITY, start, end, 0.85 if ok else 0.5,
                                           strength="strong" if ok else "weak", kind="insurer", label=True))
                    continue
            # (a short member number only in a table's column under its header: 被保険者記号,被保険者番号 ⏎ 青国,00412, r31)
            if (6 <= n <= 12 or (4 <= n and _in_row(text, start))) and (
                    MEMBER_AFTER.match(text, end) is not None or MEMBER.classify(text, start, end) == "label"):
                out.append(self.result(self.ENTITY, start, end, 0.85, strength="strong", kind="member",
                                       label=True))
        for w in MEMBER_VALUE_LABELS:
            for p in ctx.hits.get(w, ()):
                if text.endswith("雇用保険", 0, p):
                    continue  # 雇用保険被保険者番号: JP_EMPLOYMENT_INSURANCE
                for n in MEMBER_SIZES:
                    got = assemble_after(text, p + len(w), n)
                    if got is not None:
                        if "\n" in text[got[0]:got[1]]:  # over lines; one line is read as a run above
                            out.append(self.result(self.ENTITY, got[0], got[1], 0.85, strength="strong", kind="member",
                                                   label=True, assembled=True))
                        break
        if "記号" in text:
            for m in KIGO_BANGO.finditer(text):
                if INSURANCE_CONTEXT.near(text, m.start(), m.end(), 150, 80):
                    score = 0.9 if m.group(3) else 0.85
                    out.append(self.result(self.ENTITY, m.start(1), m.end(3) if m.group(3) else m.end(2), score,
                                           strength="strong", kind="member", label=True))
        if "symbol" in ctx.hits:
            for m in _KIGO_BANGO_EN.finditer(text):
                if _CARD_EN.search(text, max(0, m.start() - 150), min(len(text), m.end() + 80)) is not None:
                    out.append(self.result(self.ENTITY, m.start(1), m.end(2), 0.85, strength="strong", kind="member",
                                           label=True))
        return out
