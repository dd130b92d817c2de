"""Table columns of the PERSON recognizer (mixed into PersonRecognizer): a CSV/TSV/pipe header (or field names parted by
"/", or cells with their references) naming a 氏名/名前/name column, or 姓 then 名: its cells below are label-form names.
Columns of office titles, extensions, political groups, years of birth and death, a duty table by unit, organisations'
work contacts list people in office or in history; a personnel-record heading makes listed staff the record's subjects."""

from __future__ import annotations

from gateway.scan import rx as re

from gateway.scan import morphology
from gateway.scan.recognizers.person_contacts import latin_name_ok, spaced_name_ok
from gateway.scan.recognizers.person_capacity import contact_columns, staff_drill
from gateway.scan.recognizers._field_keys import NAME_KEYS
from gateway.scan.recognizers._text import header_digits, named_columns, stable_key
from gateway.scan.recognizers.person_lexicon import (STAFF_TITLE_ALT, STAFF_TITLES, TITLES_OFFICIAL, _COLUMN_LABELS, _COLUMN_NAME,
                                                     _LATIN_PART)
from gateway.scan.recognizers.sensitive_personal_info import FAMILIES, KEYWORDS

_STAFF_RECORD_RE = re.compile("|".join(FAMILIES["personnel"][1] + FAMILIES["discipline"][1] + (  # (a staff health record's
    "健診結果", "ストレスチェック", "高ストレス", "面接指導", "ストレス反応", "要精密検査", "血糖値", "HbA1c")))  # columns: r40)


# a column of job titles: rows whose title is a staff or official title list people in their office (a directory of managers)
_TITLE_COLUMNS = frozenset({"役職", "役職名", "職名", "職位", "職", "肩書", "肩書き", "新職名", "新職", "新役職", "現職名", "現職",
                            "旧職名", "旧職"})  # (a personnel announcement's new and old posts: 新職名 | 氏名 | 旧職名)
_OFFICE_TITLES = STAFF_TITLES | frozenset(TITLES_OFFICIAL)
# the staff's title and name in one column (| 所属 | 職・氏名 | 業績 |: an evaluation sheet, round 22)
_TITLED_NAME_COLUMNS = frozenset({"職・氏名", "職氏名", "職名・氏名", "役職・氏名", "職/氏名", "職名/氏名", "役職/氏名"})
_OFFICIAL_NAME_COLUMNS = frozenset(t + "名" for t in ("課長", "部長", "局長", "室長", "所長", "次長", "係長", "校長", "園長",
                                                     "館長", "議員", "委員", "会長", "理事長", "市長", "町長", "村長",
                                                     "所属長", "管理職", "代表者", "医師", "院長", "施設長", "講師"))
_PUBLIC_ROLE_COLUMNS = frozenset(t + "名" for t in ("議員", "委員", "会長", "理事長", "代表者", "医師", "院長", "施設長", "講師")) \
    | {"園長", "校長", "館長", "院長", "施設長"}  # the head of an institution by their post (a nursery's 園長 column, round 14)
# a column naming businesses, and one naming their representatives (a vendor list, not an association's officers)
_BUSINESS_COLUMNS = frozenset({"事業者名", "事業者", "事業所名", "商号", "商号又は名称", "商号または名称", "法人名", "会社名",
                               "店舗名", "店名", "業者名", "医療機関名", "指定管理者"})
_REPRESENTATIVE_COLUMNS = frozenset({"代表者", "代表", "代表者氏名", "代表者名"})
_PRIVATE_CELL = re.compile(r"生年月日|年齢|性別|自宅|個人|私用|続柄|住所|病|健康|家族")
_PUBLIC_ROSTER_COLUMNS = frozenset({"会派", "所属会派", "党派", "政党", "期数", "当選回数", "選挙区", "議席番号", "生没年",
                                    "生年-没年", "没年", "生没", "在位"})  # (historical figures: their years of birth and death)
