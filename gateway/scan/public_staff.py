"""People named in their capacity for an office or a business (issue 13, round 7).

* **Representatives in brackets**: the representative named in brackets after a business or an organisation
  (山口造園（代表 山口 隆）北原2丁目14番3号, 東雲測量（代表者 松井 隆之）) acts for it; the address and landline that follow
  are the business's -> ``official`` (``public_context="representative"``), not for a residents' association (自治会,
  町内会, 管理組合, PTA …), whose officers stay private, nor beside a personal partner or a sensitive topic on the line.
* **Speakers' lines**: a line headed by a speaker's or an author's role (講師紹介：, 演者：, Speaker bio:, Author:) presents
  someone in a public capacity: a company's mail address or a landline on it is their office's (a mobile or a free-mail
  address stays personal, and so does a number labelled private: ご自宅) -> not personal (``public_context="speaker_line"``), so the subjects of their talk
  (PTSD, dementia) never pair with it.
* **Duties in brackets and duty columns**: a topic in a cell under a duty column (担当事務, 主な事務, 業務内容) of a staff
  table (a row naming an office unit: 障害福祉係), or inside a bracket that ends with a duty word (係長 石川 拓也（生活保護・医療扶助担当）,
  主事 村松 恵（障害福祉サービス担当）) is what the member of staff handles, not their record -> ``informational``
  (``public_context="duty"``).
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

import re
from collections.abc import Iterable

from gateway.scan.public_contacts import PRIVATE_PHONE_LABEL
from gateway.scan.public_lines import HitLike as _HitLike
from gateway.scan.public_lines import line_start

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
_REPRESENTATIVE_BEFORE = re.compile(r"(?P<org>[^\s(（、。]{2,20})[(（]代表(?:者|取締役)?[ 　:：]*$")
# or in the cell after the business's name, in a list with a 代表者 column (入札参加資格者名簿: 10231　株式会社 谷内建設
# 谷内 進　浜風市港町4-12-3 …, round 12): the business by its legal form, then cell gaps only
_ORG_CELL_BEFORE = re.compile(r"(?:株式会社|有限会社|合同会社|合資会社|[(（][株有][)）])[^\n。、]{0,24}?[ \t　,|｜]+$")
_REPRESENTATIVE_COLUMN = re.compile(r"代表者(?:名|氏名)?(?![のがはをに])")
_PRIVATE_BODY = re.compile(r"自治会|町内会|子ども会|子供会|管理組合|PTA|保護者会|老人会|婦人会|班")


_SPEAKER_LINE = re.compile(r"[ \t　]*[■●◆・*-]?[ \t　]*(?:講師|演者|登壇者|講演者|発表者|パネリスト|著者|基調講演|"
                           r"(?i:speakers?|presenters?|lecturers?|panel(?:ist)?s?|authors?|keynote))[^\n:：]{0,12}[:：]")


def speaker_lines(text: str, hits: Iterable[_HitLike]) -> None:
    """A company's mail address or a landline on a line headed by a speaker's or an author's role is their office's."""
    for h in hits:
        if h.entity in ("EMAIL_ADDRESS", "PHONE_NUMBER") and h.meta.get("personal", True) \
                and h.meta.get("kind") in ("work", "landline") \
                and _SPEAKER_LINE.match(text, line_start(text, h.start), h.start) \
                and not PRIVATE_PHONE_LABEL.search(text, max(0, h.start - 10), h.start):  # (ご自宅 0467-…)
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


def _duty_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of the cells under a duty column of a TSV / CSV / pipe table, in rows that name an office unit."""
    spans: list[tuple[int, int]] = []
    for m in _DUTY_HEADER.finditer(text):
        ls = line_start(text, m.start())
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        header = text[ls:le].replace("｜", "|")
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


def duty_topics(text: str, hits: Iterable[_HitLike]) -> None:
    """A topic inside a bracket that ends with a duty word is a duty (…（生活保護・医療扶助担当））. The name the bracket
    follows reads on after it (``after``): 主事 村松 恵（障害福祉サービス担当）は、うつ病で休職中 is still about her."""
    hits = list(hits)
    names = {h.end: h for h in hits if h.entity == "PERSON"}
    cells = _duty_cells(text) if _DUTY_HEADER.search(text) else []
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


def representatives(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Mark the representative named in brackets after a business or an organisation as acting in its capacity."""
    hits = list(hits)
    topic_lines = {h.line for h in hits if h.entity == "SENSITIVE_PERSONAL_INFO" and not h.meta.get("informational")}
    for h in hits:
        if h.entity != "PERSON" or h.meta.get("official") or h.line in partner_lines or h.line in topic_lines:
            continue  # (山田商店（代表 山田 太郎）…事業税を滞納: a record about the proprietor)
        m = _REPRESENTATIVE_BEFORE.search(text, max(0, h.start - 28), h.start)
        if (m is not None and _PRIVATE_BODY.search(m.group("org")) is None) or _representative_cell(text, h.start):
            h.meta["official"] = True
            h.meta["public_context"] = "representative"


def _representative_cell(text: str, start: int) -> bool:
    """The name stands in the cell after a business named by its legal form, under a 代表者 column above it."""
    lo = max(line_start(text, start), start - 40)
    return (_ORG_CELL_BEFORE.search(text, lo, start) is not None
            and _REPRESENTATIVE_COLUMN.search(text, max(0, start - 2000), lo) is not None)


def units_after(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Mark Latin-script names followed by their office's unit as officials, and the landlines on their lines as
    the office's numbers."""
    hits = list(hits)
    lines: set[int] = set()
    for h in hits:
        if h.entity != "PERSON" or h.meta.get("official") or h.line in partner_lines \
                or not _LATIN_NAME.fullmatch(text, h.start, h.end):
            continue
        m = _UNIT_AFTER.match(text, h.end)
        if m is not None and _RECORD_ROLE.search(m.group("words")) is None and not _STATE_AFTER.match(text, m.end()):
            h.meta["official"] = True
            h.meta["public_context"] = "unit_after"
            lines.add(h.line)
    for h in hits:
        if h.entity == "PHONE_NUMBER" and h.line in lines and h.meta.get("kind") != "mobile":
            h.meta["personal"] = False  # (a line with a partner is never in ``lines``)
            h.meta["public_context"] = "unit_after"
