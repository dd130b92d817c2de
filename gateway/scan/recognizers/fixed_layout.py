"""PERSON, DATE_OF_BIRTH and JP_MY_NUMBER in fixed-width records whose layout the prompt declares (round 11).

Staff who migrate or repair data paste a record layout (レコードレイアウト「区分1・番号12・カナ氏名16・生年月日8」,
項目：氏名(20)、生年月日(8) …) and then the records, which carry no labels: the layout names each field and its width.

* A layout is a run of at least three ``name width`` items parted by ・ 、 , / or a blank, with at least one name
  field and one digit field among them.
* A record is a line the layout reads through from its start: a digit field is exactly its width in digits (digit
  fields side by side are one run of digits), a text field (氏名, カナ, 住所, 名称 …) a run of non-digits. The text
  fields' widths are not counted: they are bytes of the original file, and NFKC has joined the half-width sound marks
  (ｸﾞ → グ). Fields after the last one the line holds may be missing (a layout lists a filler or a trailer).
* At least two records, then by the field's name: a name field holding kana or kanji → PERSON; 生年月日 holding a real
  date → DATE_OF_BIRTH; a 12-digit 個人番号 / マイナンバー passing the check digit → JP_MY_NUMBER, and so is a 12-digit
  field named only 番号 when every record's value passes the check digit (a tenth of random numbers do: with two
  records or more the field is the number).

Trigger: a layout word (レイアウト, 固定長, バイト, 桁).
"""

from __future__ import annotations

import datetime as dt
from gateway.scan import rx as re
from itertools import chain, islice

from presidio_analyzer import RecognizerResult

from gateway import clock
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._numeric import my_number_ok
from gateway.scan.recognizers._text import stable_key

_FIELD_NAME = r"[^\s・、,，/／:：「」『』()（）\[\]0-9]{1,12}?"
# (a remark in brackets may follow an item's width: カナ氏名20桁（半角）, 住所40バイト（全角20文字）, round 22)
_ITEM = (_FIELD_NAME + r"[ ]?[(（]?[0-9]{1,3}(?:桁|バイト|byte|bytes|文字|B)?[)）]?"
         r"(?:[(（][^()（）\n0-9]{0,6}[0-9]{0,3}[^()（）\n0-9]{0,4}[)）])?")
LAYOUT = re.compile(_ITEM + r"(?:[ ]?[・、,，/／][ ]?" + _ITEM + r"|[ ]" + _ITEM + r"){2,}", re.IGNORECASE)
_ONE = re.compile(r"(" + _FIELD_NAME + r")[ ]?[(（]?([0-9]{1,3})", re.IGNORECASE)
# …or each field's columns first, from and to (1-10 宛名番号、11-30 氏名、31-38 生年月日), round 12
# (a remark in brackets may follow its name: 23-42 カナ氏名(半角), 43-50 生年月日(YYYYMMDD), round 25)
_RANGE_ITEM = (r"[0-9]{1,4}[ ]?[-~〜～][ ]?[0-9]{1,4}[ ]?[^\s・、,，/／:：「」『』()（）\[\]0-9]{1,12}"
               r"(?:[(（][^()（）\n]{1,12}[)）])?")
RANGE_LAYOUT = re.compile(_RANGE_ITEM + r"(?:[ ]?[・、,，/／][ ]?" + _RANGE_ITEM + r"){2,}")
_RANGE_ONE = re.compile(r"([0-9]{1,4})[ ]?[-~〜～][ ]?([0-9]{1,4})[ ]?([^\s・、,，/／:：「」『』()（）\[\]0-9]{1,12})")
_REMARK = re.compile(r"[(（](?![0-9]{1,3}(?:桁|バイト|byte|bytes|文字|B)?[)）])[^()（）\n]{1,14}[)）](?=[ ]?[・、,，/／]|$)")
_NAME_FIELD = re.compile(r"氏名|名前|カナ|かな|フリガナ|ふりがな|宛名|(?i:name|kana)")
_TEXT_FIELD = re.compile(_NAME_FIELD.pattern + r"|住所|名称|漢字|(?i:addr)")  # a name field, or another text
_DIGIT = re.compile(r"\d")  # str.isdigit after NFKC
_CODE = re.compile(r"[A-Za-z0-9ァ-ヺー]+[ ]*")  # a code field's value: letters, digits, (half-width) katakana, padding
_NAME_VALUE = re.compile(r"[ァ-ヶー一-龥々ぁ-ゖ]{2}")
_WORDS = ("レイアウト", "固定長", "バイト", "桁")
_MAX_LAYOUTS = 16  # layouts read per prompt: bounded work


