"""DATE_OF_BIRTH: 和暦 and 西暦 dates *with a birth context* (DETECTION.md §2.16).

A date alone is not a date of birth (施行日, 締切, 会議日 are everywhere): a date is reported only
with a cue next to it:

* ``label``: 生年月日 / 誕生日 / 出生日 / DOB / date of birth / 生年 just before it
  (``生年月日：昭和46年9月18日``, ``生年月日 S46.9.18``);
* ``born``: 生まれ / 生 / 出生 right after it (``平成元年1月8日生まれ``, ``S60.1.1生``);
* ``age``: an age right after it (``昭和46年9月18日（52歳）``, ``満52歳``);
* ``column``: a header line earlier in the text has a 生年月日/誕生日 column (CSV/TSV rosters).

Formats: eras 明治/大正/昭和/平成/令和 (``㍻``/``㋿`` fold to them under NFKC) and their letters
M/T/S/H/R, ``元年``, kanji positional numerals (``平成三十一年四月三十日``), separators 年月日 or
``. / -``; Gregorian ``1985年1月1日``, ``1985/01/01``, ``1985-01-01``, and ``19850101`` after a label.
Year-only / year-month forms count only with ``born`` (``昭和60年生まれ``). Dates are validated
(calendar date, era-year range, not in the future).

Metadata: ``context`` (label / born / age / column), ``era`` (the era name or ``western``),
``strength`` (``strong`` for label/born/column, ``weak`` for age), ``precision`` (day / month /
year). Scores: label 0.9, born/column 0.8, age 0.6; year-only 0.5.
"""

from __future__ import annotations

import datetime as _dt
from gateway.scan import rx as re
from typing import Any

from gateway import clock
from gateway.scan.recognizers._birth_forms import (COLUMN_WORDS, HEADER_WORDS, LABEL_HEAD, LIST_HEAD, LIST_ITEM, header_line,
                                                   tolerant_after, under_column)
from gateway.scan.recognizers._field_keys import BIRTH_KEYS
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import field_tuples, merge_windows

_KN = r"[一二三四五六七八九十〇壱弐参拾]{1,3}"  # (the register's formal numerals too: 昭和五拾参年九月弐拾日, r29)
_NUM = r"(?:\d{1,2}|" + _KN + r")"
_ERA = r"(?P<era>明治|大正|昭和|平成|令和|民國|民国|(?<![A-Za-z0-9])[MTSHRmtshr](?=[ \t]?[0-9元]))"
_YSEP = r"[ \t]*(?:年の?|년|[./\-])[ \t]*"  # (and the Korean 년 / 월 / 일: 1975년 4월 3일)  # "平成十年の五月二十日": spoken, の after the year
_MSEP = r"[ \t]*(?:月|월|[./\-])[ \t]*"

DATE_RE = re.compile(
    # (a first character of any form below, before all of them: other starts fail at once, where the forms after the
    # first were tried at every start)
    r"(?=[明大昭平令民MTSHRmtshr12dLD])(?:"
    # 和暦: era + year (+ month (+ day))
    + _ERA + r"[ \t]*(?P<ey>元|\d{1,2}|" + _KN + r")(?:" + _YSEP + r"(?P<em>" + _NUM + r")(?:" + _MSEP
    + r"(?P<ed>" + _NUM + r")(?![0-9])[ \t]*日?)?[ \t]*(?:月)?|[ \t]*年)"
    # 西暦 with separators
    r"|(?<![0-9])(?P<gy>(?:18|19|20)\d{2})(?:[ \t]*(?:年|년|[./\-])[ \t]*(?P<gm>" + _NUM + r")(?:[ \t]*(?:月|월|[./\-])[ \t]*"
    r"(?P<gd>" + _NUM + r")(?![0-9])[ \t]*[日일]?)?[ \t]*(?:月)?|[ \t]*年)"
    # 西暦 compact yyyymmdd
    r"|(?<![0-9])(?P<cy>(?:18|19|20)\d{2})(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])(?![0-9])"
    # a date in code: Python's datetime.date(1958, 7, 21) (a repr, a test), Java's LocalDate.of(1958, 7, 21)
    r"|(?:datetime\.date|LocalDate\.of|DateOnly)\([ \t]*(?P<py>(?:18|19|20)\d{2}),[ \t]*(?P<pm>\d{1,2}),[ \t]*(?P<pd>\d{1,2})[ \t]*\))"
)

