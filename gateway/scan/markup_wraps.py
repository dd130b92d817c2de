"""Lines hard-wrapped at a fixed width read as the text they were cut from, at the same length (issue 13, round 15).

Text copied out of a PDF, a fax's OCR or a terminal keeps the layout's line breaks: every line of a paragraph is cut at
the same width, inside words, numbers and names (``…電話 090-44`` ⏎ ``71-2290 …``, ``…氏名 浅`` ⏎ ``見 翔 …``). The rules read
an identifier or a name on one line; the wrap broke it. Such a wrap is told by its width: three or more lines of one
length (±1 character, 16 or more characters long), next to one another, that end inside a sentence (not after 。, ！, a
colon, a closing bracket) and are no table's rows (no tab, no CSV row, no bar, no columns parted by an ideographic space
or aligned by spaces) nor rules, nor a list's records (most of them starting with a number, a marker or the previous
line's first two characters). The line break after each such line is written as a zero-width space (normalisation drops
it, so the next line continues the word), or as a space between two Latin letters (the words of an English text wrap at
a space that the copy lost); a hyphen that ends a wrapped line between two lowercase letters (``inter-`` ⏎ ``national``)
is dropped too. A line of another length ends its paragraph: a line break after it stays, so unrelated lines are never
joined. Same length throughout.

Cheap: only texts with three or more line breaks are measured (one ``count``), and only those with two neighbouring
lines of one width are read further.
"""

from __future__ import annotations

from collections import Counter

from gateway.scan import rx as re

_ZW = "\u200b"
_MIN_BREAKS = 3
_MIN_WIDTH = 16
_MIN_WRAPPED = 3
_MIN_CUTS = 2
_TOLERANCE = 1
# (a list's marker read through before a label is a zero-width filler by now: markup_lines)
_LIST_START = frozenset("・･●■□◆◇▪•*-+>#(（[【「<\u200b")
_BLANK = " \t\u3000"
_MIN_KINDS = 4  # a rule of dashes is no text
# a line that ends a sentence, a label or a bracketed phrase ends where its writer ended it
_SENTENCE_END = frozenset("。．！？!?：:」』）)】]>")


def _tabular(line: str) -> bool:
    """A table's row: cells parted by tabs, bars, commas, or columns aligned by runs of spaces."""
    body = line.strip(" \u3000")
    return "\t" in line or "|" in line or "｜" in line or line.count(",") >= 2 or "  " in body or "\u3000" in body


def _width(lines: list[str]) -> int:
    """The width the text is wrapped at (0 when none): the longest length that three or more lines share (±1)."""
    counts = Counter(len(ln) for ln in lines if len(ln) >= _MIN_WIDTH - _TOLERANCE and not _tabular(ln))
    for width in sorted(counts, reverse=True):
        if width >= _MIN_WIDTH and counts[width] + counts.get(width - _TOLERANCE, 0) >= _MIN_WRAPPED:
            return width
    return 0


def _full(line: str, width: int) -> bool:
    """A line that fills the width: text, not a table's row or a rule."""
    return width - _TOLERANCE <= len(line) <= width and not _tabular(line) and len(set(line)) > _MIN_KINDS


def _wrapped(line: str, width: int) -> bool:
    """A line cut by the wrap: it fills the width and ends inside a sentence."""
    return _full(line, width) and line.rstrip()[-1:] not in _SENTENCE_END


def _records(full: list[str]) -> bool:
    """Lines of one length that are a list's records, not a paragraph's pieces: most of them start with a number or a
    list's marker, or with the two characters the one before started with (1 池田 …, ・利用者ID…, AP-1F-01 …)."""
    starts = [ln.lstrip(_BLANK)[:2] for ln in full]
    listed = sum(1 for i, st in enumerate(starts) if st[:1] in _LIST_START or st[:1].isdigit()
                 or (i and st == starts[i - 1]))
    return 2 * listed >= len(full)


def _runs(lines: list[str], width: int) -> int:
    """How many lines filling the width sit next to another (a paragraph cut at the width, not lines of one length
    apart: the cue lines of a transcript)."""
    flags = [_full(ln, width) for ln in lines]
    return sum(1 for i, f in enumerate(flags) if f and ((i and flags[i - 1]) or (i + 1 < len(flags) and flags[i + 1])))


