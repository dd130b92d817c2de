"""Records in program and tool formats read as fields, at the same length (issue 13, round 9; see markup.py).

* A PostgreSQL dump's ``COPY t (id, nm, birth_ymd) FROM stdin;`` names the columns of the tab-separated rows after
  it: the line is written as a TSV header (``id⇥ nm⇥ birth_ymd`` padded with spaces), so the column rules read the rows.
* Low-code platforms wrap each field's value in a typed object (kintone: ``"氏名":{"type":"SINGLE_LINE_TEXT",
  "value":"遠藤 美里"}``): the wrapper between the field's name and its value is taken out and the name moved up to the
  value, the wrapper's length as spaces before it (``   "氏名":"遠藤 美里"}``), so the name labels the value as in plain
  JSON.
* A fixed-width query result printed under an underline of dashes (SQL*Plus: ``ATENA_NO   SHIMEI`` ⏎ ``----------
  ---------------``) gives each column's width in display columns (a kanji is two): the space before each column's
  start, on the header and on every row that has one there, becomes a tab, so the rows read as a TSV.
* A WebVTT transcript (Teams, Zoom) names each speaker in a voice tag (``<v 高野 美帆>夫から…</v>``): the tag is
  written as the speaker's line label (``   高野 美帆:夫から…    ``), as a transcript pasted as text reads.
* A table whose cells are parted by single spaces (a voter-list or 住基 extract: ``番号 氏名 生年月日 住所`` ⏎ ``1021 安藤
  信也 昭和49年3月8日 東町一丁目5番2号``): each name column of the header (氏名, カナ氏名, 名前 …) takes the two parts of a
  spaced name, every other column one word; a row with exactly that many words has the spaces between its cells
  written as tabs, so it reads as a TSV.
* A note copied from Notion or a markdown file puts its field names in bold (``**氏名**：川島 友梨``): the emphasis
  marks before a label's colon are written as spaces in front of it (``    氏名：川島 友梨``).
* A form pasted from a PDF puts a label alone on its line and its value on the lines after it (``氏名：`` ⏎ ``浅井`` ⏎
  ``理恵``, ``転居先：`` ⏎ ``埼玉県さいたま市`` ⏎ ``緑区東浦和`` ⏎ ``５－１２－８``): the line breaks before the value's lines
  (up to three short ones with no label of their own) are written as spaces, so the value reads on the label's line
  (lead's round 9).

* A form's page source fills each field in an attribute (``<input name="shimei" value="北條 あかね">``), and a query looks a
  person up under a table alias or with a pattern (``WHERE a.shimei LIKE '%藤巻 修二%'``): the markup between the field's
  name and its value is written as spaces and the name moved up to the value with a colon (``      shimei:北條 あかね"``,
  ``   shimei:      藤巻 修二%'``; PHP's var_dump, ``["shimei"]=>⏎  string(16) "比嘉 真由美"``), so the field-name readers see a field and its value (round 14).

* A unified diff (``@@ -3,3 +3,5 @@ id,shimei,birth,note`` ⏎ ``+3,比嘉 真由美,1984-07-21,…``): the hunk's header is written
  as spaces (its context line stays, a CSV's header as often as not) and each line's + or - as a space, so the rows read
  as the file's (round 14).

Each rewrite keeps every character of the value where it was (only markup becomes spaces; a field name moves right
by the markup taken out before it), and each runs only when its literal cue is in the text.
"""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.markup_binds import binds_as_fields
import unicodedata

_COPY = re.compile(r"(?m)^(?P<head>COPY[ \t]+[A-Za-z0-9_.\"]{1,80}[ \t]*\()(?P<cols>[A-Za-z0-9_\" ,]{1,600})"
                   r"(?P<tail>\)[ \t]*FROM[ \t]+stdin[^\n]{0,20})$")
_TYPED_VALUE = re.compile(r"(?P<key>\"[^\"\n{}]{1,40}\"[ \t]*:[ \t]*)(?P<wrap>\{[ \t]*\"type\"[ \t]*:[ \t]*\"[A-Z_]{2,40}\""
                          r"[ \t]*,[ \t]*\"value\"[ \t]*:)")
