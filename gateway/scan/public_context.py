"""Public-document context (issue 13, rounds 5-6): findings that a published document explains.

Staff paste published material (広報, council minutes, event notices, facility lists, fee-payment
notices, bid results) whose names, numbers and addresses are public by nature. Each mechanism below
reads the text around a finding and marks it, before the decision rules run:

* **Council speakers** (``○議長（島田光一君）``, ``12番 増井陽子君``): in a council record (a speaker line
  ``○役職（氏名君）`` or a 議会 + 会議録 document) names with the parliamentary ``君`` are members and
  executives speaking in their official capacity -> ``official``.
* **Speakers and authors**: a name after a speaker or academic role on its line (講師, 登壇者, 教授,
  パネリスト, 著者, Manager, Coordinator …) is a public figure in a notice -> ``official``; so is a name read from
  a class label and followed by a teacher's title (1年1組　田中 美穂 先生).
* **Company officers** (代表取締役 北原 隆) in a vendor list act in their business capacity -> ``official``.
* **Published lists** (表彰, 受賞, 感謝状, 委員名簿, 掲載に同意 / 掲載を希望, ご寄附ありがとう, 区間賞 …, not 候補/選考/案): a
  listed name with no address, number, birth date, identifier or sensitive topic on its line (or the
  next) was published -> ``official``; so was one in a 広報 feature (広報紙, …号, 特集, 連載) or in a council bill
  on an appointment (議案第45号 副市長の選任について), whose nominee's birth date is published with it, or in an
  election's list of candidates (選挙公報, 届出順, 立候補者一覧), whose ages and parties are published.
* **Historical persons**: a birth date before 1900 (or before 大正), or in a row with a death date under a
  没年 column, is nobody living -> informational, and the names on its line are historical figures; so are names
  without a label or an honorific on a line naming such a year (樋口 一葉は明治5年に…).
* **Facility names**: a "name" that ends in a facility word ("name": "中央公民館") is not a person; nor is one
  glued to a place and a title (出席者 あおば|台市長).
* **Staff with private numbers**: a member of staff (official by title) with a number labelled private on their
  line, or with a personal number in a prompt about private numbers (緊急連絡網, 携帯（私用）, 自宅電話), is not
  an official contact there.
* **Facility lines, signatures, contact blocks, official mobiles, mail headers, venues**: ``public_contacts``; notices
  and published registers: ``public_notices``. **Round 7**: research abstracts (``public_studies``), council question
  lists (``public_council``), representatives, speakers' lines, duties and English staff with their unit (``public_staff``).
* **Public and business accounts**: a bank account held by a public body (名義 みどり野市会計管理者,
  指定金融機関, 収納口座, 公金) is published for fee payment, one held by a company (カ)オフィスワン,
  株式会社 …, after 名義, right after the number, or first on a line that names no person: 振込先：みどり建設株式会社
  みどり銀行 本店 当座 1234567) is printed on its invoices; an account number of one repeated digit is a placeholder -> informational.
* **Placeholders**: an identifier of one repeated digit (個人番号 0000 0000 0000) or, given as a
  shape (例えば …, 「12345678901」のような) or inside a 記入例 paragraph, of the digits in order is a form's
  placeholder; a card number in a paragraph about test cards (テストカード, test card), on a line that does not speak of
  a real customer, is a test number -> example.
* **Inquiry directions**: a sensitive topic followed by an inquiry direction (アレルギー対応食の
  問い合わせは…, 生活保護のご相談は…) on a line that names nobody is a service -> informational.
* **Published bid results**: 予定価格 / 最低制限価格 in a paragraph that reports the result (落札者,
  落札金額, 入札結果 …) are published after the opening -> informational, unless the line says the
  price is not yet public (開札前, 非公表 …): see ``public_bids``.

None of these applies next to a personal partner (a mobile number, a free-mail address, a birth date,
a number labelled 自宅/私用/家族) on the same line, or on a line that also names a private person:
one resident's contact buried in a public document still counts.

Linear: one pass per marker regex over the text, then bounded windows (one line, at most
``public_lines.LINE_MAX`` characters) per finding.
"""

from __future__ import annotations

from gateway.scan import rx as re
from bisect import bisect_right
from collections.abc import Iterable

