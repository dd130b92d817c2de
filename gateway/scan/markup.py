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
HTML's character references (a page's source, a CMS export: ``熨斗&nbsp;亮介``, ``&#49;&#50;…``) are decoded too, each written
as its character and zero-width fillers for the rest of its length (normalisation drops them: ``1&#50;`` reads ``12``).

An XML form (e-Gov style, a SOAP or API payload) names each field by its element: ``<氏名>長谷部 真司</氏名>``. An element
holding text on one line is written as its field, ``  氏名:長谷部 真司     ``: the element's name as a label with a
colon, the closing tag as spaces (same length). Secret-named elements keep their markup for the credential rules.
"""

from __future__ import annotations

import html

from gateway.scan import rx as re
from urllib.parse import unquote_to_bytes

from gateway.scan.markup_lines import html_tags_dropped, ideographic_columns_as_cells, line_decoration_blanked
from gateway.scan.markup_records import bare_labels_joined, label_lines_joined, records_as_fields
from gateway.scan.markup_chats import chat_pieces_joined, tsv_senders_as_colons
from gateway.scan.markup_forms import form_layouts_read
from gateway.scan.markup_wraps import broken_amounts_joined, cell_tails_joined, columns_joined, vertical_lines_joined
from gateway.scan.markup_wraps import wrapped_lines_joined
from gateway.scan.recognizers.address import PREFECTURES

# (a definition list too: <dt>氏名</dt><dd>工藤 真一</dd> is a label cell and its value)
_ANY_CELL = re.compile(r"<t[dh]|<d[td]", re.I)
# (the cell before's closing tag with it: the tab right after a value, 児童生徒\t as in a TSV's header, round 35)
_CELL = re.compile(r"(?:</(?:td|th|dt)\s{0,8}>[ \t]{0,8})?<(?:td|th|dt|dd)\b[^<>]{0,200}>", re.I)
_ROW_END = re.compile(r"</tr\s{0,8}>|</dd\s{0,8}>|<br\s{0,8}/?>", re.I)
_BREAK_AFTER = re.compile(r"[ \t]*\r?\n")
_OTHER = re.compile(r"</?(?:table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col|dl|dt)\b[^<>]{0,200}>", re.I)


def _filled(first: str):
    return lambda m: first + " " * (len(m.group()) - 1)


def tables_as_cells(text: str) -> str:
    """``text`` with its HTML table tags turned into tabs and line breaks (same length); unchanged if it has
    no ``<td`` or ``<th``."""
    if "<" not in text or _ANY_CELL.search(text) is None:
        return text
    text = _CELL.sub(_filled("\t"), text)
    # (a row's end already followed by a line break in the source breaks no line of its own: no blank line between
    # the rows, which would part the header from its body; round 30)
    text = _ROW_END.sub(lambda m: " " * len(m.group()) if _BREAK_AFTER.match(m.string, m.end()) else
                        "\n" + " " * (len(m.group()) - 1), text)
    return _OTHER.sub(lambda m: " " * len(m.group()), text)


# form labels that are spread to the field's width, one space or more between each character, at a line's start
_SPREAD_WORDS = ("氏名", "住所", "電話", "生年月日", "年齢", "性別", "連絡先", "職業", "本籍", "続柄", "所属", "現住所",
                 "ふりがな", "フリガナ", "名前", "携帯", "勤務先", "世帯主",
                 "原告", "被告", "申立人", "相手方", "債務者", "債権者")  # (a pleading's parties: 原　告　三ツ橋　陽葵, round 33)
_SPREAD = re.compile(r"(?m)^(?P<lead>[ \t\u3000]*)(?P<label>" + "|".join(
    "[ \u3000]*".join(re.escape(c) for c in w) for w in sorted(_SPREAD_WORDS, key=len, reverse=True)) + r")(?=[ \t\u3000:：])")
# (blanks between some of its characters only: a PDF's 生年月 日, round 34) a spread label's character before a blank
# (a cheap search that rules most texts out)
_SPREAD_START = re.compile("[" + "".join(sorted({c for w in _SPREAD_WORDS for c in w[:-1]})) + "][ \u3000]")


def _packed(m: re.Match[str], pad: str = "\u3000") -> str:
    label = m.group("label")
    word = re.sub(r"[ \u3000]", "", label)
    return m.group("lead") + word + pad * (len(label) - len(word))


def _packed_plain(m: re.Match[str]) -> str:  # (a letter-spaced line's label: padded as its words are, with spaces)
    return _packed(m, " ")


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
# parted by single spaces, on a letter-spaced line; a table's bars part cells and are never packed (a group may stand
# between bars: a stamp's frame ｜部　外　秘｜)
_WORD_GROUP = re.compile(r"(?<![^ \u3000\t)）】\]|｜])[^\s|｜](?:[ \u3000][^\s|｜])+(?![^ \u3000\t\n|｜])")
_JAPANESE = re.compile(r"[\u3041-\u30ff\u3400-\u9fff]")


_NOTE_PREFIX = re.compile(r"^[ \t　]*[(（【\[][^)）】\]\n]{1,16}[)）】\]]")


def _letter_spaced(line: str, ocr: bool = False) -> bool:
    """Most words of the line one character long (at least four), two of them Japanese: text read by OCR. In a text
    already read so (``ocr``), a line of Latin letters and digits spaced the same way is too (P I N : 4 8 2 0 5 9)."""
    # (a bracketed note before it: （右上スタンプ）持 出 禁 止, round 22; a stamp's frame: ｜部　外　秘｜, round 24)
    words = _NOTE_PREFIX.sub("", line).replace("｜", " ").replace("|", " ").split()
    single = [w for w in words if len(w) == 1]
    # (in a text read so, a label's value of four single Japanese characters will do: 世帯主氏名　飯 田  正 和　調査番号 …, r34)
    return len(single) >= 4 and ((5 * len(single) >= 3 * len(words) and (ocr or len(_JAPANESE.findall("".join(single))) >= 2))
                                 or (ocr and len(words[0]) >= 2 and all(len(w) == 1 and _JAPANESE.match(w) for w in words[1:5])))


def _group_packed(m: re.Match[str]) -> str:
    chars = m.group()[::2]
    return chars + " " * (len(m.group()) - len(chars))


def letter_spaced_packed(text: str) -> str:
    """``text`` with the letter-spaced lines of an OCR'd card or form written together, word by word (same length)."""
    m = _SPACED_CUE.search(text) if " " in text or "\u3000" in text else None
    if m is None:
        return text
    out: list[str] = []
    pos, first, ocr = 0, m, False
    while m is not None:
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        line = text[ls:le]
        if not ocr and _letter_spaced(line):  # the text is OCR'd: read its lines again, Latin ones too
            ocr, m, out, pos = True, first, [], 0
            continue
        if _letter_spaced(line, ocr):
            out.append(text[pos:ls])
            # a spread label at the line's start first, so that its last character is never packed into the value
            # after it (氏　　名　轟　木　さ　く　ら)
            out.append(_WORD_GROUP.sub(_group_packed, _SPREAD.sub(_packed_plain, line)))
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


# an HTML character reference: named (&nbsp;, &amp;), decimal (&#49;) or hexadecimal (&#x592A;)
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _ref_decoded(m: re.Match[str]) -> str:
    ref = m.group()
    chars = html.unescape(ref)
    if chars == ref or len(chars) > len(ref) or not all(c.isprintable() or c == "\xa0" for c in chars):
        return ref  # an unknown name or a control character: left as written
    return chars + "\u200b" * (len(ref) - len(chars))


def html_entities_decoded(text: str) -> str:
    """``text`` with HTML character references written as their characters, padded with zero-width fillers (same
    length)."""
    if "&" not in text or ";" not in text:
        return text
    return _CHAR_REF.sub(_ref_decoded, text)


# a run of two or more %XX escapes, spaces as + or %20 between them (a query string, a form post in a log)
_PERCENT_RUN = re.compile(r"(?=[%+])(?:%[0-9A-Fa-f]{2}|\+){2,}")  # (the lookahead: other starts fail at once)
_HIGH_ESCAPE = re.compile(r"%[89A-Fa-f][0-9A-Fa-f]")


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
    if "%" not in text or _HIGH_ESCAPE.search(text) is None:  # only a byte >= 0x80 decodes to a non-ASCII character
        return text
    return _PERCENT_RUN.sub(_percent_decoded, text)


# an XML element holding text on one line (e-Gov style forms, SOAP and API payloads: <氏名>長谷部 真司</氏名>,
# <BirthDate>1984-10-05</BirthDate>); secret-named elements keep their markup (the credential rules read it as XML)
# (attributes only as name="value" pairs, Japanese names too: <氏名 カナ="ヨシダ マリ">; a WebVTT voice tag, <v 佐藤 花子>…</v>,
# keeps the name it holds)
_ELEMENT = re.compile(r"<(?P<tag>[^\s<>/!?\"'=]{1,40})(?:[ \t]+[A-Za-z_:一-鿿ァ-ヺ][A-Za-z0-9_:.\-一-鿿ぁ-ゖァ-ヺー]{0,40}[ \t]*=[ \t]*"
                      r"(?:\"[^\"<>\n]{0,120}\""
                      r"|'[^'<>\n]{0,120}')){0,6}[ \t]*>(?P<val>[^<>\n]{1,200})</(?P=tag)[ \t]*>")
_SECRET_TAG = re.compile(r"(?i)key|pass|secret|token|value|credential|pwd|auth")


def _as_field(m: re.Match[str]) -> str:
    tag = m.group("tag")
    if _SECRET_TAG.search(tag):
        return m.group()
    opening = m.start("val") - m.start()
    return " " * (opening - len(tag) - 1) + tag + ":" + m.group("val") + " " * (m.end() - m.end("val"))


def xml_elements_as_fields(text: str) -> str:
    """``text`` with each one-line XML element written as a field, ``<氏名>長谷部 真司</氏名>`` as
    ``  氏名:長谷部 真司     `` (same length): the label rules read element names as labels. Unchanged without ``</``."""
    if "</" not in text:
        return text
    return _ELEMENT.sub(_as_field, text)


# a table exported as fixed-width or space-aligned text (a mainframe extract, psql without borders, a pandas print):
# cells parted by runs of two or more spaces, a header of three or more field names, rows of as many cells (one more
# for an index column with an unnamed header, as pandas prints it)
_SPACE_RUN = re.compile(r"[ \u3000]{2,}")
_HEADER_CELL = re.compile(r"[^\s=;{}()<>\"'`#/\\][^=;{}()<>\"'`#\\]{0,24}")
_MIN_HEADER_CELLS = 3
_WORDY = re.compile(r"[^\W\d_]")  # a field name holds a letter (a row of figures is no header)


def _cells(line: str) -> list[str]:
    return _SPACE_RUN.split(line.strip(" \u3000"))


def _header_ok(cells: list[str]) -> bool:
    return len(cells) >= _MIN_HEADER_CELLS and all(_HEADER_CELL.fullmatch(c) and _WORDY.search(c) for c in cells) \
        and re.search(r"[0-9]{3}", "".join(cells)) is None


def _tabbed(line: str, lead: bool) -> str:
    """Each run of spaces between cells ends in a tab (same length); the leading run too when ``lead``."""
    body = line.lstrip(" \u3000")
    head = line[:len(line) - len(body)]
    if lead and len(head) >= 2:
        head = head[:-1] + "\t"
    return head + _SPACE_RUN.sub(lambda m: m.group()[:-1] + "\t", body)


def space_aligned_as_cells(text: str) -> str:
    """``text`` with the cells of space-aligned tables parted by tabs (the run of spaces before each cell ends in a
    tab: same length), so the table rules read them as a TSV. Unchanged without a double space."""
    if "  " not in text and "\u3000\u3000" not in text:
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines) - 1:
        cells = _cells(lines[i]) if _SPACE_RUN.search(lines[i]) else []
        if not _header_ok(cells):
            i += 1
            continue
        j, lead, single = i + 1, False, False
        # (a header's two short names parted by one ideographic space over rows parted by runs: 判定　面接希望, round 21)
        split = [c2 for c in cells for c2 in c.split("\u3000")]
        if len(split) > len(cells) and j < len(lines) and len(_cells(lines[j])) == len(split) and _header_ok(split):
            cells, single = split, True
        while j < len(lines):
            n = len(_cells(lines[j]))
            if n == len(cells) + 1 and j == i + 1 and lines[i][:2] in ("  ", "\u3000\u3000"):
                lead = True  # an index column: the header's leading run is its unnamed cell
            elif n != len(cells) + lead:
                break
            j += 1
        if j - i >= 2:
            if single:
                lines[i] = re.sub(r"(?<=[^ \u3000])\u3000(?=[^ \u3000])", "\t", lines[i])
            lines[i:j] = [_tabbed(ln, lead and k == 0) for k, ln in enumerate(lines[i:j])]
        i = j
    return "\n".join(lines)


