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
"""

from __future__ import annotations

import re

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


def as_structure(text: str) -> str:
    """What the scanner reads for structure: HTML tables as cells, spread form labels packed (same length)."""
    return spread_labels_packed(tables_as_cells(text))