_ERA_BASE = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019, "民國": 1912, "民国": 1912,
             "M": 1868, "T": 1912, "S": 1926, "H": 1989, "R": 2019}
_ERA_NAME = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
_ERA_MAX = {"明治": 45, "大正": 15, "昭和": 64, "平成": 31, "令和": 99, "民國": 99, "民国": 99}  # (民國: Taiwan's, round 13)

_LABEL_RE = re.compile(
    r"(?:生年月日|誕生日|出生日期|出生年月日|出生日|生年|生年月|생년월일|生れ|生まれ|うまれ|DOB|D\.O\.B\.?|date[ _\t]*of[ _\t]*birth|birth[ _\t-]*date|birthday|born"
    r"|seinengappi|tanjoubi|せいねんがっぴ|たんじょうび"
    # a bare "birth" as a field name, only with its separator and an unquoted value: "birth=1979-03-02" (a query
    # string), "birth: 1979-03-02" (YAML); code's birth="2000-01-01" / birth: '2000-01-01' keeps to the code rules
    r"|(?<![a-z_])birth(?=[ \t]*+[:=][ \t]*+(?![\"'`]))"
    # …and a quoted "birth" key of a dict or JSON object ('birth': '1979-06-21'), a record's field, not an argument
    r"|(?<=[\"'])birth(?=[\"'][ \t]*+:)"
    # abbreviated keys of real systems (bd, birth_ymd, seinen_ymd: _field_keys), as keys only: "bd": "…", bd=…
    r"|(?<![a-z0-9_])(?:" + "|".join(BIRTH_KEYS) + r")(?=[\"'`]?[ \t]*[:=])"
    r")"
    # a memo's arrow as the separator too: "生まれ→ H2.3.4"
    # (出生日期是…: a resident's Chinese says the date with 是 / 为)
    r"[ \t]*[)）】\]」』]?[\"'`]?[ \t]*(?:[:：=|｜→⇒]|->|は|が|是|为|為)?[ \t]*[(（【\[\"'`]?[ \t]*$",
    re.IGNORECASE,
)
# English-style dates after an English label: "DOB 04/11/1986", "Date of birth: 12 March 1979",
# "born on March 12, 1979" (day-first or month-first: valid either way)
_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                            "dec"))}
# …and the first letters of the months in the residents' languages (round 13): Tagalog Enero … Disyembre, Portuguese
# janeiro … dezembro, Spanish enero … diciembre ("Hulyo 21, 1988", "21 de julho de 1988")
_MONTHS.update({"ene": 1, "peb": 2, "fev": 2, "abr": 4, "mai": 5, "hun": 6, "hul": 7, "ago": 8, "set": 9, "okt": 10,
                "out": 10, "nob": 11, "dis": 12, "dic": 12, "dez": 12,
                # Indonesian Januari … Desember (round 14): "5 Agustus 1994"
                "mei": 5, "agu": 8, "des": 12})
_EN_DATE = re.compile(
    r"(?<![0-9])(?:(?P<a>[0-9]{1,2})[/.\-](?P<b>[0-9]{1,2})[/.\-]|(?P<d1>[0-9]{1,2})(?:st|nd|rd|th)?(?:[ \t]+(?:(?:of|de)[ \t]+)?|-)(?P<m1>[A-Za-z]{3})[a-zç]{0,6}\.?,?"
    r"(?:[ \t]+(?:de[ \t]+)?|-)|(?P<m2>[A-Za-z]{3})[a-z]{0,6}\.?[ \t]+(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?,?[ \t]+)(?P<y>(?:19|20)[0-9]{2})(?![0-9])"
    # year first, as the residents' phones and forms write it too: "nascimento 2020/08/17"
    r"|(?<![0-9])(?P<y0>(?:19|20)[0-9]{2})[/.\-](?P<mo0>[0-9]{1,2})[/.\-](?P<d0>[0-9]{1,2})(?![0-9])")
