"""JP_BANK_ACCOUNT: 全銀 accounts (bank / branch / 種目 / 7-digit number / katakana holder) and
ゆうちょ 記号・番号. No check digit exists, so it needs several of these features together."""

from __future__ import annotations

from gateway.scan import rx as re
from bisect import bisect_left

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ContextWords, ScanContext
from gateway.scan.recognizers._fragments import assembled
from gateway.scan.recognizers._numeric import Labels, assemble_after, groups, shown_as_example
from gateway.scan.recognizers._text import stable_key

ACCOUNT_LABELS = Labels(["口座番号", "口座No", "口座#", "account number", "account no", "acct no", "acct number", "kouza bango",
                         "acct=", "acct:", "acct_no", "kouza=", "koza=",  # (a transfer log's fields: bank=… br=… acct=…)
                         "kouza no", "koza no", "口座", "コウザバンゴウ", "コウザNO", "コウザ",  # (ｺｳｻﾞﾊﾞﾝｺﾞｳ of a legacy export)
                         # (a resident's form in their language: Número de cuenta, Número da conta, Số tài khoản, r31)
                         "número de cuenta", "numero de cuenta", "número da conta", "numero da conta", "số tài khoản",
                         "numero ng account", "nomor rekening"],
                        label_gap=12, near_before=120, near_after=40, negative=None)
KIND = ContextWords(["普通", "当座", "貯蓄", "総合口座", "savings", "futsu", "touza", "toza", "checking", "current account",
                     "ordinary"])
BANK = ContextWords(["銀行", "信用金庫", "信金", "信用組合", "農協", "JA", "労働金庫", "労金", "バンク",
                     "金融機関", "bank"])
BRANCH = ContextWords(["支店", "店番", "出張所", "営業部", "本店", "支所", "branch"])
# (the holder as written down from a call may be in hiragana: 名義は ながとも けいすけ)
# (or in a romaji chat: meigi イシグロ ミツキ, round 19)
HOLDER = re.compile(r"(?:名義|口座名義人?|名義人|(?i:meigi(?:nin)?))(?:は|が)?\s*[:：]?\s*"
                    r"(?P<kana>[ァ-ヶー]{2,}(?:[ 　][ァ-ヶー]{1,})?|[ぁ-ゖー]{2,}[ 　][ぁ-ゖー]{1,})"
                    r"|(?i:account[ \t]+(?:holder|name))[ \t]*[:：]?[ \t]*(?P<latin>[A-Z]{2,}(?:[ \t][A-Z]{1,})?)")
# an account held by an organisation (the city's own 会計管理者 account printed on every 納付書, a company's
# account on an invoice): not a private individual's data. 全銀 katakana abbreviations: カ) 株式会社, ユ) 有限会社 …
ORG_HOLDER = re.compile(
    # (or the account said to be a company's: …当座 0012345（請求書記載の法人口座）, round 20)
    r"[(（][^()（）\n]{0,12}(?:法人|会社|事業者|団体)(?:名義の?)?口座[)）]|"
    r"(?:名義人?|受取人|口座名)[ \t]*[:：]?[ \t]*[^\n]{0,24}?"
    r"(?:会計管理者|収入役|出納|[市町村](?:長|役所|役場)|株式会社|有限会社|合同会社|[(（][株有][)）]|法人|組合|協会|"
    r"事務局|基金|義援金|義捐金|ギエンキン|募金|ボキン|(?<![ァ-ヶ])(?:カ|ユ|ド|シヤ|ザイ|トクヒ)[)）]|[(（](?:カ|ユ|ド)(?![ァ-ヶ])|カイケイカンリシ[ヤャ])"
    r"|(?i:account[ \t]+(?:holder|name)|payee)[ \t]*[:：]?[ \t]*[^\n,;]{0,24}?"
    r"(?:City|Town|Village|Treasurer|Co\.|Ltd|Inc\.?|Corporation|K\.K\.|Association|Foundation)(?![A-Za-z])")
TRANSFER = ContextWords(["振込", "振り込み", "振替", "引落", "引き落とし", "送金", "返金", "払込", "refund", "transfer",
                         "remit", "direct debit", "furikomi", "kanpu"])
YUCHO = re.compile(r"(?<![0-9])(1[0-9]{3}0)[- ]?([0-9]{6,8})(?![0-9])")
# (the number may break over a line: 番号 2841⏎5731, round 18)
# (記号・番号 in romaji in an English mail: Kigo 10390 / Bango 52871441, round 19)
YUCHO_KIGO = re.compile(r"(?:記号|(?i:kigou?))\s*[:：]?\s*(1[0-9]{3}0|1(?: [0-9]){3} 0)\s*[、,・/]?\s*(?:番号|(?i:bangou?))\s*[:：]?\s*"
                        r"([0-9]{6,8}|[0-9]{2,6}[ ]?\n[ ]?[0-9]{2,6}|[0-9](?: [0-9]){5,7})(?![0-9])")  # (or spaced: r24)
