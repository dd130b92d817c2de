"""Helpers shared by the number recognizers of the scanner core (not part of the stable API)."""

from __future__ import annotations

from gateway.scan import rx as re
import threading

from gateway.scan.recognizers._base import DIGIT_RUN_RE, ContextWords

# labels of numbers that are *not* personal identifiers; when one of these is the closest label
# before a number, identifier recognizers stand down
NEGATIVE_LABELS = ContextWords([
    "受付番号", "注文番号", "発注番号", "受注番号", "管理番号", "整理番号", "伝票番号", "請求番号",
    "請求書番号", "問合せ番号", "問い合わせ番号", "お問合せ番号", "会員番号", "契約番号", "申込番号",
    "予約番号", "品番", "型番", "商品番号", "商品コード", "製造番号", "シリアル", "ロット", "文書番号",
    "案件番号", "事業所番号", "事業者番号", "登録番号", "法人番号", "会社法人等番号", "JANコード",
    "バーコード", "追跡番号", "配送番号", "お届け", "取引番号", "決済番号", "ID:", "order", "invoice",
    "ticket", "tracking", "serial", "Order No", "口座番号", "電話", "TEL", "FAX", "内線", "郵便番号",
    "〒", "工事番号", "議案番号", "事件番号", "識別番号", "通知書番号", "資産番号", "機器番号",
    "お客様番号", "顧客番号", "利用者番号", "カード会員番号", "検針番号", "水栓番号", "納付番号", "督促番号",
])

# (a quantifier over the people the value is given for: 保険者番号は全員 317172, いずれも, 共通, round 16)
_GAP_NOISE = re.compile(
    r"[0-9]{1,2}桁|番号|コード|ナンバー|記載|欄|です|全員|いずれも|共通|No|no|[\s:=#()\[\]【】「」『』、,.・/は：のがをもとで第号\"'`]"
    # the topic particle or copula in residents' languages (여권번호는 M…, Số hộ chiếu của em là C…, o número é …,
    # my passport number is …): round 16
    r"|(?<![가-힣])[는은이가](?![가-힣])|(?<![A-Za-zÀ-ỹ])(?:là|é|is)(?![A-Za-zÀ-ỹ])"
)


def _is_label_gap(gap: str) -> bool:
    """The text between a label and its value is only separators/particles (``は``, ``：``, ``（12桁）``)."""
    return not _GAP_NOISE.sub("", gap)


_DIGIT = re.compile(r"[0-9]")
# a compound naming the value as some other number right before it (お客さま番号, 支払い番号, 送り状No.): the word
# 番号 there names that number, not a card's; a possessive (母の番号, カードの番号) or a positive label is no such name
_OTHER_NUMBER = re.compile(r"(?P<w>[一-鿿ぁ-んァ-ヶー]{1,8})(?:番号|ナンバー|No\.?|コード)"
                           r"[ \t]*[:：.]?[ \t]*$")
_OWN_NUMBER = re.compile(r"(?:[のはがも]|個人|マイナ|通知カード|カード|共通)$")


def named_otherwise(text: str, start: int) -> bool:
    """The value directly follows the name of another kind of number (お客さま番号 …, 支払い番号 …)."""
    m = _OTHER_NUMBER.search(text, max(0, start - 20), start)
    return m is not None and _OWN_NUMBER.search(m.group("w")) is None
_CELL_SEPS = ("\t", "|", ",")
_RULE_LINE = re.compile(r"[ \t|:\-+=]*")
_MAX_TABLE_LINES = 200
# a header cell that reads as prose: five words or more, or ending a sentence or introducing what follows
# (a long cell ending a sentence or introducing a value; not a short header's "No." or "Q:")
_PROSE_CELL = re.compile(r"(?<![^ ,])(?:[^ ,]++ +){4}[^ ,]|[^\n]{8}[:：。!?！？][ \t]*$|[A-Za-z][:：] +[A-Za-z]")  # (Name: Ms. …, r25)
_MAX_ROW_CHARS = 2000


_TABLE_MEMO = threading.local()


