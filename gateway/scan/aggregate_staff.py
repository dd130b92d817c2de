"""Decision rule of aggregate.RULES: a member of staff as the subject of a personnel, disciplinary or health record
(issue 13; moved out of aggregate.py in round 37). Staff are named in their official capacity and do not count as
private persons, except as the subject of such a record: named as a section's or a line's subject, as the sentence's
agent, as the passage's topic, as the writer of their own matter, listed for the request — or (round 37) named in a
staff chat's message body a few messages from the matter (``[…] 健康管理室 小松: 河合さん、…前回お話しされた眠れない件``),
the chat's senders writing in their capacity (layout_marks). (``f`` is aggregate.Facts, not imported: aggregate imports
this module.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.scan.hit_index import HitIndex as _Index

# sensitive-topic families that make a member of staff the subject of a record: named inline
# (佐藤主任が…懲戒処分) only a disciplinary record on the same line, close by; named as the subject of a
# section (■山田 太郎(税務課 主任)) personnel, disciplinary and health records
STAFF_INLINE_FAMILIES = frozenset({"discipline", "crime"})
STAFF_SUBJECT_FAMILIES = frozenset({"discipline", "personnel", "health", "disability", "health_check", "crime"})
# their own debts (自己破産, 差押え of their pay) only as the record's subject (対象：…): a tax official's job (round 13)
STAFF_SUBJECT_ONLY_FAMILIES = frozenset({"tax"})
# …and their family's matters (別居, 離婚調停, DV) only under a record's subject label (対象：仲宗根 結 主事, round 41)
STAFF_HEAD_ONLY_FAMILIES = frozenset({"single_parent", "dv", "family"})
STAFF_INLINE_WINDOW = 40
STAFF_AGENT_WINDOW = 160  # staff as the grammatical subject of the sentence (山田主事が…) reach further on their line
STAFF_AGENT_FAMILIES = STAFF_INLINE_FAMILIES | {"health", "disability", "health_check"}  # …of 田村主査が…適応障害で休職中
STAFF_ADJACENT = 2
STAFF_CHAT_FAMILIES = frozenset({"discipline", "health", "disability", "crime"})
STAFF_CHAT_LINES = 3
STAFF_OWN_FAMILIES = STAFF_SUBJECT_FAMILIES | STAFF_SUBJECT_ONLY_FAMILIES | {"care", "family", "child_welfare", "school_record"}


def rule_staff_record_subject(f: Any) -> Iterator[tuple[str, str, list[Any]]]:
    """Staff are named in their official capacity (課長, 担当) and do not count as private persons,
    except as the subject of a personnel / disciplinary / health record."""
    if "SENSITIVE_PERSONAL_INFO" not in f.present or "PERSON" not in f.present:
        return
    # (not in a desk's notice listing its counsellors: the kinds of harassment are the desk's, layout_marks, round 38)
    every = [h for h in f.of("SENSITIVE_PERSONAL_INFO") if not h.meta.get("informational") and not h.meta.get("desk")]
    topics = [h for h in every if h.meta.get("category") in STAFF_SUBJECT_FAMILIES | STAFF_SUBJECT_ONLY_FAMILIES
              | STAFF_HEAD_ONLY_FAMILIES]
    # (an announced 内示 is news, not a record: public_context)
    if (own := _kin_matter(f, every) or _sender_own(f, every)) is not None:
        yield "block", "staff_record_subject", own
        return
    staff = _Index([p for p in f.of("PERSON") if p.meta.get("staff")]) if topics else None
    if not staff or not staff.hits:
        return
    if (own := _writer_own_topic(f, staff.hits, topics)) is not None:
        yield "block", "staff_record_subject", own  # a member of staff writing of their own matter (round 23)
        return
    for t in topics:
        cat = t.meta.get("category")
        if cat in STAFF_HEAD_ONLY_FAMILIES:  # (their own family's matters: only under a record's subject label, r41)
            p = staff.near(t, _WRITER_REACH, lambda p: bool(p.meta.get("record_head")) and p.end <= t.start)
            if p is not None:
                yield "block", "staff_record_subject", [p, t]
                return
            continue
        # the subject of a section, or named directly before the record on its line ("主事 山田 花子 うつ病…")
        # or heading its line with a colon ("保育士 鈴木 里奈: … 育児休業")
        p = staff.near(t, f.window(t), lambda p: bool(p.meta.get("subject")) or (
            cat not in STAFF_SUBJECT_ONLY_FAMILIES and p.line == t.line and not p.meta.get("speaker") and (
            0 <= t.start - p.meta.get("after", p.end) <= STAFF_ADJACENT or (p.meta.get("heads") and t.start > p.end))))
        if p is None and cat in STAFF_INLINE_FAMILIES:  # named as the contact (…まで, 担当：) they are not its subject
            p = staff.near(t, STAFF_INLINE_WINDOW, lambda p: p.line == t.line and not p.meta.get("contact")
                           and not p.meta.get("speaker"))
        if p is None:  # the passage's topic (倉持主査の件、…; 対象は…の倉持主査です): its record may follow lines later
            p = staff.near(t, f.config.combination.person_window, lambda p: bool(p.meta.get("topic")) and p.end <= t.start)
        if p is None and cat in STAFF_SUBJECT_FAMILIES:  # the record headed by its subject's label (対象職員：…, r27; health, r41)
            p = staff.near(t, _WRITER_REACH, lambda p: bool(p.meta.get("record_head")) and p.end <= t.start)
        if p is None and cat in STAFF_AGENT_FAMILIES:  # "中谷主任が、…物損事故を起こし…始末書を提出させる"
            p = staff.near(t, STAFF_AGENT_WINDOW, lambda p: p.line == t.line and p.end <= t.start
                           and bool(p.meta.get("agent") or p.meta.get("subject")))
        if p is None and t.meta.get("chat") and cat in STAFF_CHAT_FAMILIES:  # (a colleague named in a staff chat's
            p = staff.near(t, 2 * f.window(t), lambda p: not p.meta.get("speaker")  # message, a few messages from it)
                           and abs(t.line - p.line) <= STAFF_CHAT_LINES and p.meta.get("form") != "label")
        if p is not None:
            yield "block", "staff_record_subject", [p, t]
            return
    if (listed := _listed_for_request(staff.hits, topics)) is not None:
        yield "block", "staff_record_subject", listed


_WRITER_REACH = 1500
_REQUEST_FAMILIES = frozenset({"discipline", "health", "disability", "crime"})


def _kin_matter(f: Any, topics: list[Any]) -> list[Any] | None:
    """A member of staff followed by their own family member (…主事 森 健太、母の介護のため…): any sensitive topic after
    them on the line, close by, is their family's matter."""
    if not any(p.meta.get("family") for p in f.of("PERSON")):
        return None
    kin = _Index([p for p in f.of("PERSON") if p.meta.get("family")])
    for t in topics:
        p = kin.near(t, STAFF_INLINE_WINDOW, lambda p: p.line == t.line and p.end <= t.start)
        if p is not None:
            return [p, t]
    return None


