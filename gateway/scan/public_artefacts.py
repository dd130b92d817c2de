"""Historical artefacts (issue 13, round 15): a marking that belongs to a document of the past, quoted.

A city history (市史), a museum's catalogue or an archive's transcription (翻刻) reproduces old documents with their
markings: a wartime village order stamped 極秘 (昭和十九年), a 1960s file marked 部外秘. The marking is part of the
artefact, transcribed for the public, not a marking applied to the text being sent. A marking is historical when

* the text says it handles a historical artefact (翻刻, 所蔵, 史料, 古文書, 市史 / 町史 …, 公文書館, 資料編, 復刻, 原文のまま), and
* the date nearest the marking (within ``_REACH`` characters either side) is of the past — an era before 平成 (明治, 大正,
  昭和, in kanji or digits) or a western year before 1990 — and no current date (平成, 令和, 20xx) is nearer.

A current document's marking still counts: a 市史編さん室 memo marked 極秘 and dated 令和8年 is dated now, and a marking with
no date near it counts unless every date in the text is of the past. The marking is then ``informational`` (the
decision rules skip it) and ``public_context: historical``.

Linear: one pass of each regex over the text, then a bisection per marking.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from gateway.scan import rx as re
from gateway.scan.public_lines import HitLike as _HitLike

_MARKINGS = frozenset({"CLASSIFICATION_MARKING", "HANDLING_RESTRICTION"})
# the text handles an artefact of the past: transcribed, held by an archive or a museum, printed in a history
_ARTEFACT = re.compile(
    r"翻刻|所蔵|史料|古文書|(?:市|町|村|区|県|郷土|地方|社|校)史(?:編さん|編纂|資料|の)|資料編|公文書館|歴史公文書|文書綴|旧役場文書|"
    r"旧村役場|復刻|影印|原文(?:のまま|ママ)|翻字|読み下し|解題|(?i:historical (?:document|record|archive)|archives? (?:hold|of))")
_NUM = r"[元一二三四五六七八九十〇0-9]{1,4}"
_OLD = re.compile(r"(?:明治|大正|昭和)" + _NUM + r"年|(?<![0-9])(?:18[0-9]{2}|19[0-8][0-9])(?:年|(?=[/.-][0-9]))")
_NOW = re.compile(r"(?:平成|令和)" + _NUM + r"年|(?<![0-9])(?:199[0-9]|20[0-9]{2})(?:年|[/.-][0-9])|R[0-9]{1,2}[./]")
_REACH = 400


def historical_markings(text: str, hits: Iterable[_HitLike]) -> None:
    """Mark the markings of a quoted historical artefact ``informational``."""
    marks = [h for h in hits if h.entity in _MARKINGS and not h.meta.get("informational")]
    if not marks or _ARTEFACT.search(text) is None:
        return
    dates = sorted([(m.start(), True) for m in _OLD.finditer(text)] + [(m.start(), False) for m in _NOW.finditer(text)])
    if not any(old for _, old in dates):
        return
    all_old = all(old for _, old in dates)
    starts = [p for p, _ in dates]
    for h in marks:
        i = bisect_left(starts, h.start)
        near = [d for d in dates[max(0, i - 1):i + 1] if abs(d[0] - h.start) <= _REACH]
        if near:
            old = min(near, key=lambda d: abs(d[0] - h.start))[1]
        else:
            old = all_old
        if old:
            h.meta["informational"] = True
            h.meta["public_context"] = "historical"
