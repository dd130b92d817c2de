"""Where a marking stands in a table or a list (issue 13, rounds 17–18): a cell of a table's body or head row lists the
markings (a glossary's term, a register's 区分 column, a rules table of levels and their restrictions); a value after its
label's cell (| 文書区分 | 機密性2 |) is the document's own marking, decided elsewhere. An enumerated item quoting the
markings a rules text allows, and a quotation of several markings that the sentence then shows how to write
(「取扱制限：持出禁止」「部外秘」のように併記します, 「機密性２／取扱制限：庁内限り」⏎と付ける), name them. Three or more
markings on lines that define or rule on them explain the scheme (``explains_scheme``), also as the items of a rules
text's enumeration (round 19)."""

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


# a rules text's enumerated item quoting the markings it lists: （１）「複製禁止」, 2. 「部外秘」又は「庁内限り」 (round 17)
_QUOTED_ITEM = re.compile(r"[ \t　]*(?:[(（][0-9一二三四五六七八九十]{1,2}[)）]|[0-9]{1,2}[.)]|[・•\-ア-オ][ \t　.)]?)[ \t　]*"
                          r"(?:[「『][^」』\n]{1,16}[」』][ \t　]*(?:又は|または|若しくは|及び|および|、|,|・|や)?[ \t　]*){0,6}[「『]")


def quoted_list_item(text: str, start: int) -> bool:
    """The marking is quoted in an enumerated item of a list (a rules text naming the markings it allows)."""
    ls = line_start(text, start)
    return ls >= 0 and _QUOTED_ITEM.fullmatch(text, ls, start) is not None


# the rest of the quotation the marking stands in, more quoted markings, then the verb that shows how to write them
_QUOTE_REST_SHOWN = re.compile(r"[^」』\n]{0,30}[」』](?:[ \t]*(?:[、,・]|又は|または|や)?[ \t]*[「『][^」』\n]{1,30}[」』]){0,6}"
                               r"[ \t]*\n?[ \t　]*(?:(?:など|等)?と|の(?:よう|様)に|のような形で)"
                               r"(?:表示|記載|記入|明記|併記|表記|押印|押す|書|付|記す|いう|呼)")


def quoted_then_shown(text: str, start: int, end: int) -> bool:
    """The marking stands in an open 「…」 on its line, and after the quotation (and more quoted markings) the sentence
    shows how to write them (round 18)."""
    ls = line_start(text, start)
    q = max(text.rfind("「", ls, start), text.rfind("『", ls, start))
    return q >= 0 and "」" not in text[q:start] and "』" not in text[q:start] and _QUOTE_REST_SHOWN.match(text, end) is not None


_EXPLAINS = re.compile(r"てはならない|てはいけない|しないこと|すること|ないこと|を指す|をいう|を意味|という意味|とは|に相当|"
                       r"の情報|以上の|以下の|の場合|を禁じる|を禁ずる|」[ \t　]*[:：][ \t　]*[^\s]|means|refers to|"
                       # (a quiz's row: its choices or its answer, | 機密性３ | 可・不可 | 不可 |)
                       r"可・不可|[○〇]・×|[○〇]か×|正解|解答")


# an item of a rules text's enumeration holding only the marking (　ア　複製禁止, （２）配付禁止), under a lead that says
# the items are to be chosen or shown (次に掲げる取扱制限のうち必要なものを表示しなければならない, round 19)
_ENUM_ITEM = re.compile(r"[ \t　]*(?:[ア-ンｱ-ﾝ]|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）]|[0-9０-９]{1,2}[.．)）])[ \t　]+")
_RULE_LEAD = re.compile(r"次に掲げる|次のとおり|次の(?:いずれか|各号)|のうち必要な|表示しなければならない|表示するものとする|定める")


def _rule_list_item(text: str, ls: int, s: int, e: int, le: int) -> bool:
    return (_ENUM_ITEM.fullmatch(text, ls, s) is not None and not text[e:le].strip(" \t　")
            and _RULE_LEAD.search(text, max(0, ls - 300), ls) is not None)


_QUOTED_DEFINED = re.compile(r"[」』][ \t　]*[:：][ \t　]*[^\s]")


def explains_scheme(text: str, spans: list[tuple[int, int]]) -> bool:
    """Three or more different markings, at least two on lines that define or rule on them (a
    definition table, a rule list, training material, a rules text's enumeration): the text is about the
    scheme, not marked. Two are enough when each is quoted and defined after a colon (・「複製禁止」：コピーや…, round 26)."""
    distinct = len({text[s:e] for s, e in spans})
    if distinct == 2 and all(_QUOTED_DEFINED.match(text, e) for s, e in spans[:64]):
        return True
    if distinct < 3:
        return False
    lines = set()
    for s, e in spans[:64]:  # bounded: a definition table is short
        ls, le = line_start(text, s), line_end(text, e)
        if ls >= 0 and le >= 0 and (_EXPLAINS.search(text, ls, le) is not None or _rule_list_item(text, ls, s, e, le)):
            lines.add(ls)
    return len(lines) >= 2


