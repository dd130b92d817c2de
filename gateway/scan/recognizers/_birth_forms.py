"""Birth dates whose label or column decides (issue 13, round 16; helpers of date_of_birth.py).

* **Read through after a label** (``tolerant_after``): a scan read by OCR, or a form typed with spaces, breaks the date a
  birth label names (``生年月日 昭和 3 3 年 2 月 3 日``, ``生年月日：1 9 5 8 - 0 2 - 0 3``, ``昭和33年'2月3日``): the rest of the
  label's line, at most ``_WINDOW`` characters, is read with blanks and stray marks (quotes, carets, tildes, commas)
  dropped and the letters OCR reads for digits (``O o`` for 0, ``l I |`` for 1) as digits, and the date form is matched
  on that reading from its start; the span maps back to the characters read. A label alone on its line reads the next
  line, and a line ending inside the date (after 年, 月 or a separator) the one after it. Only right after a label: a
  date elsewhere keeps its own form (``3 3 年`` in prose is no date).
* **A list under a birth key** (``LIST_HEAD``): R's ``生年月日 = c("1962-02-14", …)``, JSON's ``"birth_dates": […]``,
  Python's ``dob = ["…", …]``: every quoted item of the list is the key's value.
* **A column by its position** (``under_column``): a fixed-width or space-aligned export (``受付番号   氏名   生年月日``)
  names its birth column in a header whose cells are parted by blanks; a value belongs to the column whose header
  cell it sits under, by display columns (full-width characters count two), or, in a delimited table (tab, comma,
  bar), by its cell's index. ``header_line`` (moved here from date_of_birth.py) tells a header: its cells may also be
  parted by two blanks or more (``ID      NAME      BIRTH      TEL``, round 16).
"""

from __future__ import annotations

import unicodedata

from gateway.scan import rx as re
from gateway.scan.recognizers._field_keys import BIRTH_KEYS
from gateway.scan.recognizers._text import header_digits, named_columns

_WINDOW = 32
_STRAY = frozenset(" \t\u3000'\"`´^~_,，･")
_OCR = str.maketrans("OolI|", "00111")
# a birth label heading its value: the word, a closing bracket, a separator
LABEL_HEAD = re.compile(r"(?:生年月日|誕生日|出生年月日|出生日|(?<![A-Za-z])(?i:dob|d\.o\.b\.?|date[ _]?of[ _]?birth|birth[ _-]?date|birthday))"
                        r"[ \t　]*[)）】\]」』]?[ \t　]*(?:[:：=|｜]|は)?[ \t　]*")
_DELIMS = "\t,|"
# a birth key opening a list of values (R's c(, list(, a JSON or Python array)
LIST_HEAD = re.compile(r"(?:生年月日|誕生日|(?<![A-Za-z])(?i:dob|birth[ _-]?dates?|birthdays?|date_?of_?birth|seinengappi|birth))"
                       r"[\"'`]?[ \t]*(?:=|:|<-)[ \t]*(?:c|list|array|Array)?[(\[][ \t]*")
LIST_ITEM = re.compile(r"[ \t\n]*[\"'](?P<v>[^\"'\n]{4,24})[\"'][ \t]*(?:,|(?=[)\]]))")


def _window_end(text: str, pos: int) -> int:
    """The end of the text read for a date from ``pos``: its line, and the next line too when the first ends inside the
    date (after 年 / 月 or a separator: a scan's line break, ``昭和 6 3 年`` ⏎ ``4 月 2 0 日``)."""
    le = text.find("\n", pos, pos + _WINDOW)
    if le < 0:
        return min(len(text), pos + _WINDOW)
    tail = text[pos:le].rstrip(" \t\u3000")
    if tail and (tail[-1] in "年月./-" or tail.endswith(("明治", "大正", "昭和", "平成", "令和"))):  # (昭和 ⏎ 56年…, r34)
        le2 = text.find("\n", le + 1, pos + _WINDOW)
        return le2 if le2 >= 0 else min(len(text), pos + _WINDOW)
    return le


