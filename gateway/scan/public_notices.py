"""Official notices (issue 13, round 13): a numbered notice of the city (``汐見台市告示第171号``, ``…公告第47号``) that
says it is given under a law (``…の規定により…告示する``) publishes, by that law, the parties it names with their
addresses: the representative of a residents' body it authorised (代表者の氏名及び住所), the holder of a permit, an
applicant, a business's officer. Such a name is public in that notice -> ``official``
(``public_context="official_notice"``), unless a personal partner (a mobile, a free-mail address, a full birth date)
or a sensitive topic stands on its line, or the text says it is not public (非公開, 取扱注意, 公表前 …).
"""

from __future__ import annotations

from gateway.scan import rx as re
from collections.abc import Iterable

from gateway.scan.public_lines import HitLike as _HitLike

_MARKERS = ("告示第", "公告第", "公示第")  # (a literal first: texts without a numbered notice pay one find each)
# the notice's own heading line: 汐見台市告示第171号 / 北原町公告第3号 (not a citation inside a sentence)
_HEADING = re.compile(r"(?m)^[ \t　]*[^\s。、「」]{0,16}?(?:告示|公告|公示)第[0-9]{1,5}号[ \t　]*$")
# the notice's clause citing its law: …の規定により、…を次のとおり告示する / 公告する
_CLAUSE = re.compile(r"の規定により[^。]{0,160}?(?:告示|公告|公示)(?:する|します)")
_NOT_PUBLIC = re.compile(r"非公開|取扱注意|取り扱い注意|部外秘|内部限り|庁内限り|公表前|未公表|機密")


def notice_parties(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Names in a numbered notice given under a law are the parties it publishes."""
    hits = list(hits)
    names = [h for h in hits if h.entity == "PERSON" and not h.meta.get("official")]
    if not names or not any(m in text for m in _MARKERS):
        return
    if _HEADING.search(text) is None or _CLAUSE.search(text) is None or _NOT_PUBLIC.search(text) is not None:
        return
    topic_lines = {h.line for h in hits if h.entity == "SENSITIVE_PERSONAL_INFO" and not h.meta.get("informational")}
    for h in names:
        if h.line not in partner_lines and h.line not in topic_lines:
            h.meta["official"] = True
            h.meta["public_context"] = "official_notice"
