"""Council records (issue 13): the members who give notice of their questions (round 7), and the speakers of a
record (``council_record``, ``committee_speaker``: read by ``public_context``).

A list of the general questions of a council session (一般質問の通告一覧, 代表質問 …) names in each row the member
who asks and the subjects of the question (生活保護の扶養照会について, 認知症の方の行方不明対策について). The subjects
are the council's business, not the member's condition, and the member is a public figure acting in office. A name
heading a row of such a list (a row number or a bullet before it at most, `1	寺岡 由香	…`, or followed by 議員)
in a prompt that names the questions (一般質問, 代表質問, 質問通告, 通告一覧) and, above the row with no heading of
private people (相談者, 利用者, 住民 …) between, the members (質問者, 議員, 会派) is ``official`` (``public_context="council_question"``), unless a personal partner (a mobile, a free-mail address, a
full birth date, a number labelled private) stands on its line.
"""

from __future__ import annotations

from gateway.scan import rx as re
from collections.abc import Iterable

from gateway.scan.public_lines import HitLike as _HitLike
from gateway.scan.public_lines import line_start


_QUESTIONS = re.compile(r"一般質問|代表質問|個人質問|緊急質問|質問通告|通告一覧|通告順|質疑通告")
_MEMBERS = re.compile(r"質問者|質問議員|通告者|議員|会派")
# what may stand before a name heading its row: a row number, a bullet, a rank (1, 2., 3), ・, ■)
_ROW_HEAD = re.compile(r"[ \t　]*(?:[0-9]{1,3}[.)．、:：]?|[・●○■□◆◇*-])?[ \t　]*")
_MEMBER_AFTER = re.compile(r"[ 　]?(?:議員|君)")
_ROW_START = re.compile(r"[ \t　]*(?:[0-9]{1,3}|[・●○■□◆◇*-])")
_MEMBERS_REACH = 400  # how far above a row its list's member heading may stand
_PRIVATE_ROLE = re.compile(r"相談者|利用者|対象者|申請者|申込者|受給者|住民|市民|世帯|患者|児童|生徒")


def council_questions(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Mark the members heading the rows of a council question list as officials."""
    names = [h for h in hits if h.entity == "PERSON" and not h.meta.get("official") and h.line not in partner_lines]
    if not names or _QUESTIONS.search(text) is None or _MEMBERS.search(text) is None:
        return
    for h in names:
        if _MEMBER_AFTER.match(text, h.end) or (
                _ROW_HEAD.fullmatch(text, line_start(text, h.start), h.start) and _members_above(text, h.start)):
            h.meta["official"] = True
            h.meta["public_context"] = "council_question"


def _members_above(text: str, pos: int) -> bool:
    """The list the row belongs to names members (a 質問者 / 議員 column or heading) above it, with no heading of private
    people (相談者, 利用者 …) between: 寺岡議員の質問に関連して、次の相談者の状況を確認 lists residents."""
    lo = max(0, pos - _MEMBERS_REACH)
    last = None
    for last in _MEMBERS.finditer(text, lo, pos):
        pass
    if last is None:
        return False
    # the heading lines between (not the rows of the list, whose subjects may be 児童生徒の居場所づくり)
    for line in text[last.end():line_start(text, pos)].split("\n"):
        if not _ROW_START.match(line) and _PRIVATE_ROLE.search(line):
            return False
    return True


# --- council records (public_context: council speakers) ----------------------------------------
# a council speaker line: ○議長（島田光一君）, ◯12番（増井陽子君）
# (or a transcript's speaker line with no mark, before a colon: 委員長（村瀬 弘道君）：…, round 33)
_COUNCIL_SPEAKER = re.compile(r"^[ \t　]*(?:[○〇◯◎][^\n（(]{0,16}[（(][^\n）)]{1,16}君[）)]|[^\n（(○〇◯◎:：]{1,12}[（(][^\n）)]{1,16}君[）)][ ]?[:：])",
                              re.MULTILINE)
_COUNCIL_DOC = re.compile(r"議会")
_MINUTES_DOC = re.compile(r"会議録|議事録|委員会記録")
# a committee's speaker line in a council record (round 11): ○桑折 忠彦委員　…, ◎12番 増井陽子議員　…, the mark then
# the name, the member's title right after it (not 委員長: the chair is named in brackets, ○委員長（…）)
_SPEAKER_MARK = re.compile(r"[ \t　]*[○〇◯◎](?:[0-9]{1,2}番[ 　]?)?")
_MEMBER_TITLE = re.compile(r"[ 　]?(?:委員|議員)(?!長|会|の|が|は|を|に)")


def committee_speaker(text: str, h: _HitLike) -> bool:
    """A name heading a speaker line of a committee record: the speaker mark (○, ◎), then the name and the member's
    title (○桑折 忠彦委員　…); the title may be read into the name's span."""
    if not _SPEAKER_MARK.fullmatch(text, line_start(text, h.start), h.start):
        return False
    span = text[h.start:h.end]
    return span.endswith(("委員", "議員")) or _MEMBER_TITLE.match(text, h.end) is not None


# (round 31) a committee's record that names no 議会: its members' speaker lines (○古賀委員　…) under a 委員会
_MEMBER_SPEAKER_LINE = re.compile(r"^[ \t　]*[○〇◯◎][^\n○〇◯◎（(]{1,8}?(?:委員|議員)(?!長|会)[ \t　]", re.MULTILINE)


def council_record(text: str) -> bool:
    """A council record: a speaker line ○役職（氏名君）, a 議会 document that calls itself 会議録 / 議事録, or a 委員会's
    record with its members' speaker lines (○古賀委員　…)."""
    return _COUNCIL_SPEAKER.search(text) is not None or (
        _COUNCIL_DOC.search(text) is not None and _MINUTES_DOC.search(text) is not None) or (
        "委員会" in text and _MEMBER_SPEAKER_LINE.search(text) is not None)
