"""Layout read as structure, at the same length: a pasted HTML table is a spreadsheet to the scanner, like its
TSV; a form label spaced out to the field's width (均等割付: 氏　　名, 住　　所) is the label.

Staff paste HTML tables (an export, a page's source) as often as TSV: ``<tr><td>工藤 真一</td><td>多重債務…</td>``.
The table, column and label rules read rows and cells from tabs and line breaks; the markup hid them. Before
normalisation, every table tag is replaced by characters of the same length: a cell tag by a tab and spaces,
a row's end (and ``<br>``) by a line break and spaces, any other table tag by spaces. The length never
changes, so every offset still points into the prompt as sent (findings, masking, ``--explain``).
Only texts holding a cell tag are touched (one substring test otherwise).

A form printed with its labels spread over the field's width (氏　　名　山田 太郎) reads, once pasted or OCR'd, as
single characters between spaces. Such a label at the start of a line is written together, its spaces moved after
it (氏名　　　山田 太郎): the same length again, so the value keeps its offsets.

A card or form read by OCR often comes out letter-spaced as a whole (``保 険 者 番 号  0 6 1 3 0 0 1 7``,
``生 年 月 日  昭 和 3 6 年 8 月 2 日``). On such a line (most of its words one character long, Japanese among
them) every group of one-character words parted by single spaces is written together, its spaces moved after it
(``保険者番号      06130017       ``): labels, dates and numbers read as typed, at the same length.

A spreadsheet copied with cells wrapped over lines (Excel puts such a cell in double quotes: ``"個人⏎番号"``) splits
a header or a value over two lines. A quoted cell holding line breaks, next to a tab or a comma, is written on one
line, the breaks moved after its closing quote as spaces (``"個人番号" ``): same length again.

A log written by a program that escapes every non-ASCII character (Python's ``json.dumps``:
``{"label": "\\u500b\\u4eba\\u756a\\u53f7"}``) hides labels and names. A run of such escapes is written as the
characters it stands for, the rest of its length as spaces (``個人番号`` and 20 spaces): same length again. A log
of requests or a query string percent-escapes them (``name=%E5%AE%AE%E6%9C%AC``): such a run is decoded the same way.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_to_bytes

_ANY_CELL = re.compile(r"<t[dh]", re.I)
_CELL = re.compile(r"<(?:td|th)\b[^<>]{0,200}>", re.I)
_ROW_END = re.compile(r"</tr\s{0,8}>|<br\s{0,8}/?>", re.I)
_OTHER = re.compile(r"</?(?:table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col)\b[^<>]{0,200}>", re.I)


def _filled(first: str):
    return lambda m: first + " " * (len(m.group()) - 1)


def tables_as_cells(text: str) -> str:
    """``text`` with its HTML table tags turned into tabs and line breaks (same length); unchanged if it has
    no ``<td`` or ``<th``."""
    if "<" not in text or _ANY_CELL.search(text) is None:
        return text
    text = _CELL.sub(_filled("\t"), text)
    text = _ROW_END.sub(_filled("\n"), text)
    return _OTHER.sub(lambda m: " " * len(m.group()), text)


# form labels that are spread to the field's width, one space or more between each character, at a line's start
_SPREAD_WORDS = ("氏名", "住所", "電話", "生年月日", "年齢", "性別", "連絡先", "職業", "本籍", "続柄", "所属", "現住所",
                 "ふりがな", "フリガナ", "名前", "携帯", "勤務先", "世帯主")
_SPREAD = re.compile(r"(?m)^(?P<lead>[ \t\u3000]*)(?P<label>" + "|".join(
    "[ \u3000]+".join(re.escape(c) for c in w) for w in sorted(_SPREAD_WORDS, key=len, reverse=True)) + r")(?=[ \t\u3000:：])")
# a spread label's first character and the space after it (a cheap search that rules most texts out)
_SPREAD_START = re.compile("[" + "".join(sorted({w[0] for w in _SPREAD_WORDS})) + "][ \u3000]")


def _packed(m: re.Match[str]) -> str:
    label = m.group("label")
    word = re.sub(r"[ \u3000]", "", label)
    return m.group("lead") + word + "\u3000" * (len(label) - len(word))


def spread_labels_packed(text: str) -> str:
    """``text`` with the form labels spread to a field's width at a line's start written together (same length)."""
    if "\u3000" not in text and " " not in text:
        return text
    if _SPREAD_START.search(text) is None:  # every spread label starts so: one charset scan, no sub
        return text
    return _SPREAD.sub(_packed, text)


# two one-character words between spaces: the cue to look at the line (a space first: sre skips fast)
_SPACED_CUE = re.compile(r"[ \u3000][^ \u3000\t\n][ \u3000][^ \u3000\t\n][ \u3000]")
# one group of one-character words (letters, digits, kana, kanji, punctuation such as the commas of an amount: 2 8 , 6 0 0)
# parted by single spaces, on a letter-spaced line; a table's bars part cells and are never packed
_WORD_GROUP = re.compile(r"(?<![^ \u3000\t])[^\s|｜](?:[ \u3000][^\s|｜])+(?![^ \u3000\t\n])")
_JAPANESE = re.compile(r"[\u3041-\u30ff\u3400-\u9fff]")


def _letter_spaced(line: str) -> bool:
    """Most words of the line one character long (at least four), two of them Japanese: text read by OCR."""
    words = line.split()
    single = [w for w in words if len(w) == 1]
    return len(single) >= 4 and 5 * len(single) >= 3 * len(words) and len(_JAPANESE.findall("".join(single))) >= 2


def _group_packed(m: re.Match[str]) -> str:
    chars = m.group()[::2]
    return chars + " " * (len(m.group()) - len(chars))


def letter_spaced_packed(text: str) -> str:
    """``text`` with the letter-spaced lines of an OCR'd card or form written together, word by word (same length)."""
    m = _SPACED_CUE.search(text) if " " in text or "\u3000" in text else None
    if m is None:
        return text
    out: list[str] = []
    pos = 0
    while m is not None:
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        line = text[ls:le]
        if _letter_spaced(line):
            out.append(text[pos:ls])
            out.append(_WORD_GROUP.sub(_group_packed, line))
            pos = le
        m = _SPACED_CUE.search(text, le)
    out.append(text[pos:])
    return "".join(out)