# the header words that make the column pass look at a line (title words are among the engine's triggers)
OFFICIAL_COLUMN_TRIGGERS = ("事業者名", "商号", "会社名", "業者名", "店舗名", "課長", "部長", "局長", "室長", "所長", "次長", "係長", "校長", "園長", "館長", "議員", "委員",
                            "会長", "理事長", "市長", "町長", "村長", "所属長", "管理職", "代表者", "医師名", "院長名", "施設長名", "講師名")

_MAX_HEADER = 512
_LATIN_TITLE_BEFORE = re.compile(
    r"(?:mayor|governor|minister|director|president|chair(?:man|woman|person)?|professor|councill?or|ambassador|"
    r"secretary|superintendent|chief|head|"
    # a post of the office's public service desk ("ask our librarian Ms. Aya Kondo at the reference desk", round 12)
    r"librarian|curator|receptionist|interpreter|coordinator|instructor|lecturer|spokes(?:person|man|woman))"
    r"[ \t,]*(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?[ \t]*)?$", re.IGNORECASE)
# a bare office title as a column header (| 課名 | 課長 |): its holders (not 会長, 委員, 代表者: residents' bodies' officers)
_OFFICE_TITLE_COLUMNS = frozenset({"課長", "部長", "局長", "室長", "所長", "次長", "係長", "校長", "園長", "館長", "議員",
                                   "市長", "町長", "村長", "所属長", "管理職"})
# column headers in English, and a name split into a surname column and a given-name column (姓 | 名)
_KANA_NAME_COLUMNS = ("シメイ", "シメイカナ", "カナシメイ", "シメイカンジ", "メイギニン", "コウザメイギ", "メイギ", "メイギカナ")
_EN_NAME_COLUMNS = frozenset({"name", "names", "full name", "fullname", "full_name", "name (kanji)", "氏名(漢字)",
                              "氏名(カナ)", "氏名(ふりがな)", "フリガナ", "ふりがな", "カナ氏名", "氏名カナ",
                              # a residence card's name in Latin letters (氏名（ローマ字）, 英字氏名: r15)
                              "氏名(ローマ字)", "氏名(英字)", "氏名(アルファベット)", "ローマ字氏名", "英字氏名",
                              # romanised Japanese headers of a legacy export ("No,Shimei,Furigana,Seinengappi")
                              "shimei", "simei", "namae", "furigana", "hurigana", "kana_shimei", "shimei_kana",
                              # a legacy system's half-width kana headers (ｼﾒｲｶﾅ, ﾒｲｷﾞﾆﾝ fold to these, round 18)
                              *_KANA_NAME_COLUMNS, *NAME_KEYS})  # (abbreviated keys of real systems: nm, kj_nm …)
_SURNAME_COLUMNS = frozenset({"姓", "姓(漢字)", "last name", "surname", "family name", "lastname", "last_name"})
_SURNAME_ALONE = frozenset({"氏", "姓", "苗字", "名字", "職員"})  # (所属,職員,休暇種別: r41)
_GIVEN_COLUMNS = frozenset({"名", "名(漢字)", "first name", "given name", "firstname", "first_name"})
# a header cell naming the people of the rows by their role (申込児童, 入所者, 対象者名): header grammar
_PERSON_HEADER_NOUNS = ("児童", "園児", "生徒", "利用者", "対象者", "申込者", "申請者", "相談者", "入所者", "入居者", "受給者",
                        # the holder of a record in a municipal system's export (世帯主, 被保護者, 納税義務者 …)
                        "世帯主", "被保護者", "被保険者", "納税義務者", "納税者", "保護者", "患者", "契約者", "請求者", "所有者", "滞納者",
                        # a payment record's payee and a return's dependants (支払調書, 扶養控除 lists: round 13)
                        "支払を受ける者", "受取人", "被扶養者", "扶養親族",
                        # a case conference's children (| 対象児 | 年齢 | 状況 |; round 14)
                        "対象児", "該当児", "在園児", "入所児",
                        # the holder of a contract, a tenancy or a register entry (名義人, 使用者, 選挙人, り災者: r15)
                        "名義人", "使用者", "居住者", "借受人", "選挙人", "傷病者", "り災者", "罹災者", "受診者",
                        "相手方", "原告", "被告", "申立人", "請求人", "審査請求人",  # (a case list's parties: r33)
                        "候補者", "応募者", "受験者")  # (a selection's candidates, round 41)
