"""Who the names of an office's mail thread are (issue 13, round 22): colleagues listed by surname beside a member of
staff, and a correspondent greeted or named in a mail header whose surname a member of staff or a company's contact
signs with elsewhere in the thread. Such names are the thread's own people in their work, not private persons: the
combination rules would otherwise pair a greeting (> 菅原さん) with an address or a number from another message's
signature. Part of public_context; plain functions over the hits (meta only), linear in the text and the hits."""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.public_business import COMPANY
from gateway.scan.public_contacts import _MAIL_HEADER, CONTACT, business_contact, neutralise, private_number
from gateway.scan.public_lines import HitLike as _HitLike, line_end as _line_end, line_start as _line_start


def colleague_lists(hits: list[_HitLike], partner_lines: set[int]) -> None:
    """Surnames listed on one line with a member of staff named elsewhere in the text (差出人：母子保健係 吉成 … 参加予定者：
    吉成、保科、西園寺、矢吹): colleagues in an office's mail, not a roster of residents (round 22)."""
    staff = {h.meta.get("person_key") for h in hits if h.entity == "PERSON" and h.meta.get("staff")} - {None}
    by_line: dict[int, list[_HitLike]] = {}
    for h in hits:
        if h.entity == "PERSON" and h.line not in partner_lines:
            by_line.setdefault(h.line, []).append(h)
    for names in by_line.values():
        if len(names) >= 2 and all(not h.meta.get("full_name", True) and h.meta.get("form") == "label" for h in names) \
                and any(h.meta.get("person_key") in staff for h in names):
            for h in names:
                if not h.meta.get("official"):
                    h.meta.update(official=True, staff=True, public_context="colleagues")


_KANJI_SURNAME = re.compile(r"[一-鿿々]{1,3}")
# where a thread names its correspondents: a salutation alone on its line (> 菅原さん), a mail header (差出人: 白石 綾)
_CORRESPONDENT_LINE = re.compile(r"[ \t>　]*(?:(?:差出人|送信者|宛先|From|To|Cc|CC)[ \t]*[:：][ \t]*[^\n]{1,40}"
                                 r"|[一-鿿々]{1,3}(?:[ 　][一-鿿々ぁ-ゖ]{1,4})?[ 　]?(?:様|さん|殿|先生)[、,。]?)[ \t]*")
# a mail's sign-off: a surname alone on its line with the office's unit or extension in brackets
_SIGN_OFF = re.compile(r"(?m)^[ \t>　]*(?P<s>[一-鿿々]{1,3})[ 　]?[(（][^()（）\n]{0,16}?(?:係|課|室|担当|内線|直通)[^()（）\n]{0,16}[)）][ \t]*$")
# a company's contact signing a message (株式会社オープンリンク 保守窓口 斎藤 遥)
# a notice that speaks to its addressee (あなたは…, 貴殿の…): about them, not a correspondent's greeting
_SPOKEN_TO = re.compile(r"あなた|貴殿|貴職")
_COMPANY_SIGNATURE = re.compile(r"(?m)^[ \t>　]*" + COMPANY + r"[^\n]{0,30}[ 　](?P<s>[一-鿿々]{1,3})[ 　][一-鿿々ぁ-ゖ]{1,4}[ \t]*$")


