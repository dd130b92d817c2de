"""The line a finding stands on, as the public-context stages read it (``public_context``, ``public_accounts``):
at most ``LINE_MAX`` characters each way, so every check stays bounded on a text that is one long line; and the lines of
a note inside a public document that the document will not publish (``note_lines``)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import islice
from typing import Any, Protocol

from gateway.scan import rx as re

LINE_MAX = 240  # how far back/forward a finding's line is read


def line_start(text: str, pos: int) -> int:
    lo = max(0, pos - LINE_MAX)
    return text.rfind("\n", lo, pos) + 1 or lo


def line_end(text: str, pos: int) -> int:
    hi = min(len(text), pos + LINE_MAX)
    e = text.find("\n", pos, hi)
    return hi if e < 0 else e


class HitLike(Protocol):
    """What the public-context stages read of a finding."""
    entity: str
    start: int
    end: int
    meta: dict[str, Any]
    line: int


def paragraph(blanks: list[tuple[int, int]], pos: int, size: int) -> tuple[int, int]:
    """(start, end) of the blank-line paragraph around ``pos``; ``blanks``: the text's blank lines."""
    i = bisect_right(blanks, (pos, pos)) - 1
    return (blanks[i][1] if i >= 0 else 0), (blanks[i + 1][0] if i + 1 < len(blanks) else size)


def marked_paragraph(marks: list[int], lo: int, hi: int) -> bool:
    """A marker position within [lo, hi)."""
    j = bisect_right(marks, lo - 1)
    return j < len(marks) and marks[j] < hi


# a note inside a public document that will not be published with it (【編集メモ・掲載前に削除】, （以下は班内メモ。お知らせ
# には載せません）): its line and the lines after it up to a blank line are the office's own (round 23)
NOTE_MARK = re.compile(r"編集メモ|掲載前に削除|(?:班内|課内|係内|内部|担当者?|作業)メモ|(?:お知らせ|広報|本文|記事|ホームページ|HP)"
                       r"(?:に|には)(?:載せ|使わ)(?:ません|ない)|非掲載|掲載しない(?:こと|でください)|削除してから(?:掲載|公開)")  # (記事には使わない: r39)


def note_lines(text: str) -> set[int]:
    """Line numbers (0-based, as the hits count them) of each note's block (bounded: 40 lines a note, 64 notes; the
    line count carried from one note to the next, so the text is counted once)."""
    out: set[int] = set()
    line, counted = 0, 0
    for m in islice(NOTE_MARK.finditer(text), 64):
        line, counted = line + text.count("\n", counted, m.start()), m.start()
        if line in out:
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        for k in range(40):
            out.add(line + k)
            le = text.find("\n", ls)
            if le < 0:
                break
            ne = text.find("\n", le + 1)
            if not text[le + 1:ne if ne >= 0 else len(text)].strip(" \t\u3000"):
                break  # the next line is blank: the note ends
            ls = le + 1
    return out


# an English office's title before the name, a comma or the courtesy title between (Consul General H.E. Mr. Ngo Trinh Ha;
# Director-General for International Affairs, Ms. Akiko Yokoyama): named in office (round 35)
EN_TITLE_BEFORE = re.compile(r"(?:Consul[ -]General|Ambassador|Governor|Mayor|Vice[ -]Governor|Deputy Mayor|Minister|"
                             r"(?:Director|Chair(?:person)?|President|Commissioner)(?:-General)?(?:[ ]+(?:of|for)[ ]+[^,;:\n]{2,50})?)"
                             r"[ ]*,?[ ]*(?:H\.E\.[ ]*)?(?:(?:Mr|Ms|Mrs|Dr)\.?[ ]+)?$")


def branch_place(text: str, h: HitLike, places: list[tuple[int, int]]) -> bool:
    """A lone word after a shop's name that an address of the text names as its town (ウエルネス薬局 海老沢 beside 西陵郡
    海老沢町鯨浜 3-1-9): the branch's place, not a surname (round 23; public_context)."""
    word = text[h.start:h.end]
    if h.meta.get("full_name") or not 1 < len(word) <= 4 or not _SHOP_BEFORE.search(text, max(0, h.start - 12), h.start):
        return False
    return any(text.find(word + c, a, b) >= 0 for a, b in places[:64] for c in "町村市区郡")