_PERSON_HEADER = re.compile(r"[一-鿿]{0,4}(?:" + "|".join(_PERSON_HEADER_NOUNS) + r")(?:名|氏名)?")
# the same in English headers ("| Client | Age | Issue |")
_EN_ROLE_COLUMNS = ("client", "patient", "pupil", "student", "tenant", "applicant", "resident", "child")
# header words (lower-case, the trigger pass's) beside _COLUMN_LABELS and the titles: English, 姓, "name,", roles
EXTRA_COLUMN_TRIGGERS = ("name ", "name\t", "name,", "name|", "full name", "姓", "surname", "last name", "family name",
                         "\t氏", "氏\t", ",氏", "氏,", "|氏", "氏|", "苗字", "名字", "職員,", "職員\t", "| 職員 |", "|職員|",
                         "lastname", "last_name", "フリガナ", "ふりがな", "カナ氏名", "氏名カナ") + tuple(
    n + sep for n in _KANA_NAME_COLUMNS for sep in ("\t", ",", "|")) + tuple(
    n + sep for n in ("shimei", "simei", "namae", "furigana", "hurigana") + NAME_KEYS
    for sep in ("\t", ",", "|", " ", '",', '"\t')) + tuple(  # ("shimei","nenrei": a quoted header, round 30)
    n + sep for n in _PERSON_HEADER_NOUNS for sep in ("\t", ",", "|", " |", "名\t", "名,", "名|", "名 |", "\n", "名\n")) + tuple(
    n + sep for n in _EN_ROLE_COLUMNS for sep in ("\t", ",", " |"))
# spreadsheet cells pasted with their references: "A1: 名前　B1: 生年月日" heading "A2: 桑原 澪　B2: …"
_CELL_REF = re.compile(r"(?<![A-Za-z0-9])(?P<col>[A-Z]{1,2})(?P<row>[0-9]{1,5})[ \t]*:[ \t]*")
_EXTENSION_COLUMNS = frozenset({"内線", "内線番号", "ext", "ext.", "extension", "内線電話", "office phone", "work phone", "office tel", "direct line"})
# separators of a header line: CSV/TSV/pipe cells, or "/" between field names ("氏名／ふりがな／生年月日")
_HEADER_SEP = re.compile(r"\t|,|，|、|[|｜]|/")
# a label before the first field name ("項目：氏名／…")
_HEADER_PREFIX = re.compile(r"^[^:/|｜,\t]{1,8}:[ ]*")
# lines between a header and its first row (an export time stamp, a rule line, blank lines)
_HEADER_GAP = 5
_STAFF_RECORD_NEAR = 160  # characters before a header where a personnel-record heading names the table


def _prose_columns(text: str, header: str, le: int) -> tuple[str, list[str]] | None:
    """(the rows' separator, the column names): ``header`` names the columns in prose, a tab- or comma-parted row below."""
    cells = named_columns(header)
    if cells is None:
        return None
    pos = le + 1
    for _ in range(_HEADER_GAP):
        nle = text.find("\n", pos, pos + _MAX_HEADER)
        row = text[pos:nle if nle >= 0 else min(len(text), pos + _MAX_HEADER)]
        if row.strip():
            sep = "\t" if "\t" in row else "," if "," in row else None
            return (sep, cells) if sep is not None else None
        if nle < 0:
            return None
        pos = nle + 1
    return None


