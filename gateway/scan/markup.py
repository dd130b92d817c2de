"""HTML tables read as tables: a pasted ``<table>`` is a spreadsheet to the scanner, like its TSV.

Staff paste HTML tables (an export, a page's source) as often as TSV: ``<tr><td>工藤 真一</td><td>多重債務…</td>``.
The table, column and label rules read rows and cells from tabs and line breaks; the markup hid them. Before
normalisation, every table tag is replaced by characters of the same length: a cell tag by a tab and spaces,
a row's end (and ``<br>``) by a line break and spaces, any other table tag by spaces. The length never
changes, so every offset still points into the prompt as sent (findings, masking, ``--explain``).
Only texts holding a cell tag are touched (one substring test otherwise).
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