# <input … name="shimei" … value="北條 あかね"> (attributes between, no tag's end); a column compared with a quoted value
# under a table alias or by LIKE (a.shimei = '藤巻 修二', shimei LIKE '%藤巻 修二%')
_INPUT_VALUE = re.compile(r"(?<![\w-])name=(?P<q>[\"'])(?P<key>[A-Za-z_][A-Za-z0-9_\-]{1,39})(?P=q)[^<>\n]{0,80}?[ \t]value=(?P<v>[\"'])"
                          r"(?=[^\"'<>\n]{1,120}(?P=v))")
# a unified diff: the hunk's header (its context line after it, often a CSV's header) and each line's +/- mark
_HUNK = re.compile(r"(?m)^@@ -[0-9]+(?:,[0-9]+)? \+[0-9]+(?:,[0-9]+)? @@ ?")
_DIFF_MARK = re.compile(r"(?m)^[+-](?![+-]{2} )")
# PHP's var_dump: ["shimei"]=>⏎  string(16) "比嘉 真由美" (a key of a protected property too: ["name":protected])
_VAR_DUMP = re.compile(r"\[\"(?P<key>[A-Za-z_][A-Za-z0-9_]{1,39})\"(?::[a-z]{1,12})?\]=>[ \t]*\n?[ \t]{0,40}string\([0-9]{1,5}\)[ \t]\"")
_SECRET_KEY = re.compile(r"(?i)key|pass|secret|token|credential|pwd|auth")  # (left as markup for the credential rules)
_COMPARED = re.compile(r"(?i)(?<![\w.])(?:(?:[a-z_][a-z0-9_]{0,30}\.)(?P<c1>[a-z_][a-z0-9_]{1,39})[ \t]*(?:=|i?like)"
                       r"|(?P<c2>[a-z_][a-z0-9_]{1,39})[ \t]+i?like)[ \t]*(?:(?:date|timestamp)[ \t]+)?n?'%?(?=[^'%\n]{1,60}%?')")
_BOLD_LABEL = re.compile(r"(?P<m1>\*\*|__)(?P<label>[^*_\n:：]{1,12}?)(?P=m1)(?=[ \t]*[:：])")


_UNDERLINE = re.compile(r"(?m)^(?P<rule>-{2,}(?:[ ]-{2,}){1,30})[ \t]*$")
_MAX_FIXED_ROWS = 1000


def _display_cuts(line: str, starts: list[int]) -> list[int] | None:
    """Indices in ``line`` of the characters just before each display column in ``starts`` (a space each), or None."""
    cuts, col, k = [], 0, 0
    for i, ch in enumerate(line):
        if k < len(starts) and col == starts[k] - 1:
            if ch != " ":
                return None
            cuts.append(i)
            k += 1
        col += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return cuts if k == len(starts) else None


def _tab_at(line: str, cuts: list[int]) -> str:
    chars = list(line)
    for i in cuts:
        chars[i] = "\t"
    return "".join(chars)


def underlined_columns_as_cells(text: str) -> str:
    """``text`` with the columns of fixed-width results under a dash underline parted by tabs (same length)."""
    for u in list(_UNDERLINE.finditer(text)):
        starts = [m.start() for m in re.finditer(r"(?<= )-", u.group("rule"))]
        hs = text.rfind("\n", 0, max(0, u.start() - 1)) + 1
        lines = text[hs:].split("\n")
        header, rows = lines[0], lines[2:2 + _MAX_FIXED_ROWS]
        out = [_tab_at(header, c) if (c := _display_cuts(header, starts)) is not None else header, lines[1]]
        for row in rows:
            cuts = _display_cuts(row, starts)
            if cuts is None:
                break
            out.append(_tab_at(row, cuts))
        if len(out) > 2:
            done = "\n".join(out)
            text = text[:hs] + done + text[hs + len(done):]
    return text


_VOICE = re.compile(r"<v(?:\.[A-Za-z0-9_.-]{1,20})?[ \t]+(?P<name>[^<>\n]{1,40})>")
_VOICE_END = re.compile(r"</v>")


_NAME_COLUMN_WORD = re.compile(r"(?:漢字|カナ|かな)?(?:氏名|名前)(?:\(?(?:漢字|カナ|かな|フリガナ)\)?)?|フリガナ|ふりがな")
# a header of short words parted by blanks (one space, or runs as a DataFrame prints them: ⏎      受診券番号      氏名  年齢 性別)
_SINGLE_HEADER = re.compile(r"(?m)^[^\S\n]*(?:[^\s0-9][^\s]{0,7}[^\S\n]+){2,15}[^\s0-9][^\s]{0,7}[^\S\n]*$")
_BLANKS = re.compile(r"[^\S\n]+")
_MAX_SINGLE_ROWS = 1000