def known_staff(text: str, hits: list[_HitLike], partner_lines: set[int], article: bool = False) -> None:
    """A name whose surname a member of staff or a company's contact signs with elsewhere in the text (菅原（審査係
    内線1712） ⏎ > 菅原さん; 差出人: 白石 綾 beside 白石（内線2108）; > 斎藤様 beside 株式会社… 保守窓口 斎藤 遥): the same
    correspondent greeted or quoted in a mail thread, not a private person (round 22)."""
    surnames = {w for h in hits if h.entity == "PERSON" and not h.meta.get("subject")
                and (h.meta.get("staff") or h.meta.get("public_context") == "business_contact")
                for w in text[h.start:h.end].replace("\u3000", " ").split(" ") if _KANJI_SURNAME.fullmatch(w)}
    surnames.update(m.group("s") for m in _SIGN_OFF.finditer(text))  # (相馬（内線5120）, 菅原（審査係 内線1712）)
    surnames.update(m.group("s") for m in _COMPANY_SIGNATURE.finditer(text))  # (株式会社オープンリンク 保守窓口 斎藤 遥)
    if not surnames:
        return
    for h in hits:
        if h.entity == "PERSON" and not h.meta.get("official") and not h.meta.get("subject") \
                and h.line not in partner_lines and text[h.start:h.end].replace("\u3000", " ").split(" ")[0] in surnames \
                and (_CORRESPONDENT_LINE.fullmatch(text, _line_start(text, h.start), _line_end(text, h.end)) is not None
                     or (article and text[h.start:h.end] in surnames)):  # (a 広報 feature's interviewee again: r31)
            h.meta.update(official=True, staff=True, public_context="known_staff")
            if _SPOKEN_TO.search(text, _line_end(text, h.end), _line_end(text, h.end) + 120) is not None:
                h.meta.update(subject=True, topic=True)  # a notice to them (桑折 はるか 様 ⏎ あなたは…): their matter (r26)


def header_correspondents(text: str, hits: list[_HitLike]) -> None:
    """A name on a mail header's line whose address there is no free-mail one (From: Daniel Okafor
    <d.okafor@greenfield-advisory.com>, To: … <seisaku@city.…>): the thread's correspondent, never one of a roster
    (round 32); whatever the thread says of them still counts (a sender may write of their own matter)."""
    lines = {h.line for h in hits if h.entity == "EMAIL_ADDRESS" and h.meta.get("kind") in ("work", "organisation", "role")
             and _MAIL_HEADER.match(text, _line_start(text, h.start), h.start) is not None}
    for h in hits:
        if h.entity == "PERSON" and h.line in lines:
            h.meta["correspondent"] = True


# (round 36) a project's or a vendor's contact list: a role, a colon, a name and a work mail on a list item's line
# (・PM：松永 崇　t.matsunaga@nagase-ps.co.jp, ・移行担当：Suresh Kumar　s.kumar@…): people in their work
_ROLE_ITEM = re.compile(r"[ \t　]*(?:[・\-*•]|[0-9]{1,2}[.)．])?[ \t　]*[^\n:：]{1,24}[:：]")


# a mail header's line, a bullet allowed before it (From: …, ・差出人 …, 件名): its name is the thread's correspondent
_HEADER_LINE = re.compile(r"[ \t>＞　]*(?:(?:[・\-*•]|[0-9]{1,2}[.)．])[ \t>＞　]*)?(?:(?i:from|to|cc|bcc|sender|reply-to)[ \t]*[:：]"
                          r"|差出人|送信者|宛先|送信元|件名)")
_SUBJECT_ROLE = re.compile(r"相談者|申請者|申出人|対象者|利用者|患者|本人|依頼者|来庁者|来訪者|相手方?|氏名|通報者|被害者|(?i:client|applicant|resident|patient)")
_EXTENSION = re.compile(r"内線[ ]?[0-9]|(?i:\bext\.?[ ]?[0-9])")


def _listed_row(text: str, ls: int) -> bool:
    """The line at ``ls`` is a list's row: cells parted by tabs or spaces (four fields or more: the text is NFKC-folded,
    a full-width space is one space) or a bullet, and no sentence's end (a contact list, not prose)."""
    le = text.find("\n", ls)
    line = text[ls:le if le >= 0 else len(text)]
    return ("\t" in line or len(line.split()) >= 4 or line.lstrip()[:1] in "・-*•|") and "。" not in line and len(line) <= 160