from gateway.scan.public_accounts import public_accounts
from gateway.scan.public_bids import bid_results
from gateway.scan.public_contacts import CONTACT as _CONTACT, private_number
from gateway.scan.public_business import business_caller as _business_caller
from gateway.scan.public_contacts import facility_token as _facility_token
from gateway.scan.public_contacts import facility_lines, mail_headers, official_mobiles, signatures, personal_partner as _personal_partner
from gateway.scan.public_contacts import same_public_numbers
from gateway.scan.public_correspondents import (attendee_lines, card_lines, colleague_lists, company_contacts, header_correspondents, known_staff, role_lines,
                                                vcard_work)
from gateway.scan.public_council import committee_speaker, council_questions, council_record
from gateway.scan.public_history import causes_of_death, historical_dates, historical_mentions
from gateway.scan.public_lines import (EN_TITLE_BEFORE, NOTE_MARK, HitLike as _HitLike, branch_place, line_end as _line_end,
                                      line_start as _line_start, note_lines, publication_named, published_people, town_as_name)
from gateway.scan.public_notices import PUBLISHED_LIST as _PUBLISHED_LIST, published_notices
from gateway.scan.public_placeholders import PLACEHOLDER_IDS, placeholders, quiz_textbook_names, repeated_examples
from gateway.scan.public_records import placeholder_records
from gateway.scan.public_staff import (duty_topics, facility_kinds, office_heads, representatives, speaker_lines,
                                       staff_introductions, units_after)
from gateway.scan.public_studies import study_topics
from gateway.scan.recognizers._first_chars import first_chars, search_from_first
from gateway.scan.recognizers.person_shapes import chinese_line


# --- markers -------------------------------------------------------------------------------------
_INDENT = re.compile(r"[ \t　]{2,}(?=[^ \t　\n])")
# speaker / author roles before a name on its line; company officers named in their business capacity
_SPEAKER_ROLE = re.compile(
    r"(?:講師|登壇者|講演者|演者|基調講演|パネリスト|コーディネーター|ファシリテーター|出演者?|ゲスト|司会|"
    r"名誉教授|特任教授|准教授|教授|助教|研究員|著者|編著者|編者|編著|監修|作家|"
    r"代表取締役(?:社長|会長)?|取締役(?:社長)?|代表社員|代表理事|理事長|執行役員|"
    # a contractor's people named in a works notice (工事施工：渚設備工業（現場代理人 日下 修）)
    r"現場代理人|主任技術者|監理技術者|現場責任者|"
    r"(?i:speakers?|guest lecturers?|lecturers?|professor|prof\.|authors?|panel(?:l?ists?)?|moderators?|chair|"
    r"(?:opening|closing|welcoming?)(?: remarks| address)?|"  # (a programme's "Closing – Mr. …", round 22)
    r"keynote|conveners?|presenters?|chief executive|CEO|director|manager|coordinator|officer|mayor|councill?or"
    # a commit's credit trailers (Co-authored-by:, Reviewed-by:, Signed-off-by:)
    r"|(?:co-)?authored-by|reviewed-by|signed-off-by)"
    # (a whole English word: "Professora, sou a mãe do aluno …" addresses a teacher in Portuguese; a note for the
    # speaker is none of theirs: （講師向けメモ）前回…質問された 籾山 和枝さん（…通院中）, round 32)
    r"(?![a-zà-ÿ]))(?!向け|用|宛|あて)"
)
_SPEAKER_FIRST = first_chars(_SPEAKER_ROLE)  # (a role's first characters: the search starts at the first one)
_PROSE_GAP = re.compile(r"である|であった|だった|として|について|に対し")  # (a role said in prose before the name, round 36)
# a line headed by a role label (Guest lecturers: A; B / 講師：A、B)
_ROLE_LINE = re.compile(
    r"[ \t　]*(?:[^\n:：]{0,12}?)(?:" + _SPEAKER_ROLE.pattern + r")[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*[:：]")