# a quoted spreadsheet cell holding line breaks (no tab or quote inside), at a line's start or after a separator
_WRAPPED_CELL = re.compile(r'(?m)(?:^|(?<=[\t,]))"(?P<inner>[^"\t]{0,200}?\n[^"\t]{0,200}?)"(?=[\t,]|$)')


def _cell_joined(m: re.Match[str]) -> str:
    inner = m.group("inner")
    s, e = m.span()
    text = m.string
    if not (s > 0 and text[s - 1] in "\t," or e < len(text) and text[e] in "\t,"):
        return m.group()  # a quotation over lines in prose, not a cell
    joined = inner.replace("\r", "").replace("\n", "")
    return '"' + joined + '"' + " " * (len(inner) - len(joined))


def wrapped_cells_joined(text: str) -> str:
    """``text`` with the quoted spreadsheet cells wrapped over lines written on one line (same length)."""
    if '"' not in text or "\t" not in text and "," not in text:
        return text
    return _WRAPPED_CELL.sub(_cell_joined, text)


# a run of two or more \\uXXXX escapes (a surrogate pair stands for one character)
_ESCAPE_RUN = re.compile(r"(?:\\u[0-9a-fA-F]{4}){2,}")


def _unescaped(m: re.Match[str]) -> str:
    run = m.group()
    try:
        chars = run.encode("ascii").decode("unicode_escape").encode("utf-16", "surrogatepass").decode("utf-16")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return run
    if any(c < "\x80" or not c.isprintable() for c in chars):
        return run  # an escaped quote or control character: JSON structure, left as it is
    return chars + " " * (len(run) - len(chars))


def unicode_escapes_decoded(text: str) -> str:
    """``text`` with runs of two or more ``\\uXXXX`` escapes of non-ASCII characters written as those characters,
    padded with spaces (same length)."""
    if "\\u" not in text:
        return text
    return _ESCAPE_RUN.sub(_unescaped, text)


# a run of two or more %XX escapes, spaces as + or %20 between them (a query string, a form post in a log)
_PERCENT_RUN = re.compile(r"(?=[%+])(?:%[0-9A-Fa-f]{2}|\+){2,}")  # (the lookahead: other starts fail at once)


def _percent_decoded(m: re.Match[str]) -> str:
    run = m.group()
    try:
        chars = unquote_to_bytes(run.replace("+", "%20")).decode("utf-8")
    except UnicodeDecodeError:
        return run
    if not any(c >= "\x80" for c in chars) or any(c < "\x80" and not c.isprintable() for c in chars):
        return run  # ASCII escapes (%2F, %3D) are URL structure; control characters are not text
    return chars + " " * (len(run) - len(chars))


def percent_escapes_decoded(text: str) -> str:
    """``text`` with runs of percent-escaped UTF-8 (``%E5%AE%AE%E6%9C%AC``) written as the characters they stand
    for, padded with spaces (same length)."""
    if "%" not in text:
        return text
    return _PERCENT_RUN.sub(_percent_decoded, text)


def as_structure(text: str) -> str:
    """What the scanner reads for structure: HTML tables as cells, quoted cells wrapped over lines joined,
    letter-spaced OCR lines and spread form labels packed (same length)."""
    text = tables_as_cells(percent_escapes_decoded(unicode_escapes_decoded(text)))
    return spread_labels_packed(letter_spaced_packed(wrapped_cells_joined(text)))
