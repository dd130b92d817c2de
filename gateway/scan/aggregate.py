"""Decision by combination (issue 3 item 3).

Each finding has a per-entity policy from ``rules/detectors.yaml`` (threshold, what it does alone,
what it does next to a person). A weak hit alone (a name, a place, a date, a sensitive topic, a
marking mentioned in a question) does not block; identifiers with their context, credentials,
document markings, a person together with a personal attribute, and rosters do.

Reason codes are stable snake_case strings, documented in docs/scanner.md:

* ``<entity>_alone``           the finding decides by itself (e.g. ``jp_my_number_alone``)
* ``person_with_<entity>``     a PERSON with a personal attribute nearby (e.g. ``person_with_phone_number``)
* ``roster``                   several people listed
* ``personal_attributes_combined``  several personal attributes of one unnamed person
* ``sensitive_with_personal_contact`` a sensitive topic next to a personal phone number or e-mail address
* ``marking_in_question``      a classification marking mentioned in a question about the rules (warn)
* ``custom_term``              an organisation term (action per term)
* ``zero_width_in_number``     invisible characters hidden inside a number (evasion signal)
* ``scanner_error``            a recognizer failed: fail closed
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from gateway.scan.config import ScannerConfig

_RANK = {"allow": 0, "warn": 1, "block": 2}
MARKINGS = ("CLASSIFICATION_MARKING", "HANDLING_RESTRICTION")
CONTACT = ("PHONE_NUMBER", "EMAIL_ADDRESS")


@dataclass(slots=True)
class Hit:
    entity: str
    start: int  # normalised-text offsets
    end: int
    score: float
    meta: dict[str, Any] = field(default_factory=dict)
    line: int = 0


@dataclass(slots=True)
class Decision:
    action: str
    reasons: list[str]
    kept: list[Hit]


def _max(a: str, b: str) -> str:
    return a if _RANK[a] >= _RANK[b] else b


def _marking_level(meta: dict[str, Any]) -> int | None:
    lvl = meta.get("level")
    if lvl is None:
        return None
    s = str(lvl)
    digits = "".join(c for c in s if c.isdigit())
    return int(digits[0]) if digits else None


def decide(hits: list[Hit], config: ScannerConfig, service_id: str | None = None,
           stats: dict[str, Any] | None = None) -> Decision:
    svc = config.services.get(service_id) if service_id is not None else None
    kept: list[Hit] = []
    for h in hits:
        pol = config.policy(h.entity, service_id)
        if not pol.enabled or h.score < pol.threshold:
            continue
        if svc is not None:
            if h.entity == "CUSTOM_TERM" and not svc.custom_terms_enabled:
                continue
            if h.entity == "CLASSIFICATION_MARKING" and svc.marking_max_level is not None:
                lvl = _marking_level(h.meta)
                if lvl is not None and lvl <= svc.marking_max_level:
                    continue
        kept.append(h)

    action = "allow"
    reasons: list[str] = []

    def add(a: str, reason: str) -> None:
        nonlocal action
        if a == "allow":
            return
        action = _max(action, a)
        if reason not in reasons:
            reasons.append(reason)

    persons = [h for h in kept if h.entity == "PERSON" and not h.meta.get("official")]
    window = config.combination.person_window

    def near_person(h: Hit, w: int) -> bool:
        for p in persons:
            if p.start - w <= h.end and h.start <= p.end + w and not (p.start == h.start and p.end == h.end):
                return True
        return False

    attr_types: set[str] = set()
    persons_with_attr: set[tuple[int, int]] = set()
    for h in kept:
        if h.entity == "PERSON":
            continue
        pol = config.policy(h.entity, service_id)
        meta = h.meta
        if meta.get("informational"):
            continue
        personal = meta.get("personal", True)
        if h.entity in CONTACT and personal is False:
            continue
        # alone
        if h.score >= pol.alone_min():
            a = pol.alone
            if h.entity == "CUSTOM_TERM":
                a = meta.get("action", a)
                add(a, "custom_term")
            elif h.entity in MARKINGS and meta.get("standalone") is False:
                add(_min(a, "warn"), "marking_in_question")
            else:
                add(a, f"{h.entity.lower()}_alone")
        # with a person
        if pol.personal_attribute:
            attr_types.add(h.entity)
        w = window if pol.person_window is None else pol.person_window
        if pol.with_person != "allow" and persons and near_person(h, w):
            if h.entity in MARKINGS and meta.get("standalone") is False:
                continue
            add(pol.with_person, f"person_with_{h.entity.lower()}")
            for p in persons:
                if p.start - w <= h.end and h.start <= p.end + w:
                    persons_with_attr.add((p.start, p.end))

    comb = config.combination
    # a sensitive topic about someone reachable by a personal contact: that contact identifies the person
    sensitive = [h for h in kept if h.entity == "SENSITIVE_PERSONAL_INFO"]
    if sensitive and comb.sensitive_with_contact_action != "allow":
        contacts = [h for h in kept if h.entity in CONTACT and h.meta.get("personal", True) is not False]
        for s_hit in sensitive:
            pol = config.policy(s_hit.entity, service_id)
            w = window if pol.person_window is None else pol.person_window
            if any(c.start - w <= s_hit.end and s_hit.start <= c.end + w for c in contacts):
                add(comb.sensitive_with_contact_action, "sensitive_with_personal_contact")
                break
    if persons:
        names: dict[str, Hit] = {}
        for p in persons:
            names.setdefault(str(p.meta.get("person_key") or p.meta.get("_key", (p.start, p.end))), p)
        # a roster lists people by full name (or label-value): 山田さん、鈴木さん、佐藤さん is not one
        distinct = [p for p in names.values() if p.meta.get("full_name", True) or p.meta.get("label")]
        if len(distinct) >= comb.roster_min_persons:
            lines = {p.line for p in distinct}
            marked = sum(1 for p in distinct if p.meta.get("honorific") or p.meta.get("label"))
            if len(lines) >= comb.roster_min_persons or marked >= comb.roster_min_persons:
                add(comb.roster_action, "roster")
    if len(attr_types) >= comb.attributes_without_person:
        add(comb.attributes_without_person_action, "personal_attributes_combined")
    if stats and stats.get("zero_width_in_digits", 0) >= comb.zero_width_in_digits:
        add(comb.zero_width_action, "zero_width_in_number")
    if stats and stats.get("recognizer_errors"):
        add("block", "scanner_error")
    return Decision(action, reasons, kept)


def _min(a: str, b: str) -> str:
    return a if _RANK[a] <= _RANK[b] else b
