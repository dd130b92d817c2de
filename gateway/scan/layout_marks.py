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

from bisect import bisect_left, bisect_right
from typing import Any

from gateway.scan import rx as re
from gateway.scan.markup_chats import chat_message_lines, chat_senders
from gateway.scan.recognizers._text import stable_key

_STAFF_CHAT = re.compile(r"[一-鿿](?:課|係|室|班|局|部)(?![一-鿿])|(?<![一-鿿])(?:課|係)(?:の|内|で|員)|係長|課長|主任|主事|主査|主幹|補佐|"
                         r"庁内|職員")  # (課の有志…: the writer's own unit, round 38)
_RESIDENT_SENDER = re.compile(r"ママ|パパ|母|父|保護者|住民|相談者|利用者|本人|お客")
# the sender's first person in their message: I, my own family named bare, a leave asked for (round 37)
# (a spouse's violence told as the sender's own — 夫からずっと暴力…, round 38 — counts for a DV matter: ``kin``)
_FIRST_PERSON = re.compile(r"私(?!用|立|物|的|見|案|信)|わたし|僕|自分(?:の|が|は|も)|(?:(?<![一-鿿ぁ-ゖ])|(?<=[はもがと]))(?P<kin>母|父|妻|夫|息子|娘|家内|主人|義母|義父|祖母|祖父)"
                           r"(?:が|の|は|を|に|も|から)|うちの(?:子|母|父|妻|夫|息子|娘|親)|(?:取らせて|休ませて|早退させて|休みを(?:ください|いただ)"
                           r"|お休みを?いただ|使わせて(?:もら|いただ|ください))")
_MESSAGE_REACH = 1200
_RUN = 4
_STAFF_REACH = 4000
_LATIN = re.compile(r"[A-Za-z]")
_UNIT_FROM = re.compile(r"[一-鿿]{2,8}(?:課|係|班|センター)(?:から|より)[ 　]?$")  # (not …203号室の方)
_STORY = re.compile(r"主人公|登場人物|ヒロイン|小説|漫画|マンガ|映画|ドラマ|作者|原作|作中|場面の?描写|あらすじ|ネタバレ")
_SPOUSE_FIRST = re.compile(r"(?:(?<![一-鿿ぁ-ゖ])|(?<=[はもがと]))(?:夫|妻|主人|旦那)(?:から|に)")


def _senders_in_capacity(text: str, hits: list[Any]) -> None:
    """A chat message's sender named in its header (``14:12 相馬 美咲: 育休は子が3歳まで…``) writes in their capacity, as a
    minutes' speaker does: no private person beside the words of their own message (round 37). What a message says of
    someone is read from its body (…さん, a subject); what it tells of the sender in the first person is theirs
    (``own_of``: in any chat but a parents' or residents' group, round 38)."""
    if not any(h.entity == "PERSON" for h in hits) or not (spans := chat_senders(text)):
        return
    # (no parent or resident among the senders — めいママ, 佐藤(はるとママ) write of their own family in a school's LINE)
    if any(_RESIDENT_SENDER.search(text, s, e) for s, e in spans):
        return
    starts = [s for s, _ in spans]
    _own_messages(text, hits, spans, starts)
    # (in capacity: staff's chat only, a unit or a post in it — among the senders, in its title or, round 38, in a
    # message: 証明係から石塚さんが向かいます)
    if _STAFF_CHAT.search(text, 0, _STAFF_REACH) is None:
        return
    # (the senders' names or their last words, in Japanese script: a resident writing in romaji to a desk is none)
    names = {w for s, e in spans if _LATIN.search(w := re.split(r"[ \t　]", text[s:e].strip())[-1]) is None}
    for h in sorted((h for h in hits if h.entity == "PERSON"), key=lambda h: h.start):
        i = bisect_right(starts, h.start) - 1
        if i >= 0 and h.end <= spans[i][1]:  # (introduced by their unit in the header: no writer of their own record)
            h.meta.update(official=True, staff=True, speaker=True)
            h.meta.pop("writer", None)
            h.meta.pop("subject", None)  # (nor a section's subject: 金井 聡美 (人事課 人材育成係)  10:10 heads a message)
        elif not h.meta.get("official") and (text[h.start:h.end] in names or _UNIT_FROM.search(
                text, max(0, h.start - _UNIT_REACH), h.start) is not None):
            h.meta.update(official=True, staff=True)  # (a sender named in a message, 佐伯さんに替わります; a colleague
            # sent from a unit, 証明係から石塚さんが向かいます, and named so again later — staff, whose records still count, r38)
            names.add(text[h.start:h.end])


