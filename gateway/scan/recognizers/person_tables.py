"""Structural name rules of the PERSON recognizer: table/CSV columns named 氏名/名前, lists of rows
starting with a full name, staff headings (■山田 太郎（税務課 主任）) and romanised names after English
honorifics or record labels. Mixed into PersonRecognizer."""

from __future__ import annotations

import re

from gateway.scan import morphology
from gateway.scan.recognizers._text import field_tuples, line_matches, stable_key
from gateway.scan.recognizers.person_contacts import signature_contact, spaced_name_ok
from gateway.scan.recognizers.person_rules import namey
from gateway.scan.recognizers.sensitive_personal_info import FAMILIES
from gateway.scan.recognizers.person_lexicon import (
    STAFF_TITLES,
    TITLES_OFFICIAL,
    _INTRO_NAME,
    _INTRO_STAFF,
    _LATIN_CONTACT_NAME,
    INTRO_WORDS,
    _SIGNATURE_NAME,
    staff_headings,
    _CELL_SEP,
    _COLUMN_LABELS,
    _COLUMN_NAME,
    _LATIN_NAME,
    _LATIN_NOT_NAMES,
    _LATIN_PART,
    _LIST_MIN_ROWS,
    _LIST_ROW,
    _PERSONAL_DATA_RE,
)


# a column of job titles: rows whose title is a staff or official title list people in their office
# (a published directory of managers), not private persons
_TITLE_COLUMNS = frozenset({"役職", "役職名", "職名", "職位", "職", "肩書", "肩書き"})
_OFFICE_TITLES = STAFF_TITLES | frozenset(TITLES_OFFICIAL)
_OFFICIAL_NAME_COLUMNS = frozenset(t + "名" for t in ("課長", "部長", "局長", "室長", "所長", "次長", "係長", "校長", "園長",
                                                     "館長", "議員", "委員", "会長", "理事長", "市長", "町長", "村長",
                                                     "所属長", "管理職", "代表者"))
_PUBLIC_ROSTER_COLUMNS = frozenset({"会派", "所属会派", "党派", "政党", "期数", "当選回数", "選挙区", "議席番号",
                                    # historical figures: a column of their years of birth and death
                                    "生没年", "生年-没年", "没年", "生没", "在位"})
# the header words that make the column pass look at a line (title words are among the engine's triggers)
OFFICIAL_COLUMN_TRIGGERS = ("課長", "部長", "局長", "室長", "所長", "次長", "係長", "校長", "園長", "館長", "議員", "委員",
                            "会長", "理事長", "市長", "町長", "村長", "所属長", "管理職", "代表者")


_MAX_HEADER = 512
_LATIN_TITLE_BEFORE = re.compile(
    r"(?:mayor|governor|minister|director|president|chair(?:man|woman|person)?|professor|councill?or|ambassador|"
    r"secretary|superintendent|chief|head)[ \t,]*(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?[ \t]*)?$", re.IGNORECASE)
# a bare office title as a column header ("| 課名 | 課長 | 代表電話 |"): the column lists the holders of that office
# (not 会長, 委員, 代表者: residents' associations list their officers with private numbers)
_OFFICE_TITLE_COLUMNS = frozenset({"課長", "部長", "局長", "室長", "所長", "次長", "係長", "校長", "園長", "館長", "議員",
                                   "市長", "町長", "村長", "所属長", "管理職"})
# column headers in English, and a name split into a surname column and a given-name column (姓 | 名)
_EN_NAME_COLUMNS = frozenset({"name", "names", "full name", "fullname", "full_name", "name (kanji)", "氏名(漢字)",
                              "氏名(カナ)", "氏名(ふりがな)", "フリガナ", "ふりがな", "カナ氏名", "氏名カナ"})
