"""Marks on findings from the layout of their line, for the aggregator's rules (issue 13, round 31).

- ``chat``: a sensitive topic in a chat export's message (a line headed by a time and a sender). The messages' headers
  stand between a person named in one message and the topic in the next (``[2024/11/05 08:47] 阿久津 翔: 一ノ瀬さん、…``
  ⏎ … ⏎ ``[… 08:51] 阿久津 翔: …適応障害の診断書が出て``): the aggregator reads a few messages back.
- ``table_row``: a street-level address in a row of a table pasted from a spreadsheet (cells parted by tabs, two or
  more): the row is one household's, and a sensitive topic in the same row is about the people who live there (a visit
  log's ``10/9	Cさん	本町3-2-8	認知症	ガスの消し忘れ2回目``).
- ``own_ref`` (round 33): a topic its sentence gives to ご本人 / 本人は … a few words before it (an editor's memo under a
  profile: ``ご本人は去年の秋に乳がんが見つかって…``): the one private person the text names (by full name or surname),
  however far up.
- ``memo_item`` (round 34): a topic on an item line of a memo headed below the one private person (【原稿】… 鷹取悠真さん
  … ⏎ 【取材メモ（9/4）】 ⏎ ・…うつ病と診断されて…): the memo is about them; the aggregator pairs it with that person
  named in full.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from gateway.scan import rx as re
from gateway.scan.markup_chats import chat_message_lines, chat_senders

_STAFF_CHAT = re.compile(r"[一-鿿](?:課|係|室|班|局|部)(?![一-鿿])|係長|課長|主任|主事|主査|主幹|補佐|庁内|職員")
_RESIDENT_SENDER = re.compile(r"ママ|パパ|母|父|保護者|住民|相談者|利用者|本人|お客")


def _senders_in_capacity(text: str, hits: list[Any]) -> None:
    """A chat message's sender named in its header (``14:12 相馬 美咲: 育休は子が3歳まで…``) writes in their capacity, as a
    minutes' speaker does: no private person beside the words of their own message (round 37). What a message says of
    someone is read from its body (…さん, a subject); a sender's own matter from its first person (writer_self)."""
    if not any(h.entity == "PERSON" for h in hits) or not (spans := chat_senders(text)):
        return
    # (staff's chat only: a unit or a post among the senders or in its title, no parent or resident among them —
    # めいママ, 佐藤(はるとママ) write of their own family in a school's LINE)
    if not (_STAFF_CHAT.search(text, 0, spans[0][0]) or any(_STAFF_CHAT.search(text, s, e) for s, e in spans)) or any(
            _RESIDENT_SENDER.search(text, s, e) for s, e in spans):
        return
    starts = [s for s, _ in spans]
    for h in hits:
        if h.entity == "PERSON" and not h.meta.get("writer"):
            i = bisect_right(starts, h.start) - 1
            if i >= 0 and h.end <= spans[i][1]:
                h.meta.update(official=True, staff=True, speaker=True)


# a record's keys that make it a staff directory's (JSON or key=value on one line: "section": …, "title": …, "ext": …),
# and those that make it a person's (a birth date, a home, a private phone)
_DIRECTORY_KEY = re.compile(r"(?i)[\"'](?:section|dept|department|division|unit|title|position|post|ext|extension|所属|"
                            r"部署|役職|職名|内線)(?:_?name|_?code)?[\"'][ ]?:")
_PERSONAL_KEY = re.compile(r"(?i)birth|dob|address|home|mobile|private|personal|age[\"']?[ ]?[:=]|生年月日|住所|自宅|携帯|私用|年齢")
_DIRECTORY_MIN_KEYS = 2


# a workplace chat export's sender keys (Slack's user_profile.real_name, a Teams export's from.user.displayName)
_SENDER_KEY = re.compile(r"(?i)[\"'](?:real_?name|display_?name|user_?name|sender(?:_?name)?|author(?:_?name)?|from_?name)[\"'][ ]?:[ ]?[\"']$")