# "(b. 2 May 1990)": the biographical shorthand, only right after an opening bracket
_EN_LABEL = re.compile(r"(?:dob|d\.o\.b\.?|date[ _\t]+of[ _\t]+birth|birth[ _\t-]*date|birthday|born(?:[ \t]+on)?|\(b\.|"
                       # the residents' languages: nacida el, data de nascimento, ngày sinh, petsa ng kapanganakan …
                       r"nacid[ao][ \t]+el|nascid[ao][ \t]+(?:em|a)|fecha[ \t]+de[ \t]+nacimiento|data[ \t]+de[ \t]+nascimento|"
                       r"ngày[ \t]+sinh|sinh[ \t]+ngày|petsa[ \t]+ng[ \t]+kapanganakan|ipinanganak(?:[ \t]+noong)?|"
                       r"tanggal[ \t]+lahir|تاريخ[ \t]+الميلاد|تاریخ[ \t]+تولد|วันเกิด|tgl\.?[ \t]*lahir|дата[ \t]+(?:народження|рождения)|"
                       r"date[ \t]+de[ \t]+naissance|née?[ \t]+le|geboren(?:[ \t]+am)?|geburtsdatum|"
                       # the word alone as a chat's or a form's label: "nascimento 2020/08/17", 出生日期：…
                       r"nascimento|nacimiento|出生日期|出生年月日|जन्म[ \t]*मिति)"
                       # a format in brackets before the colon: "Date of Birth (DD/MM/YYYY): 22/07/1988"
                       r"[ \t]*(?:\([A-Za-z/.\- ]{4,12}\)[ \t]*)?[:：(（]?[ \t]*$", re.IGNORECASE)
# an HL7 v2 message's patient segment: PID-7 is the birth date (PID|1||id^^^facility||family^given||19440816|M|…)
_HL7_PID = re.compile(r"(?m)^PID\|(?:[^|\n]*\|){6}(?P<d>(?:18|19|20)[0-9]{6})(?=[|^\n]|$)")
_KEY_TRIGGERS = ("pid|",) + tuple(k + c for k in BIRTH_KEYS for c in ('"', "'", "=", ":")) + ("datetime.date(", "localdate.of(", "dateonly(")
# the same keys heading a column (| bd |, bd⇥, bd,)
_KEY_COLUMNS = tuple(k + c for k in BIRTH_KEYS for c in ("\t", ",", "|", " "))
_EN_TRIGGERS = ("dob", "d.o.b", "date of birth", "birth", "born", "(b. ", "nacida", "nacido", "nascida", "nascido",
                "nacimiento", "nascimento", "ngày sinh", "sinh ngày", "kapanganakan", "ipinanganak", "naissance", "né le",
                "née le", "geboren", "geburtsdatum", "出生日期", "जन्म मिति", "lahir", "дата народження", "дата рождения",
                "تاريخ الميلاد", "تاریخ تولد", "วันเกิด")
_BORN_RE = re.compile(r"[ \t]*(?:に|の)?[ \t]*(?:生まれ|生れ|生|出生|誕生|うまれ)|생(?![활산각명])")  # (1992년 11월 5일생: r16)
_AGE_RE = re.compile(r"[ \t]*[(（]?[ \t]*(?:満[ \t]*)?\d{1,3}[ \t]*(?:歳|才)(?:[ \t]*\d{1,2}[ \t]*(?:か|ヶ|ヵ|カ|箇)月)?")
_AGE_ASKED = re.compile(r"(?<!平均)年齢|何歳|満年齢|歳になる")  # the prompt asks for someone's age (年齢を計算, 何歳, 満年齢; not 平均年齢, r41)
# …but a date of reference or of a period is no one's birth date (令和8年4月1日現在, 2026年12月1日から受付), nor a
# date given as an example input (例えば 1990-01-01 なら)
_REFERENCE_AFTER = re.compile(r"[ ]?(?:現在|時点|から|まで|以降|以前|開始|締切|〆切|付け?(?![き-ぎ])|の時点)")
_EXAMPLE_BEFORE = re.compile(r"(?:例えば|たとえば|例[:：)）]|e\.g\.)[ ]?$")

