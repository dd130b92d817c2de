"""Historical and fictional artefacts (issue 13, round 15): a marking that belongs to a document of the past, quoted,
or to a story.

A city history (市史), a museum's catalogue or an archive's transcription (翻刻) reproduces old documents with their
markings: a wartime village order stamped 極秘 (昭和十九年), a 1960s file marked 部外秘. The marking is part of the
artefact, transcribed for the public, not a marking applied to the text being sent. A marking is historical when

* the text says it handles a historical artefact (翻刻, 所蔵, 史料, 古文書, 市史 / 町史 …, 公文書館所蔵, 資料編, 復刻, 原文のまま),
  and
* the date nearest the marking (within ``_REACH`` characters either side) is of the past — an era before 平成 (明治, 大正,
  昭和, in kanji or digits) or a western year before 1990, not the start of a matter still open (昭和六十年からの懸案) —
  and no current date (平成, 令和, 20xx) is nearer, nor in the marking's paragraph (or the next, when the marking stands
  alone as a paragraph above it).

A current document's marking still counts: a 市史編さん室 memo marked 極秘 and dated 令和8年 is dated now, and a marking with
no date near it counts unless every date in the text is of the past. The marking is then ``informational`` (the
decision rules skip it) and ``public_context: historical``.

The people an artefact of the past names (a 明治 land register's owners, a 昭和 village order's signatory) lived then:
a PERSON in such a text whose nearest date is of the past likewise, not addressed as a resident is today (さん, 様,
ちゃん, くん) and with no mobile, free mail, personal number, address or birth date on its line, nor a sensitive topic on
it or the two lines after it, is a historical figure (``official``, ``public_context: historical``).

A marking in a story (the prompt is fiction by person_shapes.fiction's cues: 小説の一節, 短編の講評, 応募作 of a literary
prize …), after the cue, is a prop of the story (a stamped paper the heroine finds): ``public_context: fiction``.

Linear: one pass of each regex over the text, then a bisection per marking.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from gateway.scan import rx as re
from gateway.scan.public_lines import HitLike as _HitLike
from gateway.scan.recognizers.person_shapes import FICTION_CUES, fiction

_MARKINGS = frozenset({"CLASSIFICATION_MARKING", "HANDLING_RESTRICTION"})
# the text handles an artefact of the past: transcribed, held by an archive or a museum, printed in a history
_ARTEFACT = re.compile(
    r"翻刻|所蔵|史料|古文書|(?:市|町|村|区|県|郷土|地方|社|校)史(?:編さん|編纂|資料|の)|資料編|公文書館(?:所蔵|蔵|に(?:保存|保管|所蔵))|"
    r"歴史公文書|文書綴|旧役場文書|"
    r"旧村役場|復刻|影印|原文(?:のまま|ママ)|翻字|読み下し|解題|(?i:historical (?:document|record|archive)|archives? (?:hold|of))")
_NUM = r"[元一二三四五六七八九十〇0-9]{1,4}"
# (not the start of a matter still open: 昭和六十年からの懸案, 昭和六十年以来)
_OLD = re.compile(r"(?:(?:明治|大正|昭和)" + _NUM + r"年|(?<![0-9])(?:18[0-9]{2}|19[0-8][0-9])(?:年|(?=[/.-][0-9])))"
                  r"(?!(?:代)?(?:から|以来|来|より))")
_NOW = re.compile(r"(?:平成|令和)" + _NUM + r"年|(?<![0-9])(?:199[0-9]|20[0-9]{2})(?:年|[/.-][0-9])|R[0-9]{1,2}[./]")
_REACH = 400
_BORN_AFTER = re.compile(r"[^\n、。]{0,8}?(?:生|入庁|採用|入社|入学|卒業|就職)")
_BORN_BEFORE = re.compile(r"(?:生年月日|生年|誕生日|出生)[ \t　:：]*$")
# how a living resident is addressed (a name with one of these is nobody's history); what identifies one today
_TODAY_HONORIFICS = frozenset({"さん", "様", "さま", "ちゃん", "くん"})
_PARTNERS = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "JP_MY_NUMBER", "JP_RESIDENCE_CARD", "CREDIT_CARD", "JP_BANK_ACCOUNT"})


def historical_markings(text: str, hits: Iterable[_HitLike]) -> None:
    """Mark the markings of a quoted historical artefact or of a story ``informational``, the people of an artefact
    historical figures."""
    hits = list(hits)
    marks = [h for h in hits if h.entity in _MARKINGS and not h.meta.get("informational")]
    people = [h for h in hits if h.entity == "PERSON" and not h.meta.get("official")
              and h.meta.get("honorific") not in _TODAY_HONORIFICS]
    if not marks and not people:
        return
    if _ARTEFACT.search(text) is None:
        if marks:
            _story_markings(text, marks)
        return
    births = [(h.start, h.end) for h in hits if h.entity == "DATE_OF_BIRTH" and not h.meta.get("informational")]
    dates = sorted([(m.start(), not _birth(text, m, births)) for m in _OLD.finditer(text)]
                   + [(m.start(), False) for m in _NOW.finditer(text)])
    if not any(old for _, old in dates):
        return
    all_old = all(old for _, old in dates)
    starts = [p for p, _ in dates]
    # (and a line with an address or a birth date a record of today gives: 寄贈者 … 北原町3丁目4番2号)
    partner_lines = {h.line for h in hits if (h.entity in _PARTNERS and h.meta.get("personal", True) is not False)
                     or (h.entity in ("JP_ADDRESS", "DATE_OF_BIRTH") and not h.meta.get("informational"))}
    partner_lines |= {h.line + d for h in hits for d in (-2, -1, 0)  # (a topic on the line or the two after it)
                      if h.entity == "SENSITIVE_PERSONAL_INFO" and not h.meta.get("informational")}
    for h in marks + [p for p in people if p.line not in partner_lines]:
        if h.entity in _MARKINGS and _dated_now(text, h.start):
            continue  # a current date in the marking's paragraph, or in the next when the marking heads it alone
        i = bisect_left(starts, h.start)
        near = [d for d in dates[max(0, i - 1):i + 1] if abs(d[0] - h.start) <= _REACH]
        if (min(near, key=lambda d: abs(d[0] - h.start))[1] if near else all_old):
            h.meta["informational" if h.entity in _MARKINGS else "official"] = True
            h.meta["public_context"] = "historical"


_BLANK = re.compile(r"\n[ \t　]*\n")


def _dated_now(text: str, pos: int) -> bool:
    """A current date in the paragraph holding ``pos`` or, when that paragraph is one line, in the next one."""
    lo = max(pos - _PARA, text.rfind("\n\n", max(0, pos - _PARA), pos) + 1, 0)  # (bounded: a paragraph's reach)
    nb = _BLANK.search(text, pos, pos + _PARA)
    hi = nb.start() if nb is not None else min(len(text), pos + _PARA)
    if nb is not None and "\n" not in text[lo + 1:hi].strip("\n"):
        nn = _BLANK.search(text, nb.end(), nb.end() + _PARA)
        hi = nn.start() if nn is not None else min(len(text), nb.end() + _PARA)
    return _NOW.search(text, lo, hi) is not None


_PARA = 2000


def _birth(text: str, m: re.Match, births: list[tuple[int, int]]) -> bool:
    """The old date is a living person's birth (昭和50年5月1日生, 生年月日　昭和50年…): a date of today's record."""
    return (any(s <= m.start() < e for s, e in births) or _BORN_AFTER.match(text, m.end(), m.end() + 12) is not None
            or _BORN_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None)


def _story_markings(text: str, marks: list[_HitLike]) -> None:
    """Mark the markings after a fiction cue of a story ``informational``."""
    lower = text.lower()
    cues: dict[str, list[int]] = {}
    for w in FICTION_CUES:
        p = lower.find(w)
        while p >= 0 and len(cues.get(w, ())) < 8:
            cues.setdefault(w, []).append(p)
            p = lower.find(w, p + 1)
    if not cues or not fiction(text, cues):
        return
    first = min(p for ps in cues.values() for p in ps)
    for h in marks:
        if h.start > first:
            h.meta["informational"] = True
            h.meta["public_context"] = "fiction"
