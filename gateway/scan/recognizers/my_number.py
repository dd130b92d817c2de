"""JP_MY_NUMBER: 個人番号 (12 digits, mod-11 check digit) with a nearby label or card-like grouping."""

from __future__ import annotations

from itertools import islice

from gateway.scan import rx as re

from presidio_analyzer import RecognizerResult

from gateway.scan.recognizers.person_contacts import spaced_name_ok
from gateway.scan.recognizers._examples import is_example_number
from gateway.scan.recognizers._fragments import assembled, layout_values
from gateway.scan.recognizers._base import AigwRecognizer, ContextWords, ScanContext, digits_only
from gateway.scan.recognizers._text import field_tuples
from gateway.scan.recognizers._numeric import (
    Labels,
    SplitFields,
    assemble_after,
    message_value,
    named_otherwise,
    shown_as_example,
    drivers_license_ok,
    my_number_ok,
    runs_with,
    seps,
)

LABEL_WORDS = (
    "マイナンバー", "個人番号", "共通番号", "通知カード", "個人識別番号", "my number", "mynumber",
    "マイナ", "番号確認", "特定個人情報", "扶養控除", "源泉徴収票", "個人番号カード",
    # field names in code, logs and exports
    "kojin_no", "kojin_bango", "kojinbango", "my_number", "individual number", "individual_number",
    "kojinno", "kojinbangou", "individualnumber",  # camelCase field names: kojinNo=…, individualNumber
    "individual no",  # individual_no, individualNo (Labels adds the field-name forms)
    "kojin=", "kojin:",  # (a log's key=value field: kojin=538120 471961, round 19)
)
# other spellings of the same labels: readings in kana (half-width katakana folds to these under NFKC) and the
# label spelled out with a space between every character (full-width spaces fold to ASCII under NFKC)
READINGS = ("コジンバンゴウ", "こじんばんごう", "まいなんばー", "マイ・ナンバー")
SPACED = tuple(" ".join(w) for w in ("個人番号", "マイナンバー")) + ("個人 番号", "マイ ナンバー")  # (an OCR split at a word, r23)
LABELS = Labels(LABEL_WORDS + READINGS + SPACED)
# labels directly followed by the number (assembled across separators / brackets / line breaks)
VALUE_LABELS = ("マイナンバー", "個人番号", "my number", "mynumber", "個人番号カード番号", "マイナンバーカード番号",
                "マイナンバーカード", "個人番号カード", "マイナ番号", "マイナの番号", "kojin_no", "kojin_bango") \
    + READINGS + SPACED  # (a log's key too: KOJIN_NO(raw)="4049 3136 ⏎ 1922", round 29)
_LABEL_AFTER = re.compile(r"[ ]?[(（\[【]?[ ]?(?:マイナンバー|個人番号|my number)", re.IGNORECASE)
# labels naming the number in a message whose value follows a colon: "個人番号の桁区切りが不正です: 7516-319-59500"
MESSAGE_LABELS = ContextWords(VALUE_LABELS + ("kojin_no", "kojin_bango", "my_number", "individual number"))
CARD_WORDS = ContextWords(["カード", "番号", "card", "No", "記載", "本人確認"])
DL_WORDS = ContextWords(["免許", "公安委員会", "license", "licence"])


# a full name as a cell of the same row: "石黒 健一,844172039565,1974/08/02"
_NAME_CELL = re.compile(r"(?:^|[,\t|])[ ]?[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}[ ]?(?=[,\t|]|$)", re.MULTILINE)
# …or written in katakana, as payroll and tax exports write it (ﾀｶﾊｼ ｴﾐ, folded to full width; round 30): the name model
# must read it as a name
_KANA_NAME_CELL = re.compile(r"(?:^|[,\t|])[ ]?(?P<name>[ァ-ヺー]{1,7}[ 　][ァ-ヺー]{1,7})[ ]?(?=[,\t|]|$)", re.MULTILINE)
_CELL_EDGE = ",\t|"
# a spaced full name right before the number on its line (江嶋 里奈　2609 4817 3559: a note of whose number it is)
_NAME_BEFORE = re.compile(r"(?:^|(?<=[ \t　:：、,]))[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}"
                          r"(?:さん|様|氏)?[ \t　:：、,]{1,3}$", re.MULTILINE)


# a field named for the number in a column list, its value in the tuple after it:
# INSERT INTO taxpayer (taxpayer_id, my_no, …) VALUES (10482, '…', …)
_FIELD_WORDS = r"(?:my_?no|my_?num(?:ber)?|kojin_?(?:no|bango|bangou)|kjn_?(?:no|bango)|individual_?number)"
_FIELD_NAME = re.compile(r"[\"'`\[]?" + _FIELD_WORDS + r"[\"'`\]]?")


