"""PERSON (form ``initials``): someone written by the initials of their name (issue 13, round 21).

A school's or a ward's record often shortens the name to its initials to look anonymous, yet the initials, the class
and the matter point at one pupil everyone in the school knows: ``対象：M.T.（3年1組・男子）``, ``R.S.くんの保護者から連絡``,
a table's イニシャル column (``| 1-3 | 5 | K.T. | 卵・乳 |``). Initials count as such only when written with their
dots and addressed (さん, くん, 君, ちゃん, 氏, 様), labelled as the subject (対象：, 本人：, 児童：), followed by the class or
the age in brackets, closing a bracket that gives the age or the sex (主任（保健師、30代女性、Y.T.）), or standing in a
column headed イニシャル. A single letter (Aさん) is a case's pseudonym, not
initials (unique_subject reads those), and dotted capitals elsewhere (U.S., E.U.) are no one.

Like a pupil named by class and number (record_number) it is a person of the record, not a full name: never counted in
a roster; only a topic about them, or an attribute, makes a block.
"""

from __future__ import annotations

from itertools import islice

from presidio_analyzer import RecognizerResult

from gateway.scan import rx as re
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._table_rows import cells, rows_under
from gateway.scan.recognizers._text import stable_key

# two or three capitals, each followed by a dot (the last dot may be left out before an honorific): M.T., K. T., A.K.
_INITIALS = r"(?<![A-Za-z.])(?:[A-Z]\.[ ]?){1,2}[A-Z]\.?(?![A-Za-z])"
_ADDRESSED = re.compile(_INITIALS + r"(?=[ 　]?(?:さん|くん|君|ちゃん|氏|様))")
_LABELLED = re.compile(r"(?:対象(?:者|児童|生徒|児)?|本人|児童|生徒|園児|患者|利用者|相談者|氏名)[ 　]?[:：][ 　]?"
                       r"(?P<v>" + _INITIALS + r")")
_CLASS_AFTER = re.compile(_INITIALS + r"(?=[ 　]?[(（][^()（）\n]{0,8}?(?:[0-9]{1,2}歳|[0-9一二三四五六]年|組|男|女))")
# …or closing a bracket that describes the person (主任（保健師、30代女性、Y.T.）: round 24)
_CLOSING_BRACKET = re.compile(r"[(（][^()（）\n]{0,24}?(?:[0-9]{1,2}(?:歳|代)|男性|女性)[^()（）\n]{0,8}?[、,][ ]?(?P<v>"
                              + _INITIALS + r")[)）]")
_HEAD = "イニシャル"
_CELL = re.compile(_INITIALS)
_MAX = 64


class InitialsRecognizer(AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_WORDS = (".",)

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        spans: dict[int, int] = {}
        for m in islice(_ADDRESSED.finditer(text), _MAX):
            spans.setdefault(m.start(), m.end())
        for m in islice(_LABELLED.finditer(text), _MAX):
            spans.setdefault(m.start("v"), m.end("v"))
        for m in islice(_CLASS_AFTER.finditer(text), _MAX):
            spans.setdefault(m.start(), m.end())
        for m in islice(_CLOSING_BRACKET.finditer(text), _MAX):
            spans.setdefault(m.start("v"), m.end("v"))
        if _HEAD in text:
            for s, e in self._column(text):
                spans.setdefault(s, e)
        return [self.result(self.ENTITY, s, e, 0.6, form="initials", full_name=False, honorific=None, label=True,
                            official=False, staff=False, strength="medium",
                            person_key=stable_key(text[s:e].replace(" ", "").replace(".", "")))
                for s, e in islice(sorted(spans.items()), _MAX)]

    @staticmethod
    def _column(text: str) -> list[tuple[int, int]]:
        """The cells under a column headed イニシャル (a CSV, TSV or markdown table)."""
        out: list[tuple[int, int]] = []
        at = text.find(_HEAD)
        head = text.rfind("\n", 0, at) + 1
        head_end = text.find("\n", at)
        if head_end < 0:
            return out
        cols = cells(text[head:head_end])
        col = next((i for i, c in enumerate(cols) if _HEAD in c), None)
        for start, line, row in rows_under(text, head_end, _MAX) if col is not None else ():
            if len(row) <= col or _CELL.fullmatch(row[col]) is None:
                break
            s = text.find(row[col], start, start + len(line))
            out.append((s, s + len(row[col])))
        return out