YUCHO_WORDS = ContextWords(["ゆうちょ", "郵便貯金", "通帳", "記号", "貯金", "japan post", "yucho", "yuucho"])
# in English: "Japan Post Bank account: symbol 10180, number 27394851"
YUCHO_EN = re.compile(r"(?i)symbol[ \t]*(?:no\.?)?[ \t]*[:：]?[ \t]*(1[0-9]{3}0)[ \t]*[,、/]?\s{0,3}(?:and[ \t]+)?"  # (…on its own line, r41)
                      r"(?:account[ \t]+)?(?:number|no\.?)[ \t]*[:：]?[ \t]*([0-9]{6,8})(?![0-9])")


class BankAccountRecognizer(AigwRecognizer):
    ENTITY = "JP_BANK_ACCOUNT"
    # the holder named after a private account (名義 カタギリ ミホ, account holder KANBE RYOSUKE) is that person
    ENTITIES = (ENTITY, "PERSON")
    TRIGGER_WORDS = ("口座", "普通", "当座", "ゆうちょ", "振込", "振替", "名義", "account", "銀行", "貯金", "symbol", "acct",
                     "kouza", "koza", "コウザ", "futsu", "meigi", "kigo")

    def _holder(self, text: str, start: int, end: int) -> list[RecognizerResult]:
        m = HOLDER.search(text, start, end)
        return [] if m is None else [_holder_result(self, m)]

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        # complexity: one pass over the account-number candidates, each form (Japan Post, bank and branch, boxes,
        # organisation holders) one guarded branch; splitting them would walk the candidates once per form
        text = ctx.text
        out: list[RecognizerResult] = []
        taken: set[int] = set()
        for m in YUCHO_EN.finditer(text) if "symbol" in ctx.lower else ():
            if YUCHO_WORDS.near(text, m.start(), m.end(), 80, 20):
                out.append(self.result(self.ENTITY, m.start(1), m.end(2), 0.9, strength="strong", kind="yucho"))
                taken.add(m.start(1))
                taken.add(m.start(2))
        for m in YUCHO_KIGO.finditer(text):
            if not 6 <= sum(c.isdigit() for c in m.group(2)) <= 8:
                continue
            out.append(self.result(self.ENTITY, m.start(1), m.end(2), 0.9, strength="strong", kind="yucho"))
            taken.add(m.start(1))
            taken.add(m.start(2))
        yucho_starts = [s for s, e, d in ctx.digit_runs() if 11 <= len(d) <= 13 and d[0] == "1" and d[4] == "0"]
        for m in (YUCHO.match(text, s) for s in yucho_starts):
            if m is None or m.start() in taken:
                continue
            if YUCHO_WORDS.near(text, m.start(), m.end(), 40, 20):
                out.append(self.result(self.ENTITY, m.start(), m.end(), 0.9, strength="strong", kind="yucho"))
                taken.add(m.start())
        orgs: list[int] | None = None
        runs = ctx.runs_near(self.TRIGGER_WORDS, 120, 60)
        for k, (start, end, digits) in enumerate(runs):
            start, end, digits = _before_date(text, start, end, digits)
            if start in taken or not 6 <= len(digits) <= 8:
                continue
            if groups(text[start:end]) != [len(digits)] and not _split_after_kind(text, start, end):
                continue
            if len(set(digits)) == 1 or shown_as_example(text, start, end):
                continue  # 0000000 / 1111111, or … 7654321 のように: the blank or format of a form or a manual
            lo, hi = max(0, start - 80), min(len(text), end + 60)
            if orgs is None:  # organisation holders, found once per text
                orgs = [m.start() for m in ORG_HOLDER.finditer(text)]
            # an organisation holder counts for the account on its line or the lines after it, up to the next
            # account (市の口座 … 名義 会計管理者 ⏎ 還付先 … 名義 カタギリ: the second is a resident's)
            i = bisect_left(orgs, max(lo, text.rfind("\n", lo, start) + 1))
            if i < len(orgs) and orgs[i] < min(hi, runs[k + 1][0] if k + 1 < len(runs) else hi):
                continue
            features = _features(text, start, end)
            kind = ACCOUNT_LABELS.classify(text, start, end)
            if kind == "label":
                score = 0.9 if features >= 1 else 0.65
            elif features >= 3 and len(digits) == 7:
                score = 0.75
            elif kind == "near" and features >= 2 and len(digits) == 7:
                score = 0.7
            else:
                continue
            out.append(self.result(self.ENTITY, start, end, score, strength="strong", label=kind == "label"))
            out.extend(self._holder(text, end, min(len(text), end + 60)))
        # one digit a box after the label (口座番号：｜4｜0｜7｜1｜8｜3｜6｜, a form's cells): no digit run holds it
        for p in ctx.hits.get("口座", ()):
            got = assemble_after(text, p + 4, 7) if text.startswith("口座番号", p) else None
            if got is None or groups(text[got[0]:got[1]]) == [7] or len(set(got[2])) == 1:
                continue
            start, end = got[0], got[1]
            hi = min(len(text), end + 60)
            ls = max(text.rfind("\n", max(0, start - 120), start) + 1, start - 120)
            if ORG_HOLDER.search(text, ls, hi) is None and _features(text, start, end):
                out.append(self.result(self.ENTITY, start, end, 0.9, strength="strong", label=True, assembled=True))
        out.extend(self._spaced_after_kind(text, ctx))
        out.extend(self._spoken(text, ctx))
        return out

    def _spaced_after_kind(self, text: str, ctx: ScanContext) -> list[RecognizerResult]:
        """Seven digits a blank apart right after the 種目 or an English account label (口座：普通　3 0 8 6 1 5 2, Account No.:
        3 0 7 1 9 4 6: a letter's spaced figures, round 23): no digit run holds them; taken with one more account feature
        (a bank, a branch, a holder, a transfer)."""
        out: list[RecognizerResult] = []
        for w in ("普通", "当座", "account"):
            for p in ctx.hits.get(w, ())[:16]:
                if w == "account":  # (Account No.: 3 0 7 1 9 4 6 in an English mail)
                    m = _EN_ACCOUNT_LABEL.match(text, p)
                    if m is None:
                        continue
                    q = m.end()
                else:
                    q = p + len(w) + (2 if text.startswith("預金", p + len(w)) else 0)
                got = assemble_after(text, q, 7)
                if got is None or set(groups(text[got[0]:got[1]])) != {1} or len(set(got[2])) == 1:
                    continue
                start, end = got[0], got[1]
                if ORG_HOLDER.search(text, max(0, start - 80), min(len(text), end + 60)) is None \
                        and _features(text, start, end) >= 2:
                    out.append(self.result(self.ENTITY, start, end, 0.85, strength="strong", label=True, assembled=True))
        return out

    def _spoken(self, text: str, ctx: ScanContext) -> list[RecognizerResult]:
        """Seven digits said in words after an account's kind or label (普通預金で、番号が、ナナ、イチ、ゼロ…: a call's
        transcript, round 20); read only where a spoken piece stands (the written runs are read above)."""
        out: list[RecognizerResult] = []
        for w in ("口座", "普通", "当座"):
            for p in ctx.hits.get(w, ())[:8]:
                got = next((a for a in assembled(text, p, min(len(text), p + _SPOKEN_REACH), 7)
                            if not text[a[0]].isdigit() and len(set(a[2])) > 1), None)
                if got is not None and ORG_HOLDER.search(text, got[1], min(len(text), got[1] + 60)) is None:
                    out.append(self.result(self.ENTITY, got[0], got[1], 0.85, strength="strong", label=True,
                                           assembled=True, spoken=True))
        return out