TRIGGERS = (
    "生年月日", "誕生日", "出生", "生まれ", "生れ", "生年", "dob", "d.o.b", "date of birth", "birth", "born", "생년월일",
    "歳", "日生", "年齢", "何歳", ")=(", "values", "(b. ", "seinengappi", "tanjoubi", "せいねんがっぴ", "たんじょうび",
    "男", "女", "male", "♂", "♀", "일생",  # (a roster's sex before or after the date: _SEX_BEFORE / _SEX_AFTER; 5일생)
) + tuple(f"{d}生" for d in "0123456789") + _EN_TRIGGERS[6:] + _KEY_TRIGGERS + _KEY_COLUMNS
# field names holding a birth date in code, SQL and logs
BIRTH_FIELDS = frozenset(BIRTH_KEYS) | frozenset({"birth_date", "birthdate", "date_of_birth", "dob", "birthday", "birth_day", "seinengappi",
                          "born_on"})


# a person's sex as a roster's field just before a date (round 15): 男 / 女 / 男性 / 女性 / male / female / ♂ / ♀
# standing alone after a field (not 男女, 長女, 女性活躍, nor heading its line), then at most a separator
# a row's sex field right after the date (蒲生 節子,1958/10/02,女: a log or export row, r16; or blanks apart, r24)
_SEX_AFTER = re.compile(r"(?:[ \t　]*[,、，/／|｜\t][ \t　]*|[ 　]{1,4})(?:男性?|女性?|(?i:male|female))(?=[ \t　]*(?:[,、，/／|｜\t\n]|$))")
_SEX_BEFORE = re.compile(r"(?<=[ \t　,、，/／|｜:：・(（)）])(?:男性?|女性?|(?i:male|female)|♂|♀)[ \t　]*[,、，/／|｜・)）]?[ \t　]*$")


def kanji_number(s: str) -> int | None:
    """Parse 1–99 written with kanji (``三十一``, ``十二``, ``二〇`` digit-wise) or ASCII."""
    if s.isdigit():
        return int(s)
    if s == "元":
        return 1
    digits = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壱": 1, "弐": 2, "参": 3}
    a, ten, b = s.replace("拾", "十").partition("十")  # (拾, 壱, 弐, 参: the register's formal numerals)
    if ten:
        if len(a) > 1 or len(b) > 1 or (a and a not in digits) or (b and b not in digits):
            return None
        return (digits[a] if a else 1) * 10 + (digits[b] if b else 0)
    if all(c in digits for c in s):
        return int("".join(str(digits[c]) for c in s))
    return None