_PRESS_HEAD = re.compile(r"報道発表資料|記者発表資料|報道資料|プレスリリース|(?i:press release)")  # (its unnamed 園児: anonymised, r36)
_CHINESE_DAYS = re.compile(r"周[一二三四五六日末]|星期|礼拜[一二三四五六日天]|每[天周月]")
# a council bill on an appointment (議案第45号 副市長の選任について … 同意を求める) or its press release: the nominee's
# name, town and birth date are published with it
_APPOINTMENT_BILL = re.compile(r"議案第?[0-9]+号[^。]{0,80}?(?:選任|任命|推薦|委嘱|推挙)(?:について|に関し)|(?:副知事|副市長|副町長|副村長|教育長)の"
                               r"(?:選任|任命)について(?=[\s\S]{0,300}?(?:同意を得|お知らせします))")
# an election's published list of candidates (選挙公報, the order of filing): 候補 is no draft there
_ELECTION = re.compile(r"選挙公報|届出順|立候補届出|立候補者(?:一覧|名簿)|候補者(?:一覧|名簿)[^\n]{0,16}(?:選挙|告示|届出)|"
                       r"(?:市長|市議会議員|県議会議員|知事|町長|村長|区長)選挙[^\n]{0,16}(?:候補者|立候補)|"
                       # the result: the people elected and their votes are announced (当選人の告示, 開票結果)
                       r"選挙管理委員会告示|当選人(?:の告示|が次のとおり|決定)|開票結果|得票数")
# the article says the people named agreed to its publication (掲載はご本人・ご家族の同意を得ています): the birth date of a
# 100th-birthday article is part of what they agreed to print (a street address, a private number, a topic is not)
# (not 掲載に同意なし, 掲載の同意が得られない, 掲載は承諾していない)
_CONSENTED = re.compile(r"(?<!未)(?:(?:掲載|公表)(?:に|の|は|を|について)?[^\n。]{0,10}(?:同意|了承|承諾)(?![ ]?(?:は|が|を)?(?:まだ|なし|無し|ない|なく|得られ|未)|"
                        r"しな|して(?:い)?な|せず|済みでない)|(?:同意|了承|承諾)を(?:得て|得た上で|いただき|頂き|いただいて|もらって|もらい)[^\n。]{0,24}?(?:掲載|紹介|載せ)|了承済み?の?掲載|"
                        r"掲載を(?:ご)?希望(?:された|した|する|の)|(?:ご)?本人の(?:希望|了承|同意|承諾)(?:により|で|を得て)[^\n。]{0,16}?掲載|掲載希望(?:者|の方)|(?i:published with [^\n]{0,30}?(?:permission|consent))|"
                        r"(?:載せて|掲載して)(?:も)?(?:よい|いい|構わない)と|掲載の?可否[^\n。]{0,16}確認済)")  # (…と全員から返事, r35)
# (not a council's agenda item or a site: 人権擁護委員の推薦を可決, 建設候補地 — round 28; a doctor's referral letter, r35)
_UNPUBLISHED = re.compile(r"候補(?!地)|選考|(?<!委員の)推薦|内申|審査中|検討中|非公開|内部|取扱注意|案[）)]|[（(]案|紹介状|ご高診|診療情報提供|"
                          # (what the person asked to keep out: 本人「これは書かないでね」, オフレコ: round 30)
                          r"書かないで|載せないで|記事にしないで|オフレコ|(?i:off the record)|"
                          # (r40: the family does not want it published — 病名の公表を望んでおられません, 伏せてください)
                          r"公表を(?:望んで(?:おられ|い)(?:ない|ません)|望まない|望まれない|控えて)|公表しないで|伏せて(?:ほしい|ください|おいて)|"
                          # (the people's consent not yet given: まだ掲載の了承をとっていません, round 22)
                          r"(?:了承|同意|承諾|許可)を(?:まだ)?(?:とって|取って|得て|もらって|いただいて)(?:い)?(?:ない|ません)|"
                          r"(?i:do not (?:share|distribute)|not for (?:publication|distribution)|internal use|confidential|shortlist)")
# an office or a business named after a person (田辺和夫 事務所, 山本 法律事務所, 松尾商店): the organisation, not a person
_ORG_AFTER = re.compile(r"[ 　]?(?:(?:選挙|選対)?事務所|後援会|法律事務所|税理士事務所|司法書士事務所|行政書士事務所|商店|工務店|医院|歯科医院|クリニック)")
# a personnel change announced (本日、…異動の内示を行いました / （3月24日内示・発表） / 発令しました), not a draft: its 内示
# is no record about the people it lists
_ANNOUNCED = re.compile(r"内示を行いました|内示しました|内示済|発表(?:しました|いたしました|済)|発令(?:しました|済)|"
                        r"[（(][^）)\n]{0,14}発表[）)]")
