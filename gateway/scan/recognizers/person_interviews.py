"""The member of staff an interview's transcript is about (issue 13, round 24), for the PERSON recognizer.

A 面談 or a hearing written down word for word (``汐見：夜、督促の電話が怖くて眠れなくて``) speaks of the interviewee's own
debts, illness or family in their own lines: staff named on its attendance line (職員 汐見 匠（主事）) are not there in
their official capacity but as the record's subject when their surname heads speaker lines and one of those lines
holds a sensitive topic. Council minutes are not interviews (their speakers are marked by ``speakers``).
"""

from __future__ import annotations

from itertools import islice

from gateway.scan import rx as re
from gateway.scan.recognizers.person_topics import TOPIC_SET

_INTERVIEW = re.compile(r"面談|面接|インタビュー|聞き取り|ヒアリング|事情聴取|聞き手|(?i:interview)")
_MINUTES = re.compile(r"会議録|議事録|議会")
_SPEAKER_LINE = re.compile(r"(?m)^[ \t　]*(?P<s>[一-鿿々]{1,4})[ 　]?[:：]")
_MAX_LINES = 400


def interviewees(text: str, found, hits: dict[str, list[int]]) -> None:
    """Mark as the record's subject each staff name whose surname heads a speaker line that holds a topic word, in an
    interview's transcript (see the module docstring)."""
    topic_words = TOPIC_SET.intersection(hits)
    if not topic_words or _INTERVIEW.search(text) is None or _MINUTES.search(text) is not None:
        return
    spoken: set[str] = set()
    for m in islice(_SPEAKER_LINE.finditer(text), _MAX_LINES):
        end = text.find("\n", m.end())
        line = text[m.end():end if end >= 0 else len(text)]
        if any(w in line for w in topic_words):
            spoken.add(m.group("s"))
    if not spoken:
        return
    for r in found:
        meta = r.recognition_metadata
        name = text[r.start:r.end]
        if meta.get("staff") and any(name.startswith(s) for s in spoken):
            meta.update(subject=True)