_SURNAME_COLUMNS = frozenset({"姓", "姓(漢字)", "last name", "surname", "family name", "lastname", "last_name"})
_GIVEN_COLUMNS = frozenset({"名", "名(漢字)", "first name", "given name", "firstname", "first_name"})
# the header words that make the column pass look at a line, beside _COLUMN_LABELS and the title words
# (lower-case; the engine's trigger pass finds them): English headers, a 姓 column, a CSV "name," header
EXTRA_COLUMN_TRIGGERS = ("name ", "name\t", "name,", "name|", "full name", "姓", "surname", "last name", "family name",
                         "lastname", "last_name", "フリガナ", "ふりがな", "カナ氏名", "氏名カナ")
# spreadsheet cells pasted with their references: "A1: 名前　B1: 生年月日" heading "A2: 桑原 澪　B2: …"
_CELL_REF = re.compile(r"(?<![A-Za-z0-9])(?P<col>[A-Z]{1,2})(?P<row>[0-9]{1,5})[ \t]*:[ \t]*")
_EXTENSION_COLUMNS = frozenset({"内線", "内線番号", "ext", "ext.", "extension", "内線電話"})
# separators of a header line: CSV/TSV/pipe cells, or "/" between field names ("氏名／ふりがな／生年月日")
_HEADER_SEP = re.compile(r"\t|,|，|、|[|｜]|/")
# a label before the first field name ("項目：氏名／…")
_HEADER_PREFIX = re.compile(r"^[^:/|｜,\t]{1,8}:[ ]*")
# lines between a header and its first row (an export time stamp, a rule line, blank lines)
_HEADER_GAP = 5
_STAFF_RECORD_NEAR = 160  # characters before a header where a personnel-record heading names the table


def _name_column(text: str, p: int) -> tuple[str, int, int, int | None, int | None, bool] | None:
    """(separator, column index, start of the next line, job-title column index or None, given-name column
    index or None, a personnel record) when the line holding ``p`` is a table header (no digits) with a
    氏名/名前/name column, or a 姓 column followed by a 名 column."""
    ls = text.rfind("\n", max(0, p - _MAX_HEADER), p) + 1
    le = text.find("\n", p, p + _MAX_HEADER)
    if le < 0 or (ls == 0 and p > _MAX_HEADER):
        return None  # no line end close by: prose or a blob, not a header (bounded work per trigger)
    header = text[ls:le]
    m = _HEADER_SEP.search(header)
    if m is None or re.search(r"[0-9]", header):
        return None
    sep = m.group(0)
    cells = [c.strip(" \t|｜") for c in header.split(sep)]
    cells[0] = _HEADER_PREFIX.sub("", cells[0])
    low = [c.lower() for c in cells]
    if sep == "/" and (len(cells) < 3 or any(len(c) > 10 for c in cells)):
        return None  # "/" parts a header only as a list of short field names
    col = next((k for k, c in enumerate(cells) if c in _COLUMN_LABELS or c in _OFFICIAL_NAME_COLUMNS
                or c in _OFFICE_TITLE_COLUMNS or low[k] in _EN_NAME_COLUMNS), None)
    given = None
    if col is None:
        col = next((k for k in range(len(low) - 1) if low[k] in _SURNAME_COLUMNS and low[k + 1] in _GIVEN_COLUMNS),
                   None)
        if col is None:
            return None
        given = col + 1
    # every row names someone in office: a column of managers' names (課長名), a council roster (会派, 期数), or
    # the staff of the office with their extension numbers (内線)
    officials = cells[col] in _OFFICIAL_NAME_COLUMNS or cells[col] in _OFFICE_TITLE_COLUMNS \
        or not _PUBLIC_ROSTER_COLUMNS.isdisjoint(cells) or not _EXTENSION_COLUMNS.isdisjoint(low)
    title_col = next((k for k, c in enumerate(cells) if c in _TITLE_COLUMNS), None)
    # a personnel record about the people listed: in the header (能力評価) or the heading above it (人事評価結果)
    record = _STAFF_RECORD_RE.search(text, max(0, ls - _STAFF_RECORD_NEAR), le) is not None
    return sep, col, le + 1, -1 if officials else title_col, given, record


