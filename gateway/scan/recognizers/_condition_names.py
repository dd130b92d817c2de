"""Named medical conditions by their shape (issue 13, round 19): a word ending in 症, 症候群 or 病.

The keyword list of ``sensitive_personal_info`` names the conditions a record most often holds; a school's or a
clinic's note names many more (夜尿症, ダウン症, 骨粗鬆症, 川崎病, ネフローゼ症候群, クローン病). Such a word is a
health condition by its ending: one to six kanji or katakana, then 症 / 症候群 / 病, with no kanji or katakana
after it (症状, 病院, 病気, 病棟 are other words; 症例 a case study). A few words of that shape are no one's
condition (臆病, 看病, 仮病: a temper, caring, feigning; 対症 a treatment's kind; 本症 / 同症 "this condition" in
a text about it; 大企業病, 中二病: slang), nor is an onset or a severity said of something (フレイル発症: a
study's measure). The same guards as a keyword's then apply (an office, an event, a talk's title, others
described), and the aggregator asks for a private person near it, as for any topic.
"""

from __future__ import annotations

from gateway.scan import rx as re

SUFFIXES = ("症", "病")  # (症候群 starts with 症)
CONDITION = re.compile(r"[一-鿿々ァ-ヺー]{1,6}?(?:症候群|症|病)(?![一-鿿々ァ-ヺー])")
NOT_CONDITIONS = frozenset({"臆病", "看病", "仮病", "対症", "本症", "同症", "各症", "当該症", "大企業病", "中二病", "お役所病"})
# an onset or a severity said of something (フレイル発症, 新型コロナ重症): a study's measure, not a condition's name
_NOT_NAMING = ("発症", "発病", "重症", "軽症", "罹病")
_RUN_CHAR = re.compile(r"[一-鿿々ァ-ヺー]")
_REACH = 6


def condition_at(text: str, p: int) -> tuple[int, int] | None:
    """The condition word whose suffix (症 or 病) stands at ``p``, as (start, end), or None."""
    lo = p
    while lo > max(0, p - _REACH) and _RUN_CHAR.match(text, lo - 1):
        lo -= 1
    if lo == p:
        return None
    m = CONDITION.match(text, lo, min(len(text), p + 4))
    if m is None:
        return None
    s, e = m.span()
    if e <= p or text[s:e] in NOT_CONDITIONS or text[s:e] in SUFFIXES or text.endswith(_NOT_NAMING, s, e):
        return None
    if e < len(text) and _RUN_CHAR.match(text, e):
        return None  # the run goes on (症状, 病院, 症候群 read as 症 + 候群)
    return s, e