def _own_messages(text: str, hits: list[Any], spans: list[tuple[int, int]], starts: list[int]) -> None:
    """A message telling its sender's own matter in the first person (母の認知症が…介護休暇を取らせてください): ``own_of``
    the sender's span, ``own_key`` their name's key; the sender's run of messages is one telling (round 38)."""
    for t in hits:
        if t.entity == "SENSITIVE_PERSONAL_INFO" and (i := bisect_right(starts, t.start) - 1) >= 0 and t.start >= spans[i][1]:
            j = i + 1  # (the sender's run of messages: 言っておこうと思います…通院 ⏎ …使わせてもらえると, round 38)
            while j < len(spans) and j - i < _RUN and text[spans[j][0]:spans[j][1]] == text[spans[i][0]:spans[i][1]]:
                j += 1
            end = starts[j] if j < len(starts) else min(len(text), spans[j - 1][1] + _MESSAGE_REACH)
            if end - spans[i][1] <= _MESSAGE_REACH and (m := _FIRST_PERSON.search(text, spans[i][1], end)) is not None \
                    and _STORY.search(text, spans[i][1], end) is None:  # (a story's hero: 主人公が…自分も借金, round 38)
                t.meta["own_of"] = spans[i]
                t.meta["own_key"] = stable_key(re.sub(r"[ \t　]", "", text[spans[i][0]:spans[i][1]]))
                if m.group("kin") is not None and _SPOUSE_FIRST.search(text, spans[i][1], end) is not None:
                    t.meta["own_kin"] = True


# a record's keys that make it a staff directory's (JSON or key=value on one line: "section": …, "title": …, "ext": …),
# and those that make it a person's (a birth date, a home, a private phone)
_DIRECTORY_KEY = re.compile(r"(?i)[\"'](?:section|dept|department|division|unit|title|position|post|ext|extension|所属|"
                            r"部署|役職|職名|内線)(?:_?name|_?code)?[\"'][ ]?:")
_PERSONAL_KEY = re.compile(r"(?i)birth|dob|address|home|mobile|private|personal|age[\"']?[ ]?[:=]|生年月日|住所|自宅|携帯|私用|年齢")
_DIRECTORY_MIN_KEYS = 2


# a workplace chat export's sender keys (Slack's user_profile.real_name, a Teams export's from.user.displayName)
_SENDER_KEY = re.compile(r"(?i)[\"'](?:real_?name|display_?name|user_?name|sender(?:_?name)?|author(?:_?name)?|from_?name)[\"'][ ]?:[ ]?[\"']$")


def _topic_between(starts: list[int], lo: int, hi: int) -> bool:
    """A sensitive topic starts in [lo, hi) (``starts``: the topics' sorted starts)."""
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _directory_records(text: str, hits: list[Any], topics: list[int]) -> None:
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
                    and not _topic_between(topics, ls, le):
                h.meta.update(official=True, staff=True)


_UNIT_HEADING = re.compile(r"[一-鿿]{1,10}(?:課|係|局)(?![一-鿿])")  # (not a room: 保健室の来室記録)
_HEADING_LINES = 2
_TITLE_MAX = 48


def _unit_tables(text: str, hits: list[Any], topics: list[int]) -> None:
    """Names in the rows of a table under a heading naming an office unit (情報政策課 システム係（6/16〜6/20） ⏎ 氏名⇥月⇥火 …,
    a unit's duty rota, its telework week): the unit's staff in their capacity (round 37) — unless the header names a
    personal column or the row holds a sensitive topic (a leave's reason in a cell stays the person's)."""
    rows: dict[int, tuple[int, int]] = {}  # (each row's table heading, each line walked once: a row's above it is cached)
    for h in hits:
        if h.entity != "PERSON" or h.meta.get("official"):
            continue
        ls = text.rfind("\n", 0, h.start) + 1
        le = text.find("\n", h.end)
        le = len(text) if le < 0 else le
        if text.count("\t", ls, le) < 2 and text.count("|", ls, le) < 3:
            continue
        hs, top = _table_heading(text, ls, rows)
        he = max(top, text.find("\n", top))  # (a topic in its heading or header makes the table a record: ストレスチェック …)
        if hs < 0 or _PERSONAL_KEY.search(text, top, he) is not None or _topic_between(topics, ls, le) \
                or _topic_between(topics, hs, he):
            continue
        h.meta.update(official=True, staff=True)