def _name_column(text: str, p: int) -> tuple[str, int, int, int | tuple[int, int] | None, int | None, bool, bool,
                                             bool] | None:
    """(separator, column index, start of the next line, job-title column index or None, given-name column
    index or None, a personnel record, a public role, the column named by a role) when the line holding ``p`` is a
    table header (no digits) with a 氏名/名前/name column, a 姓 column followed by a 名 column, or a column named by the
    role of the people listed (申込児童, 入所者)."""
    ls = text.rfind("\n", max(0, p - _MAX_HEADER), p) + 1
    le = text.find("\n", p, p + _MAX_HEADER)
    if le < 0 or (ls == 0 and p > _MAX_HEADER):
        return None  # no line end close by: prose or a blob, not a header (bounded work per trigger)
    header = text[ls:le]
    prose = _prose_columns(text, header, le)
    if prose is not None:
        sep, cells = prose  # the request names the columns of a headerless paste (列は左から 記号・番号・氏名 …, r15)
    else:
        m = _HEADER_SEP.search(header)
        if m is None or header_digits(header):
            return None
        sep = m.group(0)
        cells = [c.strip(" \t|｜\"'") for c in header.split(sep)]  # ("shimei","nenrei": quoted header cells, round 30)
        cells[0] = _HEADER_PREFIX.sub("", cells[0])
    low = [c.lower() for c in cells]
    if sep == "/" and (len(cells) < 3 or any(len(c) > 10 for c in cells)):
        return None  # "/" parts a header only as a list of short field names
    # a column of private names (氏名, 患者名, 受講者名 …) before a column of officials (医師名 | 患者名: the patients)
    col = next((k for k, c in enumerate(cells) if c in _COLUMN_LABELS or low[k] in _EN_NAME_COLUMNS
                or c in _TITLED_NAME_COLUMNS), None)
    by_role = False
    if col is None:
        col = next((k for k, c in enumerate(cells) if _PERSON_HEADER.fullmatch(c) or low[k] in _EN_ROLE_COLUMNS), None)
        by_role = col is not None  # the cells must read as names (not 高齢者 under 対象者)
    if col is None:
        col = next((k for k, c in enumerate(cells) if c in _OFFICIAL_NAME_COLUMNS or c in _OFFICE_TITLE_COLUMNS), None)
    business = False
    if col is None and not _BUSINESS_COLUMNS.isdisjoint(cells):
        # a list of businesses with their representative (事業者名 | 代表者 | 所在地): not a residents' association
        col = next((k for k, c in enumerate(cells) if c in _REPRESENTATIVE_COLUMNS or (  # (a vendor's contact: 担当者, r42)
            c in ("担当者", "担当者名") and not any(_PRIVATE_CELL.search(c) for c in cells))), None)
        business = col is not None
    given = None
    if col is None:
        # (姓 | 名, or the English order First name | Last name)
        col = next((k for k in range(len(low) - 1) if (low[k] in _SURNAME_COLUMNS and low[k + 1] in _GIVEN_COLUMNS)
                    or (low[k] in _GIVEN_COLUMNS and low[k + 1] in _SURNAME_COLUMNS)), None)
        if col is None:  # (or a surname column alone, its cells read as names: 所属 | 職名 | 氏 | 病休日数, round 33)
            col = next((k for k, c in enumerate(cells) if c in _SURNAME_ALONE), None)
            if col is None:
                return None
            by_role = True
        else:
            given = col + 1
    # every row names someone in office: managers' names (課長名), a council roster (会派, 期数), staff with extensions (内線)
    # (round 41) people of organisations with their work contacts (所属 | 部署 | 氏名 | ふりがな | メール), a contractor's team
    contacts = contact_columns(text, ls, cells) or (  # (organisations' people with work contacts; a contractor's team: r41;
        "会社名" in cells and not any(_PRIVATE_CELL.search(c) for c in cells))  # a company's people: 会社名, 氏名, 受講日, r42)
    officials = business or contacts or cells[col] in _OFFICIAL_NAME_COLUMNS or cells[col] in _OFFICE_TITLE_COLUMNS or cells[col] == "職員" \
        or cells[col] in _TITLED_NAME_COLUMNS \
        or not _PUBLIC_ROSTER_COLUMNS.isdisjoint(cells) or not _EXTENSION_COLUMNS.isdisjoint(low) \
        or any(c.endswith(("内線", "内線番号")) for c in low) or (not _UNIT_COLUMNS.isdisjoint(cells) and all(
            c in _DIRECTORY_COLUMNS or not c or _DAY_CELL.fullmatch(c) for c in cells)) or (  # (新内線 …; No | 所属 | 氏名: r36)
            staff_drill(text, ls, cells, _DIRECTORY_COLUMNS))  # (r41)
    title_col = next((k for k, c in enumerate(cells) if c in _TITLE_COLUMNS), None)
    if title_col is None and "" in cells:  # (a header on two rows, the titles under a merged 新 / 旧: ⏎ \t部局\t職\t…)
        nle = text.find("\n", le + 1, le + 1 + _MAX_HEADER)
        below = [c.strip(" \t|｜") for c in text[le + 1:nle if nle >= 0 else min(len(text), le + 1 + _MAX_HEADER)].split(sep)]
        title_col = next((k for k, c in enumerate(below) if c in _TITLE_COLUMNS and not header_digits(c)), None)
    if title_col is not None and not business:
        # business cards and vendor contacts (会社名 | 部署 | 役職 | 氏名): a company's row names its staff by any job
        # title the company gives (技師長, マネージャー), not only by the office titles the title cell is read for
        company = next((k for k, c in enumerate(cells) if c in _BUSINESS_COLUMNS), None)
        if company is not None and not any(_PERSONAL_COLUMN.search(c) for c in cells):
            title_col = (title_col, company)  # (not an employees' roster with birth dates or home addresses)
    # a personnel record about the people listed: in the header (能力評価) or the heading above it (人事評価結果)
    record = _STAFF_RECORD_RE.search(text, max(0, ls - _STAFF_RECORD_NEAR), le) is not None
    # people in a public role who are not the office's staff (議員, 委員, 医師, 講師 …): a private number on
    # their row is still theirs (public_context)
    public_role = business or contacts or cells[col] in _PUBLIC_ROLE_COLUMNS or not _PUBLIC_ROSTER_COLUMNS.isdisjoint(cells)
    return sep, col, le + 1, -1 if officials else title_col, given, record, public_role, by_role


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