def _joint(before: str, after: str) -> str:
    """What the line break between two wrapped pieces is written as (and the hyphen before it, if dropped)."""
    a, b = before[-1:], after[:1]
    if a == "-" and before[-2:-1].islower() and b.islower():
        return _ZW + _ZW  # inter- ⏎ national
    if a.isascii() and a.isalpha() and b.isascii() and b.isalpha():
        return " "  # two English words: the wrap took the space
    return _ZW


def wrapped_lines_joined(text: str) -> str:
    """``text`` with the line breaks of lines hard-wrapped at one width written as fillers (see the module docstring);
    same length. Unchanged when no three lines share a width."""
    if text.count("\n") < _MIN_BREAKS:
        return text
    lines = text.split("\n")
    lens = list(map(len, lines))
    if not any(a >= _MIN_WIDTH - _TOLERANCE and abs(a - b) <= _TOLERANCE for a, b in zip(lens, lens[1:])):
        return text  # no two neighbouring lines of one width: no wrap (most texts stop here)
    width = _width(lines)
    if not width or _runs(lines, width) < _MIN_WRAPPED or _records([ln for ln in lines if _full(ln, width)]):
        return text
    # (a paragraph cut at a width is cut inside sentences more than once: lines of one length that end their sentences
    # but one — 仮パスワード：Sora!49tbq2 ⏎ ログインしたら…してください。 ⏎ …かかります。 — are no wrap, round 38)
    if sum(1 for i, ln in enumerate(lines[:-1]) if _wrapped(ln, width) and lines[i + 1].strip()) < _MIN_CUTS:
        return text
    out: list[str] = []
    for i, ln in enumerate(lines):
        if i + 1 < len(lines) and lines[i + 1].strip() and ln.strip() and _wrapped(ln, width):
            joint = _joint(ln, lines[i + 1])
            out.append(ln[:len(ln) + 1 - len(joint)] + joint if len(joint) > 1 else ln + joint)
        else:
            out.append(ln + "\n" if i + 1 < len(lines) else ln)
    return "".join(out)


# text written top to bottom, one character a line (a vertical document read by OCR or a phone camera, a number
# typed a digit a line): six or more lines holding one character each, next to one another, are the line they were
# cut from. Written as that line, the run's line breaks moved to its end as spaces (same length; the run's later
# characters move back by the breaks before them). A bar between digits is the vertical form of a dash (２０８５｜３６２).
_VERTICAL = re.compile(r"(?m)^[^\S\n]*\S[^\S\n]*(?:\n[^\S\n]*\S[^\S\n]*){5,}$")
_VERTICAL_BAR = re.compile(r"(?<=[0-9０-９])[｜|│︱](?=[0-9０-９])")


def _vertical_line(m: re.Match[str]) -> str:
    chars = _VERTICAL_BAR.sub("-", "".join(m.group().split()))
    return chars + " " * (len(m.group()) - len(chars))


def vertical_lines_joined(text: str) -> str:
    """``text`` with each run of one-character lines written as one line (see above); same length. Unchanged
    without six line breaks."""
    if text.count("\n") < 5:
        return text
    return _VERTICAL.sub(_vertical_line, text)


# vertical writing read column by column (a photo's OCR, a flattened PDF): every column becomes a short line of one
# height, cut inside words, names and numbers ("　氏名　神" ⏎ "　保　香織" ⏎ "　様（四十"). A run of eight or more short lines
# (at most 10 characters) where most lines share one length is such a text when its prose shows: two or more of those
# lines hold a comma, a full stop or a bracket inside them (a roster or a list of one-width lines holds none). A line of
# that length is joined to the next when the next has the same indent and it does not end a sentence; a heading, a
# shorter line (a paragraph's end) or a change of indent keeps its line break. Same length: the break and the next
# line's indent become fillers.
_COLUMN_MAX = 10
_COLUMN_RUN = 8
_COLUMN_SHARE = 0.6
_COLUMN_PROSE = 2
_INSIDE_MARKS = frozenset("、。，．（）「」()")


def _indent(line: str) -> str:
    return line[:len(line) - len(line.lstrip(_BLANK))]