def _table_top(text: str, ls: int, sep: str) -> str | None:
    """The header line of the table block holding the line at ``ls`` (None when it has digits or
    there is none). Memoised per text and line, so a long table is walked once, not once per row."""
    memo = getattr(_TABLE_MEMO, "m", None)
    if memo is None or memo[0] is not text:
        memo = (text, {})
        _TABLE_MEMO.m = memo
    cache: dict[tuple[int, str], str | None] = memo[1]
    visited = []
    header = None
    cur = ls
    for _ in range(_MAX_TABLE_LINES):
        if (cur, sep) in cache:
            header = cache[(cur, sep)]
            break
        visited.append(cur)
        if cur == 0:
            break
        pls = text.rfind("\n", 0, cur - 1) + 1
        prev = text[pls:cur - 1]
        if sep not in prev:
            break
        if not _RULE_LINE.fullmatch(prev):
            header = prev  # the topmost line of the block so far
        cur = pls
    for v in visited:
        cache[(v, sep)] = header
    return header


def clear_table_memo() -> None:
    """Forget the memo of the last text (the engine calls this after each scan: no prompt is kept)."""
    _TABLE_MEMO.m = None


_JSON_PAIR = re.compile(r"\"[^\"\n]{1,40}\"[ \t]*:[ \t]*[\"\[{0-9tfn-]")


def column_header(text: str, start: int) -> str | None:
    """The header cell of the table column holding ``text[start]``, for TSV / CSV / pipe tables: the
    top line of the contiguous block of lines sharing the separator, if it holds no digits.
    Bounded: at most ``_MAX_TABLE_LINES`` lines up, each line walked once per text."""
    lo = max(0, start - _MAX_ROW_CHARS)
    ls = text.rfind("\n", lo, start) + 1
    le = text.find("\n", start, start + _MAX_ROW_CHARS)
    if (ls == 0 and lo > 0) or (le < 0 and start + _MAX_ROW_CHARS < len(text)):
        return None  # a very long line is prose or a blob, not a table row
    line = text[ls:le if le >= 0 else len(text)]
    sep = next((c for c in _CELL_SEPS if c in line), None)
    if sep is None or (sep == "," and _JSON_PAIR.search(line) is not None):
        return None  # (a JSON object's line, "nenkin_no": "4012-583726"}, is no CSV row: its key names the value, r31)
    col = text.count(sep, ls, start)
    header = _table_top(text, ls, sep)
    if header is None or re.search(r"[0-9]{3}", header):
        return None
    cells = header.split(sep)
    if sep == "," and (any(_PROSE_CELL.search(c) for c in cells) or sum(1 for c in cells if c.strip()) < 2
                       or any(_PROSE_CELL.search(c) for c in line.split(sep))):  # (the row itself prose, round 25)
        return None  # a sentence with commas above another (To make it easy, please charge it to my card:), or a
        # mail's greeting ("Hello," above a sentence with a comma, round 19): no CSV
    if sep == "|" and cells and not cells[0].strip():
        cells = cells[1:]
        col -= 1
    return cells[col].strip() if 0 <= col < len(cells) else None


# digits after a label, assembled across separators, brackets and line breaks:
# "個人番号：3 1 4 1 5 9 …", "個人番号（3141）（5926）（5352）", "個人番号\n3141 5926\n5352"
# (a document's own number: 年金手帳の番号は …, マイナンバーカードの番号： …)
# (a code form's key quote before the colon, and a JSON array or quoted string after it: "個人番号": ["3041", "8827", …])
# (a note's arrow after what was done with it: 年金手帳の番号読み上げ → 4207 の 318556, round 14)
_ASSEMBLY_GAP = re.compile(r"[ \t]*(?:の(?:記号)?番号)?[ \t]*(?:[(（][0-9]{1,2}桁[)）]|\([A-Za-z]{1,8}\))?[ \t]*[\"']?[ \t]*(?:は|が|:|：|=|\|)?"
                           r"[ \t]*[\"']?"  # (a log's key, a qualifier, = and a quote: KOJIN_NO(raw)="…", round 29)
                           r"(?:[^\s0-9:：=|]{0,6}?[ \t]*(?:→|⇒|->|=>))?[ \t\n]*(?:第[ \t]*)?")  # (a card's 第 …号, r34)
# (quotes part the groups of a JSON array of strings: ["1883", "6025", "4711"])
_ASSEMBLY_SEPS = frozenset(" \t\n-.・,、/_()[]「」【】|　の\"'")  # の: a number read out in groups (3517の918304)


