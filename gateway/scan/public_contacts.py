"""Public context, contacts (``gateway.scan.public_context``): numbers, addresses and names that a published
document gives as an organisation's, not a person's.

* **Facility lines**: a landline or an address on a line that names a facility or an organisation
  (小学校, 公民館, クリニック, 医院, 株式会社 …) or after a venue label (会場, 所在地, 本社) is the facility's, not a
  person's -> the number is not personal, the address informational; so is a landline on a line opened by a venue label
  (場所　白樺堂（…、電話 0157-…）); an address that names a body or an area (北町三丁目町内会長, 緑町一丁目地区) is no
  dwelling; and a landline on a line that gives a role's or an organisation's mail address (call me at 03-… or email …).
* **Organisation signatures and contact blocks**: below a separator line (―――, -----, a mail's "-- "), or under a contact
  heading (問合せ先, お問い合わせ, ご質問, Contact, Media contact, Inquiries, Questions), a block that names an organisation (…課,
  …係, 協議会, 株式会社, Division, City Hall …) gives the organisation's landlines, work e-mail addresses and
  address, and a mobile in a business signature (one with a landline or a work address), unless a number or
  address is labelled private (自宅, 私用). A name in a contact block that holds no personal partner (a mobile,
  a free-mail address, a birth date) is the member of staff in charge -> ``official``. A mail's signature written
  without a separator — a paragraph of a few lines opened by a business's legal name (株式会社…　札幌営業所 / … Ltd.)
  that gives a landline or a work mail address and nothing sensitive — counts as a block below a separator (round 14).
* **Official mobiles**: a mobile labelled as the office's (公用携帯, 業務用携帯, 貸与スマホ, office mobile) is
  not personal.

Linear: one pass per marker regex, bounded windows per finding.
"""

from __future__ import annotations

from gateway.scan import rx as re
from bisect import bisect_right
from typing import Any

from gateway.scan.recognizers._base import digits_only
from gateway.scan.recognizers.address_residents import resident_after
from gateway.scan.public_lines import line_end as _line_end, line_start as _line_start, rows_under
from gateway.scan.public_mobiles import persons_by_line, said_official
from gateway.scan.recognizers._text import line_matches

_SIGNATURE_MAX = 600  # how long a signature or contact block may be
_CONTACT_LINES = 6  # how many lines a contact block under its heading may run

# facilities and organisations whose numbers and addresses are public
FACILITY = re.compile(
    r"(?:小学校|中学校|高等学校|高校|義務教育学校|特別支援学校|学校|大学|体育館|武道場|道場|運動場|グラウンド|競技場|公民館|図書館|美術館|博物館|資料館|"
    r"会館|ホール|センター|ステーション|研究所|病院|診療所|クリニック|医院|歯科|薬局|接骨院|整骨院|老人ホーム|ホーム|保育園|保育所|幼稚園|"
    # a clinic named by its department (ひがし整形外科　東町1-15-2, みなみ小児科（小児科）): the department ends the name
    r"(?:内|外|小児|眼|皮膚|耳鼻咽喉|耳鼻|産婦人|婦人|泌尿器|精神|心療内|整形外|形成外|脳神経外|循環器内|消化器内|呼吸器内)科"
    r"(?=[ \t　(（]|医院|クリニック)|"
    r"こども園|児童館|学童クラブ|市役所|区役所|町役場|村役場|役場|庁舎|出張所|支所|消防署|警察署|交番|郵便局|公園|プール|斎場|"
    r"協議会|協会|組合|財団|株式会社|有限会社|合同会社|法人|\(株\)|\(有\)|商工会議所|事業所|営業所|事務所|酒造|酒蔵|蔵元|醸造所|醸造元|窯元|製菓|本舗|"
    r"Library|Hall|Center|Centre|School|Hospital|Museum|City Office|Park|Stadium|Gymnasium|Plaza|"
    # a centre or a city hall named in residents' languages (Trung tâm tư vấn, Centro de apoio, 咨询中心, 센터: r15)
    r"(?i:trung tâm|tòa thị chính|centro|prefeitura|sentro|munisipyo|pusat)|(?:服务|服務|咨询|諮詢|支援|交流)中心|센터|시청|ศูนย์|केन्द्र|"
    # companies in English signatures: Civic Data Partners Ltd., LinguaTech Japan K.K.
    r"(?<![A-Za-z])(?:Ltd|Inc|K\.K|Co\.,? Ltd|Corporation|Corp|LLC|GmbH|plc)(?![A-Za-z]))"
)
# an address followed by the office's own building (…中央町一丁目1番1号 本庁舎4階: a signature's, round 36)
_GOV_BUILDING_AFTER = re.compile(r"[ \t　]*(?:本庁舎|分庁舎|合同庁舎|第[0-9一二三四]庁舎|[東西南北新]庁舎|市役所|区役所|町役場|村役場|役場)")
FACILITY_NAME = re.compile(r"(?:" + FACILITY.pattern + r"|館|園|所|署)$")  # a "name" that is a facility's (a facility list)
# a sight's name (杉浦橋, 白浜海水浴場: open data of spots; a bridge of three kanji: 高橋 is a surname); a shop by its kind (茶房 もみじ, r31)
_SPOT_NAME = re.compile(r"[一-鿿々ァ-ヺー]{2,}(?:橋|海水浴場|浴場|城跡|朝市|市場|駅|灯台|渓谷|展望台)"
                        r"|(?:茶房|喫茶|食堂|甘味処|居酒屋|旅館|民宿|酒房|茶屋)(?:[ 　][一-鿿ぁ-ゖァ-ヺー]{1,8})?")