# a caption that makes what follows a sample, on a line of its own (【見本】（実際の文書ではありません）, ［表示の見本］, サンプル:,
# 〈デザイン案〉), or a line saying the sample is no real document; the marking in the same block under it (no blank line
# between) is shown, not applied (round 20)
_SAMPLE_CAPTION = re.compile(r"(?m)^[ \t　]*(?:[【\[［(（<〈]?[ \t　]*(?:表示の?見本|見本|サンプル|デザイン案|表示イメージ|イメージ|(?i:sample|mock-?up))"
                             r"[ \t　]*[】\]］)）>〉]?[ \t　]*[:：]?|[^\n]{0,30}?実際の文書では(?:あり|な))[^\n]{0,30}$")
_SAMPLE_REACH = 400


def under_sample_caption(text: str, start: int) -> bool:
    lo = max(0, start - _SAMPLE_REACH)
    gap = text.rfind("\n\n", lo, start)  # (a blank line ends the sample's block)
    ls = line_start(text, start)
    return _SAMPLE_CAPTION.search(text, gap + 1 if gap >= 0 else lo, ls if ls >= 0 else start) is not None


# a request for the words themselves: their translation, meaning or definition (次の言葉の英訳…, 用語の意味を…, round 23)
# (asked for, not a document's own heading: 1 - 4 用語の定義, round 25)
_TERMS_REQUEST = re.compile(r"(?:言葉|用語|語句|単語|ワード|表現|区分名|分類名)(?:の|を|について)[^\n]{0,12}?(?:英訳|訳|意味|定義|説明|言い換え)"
                            r"(?=[ ]?(?:し|を|が|も|に|と|お願|付|つけ|して|下さ|くだ|[?？]))"
                            r"|(?i:translat\w* (?:of )?(?:the|these|following) (?:terms|words)|glossary)"
                            # (the markings to put into English: 次の日本語の表示に対応する英語, round 28)
                            r"|(?:表示|表記|用語|言葉)に対応する(?:英語|英訳|訳語|英文)|英語(?:で|に)(?:は|すると)?(?:何と|どう|どのよう)")
_TERM_ITEM = re.compile(r"[ \t　]*(?:[・･*●○◦\-]|[0-9]{1,2}[.)．、])?[ \t　]*"  # (the bullet may be blanked)
                        r"(?:[^\n/／、,]{1,12}[ \t　]*[/／、,][ \t　]*){0,3}")  # (after other terms: ・機密性２ / 機密性３, r28)
_TERMS_REACH = 400


def term_list_item(text: str, start: int) -> bool:
    """The marking is a bulleted item of a list of terms the request asks to translate or explain (an ALT's handbook's
    glossary: ・機密性１情報／機密性２情報, ・取扱制限（例：…）): named, not applied (round 23)."""
    ls = line_start(text, start)
    if ls < 0 or _TERM_ITEM.fullmatch(text, ls, start) is None:
        return False
    return _TERMS_REQUEST.search(text, max(0, ls - _TERMS_REACH), ls) is not None


# a quoted marking's closing bracket, more quoted ones after it, then a word naming them as examples (in the writer's words
# too, in any bracket: ファイル名に【部外秘】とか【取扱注意】とか付いている, round 28)
_QUOTED_RUN = r"[」』】](?:とか)?(?:[「『【][^」』】\n]{1,16}[」』】](?:とか)?){0,4}\n?(?:とか|など|等の|といった|のような|のように"  # (a PDF's break: r33)
# restrictions quoted as examples of what to write (「取扱制限：複製禁止」「庁外持出禁止」などの取扱制限を併記します, round 27)
QUOTED_EXAMPLES = re.compile(_QUOTED_RUN + r"|を併記|を表示|と表示)")
# a level's spelling shown as an example (【機密性２】のように墨付き括弧で書く, 「機密性2」と半角で書く, round 28; not 「機密性２」と
# 表示された以下の資料, which says the document is marked)
SPELLED_EXAMPLE = re.compile(_QUOTED_RUN + r"|と(?:半角|全角)で?書く)")


# an example label before the marking on its line: 表示例：「機密性２」「機密性２　複製禁止」
EXAMPLE_LABEL = re.compile(r"(?:表示例|記載例|記入例|表記例|表示の例|(?<![一-龥])例)(?:[(（](?:見本|サンプル|参考)[)）])?[ \t　]*[:：]|(?<![一-龥])例[)）]|(?i:examples?:)"
                            r"|[【\[](?:表示例|記載例|記入例|表記例)[ ]?[0-9０-９一二三四五六七八九]{0,2}[】\]]")  # (【表示例１】…, r18)
# an indented line of markings only, before the marking (the example label's line goes on: 表示例：　【機密性２】…
# ⏎ 　　　　　【機密性３】【複製禁止】, round 12)
_CONTINUED_BEFORE = re.compile(r"[ \t　]{2,}[^\n。、ぁ-ゟ]{0,30}")


def example_continued(text: str, start: int) -> bool:
    """The marking stands on an indented line under a line with an example label."""
    ls = line_start(text, start)
    if ls <= 0 or _CONTINUED_BEFORE.fullmatch(text, ls, start) is None:
        return False
    for _ in range(4):  # (up through the indented example lines above it: 表示例（見本）： ⏎ 　【機密性２】 ⏎ 　【…】, r35)
        pls = line_start(text, ls - 1)
        if EXAMPLE_LABEL.search(text, max(pls, ls - 81), ls - 1) is not None:
            return True
        if pls <= 0 or _CONTINUED_BEFORE.fullmatch(text, pls, ls - 1) is None:
            return False
        ls = pls
    return False