_PREFECTURES = "|".join(PREFECTURES)
# an address broken over lines by a PDF paste: the label's line ends in a place name (住所　緑野市東町), the next line
# goes on with the town or the house number (3丁目8番12号, 中央一丁目)
# (or a line holding only a place: a prefecture, or a city, ward, town or village, and its town — 千葉県緑野市東町)
_PLACE_LINE = r"(?:(?<=\n)|^)[ \u3000]*(?:〒?[0-9]{3}-[0-9]{4}[ \u3000]*)?(?:" + _PREFECTURES + r")?[一-鿿々ヶ]{1,6}?[市区郡町村][一-鿿々ヶ]{0,8}"
_LABEL_WORDS = ("住所", "所在地", "居所", "本籍", "送付先")
# a place name ending a line (a charset first: sre skips fast); _ADDRESS_LABEL's place line implies it
_BREAK_CUE = re.compile(r"[市区郡町村][一-鿿々ヶ]{0,8}[ \u3000]*\n")
_ADDRESS_LABEL = re.compile(r"住所|所在地|居所|本籍|送付先|" + _PLACE_LINE + r"[ \u3000]*\n")
_CONTINUATION = (r"(?:[一-鿿々ヶぁ-ゖァ-ヺー]{0,8}?)(?:[0-9]{1,4}|[一二三四五六七八九十]{1,3})(?:丁目|番地?|号)"
                 r"|[0-9]{1,3}-[0-9]{1,4}(?![0-9])")