# a shop's or a facility's opening hours or closing day on the line (a pamphlet's entry; not a counter log's 受付時間)
_OPENING_HOURS = re.compile(r"定休日|営業時間|営業日|営業は[^\n]{0,6}のみ|開館時間|診療時間|営業[ ]?[0-9]{1,2}[:：時]|(?i:opening hours|open daily|closed on)")
# a table whose header names a place's columns (施設の所在地, 店舗電話, 営業時間/定休日): its rows are facilities' or shops'
# entries (a permit register, a shop map), unless the header names a person's own data too (氏名, 生年月日, 携帯)
_PLACE_HEADER = re.compile(r"所在地|店舗(?:電話|住所)|営業時間|定休日|開館時間|施設名|店名|(?i:opening hours)")
_PERSON_HEADER = re.compile(r"氏名|名前|生年月日|年齢|性別|続柄|携帯|個人番号|自宅|世帯主|納税(?:義務)?者|申請者|相談者|利用者|患者")


def _place_rows(text: str) -> set[int]:
    """Line numbers (0-based) of the rows under a place table's header, up to the first line that is no row."""
    return rows_under(text, lambda line: _PLACE_HEADER.search(line) is not None and _PERSON_HEADER.search(line) is None,
                      "\t|,")


# the rest of a name's token, to the next space, quote, comma, bracket or colon: a facility's name the tagger split
# ("name": "深見川市立第一小学校 体育館" → a name 深見川 + 市立第一小学校; 深見川市民 + センター)
_TOKEN_REST = re.compile(r"[^\s　\"'”」』,，、。|:：()（）\[\]{}<>/／]{0,20}")  # (/: a cell's end, round 17)