def parse_date(m: re.Match, lenient: bool = False) -> tuple[str, int, int | None, int | None] | None:
    """(era label, gregorian year, month, day) if the match is a valid past date, else None. ``lenient``: a day past
    its month's end (2月30日, 1958-02-30: a typo on a form) passes too, as a birth label decides (round 16)."""
    today = clock.today()
    if m.group("era"):
        era = m.group("era")
        era = _ERA_NAME.get(era.upper(), era) if len(era) == 1 else era
        n = kanji_number(m.group("ey"))
        if n is None or n < 1 or n > _ERA_MAX[era]:
            return None
        year = _ERA_BASE[era] + n - 1
        mo = kanji_number(m.group("em")) if m.group("em") else None
        d = kanji_number(m.group("ed")) if m.group("ed") else None
        label = era
    elif m.group("gy"):
        year = int(m.group("gy"))
        mo = kanji_number(m.group("gm")) if m.group("gm") else None
        d = kanji_number(m.group("gd")) if m.group("gd") else None
        label = "western"
    elif m.group("py"):
        year, mo, d = int(m.group("py")), int(m.group("pm")), int(m.group("pd"))
        label = "western"
    else:
        year, mo, d = int(m.group("cy")), int(m.group("cm")), int(m.group("cd"))
        label = "western"
    if (m.group("em") or m.group("gm")) and mo is None or (m.group("ed") or m.group("gd")) and d is None:
        return None  # an unparseable kanji numeral
    if year < 1868 or year > today.year:
        return None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None:
        try:
            if _dt.date(year, mo, d) > today:
                return None
        except (ValueError, TypeError):
            if not (lenient and mo is not None and 1 <= d <= 31 and (year, mo) < (today.year, today.month)):
                return None
    return label, year, mo, d


def valid_day(year: int, mo: int | None, d: int | None) -> bool:
    """The parsed date is a calendar date (a lenient parse may hold 2月30日)."""
    if mo is None or d is None:
        return True
    try:
        _dt.date(year, mo, d)
    except ValueError:
        return False
    return True


_TRIGGER_LEN = {w.lower(): len(w) for w in TRIGGERS}
_MAX_HEADER = 512


def _label_line_before(text: str, ls: int, s: int) -> bool:
    """The date opens its line and the line before holds only a birth label (a form read by OCR:
    "生年月日\n昭和60年\n11月3日")."""
    if ls == 0 or text[ls:s].strip(" \t"):
        return False
    pls = text.rfind("\n", max(0, ls - 24), ls - 1) + 1
    m = _LABEL_RE.search(text, max(pls, ls - 17), ls - 1)
    return m is not None and not text[pls:m.start()].strip(" \t■□●・*-")


# a transcript's question turn asking for the birth date ("相談員：生年月日をお願いします。") and the answer turn that
# opens with its speaker ("相談者：昭和51年8月3日です。")
_ASKED = re.compile(r"(?:生年月日|誕生日|お生まれ|せいねんがっぴ)[^\n]{0,16}(?:[？?]|か[。.]?|ください[。.]?|お願いします[。.]?|"
                    r"お願いいたします[。.]?|は[。.]?)[ \t」]*$")
_ANSWER_TURN = re.compile(r"[ \t]*[^\n:：「」]{1,12}(?:[:：]|「)[ \t]*(?:はい[、,]?[ \t]*)?")


def _asked_line_before(text: str, ls: int, s: int) -> bool:
    """The date opens an answer turn whose previous line asks for the birth date."""
    if ls == 0 or _ANSWER_TURN.fullmatch(text, ls, s) is None:
        return False
    pls = text.rfind("\n", max(0, ls - 64), ls - 1) + 1
    return _ASKED.search(text, pls, ls - 1) is not None


# a database's error naming the birth column after the value ("Incorrect date value: '1958-02-30' for column
# 'birth_date'": MySQL, Laravel), round 16
_LABEL_AFTER = re.compile(r"[\"'`]?[ \t]*(?i:for[ \t]+(?:column|field|attribute)[ \t]+)[\"'`]?(?P<f>[A-Za-z_]{2,20})[\"'`]?")


def _labelled(text: str, ls: int, s: int, e: int) -> bool:
    """A birth label names the date: just before it, on the line before, in the question it answers, or as the
    database column an error reports it for."""
    if (_LABEL_RE.search(text, max(ls, s - 16), s) or _label_line_before(text, ls, s)
            or _asked_line_before(text, ls, s)):
        return True
    m = _LABEL_AFTER.match(text, e)
    return m is not None and m.group("f").lower() in BIRTH_FIELDS


# "birth" as a whole cell of a header (a DB client's | atena | shimei | birth |, a CSV's ,birth,), not "place of birth"
_BIRTH_CELL = re.compile(r".{0,4}?(?:^|(?<=[|,\t])|(?<=  ))[ ]*(?i:birth)(?:[ ]*(?=[|,\t]|$)|(?=  ))", re.MULTILINE)