_BROKEN_ADDRESS = re.compile(
    r"(?P<head>(?:住所|所在地|居所|本籍|送付先)[^\n,|]{0,8}?[ \u3000:：]*[^\n0-9,\t|]{0,24}?[一-鿿々ヶ]|" + _PLACE_LINE + r")"
    r"(?P<ws>[ \u3000]*\n[ \u3000]*)"  # (not a table's header and its first row: no cell separators)
    r"(?P<cont>" + _CONTINUATION + r")"
    r"(?P<rest>[^\n]*)")
# a line that goes on with a town or a house number: every _BROKEN_ADDRESS match holds one (a literal first: fast)
_CONTINUED_LINE = re.compile(r"\n[ \u3000]*(?:" + _CONTINUATION + r")")
_MAX_BREAKS = 3


def _joined(m: re.Match[str]) -> str:
    if m.group("head")[-1] in "市区郡" and "-" in m.group("cont"):
        return m.group()  # a city and a bare number are no address (横浜市 ⏎ 1-2月): as ADDRESS_RE
    return m.group("head") + m.group("cont") + m.group("rest") + " " * len(m.group("ws"))


def broken_addresses_joined(text: str) -> str:
    """``text`` with an address label's line joined to the line that goes on with its town or house number (the line
    break and the spaces around it moved to the end of the joined line as spaces: same length; the continuation's
    offsets move back by the break's width). Unchanged without an address label."""
    if "\n" not in text:
        return text
    # _ADDRESS_LABEL matches when a label word is present (str.find, no regex pass), else only on a place line
    if not any(w in text for w in _LABEL_WORDS) and (_BREAK_CUE.search(text) is None or _ADDRESS_LABEL.search(text) is None):
        return text
    if _CONTINUED_LINE.search(text) is None:
        return text
    for _ in range(_MAX_BREAKS):
        joined = _BROKEN_ADDRESS.sub(_joined, text)
        if joined == text:
            break
        text = joined
    return text