def _column_height(run: list[str]) -> int:
    """The height the columns were cut at (0 when the run is no column text)."""
    width, n = Counter(map(len, run)).most_common(1)[0]
    if width < 3 or n < _COLUMN_SHARE * len(run):
        return 0
    prose = sum(1 for ln in run if len(ln) == width and not _INSIDE_MARKS.isdisjoint(ln.rstrip(_BLANK)[:-1]))
    return width if prose >= _COLUMN_PROSE else 0


def _short_runs(lines: list[str]):
    """(first, end) of each run of consecutive non-empty lines of at most _COLUMN_MAX characters, _COLUMN_RUN or longer."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and 0 < len(lines[j].strip()) and len(lines[j]) <= _COLUMN_MAX:
            j += 1
        if j - i >= _COLUMN_RUN:
            yield i, j
        i = max(j, i + 1)


def columns_joined(text: str) -> str:
    """``text`` with the lines of flattened vertical writing joined (see above); same length."""
    if text.count("\n") < _COLUMN_RUN:
        return text
    lines = text.split("\n")
    joins: dict[int, int] = {}  # line index -> characters of the next line's indent
    for a, b in _short_runs(lines):
        height = _column_height(lines[a:b])
        for i in range(a, b - 1) if height else ():
            ln, nxt = lines[i], lines[i + 1]
            if len(ln) == height and ln.rstrip()[-1:] not in _SENTENCE_END and _indent(nxt) == _indent(ln):
                joins[i] = len(_indent(nxt))
    if not joins:
        return text
    out: list[str] = []
    for i, ln in enumerate(lines):
        if i in joins:
            out.append(ln + _ZW)
            lines[i + 1] = _ZW * joins[i] + lines[i + 1][joins[i]:]
        else:
            out.append(ln + "\n" if i + 1 < len(lines) else ln)
    return "".join(out)


# a table pasted from a PDF one cell a line, each cell cut at its column's width: a cell's last character alone on the
# next line (被害生 ⏎ 徒, 鳥飼　瑞 ⏎ 希, ２年３ ⏎ 組). A line of one letter or digit after a line of 3–14 characters that ends
# inside a word is joined to it when the text holds two or more such tails (a table's shape, not one short line) and the
# line after the tail is no one-letter line too (生 ⏎ 年 ⏎ 月 ⏎ 日: a label written down a column, not a cut cell).
_TAIL = re.compile(r"(?m)^(?P<cell>[^\n]{2,13}[一-鿿々ぁ-ゖァ-ヺー０-９A-Za-z0-9・])\n(?=[一-鿿々ぁ-ゖァ-ヺー０-９0-9](?:\n[^\n]{2}|\Z))")
_MIN_TAILS = 2


def cell_tails_joined(text: str) -> str:
    """``text`` with the one-character tails of cells cut over two lines joined (see above); same length."""
    if text.count("\n") < 2 * _MIN_TAILS:
        return text
    tails = [m.end("cell") for m in _TAIL.finditer(text)]
    if len(tails) < _MIN_TAILS:
        return text
    chars = list(text)
    for p in tails:
        chars[p] = _ZW
    return "".join(chars)


# a comma-grouped amount broken over two lines inside a group (52,81 ⏎ 0,000円: a PDF's copy, round 33)
_BROKEN_AMOUNT = re.compile(r"(?<![0-9,])(?P<head>[0-9]{1,3}(?:,[0-9]{3})*,(?P<a>[0-9]{1,2}))(?P<ws>[ \u3000]*\n[ \u3000]*)"
                            r"(?P<b>[0-9]{1,2})(?P<rest>(?:,[0-9]{3})*(?![0-9,])(?:円|万円)?)")


def _amount_joined(m: re.Match[str]) -> str:
    if len(m.group("a")) + len(m.group("b")) != 3:
        return m.group()  # (the pieces make no group of three: two numbers on two lines)
    return m.group("head") + m.group("b") + m.group("rest") + m.group("ws")


def broken_amounts_joined(text: str) -> str:
    """``text`` with a comma-grouped amount broken over two lines inside one of its groups written whole (the line break
    moved after the amount, as broken_addresses_joined moves an address's: same length; no filler inside the number,
    which would read as an evasion)."""
    if ",\n" not in text and "," not in text.partition("\n")[2]:
        return text
    return _BROKEN_AMOUNT.sub(_amount_joined, text)