_DRAFT = re.compile(r"[（(]案[）)]|異動案|内示前|内々示|内示(?:は|日)?[^\n。]{0,10}予定|口外|取扱注意|非公開|未発表|発表前|"
                    r"本人限り|本人あて|あなた")
_ANNOUNCED_WORDS = frozenset({"内示", "異動内示"})
# a public title right after a name read from a label (1年1組　田中 美穂 先生, 養護教諭　村上 早苗 先生; 真鍋 聡子 教育長「…」, r33)
_TITLE_AFTER = re.compile(r"[ 　]?(?:先生|教諭|校長|副校長|教頭|議員|院長|教育長|副?(?:市長|町長|村長|知事)|副?議長)(?![一-龥ぁ-ゖ])")
_EN_TITLE_AFTER = re.compile(r",[ ]?(?:Vice |Deputy |Assistant |Acting )?(?:Governor|Mayor|Director(?:-General)?|Minister|Commissioner|"
                             r"Superintendent|Ambassador|Consul(?:[ -]General)?|Councill?or|Secretary-General|Chair(?:person|man|woman)?|President)\b")
# …unless the label names the record's subject (対象者：鷲尾 拓海　教諭 ⏎ 病名：…): a teacher as the subject of a
# personnel or health record is not acting in their capacity
_SUBJECT_LABEL_BEFORE = re.compile(r"(?:対象者|対象職員|当該職員|本人|当事者|相談者|被面談者|申請者|申出者)(?:氏名|名)?"
                                   r"[ \t　]*[:：][ \t　]*$")
# a prompt about private numbers: a member of staff with a personal number on their line is no official contact
_PRIVATE_NUMBERS_DOC = re.compile(
    r"私用|私有|緊急連絡網|緊急連絡先|連絡網|自宅(?:の)?(?:電話|住所|TEL|携帯|番号)|個人(?:の)?携帯|プライベート|"
    r"(?i:home (?:phone|number|address)|private (?:mobile|phone|number)|personal (?:mobile|phone|number))")
# a place glued to the right of a "name" (あおば|台市長, みどり|野町役場): a municipality or its office, not a person
_PLACE_AFTER = re.compile(r"(?![副前元新現故])[一-龥ぁ-んァ-ヶ]{1,3}?(?:市|区|町|村)(?:長|役所|役場|議会|立|教育委員会)")
# the other end of a range of dates right before or after a birth date (…4月2日～平成18年4月1日生まれ)
_RANGE_BEFORE = re.compile(r"[0-9]日[ ]?(?:～|〜|~|から|－)[ ]?$")
_RANGE_AFTER = re.compile(r"[ ]?(?:生まれ)?(?:～|〜|~|から)[ ]?(?:明治|大正|昭和|平成|令和)?[0-9]")
_ORPHAN_REACH = 4  # lines below a listed name where an attribute line naming nobody is taken as about them

# a topic (or a compound it starts: アレルギー対応食) followed by an inquiry direction addressed to readers
_INQUIRY = re.compile(r"[^、。\n ]{0,6}?[ ]?(?:の|に関する|についての|に関わる)[ ]?(?:お|ご)?"
                      r"(?:問い?合わ?せ|相談|申込み?|申し込み|案内)(?:は|先|窓口)")
# entities each mechanism reads
_WANTED = frozenset({"PERSON", "INTERNAL_MATTER", "SENSITIVE_PERSONAL_INFO", "DATE_OF_BIRTH"}) | _CONTACT | PLACEHOLDER_IDS