def assemble_after(text: str, pos: int, n_digits: int, max_chars: int = 48) -> tuple[int, int, str] | None:
    """Exactly ``n_digits`` digits right after ``pos`` (a label's end), possibly split by separators,
    brackets and line breaks; None when there are more or fewer digits before other text."""
    g = _ASSEMBLY_GAP.match(text, pos)
    i = g.end() if g else pos
    limit = min(len(text), i + max_chars)
    start = end = -1
    digits: list[str] = []
    blank = False  # a blank line already passed before the first digit
    groups: list[int] = []  # lengths of the digit groups read so far
    while i < limit:
        c = text[i]
        if "0" <= c <= "9":
            if start < 0:
                start = i
            if digits and i > end:  # a separator before this digit: a new group
                if len(digits) == n_digits:
                    # the number is complete and the next token is another one ("個人番号 526018159084 7月に転入"):
                    # taken when it was one unbroken run; a grouped number with one more group ("3141 5926 5352 7")
                    # is too many digits
                    return (start, end, "".join(digits)) if groups == [n_digits] else None
                groups.append(0)
            elif not digits:
                groups.append(0)
            digits.append(c)
            groups[-1] += 1
            end = i + 1
            if len(digits) > n_digits:
                return None
        elif c not in _ASSEMBLY_SEPS or (c == "\n" and text[i + 1:i + 2] == "\n" and (digits or blank)):
            break  # a blank line ends the number (one blank line may stand between a form's label and its value)
        elif c == "\n" and text[i + 1:i + 2] == "\n":
            blank = True
        i += 1
    if len(digits) != n_digits or (i < len(text) and "0" <= text[i:i + 1] <= "9"):
        return None
    return start, end, "".join(digits)



# header cells that name no kind of data (番号, No., 値): the words around the table may still name the column
_NUMBER_HEADER_END = re.compile(r"(?i)(?:番号|no\.?|number|#)[ \t　]*$")
_PARTICLE_AFTER = re.compile(r"[でをにがと]")  # a word used in a sentence, not as a field's label
_GENERIC_HEADER = re.compile(r"(?i)[#＃]|番号|no\.?|値|value|number|num|数字|数値|データ|data|内容|備考|メモ|memo|項目"
                             r"|[^|,\t]{0,8}(?:サンプル値|サンプル|例|値|sample|value)")  # (a mapping's 現行サンプル値: its row names it, r25)


def not_one_run(text: str, start: int, end: int) -> bool:
    """The digits of ``text[start:end]`` are not one digit run (parted over lines, by a spaced dash ``081 - 2294``,
    by box rules ``|4|0|7|``): the run readers never see them as one number."""
    return DIGIT_RUN_RE.fullmatch(text, start, end) is None


def field_name_forms(words) -> list[str]:
    """The words plus, for an English label of several words, its forms as a field name in code, JSON, logs and
    exports: ``account number`` → ``accountNumber`` (matching ignores case), ``account_number``, ``account-number``."""
    out = list(words)
    for w in words:
        if " " in w and w.isascii():
            out.extend(w.replace(" ", sep) for sep in ("", "_", "-"))
    return out