_SPOKEN_REACH = 48
_DATE_AFTER = re.compile(r"[0-9]{1,4}(?:月|日|年|時|歳|才|円|か月|ヶ月)")


def _before_date(text: str, start: int, end: int, digits: str) -> tuple[int, int, str]:
    """A run whose last group opens a date or an amount after a space (普通 3184207　7月支給分から): the number before it."""
    cut = max(text.rfind(" ", start, end), text.rfind("　", start, end))
    if cut > start and _DATE_AFTER.match(text, cut + 1) is not None and len(groups(text[start:cut])) == 1:
        return start, cut, digits[:sum(c.isdigit() for c in text[start:cut])]
    return start, end, digits


_EN_ACCOUNT_LABEL = re.compile(r"(?i)account[ \t]*(?:no\.?|number|#)[ \t]*[:：]?")


def _holder_result(rec: AigwRecognizer, m: re.Match[str]) -> RecognizerResult:
    name = m.group("kana") or m.group("latin")
    s = m.start("kana") if m.group("kana") else m.start("latin")
    return rec.result("PERSON", s, s + len(name), 0.8, form="label", full_name=" " in name or "　" in name,
                      honorific=None, label=True, official=False, staff=False, strength="strong",
                      person_key=stable_key(re.sub(r"[ 　]", "", name)), model="account_holder")


def _split_after_kind(text: str, start: int, end: int) -> bool:
    """Seven digits split 3-4 or 4-3 by a blank right after the 種目 (普通預金 ０６２ １５８３, round 19)."""
    return (groups(text[start:end]) in ([3, 4], [4, 3]) and " " in text[start:end]
            and KIND.search(text, max(0, start - 6), start) is not None)


def _features(text: str, start: int, end: int) -> int:
    """How many account features surround the number: 種目 just before it; bank, branch, a katakana holder after
    it, a transfer word nearby."""
    lo, hi = max(0, start - 80), min(len(text), end + 60)
    return ((KIND.search(text, max(0, start - 30), start) is not None) + (BANK.search(text, lo, hi) is not None)
            + (BRANCH.search(text, lo, hi) is not None) + (HOLDER.search(text, start, hi) is not None)
            + (TRANSFER.search(text, lo, hi) is not None))