def apply(text: str, hits: Iterable[_HitLike]) -> None:
    """Mark findings a public document explains (``official``, ``personal: False``, ``informational``)."""
    # complexity: a dispatcher: each public-document rule runs only when its entity is present
    hits = list(hits)
    placeholder_records(text, hits)  # test data: a record whose contact is example.com or 000-0000-0000
    repeated_examples(text, hits)  # an example's number again in the output printed below it
    quiz_textbook_names(text, hits)  # 山田太郎 in a quiz's choice (r35)
    labelled = {h.line for h in hits if h.entity == "PHONE_NUMBER" and private_number(text, h.start, h.end)}  # (notes' too)
    hits = [h for h in hits if h.entity in _WANTED and not h.meta.get("example")]
    notes = note_lines(text) if hits and NOTE_MARK.search(text) is not None else set()  # an editor's or a team's note
    noted = bool(notes) and any(h.line in notes and _attribute(h) for h in hits)  # inside is not what it publishes; one
    hits = [h for h in hits if h.line not in notes] if notes else hits  # with private data unpublishes its people (r39)
    if not hits:
        return
    present = {h.entity for h in hits}
    if present & PLACEHOLDER_IDS:
        placeholders(text, hits)
    historical: set[int] = historical_dates(text, hits) if "DATE_OF_BIRTH" in present else set()
    if "PERSON" in present:
        historical |= historical_mentions(text, hits)
    if "DATE_OF_BIRTH" in present:
        _birth_ranges(text, hits)
    if present & {"DATE_OF_BIRTH", "SENSITIVE_PERSONAL_INFO"}:
        _consented_birth_dates(text, hits)
    bill = ("DATE_OF_BIRTH" in present or "PERSON" in present) and _APPOINTMENT_BILL.search(text) is not None
    if bill and "DATE_OF_BIRTH" in present:
        _bill_birth_dates(text, hits)
    if "PHONE_NUMBER" in present:
        official_mobiles(text, hits)
    if "EMAIL_ADDRESS" in present:
        mail_headers(text, hits)
        header_correspondents(text, hits)  # (public_correspondents: the names on those header lines, round 32)
    if "PERSON" in present:
        role_lines(text, hits)  # (・PM：松永 崇　t.matsunaga@…: a project's people in their work, round 36)
        if "BEGIN:VCARD" in text:
            vcard_work(text, hits)
    if present & {"EMAIL_ADDRESS", "PHONE_NUMBER"}:
        speaker_lines(text, hits)
    partner_lines = labelled | {h.line for h in hits if _personal_partner(h)}
    rows = text.split("\n") if labelled else []  # (split once: staff names are looked for on a private number's line)
    if "PERSON" in present:
        for h in hits:  # days of the week in Chinese prose read as a name (周一至周五: Monday to Friday, round 28)
            if h.entity == "PERSON" and h.meta.get("form") in ("bare", "context") and _CHINESE_DAYS.search(
                    text, h.start, h.end) is not None and chinese_line(text, h.start):
                h.meta.update(official=True, public_context="chinese_prose")
        facility_kinds(text, hits)  # 小規模多機能 ふじ子さんち: a home's name (public_staff, round 30)
        private_doc: bool | None = None
        phone_lines = {h.line for h in hits if h.entity == "PHONE_NUMBER" and h.meta.get("personal", True) is not False}
        for h in hits:
            if h.entity != "PERSON" or not h.meta.get("official"):
                continue
            if not h.meta.get("staff"):
                # a public capacity (講師：…氏) does not cover a private contact on the person's own line
                if h.line in partner_lines:
                    h.meta["official"] = False
                continue
            if h.line in phone_lines and h.line not in labelled and private_doc is None:
                private_doc = _PRIVATE_NUMBERS_DOC.search(text) is not None
            if _surname_on(text, rows, h, labelled):  # their surname on a private number's line (…は中西が自分の携帯で受けます
                labelled.add(h.line)              # （080-…、私用携帯のため…）, round 34): their line holds it
                partner_lines.add(h.line)
                h.meta["own_number"] = True
            if h.line in labelled or (h.line in phone_lines and private_doc):
                # a member of staff with a number labelled private (自宅, 私用) on their line, or with a personal
                # number in a list of private numbers (緊急連絡網, 携帯（私用）): their own contact, not the office's
                h.meta["official"] = False
        _speakers(text, hits, partner_lines, historical, bill)
        published_people(text, hits, partner_lines, noted)  # 釜我 宗介さん listed, then 宗介さんが… (r39)
        council_questions(text, hits, partner_lines)
        units_after(text, hits, partner_lines)
        office_heads(text, hits, partner_lines)  # 佐伯 恵理子（市長） (public_staff, round 24)
        staff_introductions(text, hits, partner_lines)  # 職員を紹介します ⏎ 園長 望月 久美子 (public_staff, round 26)
        representatives(text, hits, partner_lines)
        published_notices(text, hits, partner_lines, labelled)  # notices, registers, news reports
        colleague_lists(hits, partner_lines)
        attendee_lines(text, hits)  # (a meeting's attendance list by organisation: public_correspondents, round 41)
        known_staff(text, hits, partner_lines, _FEATURE.search(text) is not None)
    if present & _CONTACT:
        card_lines(text, hits)  # (a business card on one line; a company's staff addresses: public_correspondents, r41)
        company_contacts(text, hits)
        signatures(text, hits)  # (names the staff in a contact block: before the private lines are read)
    # (a weak reading, a lone surname or a word such as みなみ that the decision drops, names nobody)
    private_lines = {h.line for h in hits
                     if h.entity == "PERSON" and not h.meta.get("official") and h.meta.get("strength") != "weak"}
    if present & _CONTACT:
        facility_lines(text, hits, partner_lines | private_lines, partner_lines)
    if "SENSITIVE_PERSONAL_INFO" in present:
        _topic_inquiries(text, hits, private_lines)
        study_topics(text, hits, private_lines)
        duty_topics(text, hits)
        _announced_personnel(text, hits)
        causes_of_death(text, hits)
    if "JP_BANK_ACCOUNT" in present:
        public_accounts(text, hits)
    if "INTERNAL_MATTER" in present:
        bid_results(text, hits)
    if "PHONE_NUMBER" in present:
        same_public_numbers(text, hits)