class Labels:
    """Positive context words for one identifier with a two-tier window."""

    def __init__(self, words, label_gap: int = 16, near_before: int = 300, near_after: int = 60,
                 negative: ContextWords | None = NEGATIVE_LABELS) -> None:
        self.words = ContextWords(field_name_forms(words))
        self.label_gap = label_gap
        self.near_before = near_before
        self.near_after = near_after
        self.negative = negative

    def _cell_before_names(self, text: str, start: int) -> bool:
        """The row's cell right before the value's names this identifier (a label word fills it)."""
        ls = text.rfind("\n", max(0, start - _MAX_ROW_CHARS), start) + 1
        sep = next((c for c in _CELL_SEPS if c in text[ls:start]), None)
        if sep is None:
            return False
        end = text.rfind(sep, ls, start)
        cell = text[text.rfind(sep, ls, end) + 1:end]
        return 0 < len(cell.strip()) <= 24 and self.words.search(cell, 0) is not None

    def classify(self, text: str, start: int, end: int) -> str | None:
        """``"label"``: a word ends just before the value (label-value form); ``"near"``: a word is
        in the surrounding window; ``"neg"``: a negative label is the closest label before the
        value; None: no context. In a table the column header decides first."""
        hdr = column_header(text, start)
        if hdr:
            if self.words.search(hdr, 0) is not None:
                return "label"
            if self.negative is not None and self.negative.search(hdr, 0) is not None:
                return "neg"
            if _GENERIC_HEADER.fullmatch(hdr) is None:
                # a document's number column (書類番号, 証番号) after a column naming the document: the row's cell
                # before it says whose number this is (運転免許証,620812942542) (round 14)
                if _NUMBER_HEADER_END.search(hdr) is not None and self._cell_before_names(text, start):
                    return "label"
                return None  # the column is named for something else (予約コード, 時間): words nearby do not name it
        lo = max(0, start - self.label_gap - 24)
        best_pos = -1
        for m in self.words.finditer_in(text, lo, start):
            if m.end() >= start - self.label_gap and _is_label_gap(text[m.end():start]):
                best_pos = max(best_pos, m.end())
        neg_pos = -1
        if self.negative is not None:
            for m in self.negative.finditer_in(text, lo, start):
                # not when the negative label's own value stands between it and this one
                # ("整理番号 88213\n<number>")
                if m.end() >= start - self.label_gap and _DIGIT.search(text, m.end(), start) is None \
                        and _PARTICLE_AFTER.match(text, m.end()) is None:  # (電話で確認して正しいのは …: no label, r25)
                    neg_pos = max(neg_pos, m.end())
        if neg_pos > best_pos and neg_pos >= 0:
            # a negative label right before the value wins unless it is part of a positive label
            return "neg"
        if best_pos >= 0:
            return "label"
        if self.words.near(text, start, end, self.near_before, self.near_after):
            return "near"
        return None


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def my_number_ok(d: str) -> bool:
    if len(d) != 12 or not d.isdigit():
        return False
    weights = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    s = sum(int(c) * w for c, w in zip(d[:11], weights))
    r = s % 11
    cd = 0 if r <= 1 else 11 - r
    return cd == int(d[11])


def corporate_number_ok(d: str) -> bool:
    if len(d) != 13 or not d.isdigit() or d[0] == "0":
        return False
    base = d[1:]
    s = 0
    for n, ch in enumerate(reversed(base), start=1):
        s += int(ch) * (1 if n % 2 == 1 else 2)
    return int(d[0]) == 9 - (s % 9)


def drivers_license_ok(d: str) -> bool:
    if len(d) != 12 or not d.isdigit():
        return False
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    s = sum(int(c) * w for c, w in zip(d[:10], weights))
    return (11 - s % 11) % 10 == int(d[10])


PUBLIC_SAFETY_CODES = frozenset(
    "10 11 12 13 14 20 21 22 23 24 25 30 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 "
    "60 61 62 63 64 65 70 71 72 73 74 80 81 82 83 90 91 92 93 94 95 96 97".split()
)


def runs_with(ctx, n_digits: int, groupings: tuple[list[int], ...] | None = None):
    """Digit runs of exactly ``n_digits`` digits whose grouping (``1234-5678`` -> [4, 4]) is one of
    ``groupings`` (any when None): yields (start, end, digits, grouping)."""
    text = ctx.text
    for start, end, digits in ctx.runs_of(n_digits):
        g = groups(text[start:end])
        if groupings is None or g in groupings:
            yield start, end, digits, g


def groups(raw: str) -> list[int]:
    """Lengths of the digit groups of a raw digit run (``1234-5678`` -> [4, 4])."""
    return [len(g) for g in _NON_DIGITS.split(raw) if g]


_NON_DIGITS = re.compile(r"[^0-9]+")


def seps(raw: str) -> set[str]:
    return set(re.findall(r"[^0-9]", raw))


# a value shown as the format of an identifier (形式は…、例は AB12345678CD のような形 / e.g. TK1234567):
# an example cue just before it or a "like this" right after it
_EXAMPLE_BEFORE = re.compile(r"(?i)(?<![事実前先判症特慣通条])例[はえ:：)）]|例えば|たとえば|記入例|形式[はがで:：]|e\.g\.|for example|such as|sample")
# (not a case: （過去のエラー事例）令和6年…旧旅券 TS… is a real case, round 24)
_EXAMPLE_AFTER = re.compile(r"[ 」』\"')）]{0,2}(?:のような|のように|の形式|の形|などの|といった|みたいな|みたいに)")


# a message naming the identifier, then the value after a colon on the same line: an error or log message
# ("個人番号の桁区切りが不正です: 7516-319-59500", "invalid My Number format: …")
_MESSAGE_VALUE = re.compile(r"[:：=][ \t]*[\"'「]?$")
_MESSAGE_REACH = 40


