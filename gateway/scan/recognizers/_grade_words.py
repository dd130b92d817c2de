"""A person's evaluation given as a grade in plain words (SENSITIVE_PERSONAL_INFO, personnel): 今期の評価、やっぱりCで出す,
評価はBでした, 評価をDにする, 評価は「C（要改善）」 — a manager's chat about a member of staff, where no record's word
(人事評価, 業績評価) is written (issue 13, round 23). The word 評価 and a grade letter A–E (or S) within a few characters, the grade ending its phrase
(Cで, Dに, Bでした, C寄り, C判定; C。 round 41); not a product's or a facility's rating (評価は星4, ★★★), which has no such letter."""

from __future__ import annotations

from gateway.scan import rx as re

_GRADE_AFTER = re.compile(r"(?:は|を|が|、|:|：)?[ ]?(?:[^。\n、A-Za-z]{0,6}?[ ]?)"
                          r"(?<![A-Za-z])[A-ES](?![A-Za-z])(?:評価|判定|ランク|寄り|で|に|だ|です|でした|とする|をつけ|(?=[(」』。]))")
_MAX = 32  # 評価 looked at per prompt: bounded work
WORD = "評価（段階）"  # the finding's word in the recognizer's table (personnel, 0.7)


def graded_evaluations(text: str):
    """(start, end, WORD) of each 評価 followed by its grade (see the module docstring)."""
    p, n = text.find("評価"), 0
    while p >= 0 and n < _MAX:
        n += 1
        m = _GRADE_AFTER.match(text, p + 2)
        if m is not None:
            yield p, m.end(), WORD
        p = text.find("評価", p + 2)