def _header_widths(words: list[str]) -> list[int] | None:
    """Tokens per column: two for a name column (a spaced full name), one for others; None when no header."""
    widths = [2 if _NAME_COLUMN_WORD.fullmatch(w) else 1 for w in words]
    plain = [w for w in words if not w.isascii() and not _NAME_COLUMN_WORD.fullmatch(w)]
    # (Latin headers beside Japanese ones: HbA1c, LDL; not a label's line with a Latin name, 氏名 NGUYEN VAN HUNG)
    latin_ok = len(plain) >= 2
    if 2 not in widths or not all(not w.isascii() or latin_ok or w.lower() in ("no", "no.", "id") for w in words):
        return None
    return widths


def _tabbed_row(line: str, cuts: set[int]) -> str:
    """``line`` with the blank right before each token whose index is in ``cuts`` made a tab (same length)."""
    out = list(line)
    for k, t in enumerate(re.finditer(r"\S+", line)):
        if k in cuts and t.start() > 0:
            out[t.start() - 1] = "\t"
    return "".join(out)


def _single_spaced_rows(text: str, m: re.Match[str]) -> tuple[int, list[str], bool] | None:
    words = m.group().split()
    widths = _header_widths(words)
    if widths is None:
        return None
    rows: list[str] = []
    pos, index = m.end() + 1, False
    for _ in range(_MAX_SINGLE_ROWS):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        row = text[pos:end]
        parts = row.split()
        if not rows:  # (a DataFrame's index: one more token, a number, under the header's leading blanks)
            index = len(parts) == sum(widths) + 1 and parts[0].isdigit() and m.group()[:1].isspace()
        if len(parts) != sum(widths) + index or (index and not parts[0].isdigit()):
            break
        starts, k = [], int(index)
        for w in widths:
            if w == 2 and (parts[k].isascii() or parts[k + 1].isascii()):
                starts = []  # (a number where a name's halves go: not this table's row)
                break
            starts.append(k)
            k += w
        if not starts:
            break
        rows.append(_tabbed_row(row, set(starts) if index else set(starts[1:])))
        pos = end + 1
        if pos > len(text):
            break
    # (one row parted by single spaces reads as before; runs of blanks need two rows to be a table)
    if not rows or (len(rows) < 2 and ("  " in m.group() + text[m.end():pos] or index)):
        return None
    return m.end() + 1, rows, index


def single_spaced_as_cells(text: str) -> str:
    """``text`` with blank-parted tables under a header naming a name column read as a TSV (same length): the blank
    before each cell becomes a tab; a name column takes two tokens (a spaced full name); a DataFrame's index column
    is the header's leading blanks."""
    for m in list(_SINGLE_HEADER.finditer(text)):
        got = _single_spaced_rows(text, m)
        if got is None:
            continue
        pos, rows, index = got
        header = _tabbed_row(m.group(), set(range(1, len(m.group().split()))))
        if index:  # (the last of the header's leading blanks parts the unnamed index cell)
            lead = len(header) - len(header.lstrip())
            header = header[:lead - 1] + "\t" + header[lead:]
        body = "\n".join(rows)
        text = text[:m.start()] + header + text[m.end():pos] + body + text[pos + len(body):]
    return text


def _copy_header(m: re.Match[str]) -> str:
    cols = m.group("cols").replace('"', " ").replace(",", "\t")
    return " " * len(m.group("head")) + cols + " " * len(m.group("tail"))


# a label alone on its line (name and address labels of forms), then its value on up to three short lines
_LINE_LABELS = ("氏名", "お名前", "名前", "申請者", "請求者", "届出人", "届出者", "相談者", "世帯主", "対象者", "保護者",
                "児童名", "本人", "フリガナ", "ふりがな",
                "住所", "現住所", "新住所", "旧住所", "転居先", "転入先", "転出先", "所在地", "居所", "送付先")