def _fields(spec: str) -> list[tuple[str, int, bool]]:
    """(name, width, text field) of each item of a layout."""
    if RANGE_LAYOUT.match(spec):
        return [(m.group(3), int(m.group(2)) - int(m.group(1)) + 1, _is_text(m.group(3))) for m in _RANGE_ONE.finditer(spec)]
    spec = _REMARK.sub("", spec)  # (the widths inside a remark are no fields: 住所40バイト(全角20文字))
    return [(m.group(1), int(m.group(2)), _is_text(m.group(1))) for m in _ONE.finditer(spec)]


def _is_text(name: str) -> bool:
    """A text field (氏名, カナ, 住所 …), not a number named after one (宛名番号, 住所コード)."""
    return _TEXT_FIELD.search(name) is not None and not name.endswith(("番号", "コード", "No", "NO", "ID"))


def _walk(text: str, pos: int, end: int, fields: list[tuple[str, int, bool]]) -> list[tuple[str, int, int]] | None:
    """The fields of one line as (name, start, end), or None when the layout does not read it."""
    out: list[tuple[str, int, int]] = []
    for name, width, is_text in fields:
        if pos >= end:
            break
        if is_text:
            digit = _DIGIT.search(text, pos, end)
            q = digit.start() if digit is not None else end
            value_end = pos + len(text[pos:q].rstrip(" 　"))
            if value_end == pos:
                return None
            out.append((name, pos, value_end))
            pos = q
        else:
            value = text[pos:pos + width]
            code = None if value.isdigit() else _CODE.match(text, pos, pos + width)
            if code is not None and (code.end() == pos + width or code.end() >= pos + width - 2 and text[code.end() - 1] == " "):
                out.append((name, pos, code.end()))  # a code of letters and half-width kana, padded (記号 ﾎｸ12, round 25;
                pos = code.end()  # a blank short when NFKC joined a sound mark or the file was cut by hand)
                continue
            if len(value) != width or not (value.isascii() and value.isdigit()):
                # (the record read so far stands: an address's street numbers end a text field early)
                return out if len(out) >= 3 else None
            out.append((name, pos, pos + width))
            pos += width
    return out if len(out) >= 3 else None


def _real_date(d: str) -> bool:
    try:
        day = dt.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return False
    return 1890 <= day.year <= clock.today().year


class FixedLayoutRecognizer(AigwRecognizer):
    ENTITIES = ("PERSON", "DATE_OF_BIRTH", "JP_MY_NUMBER")
    TRIGGER_WORDS = _WORDS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        layouts = sorted(chain(islice(LAYOUT.finditer(text), _MAX_LAYOUTS), islice(RANGE_LAYOUT.finditer(text), _MAX_LAYOUTS)),
                         key=lambda m: m.start())[:_MAX_LAYOUTS]
        for k, m in enumerate(layouts):
            fields = _fields(m.group(0))
            if not any(t for _, _, t in fields) or all(t for _, _, t in fields):
                continue
            # a layout's records: the lines after it, up to the next layout (each line read once: linear)
            stop = layouts[k + 1].start() if k + 1 < len(layouts) else len(text)
            records = []
            pos = text.find("\n", m.end(), stop)
            while 0 <= pos < stop:
                start = pos + 1
                end = text.find("\n", start, stop)
                end = stop if end < 0 else end
                walked = _walk(text, start, end, fields) if start < end else None
                if walked is not None:
                    records.append(walked)
                pos = end if end < stop else -1
            if len(records) >= 2:
                out.extend(self._findings(text, records))
        return out

    def _findings(self, text: str, records: list[list[tuple[str, int, int]]]) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        bare_numbers = {name for name, s, e in records[0] if name.endswith("番号") and e - s == 12}
        for rec in records:
            bare_numbers &= {name for name, s, e in rec if name in bare_numbers and my_number_ok(text[s:e])}
        for rec in records:
            for name, s, e in rec:
                value = text[s:e]
                if _NAME_FIELD.search(name) and _NAME_VALUE.search(value):
                    out.append(self.result("PERSON", s, e, 0.8, form="label", full_name=" " in value.strip(),
                                           honorific=None, label=True, official=False, staff=False,
                                           strength="strong", person_key=stable_key(value.replace(" ", "")),
                                           model="layout"))
                elif "生年月日" in name and e - s == 8 and _real_date(value):
                    out.append(self.result("DATE_OF_BIRTH", s, e, 0.85, context="label", era="western",
                                           precision="day", strength="strong"))
                elif e - s == 12 and len(set(value)) > 1 and my_number_ok(value) and (
                        "個人番号" in name or "マイナンバー" in name or name in bare_numbers):
                    out.append(self.result("JP_MY_NUMBER", s, e, 0.9, strength="strong", label=True))
        return out
