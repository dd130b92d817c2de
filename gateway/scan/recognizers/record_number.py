"""PERSON (form ``record_number``): the subject of a municipal record named by the record's own number instead of a
name — 宛名番号 0004471028 (the resident key of the tax and welfare systems), ケース番号 2026-0381 (a welfare case),
受給者番号 3801247 (a medical-aid certificate), 身体障害者手帳（第 0412387 号）, and a pupil by class and attendance number
(2年3組 出席番号17番, round 18).

Such a number points at one resident as a name does, so a sensitive topic about them (a tax reduction after a
disaster, rent arrears, a child's stay in hospital, a disability) is personal data. Like a case record's subject
named by relation and age (``form="relation"``), it is a person of the record and not a full name: never counted in a
roster. A label with no number (宛名番号は10桁の番号で…), one repeated digit or the digits in order (a form's blank,
a manual's shape), a count (ケース数 1,024件) or a format shown (例：1234567) names nobody.

Round 21: a case number may carry its office's letter or kanji (ケース番号：保2-0318), and a class list's rows under a
header naming the class and the attendance number (学年組,出席番号,原因食物 ⏎ 4年2組,17,そば,…; a markdown table's
``| 1-3 | 5 | …``) are one pupil each (``seat_rows``).
"""

from __future__ import annotations

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._numeric import shown_as_example
from gateway.scan.recognizers._table_rows import cells, rows_under
from gateway.scan.recognizers._text import stable_key

LABEL_WORDS = ("宛名番号", "宛名コード", "住民番号", "ケース番号", "ケースNo", "受給者番号", "受給者証番号", "被保護者番号",
               "母子健康手帳交付番号", "手帳交付番号",  # (a mother's case by her handbook's number: R6-0582, round 31)
               "納税義務者番号", "手帳番号", "職員番号",  # (a member of staff by their number: 対象職員：…主任（H.R.、職員番号 …）, r29)
               # (…or an export's key for it: {"staff_no": "207734", "initials": "T.K.", …}, round 30)
               "staff_no", "staff_id", "employee_no", "employee_id", "shokuin_no", "shokuin_bango", "emp_no")
# the label, a short gap (は, :, （, 第), then the number: 4-12 digits or two groups, then 号 or an end
_SEQUENCE_FROM = re.compile(r"[ ]?(?:から|より)の?(?:連番|順に|順番|始ま|採番)|[ ]?以降|[ ]?[〜~～][ ]?[0-9]")
_VALUE = re.compile(
    r"(?:" + "|".join(map(re.escape, LABEL_WORDS)) + r"|(?:障害者|療育|保健福祉)手帳[^\n0-9]{0,6}?)"
    # (a case number may carry its office's letter or kanji: ケース番号：保2-0318, round 21)
    # (or an era's letter and year first: R5-保-0318, R6-0582, round 31)
    r"[\"']?[ \t:：(（=]{0,3}[\"']?(?:は|が)?[ \t]{0,2}(?:第[ \t]?)?(?:[A-Z][0-9]{1,2}[ ]?-[ ]?)?(?:(?:[A-Z]{1,3}|[一-鿿]{1,2})[ ]?-?[ ]?)?"
    r"(?P<v>[0-9]{1,12}(?:-[0-9]{2,8})?)(?![0-9\-])"
    r"(?![ \t]?(?:件|名|人|世帯|桁|歳|才|円|か月|ヶ月))")
_MORE_FIGURES = re.compile(r"[ \t]*[,\t][ \t]*[+\-−]?[0-9][0-9,.]*[ \t]*[,\t][ \t]*[+\-−]?[0-9]")  # (a statistics row's cells)
TRIGGERS = LABEL_WORDS + ("障害者手帳", "療育手帳", "保健福祉手帳", "出席番号", "組", "屋号")
# a pupil named by class and attendance number (2年3組 出席番号17番の女子生徒, round 18): one child of the school
_CLASS_NUMBER = re.compile(r"[0-9０-９一二三四五六]年[ 　]?[0-9０-９一二三四五六七八九十]{1,2}組[ 　の、]{0,2}出席番号[ 　:：]?(?P<v>[0-9]{1,2})番?")


# (round 21) a class list's header: a column naming the class (学年組, 組, クラス) and, after it, the attendance number
# (出席番号, 番号, No); each row under it is one pupil (学年組,出席番号,原因食物 ⏎ 4年2組,17,そば,…; | 1-3 | 5 | K.T. |)
_CLASS_HEADS = ("学年組", "学年・組", "年組", "組", "クラス", "学級")
_NUMBER_HEADS = ("出席番号", "番号", "No", "No.", "番", "出席No")
_CLASS_CELL = re.compile(r"(?:[0-9一二三四五六]年?[ ]?[0-9一二三四五六七八九十]{1,2}組?|[0-9]{1,2}[-ー][0-9]{1,2}|[0-9]{1,2}|[A-Z])")
_NUMBER_CELL = re.compile(r"[0-9]{1,2}番?")
_MAX_ROWS = 200