# the same field assigned its value: SET my_no = '…', myNo: "…", my_no=… (an UPDATE, a config, a log)
_FIELD_ASSIGN = re.compile(r"(?i)(?<![a-z0-9_])" + _FIELD_WORDS + r"[\"'`\]]?[ \t]*(?:=>|=|:)[ \t]*[\"'`]?(?P<v>[0-9]{12})(?![0-9])")


# the number split over a structure under a field named for it: a JSON array, a tuple or an object of its groups
# ("kojin_bango": ["6021", "7753", "3840"]), or numbered fields of a split form (kojin_no_1=4461&kojin_no_2=0937&…)
_SPLIT = SplitFields(_FIELD_WORDS + r"|個人番号|マイナンバー", first="mki個マ")
SPLIT_TRIGGERS = ("my_no", "myno", "kojin_no", "kojinno", "kojin_bango", "kojinbango", "my_number", "mynumber")


# a table with one column per group (個人番号1⇥個人番号2⇥個人番号3 — a spreadsheet's or a form's boxes)
_COLUMN_PART = re.compile(r"(?i)(?<![a-z0-9_])(?:" + _FIELD_WORDS + r"|個人番号|マイナンバー)[_-]?[(（]?(?P<k>[1-6])[)）]?$")
_FIRST_PART_COLUMN = re.compile(r"(?i)(?=[mki個マ])(?:" + _FIELD_WORDS + r"|個人番号|マイナンバー)[_-]?[(（]?1[)）]?[ ]?[\t,|]")
_MAX_PART_ROWS = 1000


def _part_columns(text: str):
    """(start, end, digits) of the rows of a table whose header gives the number's groups a column each."""
    for h in _FIRST_PART_COLUMN.finditer(text):
        ls = text.rfind("\n", 0, h.start()) + 1
        le = text.find("\n", h.start())
        if le < 0:
            return
        header = text[ls:le]
        sep = next(c for c in "\t,|" if c in header)
        parts = {}
        for i, cell in enumerate(header.split(sep)):
            m = _COLUMN_PART.search(cell.strip())
            if m is not None:
                parts[int(m.group("k"))] = i
        cols = [parts[k] for k in sorted(parts)]
        if len(cols) < 2 or sorted(parts) != list(range(1, len(parts) + 1)):
            continue
        for _, cells, starts in _rows_below(text, le + 1, sep):
            if len(cells) <= cols[-1] or not all(cells[i].strip().isdigit() for i in cols):
                break
            yield (starts[cols[0]], starts[cols[-1]] + len(cells[cols[-1]].rstrip()),
                   "".join(cells[i].strip() for i in cols))


def _rows_below(text: str, pos: int, sep: str):
    """(line, its cells, each cell's start) of the lines from ``pos`` on, at most ``_MAX_PART_ROWS`` of them."""
    for _ in range(_MAX_PART_ROWS):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        row = text[pos:end]
        cells, starts, at = row.split(sep), [], pos
        for c in cells:
            starts.append(at)
            at += len(c) + 1
        yield row, cells, starts
        pos = end + 1
        if pos >= len(text):
            return


# (round 13) a table whose header names two or three adjacent columns 番号 (番号（前）| 番号（後）, 番号上6桁 | 下6桁):
# the number split over them, row by row
_RULE_ROW = re.compile(r"[|:\- \t]+")
_MAX_HEADERS = 32


def _header_lines(text: str):
    """(start, end) of the lines holding 番号 and a cell separator, each line once (linear: str.find, no regex)."""
    pos, n = text.find("番号"), 0
    while pos >= 0 and n < _MAX_HEADERS:
        ls, le = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
        le = len(text) if le < 0 else le
        if any(c in text[ls:le] for c in "|\t,"):
            n += 1
            yield ls, le
        pos = text.find("番号", le)


def _named_columns(text: str):
    """(start, end, digits) of a row's adjacent digit cells under header cells that name a number."""
    for ls, le in _header_lines(text):
        header = text[ls:le]
        sep = next(c for c in "|\t," if c in header)
        named = [i for i, c in enumerate(header.split(sep)) if "番号" in c or "桁" in c]
        runs = [named[k:k + n] for n in (3, 2) for k in range(len(named) - n + 1)
                if named[k + n - 1] - named[k] == n - 1]
        if not runs:
            continue
        for row, cells, starts in _rows_below(text, le + 1, sep):
            if len(cells) == 1:  # no separator: the table ended
                break
            if _RULE_ROW.fullmatch(row):
                continue
            for cols in runs:
                if cols[-1] < len(cells) and all(cells[i].strip().isdigit() for i in cols):
                    yield (starts[cols[0]] + len(cells[cols[0]]) - len(cells[cols[0]].lstrip()),
                           starts[cols[-1]] + len(cells[cols[-1]].rstrip()), "".join(cells[i].strip() for i in cols))
                    break


