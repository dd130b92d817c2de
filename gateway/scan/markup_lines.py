"""Line decoration read through, at the same length (issue 13, round 14; see markup.py).

Staff paste what they received as they received it: a mail reply quotes the resident's message line by line
(``> 氏名：…``, ``>> …``), an editor or a diff viewer numbers the lines of a listing (``  12: …``, ``12 | …``), and a
Windows client ends its lines with CR LF. The label, table and line rules read a line from its first character; the
decoration hid it. Each is written as spaces where it stands (the length never changes, so every offset still points
into the prompt as sent):

* a quote prefix (one or more ``>``, each with the space after it) at a line's start;
* a line number and its separator (``:``, ``|``, ``│``) on three or more consecutive lines numbered one after another
  (a listing, not a table's No column: a tab or a comma after the number is a cell, left alone);
* the CR of a CR LF line end;
* the escapes of a string literal that holds a whole record (a JSON log's ``"message": "氏名：…\\n住所：…"``): ``\\n``
  as a space and a line break, ``\\t`` as a space and a tab, ``\\r`` as spaces, when a text holds at least two
  escaped line breaks (escaped quotes stay: the credential rules read JSON inside JSON as it is).

Linear: one pass over the lines; only texts holding ``>``, a CR, or a digit right after a line start are walked.
"""

from __future__ import annotations

from gateway.scan import rx as re

_QUOTE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
# (not a time: 10:00 開会 ⏎ 11:00 …)
_NUMBERED = re.compile(r"(?m)^[ \t]*(?P<n>[0-9]{1,5})[ \t]*[:|│](?![0-9])[ \t]?")
_MIN_RUN = 3  # consecutive numbered lines that make a listing
_MIN_ESCAPED_BREAKS = 2
_ESCAPE = re.compile(r"(?<!\\)\\([ntr])")
_UNESCAPED = {"n": " \n", "t": " \t", "r": "  "}


def _unescaped(m: re.Match[str]) -> str:
    return _UNESCAPED[m.group(1)]


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _numbers_blanked(text: str) -> str:
    """Line numbers of runs of consecutively numbered lines written as spaces."""
    spans: list[tuple[int, int, int, int]] = []  # (start, end, number, line start)
    for m in _NUMBERED.finditer(text):
        spans.append((m.start(), m.end(), int(m.group("n")), m.start()))
    if len(spans) < _MIN_RUN:
        return text
    keep: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    prev_n, prev_end = -2, -1
    for s, e, n, _ in spans:
        # the next line, numbered one more than the last
        consecutive = n == prev_n + 1 and text.count("\n", prev_end, s) == 1
        if not consecutive:
            if len(run) >= _MIN_RUN:
                keep.extend(run)
            run = []
        run.append((s, e))
        prev_n, prev_end = n, e
    if len(run) >= _MIN_RUN:
        keep.extend(run)
    if not keep:
        return text
    out, pos = [], 0
    for s, e in keep:
        out.append(text[pos:s])
        out.append(" " * (e - s))
        pos = e
    out.append(text[pos:])
    return "".join(out)


def line_decoration_blanked(text: str) -> str:
    """``text`` with quote prefixes, listing line numbers, CRs of CR LF and a record's escaped line breaks written as
    spaces and line breaks (same length)."""
    if "\r" in text:
        text = text.replace("\r\n", " \n")
    if ">" in text:
        text = _QUOTE.sub(_blank, text)
    if _NUMBERED.search(text) is not None:
        text = _numbers_blanked(text)
    if text.count("\\n") >= _MIN_ESCAPED_BREAKS:
        text = _ESCAPE.sub(_unescaped, text)
    return text