def _cellref_header(text: str, p: int) -> tuple[str, int] | None:
    """(column letter, start of the next line) when the line holding ``p`` is a header of cell references whose
    name cell is at that column ("A1: Name  B1: DOB")."""
    ls = text.rfind("\n", max(0, p - _MAX_HEADER), p) + 1
    le = text.find("\n", p, p + _MAX_HEADER)
    if le < 0 or (ls == 0 and p > _MAX_HEADER) or ":" not in text[ls:le]:
        return None
    refs = list(_CELL_REF.finditer(text, ls, le))
    if len(refs) < 2:
        return None
    col = None
    for i, m in enumerate(refs):
        val = text[m.end():refs[i + 1].start() if i + 1 < len(refs) else le].strip(" \t")
        if re.search(r"[0-9]", val):
            return None  # a row of values, not a header
        if col is None and (val in _COLUMN_LABELS or val.lower() in _EN_NAME_COLUMNS):
            col = m.group("col")
    return (col, le + 1) if col is not None else None


_KANA_ONLY = re.compile(r"[ぁ-ゖ]+")


def _famous(name: str) -> bool:
    """A whole name the dictionary lists as a well-known person (伊能 忠敬 in a history table)."""
    toks = morphology.tokenize(re.sub(r"[ \t　|｜,、/]", "", name))
    return len(toks) == 1 and toks[0].is_famous_person


def _kana_nouns(part: str) -> bool:
    toks = morphology.tokenize("".join(chr(ord(c) + 0x60) for c in part))
    return len(toks) == 1 and toks[0].pos[0] == "名詞"


def _cell_name_ok(name: str) -> bool:
    """A spaced name, or one the dictionary starts with a surname (not 中央図書館 under a 名前 header)."""
    if re.search(r"[ \t]", name):
        return True
    toks = morphology.tokenize(name)
    return bool(toks) and toks[0].is_surname and len(toks) <= 3


def _cellref_value(text: str, ls: int, le: int, col: str) -> tuple[int, str] | None:
    """(start, value) of the cell at column ``col`` on the line [ls, le)."""
    refs = list(_CELL_REF.finditer(text, ls, le))
    for i, m in enumerate(refs):
        if m.group("col") == col:
            end = refs[i + 1].start() if i + 1 < len(refs) else le
            val = text[m.end():end].rstrip(" \t")
            return m.end(), val
    return None


def _cell(line: str, sep: str, col: int) -> tuple[int, str] | None:
    """(offset in the line, name) of column ``col`` when it holds a name-shaped value."""
    parts = line.split(sep)
    if col >= len(parts):
        return None
    off = sum(len(x) + len(sep) for x in parts[:col])
    cell = parts[col]
    name = cell.strip(" \t|｜")
    if not name or not _COLUMN_NAME.fullmatch(name):
        return None
    return off + len(cell) - len(cell.lstrip(" \t|｜")), name


_NAME_PART = re.compile(r"[一-鿿㐀-䶿々〆ヶ]{1,4}|[ァ-ヺー]{1,8}|[ぁ-ゖ]{2,5}|" + _LATIN_PART)


def _split_cells(line: str, sep: str, col: int) -> tuple[int, str] | None:
    """(offset in the line, surname cell to given-name cell) when columns ``col`` and ``col + 1`` hold the two
    parts of a name."""
    parts = line.split(sep)
    if col + 1 >= len(parts):
        return None
    sur, giv = parts[col].strip(" \t|｜"), parts[col + 1].strip(" \t|｜")
    if not sur or not giv or not _NAME_PART.fullmatch(sur) or not _NAME_PART.fullmatch(giv):
        return None
    off = sum(len(x) + len(sep) for x in parts[:col])
    s = off + len(parts[col]) - len(parts[col].lstrip(" \t|｜"))
    e = off + len(parts[col]) + len(sep) + len(parts[col + 1].rstrip(" \t|｜"))
    return s, line[s:e]


