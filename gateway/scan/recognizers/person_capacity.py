"""Capacity of a named person (PERSON recognizer): whether a name is in an official capacity (public figures, titles,
staff labels, a public institution's head, an event's speaker, a council member speaking in minutes) and whether it
names the office's own staff (staff titles and labels, the office unit in brackets after the name)."""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.recognizers.sensitive_personal_info import KEYWORDS
from gateway.scan.recognizers.person_lexicon import (
    _COUNCIL_SPEAKER,
    _STAFF_LABELS,
    _TITLE_BEFORE,
    TITLE_REACH,
    STAFF_TITLES,
    TITLES_OFFICIAL,
)


# labels that name staff only with an office unit before the name ("回答者：税務課 山田"): a questionnaire's
# 回答者 or a form's 記入者 is the resident who filled it in
OWN_REPORT_TOPICS = frozenset(w for w, (fam, _legal, score) in KEYWORDS.items()
                              if score >= 0.7 and fam in ("health", "disability"))
_AMBIGUOUS_STAFF_LABELS = frozenset({"回答者", "記入者", "受講者", "参加者", "出張者"})  # (staff only after a unit: r42)
_UNIT_BEFORE = re.compile(r"(?:課|係|室|部|局|班|センター|事務所|担当)[ \t\u3000]*$")
# (round 25) the office unit as the next field of the name's record ({"name":"坂巻 淳","dept":"情報政策課"}): staff
_UNIT_SIBLING = re.compile(r"[\"']?[ \t]*[,，][ \t]*[\"']?(?:(?i:dept|department|division|section|busho|shozoku|kamei)"
                           r"|所属|所属課|課名|部署|担当課)[\"']?[ \t]*[:：=][ \t]*[\"']?[^\"'\n,，{}]{0,16}"
                           r"(?:課|係|室|部|局|センター|事務所)[\"']?(?=[ \t]*[,，}\n]|$)"
                           # (…or the label line after it: 氏名：日下部 純（くさかべ じゅん） ⏎ 所属：○○市 総務部 財政課 財政係, r36)
                           r"|(?:[ \t　]*[(（][^()（）\n]{0,20}[)）])?[ \t　]*\n[ \t　]*(?:所属|所属課|課名|部署|担当課)[ \t　]*[:：]"
                           r"[^\n]{0,30}?(?:課|係|室|部|局|センター|事務所)[ \t　]*(?=\n|$)")


def unit_sibling(text: str, e: int) -> bool:
    """The field after a name's value (ending at ``e``) gives an office unit: a record of the office's own staff."""
    return _UNIT_SIBLING.match(text, e) is not None


_ADDRESSEE_END = re.compile(r"[^\n]{1,8}?(?:様|殿)[ \t\u3000]*(?:\n|$)")  # the name and its honorific end the line


# a post field on the name's own line or record ({"氏名": "望月 りく", "職名": "主事", …}, 氏名：… 職名：主査): staff (round 40)
_POST_FIELD = re.compile(r"[\"']?(?:職名|役職|職)[\"']?[ \t]*[:：][ \t]*[\"']?(?:会計年度任用職員|"
                         + "|".join(sorted(STAFF_TITLES, key=len, reverse=True)) + r")(?![一-鿿])")


def staff_label(text: str, label, s: int) -> bool:
    """The label names the office's own staff (担当：, 作成者：; 回答者： only with an office unit; 氏名： with a post field
    on its line)."""
    if label in ("氏名", "名前"):
        le = text.find("\n", s)
        return _POST_FIELD.search(text, s, len(text) if le < 0 else le) is not None
    if label not in _STAFF_LABELS:
        return False
    return label not in _AMBIGUOUS_STAFF_LABELS or _UNIT_BEFORE.search(text, max(0, s - 16), s) is not None


# a councillor's own name field (資産等報告書　議員氏名：荒巻 宏): an elected official in office (round 13)
_COUNCILLOR_LABEL = re.compile(r"議員(?:氏名|名)[ \t　]*[:：]?[ \t　]*$")


def councillor_label(text: str, s: int) -> bool:
    return _COUNCILLOR_LABEL.search(text, max(0, s - 12), s) is not None


_EVENT_ROLE_BEFORE = re.compile(
    r"(?:講師|講演者|登壇者|演者|パネリスト|コーディネーター|ファシリテーター|司会|出演|ゲスト|基調講演|指導者)[ \t]*[:：][^\n:：]{0,16}$")


