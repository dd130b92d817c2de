"""JP_BANK_ACCOUNT and PERSON in the data records of a 全銀 (Zengin) transfer or direct-debit file.

A data record (record type 2) is one fixed-width line: bank code and name, branch code and name, a clearing code
(often blank), the account's kind and 7-digit number, the holder in half-width katakana, the 10-digit amount. Staff
paste such files to find a misaligned field; the file names no label, so the line's shape is the evidence. Pasted
from mail the fields may have single spaces between them, and NFKC has joined the sound marks (ﾄﾞ → ド), so the
widths are ranges. Not a person's: a holder in company katakana (カ)…, ザイ)…), a blank or in-order account number, a
record of 9s and Xs (a layout's dummy), a value shown as an example. Header (1), trailer (8) and end (9) records
hold no person.

The same fields as cells of a delimited export (a direct-debit CSV with no header: bank code, branch code, kind,
account, holder), each cell bare: only with a transfer word in the prompt.

A file with no line breaks (records one after another) is read the same way: in a long line opening with a record,
each data record starts after the space padding of the record before it.

Trigger: the amount's 10-digit run (TRIGGER_DIGITS); then only lines starting with "2" are tried. Or a transfer word
(TRIGGER_WORDS) and a comma or a tab: then the delimited rows.
"""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._numeric import shown_as_example
from gateway.scan.recognizers._text import stable_key

_SP = r" ?"
ZENGIN_RECORD = re.compile(
    r"2" + _SP + r"[0-9]{4}" + _SP + r"[^\n0-9]{1,15}?" + r" *[0-9]{3}" + _SP + r"[^\n0-9]{1,15}?"
    r"(?: *[0-9]{4})? *[1-9]" + _SP + r"(?P<acct>[0-9]{7})" + _SP
    + r"(?P<holder>[ァ-ヶーA-Z][ァ-ヶーA-Z ()（）.\-]{0,29}?) *[0-9]{10}")
# the same fields as the cells of a row: bank code, [bank name], branch code, [branch name], [kind], account, holder
_CELL_NAME = r"(?:[^\n0-9,\t]{1,15}(?P=sep))?"
DELIMITED_RECORD = re.compile(
    # (up to four cells before the bank code: a number, a name, an amount — a refund's export, round 37)
    r"(?m)^(?:[^\n,\t]{0,20}[,\t]){0,4}?[0-9]{4}(?P<sep>[,\t])" + _CELL_NAME + r"[0-9]{3}(?P=sep)" + _CELL_NAME
    + r"(?:[1-9](?P=sep))?(?P<acct>[0-9]{7})(?P=sep)(?P<holder>[ァ-ヶーA-Z][ァ-ヶーA-Z ]{0,29})(?=[,\t]|$)")
# an organisation's holder: 全銀 abbreviations carry a bracket (カ) 株式会社, コウエキザイ) 公益財団法人, (ユ 有限会社) and no
# person's name does; or a body's word (キヨウカイ 協会, クミアイ 組合, カイケイカンリシヤ 会計管理者)
ORG_KANA = re.compile(r"[()（）]|キヨウカイ|クミアイ|ジムキヨク|シヤクシヨ|ヤクバ|カイケイカンリシ[ヤャ]|ガツコウ|ホイクエン|ビヨウイン"
                      r"|レンゴウカイ|ジチカイ|フクシカイ|センタ-|センター|ダンタイ|コウシヤ|キキン|ホウジン|シヤダン|ザイダン")
# a person's name: katakana (a body's long name runs on without the space between surname and given name), or a
# romanised name of two words (not a layout's XXXX)
_NAME = re.compile(r"(?=.*[ァ-ヶ]{2})(?:[ァ-ヶー]{1,9}|[ァ-ヶー]+ [ァ-ヶー ]+)|(?!X+ X+)[A-Z]{2,} [A-Z]{2,}(?: [A-Z]+)?")


class ZenginRecordRecognizer(AigwRecognizer):
    ENTITIES = ("JP_BANK_ACCOUNT", "PERSON")
    TRIGGER_DIGITS = 10
    TRIGGER_WORDS = ("口座", "振替", "振込", "振り込", "引落", "引き落", "全銀", "zengin", "debit", "transfer")

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        if ("," in text or "\t" in text) and any(w in ctx.hits for w in self.TRIGGER_WORDS):
            for m in DELIMITED_RECORD.finditer(text):
                if _personal(text, m):
                    out.extend(self._found(text, m))
        if ctx.longest_digit_run() < self.TRIGGER_DIGITS:
            return out
        starts = [0] if text.startswith("2") else []
        p = text.find("\n2")
        while p >= 0:
            starts.append(p + 1)
            p = text.find("\n2", p + 1)
        starts.extend(_joined_records(text))
        for pos in starts:
            m = ZENGIN_RECORD.match(text, pos)
            if m is not None and _personal(text, m):
                out.extend(self._found(text, m))
        return out

    def _found(self, text: str, m: re.Match[str]) -> list[RecognizerResult]:
        hs = m.start("holder")
        he = hs + len(m.group("holder").rstrip(" ()（）.-"))
        # (the account is the holder's: in a 記入例 with a placeholder holder it is an example too — engine.holder_bound)
        return [self.result("JP_BANK_ACCOUNT", m.start("acct"), m.end("acct"), 0.85, strength="strong", kind="zengin",
                            holder_bound=True),
                self.result("PERSON", hs, he, 0.8, form="label", full_name=" " in text[hs:he], honorific=None,
                            label=True, official=False, staff=False, strength="strong",
                            person_key=stable_key(text[hs:he].replace(" ", "")), model="zengin")]


# a file written with no line breaks (the records one after another, as banks often ask): a long line opening with a
# header (1) or data (2) record; a data record starts after the padding that ends the record before it
_LONG_RECORD_LINE = re.compile(r"(?m)^[12][0-9]{2}[^\n]{197,}")
_INNER_START = re.compile(r"(?<= )2[0-9]{4}")


def _joined_records(text: str) -> list[int]:
    return [m.start() for line in _LONG_RECORD_LINE.finditer(text)
            for m in _INNER_START.finditer(text, line.start() + 1, line.end())]


def _personal(text: str, m: re.Match[str]) -> bool:
    """A person's account: a real-looking number and a katakana name, not a company, a dummy or an example."""
    acct, holder = m.group("acct"), m.group("holder")
    return (len(set(acct)) > 1 and acct not in "01234567890" and acct not in "98765432109"
            and ORG_KANA.search(holder) is None and _NAME.fullmatch(holder.strip()) is not None
            and not shown_as_example(text, m.start("acct"), m.end("acct")))
