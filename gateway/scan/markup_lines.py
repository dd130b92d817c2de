"""Line decoration and HTML formatting read through, at the same length (issue 13, round 14; see markup.py).

Staff paste what they received as they received it: a mail reply quotes the resident's message line by line
(``> 氏名：…``, ``>> …``), an editor or a diff viewer numbers the lines of a listing (``  12: …``, ``12 | …``), and a
Windows client ends its lines with CR LF. The label, table and line rules read a line from its first character; the
decoration hid it. Each is written as zero-width spaces where it stands, which normalisation then drops with its offsets
mapped back (the length never changes here, so every offset still points into the prompt as sent):

* a quote prefix (one or more ``>``, each with the space after it) at a line's start;
* a line number and its separator (``:``, ``|``, ``│``) on three or more consecutive lines numbered one after another
  (a listing, not a table's No column: a tab or a comma after the number is a cell, left alone);
* the CR of a CR LF line end; the blank line after every line of a text whose every line break is doubled;
* the escapes of a string literal that holds a whole record (a JSON log's ``"message": "氏名：…\\n住所：…"``): ``\\n``
  as a space and a line break, ``\\t`` as a space and a tab, ``\\r`` as spaces, when a text holds at least two
  escaped line breaks (escaped quotes stay: the credential rules read JSON inside JSON as it is);
* a table whose cells are parted by single ideographic spaces (a word processor's table pasted as text) has its
  separators written as tabs, so the table rules read it as a TSV (``ideographic_columns_as_cells``);
* HTML formatting tags (``<p>``, ``<div>``, ``<span …>``, ``<br>``, ``<strong>`` …; a table's tags are markup.tables_as_cells'),
  a block's end inside a line written as a line break (``…</p><p>…``, ``…<br>…``), when a text holds two or more.

Linear: one pass over the lines; only texts holding ``>``, a CR, or a digit right after a line start are walked.
"""

from __future__ import annotations

from gateway.scan import rx as re

# the filler: a zero-width space, which normalisation drops with its offsets mapped back, so the line reads as if the
# decoration were not there (a quoted line starts at its text, not at an indent)
_ZW = "\u200b"

_QUOTE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
# (not a time: 10:00 開会 ⏎ 11:00 …)
_NUMBERED = re.compile(r"(?m)^[ \t]*(?P<n>[0-9]{1,5})[ \t]*[:|│](?![0-9])[ \t]?")
_MIN_RUN = 3  # consecutive numbered lines that make a listing
_MIN_ESCAPED_BREAKS = 2
_ESCAPE = re.compile(r"(?<!\\)\\([ntr])")
_UNESCAPED = {"n": _ZW + "\n", "t": _ZW + "\t", "r": _ZW + _ZW}


def _unescaped(m: re.Match[str]) -> str:
    return _UNESCAPED[m.group(1)]


def _blank(m: re.Match[str]) -> str:
    return _ZW * (m.end() - m.start())


def _numbers_blanked(text: str) -> str:
    """Line numbers of runs of consecutively numbered lines written as spaces."""
    spans = [(m.start(), m.end(), int(m.group("n"))) for m in _NUMBERED.finditer(text)]  # (start, end, number)
    if len(spans) < _MIN_RUN:
        return text
    keep: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    prev_n, prev_end = -2, -1
    for s, e, n in spans:
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
        out.append(_ZW * (e - s))
        pos = e
    out.append(text[pos:])
    return "".join(out)


# HTML formatting tags (not a table's: markup.tables_as_cells reads those); a block's end is a line break
_HTML_TAG = re.compile(r"(?i)</?(?P<tag>p|div|span|br|li|ul|ol|strong|b|i|em|u|font|a|h[1-6]|section|article|blockquote|"
                       r"pre|code|small|sup|sub|label|mark|hr|dl|dt|dd|header|footer|main|nav)(?:[ \t/][^<>\n]{0,200})?>")