def _famous(name: str) -> bool:
    """A whole name the dictionary lists as a well-known person (伊能 忠敬 in a history table)."""
    toks = morphology.tokenize(re.sub(r"[ \t　|｜,、/]", "", name))
    return len(toks) == 1 and toks[0].is_famous_person


_LATIN_CELL = re.compile(r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,2}")


def _surname_first(name: str) -> bool:
    """A glued name the dictionary reads as surname + given name (今村蒼空)."""
    toks = morphology.tokenize(name)
    return 2 <= len(toks) <= 3 and toks[0].is_surname and toks[1].is_given_name


def _lone_surname(name: str) -> bool:
    """A surname alone, as a caseload's table names its households (世帯主 ⏎ 栗林, round 33)."""
    toks = morphology.tokenize(name) if 2 <= len(name) <= 4 else []
    return len(toks) == 1 and toks[0].is_surname


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


# the head's title before the name in a cell ("院長 青山 大介" under 医師名, "理事長 大槻 幹夫" under 代表者)
_CELL_TITLE = re.compile(r"(?:院長|副院長|理事長|代表取締役(?:社長)?|代表理事|代表|所長|園長|校長|館長|施設長|会長|社長|店主|店長"
                         # (or the office's title in a 職・氏名 column: 主査 鳴海 貴之)
                         r"|" + STAFF_TITLE_ALT + r")[ 　]+")
_CELL_TITLE_BEFORE = re.compile(r"(?:" + STAFF_TITLE_ALT + r"|会計年度)[ 　]+$")  # (a staff title opening the name's cell)

# a staff rank or title after the name in its cell (鳥飼 大輔 消防司令補 under 氏名): a member of staff (round 23)
CELL_TITLE_AFTER = re.compile(r"[ 　]+(?:消防(?:司令(?:長|補)?|士長|副士長|士|監|正監|司令監)|(?:" + STAFF_TITLE_ALT
                              + r"))(?=[ 　]*(?:[/|｜,\t]|$))")


# a quoted CSV cell holding the separator ("Sato, Keiko",1948-03-02): one cell (round 11)
_QUOTED_CELL = re.compile(r'"[^"\n]*"')
# a Latin name with the surname first and a comma, as English forms and quoted CSV cells write it (Sato, Keiko)
_LATIN_COMMA = re.compile(_LATIN_PART + r",[ ]?" + _LATIN_PART)