def seat_rows(text: str, head_start: int) -> list[tuple[int, int, str]]:
    """The rows of a class list whose header line starts at ``head_start``: (start, end of the number cell, key)."""
    head_end = text.find("\n", head_start)
    if head_end < 0:
        return []
    heads = cells(text[head_start:head_end])
    n = next((i for i, c in enumerate(heads) if c in _NUMBER_HEADS and any(h in _CLASS_HEADS for h in heads[:i])), None)
    if n is None:
        return []
    k = max(i for i, c in enumerate(heads[:n]) if c in _CLASS_HEADS)
    out: list[tuple[int, int, str]] = []
    for start, line, row in rows_under(text, head_end, _MAX_ROWS):
        if len(row) <= n or not _CLASS_CELL.fullmatch(row[k]) or not _NUMBER_CELL.fullmatch(row[n]):
            break
        out.append((start, start + len(line.rstrip()), "\x1f".join(row[:n + 1])))
    return out


# a table keyed by the staff's or the resident's number (職員番号,所属,病休開始,…,傷病名): each row's number names one person
_COLUMN_KEYS = ("職員番号", "宛名番号", "staff_no", "staff_id", "employee_no", "employee_id", "shokuin_no")
_KEY_CELL = re.compile(r"[0-9]{4,10}")
_HOUSE_KEYS = ("屋号",)
_HOUSE_CELL = re.compile(r"[^\s0-9]{1,8}(?:[(（][ぁ-ゖァ-ヺー]{1,8}[)）])?")
_NAME_HEAD = re.compile(r"氏名|名前|(?i:shimei|namae|name)")


def _key_ok(v: str) -> bool:
    return _KEY_CELL.fullmatch(v) is not None and len(set(v)) > 1 and len(v.lstrip("0")) > 1


def _house_ok(v: str) -> bool:
    return _HOUSE_CELL.fullmatch(v) is not None


def keyed_rows(text: str, head_start: int) -> list[tuple[int, int, str]]:
    """The rows under a header line (at ``head_start``) with a number column (_COLUMN_KEYS): (start, end of the number
    cell, the number); none when the number repeats one digit or reads like a fixture's (000001). Or (round 31) with a
    house-name column (屋号: a hamlet's watch list, 上平	カネ十	90代女・独居	心不全 …): each row's house is one household."""
    head_end = text.find("\n", head_start)
    heads = cells(text[head_start:head_end]) if head_end > 0 else []
    n = next((i for i, c in enumerate(heads) if c.strip('"') in _COLUMN_KEYS + _HOUSE_KEYS), None)
    if n is None or len(heads) < 3 or any(_NAME_HEAD.search(c) for c in heads):
        return []  # (a name column names them already: | 職員番号 | 所属 | 氏名 | 研修 |)
    ok = _house_ok if heads[n].strip('"') in _HOUSE_KEYS else _key_ok
    out: list[tuple[int, int, str]] = []
    for start, line, row in rows_under(text, head_end, _MAX_ROWS):
        v = row[n].strip('" ') if len(row) > n else ""
        if not ok(v):
            break
        k = line.find(v)
        out.append((start + k, start + k + len(v), v))
    return out


def _range(value: str) -> bool:
    """Two numbers of one length in order (000001～000005, the wave dash read as a dash): a batch, not one record."""
    a, _, b = value.partition("-")
    return len(a) == len(b) >= 5 and a < b


class RecordSubjectRecognizer(AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_WORDS = TRIGGERS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        heads: set[int] = set()
        for p in ctx.hit_positions(TRIGGERS)[:64]:
            if text.startswith("組", p):
                head = text.rfind("\n", 0, p) + 1
                if head not in heads and text.find("\n", p) - head < 200:
                    heads.add(head)
                    out.extend(self._subject(s, e, key) for s, e, key in seat_rows(text, head))
                continue
            if text.startswith("出席番号", p):
                if (c := _CLASS_NUMBER.search(text, max(0, p - 10), p + 12)) is not None:
                    out.append(self._subject(c.start(), c.end(), c.group(0)))
                continue
            m = _VALUE.match(text, p)
            if m is None:
                head = text.rfind("\n", 0, p) + 1
                if head not in heads and text.startswith(_COLUMN_KEYS + _HOUSE_KEYS, p):  # 職員番号,所属,…,傷病名 ⏎ 201133,税務課,… (r30)
                    heads.add(head)
                    out.extend(self._subject(s, e, key) for s, e, key in keyed_rows(text, head))
                continue
            digits = m.group("v").replace("-", "")
            s, e = m.span("v")
            if len(digits) < 4 or len(set(digits)) == 1 or digits in "01234567890" or shown_as_example(text, s, e) \
                    or _range(m.group("v")) or len(digits.lstrip("0")) <= 1 or _SEQUENCE_FROM.match(text, e) \
                    or _MORE_FIGURES.match(text, e):
                continue  # (000001, 000002: a fixture's, r30; 900000001からの連番, r32; 手帳,1414,1524,+110: a count's row, r33)
            out.append(self._subject(s, e, digits))
        return out

    def _subject(self, s: int, e: int, key: str) -> RecognizerResult:
        return self.result(self.ENTITY, s, e, 0.6, form="record_number", full_name=False, honorific=None, label=True,
                           official=False, staff=False, strength="medium", person_key=stable_key(key))
