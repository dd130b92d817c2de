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

from typing import Any

from gateway.scan import rx as re
from gateway.scan.markup_chats import chat_message_lines

_OWN_REF = re.compile(r"(?:ご|御)本人(?:は|が|の|も)|(?<![一-鿿])本人(?:は|が|も)")
_OWN_REACH = 32
_MEMO_HEAD = re.compile(r"(?m)^[ \t　]*[【\[■◆●]?[^\n]{0,12}メモ[^\n]{0,16}$")
_ITEM_MARK = frozenset("・-*●○◦•")
_MIN_TABS = 2
_MIN_BARS = 4


def mark_layout(text: str, hits: list[Any]) -> None:
    """Set ``chat`` on topics in chat messages and ``table_row`` on addresses in spreadsheet rows (see the module)."""
    topics = [h for h in hits if h.entity == "SENSITIVE_PERSONAL_INFO"]
    if not topics:
        return
    private = {text[p.start:p.end].replace("\u3000", " ").split(" ")[0] for p in hits if p.entity == "PERSON"
               and not p.meta.get("official") and not p.meta.get("example") and not p.meta.get("pseudonym")}
    for h in topics if len(private) == 1 else ():  # (one private person named, by full name or surname)
        lo = max(text.rfind("。", max(0, h.start - _OWN_REACH), h.start), text.rfind("\n", max(0, h.start - _OWN_REACH), h.start))
        if _OWN_REF.search(text, max(0, h.start - _OWN_REACH, lo + 1), h.start) is not None:
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