_BLOCK_END = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote",
                        "pre", "hr", "dt", "dd", "header", "footer", "ul", "ol", "dl"})
_MIN_TAGS = 2


def _tag_dropped(m: re.Match[str]) -> str:
    n = m.end() - m.start()
    closing = m.group().startswith("</") or m.group("tag").lower() in ("br", "hr")
    text, end = m.string, m.end()
    if closing and m.group("tag").lower() in _BLOCK_END and end < len(text) and text[end] not in "\r\n<":
        return "\n" + _ZW * (n - 1)  # text</p><p>… or text<br>more: the block ends the line
    return _ZW * n


def html_tags_dropped(text: str) -> str:
    """``text`` with HTML formatting tags written as zero-width fillers (a block's end inside a line as a line break),
    when it holds two or more of them (same length)."""
    if "<" not in text:
        return text
    first = _HTML_TAG.search(text)
    if first is None or _HTML_TAG.search(text, first.end()) is None:
        return text
    return _HTML_TAG.sub(_tag_dropped, text)


_IDEO = "\u3000"
_MIN_COLUMNS = 3
_MAX_HEADER_CELL = 12


def _ideo_cells(line: str) -> int:
    """The number of cells a line parted by single ideographic spaces has (0 when a cell is empty or it has none)."""
    if _IDEO not in line or _IDEO * 2 in line:
        return 0
    cells = line.strip(" \t").split(_IDEO)
    return len(cells) if all(cells) else 0


def ideographic_columns_as_cells(text: str) -> str:
    """``text`` with a table whose cells are parted by single ideographic spaces (課名　課長名　主な業務　直通電話 over rows
    of the same shape: a word processor's table pasted as text) written with tabs, so the table rules read it as a TSV
    (same length). A header of three or more short cells without digits, then at least two rows with as many cells."""
    if _IDEO not in text:
        return text
    lines = text.split("\n")
    i, changed = 0, False
    while i < len(lines) - 2:
        n = _ideo_cells(lines[i])
        if n < _MIN_COLUMNS or any(c.isdigit() for c in lines[i]) \
                or max(len(c) for c in lines[i].split(_IDEO)) > _MAX_HEADER_CELL:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _ideo_cells(lines[j]) == n:
            j += 1
        if j - i >= 3:
            lines[i:j] = [ln.replace(_IDEO, "\t") for ln in lines[i:j]]
            changed = True
        i = j
    return "\n".join(lines) if changed else text


_MIN_DOUBLED = 4  # line breaks doubled throughout: at least this many lines
_BREAKS = re.compile(r"\n+")


def _double_spaced(text: str) -> bool:
    """Every line break doubled (a paste from an editor that spaces its lines): at least _MIN_DOUBLED runs of line
    breaks, each of an even length (a blank line became three)."""
    runs = [len(m.group()) for m in _BREAKS.finditer(text.strip("\n"))]
    return len(runs) >= _MIN_DOUBLED and all(n % 2 == 0 for n in runs)


def _halved(m: re.Match[str]) -> str:
    n = len(m.group())
    k = (n + 1) // 2  # (a single break at the text's end stays one)
    return "\n" * k + _ZW * (n - k)


def line_decoration_blanked(text: str) -> str:
    """``text`` with quote prefixes, listing line numbers, CRs of CR LF and a record's escaped line breaks written as
    spaces and line breaks (same length)."""
    if "\r" in text:
        text = text.replace("\r\n", _ZW + "\n")
    if "\n\n" in text and _double_spaced(text):
        text = _BREAKS.sub(_halved, text)  # every run of line breaks halved: the lines are the record's
    if ">" in text:
        text = _QUOTE.sub(_blank, text)
    if _NUMBERED.search(text) is not None:
        text = _numbers_blanked(text)
    if text.count("\\n") >= _MIN_ESCAPED_BREAKS:
        text = _ESCAPE.sub(_unescaped, text)
    return text