def _parts(line: str, sep: str) -> list[str]:
    """``line`` split at ``sep``, a quoted cell kept whole (the parts keep their lengths)."""
    if '"' not in line or sep not in line:
        return line.split(sep)
    masked = _QUOTED_CELL.sub(lambda m: m.group().replace(sep, "\0" * len(sep)), line)
    out, k = [], 0
    for part in masked.split(sep):
        out.append(line[k:k + len(part)])
        k += len(part) + len(sep)
    return out


def _cell(line: str, sep: str, col: int) -> tuple[int, str] | None:
    """(offset in the line, name) of column ``col`` when it holds a name-shaped value (after the head's title)."""
    parts = _parts(line, sep)
    if col >= len(parts):
        return None
    off = sum(len(x) + len(sep) for x in parts[:col])
    cell = parts[col]
    name = cell.strip(" \t|｜\"")
    lead = len(cell) - len(cell.lstrip(" \t|｜\""))
    t = _CELL_TITLE.match(name)
    if t is not None:
        name, lead = name[t.end():], lead + t.end()
    elif (ta := CELL_TITLE_AFTER.search(name)) is not None:
        name = name[:ta.start()]  # (the title after the name: 鳥飼 大輔 消防司令補, round 23)
    if not name or not (_COLUMN_NAME.fullmatch(name) or _LATIN_COMMA.fullmatch(name) or (
            _LATIN_LONG_CELL.fullmatch(name) and latin_name_ok(name.title()) and _PERSON_ROW.search(line))):
        return None  # (a residence card's name, three or four parts in capitals beside a birth date: r15)
    return off + lead, name


# a Latin name of two to four parts (NGUYEN VAN HUNG), counted only on a row that also holds a date (a birth date) or a
# residence card number: a goods list's name column (STEEL PIPE LONG) holds none
_LATIN_LONG_CELL = re.compile(r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,3}")
_PERSON_ROW = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}[-/.][01]?[0-9][-/.][0-3]?[0-9](?![0-9])|[SHTR][0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}"
                         r"|(?<![A-Z])[A-Z]{2}[0-9]{8}[A-Z]{2}(?![A-Z])")


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

# a unit's head in a title cell: 総務課長, 子育て支援課長, 北山中学校長 (not a residents' association's officer)
_HEADS = {"校長", "園長", "館長", "副市長", "教育長", "議長", "副議長", "委員長", "会計管理者", "事業管理者", "危機管理監", "技監"}  # (r38)
_UNIT_TITLE = re.compile(r"[一-龥ぁ-んァ-ヶー・]{0,14}?(?:" + "|".join(sorted(STAFF_TITLES | _HEADS, key=len, reverse=True)) + ")")
_DIRECTORY_COLUMNS = frozenset({"No", "No.", "NO", "番号", "所属", "所属課", "部署", "氏名", "職名", "役職", "職", "内線", "備考", "係", "職種",
                                "役割", "担当", "班", "配置", "出欠", "出席", "出欠席", "日付", "日時", "曜日", "会場", "場所", "時間帯", "担当業務",
                                "行", "投票所", "配属先", "配属", "所属部署", "職員番号", "勤務地", "持ち場", "当番", "集合場所", "集合時間",  # (r40)
                                "時間", "月日", "期間", "区分", "研修名", "受講日", "コース", "配属課", "欠席理由", "理由"})
_UNIT_COLUMNS = frozenset({"所属", "所属課", "部署", "所属部署", "配属先", "配属", "配属課"})
_DAY_CELL = re.compile(r"[0-9]{1,2}/[0-9]{1,2}(?:[(（][月火水木金土日][)）])?")  # (a sheet's day column: 12/7, 1/6(月))
_PERSONAL_COLUMN = re.compile(r"生年月日|誕生日|年齢|住所|自宅|携帯|私用|個人|性別|(?i:birth|dob|home|mobile|age)")
_COMPANY = re.compile(r"株式会社|有限会社|合同会社|合資会社|\(株\)|\(有\)|(?<![A-Za-z])(?:Inc|Ltd|LLC|Corp|K\.K|GmbH)(?![A-Za-z])")
_PRIVATE_BODY = re.compile(r"自治会|町内会|子ども会|子供会|管理組合|PTA|保護者会|老人会|同好会|サークル")