def role_lines(text: str, hits: list[_HitLike]) -> None:
    """Names on a list item opened by a role and a colon, or on a contact list's row, whose line gives a work or
    organisation mail or an extension and no personal contact: a project's or a vendor's people in their work (r36)."""
    work = {h.line for h in hits if h.entity == "EMAIL_ADDRESS" and h.meta.get("kind") in ("work", "organisation", "role",
                                                                                              "business")}
    private = {h.line for h in hits if h.entity in ("PHONE_NUMBER", "EMAIL_ADDRESS", "JP_ADDRESS")
               and (h.meta.get("kind") in ("mobile", "freemail") or h.entity == "JP_ADDRESS")}
    found = []
    for h in hits:
        if h.entity != "PERSON" or h.line in private or h.meta.get("subject") or h.meta.get("honorific") in ("様", "さん", "殿") \
                or h.meta.get("form") == "unique":
            continue
        ls = _line_start(text, h.start)
        if _SUBJECT_ROLE.search(text, ls, h.start) is not None or _HEADER_LINE.match(text, ls) is not None:
            continue  # (相談者 山田 太郎 t.yamada@acme.co.jp: a record's person, their mail theirs; From: …: a header)
        if (h.line in work and (_ROLE_ITEM.match(text, ls, h.start) is not None or _listed_row(text, ls))) or (
                _EXTENSION.search(text, ls, _line_end(text, h.end)) is not None and _listed_row(text, ls)):
            found.append(h)
    if len({h.line for h in found}) < 2:
        return  # (a list: two rows or more)
    rows = {h.line for h in found}
    for x in hits:  # (the role heading the row, 住基チームリーダー：, is no one else)
        if x.line in rows and x.entity == "PERSON" and not x.meta.get("official"):
            x.meta.update(official=True, public_context="business_role")
        elif x.line in rows and x.entity == "EMAIL_ADDRESS":
            x.meta["personal"] = False


_VCARD = re.compile(r"BEGIN:VCARD(?P<body>.*?)END:VCARD", re.DOTALL)
_VCARD_PRIVATE = re.compile(r"(?i)TYPE=(?:HOME|CELL|PERSONAL|PRIVATE)|\bADR[;:]")


def vcard_work(text: str, hits: list[_HitLike]) -> None:
    """A vCard of a business contact (an ORG: line, numbers and mails typed WORK, nothing typed HOME or CELL and no
    address): its name and contacts are the organisation's, as on a business card (round 36)."""
    for m in _VCARD.finditer(text):
        body = m.group("body")
        if "ORG:" not in body or _VCARD_PRIVATE.search(body) is not None:
            continue
        for h in hits:
            if m.start() <= h.start and h.end <= m.end():
                if h.entity == "PERSON":
                    h.meta.update(official=True, public_context="business_card")
                elif h.entity in ("PHONE_NUMBER", "EMAIL_ADDRESS"):
                    h.meta["personal"] = False


_CARD_LINE = re.compile(r"[ \t　]*(?:株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|[^\s]{1,20}(?:株式会社|有限会社))")


def card_lines(text: str, hits: list[_HitLike]) -> None:
    """(Round 41) A business card on one line opened by the company's legal name (株式会社… 部 マネージャー 氏名／電話／
    メール／住所): its address, landline and work mail are the firm's, unless a number is labelled private."""
    lines = {h.line for h in hits if h.entity == "PERSON"} & {h.line for h in hits if h.entity in CONTACT}
    for h in (h for h in hits if h.line in lines and h.entity in CONTACT):
        ls = _line_start(text, h.start)
        if _CARD_LINE.match(text, ls) is None or private_number(text, h.start, h.end):
            continue
        if business_contact(h) or h.entity in ("JP_ADDRESS", "JP_POSTAL_CODE"):
            neutralise(h, "business_card")


_DIRECT_LINE = re.compile(r"[ 　]?[(（](?:直通|代表|事務所|会社)[)）]")
# (round 42) or named the company's before it: 会社（042-…）, 会社の代表は 048-…, 事務所の電話：…
_DIRECT_BEFORE = re.compile(r"(?:直通|代表|会社|事務所|営業所|本社|支社|支店)(?:[一-鿿]{1,6}(?:部|課|係))?(?:の(?:代表)?)?(?:電話|番号|TEL)?"
                            r"(?:は)?[ \t　:：（(]*$")  # (本社工事部 0287-…: r42)


