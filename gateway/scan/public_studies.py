"""Research abstracts (issue 13, round 7): sensitive topics a study reports about a population.

A conference abstract or a paper's summary (【目的】…【方法】…【結果】…【結論】, 目的：…結果：…, Background: / Methods: /
Results: / Conclusions:, or the headings alone on their lines) names health, care or welfare topics as what was studied (要介護認定の発生リスク, dementia incidence),
and its authors with their affiliation's mail address; neither is anyone's record. A text whose block of lines carries
the structured headings of a study (its methods, its results and its discussion or conclusion) is such an abstract: the
sensitive topics inside that block, on a line that names no private person, are the study's subject ->
``informational`` (``public_context="study_topic"``). The block is the run of lines from the blank line before the
first heading to the blank line after the last one (the title and the author lines above the headings included); a
case note pasted below the abstract, after a blank line, is read as usual, and a topic on a line naming a private
person (症例：山田 太郎 …) still counts.
"""

from __future__ import annotations

from gateway.scan import rx as re
from collections.abc import Iterable

from gateway.scan.public_lines import HitLike as _HitLike
from gateway.scan.recognizers._text import line_matches


# a structured-abstract heading at a line start, by its part of the study
_HEADING = re.compile(
    r"^[ \t　]*(?:[■□●◆◇・]|[0-9]{1,2}[.)．、])?[ \t　]*"
    r"(?:[【\[［〔(（]([^】\]］〕)）\n]{1,6})[】\]］〕)）]|(?i:(background|objectives?|aims?|purpose|methods?|"
    r"(?:materials and )?methods|design|results?|findings|conclusions?|discussion))[ \t]*(?:[:：.]|$)"
    # Japanese headings with a colon (目的：…, 対象と方法：…) or alone on their line (2. 方法)
    r"|(目的|背景|背景と目的|方法|対象と方法|対象・方法|研究方法|結果|成績|考察|結論|結語)[ \t]*(?:[:：]|$))",
    re.MULTILINE)
_PART = {
    "目的": "aim", "背景": "aim", "背景と目的": "aim", "はじめに": "aim", "緒言": "aim",
    "方法": "method", "対象と方法": "method", "対象・方法": "method", "研究方法": "method", "対象": "method",
    "結果": "result", "成績": "result",
    "考察": "end", "結論": "end", "結語": "end",
    "background": "aim", "objective": "aim", "objectives": "aim", "aim": "aim", "aims": "aim", "purpose": "aim",
    "method": "method", "methods": "method", "materials and methods": "method", "design": "method",
    "result": "result", "results": "result", "findings": "result",
    "conclusion": "end", "conclusions": "end", "discussion": "end",
}
_BLANK = re.compile(r"\n[ \t　]*\n")


def abstract_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block of lines that carries the headings of a study: its methods, its results and its
    discussion or conclusion."""
    blocks: list[tuple[int, int]] = []
    parts: set[str] = set()
    first = last = -1
    for m in line_matches(_HEADING, text):  # (tried at line starts only: the same matches)
        part = _PART.get((m.group(1) or m.group(2) or m.group(3) or "").strip().lower())
        if part is None:
            continue
        if last >= 0 and _BLANK.search(text, last, m.start()) is not None:
            _close(text, blocks, parts, first, last)  # a blank line between headings: a new block
            parts = set()
            first = -1
        parts.add(part)
        first = m.start() if first < 0 else first
        last = m.end()
    if first >= 0:
        _close(text, blocks, parts, first, last)
    return blocks


def _close(text: str, blocks: list[tuple[int, int]], parts: set[str], first: int, last: int) -> None:
    if not {"method", "result", "end"} <= parts:  # (a visit record's 目的・方法・結果 is no study: it draws no conclusion)
        return
    before = [m.end() for m in _BLANK.finditer(text, 0, first)]
    after = _BLANK.search(text, last)
    blocks.append((before[-1] if before else 0, after.start() if after else len(text)))


def study_topics(text: str, hits: Iterable[_HitLike], private_lines: set[int]) -> None:
    """Mark the sensitive topics of a research abstract (on lines naming no private person) as its subject."""
    topics = [h for h in hits if h.entity == "SENSITIVE_PERSONAL_INFO" and h.line not in private_lines
              and not h.meta.get("informational")]
    if not topics:
        return
    blocks = abstract_blocks(text)
    for h in topics:
        if any(lo <= h.start and h.end <= hi for lo, hi in blocks):
            h.meta["informational"] = True
            h.meta["public_context"] = "study_topic"
