"""Where a marking stands in a table (issue 13, rounds 17–18): a cell of a table's body or head row lists the markings
(a glossary's term, a register's 区分 column, a rules table of levels and their restrictions); a value after its label's
cell (| 文書区分 | 機密性2 |) is the document's own marking, decided elsewhere."""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.recognizers._text import line_end, line_start


def table_body_cell(text: str, start: int, head: bool = False, generic: bool = False) -> bool:
    """The marking is a cell in the body of a tab-separated table (a glossary's term, a register's 区分 column: the
    line above is a row of the same table), not a sheet's title row above its table (round 17); ``head``: or in its head
    row (the line below is a row), the first cell of its row unless ``generic`` (a column named 取扱制限)."""
    ls, le = line_start(text, start), line_end(text, start)
    nle = line_end(text, le + 1) if le >= 0 else -1
    rows = (text[ls:le if le >= 0 else len(text)], text[line_start(text, ls - 1):ls - 1] if ls > 0 else "",
            text[le + 1:nle if nle >= 0 else len(text)] if le >= 0 else "")  # its line, the one above, the one below
    # (r18: or a table with bars, markdown's or a pasted sheet's, its head row too: 区分 | 取扱制限 ⏎ 機密性３ | 持出禁止) when
    # the marking keys its row or the row's key is a marking too (a rules table of levels and their restrictions); a value
    # after a label's cell (| 組織改正案 | 機密性２ |, | 文書区分 | 機密性2 |) is the document's own marking
    before = rows[0][:start - ls].replace("｜", "|").strip(" \t　|")
    keyed = generic or not before or _MARKING_KEY.search(before.replace("\t", "|").split("|")[0]) is not None
    if "\t" in rows[0] and ("\t" in rows[1] or (head and "\t" in rows[2])):
        return keyed or not head
    return keyed and _bar_row(rows[0]) and (_bar_row(rows[1]) or (head and _bar_row(rows[2])))


_MARKING_KEY = re.compile(r"機密性|秘|限り|取扱注意|持出禁止|複製禁止|(?i:confidential|secret)")


def _bar_row(row: str) -> bool:
    """A table row with bars: two cells or more, none a rule of dashes (not a box drawn round one word: |秘|)."""
    cells = row.replace("｜", "|").strip(" \t　|").split("|")
    return len(cells) >= 2 and all(c.strip(" \t　") and c.strip(" \t　-=:") for c in cells)
