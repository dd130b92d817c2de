"""Staff named with their office in English (issue 13, round 7).

An English notice, posting or mail names the member of staff in charge with their unit: "Ms. Hana Kobayashi,
Diversity Promotion Section", "Ryo Fujisawa of the Urban Planning Division", "Mr Ken Ito, Kashiwadai City Hall".
Like a Japanese name followed by its 課 in brackets, such a name is the office's contact in their official capacity
-> ``official`` (``public_context="unit_after"``), unless a personal partner (a mobile, a free-mail address, a full
birth date, a number labelled private) stands on its line, or the phrase names the person by a record role (Patient
of the Internal Medicine Department, a tenant, a student); a landline on such a line is the office's number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gateway.scan.public_lines import HitLike as _HitLike

# ", <capitalised words> Section" / " of the … Division" / " at … City Hall" right after the name
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*|[ \t]+(?:of|from|at)[ \t]+)(?:the[ \t]+)?(?P<words>(?:[A-Z][A-Za-z&'-]*[ \t]+){0,5})"
    r"(?:Division|Section|Department|Office|Bureau|Unit|Team|Centre|Center|City Hall|Town Hall|Ward Office|"
    r"Board of Education|Secretariat)(?![a-z])")
_RECORD_ROLE = re.compile(r"(?i:patient|client|resident|tenant|student|pupil|applicant|inmate|user)")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z '’.-]*")


def units_after(text: str, hits: Iterable[_HitLike], partner_lines: set[int]) -> None:
    """Mark Latin-script names followed by their office's unit as officials, and the landlines on their lines as
    the office's numbers."""
    hits = list(hits)
    lines: set[int] = set()
    for h in hits:
        if h.entity != "PERSON" or h.meta.get("official") or h.line in partner_lines \
                or not _LATIN_NAME.fullmatch(text, h.start, h.end):
            continue
        m = _UNIT_AFTER.match(text, h.end)
        if m is not None and _RECORD_ROLE.search(m.group("words")) is None:
            h.meta["official"] = True
            h.meta["public_context"] = "unit_after"
            lines.add(h.line)
    for h in hits:
        if h.entity == "PHONE_NUMBER" and h.line in lines and h.meta.get("kind") != "mobile":
            h.meta["personal"] = False  # (a line with a partner is never in ``lines``)
            h.meta["public_context"] = "unit_after"
