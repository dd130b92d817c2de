"""Criminal matters a member of staff is the subject of (issue 13, round 15): "主査 三浦 拓也が、昨夜、酒気帯び運転で逮捕
された" names the one arrested, as "主事 吉岡 沙耶（不眠・抑うつ状態…）" names the one who is ill. A criminal word counts
only as what was done to the person or what the person did — a passive or a completed act right after it (逮捕された,
検挙され, 書類送検, 起訴され, 酒気帯び運転で…, 飲酒運転をし) — not as the subject of a duty (容疑者の取り調べに立ち会った,
飲酒運転の根絶について講話を行った)."""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.recognizers.sensitive_personal_info import KEYWORDS

CRIME_SET = frozenset(w.lower() for w, (fam, _l, score) in KEYWORDS.items() if score >= 0.7 and fam == "crime")
# the act done to or by the person right after the word (逮捕され, 送検された, 酒気帯び運転で, 飲酒運転をして)
_DONE = re.compile(r"(?:さ(?:れ|せ)|を受け|中|で(?![はもの])|をし|して|した|の疑い|の容疑)")


def crime_topics(text: str, hits: dict[str, list[int]]) -> list[int]:
    """Starts of the criminal words among the trigger hits that say what was done to or by someone."""
    return [q for w in CRIME_SET.intersection(hits) for q in hits[w] if _DONE.match(text, q + len(w)) is not None]