# the posts a residents' group shares with the office (班長, 会長 …), and the groups: a title among them before a name, with
# the group on the name's line, or above a list of such lines within two lines of its top (５ ボランティア班長の連絡先 ⏎
# 当日は携帯電話で… ⏎ 会場整理班 班長 菊地 隆之 ⏎ 救護連絡班 班長 大塚 千鶴 …)
_RESIDENT_POST_BEFORE = re.compile(r"(?:班長|副?会長|副?リーダー|役員)[ \u3000]?$")
_RESIDENT_GROUP = re.compile(r"ボランティア|自治会|町内会|町会|子ども会|子供会|PTA|ＰＴＡ|老人クラブ|自主防災|見守り隊")


_REACH = 200


def resident_post(text: str, s: int) -> bool:
    """The title right before ``s`` is a post of a residents' group named near it (see _RESIDENT_POST_BEFORE)."""
    m = _RESIDENT_POST_BEFORE.search(text, max(0, s - 4), s)
    if m is None:
        return False
    post = m.group().rstrip()
    end = text.find("\n", s, s + _REACH)
    end = min(len(text), s + _REACH) if end < 0 else end
    ls, spare = max(text.rfind("\n", 0, s) + 1 if s <= _REACH else text.rfind("\n", s - _REACH, s) + 1, s - _REACH), 2
    for _ in range(16):  # (a list's lines, then two above it; each read at most _REACH characters back from its end)
        if _RESIDENT_GROUP.search(text, ls, end) is not None:
            return True
        if ls <= 0 or text[ls - 1] != "\n":
            return False  # (the text's start, or a line longer than the reach: no list)
        end = ls - 1
        ls = max(text.rfind("\n", max(0, end - _REACH), end) + 1, end - _REACH)
        if post not in text[ls:end]:
            spare -= 1
            if spare < 0:
                return False
    return False


_HEAD_TITLE_BEFORE = re.compile(r"(?<![副])(?:館長|園長|校長|院長|センター長|学長|署長|理事長)[ \u3000]?$")


# an office unit in brackets right after a full name: 青山 直人（税務課）, 森 かおり（子育て支援課 保育係）
_BODY_BEFORE = re.compile(r"(?:地域包括|包括支援センター|社協|社会福祉協議会|保健所|警察署|消防署|年金事務所|労働基準監督署|"
                          r"ハローワーク)の$")  # (partner bodies only: 税務課の田中さんが休職 is the office's own record)
_POST_BRACKET = r"[ ]?\((?:主事補?|主任|主査|係長|技師|主幹|課長補佐)[・、,][^()\n]{1,10}\)"  # (三ツ矢 陽向（主事、採用4年目）, r25)
_OFFICE_UNIT_AFTER = re.compile(r"[ ]?\([^()\n]{0,12}(?:課|係|室|局)(?:[ ・][^()\n]{0,8})?\)|" + _POST_BRACKET)
_POST_BRACKET_RE = re.compile(_POST_BRACKET)


def post_bracket_near(text: str, e: int) -> bool:
    """A post and a note on its holder in brackets (…（主事、採用4年目）) within a short given name's reach after ``e`` (a
    surname's or a full name's end): a personnel record's staff."""
    return _POST_BRACKET_RE.search(text, e, e + 16) is not None
UNIT_CLOSE_TRIGGERS = ("課)", "係)", "室)", "局)")


def _indent_start(text: str, s: int) -> int:
    """The start of the line holding ``s`` when only spaces come before ``s`` on it (a quoted or indented letter's
    addressee), else -1."""
    ls = text.rfind("\n", max(0, s - 9), s) + 1
    return ls if ls > 0 and not text[ls:s].strip(" \t\u3000") else -1