# --- people --------------------------------------------------------------------------------------
def _speakers(text: str, hits: list[_HitLike], partner_lines: set[int], historical: set[int], bill: bool) -> None:
    # complexity: one pass over the names; each reason a name is public (facility, organisation, place, title,
    # history, council, speaker, published list) is one branch, tried in order, the document context read lazily
    # document-level context, read once and only when a name needs it
    council: bool | None = None
    published: bool | None = None
    attribute_lines: set[int] = set()
    orphans: list[int] = []
    names: list[int] = []
    places = sorted((x.start, x.end) for x in hits if x.entity == "JP_ADDRESS")
    for h in hits:
        if h.entity != "PERSON" or h.meta.get("official") or h.line in partner_lines:
            continue
        why = None
        k = bisect_right(places, (h.start, len(text))) - 1
        if (k >= 0 and places[k][1] >= h.end and h.meta.get("form") != "label" and not text[h.start:h.end].isascii()) \
                or _PLACE_SUFFIX.match(text, h.end) or branch_place(text, h, places) or town_as_name(text, h):
            why = "place_name"  # 三ツ森市栄 of 三ツ森市栄町4-11-1, 差出人: 紅葉谷市 会計課: a place read as a name
        elif h.meta.get("form") != "unique" and _facility_token(text, h.start, h.end):  # (奥さんが来所: no facility, r33)
            why = "facility_name"  # "name": "中央公民館" read as a name
        elif _ORG_AFTER.match(text, h.end):
            why = "organisation_name"  # 田辺和夫 事務所 本町2-4-6: the office's address, not the person's
        elif _business_caller(text, h.start, h.end):
            why = "business_contact"  # 東邦ガス工業 営業 大槻さん 052-…: a company's person, the company's number
        elif _PLACE_AFTER.match(text, h.end):
            why = "place_name"  # 出席者　あおば台市長 …: the place of a title read as a name
        elif h.meta.get("form") == "label" and _TITLE_AFTER.match(text, h.end) \
                and _SUBJECT_LABEL_BEFORE.search(text, max(0, h.start - 12), h.start) is None:
            why = "title_after"  # a teacher listed by class: the label is the class, the title follows the name
        elif h.line in historical:
            why = "historical"
        elif _EN_TITLE_AFTER.match(text, h.end) or EN_TITLE_BEFORE.search(text, max(0, h.start - 72), h.start):
            why = "title_after"  # Mr. Kenji Ishiwata, Vice Governor: named in office (round 32)
        elif h.meta.get("honorific") == "君" or committee_speaker(text, h):
            if council is None:
                council = council_record(text)
            why = "council" if council else None
        if why is None:
            lo = _line_start(text, h.start)
            if ((sp := search_from_first(_SPEAKER_ROLE, _SPEAKER_FIRST, text, max(lo, h.start - 40), h.start)) is not None
                    and _PROSE_GAP.search(text, sp.end(), h.start) is None  # (現場代理人である森下 氏について: prose, r36)
                    or (_colon(text, lo, h.start) and _ROLE_LINE.match(text, lo, h.start) is not None)):
                why = "speaker"
            elif lo > 0 and _INDENT.match(text, lo):
                # an indented continuation line under a role label (講師：… / 　　　… 代表 高畑 里美 氏)
                above = _line_start(text, lo - 1)
                if _SPEAKER_ROLE.match(text, above, min(lo, above + 12)):
                    why = "speaker"
        if why is None:
            if published is None:
                published = bill or _ELECTION.search(text) is not None or (
                    (_PUBLISHED_LIST.search(text) is not None or _CONSENTED.search(text) is not None or publication_named(text))
                    and all(m.group(0) in _DRAFT_MARKS and _NAMES_RELEASED.search(text) for m in _UNPUBLISHED.finditer(text)))
                # lines that tie a listed name to the person: an address, a number, a birth date, a topic
                attribute_lines = {x.line for x in hits if _attribute(x)} if published else set()
                # attribute lines that name nobody (a memo under a profile: 住所 …、生年月日 …、携帯 …) are about the
                # name listed last above them
                orphans = sorted(attribute_lines - {x.line for x in hits if x.entity == "PERSON"})
                names = sorted({x.line for x in hits if x.entity == "PERSON"})
            if published and not h.meta.get("addressee") and (h.meta.get("form") == "unique" and _PRESS_HEAD.search(text, 0, 200) is not None or not attribute_lines & {h.line, h.line + 1} and not _orphan_below(h.line, orphans, names)):  # (a release's unnamed 園児, r36)
                why = "published_list"
        if why is not None:
            h.meta["official"] = True
            h.meta["public_context"] = why