def _directory_records(text: str, hits: list[Any]) -> None:
    """A name in a record of a staff directory (round 37: a groupware export's ``{"name": …, "section": …, "title": …,
    "ext": …}``, a unit, a post and an extension on its line and no private key) is staff's, in their capacity."""
    for h in hits:
        if h.entity == "PERSON" and not h.meta.get("official") and _SENDER_KEY.search(text, max(0, h.start - 24), h.start):
            h.meta["correspondent"] = True  # (a chat export's sender, as a mail header's correspondent: no roster of them;
            # what they write of themselves stays theirs)
        elif h.entity == "PERSON" and h.meta.get("form") == "label" and not h.meta.get("official"):
            ls, le = text.rfind("\n", 0, h.start) + 1, text.find("\n", h.end)
            le = len(text) if le < 0 else le
            if len(_DIRECTORY_KEY.findall(text, ls, le)) >= _DIRECTORY_MIN_KEYS and _PERSONAL_KEY.search(text, ls, le) is None \
                    and not any(t.entity == "SENSITIVE_PERSONAL_INFO" and ls <= t.start < le for t in hits):
                h.meta.update(official=True, staff=True)


_OWN_REF = re.compile(r"(?:ご|御)本人(?:は|が|の|も)|(?<![一-鿿])本人(?:は|が|も)")
_OWN_REACH = 32
# a third person's pronoun or the record's role word in an English sentence before its topic (She thinks she is about 10
# weeks pregnant; The client's husband …): the one private person the text names, as ご本人 is (round 37)
_EN_REF = re.compile(r"(?i)(?<![A-Za-z])(?:she|he|her|his|him|they|their|them|the (?:client|mother|father|patient|pupil"
                     r"|child|boy|girl|resident|applicant|family|caller|student|woman|man))(?![A-Za-z])")
_EN_REACH = 160
_MEMO_HEAD = re.compile(r"(?m)^[ \t　]*[【\[■◆●]?[^\n]{0,12}メモ[^\n]{0,16}$")
_ITEM_MARK = frozenset("・-*●○◦•")
_MIN_TABS = 2
_MIN_BARS = 4


def mark_layout(text: str, hits: list[Any]) -> None:
    """Set ``chat`` on topics in chat messages and ``table_row`` on addresses in spreadsheet rows (see the module)."""
    _senders_in_capacity(text, hits)
    _directory_records(text, hits)
    topics = [h for h in hits if h.entity == "SENSITIVE_PERSONAL_INFO"]
    if not topics:
        return
    private = {text[p.start:p.end].replace("\u3000", " ").split(" ")[0] for p in hits if p.entity == "PERSON"
               and not p.meta.get("official") and not p.meta.get("example") and not p.meta.get("pseudonym")}
    for h in topics if len(private) == 1 else ():  # (one private person named, by full name or surname)
        lo = max(text.rfind("。", max(0, h.start - _OWN_REACH), h.start), text.rfind("\n", max(0, h.start - _OWN_REACH), h.start))
        if _OWN_REF.search(text, max(0, h.start - _OWN_REACH, lo + 1), h.start) is not None:
            h.meta["own_ref"] = True
        elif h.meta.get("script") == "latin":  # (English prose: she / the client … in the topic's sentence, round 37)
            lo = text.rfind("\n", max(0, h.start - _EN_REACH), h.start)  # (its paragraph: She said … The doctor …)
            if _EN_REF.search(text, max(0, h.start - _EN_REACH, lo + 1), h.start) is not None:
                h.meta["own_ref"] = True
    named = [p for p in hits if p.entity == "PERSON" and p.meta.get("strength") == "strong" and not p.meta.get("official")
             and not p.meta.get("example") and not p.meta.get("pseudonym")]
    memo = _MEMO_HEAD.search(text, min(p.end for p in named)) if len({text[p.start:p.end] for p in named}) == 1 else None
    for h in topics if memo is not None else ():  # (a memo headed below the one private person named in full)
        ls = text.rfind("\n", 0, h.start) + 1
        if ls > memo.start() and text[ls:h.start].lstrip(" \t　")[:1] in _ITEM_MARK:
            h.meta["memo_item"] = True
    if chat := chat_message_lines(text):
        for h in topics:
            if h.line in chat:
                h.meta["chat"] = True
    if "\t" in text or "|" in text:  # (or a text table's bars: a SQL client's result, round 32)
        for h in hits:
            if h.entity == "JP_ADDRESS" and h.meta.get("level") == "street" and "\t" not in text[h.start:h.end] \
                    and "|" not in text[h.start:h.end]:  # (not a district's name and its count's cell: 本町1丁目⇥18)
                ls, le = text.rfind("\n", 0, h.start) + 1, text.find("\n", h.end)
                le = len(text) if le < 0 else le
                if text.count("\t", ls, le) >= _MIN_TABS or text.count("|", ls, le) >= _MIN_BARS:
                    h.meta["table_row"] = True
