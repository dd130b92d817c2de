"""A decision rule of aggregate.RULES (issue 13, round 15, helper r15-records): a dwelling described with its resident
and a sensitive topic about them.

A case memo or a neighbour's report that names no one (``緑町3丁目12番4号 コーポみどり202 の単身男性（70代後半）…認知症の
疑い``) still points at one household: the street-level address, followed by who lives there (``resident`` metadata,
recognizers/address_residents), identifies the person the topic is about as a name would. A facility's or a business's
address, one a public document explains, and a topic that is nobody's condition (a service's, a study's) do not count.
(``f`` is aggregate.Facts, not imported: aggregate imports this module.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

RESIDENT_TOPIC_WINDOW = 200  # characters between the described dwelling and the topic (a memo's few sentences)


def rule_resident_address_with_sensitive(f: Any) -> Iterator[tuple[str, str, list[Any]]]:
    """A street-level address followed by who lives there (の単身男性, に住む高齢の女性) within RESIDENT_TOPIC_WINDOW characters
    of a sensitive topic: the household identifies the person the topic is about (sensitive_with_contact_action)."""
    action = f.config.combination.sensitive_with_contact_action
    if action == "allow" or "SENSITIVE_PERSONAL_INFO" not in (f.present or ()):
        return
    homes = [a for a in f.of("JP_ADDRESS") if a.meta.get("resident") and a.meta.get("level") == "street"
             and not a.meta.get("business") and not a.meta.get("informational")]
    if not homes:
        return
    for s in f.of("SENSITIVE_PERSONAL_INFO"):
        if s.meta.get("informational") or s.meta.get("example"):
            continue
        a = next((a for a in homes if a.start - RESIDENT_TOPIC_WINDOW <= s.start <= a.end + RESIDENT_TOPIC_WINDOW), None)
        if a is not None:
            yield action, "resident_address_with_sensitive", [a, s]
            return