_PLACE_SUFFIX = re.compile(r"[市町村区県][ 　](?:[一-鿿]{1,8}(?:課|部|局|室|係|役場|役所))")


def _colon(text: str, lo: int, hi: int) -> bool:
    """A colon in ``text[lo:hi]``: every _ROLE_LINE match ends with one (two substring tests, no regex)."""
    return text.find(":", lo, hi) >= 0 or text.find("：", lo, hi) >= 0


# (a draft of the script, not of the list, when the names are said released: 司会原稿（案） … 受賞者は市HPで発表済み, r31)
_DRAFT_MARKS = frozenset({"案)", "案）", "(案", "（案"})
_NAMES_RELEASED = re.compile(r"(?:受賞者|入賞者|表彰者|名簿|氏名)[^\n。]{0,6}(?:は|も)?[^\n。]{0,10}(?:発表済|公表済|掲載済|発表しています|公表しています)")
_FEATURE = re.compile(r"広報[^\n。]{0,8}(?:号|特集)|特集「")  # (a 広報 issue's feature: its interviewee named again by surname)
_OFFICE_NOTE = re.compile(r"(?:申し送り|申送り|課内メモ|内部メモ|担当者?メモ|引き?継ぎ事項|内部連絡)[ ]?[:：]")


def _consented_birth_dates(text: str, hits: list[_HitLike]) -> None:
    """A birth date in a published article whose people agreed to be printed (広報's 100th birthday: …（大正13年11月3日
    生まれ）… 掲載はご本人・ご家族の同意を得ています) is what they agreed to publish, not a record's; so is the story an
    interviewee agreed to tell (認知症の妻を介護して10年, round 11), on a line without a private number or a street address."""
    if _CONSENTED.search(text) is None or (_PUBLISHED_LIST.search(text) is None and not publication_named(text)) \
            or _UNPUBLISHED.search(text) is not None:
        return
    private = {h.line for h in hits if _personal_partner(h) or (h.entity == "JP_ADDRESS" and _attribute(h))}
    # (an office's note beside the article is no part of it: 市民課からの申し送り：…さんは生活保護受給中, round 31)
    private.update(text.count("\n", 0, m.start()) for m in _OFFICE_NOTE.finditer(text))
    for h in hits:
        if (h.entity == "DATE_OF_BIRTH" or (h.entity == "SENSITIVE_PERSONAL_INFO" and h.line not in private)) \
                and not h.meta.get("informational"):
            h.meta["informational"] = True
            h.meta["public_context"] = "consented_article"