# (round 42) a line labelled as the other party's contact in business mail (（先方連絡先：… 様 TEL … …@…co.jp）)
_COUNTERPART = re.compile(r"先方(?:の)?(?:連絡先|担当者?|窓口)|業者(?:の)?連絡先|受注者(?:の)?連絡先")
_COMPANY_RX = re.compile(COMPANY)
_OWN_COMPANY = re.compile(r"弊社|当社")


def company_contacts(text: str, hits: list[_HitLike]) -> None:
    """(Round 41) A person's work mail at a domain the text also gives a company's role or organisation address at
    (k.sonoda@kanto-infosv.co.jp beside support@kanto-infosv.co.jp): the company's staff address; a landline marked as a
    direct or main line (027-388-0112（直通）): the firm's number, not a home's."""
    shared = {_domain(text, h) for h in hits if h.entity == "EMAIL_ADDRESS" and h.meta.get("kind") in ("role", "organisation")}
    own_company = _OWN_COMPANY.search(text) is not None  # (a company's own document: 弊社体制 … its people's work mail, r42)
    for h in hits:
        if h.entity == "EMAIL_ADDRESS" and h.meta.get("kind") == "work" and h.meta.get("personal", True) \
                and _domain(text, h) in shared:
            neutralise(h, "company_domain")
        elif h.entity in ("PHONE_NUMBER", "EMAIL_ADDRESS") and h.meta.get("kind") in ("landline", "office", "work") \
                and (_COUNTERPART.search(text, _line_start(text, h.start), h.start) is not None or (
                    h.entity == "EMAIL_ADDRESS" and own_company)) and _COMPANY_RX.search(text) is not None:
            neutralise(h, "counterpart")
        elif h.entity == "PHONE_NUMBER" and h.meta.get("kind") in ("landline", "office") and h.meta.get("personal", True) and (
                _DIRECT_LINE.match(text, h.end) or _DIRECT_BEFORE.search(text, max(0, h.start - 12), h.start)):
            neutralise(h, "direct_line")


def _domain(text: str, h: _HitLike) -> str:
    return text[h.start:h.end].rpartition("@")[2].lower()


# (round 41) a meeting's attendance list by organisation (Attendees: ⏎ - Port Calder City Council: Ms Fiona McAllister
# (…Officer, fiona…@…gov.au); 出席者： ⏎ ・株式会社… 営業部 …): the people in their organisations' capacity
_ATTENDEES = re.compile(r"^[ \t　]*(?:[【\[■]?(?:出席者?|参加者|出席委員|(?i:attendees|participants|present|in attendance))[】\]]?)[ \t　]*[:：]?[ \t　]*$",
                        re.MULTILINE)
_ORGANISATION = re.compile(r"株式会社|有限会社|合同会社|(?:法人|協会|組合|機構|大学)(?![一-鿿])|[一-鿿]{1,10}(?:市|町|村|県|庁|省|課|部|局)(?![一-鿿])"
                           r"|(?i:council|city|division|department|office|ministry|agency|university|ltd|inc|llc|advisory|"
                           r"association|corporation|bureau)")
_BLOCK_LINES = 12


def attendee_lines(text: str, hits: list[_HitLike]) -> None:
    """The people on the lines under an attendance heading, each line naming an organisation: in their capacity."""
    for m in _ATTENDEES.finditer(text):
        end = text.find("\n\n", m.end())
        end = len(text) if end < 0 else end
        lines = text[m.end():end].split("\n")[1:_BLOCK_LINES + 1]
        if not lines or not all(_ORGANISATION.search(ln) for ln in lines if ln.strip()):
            continue
        lo, hi = m.end(), m.end() + 1 + sum(len(ln) + 1 for ln in lines)
        for h in hits:
            if h.entity == "PERSON" and lo <= h.start < hi and not h.meta.get("official"):
                h.meta.update(official=True, public_context="attendees")
