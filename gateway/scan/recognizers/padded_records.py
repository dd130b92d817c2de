"""PERSON and DATE_OF_BIRTH in fixed-width records pasted without their layout (issue 13, round 13).

A host's fixed-width file (a 宛名 or 住基 extract) pasted as it is: each line a record number, a name padded with
blanks to its field's width, then a birth date as eight digits (``0001234567ﾀｶﾊｼ ﾐﾂｵ          19520314M浜松市…``).
No label and no layout names the fields (fixed_layout.py reads records whose layout the prompt declares), but the
shape does: a full name of two parts (katakana, or kanji the name model reads as a name), blanks after it, then a
real date of birth.

* A record: an eight-digit run that is a real past date (1890 onwards), right after a full name and at least two
  blanks of padding; the name starts the line, follows the record's digits or another padded field (the kana name's
  before the kanji one, round 16).
* A date as seven digits, the era's code then yymmdd (``4050214``: 平成5年2月14日, as the register and tax systems
  store it), when the prompt speaks of birth dates or era codes (round 16).
* The date may open a longer run of digits, the record's next numeric fields glued after it, when a name's padding stands
  before it (``ｸﾂﾅ ﾀｶﾋﾛ            19570311012010000187400R03``: round 29); only the padded name's form then.
* At least two such lines (one line is a sentence as easily as a file), one name at least read as a name by the name
  model (katakana goods in a stock list are not: コピー ヨウシ).

* A headerless CSV (round 14): the name's two parts as the two cells right before the date (``10231,ARAKAKI,KENJI,
  19520704,M,…``), in Latin capitals, katakana or kanji.
* Cells parted by one blank or a tab (round 15): the line's record number, the name's two parts, the date
  (``00318842 ササキ ミノル 19520314 転出``); a log's key=value pairs, the name's value right before a birth key
  (``nushi=タカハシ マサル birth=19570812``).

* A transfer's or a tax file's record with no birth date (round 33): a two-part kana name glued right after six or more
  digits (the account's or the record's), then blanks and the amount's digits (``…000011085523ｱﾂﾐ ﾋﾃﾞｷ      0000072480``,
  全銀 format); two such records at least, one name read as a name.

Trigger: a run of six or more digits (``TRIGGER_DIGITS``); per run two bounded looks at the 64 characters before it.
"""

from __future__ import annotations

import datetime as dt

from presidio_analyzer import RecognizerResult

from gateway import clock
from gateway.scan import rx as re
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import stable_key
from gateway.scan.recognizers.person_contacts import latin_name_ok, spaced_name_ok

# the name field: two katakana parts, or two kanji parts, then the padding (two blanks at least) up to the date
# (the name starts the line, follows the record's digits, or follows another padded field: the kana name's, r16)
_PADDED_NAME = re.compile(r"(?m)(?:^|(?<=[0-9])|(?<=[ 　][ 　]))[ 　]*(?P<name>[ァ-ヺー]{1,10}[ 　][ァ-ヺー]{1,10}|[一-龥々]{1,4}[ 　][一-龥々]{1,4})"
                          r"[ 　]{2,}$")
# …or the name's two parts as two cells of a headerless CSV right before the date (10231,ARAKAKI,KENJI,19520704,M,…;
# 10232,比嘉,真由美,19840721,…): Latin capitals, katakana or kanji (round 14)
_CSV_NAME = re.compile(r"(?m)(?:^|(?<=,))(?P<name>(?P<sur>[A-Z][A-Z'-]{1,15}|[ァ-ヺー]{1,10}|[一-龥々]{1,4}),"
                       r"(?P<given>[A-Z][A-Z'-]{1,15}|[ァ-ヺー]{1,10}|[一-龥々ぁ-ゖ]{1,4})),$")
# …or a row of cells parted by one blank or a tab (a system's list pasted as text: 00318842 ササキ ミノル 19520314 転出): the
# line's leading record number, the name's two parts, the date (r15)
_SPACED_ROW = re.compile(r"(?m)^[ \t]*[0-9A-Za-z][0-9A-Za-z-]{1,11}[ \t]+(?P<name>[ァ-ヺー]{1,10}[ 　][ァ-ヺー]{1,10}"
                         r"|[一-龥々]{1,4}[ 　][一-龥々]{1,4})[ \t]$")
# …or a log's key=value pairs, the name's value right before a birth key (nushi=タカハシ マサル birth=19570812: r15)
_KEYED_NAME = re.compile(r"(?:^|(?<=[ \t,;]))[A-Za-z_]{1,16}=(?P<name>[ァ-ヺー]{1,10}[ 　][ァ-ヺー]{1,10}|[一-龥々]{1,4}[ 　][一-龥々]{1,4})"
                         r"[ \t,;]+(?i:birth(?:day|_?date)?|dob|seinengappi|umare(?:_?ymd)?)=$")
# a Japanese name romanised in capitals, as legacy systems store it: romaji syllables only (ARAKAKI, HATTORI, OHNO;
# a product code, ABC / DEF, is none)
_ROMAJI = re.compile(r"(?:(?:[KGSZTDNHBPMR]Y?|[YW]|SH|CH|TS|J|F)?[AIUEO]|N|(?<=O)H|[KSTPC](?=[KSTPC]))+")
# …or a transfer's or a tax file's record with no date: the kana name glued after the account's or the record's digits,
# blanks, then the amount (…000011085523ｱﾂﾐ ﾋﾃﾞｷ          0000072480, 全銀 / 510ｶﾜﾊﾞﾀ ﾖｼﾉﾌﾞ 0000438500: round 33)
_GLUED_NAME = re.compile(r"(?<=[0-9]{6})(?P<name>[ァ-ヺー]{1,10}[ 　][ァ-ヺー]{1,10})[ 　]+$")
_MAX_RUNS = 512  # digit runs looked at per prompt: bounded work
_PADDING = frozenset(("  ", "\u3000\u3000", " \u3000", "\u3000 "))  # (a name field's padding before the date)