def _birth_ranges(text: str, hits: list[_HitLike]) -> None:
    """A birth date that bounds a range (対象　平成17年4月2日～平成18年4月1日生まれの方) states who is eligible, not
    anyone's birth date."""
    for h in hits:
        if h.entity == "DATE_OF_BIRTH" and not h.meta.get("informational") and (
                _RANGE_BEFORE.search(text, max(0, h.start - 6), h.start) is not None
                or _RANGE_AFTER.match(text, h.end) is not None):
            h.meta["informational"] = True
            h.meta["public_context"] = "date_range"


def _orphan_below(line: int, orphans: list[int], names: list[int]) -> bool:
    """An attribute line naming nobody within a few lines below ``line``, with no other name's line between."""
    i = bisect_right(orphans, line)
    if i == len(orphans) or orphans[i] - line > _ORPHAN_REACH:
        return False
    j = bisect_right(names, line)
    return j == len(names) or names[j] > orphans[i]


def _surname_on(text: str, rows: list[str], h: _HitLike, lines: set[int]) -> bool:
    """A full name's surname stands on one of ``lines`` (numbers labelled private; ``rows``: the text's lines), said there
    alone (…は中西が…); or the mail's writer says 私の there (急ぎは私の携帯（070-…）まで)."""
    surname, own = text[h.start:h.end].split(" ", 1)[0], ("私の", "自分の") if h.meta.get("form") == "writer" else ()
    return h.line not in lines and 2 <= len(surname) < h.end - h.start and any(
        surname in rows[ln] or any(w in rows[ln] for w in own) for ln in lines if ln < len(rows))


def _bill_birth_dates(text: str, hits: list[_HitLike]) -> None:
    """The nominee's birth date in a council bill on an appointment, on a line without a mobile, a free-mail
    address or a number labelled private (a memo beside the bill still counts)."""
    private = {h.line for h in hits if h.entity in ("PHONE_NUMBER", "EMAIL_ADDRESS") and (
        _personal_partner(h) or private_number(text, h.start, h.end))}
    for h in hits:
        if h.entity == "DATE_OF_BIRTH" and h.line not in private and not h.meta.get("informational"):
            h.meta["informational"] = True
            h.meta["public_context"] = "appointment_bill"


def _attribute(h: _HitLike) -> bool:
    """What makes a listed name someone's personal data: a street address, a private number, a birth
    date, an identifier, a sensitive topic."""
    if h.meta.get("informational"):
        return False
    if h.entity == "JP_ADDRESS":
        return h.meta.get("level") == "street"
    if h.entity in ("PHONE_NUMBER", "EMAIL_ADDRESS"):
        return h.meta.get("personal", True) is not False
    if h.entity == "DATE_OF_BIRTH":
        return h.meta.get("precision", "day") == "day"  # a birth month (令和7年10月生まれ) is what such lists print
    # (a broad word — 入院 in a published essay's title, 祖母が入院した際の — says too little to unpublish a name: round 23)
    return (h.entity == "SENSITIVE_PERSONAL_INFO" and h.score >= 0.7) or h.entity in PLACEHOLDER_IDS


def _topic_inquiries(text: str, hits: list[_HitLike], private_lines: set[int]) -> None:
    """A sensitive topic named as what readers may ask about (アレルギー対応食の問い合わせは…へ, 生活保護の
    ご相談は…) is a service, not someone's condition."""
    for h in hits:
        if h.entity != "SENSITIVE_PERSONAL_INFO" or h.line in private_lines:
            continue
        if _INQUIRY.match(text, h.end):
            h.meta["informational"] = True
            h.meta["public_context"] = "inquiry"


def _announced_personnel(text: str, hits: list[_HitLike]) -> None:
    """The 内示 of a personnel change the prompt says was made or announced (and calls no draft) is news, not a
    personnel record about the staff listed."""
    topics = [h for h in hits if h.entity == "SENSITIVE_PERSONAL_INFO" and h.meta.get("category") == "personnel"
              and text[h.start:h.end] in _ANNOUNCED_WORDS]
    if topics and _ANNOUNCED.search(text) is not None and _DRAFT.search(text) is None:
        for h in topics:
            h.meta["informational"] = True
            h.meta["public_context"] = "announced"