# a table drawn with box-drawing characters (┃氏名┃年齢┃ between ┣━━╋━━┫ rules, a word processor's or a terminal's):
# its verticals and junctions read as a markdown table's bars, its rules as dashes (same length; round 13)
_BOX_CUE = ("┃", "│", "║")
_BOX = str.maketrans({**{c: "|" for c in "┃│║┏┳┓┣╋┫┗┻┛├┼┤└┴┘┌┬┐╔╦╗╠╬╣╚╩╝┠╂┨┯┷┿"}, **{c: "-" for c in "━─═"}})


def box_tables_as_pipes(text: str) -> str:
    """``text`` with a box-drawn table's lines as a markdown table's (unchanged without a vertical box line)."""
    return text.translate(_BOX) if any(c in text for c in _BOX_CUE) else text


def as_structure(text: str) -> str:
    """What the scanner reads for structure: HTML tables as cells, quoted cells wrapped over lines joined,
    letter-spaced OCR lines and spread form labels packed (same length)."""
    text = chat_pieces_joined(tsv_senders_as_colons(form_layouts_read(line_decoration_blanked(text))))
    text = box_tables_as_pipes(broken_amounts_joined(wrapped_lines_joined(cell_tails_joined(columns_joined(vertical_lines_joined(text))))))
    text = xml_elements_as_fields(html_tags_dropped(tables_as_cells(percent_escapes_decoded(unicode_escapes_decoded(html_entities_decoded(text))))))
    text = space_aligned_as_cells(ideographic_columns_as_cells(records_as_fields(text)))
    text = bare_labels_joined(spread_labels_packed(letter_spaced_packed(wrapped_cells_joined(text))))
    return broken_addresses_joined(label_lines_joined(text))