_LABEL_ALONE = re.compile(r"[ \u3000]*(?:" + "|".join(_LINE_LABELS) + r")[ \u3000]*[:：][ \u3000]*")
_VALUE_LINE = re.compile(r"[^\n:：\t,|]{1,24}")
_LABEL_BREAK = re.compile(r"[:：][ \u3000]*\n")
_MAX_VALUE_LINES = 3


def label_lines_joined(text: str) -> str:
    """``text`` with each name or address label alone on its line joined to its value's lines (see the module
    docstring); same length. Unchanged without a colon at a line's end."""
    if _LABEL_BREAK.search(text) is None:
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines) - 1:
        if _LABEL_ALONE.fullmatch(lines[i]) is None:
            i += 1
            continue
        j = i + 1
        while (j < len(lines) and j - i <= _MAX_VALUE_LINES and _VALUE_LINE.fullmatch(lines[j].strip(" \u3000"))
               and _LABEL_ALONE.fullmatch(lines[j]) is None):
            j += 1
        if j > i + 1:
            lines[i:j] = [" ".join(lines[i:j])]  # each line break a space: every character stays where it was
        i += 1
    return "\n".join(lines)


# a form's field name alone on its line, its value on the next (a Word table's two cells flattened one per line, a form
# copied out of a PDF without its colons: 氏名 ⏎ 浅井 理恵): the line break is written as the label's colon (same length,
# round 15). Not a run of field names (a table's header flattened), not before a labelled, spaced-out, check-box or long
# line (a blank form's next field).
_BARE_LABELS = _LINE_LABELS + ("生年月日", "電話番号", "電話", "携帯電話", "携帯番号", "携帯", "連絡先", "個人番号", "マイナンバー",
                               "メールアドレス", "性別", "年齢", "続柄", "本籍", "国籍", "郵便番号", "被保険者番号", "保険者番号",
                               "口座番号", "基礎年金番号", "在留カード番号", "旅券番号", "勤務先", "病名", "診断名", "障害名")
_BARE_LABEL = re.compile(r"(?:^|\n)[ \u3000]*(?:" + "|".join(sorted(_BARE_LABELS, key=len, reverse=True)) + r")[ \u3000]*(?=\n)")
_BARE_LINE = re.compile(r"[ \u3000]*(?:" + "|".join(_BARE_LABELS) + r")[ \u3000]*")
_MAX_BARE_VALUE = 40
# a line that is a field of its own (学校名　　　小学校, 申請理由　□…: a blank form's next field), not a value
_FIELD_LINE = re.compile(r"[:：\t□☐■]|\u3000\u3000|  ")


def _bare_value(text: str, at: int) -> bool:
    """The line from ``at`` is a value: not empty, not long, not a field name or a labelled line of its own."""
    end = text.find("\n", at)
    line = text[at:] if end < 0 else text[at:end]
    body = line.strip(" \u3000")
    return (0 < len(body) <= _MAX_BARE_VALUE and _BARE_LINE.fullmatch(line) is None and not _FIELD_LINE.search(body))


def bare_labels_joined(text: str) -> str:
    """``text`` with each field name alone on its line joined to the value on the next line by a colon in place of the
    line break (same length). Unchanged unless a field name stands alone on a line."""
    if "\n" not in text:
        return text
    cuts = []
    for m in _BARE_LABEL.finditer(text):
        start = m.start() + (text[m.start()] == "\n")
        prev = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:max(start - 1, 0)] if start else ""
        if _BARE_LINE.fullmatch(prev) is None and _bare_value(text, m.end() + 1):
            cuts.append(m.end())
    if not cuts:
        return text
    out, pos = [], 0
    for c in cuts:
        out.append(text[pos:c])
        out.append("：")
        pos = c + 1
    out.append(text[pos:])
    return "".join(out)


# a form's label with a leader of dots before its value (氏名…………村上　孝, 生年月日......昭和31年): the leader is the
# label's colon (written ":" and spaces, same length) so the label rules read the field (round 11)
_LEADER = re.compile(r"(?m)^(?P<label>[ \t\u3000]*[\u3041-\u30ff\u3400-\u9fff]{1,10})(?P<dots>[…‥]{2,}|[.．]{3,})"
                     r"(?=[ \t\u3000]*[^\s.．…‥])")


