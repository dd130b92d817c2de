"""People named in their capacity for an office or a business (issue 13, round 7).

* **Representatives in brackets**: the representative named in brackets after a business or an organisation
  (山口造園（代表 山口 隆）北原2丁目14番3号, 東雲測量（代表者 松井 隆之）) acts for it; the address and landline that follow
  are the business's -> ``official`` (``public_context="representative"``), not for a residents' association (自治会,
  町内会, 管理組合, PTA …), whose officers stay private, nor beside a personal partner or a sensitive topic on the line.
  So does the head of a public body named right after the title (しらかば市長 武藤 賢治 様 on an invoice, 教育長 …, round 14)
  (``public_context="head_of_body"``), and a shop's proprietor after its name and trade without brackets (白樺堂（書店）店主
  片桐 みのり 栄町二丁目1-4 0157-…, ツタヤ工務店 代表 …).
* **Speakers' lines**: a line headed by a speaker's or an author's role (講師紹介：, 演者：, Speaker bio:, Author:) presents
  someone in a public capacity: a company's mail address or a landline on it is their office's (a mobile or a free-mail
  address stays personal, and so does a number labelled private: ご自宅) -> not personal (``public_context="speaker_line"``), so the subjects of their talk
  (PTSD, dementia) never pair with it.
* **Duties in brackets and duty columns**: a topic in a cell under a duty column (担当事務, 主な事務, 業務内容) of a staff
  table (a row naming an office unit: 障害福祉係), or inside a bracket that ends with a duty word (係長 石川 拓也（生活保護・医療扶助担当）,
  主事 村松 恵（障害福祉サービス担当）) is what the member of staff handles, not their record -> ``informational``
  (``public_context="duty"``); so is a topic on a duty allocation's line (事務分担表: ``主任 伊佐 健太：特定健診（主）``, a
  line marking main and deputy duties, a JSON line of ``"分掌"`` or ``"主担当"``, round 40).
* **Staff named with their office in English**: an English notice, posting or mail names the member of staff in
  charge with their unit ("Ms. Hana Kobayashi, Diversity Promotion Section", "Ryo Fujisawa of the Urban Planning
  Division", "Mr Ken Ito, Kashiwadai City Hall"). Like a Japanese name followed by its 課 in brackets, such a name is
  the office's contact in their official capacity -> ``official`` (``public_context="unit_after"``), unless a personal
  partner (a mobile, a free-mail address, a full birth date, a number labelled private) stands on its line, or the
  phrase names the person by a record role (Patient of the Internal Medicine Department, a tenant, a student), or the
  sentence goes on about the person's own state (…, Public Assistance Section, has been on sick leave …); a landline on
  such a line is the office's number.
"""

from __future__ import annotations

from gateway.scan import rx as re
from collections.abc import Iterable

from gateway.scan.public_contacts import private_number
from gateway.scan.public_lines import HitLike as _HitLike
from gateway.scan.public_lines import line_end, line_start
from gateway.scan.recognizers.person_lexicon import STAFF_TITLE_ALT