def facility_token(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is a facility's, or the start of one (its token goes on to a facility's ending)."""
    if FACILITY_NAME.search(text, start, end) is not None or _SPOT_NAME.fullmatch(text, start, end) is not None:
        return True
    rest = _TOKEN_REST.match(text, end).end()
    if _TOKEN_REST.match(text, start, end).end() < end:  # several tokens: only a run on into a facility's (内　あおば内科…, r30)
        return rest > end and FACILITY_NAME.search(text, end, rest) is not None and len(text[start:end].split()) == 2
    return rest > end and (FACILITY_NAME.search(text, start, rest) is not None
                           or _SPOT_NAME.fullmatch(text, start, rest) is not None)
# what opens a line that names a correspondent by a mail address: a mail header, a commit trailer, a mailbox
_MAIL_HEADER = re.compile(
    r"[ \t>]*(?:(?i:from|to|cc|bcc|reply-to|sender|signed-off-by|co-authored-by|reviewed-by|acked-by|tested-by|"
    r"reported-by|author|committer)[ \t]*:|(?:差出人|宛先|送信者|送信元)[ \t]*[:：])[^\n]{0,80}$|[ \t>]*[^<\n]{1,60}<$")
# a venue named right after an address and followed by its particle (…本町2の3の4、かしわ台斎場で)
_VENUE_AFTER = re.compile(r"[ ]?[、,][ ]?[^\n、。,()（）]{0,14}?(?:" + FACILITY.pattern + r")(?:で|にて|において)")
# an address given in brackets right after a facility's name (保健センター（緑野市本町2丁目3番1号）の母子相談): the facility's
_FACILITY_OPEN = re.compile(r"(?:" + FACILITY.pattern + r")[ ]?[(（][ ]?(?:所在地[:：]?[ ]?)?$")
# what may open a line before its label: indentation and a list's bullet (・連絡所 …, ■ 選挙管理委員会事務局 …)
_LEAD = r"[ \t　]*(?:[・･●○■□◆◇▪\-*＊][ \t　]*)?"
_BRANCHES = "本社|本店|支社|支店"  # a company's offices: a venue label before an address, an office line's head
# (and in English: Place:, Venue:, Location:, Meeting point:, round 14)
_VENUE_LABEL = re.compile(r"(?:会場|開催場所|開催地|集合場所|所在地|設置場所|場所|" + _BRANCHES
                          + r"|(?i:place|venue|location|meeting point|where)[ \t]*:)[ \t　]*[:：]?")
_VENUE_HEAD = re.compile(_LEAD + r"(?:" + _VENUE_LABEL.pattern + r")")
_VENUE_LINE = re.compile(r"[ \t　]*[■□●・]?[ \t　]*(?:会場|開催場所|場所|集合場所|所在地)[ \t　]*[:：]?[ \t　]")
# a body, an area or a facility named after a place (北町三丁目町内会, 緑町一丁目地区, 栄町商店街, 東町三丁目第2集積所 r32)
_NAMED_AFTER = re.compile(r"(?:町内会|自治会|町会|区会|連合会|商店街|商店会|老人クラブ|子ども会|地区|区域|夏祭り|秋祭り|祭り|まつり|盆踊り|運動会"
                          r"|(?:第[0-9]{1,2})?(?:ごみ)?(?:集積所|ステーション|集会所|公民館|会館|児童遊園|防災倉庫))")
# a line headed by an office's label (連絡所 …, 選挙事務所 …: an election bulletin's contact): its address and landline
# are the office's (round 13)
_OFFICE_LINE = re.compile(_LEAD + r"(?:連絡所|選挙事務所|後援会事務所|事務所|" + _BRANCHES + r"|営業所)[ \t　]*[:：]?")
# a landline given for bookings or visits (酒蔵見学は要予約、電話 0866-…; ご予約・受付 TEL …): a business's or a facility's
# desk, even on the line of the person a profile is about (round 14); a mobile or a line labelled private stays personal
_BOOKING_LINE = re.compile(r"(?:予約|申込み?|申し込み|見学|受付|医療案内|救急案内|救急外来|夜間救急|休日診療|相談ダイヤル|相談窓口|お店|店舗|"
                           r"[(（](?:事業所|会社|事務所|本社|支店|施設|営業所)|"  # (…さん（事業所 0282-…）: the business's, r36)
                           r"(?i:reservations?|bookings?|desk|hotline|helpline))"
                           r"(?:[はの・、,：:／/ \t　（(]|電話|番号|専用|窓口|受付|TEL|Tel|tel|☎|℡|at|on){0,6}$")
# organisation names in a signature or contact block: the facility words above, or a department (総務課, 地域福祉係)
_ORG = re.compile(FACILITY.pattern + r"|[一-龥ァ-ヶ]{1,10}(?:課|係|部|局|グループ|チーム)(?![一-龥])"
                  r"|(?:Division|Department|Section|Bureau|Office|City Hall|Town Hall)(?![a-z])")
# a separator line (―――, -----), or a mail's signature delimiter: two dashes alone on their line ("-- ", RFC 3676)
_SEPARATOR = re.compile(r"^[ \t　]*(?:(?:[-―─━‐－ー=＝_＿*＊~〜]){3,}|--)[ \t　]*$", re.MULTILINE)
# a signature without a separator (round 14): a paragraph at the end of a mail opened by a line naming a business by its
# legal form or a professional's office (株式会社北斗システムサービス　札幌営業所, Civic Data Partners Ltd.): counts as a block below a separator when it
# gives a business contact and nothing sensitive
_LEGAL_FORM_LINE = re.compile(
    r"^[ \t　]*[^\n]{0,30}?(?:株式会社|有限会社|合同会社|合資会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|"
    r"NPO法人|特定非営利活動法人|[(（][株有][)）]|(?<![A-Za-z])(?:Ltd|Inc|K\.K|Corporation|Corp|LLC|GmbH|plc)\.?(?![A-Za-z]))"
    r"[^\n]{0,40}$"
    # or a professional's office by its name alone on the line (北斗総合法律事務所, 白樺会計事務所, みなと設計事務所)
    r"|^[ \t　]*[^\s]{1,20}(?:法律|特許|会計|税理士|司法書士|行政書士|社会保険労務士|設計|建築|監査)事務所[ \t　]*$"
    # or a university or a research institute, with its school or lab (北海道教育大学 釧路校 地域学習協働教室)
    r"|^[ \t　]*[^\s。、]{1,20}(?:大学|大学院|大学校|高等専門学校|研究所|研究機構)(?:[^\n。、]{0,30})$", re.MULTILINE)
# a word every _LEGAL_FORM_LINE match holds (its lines are tried only where one occurs: line_matches' cue)
_LEGAL_FORM_CUE = re.compile(r"会社|法人|[(（][株有][)）]|Ltd|Inc|K\.K|Corp|LLC|GmbH|plc|事務所|大学|高等専門学校|研究所|研究機構")
_PARAGRAPH_LINES = 8  # how many lines such a paragraph may run
_BELOW, _HEADED, _PARAGRAPH = 0, 1, 2  # a block below a separator, under a contact heading, opened by a legal name
_FACILITY_BLOCK = 3  # under a line that is a facility's name: its contacts only, never a record's (a letterhead)
# a heading of the office's contact block (問合せ先　環境政策課 … / Media contact:), at a line start
_CONTACT_HEAD = re.compile(
    r"^[ \t　]*[■□●◆◇▼【\[]?[ \t　]*(?:お?問い?合わ?せ先?|お?問合せ先?|ご質問|署名(?=[ \t　]*[:：])|(?:業務)?連絡窓口|(?i:(?:media |press )?contacts?|inquiries|enquiries|signature(?=:)|"
    r"questions|for (?:more )?information))(?:[】\]][ \t　]*|[ \t　]*[:：][ \t　]*|[ \t　]+|$)", re.MULTILINE)
_BLANK = re.compile(r"\n[ \t　]*\n")
# a line that is a facility's name and nothing else (千鳥ヶ丘市国際交流センター / Chidorigaoka International Center): the
# lines under it give the facility's address, hours and numbers, as under a contact heading (round 14)
_FACILITY_HEAD = re.compile(r"^[ \t　]*[■□●◆◇▼【\[]?[ \t　]*(?:[^\n0-9:：、。]{0,30}?(?:" + FACILITY.pattern
                            + r")\.?|(?:株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|社会福祉法人|医療法人"
                            r"|特定非営利活動法人|NPO法人)[ 　]?[^\n0-9:：、。]{1,30})"  # (a business card's first line, round 36)
                            r"[】\]]?(?:[ \t　]*[/／|｜(（][^\n0-9:：、。]{1,60})?[ \t　]*$", re.MULTILINE)
# a number labelled as a private one (自宅 042-…, 携帯, 私用): a partner whatever its kind
PRIVATE_PHONE_LABEL = re.compile(r"自宅|私用|個人の?(?:電話|番号|携帯)|ご家族|家族|緊急連絡先|(?:私|自分)の(?:携帯|スマホ)|(?i:home|private|personal)")
# …or a note right after the number (080-…、私用携帯のため掲載しないで; 090-…（自宅）: round 34)
_PRIVATE_NOTE_AFTER = re.compile(r"[ ]?[(、,][^)\n。]{0,12}?(?:自宅|私用|私物|個人(?:の)?(?:携帯|電話|番号|スマホ)|プライベート)")


def private_number(text: str, s: int, e: int, lo: int | None = None) -> bool:
    """The number at ``s:e`` is labelled private: before it, from ``lo`` (ten characters back by default: 自宅 …,
    私用携帯：…), or in a note right after it (080-…、私用携帯のため …)."""
    return PRIVATE_PHONE_LABEL.search(text, max(0, s - 10) if lo is None else lo, s) is not None \
        or _PRIVATE_NOTE_AFTER.match(text, e) is not None
# a mobile the office lends its staff (公用携帯 080-…, 業務用スマホ：…, office mobile …), right before the number
_OFFICIAL_MOBILE_HEAD = re.compile(r"(?:公用|業務用|社用|貸与)(?:携帯|スマホ|端末)|(?i:official mobile|work mobile)")  # (a column, r36)
_PRIVATE_HEAD = re.compile(r"私用|自宅|個人|プライベート")  # (a table that also holds a private number's column: not read so)
_OFFICIAL_MOBILE = re.compile(
    r"(?:公用|業務用|社用|貸与)の?(?:携帯|スマホ|スマートフォン|PHS)?(?:電話)?(?:番号)?[①-⑳0-9０-９]?[ \t　:：（(]*$"
    # (a company's, a duty's or a site's mobile: 会社携帯 090-…, （会社携帯・24時間）090-…, 当番携帯（会社所有）…, round 42)
    r"|(?:会社|当番|現場)(?:の)?(?:携帯|スマホ|スマートフォン)(?:電話)?(?:[(（][^)）\n]{0,10}[)）])?[ \t　:：（(]*$"
    r"|[(（](?:会社|社用|業務用|公用|当番|現場)(?:携帯|スマホ)[^)）\n]{0,10}[)）][ \t　]*$"
    r"|(?i:(?:official|office|duty|work|company|business) (?:mobile|cell(?:phone)?)(?: phone)?)[ \t:(]*$"
    # (the label's note after it, on business cards: 携帯（業務用）：…, Mobile（社用）: …, round 41)
    r"|(?:携帯|スマホ|(?i:mobile|cell))(?:電話)?[ \t]*[(（](?:公用|業務用|社用|会社|貸与|(?i:work|company|business|office))[^)）\n]{0,6}[)）]"
    r"[ \t　:：]*$")

# or a contractor's site mobile in a works notice: the business by its legal form, then its site role, on the number's
# line (施工　有限会社 丸岡設備　現場代理人 丸岡 浩二（携帯 090-…、作業時間中のみ）, round 12)
_WORKS_MOBILE = re.compile(r"(?:株式会社|有限会社|合同会社|[(（][株有][)）])[^\n]{0,30}?"
                           r"(?:現場代理人|主任技術者|監理技術者|現場責任者)[^\n]{0,40}$")

CONTACT = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS", "JP_POSTAL_CODE"})
# honorifics a letter or a record gives a private person (not Ms./Mr. of an English contact line)
_PRIVATE_HONORIFICS = frozenset({"様", "さん", "殿", "君", "くん", "ちゃん", "さま"})


def personal_partner(h: Any) -> bool:
    """A mobile number, a free-mail address or a full birth date (not a historical one): what identifies
    a private person."""
    if h.entity == "DATE_OF_BIRTH":
        return not h.meta.get("informational") and h.meta.get("precision", "day") == "day"
    if h.entity == "PHONE_NUMBER":
        return h.meta.get("kind") == "mobile" and h.meta.get("personal", True) is not False
    if h.entity == "EMAIL_ADDRESS":
        return h.meta.get("kind") == "freemail"
    return False


def neutralise(h: Any, why: str) -> None:
    if h.entity in ("PHONE_NUMBER", "EMAIL_ADDRESS"):
        h.meta["personal"] = False
    else:
        h.meta["informational"] = True
    h.meta["public_context"] = why


# a line headed by an office unit and a phone label only (選挙管理委員会事務局　電話 0299-…, 市民課 TEL …): the office's
# contact line, read before a published list's names look for numbers on the lines beside them (round 14)
_UNIT_LINE = re.compile(_LEAD + r"[一-龥ァ-ヶ]{1,16}(?:課|係|室|局|事務局|委員会|センター)(?:[ \t　]*[(（][^)）\n]{1,12}[)）])?"
                        r"[ \t　]*(?:電話|TEL|Tel|tel|☎|℡)?[ \t　:：]*")


def official_mobiles(text: str, hits: list[Any]) -> None:
    """A mobile labelled as the office's (公用携帯 080-…) is the office's number, not a personal one; so is a landline
    on a line headed by an office unit and nothing else (…委員会事務局　電話 …)."""
    column = rows_under(text, lambda line: _OFFICIAL_MOBILE_HEAD.search(line) is not None and _PRIVATE_HEAD.search(line) is None,
                        "\t|,") \
        if _OFFICIAL_MOBILE_HEAD.search(text) is not None else set()
    persons = persons_by_line(hits)  # (the people on each line, gathered once)
    for h in hits:
        if h.entity != "PHONE_NUMBER" or not h.meta.get("personal", True):
            continue
        if h.meta.get("kind") != "mobile":
            if _UNIT_LINE.fullmatch(text, _line_start(text, h.start), h.start):
                neutralise(h, "office_line")
            continue
        ls = _line_start(text, h.start)
        if h.line in column or _OFFICIAL_MOBILE.search(text, max(ls, h.start - 16), h.start) or said_official(text, h) or (
                _WORKS_MOBILE.search(text, max(ls, h.start - 80), h.start)
                and not private_number(text, h.start, h.end, max(ls, h.start - 10))):
            neutralise(h, "official_mobile")
            for p in persons.get(h.line, ()):
                if p.start < h.start:
                    p.meta["capacity_contact"] = True  # (named with the office's or the company's mobile: no roster, r42)


def mail_headers(text: str, hits: list[Any]) -> None:
    """A company's mail address in a mail header (From:, To:, Cc:, 差出人:, 宛先:), a commit trailer (Signed-off-by:,
    Co-authored-by:) or a mailbox opening a line (``Mina Park <mina.park@webcraft.co.jp> feat: …``) is how business mail
    and code name their correspondents: not a personal contact (a free-mail address stays one)."""
    for h in hits:
        if h.entity == "EMAIL_ADDRESS" and h.meta.get("kind") == "work" and h.meta.get("personal", True) \
                and _MAIL_HEADER.match(text, _line_start(text, h.start), h.start):
            neutralise(h, "mail_header")


def _venue_named(text: str, lo: int, start: int) -> bool:
    """A line headed by a venue label that names the facility before the address (Place: Kitahama Central Park,
    2-1 Chuo; 会場：北浜市民会館　北浜市中央2-1): the venue's address, even beside a person's line."""
    return _VENUE_HEAD.match(text, lo) is not None and FACILITY.search(text, lo, start) is not None


def facility_lines(text: str, hits: list[Any], busy_lines: set[int],
                   partner_lines: set[int] | frozenset[int] = frozenset()) -> None:
    """Landlines and addresses on a line naming a facility, or after a venue label; landlines on a line giving an
    organisation's or a role's mail address (call me at 03-… or email sales@…); an address followed by the facility
    held there (告別式は…、かしわ台市本町2の3の4、かしわ台斎場で) or given in brackets after the facility's name (保健センター（…）),
    also on a line naming a person, without a partner; an address that names a body or an area (北町三丁目町内会長,
    緑町一丁目地区, round 14)."""
    org_mail = {h.line for h in hits if h.entity == "EMAIL_ADDRESS" and h.meta.get("kind") in ("role", "organisation")}
    place_rows: set[int] | None = None  # (the rows of a table of places: read once, when a contact needs it)
    # a record's or a form's line (申込者 …, 氏名：…): a number there is the person's, whatever its label says
    form_lines = {h.line for h in hits if h.entity == "PERSON" and h.meta.get("label")}
    for h in hits:
        if h.entity == "JP_ADDRESS" and h.line not in partner_lines and _NAMED_AFTER.match(text, h.end):
            neutralise(h, "place_in_name")  # 北町三丁目町内会長, 緑町一丁目地区: a body named after its place
            continue
        if h.entity == "JP_ADDRESS" and (_GOV_BUILDING_AFTER.match(text, h.end) or h.line not in partner_lines and (
                _VENUE_AFTER.match(text, h.end) or _FACILITY_OPEN.search(text, max(0, h.start - 24), h.start))):
            neutralise(h, "venue")
            continue
        if h.entity == "PHONE_NUMBER" and h.meta.get("kind") != "mobile" and h.line not in partner_lines \
                and h.line not in form_lines \
                and _BOOKING_LINE.search(text, max(0, h.start - 16), h.start) \
                and not private_number(text, h.start, h.end, max(0, h.start - 16)):
            neutralise(h, "facility")
            continue
        if h.entity in CONTACT and h.entity != "EMAIL_ADDRESS" and h.line not in partner_lines and (_OPENING_HOURS.search(
                text, _line_start(text, h.start), _line_end(text, h.end)) is not None or (
                h.line in (place_rows := _place_rows(text) if place_rows is None else place_rows)
                and h.meta.get("kind") != "mobile")):
            neutralise(h, "business_hours")  # 住所：… TEL … 定休日：水曜 営業 9:00〜18:00: a shop's (round 30)
            continue
        if h.entity not in CONTACT or h.line in busy_lines or h.entity == "EMAIL_ADDRESS":
            continue
        if h.line not in partner_lines and _OFFICE_LINE.match(text, _line_start(text, h.start), h.start):
            neutralise(h, "facility")  # 連絡所 …, 営業所 …: the office's, even under a named person's line
            continue
        if h.entity != "PHONE_NUMBER" and (h.line - 1 in busy_lines or h.line + 1 in busy_lines) \
                and not _venue_named(text, _line_start(text, h.start), h.start):
            continue  # an address next to a person's line (送付先 … / 氏名 …) is theirs; not a venue named on its line
        if h.entity == "PHONE_NUMBER" and (h.meta.get("kind") == "mobile" or h.meta.get("personal") is False):
            continue
        lo = _line_start(text, h.start)
        if h.entity == "JP_ADDRESS" and resident_after(text, h.end):
            continue  # (場所：…「コーポ柊」203号室 ⏎ ・女性、83歳: a visit's place, someone's home, round 24)
        if FACILITY.search(text, lo, h.start) or (
                h.entity != "PHONE_NUMBER" and _VENUE_LABEL.search(text, max(lo, h.start - 16), h.start)) or (
                # a landline on a line opened by a venue label (場所　白樺堂（栄町二丁目1-4、電話 0157-…）, round 14)
                h.entity == "PHONE_NUMBER" and _VENUE_LINE.match(text, lo)
                and not private_number(text, h.start, h.end, lo)):
            neutralise(h, "facility")
        elif h.entity == "PHONE_NUMBER" and h.line in org_mail \
                and not private_number(text, h.start, h.end, max(lo, h.start - 10)):
            neutralise(h, "organisation_mail_line")


def _blocks(text: str) -> list[tuple[int, int, int]]:
    """(start, end, kind) of the blocks below a separator line, under a contact heading or opened by a business's
    legal name (kinds _BELOW, _HEADED, _PARAGRAPH) that name an organisation, in text order; a block ends at a blank
    line, the next separator or its size limit."""
    starts = [(m.end(), _BELOW) for m in line_matches(_SEPARATOR, text)]  # (line starts only: the same matches)
    starts += [(m.start(), _HEADED) for m in line_matches(_CONTACT_HEAD, text)]
    paragraphs = _legal_form_paragraphs(text)
    taken = set(paragraphs)  # (a facility's name line that opens a business's paragraph is read as that paragraph)
    starts += [(m.start(), _FACILITY_BLOCK) for m in line_matches(_FACILITY_HEAD, text, FACILITY) if m.start() not in taken]
    starts += [(s, _PARAGRAPH) for s in paragraphs]
    if not starts:
        return []
    starts.sort()
    blanks = [m.start() for m in _BLANK.finditer(text)]
    out: list[tuple[int, int, int]] = []
    for k, (s, kind) in enumerate(starts):
        if out and s < out[-1][1]:
            continue  # a heading inside a block already taken (a signature's 問合せ line)
        end = min(len(text), s + _SIGNATURE_MAX)
        if k + 1 < len(starts) and starts[k + 1][1] == _BELOW:
            end = min(end, starts[k + 1][0])
        i = bisect_right(blanks, s)
        if i < len(blanks):
            end = min(end, blanks[i])
        if kind in (_HEADED, _FACILITY_BLOCK):  # a contact block runs a few lines under its heading
            nl = s
            for _ in range(_CONTACT_LINES):
                nl = text.find("\n", nl + 1, end)
                if nl < 0:
                    break
            if nl >= 0:
                end = nl
        if end > s and _ORG.search(text, s, end) and not (kind == _BELOW and _prose_lines(text, s, end)):
            out.append((s, end, kind))
    return out


# a line of prose: 30 characters or more with a sentence's end (a memo's body between two rules, not a signature: r30)
_PROSE_LINE = re.compile(r"^[^\n]{30,}。", re.MULTILINE)


def _prose_lines(text: str, s: int, end: int) -> bool:
    """The block below a separator holds two lines of prose or more: a note or a memo set off by rules, no signature."""
    return sum(1 for _ in zip(range(2), _PROSE_LINE.finditer(text, s, end))) >= 2


def _legal_form_paragraphs(text: str) -> list[int]:
    """Starts of the paragraphs (after a blank line) that open with a line naming a business by its legal form and run
    at most a few lines: a mail's signature written without a separator."""
    out = []
    for m in line_matches(_LEGAL_FORM_LINE, text, _LEGAL_FORM_CUE):
        s = m.start()
        if s < 2 or text[text.rfind("\n", 0, s - 1) + 1:s].strip():
            continue  # not a paragraph's first line (the line before holds text)
        end = _BLANK.search(text, s)
        if text.count("\n", s, end.start() if end else len(text)) < _PARAGRAPH_LINES:
            out.append(s)
    return out