def leaders_as_colons(text: str) -> str:
    """``text`` with the dot leaders after form labels at a line's start written as a colon and spaces (same length)."""
    return _LEADER.sub(lambda m: m.group("label") + ":" + " " * (len(m.group("dots")) - 1), text)


# form labels a PDF's text layer gives one character a line (氏⏎名⏎阿部 翔), and labels parted from their value by a
# slash (氏名／阿部 翔　生年月日／H2.4.5): written as one label, and as a label and a colon (same length, round 11)
_FORM_WORDS = ("氏名", "名前", "住所", "現住所", "電話", "電話番号", "携帯", "生年月日", "性別", "年齢", "連絡先", "フリガナ",
               "ふりがな", "本籍", "続柄", "職業")
_STACKED = re.compile(r"(?m)^(?:" + "|".join("\n".join(w) for w in sorted(_FORM_WORDS, key=len, reverse=True)) + r")(?=\n)")
_SLASHED = re.compile(r"(?<![^\s\u3000])(?P<label>" + "|".join(sorted(_FORM_WORDS, key=len, reverse=True)) + r")[／/]"
                      r"(?=[^\s/／])")

_SLASH_CUE = re.compile("[" + "".join(sorted({w[-1] for w in _FORM_WORDS})) + "][／/]")  # (one charset scan first)


def stacked_labels_packed(text: str) -> str:
    """``text`` with form labels written one character a line joined (the breaks as spaces after the label)."""
    return _STACKED.sub(lambda m: m.group().replace("\n", "") + " " * m.group().count("\n"), text)


def slashed_labels_as_colons(text: str) -> str:
    """``text`` with a slash right after a form label written as its colon."""
    return _SLASHED.sub(lambda m: m.group("label") + ":", text)


def _moved_up(m: re.Match[str], key: str) -> str:
    """The matched markup as spaces, then the field's name and a colon right before its value (same length)."""
    return " " * (len(m.group()) - len(key) - 1) + key + ":"


def records_as_fields(text: str) -> str:
    """``text`` with COPY headers as TSV headers, typed value wrappers as spaces and bold labels unmarked (same
    length); unchanged without their cues."""
    if "FROM stdin" in text or "FROM STDIN" in text:
        text = _COPY.sub(_copy_header, text)
    if '"type"' in text and '"value"' in text:
        text = _TYPED_VALUE.sub(lambda m: " " * len(m.group("wrap")) + m.group("key"), text)
    if "-- --" in text:
        text = underlined_columns_as_cells(text)
    if "<v " in text or "<v." in text:
        text = _VOICE.sub(lambda m: " " * (m.start("name") - m.start()) + m.group("name") + ":", text)
        text = _VOICE_END.sub("    ", text)
    if ("氏名 " in text or "名前 " in text or "フリガナ " in text) and "\n" in text:
        text = single_spaced_as_cells(text)
    if "\n" in text and _STACKED.search(text) is not None:
        text = stacked_labels_packed(text)
    if ("／" in text or "/" in text) and _SLASH_CUE.search(text) is not None:
        text = slashed_labels_as_colons(text)
    if "……" in text or "‥‥" in text or "..." in text or "．．．" in text:
        text = leaders_as_colons(text)
    if "**" in text or "__" in text:
        text = _BOLD_LABEL.sub(lambda m: " " * (2 * len(m.group("m1"))) + m.group("label"), text)
    if "value=" in text:
        text = _INPUT_VALUE.sub(lambda m: m.group() if _SECRET_KEY.search(m.group("key")) else _moved_up(m, m.group("key")), text)
    if "@@ -" in text and _HUNK.search(text) is not None:
        text = _DIFF_MARK.sub(" ", _HUNK.sub(lambda m: " " * len(m.group()), text))
    if "]=>" in text:
        text = _VAR_DUMP.sub(lambda m: m.group() if _SECRET_KEY.search(m.group("key")) else _moved_up(m, m.group("key")), text)
    if "='" in text or "= '" in text or "like '" in text or "LIKE '" in text or "LIKE N'" in text:
        text = _COMPARED.sub(lambda m: m.group() if _SECRET_KEY.search(m.group("c1") or m.group("c2"))
                             else _moved_up(m, m.group("c1") or m.group("c2")), text)
    if "binding parameter [" in text or "Parameters:" in text:  # an ORM's debug log (markup_binds)
        text = binds_as_fields(text)
    return text
