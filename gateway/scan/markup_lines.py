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
* (round 15, r15-paste) a list's marker (a bullet, a check box, ``1.``, ``（1）``, ``①``) before a field's label, a table's
  row or a code fence, and a paste's marker before the document's own (``・■…``), as fillers; before prose, a bullet glyph
  the list rules do not read and a circled number as ``・``; a paragraph indented by tabs as indented, not as a TSV's
  empty first cell; a name's kana reading in brackets inside or after the name (``readings_dropped``).

Linear: one pass over the lines; only texts holding ``>``, a CR, or a digit right after a line start are walked (the
round 15 passes: a tab or a marker at a line's start, a bracket).
"""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.recognizers.person_lexicon import STAFF_TITLE_ALT

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


# a list's marker at a line's start (after any indent or a blanked quote prefix): a bullet, a check box, or a list
# number (1. 1) （1） ① ⑴ ⒈ 一、). ① would fold to a digit glued to the text (①氏名 -> 1氏名), a bullet hides the label
_INDENT = "[ \t\u3000\u200b]*"
_BULLET = "[・･●■□◆◇▪▫•◦‣∙▶▷►▸➢➤→⇒☆★✓✔☐☑✅]"
_ONE_MARK = (r"(?:" + _BULLET + r"|[-*+＊－](?=[ \t\u3000])(?:[ \t\u3000]*\[[ xX✓]\])?|[0-9０-９]{1,2}[.．)）](?![0-9０-９.．])"
             r"|[(（][0-9０-９]{1,2}[)）]|[①-⑳⑴-⒇⒈-⒛]|[一二三四五六七八九十]{1,2}[、．.])[ \t\u3000]*")
# (a second marker after the first, ・■見出し or - ○議長: the outer one is the paste's, read through always)
_LIST_MARK = re.compile(r"(?m)^" + _INDENT + _ONE_MARK + r"(?P<inner>(?:" + _ONE_MARK + r"|[○◎◯]))?(?=\S)")

# what a marker is read through before: a field's label (not a member of staff heading a list item, ・平井主任：…, nor a
# sentence: the rules that read list items and document markings keep their marker), a table's row, a code fence
_FIELD_LABEL = re.compile(r"[^\s：:、。,]{1,10}(?:[ \u3000]*[：:]|\u3000(?=\S))")  # (氏名：…, 連絡所　…)
_ROW = re.compile(r"[^\n]*?(?:\t|[|｜]|,[^\n,]*,)")
_TITLE_END = re.compile("(?:" + STAFF_TITLE_ALT + r")[ \u3000]*[：:\u3000]$")
# (the glyphs the list rules do not read: ・ ● ■ □ ◆ ◇ ▪ and a number in brackets or with a dot they do)
_BULLET_ONLY = re.compile(_INDENT + r"[▫•◦‣∙▶▷►▸➢➤→⇒☆★✓✔☐☑✅①-⑳⑴-⒇⒈-⒛]")
_WHITE = frozenset(" \u3000\u200b")


def _structured(text: str, at: int) -> bool:
    if _ROW.match(text, at) is not None or text.startswith("```", at):  # (a code fence: its example values stay one)
        return True
    label = _FIELD_LABEL.match(text, at)
    return label is not None and _TITLE_END.search(label.group()) is None


def _filled(part: str) -> str:
    # the marker as fillers, the spaces around it kept (a tab as a space: no table's empty cell), so a letter-spaced
    # line stays letter-spaced
    return "".join(c if c in _WHITE else " " if c == "\t" else _ZW for c in part)


def _as_bullet(part: str) -> str:
    # a list item's marker as the bullet the list rules read (・), its other characters as fillers: ① no longer folds
    # into a digit glued to the item (①2025年… -> 12025年…), •, ▶, （1） read as ・ does
    mark = part.lstrip(" \t\u3000\u200b")
    lead = len(part) - len(mark)
    body = mark.rstrip(" \t\u3000")
    return part[:lead] + "・" + _ZW * (len(body) - 1) + mark[len(body):]


def _unstructured(part: str) -> str:
    # before prose a bullet is a list item's (the list rules read ・); a number stays the clause's: （1）部外秘文書を…
    # is a rule of a manual, not a document's marking at its line's start
    # (an indent before it as fillers: the item starts its line, as the rules that read list items expect)
    mark = part.lstrip(" \t\u3000")
    part = _ZW * (len(part) - len(mark)) + mark
    return _as_bullet(part) if _BULLET_ONLY.match(part) else part


def _mark_blanked(m: re.Match[str]) -> str:
    text, inner = m.string, m.group("inner")
    structured = _structured(text, m.end())
    if not inner:
        return _filled(m.group()) if structured else _unstructured(m.group())
    outer = _filled(text[m.start():m.start("inner")])  # the paste's marker before the document's own
    if inner[0] in "○◎◯":
        return outer + inner
    return outer + (_filled(inner) if structured else _unstructured(inner))


def _marks_blanked(text: str) -> str:
    """Every list marker at a line's start written as fillers, a tab around it as a space (same length)."""
    return _LIST_MARK.sub(_mark_blanked, text)


_TAB_LED = re.compile(r"(?m)^[ \u3000\u200b]*\t")


def _tab_indent_blanked(text: str) -> str:
    """A tab indent read through: in a paragraph whose every line starts with a tab (a block indented as a whole, not
    a table's empty first cell under a header that has one), the first tab of each line written as a space; on an
    indented line holding no other tab, every tab of its indent (same length)."""
    paras = text.split("\n\n")
    changed = False
    for k, para in enumerate(paras):
        lines = para.split("\n")
        if "\t" not in para or not all(_TAB_LED.match(ln) for ln in lines if ln.strip()):
            continue
        for i, ln in enumerate(lines):
            stripped = ln.lstrip(" \t\u3000\u200b")
            if not stripped:
                continue
            indent = len(ln) - len(stripped)
            if "\t" in stripped:
                cut = ln.index("\t")
                lines[i] = ln[:cut] + " " + ln[cut + 1:]
            else:
                lines[i] = ln[:indent].replace("\t", " ") + stripped
        paras[k] = "\n".join(lines)
        changed = True
    return "\n\n".join(paras) if changed else text


# a name's reading in brackets after its kanji (ruby pasted from a form or a word processor): inside the name
# (山田（やまだ）太郎), or after a whole name at a cell's or a line's end, before a bracket, a comma or an honorific
# (山田 太郎（やまだ たろう）⇥): written as fillers, so the name reads whole and ends where its kanji do. A reading that is
# itself the evidence stays (娘・心愛（ここあ）が, 佐藤(はるとママ)).
_KANJI = "\u4e00-\u9fff々"
_KANA = "\u3041-\u3096\u30a1-\u30faー"
_READING = re.compile(r"(?<=[" + _KANJI + r"\u3041-\u3096])[（(][ \u3000]?"
                      r"[" + _KANA + r"][" + _KANA + r"・ \u3000]{0,15}[）)]")
_INSIDE_NAME = re.compile(r"[ \u3000]?[" + _KANJI + r"]|[ \u3000][\u3041-\u3096]{2}")
_CELL_END = re.compile(r"[ \u3000]*(?:[\t,\n（(、。：:/／|｜\"']|さん|ちゃん|くん|$)")
# a family name, then a given name in kanji or hiragana (田中さくら, 犬養 ひまり; not 長女の心愛)
_NAME_BEFORE = re.compile(r"[" + _KANJI + r"]{1,4}[ \u3000]?(?:[" + _KANJI + r"]{1,4}|[\u3041-\u3096]{2,4})$")
_MIN_NAME_KANJI, _MIN_READING = 3, 4
_GLUED_KANJI = re.compile(r"[" + _KANJI + r"]{3,7}")
_TWO_WORDS = re.compile(r"[" + _KANA + r"]{2}[・ \u3000][" + _KANA + r"]")
# a role, not a name: the reading in brackets is the person's name (世帯主（たなか ひろし）, 申請人（…）, 被保険者（…）)
_ROLE_END = re.compile(r"(?:[者主員長名様]|[請理出居見証立続介後]人)$")


def _reading_dropped(m: re.Match[str]) -> str:
    text, s, e = m.string, m.start(), m.end()
    if _ROLE_END.search(text, max(0, s - 3), s):
        return m.group()
    if _INSIDE_NAME.match(text, e) and ("\u4e00" <= text[s - 1] <= "\u9fff" or text[s - 1] == "々"):
        if "\u4e00" <= text[e] <= "\u9fff" and _TWO_WORDS.search(m.group()) is not None \
                and _NAME_BEFORE.search(text, max(0, s - 9), s) is not None:
            return " " + _ZW * (e - s - 1)  # (a whole name's reading, more words after it: 伊集院 蒼空（いじゅういん そら）社会人…, r41)
        return _ZW * (e - s)
    if _CELL_END.match(text, e) and sum(c not in " \u3000・" for c in m.group()) - 2 >= _MIN_READING:
        before = _NAME_BEFORE.search(text, max(0, s - 9), s)
        if before is not None and sum(c not in " \u3000" for c in before.group()) >= _MIN_NAME_KANJI:
            if _TWO_WORDS.search(m.group()) is not None and _GLUED_KANJI.fullmatch(before.group()) is not None:
                return m.group()  # (宮後隆之（みやご・たかゆき）: the reading's two words part a glued name; person_intro, r24)
            return _ZW * (e - s)
    return m.group()


def readings_dropped(text: str) -> str:
    """``text`` with a name's kana reading in brackets written as zero-width fillers (same length)."""
    if "（" not in text and "(" not in text:
        return text
    return _READING.sub(_reading_dropped, text)


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
    if _TAB_LED.search(text) is not None:
        text = _tab_indent_blanked(text)
    if _LIST_MARK.search(text) is not None:
        text = _marks_blanked(text)
    return readings_dropped(text)
