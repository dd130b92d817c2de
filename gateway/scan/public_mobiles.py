"""(Round 42, for public_contacts.official_mobiles) A mobile number said to be the company's or the office's outside a
label right before it: its own bracketed note (080-…（当番携帯・社用）), or the words just above a number standing alone
on its line (業務用携帯に直接でいいそうです。会社支給のやつなので名刺にも載ってます ⏎ 080-…), unless those words call
it private."""

from __future__ import annotations

from typing import Any

from gateway.scan import rx as re
from gateway.scan.public_lines import line_start

_SAID_OFFICIAL = re.compile(r"(?:公用|業務用|社用|会社支給|会社貸与|貸与)の?(?:携帯|スマホ|スマートフォン|のやつ|端末)")
_SAID_PRIVATE = re.compile(r"私用|自宅|個人(?:の)?(?:携帯|番号|スマホ)|プライベート|私物")
_OFFICIAL_NOTE_AFTER = re.compile(r"[ ]?[(（][^)）\n]{0,16}?(?:公用|業務用|社用|会社支給|会社貸与|貸与|現場携帯|現場用)[^)）\n]{0,8}[)）]")
_ABOVE = 100  # how far above its line the words are read


def said_official(text: str, h: Any) -> bool:
    """The number's own note says it is the company's, or it stands alone on its line below words saying so."""
    if _OFFICIAL_NOTE_AFTER.match(text, h.end) is not None:
        return True
    ls, le = line_start(text, h.start), text.find("\n", h.end)
    if text[ls:h.start].strip(" \t　") or text[h.end:len(text) if le < 0 else le].strip(" \t　"):
        return False
    above = text[max(0, ls - _ABOVE):ls]
    return _SAID_OFFICIAL.search(above) is not None and _SAID_PRIVATE.search(above) is None


def persons_by_line(hits: list[Any]) -> dict[int, list[Any]]:
    """The PERSON hits of each line (people named beside a number said to be the company's are in its capacity)."""
    out: dict[int, list[Any]] = {}
    for h in hits:
        if h.entity == "PERSON":
            out.setdefault(h.line, []).append(h)
    return out