def tolerant_after(text: str, pos: int, date_re: re.Pattern) -> tuple[int, int, re.Match] | None:
    """The date read from ``pos`` with blanks and stray marks dropped and OCR letters read as digits: (start, end in
    ``text``, the match on the reading), or None. A label alone on its line reads the next line."""
    if text.startswith("\n", pos):
        pos += 1
    chars: list[str] = []
    idx: list[int] = []
    for i in range(pos, _window_end(text, pos)):
        c = text[i]
        if c in _STRAY or c == "\n":
            continue
        chars.append(c.translate(_OCR))
        idx.append(i)
    if not chars:
        return None
    m = date_re.match("".join(chars))
    if m is None or m.end() == 0:
        return None
    return idx[0], idx[m.end() - 1] + 1, m


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def under_column(text: str, header_end: int, words: re.Pattern, s: int, e: int) -> bool:
    """``text[s:e]`` sits under a header cell ``words`` matches, the header being the line that ends at
    ``header_end``: by cell index in a delimited table, by display columns in a blank-parted one."""
    hs = text.rfind("\n", 0, header_end) + 1
    header = text[hs:header_end]
    ls = text.rfind("\n", 0, s) + 1
    sep = next((c for c in _DELIMS if c in header), None)
    if sep is not None:
        col = text.count(sep, ls, s)
        cells = header.split(sep)
        return col < len(cells) and words.search(cells[col]) is not None
    lo, hi = _width(text[ls:s]), _width(text[ls:e])
    for m in words.finditer(header):
        cs, ce = _width(header[:m.start()]), _width(header[:m.end()])
        if lo <= ce + 1 and hi >= cs - 1:
            return True
    return False


# a header's cell naming the birth column (date_of_birth's column context)
HEADER_WORDS = re.compile(r"生年月日|誕生日|出生日|セイネンガッピ|セイネンガツピ|DOB|date[ _]?of[ _]?birth|birth[ _]?date|(?<![a-z0-9_])(?:" + "|".join(BIRTH_KEYS)
                           + r")(?![a-z0-9_])", re.IGNORECASE)
# …and "birth" as a whole cell, for the position of a value under it
COLUMN_WORDS = re.compile(HEADER_WORDS.pattern + r"|(?<![A-Za-z_])birth(?![A-Za-z_])", re.IGNORECASE)
# spreadsheet cell references heading the cells of a pasted row ("A2: 名前　B2: 生年月日")
_CELL_REF = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,2}[0-9]{1,5}[ \t]*:")

# a space-aligned header's cells: parted by two blanks or more (ID      NAME      BIRTH      TEL), round 16
_ALIGNED_CELLS = re.compile(r" {2,}|\u3000+")
_ROW_NUMBER_HEADINGS = frozenset({"No.", "No", "NO.", "NO", "no.", "#", "№"})


def header_line(line: str) -> bool:
    """A table header: cells parted by , \t | 、 (or cell references) without digits, or a list of at least
    three short field names parted by "/" ("氏名／ふりがな／生年月日／申請区分")."""
    if ":" in line and len(_CELL_REF.findall(line)) >= 2:
        line = _CELL_REF.sub("\t", line)
    if named_columns(line) is not None:
        return True  # the request names the pasted table's columns (たぶん左から「受給者番号、氏名、生年月日…」です, r15)
    if header_digits(line):
        return False
    if re.search(r"[,\t|｜、]", line):
        return True
    cells = [c for c in _ALIGNED_CELLS.split(line.strip()) if c]
    if len(cells) >= 3 and all(len(c) <= 16 for c in cells) \
            and any(COLUMN_WORDS.fullmatch(c) for c in cells):
        return True  # a fixed-width or space-aligned export's header (id   name   dob   city)
    words = line.split()
    if words and words[0] in _ROW_NUMBER_HEADINGS:
        words = words[1:]  # the row number's column ("No. 氏名 生年月日 住所", a table copied out of a PDF)
    # (a word of Latin letters only is prose's; a kanji word with a letter, 面接A, a header's)
    if len(words) >= 3 and all(len(w) <= 8 and not re.fullmatch(r"[A-Za-z.,!?']+", w) for w in words) \
            and any(HEADER_WORDS.fullmatch(w) for w in words):
        return True  # a header of field names parted by single spaces (番号 氏名 生年月日 住所)
    cells = line.split("/")
    return len(cells) >= 3 and all(0 < len(c.strip()) <= 10 for c in cells[1:])