def signatures(text: str, hits: list[Any]) -> None:
    """Contacts in a signature block (below a separator line) or a contact block (under 問合せ先 / Contact) that
    names an organisation; the names in a contact block without a personal partner are the staff in charge."""
    blocks = _blocks(text)
    if not blocks:
        return
    starts = [b[0] for b in blocks]
    inside: dict[int, list[Any]] = {}
    for h in hits:
        if h.entity in CONTACT or h.entity in ("PERSON", "SENSITIVE_PERSONAL_INFO"):
            i = bisect_right(starts, h.start) - 1
            if i >= 0 and h.end <= blocks[i][1]:
                inside.setdefault(i, []).append(h)
    for i, block in inside.items():
        kind = blocks[i][2]
        head = kind == _HEADED
        if not _office_block(text, kind, block) or _roster(text, blocks[i][0], block):
            continue
        # a business signature gives the organisation's landline or a work address: a mobile in it is the
        # company's phone for its staff, unless labelled private (自宅, 私用); not so under a contact heading
        # (問合せ先 自治会長 … 090-…), where only a mobile labelled as the office's is (official_mobiles)
        business = not head and any(business_contact(h) for h in block)
        private = False
        for h in block:
            if h.entity in ("PERSON", "SENSITIVE_PERSONAL_INFO"):
                continue
            if private_number(text, h.start, h.end):
                private = True
                continue
            if personal_partner(h) and not (business and h.entity == "PHONE_NUMBER"):
                private = True
                continue
            neutralise(h, "signature")
        if head and not private:
            for h in block:
                if h.entity == "PERSON" and not h.meta.get("official") and not h.meta.get("own_number"):
                    h.meta["official"] = True
                    h.meta["public_context"] = "contact_block"