def _table_heading(text: str, ls: int, memo: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """The span of the lines above the table holding line ``ls`` (up to two) when they name an office unit, else (-1, -1);
    (heading start, the table's first line). ``memo`` holds the rows already walked."""
    if ls in memo:
        return memo[ls]
    walked, top = [ls], ls
    while top > 0:
        ps = text.rfind("\n", 0, top - 1) + 1
        if text.count("\t", ps, top - 1) < 2 and text.count("|", ps, top - 1) < 3:
            break
        if ps in memo:  # (a row above, already read: the same table)
            for w in walked:
                memo[w] = memo[ps]
            return memo[ps]
        top = ps
        walked.append(top)
    hs = top
    for _ in range(_HEADING_LINES):  # (a title's line: short, no sentence — not a background paragraph naming a unit)
        if hs <= 0:
            break
        ps = text.rfind("\n", 0, hs - 1) + 1
        if hs - ps > _TITLE_MAX or "。" in text[ps:hs]:
            break
        hs = ps
    found = (hs, top) if hs < top and _UNIT_HEADING.search(text, hs, top) is not None else (-1, -1)
    for w in walked:
        memo[w] = found
    return found


_OWN_REF = re.compile(r"(?:ご|御)本人(?:は|が|の|も)|(?<![一-鿿])本人(?:は|が|も)")
_OWN_REACH = 32
# (round 39) a letter addressed to one person on its own line (ダニエル・オティエノ 様) that speaks to them (あなたの…)
_ADDRESSEE = re.compile(r"(?m)^[^\n]{2,30}?[ 　]?(?:様|殿)[ 　]*(?:[(（][^()（）\n]{1,30}[)）])?[ 　]*$")
_YOU = re.compile(r"あなた(?:の|は|が|に|を|から)")
# a third person's pronoun or the record's role word in an English sentence before its topic (She thinks she is about 10
# weeks pregnant; The client's husband …): the one private person the text names, as ご本人 is (round 37)
_EN_REF = re.compile(r"(?i)(?<![A-Za-z])(?:she|he|her|his|him|they|their|them|the (?:client|mother|father|patient|pupil"
                     r"|child|boy|girl|resident|applicant|family|caller|student|woman|man))(?![A-Za-z])")
_EN_REACH = 160
_MEMO_HEAD = re.compile(r"(?m)^[ \t　]*[【\[■◆●]?[^\n]{0,12}メモ[^\n]{0,16}$")
_ITEM_MARK = frozenset("・-*●○◦•")
_MIN_TABS = 2
_MIN_BARS = 4


_DESK = re.compile(r"(?m)^[ \t　]*(?:[0-9０-９]{1,2}[ .．　]*|[(（][0-9０-９一二三][)）][ 　]*|[・●■◆*-][ 　]*)?[^\n]{0,12}"
                   r"(?:相談員|相談窓口|相談担当者?)(?:[(（][^)）\n]{1,40}[)）])?[ 　:：]*$")
_KANA_NAME = re.compile(r"[ぁ-ゖァ-ヺー]{1,8}(?:[ 　][ぁ-ゖァ-ヺー]{1,8})?")
_CELL_BAR = re.compile(r"[\t|｜,]")


def _reading_cells(text: str, hits: list[Any]) -> None:
    """A name's reading in its row's own cell (職名｜氏名｜ふりがな: 市長｜大河内 正毅｜おおこうち まさき) is the same person: it
    takes the name's capacity (official, staff) — no second, private person beside the office's phone (round 38)."""
    people = [h for h in hits if h.entity == "PERSON"]
    if len(people) < 2 or _CELL_BAR.search(text) is None:
        return
    by_line: dict[int, list[Any]] = {}
    for h in people:
        by_line.setdefault(h.line, []).append(h)
    for row in by_line.values():
        held = next((h for h in row if h.meta.get("official") and _KANA_NAME.fullmatch(text, h.start, h.end) is None), None)
        for h in row if held is not None and len(row) > 1 else ():
            if h is not held and not h.meta.get("official") and _KANA_NAME.fullmatch(text, h.start, h.end) is not None \
                    and _CELL_BAR.search(text, held.end, h.start) is not None:
                h.meta.update(official=True, staff=bool(held.meta.get("staff")))


# a member of staff named after their unit in a list of a mail or a memo (受講者：市民課 安斎 優斗さん、税務課 …): in capacity
# (not a room's number: …コーポ201号室 山田 太郎 is a resident's address)
_UNIT_BEFORE = re.compile(r"(?:^|(?<=[\s、,，：:・/（(]))[一-鿿ァ-ヺー]{1,10}(?:課|係|局|センター|事務所|支所)(?:の)?[ 　]?$")
_UNIT_REACH = 16


def _unit_prefixed(text: str, hits: list[Any]) -> None:
    """Names right after a unit (市民課 安斎 優斗さん) are staff in their capacity (round 38): a list of them is no roster.
    Only in a text with no sensitive topic: a colleague's record (資産税課 家老 さつき さん … 適応障害) stays theirs."""
    if any(h.entity == "SENSITIVE_PERSONAL_INFO" for h in hits):
        return
    for h in hits:
        if h.entity == "PERSON" and not h.meta.get("official") \
                and _UNIT_BEFORE.search(text, max(0, h.start - _UNIT_REACH), h.start) is not None:
            h.meta.update(official=True, staff=True)


def _desk_and_chat(text: str, topics: list[Any]) -> None:
    """``desk`` on the topics of a desk's notice listing its counsellors (round 38); ``chat`` on topics in chat messages,
    and ``informational`` on those of a message about a story (主人公の職員が…借金, 差押えの場面の描写, round 38)."""
    if _DESK.search(text) is not None:
        for h in topics:
            h.meta["desk"] = True
    if chat := chat_message_lines(text):
        for h in topics:
            if h.line in chat:
                h.meta["chat"] = True
                le = text.find("\n", h.end)  # (the topic's own line, read in place: no second split of the text)
                if _STORY.search(text, text.rfind("\n", 0, h.start) + 1, len(text) if le < 0 else le) is not None:
                    h.meta["informational"] = True


def mark_layout(text: str, hits: list[Any]) -> None:
    """Set ``chat`` on topics in chat messages and ``table_row`` on addresses in spreadsheet rows (see the module)."""
    _senders_in_capacity(text, hits)
    starts = sorted(h.start for h in hits if h.entity == "SENSITIVE_PERSONAL_INFO")
    _directory_records(text, hits, starts)
    _unit_tables(text, hits, starts)
    _reading_cells(text, hits)
    _unit_prefixed(text, hits)
    topics = [h for h in hits if h.entity == "SENSITIVE_PERSONAL_INFO"]
    if not topics:
        return
    _desk_and_chat(text, topics)
    private = {text[p.start:p.end].replace("\u3000", " ").split(" ")[0] for p in hits if p.entity == "PERSON"
               and not p.meta.get("official") and not p.meta.get("example") and not p.meta.get("pseudonym")}
    you = _YOU.search(text) if len(private) == 1 and _ADDRESSEE.search(text) is not None else None
    for h in topics if len(private) == 1 else ():  # (one private person named, by full name or surname)
        lo = max(text.rfind("。", max(0, h.start - _OWN_REACH), h.start), text.rfind("\n", max(0, h.start - _OWN_REACH), h.start))
        if _OWN_REF.search(text, max(0, h.start - _OWN_REACH, lo + 1), h.start) is not None:
            h.meta["own_ref"] = True
        elif you is not None and h.start > you.start():  # (a letter to the one person: あなたの任用は…, its reasons below, r39)
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
    if "\t" in text or "|" in text:  # (or a text table's bars: a SQL client's result, round 32)
        for h in hits:
            if h.entity == "JP_ADDRESS" and h.meta.get("level") == "street" and "\t" not in text[h.start:h.end] \
                    and "|" not in text[h.start:h.end]:  # (not a district's name and its count's cell: 本町1丁目⇥18)
                ls, le = text.rfind("\n", 0, h.start) + 1, text.find("\n", h.end)
                le = len(text) if le < 0 else le
                if text.count("\t", ls, le) >= _MIN_TABS or text.count("|", ls, le) >= _MIN_BARS:
                    h.meta["table_row"] = True