def capacity(text: str, s: int, famous: bool, hon: str | None, label, unit_e: int = -1, e: int = -1) -> tuple[bool, bool]:
    """(official, staff): public figures, titles (課長, 議員 …) and staff labels (担当：) name people in
    an official capacity; staff titles and labels mark the office's own staff, and so does the office unit in
    brackets after a full name (unit_e: its end, or -1); a council member speaking in published minutes
    (○12番(佐藤花子君)) is public."""
    titled = _TITLE_BEFORE.search(text, max(0, s - TITLE_REACH), s) is not None  # 主事 今泉 里奈
    # a residents' group's post (ボランティア班長, 自治会の班長 菊地 隆之): a private person, not the office's post
    titled = titled and not resident_post(text, s)
    # (the unit in brackets after a labelled name too: 応援者（所属）column, 阿久津 蓮（企画課）; 氏名：… ⏎ 所属：…課, r36)
    unit_e = e if unit_e < 0 and label and e >= 0 else unit_e
    titled = titled or (unit_e >= 0 and hon is None and _OFFICE_UNIT_AFTER.match(text, unit_e) is not None)
    titled = titled or (bool(label) and e >= 0 and unit_sibling(text, e))
    # a surname with 氏 after an office unit (情報政策課 鷹觜氏の件): a member of staff, as with a title
    titled = titled or (hon == "氏" and _UNIT_BEFORE.search(text, max(0, s - 16), s) is not None)
    # a letter's addressee under an office unit's line (常盤野町 総務課 防災係 ⏎ 降旗様): the office's own staff (round 13)
    # (or on the unit's own line, ending it: 笹目町 総務課 管財係　鬼塚様)
    titled = titled or (hon in ("様", "殿") and (
        ((ls0 := _indent_start(text, s)) > 0 and _UNIT_BEFORE.search(text, max(0, ls0 - 25), ls0 - 1) is not None)
        or (_UNIT_BEFORE.search(text, max(0, s - 16), s) is not None and _ADDRESSEE_END.match(text, s) is not None)))
    # a contact at a public body or a partner's office named by it (地域包括の木佐貫さんに確認しました, round 25)
    partner = hon == "さん" and _BODY_BEFORE.search(text, max(0, s - 12), s) is not None
    # the head of a public institution named by office (中央公民館 館長 松田 隆, 東浜小学校 校長 宮内 正人): a public
    # capacity, not the office's own staff record
    headed = not titled and _HEAD_TITLE_BEFORE.search(text, max(0, s - 7), s) is not None
    # a dictionary "famous" name as the value of a record's label (相談者：マリア サントス) is the record's
    # subject: many foreign given names and surnames are also entries for a famous bearer
    famous = famous and (not label or label == "list")
    # a dictionary "famous" entry named with an office's job title (井筒主事, 大江係長) is a member of staff: many
    # surnames are also entries for a famous bearer
    famous = famous and hon not in STAFF_TITLES
    by_label = staff_label(text, label, s)
    # a speaker or instructor of a public event ("講師：精神科医 北村 直子 氏", "パネリスト: …")
    event_role = _EVENT_ROLE_BEFORE.search(text, max(0, s - 24), s) is not None
    official = famous or hon in TITLES_OFFICIAL or hon in STAFF_TITLES or by_label or titled or event_role or headed or partner or (
        bool(label) and councillor_label(text, s))
    staff = not famous and (hon in STAFF_TITLES or by_label or titled or (hon or "").endswith("教諭"))  # (a teacher: r42)
    ls = text.rfind("\n", max(0, s - 24), s) + 1 if hon == "君" else -1
    if hon == "君" and (ls > 0 or s <= 24) and _COUNCIL_SPEAKER.fullmatch(text, ls, s):
        official = True
    return official, staff


# a member of staff named as the source of harm done to the writer or a colleague (田所課長から…怒鳴られて, 係長に暴言を
# 吐かれ, 主査から毎日無視され): the accused of a harassment complaint, a personnel matter about them (r15)
# (done to someone: a passive verb or harassment received — not a training on harassment: 山田主任から、ハラスメント防止研修の案内)
_HARM_FROM = re.compile(r"(?:から|に)[^\n。]{0,30}?(?:怒鳴られ|怒鳴りつけられ|暴言を(?:吐かれ|受け)|罵倒され|殴られ|叩かれ|"
                        r"蹴られ|触られ|無視され|脅され|嫌がらせを(?:受け|され)|人格を否定され|"
                        r"(?:パワハラ|セクハラ|マタハラ|ハラスメント)(?:を受け|され|行為を受け))")


def harm_from(text: str, after: int) -> bool:
    """Staff named right before から / に and, in the sentence, the harm they did (see _HARM_FROM)."""
    return _HARM_FROM.match(text, after, min(len(text), after + 48)) is not None


