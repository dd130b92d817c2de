"""PERSON (form ``unique``): each row of a table that describes people by where they are and what they are like,
with no name column (issue 13, round 24).

"氏名は外しました" is the usual way a list of residents is made to look anonymous, yet a list whose columns are a district,
a landmark, an age and a sex (``柳原2丁目,郵便局裏の青いトタン屋根,84,女,独居・認知症``), a place, the person's look and their
age group (``若宮橋の下（東側）,青いテント・自転車2台,60代``) or a district and a trade (``中央商店街\t商店街で唯一の畳屋``)
still points at one person per row for anyone who lives there. Whatever the row says about their health, their welfare
or their arrears is that person's.

A header counts when its columns name at least two kinds of such descriptors — a place (地区, 場所, 所在, 目印 …), a
description of the person (特徴, 外見, 服装, 業種, 職業 …), an age (年齢, 年代), a sex (性別), a school's grade or class,
a household — and among them a place or a description, and three kinds unless one is a description. A column of counts
or shares (件数, 人数, 割合, %) makes the table a statistic of groups, and a column naming the row's organisation or
facility (施設名, 事業所名, 店舗名) a list of places: neither describes people. A row counts when it fills two of its
descriptor cells and is no total (計, 合計).

Like a subject named by a record number it is a person of the record, not a full name: never counted in a roster; only
a topic in their row makes a block. The person's span is the row's first filled descriptor cell.

Round 39: a staff table by number or initials (職員番号, 社員番号, 氏名略, イニシャル) with a column of their health or
discipline (傷病名, 病名, 診断名, 処分) is read the same way, whatever else its header holds: each row's number or initials
name one member of staff, and the row's topic is theirs (``208114,保育課,保育士,S.W,…,うつ病エピソード``).
"""

from __future__ import annotations

from itertools import islice

from presidio_analyzer import RecognizerResult

from gateway.scan import rx as re
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._table_rows import cells, rows_under

# a staff number or initials column (round 39: see the module docstring)
_IDENT = re.compile(r"職員番号|社員番号|職員ID|職員コード|氏名略|イニシャル|(?i:staff[ _]?(?:id|no)|employee[ _]?(?:id|no)|initials)")
# the kinds of descriptor a column header names (a header cell is read by the first kind it matches)
_KINDS = (
    ("desc", re.compile(r"特徴|外見|服装|風貌|容姿|目印|業種|職業|生業|仕事|前職|元職|家業|世帯構成|家族構成|同居|見た目"
                        r"|(?i:description|features?|appearance|occupation|landmark)")),
    ("place", re.compile(r"地区|場所|所在|居場所|住まい|居住地|エリア|町名|字名|集落|団地|棟|行政区|自治会|町内|班|部屋|号室"
                         r"|(?i:location|area|district|place)")),
    ("age", re.compile(r"年齢|年代|歳|(?i:\bage\b)")),
    ("sex", re.compile(r"性別|男女|(?i:\bsex\b|gender)")),
    ("school", re.compile(r"学年|組|クラス|(?i:grade|class)")),
    ("ident", _IDENT),
)
# (round 39) a staff table by number or initials with a column of their health or discipline (職員番号,所属,…,氏名略,傷病名):
# each row is one member of staff's record, whatever else the header holds
_TOPIC_COLUMN = re.compile(r"傷病名|病名|診断名|疾病|病休|療養|処分|懲戒|(?i:diagnosis|illness|sick|disciplin)")
_NOT_PEOPLE = re.compile(r"件数|人数|世帯数|戸数|者数|割合|比率|構成比|[%％]|率|合計|計$|平均|事業所|名称|名$|名前"
                         r"|(?i:count|total|rate|ratio|name)")
_HEAD_WORD = re.compile(r"特徴|外見|服装|目印|業種|職業|年齢|年代|性別|学年|職員番号|社員番号|氏名略|イニシャル"
                        r"|(?i:features?|appearance|occupation|gender|staff[ _]?id|employee[ _]?id|initials)")
_SEPARATORS = (",", "\t", "|")
# a row without a description column counts with an exact age (84, not 80代) or a place below the district
_FINE_PLACE = re.compile(r"丁目|番地|[0-9]番|字|集落|団地|棟|号室|裏|前|横|隣|向か|沿い|下|角|近く|付近|奥|脇")
_EXACT_AGE = re.compile(r"^[0-9]{1,3}(?:歳|才)?$")
_TOTAL = re.compile(r"^(?:計|合計|小計|総計|total|平均)$", re.I)
_MAX_HEADERS = 8
_MAX_ROWS = 64
TRIGGERS = ("特徴", "外見", "服装", "目印", "業種", "職業", "年齢", "年代", "性別", "学年", "feature", "appearance",
            "occupation", "gender", "職員番号", "社員番号", "氏名略", "イニシャル", "staff_id", "staff id", "employee",
            "initials")


def _kinds(head: list[str]) -> dict[int, str] | None:
    """Column index -> descriptor kind, when the header describes people (see the module docstring)."""
    ident = {i: "ident" for i, c in enumerate(head) if len(c.strip()) <= 16 and _IDENT.search(c) is not None}
    if ident and any(_TOPIC_COLUMN.search(c) for c in head):
        return ident  # (a staff table by number or initials with a health or discipline column, round 39)
    kinds: dict[int, str] = {}
    for i, c in enumerate(head):
        c = c.strip()
        if not c or len(c) > 16:
            continue
        if _NOT_PEOPLE.search(c) is not None:
            return None
        for kind, rx in _KINDS:
            if rx.search(c) is not None:
                kinds[i] = kind
                break
    present = set(kinds.values()) - {"ident"}
    if len(present) < 2 or not present & {"desc", "place"}:
        return None
    return kinds if "desc" in present or len(present) >= 3 else None


class DescribedRowsRecognizer(AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_WORDS = TRIGGERS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        head_end = -1
        for m in islice(_HEAD_WORD.finditer(text), _MAX_HEADERS):
            if m.start() < head_end:
                continue  # (another word of a header line already read)
            head_end = text.find("\n", m.end())
            if head_end < 0:
                break
            line = text[text.rfind("\n", 0, m.start()) + 1:head_end]
            if len(line) > 400 or not any(s in line for s in _SEPARATORS):
                continue
            kinds = _kinds(cells(line))
            if kinds is None:
                continue
            for start, row_line, row in rows_under(text, head_end, _MAX_ROWS):
                filled = [i for i in kinds if i < len(row) and row[i].strip() and row[i].strip() not in "-－ー―"]
                ident = [i for i in filled if kinds[i] == "ident"]
                if (len(filled) < 2 and not ident) or any(_TOTAL.match(c.strip()) for c in row[:2]):
                    continue
                if ident:
                    filled = ident  # (the staff number or initials name the row's member of staff)
                elif "desc" not in kinds.values() and not any(
                        (kinds[i] == "age" and _EXACT_AGE.match(row[i].strip()))
                        or (kinds[i] == "place" and _FINE_PLACE.search(row[i])) for i in filled):
                    continue  # (年代 and 東部/西部: the bands of an anonymised table)
                cell = row[filled[0]].strip()
                s = text.find(cell, start, start + len(row_line))
                if s >= 0:
                    out.append(self.result(self.ENTITY, s, s + len(cell), 0.6, form="unique", full_name=False,
                                           honorific=None, label=True, official=False, staff=False, strength="medium"))
        return out