def split_values(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of numbers split into groups under a field named for them (an array, numbered fields,
    one table column per group)."""
    return _SPLIT.values(text) + list(_part_columns(text)) + list(_named_columns(text))


def _field_values(text: str) -> set[tuple[int, int]]:
    found = {(s, e) for col, s, e in field_tuples(text) if _FIELD_NAME.fullmatch(col)}
    return found | {m.span("v") for m in _FIELD_ASSIGN.finditer(text)}


# the number read out in groups parted by の (a call transcript): "マイナンバーを…" ⏎ "えっと、1490 の 3253 の 4906 です"
_SPOKEN = re.compile(r"(?<![0-9])[0-9]{2,6}(?:[ \t]*[のノ][ \t]*[0-9]{2,6}){1,5}(?![0-9])")
_SPOKEN_REACH = 150
# words that make a bare 番号 the 個人番号 (a text about the number, round 13), and how many 番号 are read
_DOC_CUES = ("扶養控除", "源泉徴収", "個人番号", "マイナンバー", "マイナ", "特定個人情報", "通知カード")
_MAX_CUES = 16


def _record_cell(text: str, start: int, end: int) -> bool:
    """The number is a cell of a delimited row (CSV/TSV/pipe) that also holds a full name."""
    if not ((start == 0 or text[start - 1] in _CELL_EDGE) and (end == len(text) or text[end] in _CELL_EDGE + "\n")):
        return False
    ls = max(text.rfind("\n", max(0, start - 200), start) + 1, start - 200)
    le = text.find("\n", end, end + 200)
    le = le if le >= 0 else min(len(text), end + 200)
    return _NAME_CELL.search(text, ls, le) is not None or any(
        spaced_name_ok(m.group("name")) for m in islice(_KANA_NAME_CELL.finditer(text, ls, le), 4))


def _named_before(text: str, start: int) -> bool:
    m = _NAME_BEFORE.search(text, max(0, start - 16), start)
    return m is not None and spaced_name_ok(m.group().strip(" \t　:：、,").removesuffix("さん").removesuffix("様")
                                            .removesuffix("氏"))


# a card word that names another card or another thing's number: ギフトカード, ポイントカード, 楽天Edyの番号, Suicaの番号
_OTHER_CARD = re.compile(r"[ァ-ヶA-Za-z一-鿿]$")
_OTHER_THINGS = re.compile(r"[ァ-ヶーA-Za-z]の$")
_OTHER_NUMBER = re.compile(r"[一-鿿々]$")
_OWN_CARD = ("マイナンバー", "マイナ", "個人番号", "通知", "カード", "マイナンバーカード", "番号")


def _card_cue(text: str, start: int, end: int, reach: int = 30) -> bool:
    """A card word near a 4-4-4 number (within ``reach`` characters before it) that can be the 個人番号 card's or its
    number (カードの裏の12桁, 番号 …), not a word naming another card or another thing's number."""
    for m in CARD_WORDS.finditer_in(text, max(0, start - reach), min(len(text), end + 10)):
        before = text[max(0, m.start() - 8):m.start()]
        if m.group() == "カード" and _OTHER_CARD.search(before) is not None and not before.endswith(_OWN_CARD):
            continue
        if m.group() == "番号" and _OTHER_THINGS.search(before) is not None \
                and not before[:-1].endswith(_OWN_CARD):
            continue
        if m.group() == "番号" and _OTHER_NUMBER.search(before) is not None and not before.endswith("個人"):
            continue  # a compound naming another number: 発注番号, 受付番号, 管理番号 (round 13)
        return True
    return False


_ODD_GROUP_REACH = 60  # the card word may stand in the request's sentence, a line above the number


def _card_grouping(text: str, start: int, end: int, groups: list[int]) -> bool:
    """Two to four blocks of at least three digits parted by one kind of separator, not the value of another label
    on its line (受付票: 1234-567-89012)."""
    ls = text.rfind("\n", 0, start) + 1
    return (2 <= len(groups) <= 4 and min(groups) >= 3 and len(seps(text[start:end])) == 1
            and text.find(":", ls, start) < 0 and text.find("：", ls, start) < 0)


_LAYOUT_FIELD = re.compile(r"個人番号|マイナンバー|(?i:kojin_?(?:no|bango)|my_?number)")
_COLON_AFTER = re.compile(r"[^0-9\n:：一-鿿ぁ-ゖァ-ヺ]{1,24}?[:：]")  # (words of another language, not 受付番号:)


def _colon_after(text: str, pos: int) -> int:
    """The end of the colon a few words after a label on its line (the label in brackets in another language's sentence:
    (My Number) của tôi:), or -1."""
    m = _COLON_AFTER.match(text, pos)
    return -1 if m is None else m.end()


class MyNumberRecognizer(AigwRecognizer):
    ENTITY = "JP_MY_NUMBER"
    TRIGGER_DIGITS = 12
    TRIGGER_WORDS = VALUE_LABELS + SPLIT_TRIGGERS + tuple(w for w in _DOC_CUES if w not in VALUE_LABELS)

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        # complexity: one pass over the 12-digit runs; the score ladder (label, near, record cell, card words,
        # grouping, checksum only) reads as one table of cases in order
        text = ctx.text
        seen: set[tuple[int, int]] = set()
        out = self._after_labels(ctx, seen)
        # other groupings are phone numbers, dates, amounts … unless a label names them, before or right after
        # ("番号 19-374-028-5613（マイナンバー）")
        fields: set[tuple[int, int]] | None = None  # values of a column named for the number, found lazily
        for start, end, digits, g in runs_with(ctx, 12):
            if not my_number_ok(digits) or (start, end) in seen or shown_as_example(text, start, end):
                continue  # … (984679991850 のような12桁): the format shown, not someone's number
            if g not in ([12], [4, 4, 4]):
                odd_kind = LABELS.classify(text, start, end)
                if (_LABEL_AFTER.match(text, end) is not None or odd_kind == "label"
                        or (odd_kind != "neg" and message_value(text, start, MESSAGE_LABELS))):
                    out.append(self.result(self.ENTITY, start, end, 0.9, strength="strong", label=True))
                elif odd_kind == "near" and set(g) == {1}:
                    # one digit at a time (an OCR'd card, a spaced-out form) is no phone number or date: a label
                    # near it is enough ("個人番号カード … 番号 5 0 3 9 2 8 …")
                    out.append(self.result(self.ENTITY, start, end, 0.85, strength="strong", label=False,
                                           spaced=True))
                elif _card_grouping(text, start, end, g) and _card_cue(text, start, end, _ODD_GROUP_REACH) \
                        and not named_otherwise(text, start):
                    # another grouping of a few blocks (3-4-5, 6-6) beside a card word, as 4-4-4 is: "奥さんの番号 …
                    # 314 3703 95599"; a phone or a date never has 12 digits in blocks of three or more
                    out.append(self.result(self.ENTITY, start, end, 0.65, strength="strong", label=False))
                continue
            grouped = g == [4, 4, 4] and len(seps(text[start:end])) == 1
            kind = LABELS.classify(text, start, end)
            if kind == "neg":
                continue
            if DL_WORDS.near(text, start, end, 30, 10) and drivers_license_ok(digits) and kind != "label":
                continue  # a driver's licence number that also passes the My Number check
            if kind != "label" and g == [12]:
                if fields is None:
                    fields = _field_values(text)
                if (start, end) in fields:
                    kind = "label"
            if kind == "label":
                score = 0.95
            elif kind == "near":
                score = 0.8
            elif kind is None and (g == [12] or grouped) and _record_cell(text, start, end):
                score = 0.8  # a cell of a record row beside a full name (名前,番号,生年月日 … without a header; 4-4-4 too, r30)
            elif kind is None and (g == [12] or grouped) and _named_before(text, start):
                score = 0.8  # the holder's full name just before it on its line (round 16)
            elif grouped and _card_cue(text, start, end) \
                    and not named_otherwise(text, start):  # お客さま番号 1234 …: another number's 番号
                score = 0.65
            elif grouped:
                score = 0.45
            else:
                score = _CHECKSUM_ONLY  # an order number passes 1 in 10
            out.append(self.result(self.ENTITY, start, end, score,
                                   strength="strong" if score >= 0.65 else "weak",
                                   label=kind == "label"))
        return _checked_column(ctx, out)

    def _layout_fields(self, text: str, seen: set[tuple[int, int]]) -> list[RecognizerResult]:
        out = []
        for s, e, d in layout_values(text, _LAYOUT_FIELD, 12):
            if d.isdigit() and my_number_ok(d) and (s, e) not in seen and not is_example_number(self.ENTITY, d):
                seen.add((s, e))
                out.append(self.result(self.ENTITY, s, e, 0.95, strength="strong", label=True, layout=True))
        return out

    def _after_labels(self, ctx: ScanContext, seen: set[tuple[int, int]]) -> list[RecognizerResult]:
        """A label followed by 12 digits in any grouping (3-3-3-3, one digit at a time, brackets, lines), or read out
        in groups after the label's question; the spans found go into ``seen``."""
        text = ctx.text
        out: list[RecognizerResult] = []
        if any(w in ctx.hits for w in SPLIT_TRIGGERS + ("個人番号", "マイナンバー")):
            for s, e, d in split_values(text):
                if len(d) == 12 and my_number_ok(d) and (s, e) not in seen and not is_example_number(self.ENTITY, d):
                    seen.add((s, e))
                    out.append(self.result(self.ENTITY, s, e, 0.95, strength="strong", label=True, assembled=True))
        for w in VALUE_LABELS:
            for p in ctx.hits.get(w.lower(), ()):
                got = assemble_after(text, p + len(w), 12)
                if got is None and (c := _colon_after(text, p + len(w))) > 0:
                    got = assemble_after(text, c, 12)  # "Số cá nhân (My Number) của tôi: 8174 0263⏎9152" (round 18)
                if got is not None and my_number_ok(got[2]):
                    seen.add((got[0], got[1]))
                    out.append(self.result(self.ENTITY, got[0], got[1], 0.95, strength="strong", label=True,
                                           assembled=True))
                    continue
                for m in _SPOKEN.finditer(text, p + len(w), min(len(text), p + len(w) + _SPOKEN_REACH)):
                    d = re.sub(r"[^0-9]", "", m.group(0))
                    if my_number_ok(d) and m.span() not in seen:  # the label asked, the answer reads it out
                        seen.add(m.span())
                        out.append(self.result(self.ENTITY, m.start(), m.end(), 0.85, strength="strong",
                                               label=False, spoken=True))
                        break
        if "個人番号" in ctx.hits or "マイナンバー" in ctx.hits:  # a fixed-width layout's field: 5-16 個人番号 (round 18)
            out.extend(self._layout_fields(text, seen))
        if not out and "番号" in text and any(w in ctx.hits for w in _DOC_CUES):
            # (round 13) the number given in pieces after the word asking for it: two chat messages (娘の番号です …
            # 8198 7788 … 残り 3190), some digits read aloud in kana (ろく よん きゅう …、0302)
            for m in islice(re.finditer("番号", text), _MAX_CUES):
                got = next((a for a in assembled(text, m.end(), min(len(text), m.end() + _SPOKEN_REACH), 12)
                            if my_number_ok(a[2]) and not is_example_number(self.ENTITY, a[2])), None)
                if got is not None:
                    seen.add(got[:2])
                    out.append(self.result(self.ENTITY, got[0], got[1], 0.85, strength="strong", label=False,
                                           assembled=True))
                    break
        return out


_CHECKSUM_ONLY = 0.3  # the score of twelve digits that only pass the check digit
_COLUMN_ROWS = 3  # rows of twelve digits, every one passing the check digit, that make a column of My Numbers
_NAMED_NUMBER = re.compile(r"(?:管理|報告|受付|注文|発注|伝票|文書|整理|申請|予約|登録|会員|顧客|案件|請求|契約|問合せ|照会|お客様)(?:番号|No|NO)"
                           r"|(?i:isbn|jan|ean|upc|order|invoice|ticket|serial|tracking)")


def _checked_column(ctx: ScanContext, out: list[RecognizerResult]) -> list[RecognizerResult]:
    """Twelve-digit values on three lines or more, every twelve-digit run of the text passing the check digit (an order
    number passes 1 in 10, three in a row 1 in 1,000): a column of My Numbers under any header (k_no, round 34)."""
    text, weak = ctx.text, [r for r in out if r.score == _CHECKSUM_ONLY]
    values = {digits_only(text[r.start:r.end]) for r in weak}
    if len({text.count("\n", 0, r.start) for r in weak}) < _COLUMN_ROWS or len(values) < _COLUMN_ROWS \
            or len({v[:2] for v in values}) == 1 or _NAMED_NUMBER.search(text, 0, weak[0].start) is not None \
            or not all(my_number_ok(d) for _, _, d, g in runs_with(ctx, 12) if g == [12]):
        return out  # (a serial's shared year 2025…, an order's or a report's number named above the values)
    for r in weak:
        r.score = 0.8
        r.recognition_metadata.update(strength="strong", column=True)
    return out