def _real_date(d: str) -> bool:
    if len(d) == 7:  # an era code or letter, then yymmdd (4050214, H050214: 平成5年2月14日)
        era = _ERA_CODES.get(_ERA_LETTERS.get(d[0], d[0]))
        if era is None or not 1 <= int(d[1:3]) <= era[1]:
            return False
        d = str(era[0] + int(d[1:3]) - 1) + d[3:]
    try:
        day = dt.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return False
    return 1890 <= day.year and day <= clock.today()


# the era codes of the residents' register and the local-tax systems (元号コード: 1 明治 … 5 令和): first year, last
_ERA_CODES = {"1": (1868, 45), "2": (1912, 15), "3": (1926, 64), "4": (1989, 31), "5": (2019, 99)}
# …or its letter (S280416: 昭和28年4月16日, as host files and forms print it; round 17)
_ERA_LETTERS = {"M": "1", "T": "2", "S": "3", "H": "4", "R": "5"}
# a seven-digit era-coded date is read only when the prompt speaks of birth dates or era codes (a postal code's seven
# digits read as one as easily)
_ERA_CODED_CUE = re.compile(r"生年月日|誕生日|和暦|元号|(?i:birth|seinen)")


class PaddedRecordRecognizer(AigwRecognizer):
    ENTITIES = ("PERSON", "DATE_OF_BIRTH")
    TRIGGER_DIGITS = 6

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        records: list[tuple[int, int, int, int]] = []
        glued_names: list[tuple[int, int]] = []
        sizes = (7, 8) if _ERA_CODED_CUE.search(text) is not None else (8,)
        for s, e, digits in ctx.digit_runs()[:_MAX_RUNS]:
            if text[s:e].count(" ") and text[s:e].split(" ", 1)[0].isdigit():  # the next cell's digits after one blank
                digits = text[s:e].split(" ", 1)[0]
                e = s + len(digits)
            if len(digits) >= 6 and (g := _GLUED_NAME.search(text, max(0, s - 64), s)) is not None:
                glued_names.append((g.start("name"), g.end("name")))  # (the amount after a glued name: no date)
            glued = len(digits) > 8 and e - s == len(digits) and text[s - 2:s] in _PADDING
            if glued:  # the date first in a run of numeric fields (…ﾀｶﾋﾛ      19570311012010000187400R03…: round 29)
                digits, e = digits[:8], s + 8
            elif len(digits) == 6 and s > 0 and text[s - 1] in _ERA_LETTERS and not text[s - 2:s - 1].isalpha():
                s, digits = s - 1, text[s - 1] + digits  # the era's letter starts the date
            elif len(digits) not in sizes or e - s != len(digits):
                continue
            if not _real_date(digits) or (text[e:e + 1].isdigit() and not glued):
                continue
            ls = text.rfind("\n", 0, s) + 1
            m = _PADDED_NAME.search(text, max(ls, s - 48), s)
            if m is None and text[s - 1:s] == ",":
                m = _CSV_NAME.search(text, max(ls, s - 48), s)
            elif m is None and text[s - 1:s] in (" ", "\t"):
                m = _SPACED_ROW.match(text, ls, s)
            elif m is None and text[s - 1:s] == "=":
                m = _KEYED_NAME.search(text, max(ls, s - 64), s)
            if m is None or not _name_ok(m.group("name")):
                continue
            records.append((m.start("name"), m.end("name"), s, e))
        # (one name at least the name model reads as one: a stock list's katakana goods, コピー ヨウシ, are no names)
        out: list[RecognizerResult] = []
        if len(glued_names) >= 2 and any(_read_as_name(text[ns:ne]) for ns, ne in glued_names):
            out += [self.result("PERSON", ns, ne, 0.8, form="label", full_name=True, honorific=None, label=True,
                                official=False, staff=False, strength="strong", model="padded",
                                person_key=stable_key(text[ns:ne].replace(" ", "").replace("\u3000", "")))
                    for ns, ne in glued_names]
        if len(records) < 2 or not any(_read_as_name(text[ns:ne]) for ns, ne, _, _ in records):
            return out
        for ns, ne, ds, de in records:
            value = text[ns:ne]
            out.append(self.result("PERSON", ns, ne, 0.8, form="label", full_name=True, honorific=None, label=True,
                                   official=False, staff=False, strength="strong",
                                   person_key=stable_key(value.replace(" ", "").replace("\u3000", "")), model="padded"))
            out.append(self.result("DATE_OF_BIRTH", ds, de, 0.85, context="label",
                                   era="western" if de - ds == 8 else "code", precision="day",
                                   strength="strong"))
        return out


def _name_ok(name: str) -> bool:
    """Katakana parts are a name in such a field; kanji parts only when the name model reads them as one; Latin
    capitals when the two parts read as a Latin name."""
    if name[0] in "ァヺー" or "ァ" <= name[0] <= "ヺ":
        return True
    if name[0].isascii():
        return all(_ROMAJI.fullmatch(part) for part in name.split(",")) and latin_name_ok(name.replace(",", " ").title())
    return spaced_name_ok(name.replace(",", " "))


def _read_as_name(name: str) -> bool:
    """The name model reads the field as a name (a Latin name in capitals: its parts as words)."""
    if name[0].isascii():
        return latin_name_ok(name.replace(",", " ").title())
    return spaced_name_ok(name.replace(",", " "))