# a record's cells: a kanji full name, its katakana reading, maybe the sex, then a date (round 18)
_NAME_READING_DATE = re.compile(
    r"(?:^|(?<=[,\t(|]))[ ]?['\"]?[一-鿿々〆ヶ]{1,4}[ ]?[一-鿿々〆ヶぁ-ゖァ-ヺー]{1,5}['\"]?[ ]?[,\t|][ ]?['\"]?[ァ-ヺー]{2,8}[ ]?"
    r"[ァ-ヺー]{1,8}['\"]?[ ]?[,\t|](?:[ ]?['\"]?(?:[MF男女12]|male|female)['\"]?[ ]?[,\t|])?[ ]?['\"]?"
    r"(?P<d>(?:18|19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[明大昭平令MTSH](?:[0-9]{1,2}|元)[./年][0-9]{1,2}[./月][0-9]{1,2}日?)"
    r"['\"]?(?=[ ]?[,\t|)]|$)", re.MULTILINE)


_SAMPLE_LINE = re.compile(r"テスト[ 　]?(?:太郎|花子|一郎|次郎|ユーザー)|ダミー|サンプル[ 　]?(?:太郎|花子)|(?i:dummy|john doe|jane doe|"
                          r"test user|sample data|fixture)")
_SAMPLE_REACH = 160