def _title_cell(line: str, sep: str, col: int | tuple[int, int]) -> bool:
    parts = line.split(sep)
    if isinstance(col, tuple):  # (title column, company column): a job title in a company's row
        title, company = col
        return max(col) < len(parts) and _COMPANY.search(parts[company]) is not None \
            and parts[title].strip(" \t|｜　") != ""
    if col >= len(parts):
        return False
    cell = parts[col].strip(" \t|｜　")
    return cell in _OFFICE_TITLES or (_UNIT_TITLE.fullmatch(cell) is not None and _PRIVATE_BODY.search(cell) is None)


def _code_label(cell: str) -> bool:
    """A code table's label, no name: a sensitive topic's own word, or three kanji or more the dictionary reads as
    common nouns only (児童手当, 就学援助; not 山田太郎, 菊地凛子, 堀田大河)."""
    if cell in KEYWORDS:
        return True
    if len(cell) < 3 or not _KANJI_CELL.fullmatch(cell):
        return False
    return all(t.pos[:2] == ("名詞", "普通名詞") for t in morphology.tokenize(cell))


_KANJI_CELL = re.compile(r"[一-鿿々〆ヶ]{3,12}")


class PersonColumnsMixin:
    ENTITY = "PERSON"

    def _column_names(self, text: str, p: int) -> tuple[list, int]:
        """A CSV/TSV/pipe header line naming a 氏名/名前 column: the cells of that column in the following lines
        (up to 300 lines; the first row within a few lines of the header) as label-form names, and where the
        reading stopped (-1 when the line holding ``p`` is no such header)."""
        header = _name_column(text, p)
        if header is None:
            return self._cellref_names(text, p)
        sep, col, pos, title_col, given, record, public_role, by_role = header
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
            if cell is not None and by_role and not spaced_name_ok(cell[1]) and not _surname_first(cell[1]) \
                    and not _lone_surname(cell[1]) and not (_LATIN_CELL.fullmatch(cell[1]) and latin_name_ok(cell[1])):
                cell = None  # under a role header (対象者), a cell that is no name: 高齢者, 障害者
            if cell is not None and _code_label(cell[1]):
                cell = None  # a code table's label under its name column (COPY m_kubun (code, name): 01 生活保護)
            if cell is not None and cell[1] not in _COLUMN_LABELS:  # not a header row repeated
                rows += 1
                s, name = pos + cell[0], cell[1]
                official = title_col == -1 or (title_col is not None and _title_cell(line, sep, title_col)) \
                    or _famous(name) or CELL_TITLE_AFTER.match(line, cell[0] + len(name)) is not None \
                    or _CELL_TITLE_BEFORE.search(line, 0, cell[0]) is not None  # (課長 石動 / 在 / …: staff, r40)
                # a member of staff heading a row: a topic further on the row (a remark column: 適応障害で病気休暇) is
                # about them; topics under a duty column are their work (public_staff.duty_topics)
                meta = {"subject": True} if official and record else {"heads": True} if official and not public_role \
                    else {}
                out.append(self.result(
                    self.ENTITY, s, s + len(name), 0.8, form="label", full_name=not _lone_surname(name), honorific=None,
                    label=True, official=official, staff=official and not public_role, strength="strong",
                    person_key=stable_key(re.sub(r"[ \t|｜,、/]", "", name)), **meta,
                ))
            pos = nle + 1
        if by_role and not out:
            return [], -1  # a role header over no names: the lines stay free for a header below (姓 | 名)
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
                    self.ENTITY, s, s + len(name), 0.8, form="label", full_name=not _lone_surname(name), honorific=None, label=True,
                    official=False, staff=False, strength="strong",
                    person_key=stable_key(re.sub(r"[ \t]", "", name)),
                ))
            pos = nle + 1
        return out, pos