# the member of staff reports their own condition: "岡山 ちひろ さんから、妊娠の報告がありました" (round 27); the topic right
# after から (not "…さんから、お子さんの発熱の連絡"), one of the health words that decide with a name
_OWN_REPORT = re.compile(r"[ ]?から[、,]?[ 　]?(?:ご?本人の)?(?P<topic>[一-鿿ァ-ヺー]{2,10}?)(?:の|について|に関する)"
                         r"(?:ご?報告|申し出|申出|ご?相談|ご?連絡|届出?)")


def own_report_from(text: str, after: int) -> bool:
    """Staff named right before から and the report of their own health condition (see _OWN_REPORT)."""
    m = _OWN_REPORT.match(text, after, min(len(text), after + 28))
    return m is not None and m.group("topic") in OWN_REPORT_TOPICS


# (round 41, for person_columns) tables whose people are in a capacity: the office's own staff in a drill (課内の非常参集
# 訓練: 氏名,参集手段,到着時刻), organisations' people with their work contacts (所属,部署,氏名,ふりがな,メール; a card
# manager's export: 会社名,部署,役職,氏名,郵便番号,住所,電話,メール,交換日), a contractor's team (業務実施体制)
_STAFF_DRILL = re.compile(r"(?:課内|係内|課員|係員|職員)[^\n]{0,30}(?:訓練|参集|点呼)|(?:訓練|参集|点呼)[^\n]{0,30}(?:課内|係内|課員|係員|職員)"
                          # (round 42) or a unit's leave plan, a training's completion list (係 夏季休暇取得予定, 研修の受講状況)
                          r"|(?:夏季休暇|年次休暇|年休|休暇)の?(?:取得)?(?:予定|計画)|研修[^\n]{0,12}受講状況"
                          r"|(?:テレワーク|在宅勤務)[^\n]{0,8}(?:予定|計画|実施)|出勤予定|勤務予定表")
# (a plan's day columns: 5/19(月), 火曜)
_DAY_COLUMN = re.compile(r"[0-9０-９]{1,2}[/／][0-9０-９]{1,2}(?:[(（][月火水木金土日][)）])?|[月火水木金土日](?:曜日?)?")
_DRILL_COLUMNS = frozenset({"参集手段", "手段", "到着時刻", "到着時間", "参集時刻", "所要時間", "参集場所", "連絡手段",
                            "第1希望", "第2希望", "第3希望", "第１希望", "第２希望", "希望日", "取得予定", "予定日", "受講状況"})
_TEAM = re.compile(r"(?:業務|管理|受注者?|受託者?)?実施体制|配置(?:予定)?技術者|技術者(?:の)?配置|(?:受託者|受注者)の(?:体制|配置)")
_ORG_COLUMNS = frozenset({"所属", "所属先", "団体名", "会社名", "機関名", "事業者名", "事業所名", "法人名", "商号"})
_CONTACT_COLUMNS = _ORG_COLUMNS | {"No", "No.", "番号", "部署", "部署名", "役職", "職名", "氏名", "ふりがな", "フリガナ", "メール",
                                   "メールアドレス", "E-mail", "Email", "email", "電話", "電話番号", "TEL", "業種", "参加者氏名",
                                   "参加者名", "担当者", "担当者名", "出席者名"}
_CARD_COLUMNS = _CONTACT_COLUMNS | {"郵便番号", "〒", "住所", "所在地", "FAX", "交換日", "名刺交換日", "登録日"}
_HEADING_REACH = 300


def staff_drill(text: str, header_start: int, cells: list[str], directory: frozenset[str]) -> bool:
    """A drill's table of the office's staff: the heading above says so, every column is a directory's or the drill's."""
    return _STAFF_DRILL.search(text, max(0, header_start - _HEADING_REACH), header_start) is not None and all(
        c in directory or c in _DRILL_COLUMNS or _DAY_COLUMN.fullmatch(c) for c in cells)


def contact_columns(text: str, header_start: int, cells: list[str]) -> bool:
    """Organisations' people with their work contacts, or a contractor's team under its heading."""
    if not _ORG_COLUMNS.isdisjoint(cells) and (_CARD_COLUMNS if "会社名" in cells else _CONTACT_COLUMNS).issuperset(cells):
        return True
    return _TEAM.search(text, max(0, header_start - _HEADING_REACH), header_start) is not None