_SHOP_BEFORE = re.compile(r"(?:薬局|店|病院|医院|クリニック|銀行|支店|ストア|マート)[ 　]?$")


# (round 39) a town's name read as a full name whose given name ends in 市/町/村 (北浦/見市は25日…発表した): the text names
# the same town's bodies or residents elsewhere (北浦見市消防本部, 北浦見市民プール, 北浦見市内の県道)
_TOWN_BODY_AFTER = re.compile(r"内|民|役所|役場|議会|長|立|消防|教育委員会|職員|在住|出身|在勤|の(?:職員|発表|ホームページ)")


def town_as_name(text: str, h: HitLike) -> bool:
    """The name at h ends in 市/町/村 and the text names that town's bodies or residents (_TOWN_BODY_AFTER) somewhere."""
    word = text[h.start:h.end]
    word = word[:-1] if word.endswith(("市民", "町民", "村民")) else word  # (北浦見市民プール: the town's residents)
    if not 3 <= len(word) <= 6 or word[-1] not in "市町村" or " " in word or "\u3000" in word:
        return False
    p, n = text.find(word), 0
    while p >= 0 and n < 32:
        if _TOWN_BODY_AFTER.match(text, p + len(word)) is not None:
            return True
        p, n = text.find(word, p + 1), n + 1
    return False


# (round 36) a publication named in the request or on a heading (広報紙に載せる原稿です, ■ Newsletter No.12), not in passing
# in a body line (・広報紙の校正が締切ギリギリ, the Arabic newsletter after you feel better): its people are published
_PUBLICATION = re.compile(r"広報紙|広報誌|(?i:newsletter)")
_HEADING_MAX = 40


def publication_named(text: str) -> bool:
    """A publication named on the text's first line or on a short line that is no list item (public_context)."""
    for m in islice(_PUBLICATION.finditer(text), 16):
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        if ls == 0 or (le - ls <= _HEADING_MAX and text[ls] not in "・-*•"):
            return True
    return False



def rows_under(text: str, is_header: Callable[[str], bool], seps: str) -> set[int]:
    """Line numbers (0-based) of the rows under a table's header line — a line holding two of one of ``seps`` or more
    that ``is_header`` accepts — up to the first line that is no row (two of that separator): a place table's entries,
    a 公用携帯 column's numbers (public_contacts)."""
    out: set[int] = set()
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        sep = next((c for c in seps if lines[i].count(c) >= 2), None)
        if sep is not None and is_header(lines[i]):
            i += 1
            while i < len(lines) and lines[i].count(sep) >= 2:
                out.add(i)
                i += 1
            continue
        i += 1
    return out


def published_people(text: str, hits: list, partner_lines: set[int], noted: bool = False) -> None:
    """A published list's people after the list pass (round 39): unpublished when a note inside the text holds private
    data (``noted``: 人事課からの申し送り・記事には使わない：…休職 — the note is about them); else a surname or a given name
    alone that a listed full name holds (釜我 宗介さん（52歳・会社員）… 釜我さん親子が発見。宗介さんが119番通報) is the same
    published person named again, in a text with no personal partner (a private number or address anywhere may be the
    one the name again is tied to: 取材メモ：本人の携帯へ（080-…）)."""
    if noted:
        for h in hits:
            if h.entity == "PERSON" and h.meta.get("public_context") == "published_list":
                h.meta["official"] = False
                h.meta.pop("public_context", None)
        return
    if partner_lines:
        return
    parts = {w for h in hits if h.entity == "PERSON" and h.meta.get("public_context") == "published_list"
             for w in text[h.start:h.end].replace("\u3000", " ").split(" ") if len(w) >= 2}
    if not parts:
        return
    for h in hits:
        if h.entity == "PERSON" and not h.meta.get("official") and not h.meta.get("subject") \
                and h.line not in partner_lines and text[h.start:h.end] in parts:
            h.meta.update(official=True, public_context="published_list")