def _office_block(text: str, kind: int, block: list[Any]) -> bool:
    """Whether a block's contacts are the organisation's: not with a resident addressed or a topic under 問い合わせ
    (福祉課に山田 太郎 様から生活保護の相談), not a letterhead over a record's labelled name (北浜市立中央病院 ⏎ 紹介状 ⏎
    患者氏名 …; under a rule, a private person's name after a label's colon: 請求者：… ⏎ 住所：…), and a business's
    paragraph only with the business's landline or mail."""
    if kind != _BELOW and any(h.entity == "SENSITIVE_PERSONAL_INFO" or h.meta.get("honorific") in _PRIVATE_HONORIFICS
                              for h in block):
        return False
    if kind == _FACILITY_BLOCK and any(h.entity == "PERSON" and not h.meta.get("official") and h.meta.get("label")
                                       for h in block):
        return False
    if kind == _BELOW and any(h.entity == "PERSON" and not h.meta.get("official") and h.meta.get("label")
                              and ":" in text[max(0, h.start - 3):h.start] for h in block):  # (請求者：… ⏎ 住所：…, r34)
        return False
    return kind != _PARAGRAPH or any(business_contact(h) for h in block)


# a list's header naming whom and how to reach (No. 氏名 地番 連絡先 備考)
_ROSTER_HEAD = re.compile(r"(?m)^[^\n]{0,40}(?:氏名|名前|お名前)[^\n]{0,40}(?:連絡先|電話|住所|地番|所在地)")


