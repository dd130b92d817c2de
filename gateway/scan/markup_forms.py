"""A filled-in form's layouts read as label and value, at the same length (issue 13, round 21).

Forms pasted as text keep their paper shapes, which hide the value from the label rules:

* **checkbox choices**: ``生年月日　□大正 □昭和 ■平成　３年　７月２２日``, ``性別　□男 ■女``. On a line with a ticked box
  (■ ☑ ☒ ✔ ✓) and an empty one (□ ☐), the empty boxes and their options are blanked and the tick becomes a space: the
  line reads ``生年月日　　　　　　　平成　３年…``, its label then its value;
* **labels drawn in box corners**: ``┌生年月日┐ 昭和６２年４月１９日`` (a word processor's table edge) reads as
  ``【生年月日】…``, a bracketed label, instead of a table's bars;
* **key,value rows**: an export of one record as ``氏名,平良 朝子`` ⏎ ``生年月日,1976/03/08`` (two cells a line, the first a
  field's name): the comma after the field's name reads as a colon (two such lines or more);
* **dates with spaced separators**: ``14 / 02 / 1993``, ``1993 . 02 . 14`` read packed (``14/02/1993``), the spaces
  moved after the date;
* **a number over lines under its label** (``クレカ決済済み　番号`` ⏎ ``4539 8812`` ⏎ ``0463 2215``): the breaks between two
  to four lines of digit groups read as spaces;
* **a URL's query string** of two or more fields (``?child_name=Hoshino+Yua&child_birth=2021-08-19&tel=…``, a log's
  request line): each field reads as ``key:value``, the fields parted by spaces (one line still: a contact pair on it is
  one resident's), the key's underscores and the value's plus signs as spaces; a query holding a secret-named field (key, token, sig …) stays as the credential rules read it.

Cheap: each pass runs only when its cue character is in the text.
"""

from __future__ import annotations

from gateway.scan import rx as re

_TICKED = "■☑☒✔✓"
_EMPTY = "□☐"
# an empty box and its option (a word of up to eight characters), with the space after it
_EMPTY_OPTION = re.compile(r"[□☐][ \u3000]?[^\s□☐■☑☒✔✓()（）:：,、]{1,8}[ \u3000]?")
_TICK = re.compile(r"[■☑☒✔✓](?=[ \u3000]?[^\s□☐■☑☒✔✓])")
_BOX_LABEL = re.compile(r"┌([^\s┌┐│|─━═┬┴┼]{1,12})┐")
_FIELD = (r"[^\s,\t]{0,8}?(?:氏名|名前|フリガナ|ふりがな|カナ|生年月日|住所|電話(?:番号)?|携帯(?:電話)?(?:番号)?|メール(?:アドレス)?|"
          r"性別|年齢|番号|本籍|国籍|続柄|世帯主|職業|勤務先|保護者|緊急連絡先)")
_KEY_VALUE = re.compile(r"^(?P<k>[ \t]*" + _FIELD + r"[ \t]*)[,\t](?=[ \t]*[^\s,\t][^,\t\n]*$)", re.MULTILINE)
_MIN_KEY_VALUE = 2
# a number written over two to four lines under its label's line (番号 ⏎ 4539 8812 ⏎ 0463 2215): the breaks read as spaces
_DIGIT_LINES = re.compile(r"(?m)^[ \t　]*[0-9０-９]{2,8}(?:[ -][0-9０-９]{2,8})*[ \t　]*"
                          r"(?:\n[ \t　]*[0-9０-９]{2,8}(?:[ -][0-9０-９]{2,8})*[ \t　]*(?=\n|$)){1,3}")
_LABEL_LINE_END = re.compile(r"(?:番号|ナンバー|No\.?|番号は)[ \t　:：]*$")
_SPACED_DATE = re.compile(r"(?<![0-9])([0-9]{1,4})[ ]+([/.])[ ]+([0-9]{1,2})[ ]+\2[ ]+([0-9]{1,4})(?![0-9])")


# a URL's query string of two or more fields (?child_name=Hoshino+Yua&child_birth=2021-08-19&tel=…): each field as
# "key:value" parted by spaces, the key's underscores and the value's plus signs as spaces; secret-named fields stay
_QUERY = re.compile(r"\?(?:[A-Za-z_][A-Za-z0-9_]{0,30}=[^&\s\"'<>#]*&)+[A-Za-z_][A-Za-z0-9_]{0,30}=[^&\s\"'<>#]*")
_QUERY_FIELD = re.compile(r"(?<=[?&])(?P<k>[A-Za-z_][A-Za-z0-9_]{0,30})=(?P<v>[^&\s\"'<>#]*)")
_SECRET_KEY = re.compile(r"(?i)key|token|secret|pass|pwd|sig|auth|code|session|sid")
_NUMBER_KEY = re.compile(r"(?i)_(?:no|num|number|bango|bangou|cd)$")


def _field_line(m: re.Match[str]) -> str:
    k, v = m.group("k"), m.group("v")
    if _SECRET_KEY.search(k):
        return m.group()
    # (a number's key keeps its underscores, as the identifier rules know it: kojin_no, nenkin_bango, round 22)
    return (k if _NUMBER_KEY.search(k) else k.replace("_", " ")) + ":" + v.replace("+", " ")


def _query_read(m: re.Match[str]) -> str:
    q = m.group()
    if any(_SECRET_KEY.search(f.group("k")) for f in _QUERY_FIELD.finditer(q)):
        return q  # a token's or a signature's query stays as the credential rules read it
    return _QUERY_FIELD.sub(_field_line, q).replace("&", " ")


def _choices_read(line: str) -> str:
    if not any(c in line for c in _TICKED) or not any(c in line for c in _EMPTY):
        return line
    line = _EMPTY_OPTION.sub(lambda m: " " * len(m.group()), line)
    return _TICK.sub(" ", line)


def _packed(m: re.Match[str]) -> str:
    date = m.group(1) + m.group(2) + m.group(3) + m.group(2) + m.group(4)
    return date + " " * (len(m.group()) - len(date))


def _joined_digits(text: str, m: re.Match[str]) -> str:
    """The digit lines after a number's label read as one line (their breaks as spaces), else unchanged."""
    ls = text.rfind("\n", 0, max(0, m.start() - 1))
    if m.start() == 0 or _LABEL_LINE_END.search(text, ls + 1, m.start() - 1) is None:
        return m.group()
    return m.group().replace("\n", " ")


def form_layouts_read(text: str) -> str:
    """``text`` with the form layouts above read as label and value (same length)."""
    if any(c in text for c in _TICKED) and any(c in text for c in _EMPTY):
        text = "\n".join(_choices_read(ln) for ln in text.split("\n"))
    if "┌" in text:
        text = _BOX_LABEL.sub(lambda m: "【" + m.group(1) + "】", text)
    if ("," in text or "\t" in text) and len(rows := list(_KEY_VALUE.finditer(text))) >= _MIN_KEY_VALUE:
        chars = list(text)
        for m in rows:
            chars[m.end("k")] = "："
        text = "".join(chars)
    if "\n" in text and ("番号" in text or "No" in text or "ナンバー" in text):
        text = _DIGIT_LINES.sub(lambda m: _joined_digits(text, m), text)
    if "?" in text and "&" in text and "=" in text:
        text = _QUERY.sub(_query_read, text)
    if " / " in text or " . " in text:
        text = _SPACED_DATE.sub(_packed, text)
    return text