# a roster row naming someone by a public role or office ("2 野口 文子　緑野市社会福祉協議会 会長",
# "1 佐伯 康夫　緑野大学 名誉教授"): a published list of committee members or officers, not private persons —
# unless the row also holds personal data (a phone, an address, a birth date)
_PUBLIC_ROLE = re.compile("|".join(sorted(STAFF_TITLES | {
    "教授", "准教授", "委員", "委員長", "副委員長", "議員", "議長", "校長", "園長", "館長", "院長", "弁護士", "医師", "税理士",
    "社長", "取締役"}, key=len, reverse=True)))
# officers of an association count as public only with the organisation named, and never those of a residents'
# association (自治会, 町内会 …), whose officers are private residents
_ASSOC_ROLE = re.compile(r"(?:副?会長|理事長?|代表(?:理事)?|顧問|監事|幹事)")
_ASSOC_ORG = re.compile(r"(?:大学|協議会|会議所|医師会|歯科医師会|薬剤師会|法人|株式会社|協会|連合会|組合|学会|病院|委員会)")
_RESIDENTS_ASSOC = re.compile(r"(?:自治会|町内会|町会|子ども会|老人クラブ|管理組合|PTA)")


def _public_role_row(text: str, e: int) -> bool:
    le = text.find("\n", e, e + 80)
    tail = text[e:le if le >= 0 else min(len(text), e + 80)]
    if _PERSONAL_DATA_RE.search(tail) is not None or _RESIDENTS_ASSOC.search(tail) is not None:
        return False
    return _PUBLIC_ROLE.search(tail) is not None or _PARTY.search(tail) is not None or (
        _ASSOC_ROLE.search(tail) is not None and _ASSOC_ORG.search(tail) is not None)


# a council member's political group in brackets after the name: "高畑 義明 君（市民クラブ）", "森 由紀子（公明党）"
_PARTY = re.compile(r"^[ ]?(?:君|議員|氏)?[ ]?\([^()\n]{0,12}(?:党|クラブ|無所属|会派|の会|フォーラム|ネット)\)")


_STAFF_TITLE_RE = re.compile("|".join(sorted(STAFF_TITLES, key=len, reverse=True)))
_STAFF_RECORD_RE = re.compile("|".join(FAMILIES["personnel"][1] + FAMILIES["discipline"][1]))


def _title_cell(line: str, sep: str, col: int) -> bool:
    parts = line.split(sep)
    return col < len(parts) and parts[col].strip(" \t|｜　") in _OFFICE_TITLES


# an office unit or employer on a signature line: the person signs as staff
# a pupil named with the class: "ひなたさん(3年1組)", "蓮くん(小2・1組)" — a child identified at school
_CLASS_PUPIL = re.compile(
    r"(?<![ぁ-ゖァ-ヺー一-鿿々〆ヶ])(?P<name>[ぁ-ゖァ-ヺー一-鿿々〆ヶ]{2,6}?)(?:さん|くん|君|ちゃん)"
    r"\((?:小|中|高)?[0-9一二三四五六]年?[ ・]?[0-9A-Za-z一二三四五六七八九十]{1,2}組\)")
# "3年2組 吉川 そら:", "・5年1組 河合 ゆうま 君": a pupil named after the school class
# (found from each "組": the class before it, the name after it — no pass over the whole text)
_CLASS_HEAD = re.compile(r"[0-9一二三四五六]年[ ]?[0-9A-Za-z一二三四五六七八九十]{1,2}$")
_CLASS_NAME = re.compile(
    r"[ \t　]+(?P<name>[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4})(?=[ 　]?(?:[:(（、,\n]|さん|くん|君|ちゃん|$)|[ \t　])")
# the name ends its field ("3年2組 吉川 そら:"); a name followed by a space and more words ("2年3組 千葉 蒼空　不登校") is
# confirmed by the name model
def _pupil_name_ok(name: str) -> bool:
    """After a school class: the name model, or a proper noun first (many surnames are place names: 千葉, 熊本)
    — not a common noun (担任 佐藤)."""
    if spaced_name_ok(name):
        return True
    toks = morphology.tokenize(re.split(r"[ 　]", name, maxsplit=1)[0])
    return len(toks) == 1 and toks[0].pos[1] == "固有名詞"