def _roster(text: str, start: int, block: list[Any]) -> bool:
    """A list of people with their contacts in the block (a roster pasted under a rule: 1 大槻 正則 宮ノ下2-118 0466-…):
    at least three lines holding a name and a contact, or two under a header naming both (round 17). A signature
    is one person's (two people of a business with their mobiles are told apart by no header)."""
    people = {h.line for h in block if h.entity == "PERSON"}
    listed = {h.line for h in block if h.entity in CONTACT and h.line in people}
    if len(listed) >= 3:
        return True
    return len(listed) == 2 and _ROSTER_HEAD.search(text, start, min(h.start for h in block)) is not None


def business_contact(h: Any) -> bool:
    if h.entity == "EMAIL_ADDRESS":
        return h.meta.get("kind") not in ("freemail", None)
    return h.entity == "PHONE_NUMBER" and h.meta.get("kind") in ("office", "landline", "toll_free")


def same_public_numbers(text: str, hits: list[Any]) -> None:
    """A number the document shows as an office's line somewhere (a hotline, a main number) is that office's wherever
    it is repeated (しつもん：…でんわ 0569-41-7700 at the end of a multilingual notice, round 24)."""
    phones = [(h, digits_only(text[h.start:h.end])) for h in hits if h.entity == "PHONE_NUMBER"]
    public = {d for h, d in phones if h.meta.get("personal") is False}
    for h, d in phones:
        if d in public and h.meta.get("personal", True) is not False:
            h.meta["personal"] = False
            h.meta.setdefault("public_context", "repeated")