class DateOfBirthRecognizer(AigwRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    TRIGGER_WORDS = TRIGGERS

    def analyze_ctx(self, ctx: ScanContext) -> list[Any]:
        text = ctx.text
        spans = []
        for w, ps in ctx.hits.items():  # only the trigger words present (spans are merged below)
            n = _TRIGGER_LEN.get(w)
            if n is not None:
                spans.extend((p - 40, p + n + 30) for p in ps)
        header_pos = self._header_pos(text, ctx)
        if header_pos is not None:
            spans.append((header_pos, min(len(text), header_pos + 5000)))
        windows = merge_windows(spans, len(text))
        out = list(self._field_tuple_dates(text)) if (")=(" in ctx.hits or "values" in ctx.hits) else []
        if any(w in ctx.hits for w in _EN_TRIGGERS):
            out.extend(self._english_dates(text, ctx, header_pos))
        if "pid|" in ctx.hits:
            for m in _HL7_PID.finditer(text):
                d = DATE_RE.fullmatch(text, m.start("d"), m.end("d"))
                if d is not None and parse_date(d) is not None:
                    out.append(self.result(self.ENTITY, m.start("d"), m.end("d"), 0.9, context="label", era="western",
                                           precision="day", strength="strong"))
        tolerant = list(self._tolerant_dates(text, ctx))
        last = -1
        for lo, hi in windows:
            for m in DATE_RE.finditer(text, max(lo, last), hi):
                last = m.end()
                r = self._judge(text, m, header_pos)
                if r is not None:
                    out.append(r)
        if tolerant:  # a date read through stray blanks replaces the part of it read as it stands
            out = [r for r in out if not any(t.start <= r.start and r.end <= t.end for t in tolerant)] + tolerant
        for r in out:  # a test fixture's or a dummy row's date (name=テスト 太郎, … // 結合テスト用ダミー, round 18)
            lo, hi = max(0, r.start - _SAMPLE_REACH), min(len(text), r.end + _SAMPLE_REACH)  # (bounded: its line, near)
            ls, le = text.rfind("\n", lo, r.start) + 1 or lo, text.find("\n", r.end, hi)
            if _SAMPLE_LINE.search(text, ls, hi if le < 0 else le) is not None:
                r.recognition_metadata["example"] = True
        return out

    def _tolerant_dates(self, text: str, ctx: ScanContext):
        """A birth date broken by blanks, stray marks or OCR letters right after its label (_birth_forms)."""
        for w in ("生年月日", "誕生日", "出生", "dob", "d.o.b", "date of birth", "birth"):
            for p in ctx.hits.get(w, ())[:64]:
                h = LIST_HEAD.match(text, p)
                if h is not None:
                    yield from self._list_dates(text, h.end())
                    continue
                h = LABEL_HEAD.match(text, p)
                if h is None:
                    continue
                got = tolerant_after(text, h.end(), DATE_RE)
                if got is None or DATE_RE.fullmatch(text, got[0], got[1]) is not None:
                    continue  # nothing to read through: the date as it stands is judged below
                parsed = parse_date(got[2], lenient=True)
                if parsed is None or parsed[2] is None or parsed[3] is None and "\n" in text[got[0]:got[1]]:
                    continue  # (over a line break only a whole date: 昭和33年 ⏎ 2 住所 is no month)
                yield self.result(self.ENTITY, got[0], got[1], 0.85, context="label", era=parsed[0],
                                  precision="day" if parsed[3] is not None else "month", strength="strong", read="tolerant")

    def _list_dates(self, text: str, pos: int):
        """The quoted items of a list under a birth key (生年月日 = c("1962-02-14", …), "birth_dates": […])."""
        for _ in range(256):
            m = LIST_ITEM.match(text, pos)
            if m is None:
                return
            pos = m.end()
            d = DATE_RE.fullmatch(text, m.start("v"), m.end("v"))
            parsed = parse_date(d, lenient=True) if d is not None else None
            if parsed is not None and parsed[3] is not None:
                yield self.result(self.ENTITY, m.start("v"), m.end("v"), 0.9, context="label", era=parsed[0],
                                  precision="day", strength="strong")

    def _english_dates(self, text: str, ctx: ScanContext, header_pos: int | None = None):
        """04/11/1986, 12 March 1979, March 12, 1979 right after an English birth label, or (day first or month
        first, or with the month's name) in the rows under a birth-date column (Name ⇥ DOB ⇥ … ⏎ … ⇥ 14/03/1999, r19)."""
        spans = [(p, p + 48) for w in _EN_TRIGGERS for p in ctx.hits.get(w, ())]
        if header_pos is not None:
            spans.append((header_pos, min(len(text), header_pos + 5000)))
        today = clock.today()
        for lo, hi in merge_windows(spans, len(text)):
            for m in _EN_DATE.finditer(text, lo, hi):
                column = header_pos is not None and m.start() > header_pos and not m.group("y0")
                if not column and _EN_LABEL.search(text, max(0, m.start() - 40), m.start()) is None:
                    continue
                y = int(m.group("y") or m.group("y0"))
                if m.group("y0"):
                    pairs = ((int(m.group("mo0")), int(m.group("d0"))),)
                elif m.group("a"):
                    pairs = ((int(m.group("a")), int(m.group("b"))), (int(m.group("b")), int(m.group("a"))))
                else:
                    mon = _MONTHS.get((m.group("m1") or m.group("m2")).lower())
                    if mon is None:
                        continue
                    pairs = ((mon, int(m.group("d1") or m.group("d2"))),)
                ok = False
                for mo, d in pairs:
                    try:
                        ok = ok or _dt.date(y, mo, d) <= today
                    except ValueError:
                        pass
                if ok:
                    yield self.result(self.ENTITY, m.start(), m.end(), 0.9, context="label", era="western",
                                      precision="day", strength="strong")

    def _field_tuple_dates(self, text: str):
        """(name, birth_date)=(…, 1987-11-03): the value of a birth-date field; or a record's name, its reading and a
        date in that order, the resident record's own order (VALUES (3101,'奥寺 茂','オクデラ シゲル','1952-11-08', …)."""
        for col, s, e in field_tuples(text):
            if col in BIRTH_FIELDS:
                m = DATE_RE.fullmatch(text, s, e)
                parsed = parse_date(m, lenient=True) if m is not None else None  # (the field's name decides)
                if parsed is not None and parsed[3] is not None:
                    yield self.result(self.ENTITY, s, e, 0.9, context="label", era=parsed[0], precision="day",
                                      strength="strong")
        for r in _NAME_READING_DATE.finditer(text):
            m = DATE_RE.fullmatch(text, r.start("d"), r.end("d"))
            parsed = parse_date(m) if m is not None else None
            if parsed is not None and parsed[3] is not None:
                yield self.result(self.ENTITY, r.start("d"), r.end("d"), 0.8, context="column", era=parsed[0],
                                  precision="day", strength="strong")

    @staticmethod
    def _header_pos(text: str, ctx: ScanContext) -> int | None:
        """Start of the first header-like line (with , \\t | separators) naming a birth column."""
        for w in ("生年月日", "誕生日", "dob", "date of birth", "birth", "seinengappi") + _KEY_COLUMNS:
            for p in ctx.hits.get(w, ()):
                if w == "birth" and all(HEADER_WORDS.match(text, max(0, p - k), p + 10) is None for k in (8, 6, 0)) \
                        and _BIRTH_CELL.match(text, max(0, p - 4)) is None:
                    continue  # birth_date / birthdate / date of birth / dateOfBirth, or "birth" as a whole cell (| birth |)
                ls = text.rfind("\n", max(0, p - _MAX_HEADER), p) + 1
                le = text.find("\n", p, p + _MAX_HEADER)
                if le < 0 or (ls == 0 and p > _MAX_HEADER):
                    continue  # a header needs rows below it, and is a short line (bounded work per word)
                if header_line(text[ls:le]):
                    return le
        return None

    def _judge(self, text: str, m: re.Match, header_pos: int | None):
        s, e = m.start(), m.end()
        ls = text.rfind("\n", 0, s) + 1
        parsed = parse_date(m)
        labelled = _labelled(text, ls, s, e)
        if parsed is None and labelled:
            parsed = parse_date(m, lenient=True)  # the label decides: a typo's 2月30日 is still the birth date
        if parsed is None:
            return None
        era, _year, mo, d = parsed
        # trailing spaces are not part of the date
        while e > s and text[e - 1] in " \t":
            e -= 1
        precision = "day" if d is not None else ("month" if mo is not None else "year")
        context = None
        if labelled:
            context = "label"
        elif _BORN_RE.match(text, e):
            context = "born"
        elif precision == "day" and (_SEX_BEFORE.search(text, max(ls, s - 14), s) is not None
                                     or _SEX_AFTER.match(text, e) is not None):
            context = "born"  # a roster's sex then the date (安西 陽菜　女　2011/06/14, 性別：男、2001年7月9日): a birth date
        elif precision == "day" and _AGE_RE.match(text, e):
            context = "age"
        elif precision == "day" and header_pos is not None and s > header_pos:
            context = "column"
        elif precision == "day" and _AGE_ASKED.search(  # (on the date's line: a column header below is no ask, r21)
                text, max(ls, s - 40), e + 40 if (le := text.find("\n", e, e + 40)) < 0 else le) is not None \
                and _REFERENCE_AFTER.match(text, e) is None and _EXAMPLE_BEFORE.search(text, max(0, s - 8), s) is None:
            context = "age"  # "年齢出したい。A1 に 1958/04/22（小野 正雄）": the date an age is worked out from
        if context is None:
            return None
        if precision != "day" and context not in ("born", "label"):
            return None
        if m.group("cy") and context != "label" and not (
                context == "column" and under_column(text, header_pos, COLUMN_WORDS, s, e)):
            return None  # a bare yyyymmdd needs its label, or to sit under the header's birth column
        score = {"label": 0.9, "born": 0.8, "column": 0.8, "age": 0.6}[context]
        if precision == "year":
            score = 0.5
        strength = "strong" if context in ("label", "born", "column") and precision != "year" else "weak"
        return self.result(self.ENTITY, s, e, score, context=context, era=era, precision=precision,
                           strength=strength, **({} if valid_day(_year, mo, d) else {"valid": False}))