_CLASS_NAME_END = re.compile(r"[ 　]?(?:[:(（、,\n]|さん|くん|君|ちゃん|$)")
_UNIT_LINE = re.compile(r"(?:課|係|室|部|局|センター|事務所|市役所|区役所|町役場|村役場|株式会社|\(株\)|有限会社|"
                        r"法人|協会|組合|Inc\.|Co\.,|Ltd|Division|Department|Section|City Hall|City Office)")


# field names that hold a person's name in code, SQL and logs
NAME_FIELDS = frozenset({"name", "full_name", "fullname", "shimei", "namae", "person_name", "resident_name",
                         "citizen_name", "applicant_name", "patient_name", "customer_name", "kanji_name", "name_kanji",
                         "name_kana", "kana_name"})


class PersonTablesMixin:
    ENTITY = "PERSON"

    def _latin_names(self, text: str):
        for m in _LATIN_NAME.finditer(text):
            name = m.group("name")
            full = " " in name.strip() or "\t" in name
            if m.group("lab") is not None and (not full or _LATIN_NOT_NAMES.intersection(name.split())):
                continue  # "Customer Service", "Patient Care Plan": a label needs a full name after it
            form = "honorific" if m.group("hon") else "label"
            # "The Mayor, Ms. Keiko Tanabe", "Director Mr. Ito": a person in office
            official = _LATIN_TITLE_BEFORE.search(text, max(0, m.start() - 28), m.start("name")) is not None
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.85 if full else 0.6, form=form, full_name=full,
                honorific=m.group("hon"), label=form == "label", official=official,
                strength="strong" if full else "medium",
                person_key=stable_key(re.sub(r"[ \t]", "", name)),
            )

    def _list_rows(self, text: str):
        """A list of at least three consecutive rows that each start with a full name (surname, space,
        given name, confirmed by the dictionary): a roster even without a 氏名 header."""
        run: list[re.Match[str]] = []
        prev_end = -2
        for m in line_matches(_LIST_ROW, text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if line_start != prev_end + 1:  # not the line right after the previous row
                yield from self._confirm_rows(run)
                run = []
            run.append(m)
            le = text.find("\n", m.end())
            prev_end = le if le >= 0 else len(text)
        yield from self._confirm_rows(run)

    def _confirm_rows(self, rows: list[re.Match[str]]):
        if len(rows) < _LIST_MIN_ROWS:
            return
        named = []
        kana, kana_confirmed = [], False
        for m in rows:
            surname, given = re.split(r"[ 　]", m.group("name"), maxsplit=1)
            if _KANA_ONLY.fullmatch(surname):
                # names in hiragana: each part one noun once read in katakana, one row at least a name to the
                # dictionary (which knows few readings); the rows stand together
                if _kana_nouns(surname) and _kana_nouns(given):
                    kana.append(m)
                    kana_confirmed = kana_confirmed or spaced_name_ok(m.group("name"))
                continue
            t1 = morphology.tokenize(surname)
            t2 = morphology.tokenize(given)
            if t1 and t2 and t1[0].is_surname and (t2[0].is_given_name or t2[0].is_person or
                                                   (len(t2) == 1 and namey(t2[0], False))):
                whole = morphology.tokenize(surname + given)
                if len(whole) == 1 and whole[0].is_famous_person:
                    continue  # 夏目 漱石 in a reading list is not a private person
                named.append(m)
        if kana_confirmed:
            named = sorted(named + kana, key=lambda m: m.start())
        if len(named) < _LIST_MIN_ROWS or len(named) * 2 < len(rows):
            return
        # staff rows under a heading that names a personnel record (人事評価結果, 勤勉手当 成績率 …) are its subjects
        first = named[0].start()
        hs = named[0].string.rfind("\n", 0, max(0, named[0].string.rfind("\n", 0, first) - 1)) + 1
        heading = named[0].string[max(hs, first - 120):first]
        record = _STAFF_RECORD_RE.search(heading) is not None
        residents = _RESIDENTS_ASSOC.search(heading) is not None
        for m in named:
            official = not residents and _public_role_row(m.string, m.end("name"))
            staff = official and _STAFF_TITLE_RE.search(m.string, m.end("name"), m.end("name") + 16) is not None
            meta = {"subject": True} if staff and record else {}
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.8, form="label", full_name=True, honorific=None,
                label=True, official=official, staff=staff, strength="strong",
                person_key=stable_key(re.sub(r"[ \t　]", "", m.group("name"))), **meta,
            )

    def _column_names(self, text: str, p: int) -> tuple[list, int]:
        """A CSV/TSV/pipe header line naming a 氏名/名前 column: the cells of that column in the following lines
        (up to 300 lines; the first row within a few lines of the header) as label-form names, and where the
        reading stopped (-1 when the line holding ``p`` is no such header)."""
        header = _name_column(text, p)
        if header is None:
            return self._cellref_names(text, p)
        sep, col, pos, title_col, given, record = header
        out = []
        rows = gap = 0
        for _ in range(300):
            if pos >= len(text):
                break
            nle = text.find("\n", pos)
            if nle < 0:
                nle = len(text)
            line = text[pos:nle]
            if sep not in line:
                if rows or gap >= _HEADER_GAP:
                    break
                gap += 1
                pos = nle + 1
                continue
            cell = _cell(line, sep, col) if given is None else _split_cells(line, sep, col)
            if cell is not None and cell[1] not in _COLUMN_LABELS:  # not a header row repeated
                rows += 1
                s, name = pos + cell[0], cell[1]
                official = title_col == -1 or (title_col is not None and _title_cell(line, sep, title_col)) \
                    or _famous(name)
                meta = {"subject": True} if official and record else {}
                out.append(self.result(
                    self.ENTITY, s, s + len(name), 0.8, form="label", full_name=True, honorific=None,
                    label=True, official=official, staff=official, strength="strong",
                    person_key=stable_key(re.sub(r"[ \t|｜,、/]", "", name)), **meta,
                ))
            pos = nle + 1
        return out, pos

    def _cellref_names(self, text: str, p: int) -> tuple[list, int]:
        """Spreadsheet cells pasted with their references: the name cells of the rows below a header of cell
        references ("A1: Name  B1: DOB" / "A2: Lin Mei-Hua  B2: 1991/07/08"), and where the reading stopped."""
        header = _cellref_header(text, p)
        if header is None:
            return [], -1
        col, pos = header
        out = []
        for _ in range(300):
            if pos >= len(text):
                break
            nle = text.find("\n", pos)
            nle = len(text) if nle < 0 else nle
            cell = _cellref_value(text, pos, nle, col) if ":" in text[pos:nle] else None
            if cell is None:
                break
            s, name = cell
            if _COLUMN_NAME.fullmatch(name) and _cell_name_ok(name):
                out.append(self.result(
                    self.ENTITY, s, s + len(name), 0.8, form="label", full_name=True, honorific=None, label=True,
                    official=False, staff=False, strength="strong",
                    person_key=stable_key(re.sub(r"[ \t]", "", name)),
                ))
            pos = nle + 1
        return out, pos

    def _staff_headings(self, text: str):
        """A heading/list line "■<surname> <given>(<unit> <title>)": a member of staff named as the
        subject of what follows (evaluation, interview, health or disciplinary notes). Reported as
        official staff: only a personnel record about them makes it count."""
        for s, e, name in staff_headings(text):
            parts = re.split(r"[ 　]", name, maxsplit=1)
            if len(parts) == 1:
                # no space: the dictionary must see a surname and more (not one word before a bracket)
                toks = morphology.tokenize(parts[0])
                if len(toks) < 2 or not toks[0].is_surname:
                    continue
            # "<2–3 kanji> <given>(<unit> <title>)" is specific enough: many surnames are place names
            yield self.result(
                self.ENTITY, s, e, 0.6, form="title", full_name=True, honorific=None,
                label=False, official=True, staff=True, subject=True, strength="medium",
                person_key=stable_key(re.sub(r"[ \t　]", "", name)),
            )

    def _signature_names(self, text: str):
        """A line holding only a full name, followed within three lines by a personal mobile number
        or a free-mail address: a signature or an address block of a private person."""
        for m in line_matches(_SIGNATURE_NAME, text):
            # "山田 太郎\n総務課 …": a member of staff signing with the office's details
            staff = signature_contact(text, m.start(), m.end(), _UNIT_LINE)
            if staff is None:
                continue
            if staff and _RESIDENTS_ASSOC.search(text, max(0, m.start() - 40), m.start()) is not None:
                staff = False  # "みどり野台自治会 防犯部\n菅谷 和臣": a resident signing for an association
            name = m.group("name")
            if not spaced_name_ok(name):
                continue
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.6, form="context", full_name=True, honorific=None,
                label=False, official=staff, staff=staff, strength="medium",
                person_key=stable_key(re.sub(r"[ \t　]", "", name)),
            )

    def _intro_names(self, text: str, hits: dict[str, list[int]]):
        """Self-introductions: the name right before と申します / といいます (kanji, hiragana with a
        space, katakana, romanised). "<unit>の山田と申します" is staff in an official capacity."""
        for w in INTRO_WORDS:
            for p in hits.get(w, ()):
                ls = text.rfind("\n", max(0, p - 24), p) + 1
                m = _INTRO_NAME.search(text, max(ls, p - 24), p)
                if m is None or re.search(r"[一-鿿々]の|の[一-鿿々]", m.group("name")):
                    continue  # 担当の者と申します: not a name
                staff = _INTRO_STAFF.search(text, max(ls, m.start("name") - 16), m.start("name")) is not None
                name = m.group("name")
                yield self.result(
                    self.ENTITY, m.start("name"), m.end("name"), 0.5 if staff else 0.8, form="intro",
                    full_name=True, honorific=None, label=True, official=staff, staff=staff,
                    strength="medium" if staff else "strong",
                    person_key=stable_key(re.sub(r"[ \t　]", "", name)),
                )

    def _class_pupils(self, text: str):
        """A name with an honorific and a school class in brackets, or right after the class: the class
        identifies the child."""
        p = text.find("組")
        while p >= 0:
            m = _CLASS_NAME.match(text, p + 1) if _CLASS_HEAD.search(text, max(0, p - 6), p) else None
            p = text.find("組", p + 1)
            if m is None:
                continue
            name = m.group("name")
            if _CLASS_NAME_END.match(text, m.end()) is None and not _pupil_name_ok(name):
                continue
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.8, form="label", full_name=True,
                honorific=None, label=True, official=False, strength="strong",
                person_key=stable_key(re.sub(r"[ \t　]", "", name)),
            )
        for m in _CLASS_PUPIL.finditer(text) if "組)" in text else ():  # every match ends in "組)"
            name = m.group("name")
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.8, form="label", full_name=False,
                honorific=None, label=True, official=False, strength="strong", person_key=stable_key(name),
            )

    def _latin_contact_names(self, text: str):
        for m in _LATIN_CONTACT_NAME.finditer(text):
            name = m.group("name")
            yield self.result(
                self.ENTITY, m.start("name"), m.end("name"), 0.7, form="context", full_name=True, honorific=None,
                label=False, official=False, strength="medium", person_key=stable_key(name.replace(" ", "")),
            )

    def _field_tuple_names(self, text: str):
        """(name, birth_date)=('長谷川 美和', …) / INSERT … (name, …) VALUES ('…', …): the value of a
        name field."""
        for col, s, e in field_tuples(text):
            if col in NAME_FIELDS and s < e and _COLUMN_NAME.fullmatch(text, s, e):
                yield self.result(
                    self.ENTITY, s, e, 0.8, form="label", full_name=True, honorific=None, label=True,
                    official=False, strength="strong", person_key=stable_key(re.sub(r"[ \t　]", "", text[s:e])),
                )