def _sender_own(f: Any, topics: list[Any]) -> list[Any] | None:
    """A chat message telling its sender's own matter in the first person (layout_marks: ``own_of``, round 37): the
    sender named in its header, and the topic."""
    for t in topics:
        if (own := t.meta.get("own_of")) is not None and (t.meta.get("category") in STAFF_OWN_FAMILIES or (
                t.meta.get("category") == "dv" and t.meta.get("own_kin"))):  # (夫から…暴力: her own, round 38)
            p = next((p for p in f.of("PERSON") if own[0] <= p.start < own[1]), None) or next(  # (or by the same name)
                (p for p in f.of("PERSON") if p.meta.get("person_key") == t.meta.get("own_key")), None)
            if p is not None:
                return [p, t]
    return None


def _listed_for_request(staff: list[Any], topics: list[Any]) -> list[Any] | None:
    """A health, disciplinary or criminal matter the request on the first line asks about (…を抜き出して、産業医面接の
    対象者リストに), and a table of two or more members of staff below it: they are the records' subjects (round 31)."""
    t = next((t for t in topics if t.line == 0 and t.meta.get("category") in _REQUEST_FAMILIES), None)
    listed = [p for p in staff if p.meta.get("form") == "label" and p.line > 0] if t is not None else []
    return [listed[0], t] if len({p.line for p in listed}) >= 2 else None


def _writer_own_topic(f: Any, staff: list[Any], topics: list[Any]) -> list[Any] | None:
    """A member of staff who wrote the text of their own matter (``writer``: person_intro reads them introduced by their
    unit or on a formal document's author line, in a text whose first-person sentences hold a personnel, disciplinary
    or health topic: 私は…酒気帯び運転で検挙, 私事で…適応障害) and such a topic within reach: the writer's own record."""
    writers = [p for p in staff if p.meta.get("writer")]
    # (not a tax word: a tax official writes of the office's work, 税額確定のバッチ, round 31; their own debts only as a subject)
    for t in (t for t in topics if t.meta.get("category") not in STAFF_SUBJECT_ONLY_FAMILIES) if writers else ():
        w = next((p for p in writers if abs(p.start - t.start) <= _WRITER_REACH), None)
        if w is not None:
            return [w, t]
    return None