def message_value(text: str, start: int, words: ContextWords, reach: int = _MESSAGE_REACH) -> bool:
    """A label word earlier on the value's line (within ``reach`` characters) and the value right after a
    colon or equals sign: the value of a message about that identifier (any grouping)."""
    ls = text.rfind("\n", max(0, start - reach), start) + 1 or max(0, start - reach)
    if _MESSAGE_VALUE.search(text, ls, start) is None:
        return False
    return words.search(text, ls, start) is not None


def shown_as_example(text: str, start: int, end: int) -> bool:
    """The value is quoted as an example of the format, not given as someone's number."""
    return (_EXAMPLE_AFTER.match(text, end) is not None
            or _EXAMPLE_BEFORE.search(text, max(0, start - 16), start) is not None)


# an identifier split into its groups under a field named for it (issue 13, round 9): a JSON array, a tuple or an
# object of the groups ("kojin_bango": ["6021", "7753", "3840"], mynumber: { part1: '5173', … }), or the numbered
# fields of a form that gives each group a box (card_no_1=4356&card_no_2=7890&…)
_PART = r"[ \t]*(?:[\"']?[A-Za-z_]{1,12}[0-9]?[\"']?[ \t]*:[ \t]*)?[\"']?[0-9]{2,8}[\"']?"
_PART_GAP = 24  # characters between the numbered fields of one form
_GROUP = re.compile(r"(?<![0-9A-Za-z_])[0-9]{2,8}(?![0-9])")  # (not a part's own number: part1)


class SplitFields:
    """The groups of a number under field names matching ``words`` (a regex alternation), joined. ``first``: the
    characters a word can start with (a lookahead tried first at each position: the same matches, found faster)."""

    def __init__(self, words: str, first: str = ""):
        ahead = f"(?=[{first}])" if first else ""
        self.array = re.compile(r"(?i)" + ahead + r"(?<![a-z0-9_])(?:" + words + r")[\"'`\]]?[ \t]*(?:=>|=|:)[ \t]*[\[({]"
                                r"(?P<v>" + _PART + r"(?:[ \t]*,[ \t\n]*" + _PART + r"){1,5}[ \t]*)[\])}]")
        self.part = re.compile(r"(?i)" + ahead + r"(?<![a-z0-9_])(?:" + words + r")[_-]?(?P<k>[1-6])[\"'`\]]?[ \t]*(?:=>|=|:)"
                               r"[ \t]*[\"']?(?P<v>[0-9]{2,8})(?![0-9])")

    def values(self, text: str) -> list[tuple[int, int, str]]:
        """(start of the first group, end of the last, the digits joined) for each split number."""
        out = []
        for m in self.array.finditer(text):
            g = list(_GROUP.finditer(m.group("v")))
            out.append((m.start("v") + g[0].start(), m.start("v") + g[-1].end(), "".join(x.group() for x in g)))
        run: list[re.Match[str]] = []
        for m in [*self.part.finditer(text), None]:
            if m is not None and run and m.start() - run[-1].end() <= _PART_GAP and m.group("k") == str(len(run) + 1):
                run.append(m)
                continue
            if len(run) >= 2:
                out.append((run[0].start("v"), run[-1].end("v"), "".join(r.group("v") for r in run)))
            run = [m] if m is not None and m.group("k") == "1" else []
        return out


# a birth-date-like cell: 1988/02/11, 1975-10-30, 19960314 (a year 1900–2029)
_DATE_CELL = re.compile(r"(?:19|20)[0-9]{2}(?:[/.\-][01]?[0-9][/.\-][0-3]?[0-9]|[01][0-9][0-3][0-9])")
_ROW_SEPS = ",\t|;"


def dated_row_cell(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` fills a cell of a delimited row (CSV, TSV, a pipe-delimited QR payload) whose other cells
    hold a date: a record of a person with their birth date (SOGABE,MIHARU,TR8790779,1988/02/11,F), even with no header
    naming the columns (round 23). Bounded to the row's line."""
    ls = text.rfind("\n", max(0, start - _MAX_ROW_CHARS), start) + 1
    le = text.find("\n", end, end + _MAX_ROW_CHARS)
    le = len(text) if le < 0 else le
    before = text[start - 1] if start > ls else ""
    after = text[end] if end < le else ""
    if (before and before not in _ROW_SEPS) or (after and after not in _ROW_SEPS) or (not before and not after):
        return False
    sep = before or after
    return any(_DATE_CELL.fullmatch(c.strip(" \"'")) for c in text[ls:le].split(sep))