# ", <capitalised words> Section" / " of the … Division" / " at … City Hall" right after the name
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*|[ \t]+(?:of|from|at)[ \t]+)(?:the[ \t]+)?(?P<words>(?:[A-Z][A-Za-z&'-]*[ \t]+){0,5})"
    r"(?:Division|Section|Department|Office|Bureau|Unit|Team|Centre|Center|City Hall|Town Hall|Ward Office|"
    r"Board of Education|Secretariat)(?![a-z])")
# the sentence goes on about the person's own state (…, Public Assistance Section, has been on sick leave …): a record
# about a member of staff, not the office's contact
_STATE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:has been|had been|has|had|was|is|were|took|suffers|suffered|resigned|died|"
                          r"passed away|retired)(?![A-Za-z])")
_RECORD_ROLE = re.compile(r"(?i:patient|client|resident|tenant|student|pupil|applicant|inmate|user)")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z '’.-]*")
# the representative in brackets right after the name of what they represent: 山口造園（代表 山口 隆）
_REPRESENTATIVE_BEFORE = re.compile(r"(?P<org>[^\s(（、。]{2,20})(?:[(（](?:代表(?:者|取締役)?|(?:個人)?事業主|経営者)[ 　:：]*$|"
                                    # or a shop's proprietor after its name and trade, unbracketed (白樺堂（書店）店主
                                    # 片桐 みのり, ベーカリーもり 店主 …, round 14)
                                    r"(?:[(（][^()（）\n]{1,10}[)）])?[ 　]*(?:店主|オーナー|マスター|女将|代表(?:者|取締役)?)[ 　:：]*$)")
# or on a row of a published list of bodies and their heads (round 12): a header line naming a column of the business,
# facility or group (商号又は名称, 施設名, 会派) and one of its head or its members (代表者, 園長, 院長; 氏名 beside 会派 or
# 議席): 入札参加資格者名簿, 認可保育所一覧, 議員名簿 -- each row's person holds the post in public
_BODY_COLUMN = re.compile(r"商号|名称|施設名|園名|学校名|医療機関|事業所名|業者名|団体名|法人名")
_HEAD_COLUMN = re.compile(r"代表者|園長|校長|院長|館長|施設長|所長|管理者|(?<![^\s,|｜])氏名(?![^\s,|｜])")
_MEMBER_COLUMNS = re.compile(r"会派|議席")  # (a members' list: 氏名 counts as the head column only beside these)
_COLUMN_GAP = re.compile(r"[ \t　]+|[ \t　]*[,|｜][ \t　]*")
_TABLE_END = re.compile(r"\n[ \t　]*(?:\n|$)")
_TABLE_REACH = 20000
_PRIVATE_BODY = re.compile(r"自治会|町内会|子ども会|子供会|管理組合|PTA|保護者会|老人会|婦人会|班")


_SPEAKER_LINE = re.compile(r"[ \t　]*[■●◆・*-]?[ \t　]*(?:講師|演者|登壇者|講演者|発表者|パネリスト|著者|基調講演|"
                           r"(?i:speakers?|presenters?|lecturers?|panel(?:ist)?s?|authors?|keynote))[^\n:：]{0,12}[:：]")


def speaker_lines(text: str, hits: Iterable[_HitLike]) -> None:
    """A company's mail address or a landline on a line headed by a speaker's or an author's role is their office's."""
    for h in hits:
        if h.entity in ("EMAIL_ADDRESS", "PHONE_NUMBER") and h.meta.get("personal", True) \
                and h.meta.get("kind") in ("work", "landline") \
                and _SPEAKER_LINE.match(text, line_start(text, h.start), h.start) \
                and not private_number(text, h.start, h.end):  # (ご自宅 0467-…)
            h.meta["personal"] = False
            h.meta["public_context"] = "speaker_line"


# the rest of a bracket after a topic, closed by a duty word: …・医療扶助担当）, …の受付業務)
_DUTY_AFTER = re.compile(r"[^()（）\n]{0,16}?(?:担当|業務|事務|窓口|係)[)）]")
_OPEN_BEFORE = re.compile(r"[(（][^()（）\n]{0,16}$")


# a table column of duties (事務分掌: 担当事務, 主な事務, 業務内容): its cells are what each row's staff handle
_DUTY_HEADER = re.compile(r"担当(?:事務|業務|分野|内容)?(?![者者名])|主な事務|所掌事務|分掌事務|事務内容|業務内容|主な業務|担当する事務")
_ROWS_MAX = 300
# a cell naming an office unit (障害福祉係, 生活福祉課): the row is the office's staff, not a resident's record
_UNIT_CELL = re.compile(r"[一-龥ァ-ヶー]{1,12}(?:係|課|室|班|グループ|チーム|センター)")


def _header_of(text: str, m: re.Match[str]) -> tuple[int, int, str]:
    """The start, the end and the text of the header line holding the column word ``m``."""
    ls = line_start(text, m.start())
    le = text.find("\n", m.end())
    le = len(text) if le < 0 else le
    return ls, le, text[ls:le]


def _duty_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of the cells under a duty column of a TSV / CSV / pipe table, in rows that name an office unit."""
    spans: list[tuple[int, int]] = []
    for m in _DUTY_HEADER.finditer(text):
        ls, le, header = _header_of(text, m)
        header = header.replace("｜", "|")
        sep = next((c for c in ("\t", "|", ",") if c in header), None)
        if sep is None:
            continue
        col = header[:m.start() - ls].count(sep)
        pos = le + 1
        for _ in range(_ROWS_MAX):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end].replace("｜", "|")
            if sep not in line:
                break
            cells = line.split(sep)
            if col < len(cells) and any(_UNIT_CELL.fullmatch(c.strip(" \t　")) for c in cells):
                start = pos + sum(len(c) + 1 for c in cells[:col])
                spans.append((start, start + len(cells[col])))
            pos = end + 1
    return spans


# (round 40) a duty allocation (事務分担表, 事務分掌, 主担当 / 副担当): a line naming a member of staff by title before a
# colon (主任 伊佐 健太：特定健診・保健事業（主）), a line marking main and deputy duties (（主）, （副）), or a JSON line of
# duties ("分掌": […], "主担当": "…") lists what they handle
_DUTY_DOC = re.compile(r"事務分担|事務分掌|分掌|分担表|担当業務|主担当|副担当")
_DUTY_LINE = re.compile(r"^[ \t　・*\-]*(?:" + STAFF_TITLE_ALT + r"|会計年度任用職員)[ \t　]+[^\n:：]{1,12}[:：]|[(（][主副][)）]|"
                        r"\"(?:分掌|主担当|副担当|担当業務|担当事務)\"[ \t]*:", re.MULTILINE)


def _duty_lines(text: str) -> list[tuple[int, int]]:
    return [(line_start(text, m.start()), line_end(text, m.end())) for m in _DUTY_LINE.finditer(text)]


def duty_topics(text: str, hits: Iterable[_HitLike]) -> None:
    """A topic inside a bracket that ends with a duty word is a duty (…（生活保護・医療扶助担当））. The name the bracket
    follows reads on after it (``after``): 主事 村松 恵（障害福祉サービス担当）は、うつ病で休職中 is still about her."""
    hits = list(hits)
    names = {h.end: h for h in hits if h.entity == "PERSON"}
    cells = _duty_cells(text) if _DUTY_HEADER.search(text) else []
    if _DUTY_DOC.search(text) is not None:
        cells += _duty_lines(text)
    for h in hits:
        if h.entity != "SENSITIVE_PERSONAL_INFO" or h.meta.get("informational"):
            continue
        if any(lo <= h.start and h.end <= hi for lo, hi in cells):
            h.meta["informational"] = True  # a duty column's cell (| 石川 拓也 | 障害者手帳の交付 |)
            h.meta["public_context"] = "duty"
            continue
        close = _DUTY_AFTER.match(text, h.end)
        opening = _OPEN_BEFORE.search(text, max(0, h.start - 16), h.start) if close else None
        if opening is not None:
            h.meta["informational"] = True
            h.meta["public_context"] = "duty"
            name = names.get(opening.start()) or names.get(opening.start() - 1)
            if name is not None:
                name.meta["after"] = close.end()


# the head of a public body right before the name (しらかば市長 武藤 賢治 様, 北海道知事　…, 教育長 …; an invoice's or a
# letter's addressee, round 14): the office's holder, in office
_HEAD_OF_BODY = re.compile(r"(?:市長|町長|村長|区長|知事|教育長|議長|会計管理者|病院事業管理者|水道事業管理者)[ \t　]*$")


def representatives(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Mark the representative named in brackets after a business or an organisation as acting in its capacity."""
    hits = list(hits)
    topic_lines = {h.line for h in hits if h.entity == "SENSITIVE_PERSONAL_INFO" and not h.meta.get("informational")}
    tables = _head_tables(text) if _HEAD_COLUMN.search(text) and (_BODY_COLUMN.search(text)
                                                                  or _MEMBER_COLUMNS.search(text)) else []
    for h in hits:
        if h.entity != "PERSON" or h.meta.get("official") or h.line in partner_lines or h.line in topic_lines:
            continue  # (山田商店（代表 山田 太郎）…事業税を滞納: a record about the proprietor)
        if _HEAD_OF_BODY.search(text, max(0, h.start - 16), h.start) is not None:
            h.meta["official"] = True  # しらかば市長 武藤 賢治 様: the mayor addressed in office
            h.meta["public_context"] = "head_of_body"
            continue
        m = _REPRESENTATIVE_BEFORE.search(text, max(0, h.start - 28), h.start)
        if (m is not None and _PRIVATE_BODY.search(m.group("org")) is None) or (
                any(lo <= h.start < hi for lo, hi in tables) and not _private_row(text, h.start)):
            h.meta["official"] = True
            h.meta["public_context"] = "representative"


def _private_row(text: str, pos: int) -> bool:
    """The row names a residents' association (あおば台自治会　田中 一郎 …): its officers stay private."""
    ls = line_start(text, pos)
    le = text.find("\n", pos, pos + 400)
    return _PRIVATE_BODY.search(text, max(ls, pos - 400), le if le >= 0 else min(len(text), pos + 400)) is not None


def _head_tables(text: str) -> list[tuple[int, int]]:
    """(start, end) of the rows under each header line of a list of bodies and their heads, to the next blank line."""
    spans: list[tuple[int, int]] = []
    for m in _HEAD_COLUMN.finditer(text):
        ls, le, header = _header_of(text, m)
        body = _MEMBER_COLUMNS if m.group(0) == "氏名" else _BODY_COLUMN
        if (body.search(header) is None or len(_COLUMN_GAP.findall(header.strip(" \t　"))) < 2
                or "。" in header or _PRIVATE_BODY.search(header) is not None or (spans and spans[-1][1] > ls)):
            continue
        end = _TABLE_END.search(text, le, min(len(text), le + _TABLE_REACH))
        spans.append((le, end.start() if end is not None else min(len(text), le + _TABLE_REACH)))
    return spans


# …or by the workplaces they are assigned to on which days, after a colon ("- Ms. Emily Carter: Higashi JHS (Mon/Wed),
# Aoba ES (Fri)"): an assistant teacher's or a staff member's schedule, round 30
_WORKPLACE_AFTER = re.compile(
    r"[ \t]*[:：–—-][ \t]*(?P<words>(?:[A-Z][A-Za-z.'-]*[ \t]+){1,4})(?:JHS|SHS|ES|HS|Elementary(?: School)?|Junior High(?: School)?|"
    r"High School|School|Office|Center|Centre|Library|Hall)(?![A-Za-z])[ \t]*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)")


def units_after(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Mark Latin-script names followed by their office's unit as officials, and the landlines on their lines as
    the office's numbers."""
    hits = list(hits)
    lines: set[int] = set()
    for h in hits:
        if h.entity != "PERSON" or h.meta.get("official") or h.line in partner_lines \
                or not _LATIN_NAME.fullmatch(text, h.start, h.end):
            continue
        m = _UNIT_AFTER.match(text, h.end) or _WORKPLACE_AFTER.match(text, h.end)
        if m is not None and _RECORD_ROLE.search(m.group("words")) is None and not _STATE_AFTER.match(text, m.end()):
            h.meta["official"] = True
            h.meta["public_context"] = "unit_after"
            lines.add(h.line)
    for h in hits:
        if h.entity == "PHONE_NUMBER" and h.line in lines and h.meta.get("kind") != "mobile":
            h.meta["personal"] = False  # (a line with a partner is never in ``lines``)
            h.meta["public_context"] = "unit_after"


# a public office's head named with the office in brackets right after the name (出席者　佐伯 恵理子（市長）、高柳 修
# （教育長）): the holder of a public post in a meeting's record, round 24
_HEAD_AFTER = re.compile(r"[(（](?:副?(?:市|町|村|区)長|副?知事|教育長|副?議長|副?委員長|教育委員(?:長)?|監査委員)[)）]")


def office_heads(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Mark a name followed by a public office's head in brackets as an official (not on a line with a private contact)."""
    for h in hits:
        if h.entity == "PERSON" and not h.meta.get("official") and h.line not in partner_lines \
                and _HEAD_AFTER.match(text, h.end) is not None:
            h.meta["official"] = True
            h.meta["public_context"] = "office_head"


# a newsletter's or a page's introduction of the staff (職員を紹介します, スタッフ紹介, 新しい先生の紹介): the names in the
# paragraphs after it are the office's staff in their posts, not a roster of residents or pupils (round 26)
# (a heading's words only: the doctor's referral in 主治医の先生の紹介で受診 introduces nobody's staff)
_STAFF_INTRO = re.compile(r"(?:職員|教職員|スタッフ|保育士|先生(?:方|たち)?|担任)(?:を|の)?(?:ご)?紹介"
                          r"(?:します|いたします|です|コーナー|欄|[】』」)）:：\n]|$)")
_INTRO_REACH = 1500


def staff_introductions(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Mark the names after a staff introduction's heading (職員を紹介します ⏎ 園長 望月 久美子 ⏎ ひよこ組（0歳） 今泉 さやか)
    as officials: the office presents its own staff. A line with a private contact, or a sensitive topic named with
    them, keeps its own rules (the staff-subject rule still reads a topic)."""
    _published_interview(text, hits, partner_lines)
    m = _STAFF_INTRO.search(text)
    if m is None:
        return
    for h in hits:
        if h.entity == "PERSON" and not h.meta.get("official") and h.line not in partner_lines \
                and m.end() <= h.start <= m.end() + _INTRO_REACH:
            h.meta.update(official=True, staff=True, public_context="staff_introduction")


# a staff interview the request says is published (採用パンフレットに載っている職員インタビュー（掲載済み）, 広報誌に掲載した職員
# インタビュー, 広報…号 掲載): its member of staff speaks in their capacity, and the topics of their work or their public
# story (障害児の保育, 熱中症の搬送, 育休を取った話) are what the office published (round 38)
_PUBLISHED = re.compile(r"掲載済|に掲載(?:した|された|して(?:いる|います))|[0-9]+月号[ 　]*掲載|に載って(?:いる|います|る)|掲載中|公開中")
_INTERVIEW = re.compile(r"インタビュー|体験記|手記|(?:仲間|職員|新人)を紹介|先輩(?:職員|保育士)?の声|職員の声|はたらく人|働く人|職員紹介|採用(?:パンフレット|案内|ページ)")
_NOT_PUBLISHED = re.compile(r"掲載前|未掲載|掲載しない|載せない|非公開|内緒|オフレコ|ここだけ|伏せ")
_HEAD_REACH = 300


def _published_interview(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Mark the people of a published staff interview as staff in their capacity and its topics as what was published
    (not on a line with a private contact, nor in a text that holds something back: 掲載しない, 内緒)."""
    head = text[:_HEAD_REACH]
    if _PUBLISHED.search(head) is None or _INTERVIEW.search(head) is None or _NOT_PUBLISHED.search(text) is not None:
        return
    for h in hits:
        if h.line in partner_lines:
            continue
        if h.entity == "PERSON":
            h.meta.update(official=True, staff=True, public_context="published_interview")
        elif h.entity == "SENSITIVE_PERSONAL_INFO":
            h.meta["informational"] = True


# a care home's or a nursery's kind right before a one-word name: the name is the facility's (グループホーム きよみ, 小規模多機能
# ふじ子さんち: round 30)
_FACILITY_KIND_BEFORE = re.compile(r"(?:グループホーム|小規模多機能(?:型居宅介護)?|デイサービス(?:センター)?|ケアハウス|老人ホーム|"
                                   r"老人保健施設|宅老所|ショートステイ|保育園|保育所|幼稚園|こども園)[ 　]+$")


def facility_kinds(text: str, hits: Iterable[_HitLike]) -> None:
    """Mark a one-word name right after a facility's kind as the facility's (``public_context="facility_kind"``)."""
    for h in hits:
        if h.entity == "PERSON" and not h.meta.get("full_name") and _FACILITY_KIND_BEFORE.search(
                text, max(0, h.start - 20), h.start) is not None:
            h.meta.update(official=True, public_context="facility_kind")
