"""Council question lists (issue 13, round 7): the members who give notice of their questions.

A list of the general questions of a council session (一般質問の通告一覧, 代表質問 …) names in each row the member
who asks and the subjects of the question (生活保護の扶養照会について, 認知症の方の行方不明対策について). The subjects
are the council's business, not the member's condition, and the member is a public figure acting in office. A name
heading a row of such a list (a row number or a bullet before it at most, `1	寺岡 由香	…`, or followed by 議員)
in a prompt that names the questions (一般質問, 代表質問, 質問通告, 通告一覧) and the members (質問者, 議員, 会派) is
``official`` (``public_context="council_question"``), unless a personal partner (a mobile, a free-mail address, a
full birth date, a number labelled private) stands on its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gateway.scan.public_lines import HitLike as _HitLike
from gateway.scan.public_lines import line_start


_QUESTIONS = re.compile(r"一般質問|代表質問|個人質問|緊急質問|質問通告|通告一覧|通告順|質疑通告")
_MEMBERS = re.compile(r"質問者|質問議員|通告者|議員|会派")
# what may stand before a name heading its row: a row number, a bullet, a rank (1, 2., 3), ・, ■)
_ROW_HEAD = re.compile(r"[ \t　]*(?:[0-9]{1,3}[.)．、:：]?|[・●○■□◆◇*-])?[ \t　]*")
_MEMBER_AFTER = re.compile(r"[ 　]?(?:議員|君)")


def council_questions(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Mark the members heading the rows of a council question list as officials."""
    names = [h for h in hits if h.entity == "PERSON" and not h.meta.get("official") and h.line not in partner_lines]
    if not names or _QUESTIONS.search(text) is None or _MEMBERS.search(text) is None:
        return
    for h in names:
        if _ROW_HEAD.fullmatch(text, line_start(text, h.start), h.start) or _MEMBER_AFTER.match(text, h.end):
            h.meta["official"] = True
            h.meta["public_context"] = "council_question"
