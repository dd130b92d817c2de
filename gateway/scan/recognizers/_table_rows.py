"""The rows under a table's header line (CSV, TSV or markdown), for recognizers that read one column of it: a class
list's seats (record_number), an イニシャル column (initials). A markdown rule under the header is skipped; the table
ends at a blank line (the caller also stops at the first row that does not fit its column)."""

from __future__ import annotations

from collections.abc import Iterator

from gateway.scan import rx as re

_CELLS = re.compile(r"[ \t　]*[,\t|][ \t　]*")
_RULE = frozenset("|-: \t　")


def cells(line: str) -> list[str]:
    """A table line's cells (commas, tabs or bars between them; a markdown row's outer bars dropped)."""
    return _CELLS.split(line.strip(" \t　|"))


def rows_under(text: str, head_end: int, limit: int) -> Iterator[tuple[int, str, list[str]]]:
    """(start, line, cells) of each row after the header line ending at ``head_end`` (its newline), at most ``limit``."""
    start, n = head_end + 1, 0
    while start < len(text) and n < limit:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if not line.strip():
            return
        if not set(line.strip()) <= _RULE:  # (a markdown rule under the header)
            yield start, line, cells(line)
            n += 1
        start = end + 1
