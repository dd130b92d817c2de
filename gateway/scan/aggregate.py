"""Decision by combination (issue 3 item 3, issue 13).

Each finding has a per-entity policy from ``rules/detectors.yaml`` (threshold, what it does alone, what it does
next to a person). A weak hit alone (a name, a place, a date, a sensitive topic, a marking mentioned in a question)
does not block; identifiers with their context, credentials, document markings, a person together with a personal
attribute, and rosters do.

The decision is a list of named rules (``RULES``), each a small function that reads the kept findings and yields
``(action, reason, evidence)``; they can be read and tested one by one, and ``aigw scan --explain`` shows which rule
fired on which findings. Reason codes are stable snake_case strings (``<entity>_alone``, ``person_with_<entity>``,
``roster``, ``staff_record_subject`` …), each listed with its meaning in docs/scanner.md (a test keeps the two in step).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from gateway.scan.aggregate_contacts import (CONTACT, rule_address_with_personal_contact, rule_attributes_combined,
                                             rule_birth_date_with_personal_contact, rule_mobile_list,
                                             rule_named_personal_email)
from gateway.scan.aggregate_residents import NEEDS as _RESIDENT_NEEDS, RULES as _RESIDENT_RULES
from gateway.scan.aggregate_staff import rule_staff_record_subject
from gateway.scan.hit_index import HitIndex as _Index
from gateway.scan.config import EntityPolicy, ScannerConfig, active_internal_matters

_RANK = {"allow": 0, "warn": 1, "block": 2}
MARKINGS = ("CLASSIFICATION_MARKING", "HANDLING_RESTRICTION")


@dataclass(slots=True)
class Hit:
    entity: str
    start: int  # normalised-text offsets
    end: int
    score: float
    meta: dict[str, Any] = field(default_factory=dict)
    line: int = 0


@dataclass(slots=True)
class Fired:
    """One rule that fired: its action, reason code and the findings it rests on."""

    action: str
    reason: str
    evidence: list[Hit]


@dataclass(slots=True)
class Decision:
    action: str
    reasons: list[str]
    kept: list[Hit]
    fired: list[Fired] = field(default_factory=list)


@dataclass(slots=True)
class Facts:
    """What the rules read: the kept findings and the configuration for one service."""

    kept: list[Hit]
    config: ScannerConfig
    service_id: str | None
    stats: dict[str, Any]
    policies: dict[str, EntityPolicy] = field(default_factory=dict)  # per entity, looked up once per scan
    present: frozenset[str] | None = None  # the entities of the kept findings: rules about absent ones stop

    def __post_init__(self) -> None:
        if self.present is None:
            self.present = frozenset(h.entity for h in self.kept)

    def policy(self, h: Hit) -> EntityPolicy:
        pol = self.policies.get(h.entity)
        if pol is None:
            pol = self.policies[h.entity] = self.config.policy(h.entity, self.service_id)
        return pol

    def window(self, h: Hit) -> int:
        w = self.policy(h).person_window
        return self.config.combination.person_window if w is None else w

    def of(self, *entities: str) -> list[Hit]:
        return [h for h in self.kept if h.entity in entities]

    def private_persons(self) -> list[Hit]:
        return [h for h in self.kept if h.entity == "PERSON" and not h.meta.get("official")
                and not h.meta.get("example")]


Rule = Callable[[Facts], Iterator[tuple[str, str, list[Hit]]]]


def _max(a: str, b: str) -> str:
    return a if _RANK[a] >= _RANK[b] else b


def _min(a: str, b: str) -> str:
    return a if _RANK[a] <= _RANK[b] else b


def _marking_level(meta: dict[str, Any]) -> int | None:
    lvl = meta.get("level")
    if lvl is None:
        return None
    digits = "".join(c for c in str(lvl) if c.isdigit())
    return int(digits[0]) if digits else None


def _is_personal_contact(h: Hit) -> bool:
    return h.entity in CONTACT and h.meta.get("personal", True) is not False


def _is_dwelling(h: Hit) -> bool:
    """A household's door (…1-6-9 メゾン泉ヶ丘103号室): a topic said of the family behind it identifies them (r17)."""
    return (h.entity == "JP_ADDRESS" and h.meta.get("level") == "street" and bool(h.meta.get("building"))
            and not h.meta.get("public_context"))


# --- filtering --------------------------------------------------------------------------------
def keep(hits: list[Hit], config: ScannerConfig, service_id: str | None,
         policies: dict[str, EntityPolicy] | None = None) -> list[Hit]:
    """Findings that count: enabled, above threshold, not switched off for the service, not an
    example value (記入例, documented test numbers). ``policies``: per-entity policies of this scan,
    filled in as looked up."""
    svc = config.services.get(service_id) if service_id is not None else None
    if policies is None:
        policies = {}
    kept: list[Hit] = []
    for h in hits:
        pol = policies.get(h.entity)
        if pol is None:
            pol = policies[h.entity] = config.policy(h.entity, service_id)
        if not pol.enabled or h.score < pol.threshold or h.meta.get("example"):
            continue
        if svc is not None:
            if h.entity == "CUSTOM_TERM" and not svc.custom_terms_enabled:
                continue
            if h.entity == "CLASSIFICATION_MARKING" and svc.marking_max_level is not None:
                lvl = _marking_level(h.meta)
                if lvl is not None and lvl <= svc.marking_max_level:
                    continue
        kept.append(h)
    return kept


# --- the rules, in the order their reasons are reported -----------------------------------------
def rule_alone(f: Facts) -> Iterator[tuple[str, str, list[Hit]]]:
    """A finding strong enough to decide by itself (identifier with context, credential, marking …)."""
    for h in f.kept:
        if h.entity == "PERSON" or h.meta.get("informational"):
            continue
        if h.entity in CONTACT and h.meta.get("personal", True) is False:
            continue
        pol = f.policy(h)
        if h.score < pol.alone_min():
            continue
        if h.entity == "CUSTOM_TERM":
            yield h.meta.get("action", pol.alone), "custom_term", [h]
        elif h.entity == "INTERNAL_MATTER":
            yield h.meta.get("action", pol.alone), "internal_matter", [h]
        elif h.entity in MARKINGS and h.meta.get("standalone") is False:
            yield _min(pol.alone, "warn"), "marking_in_question", [h]
        else:
            yield pol.alone, f"{h.entity.lower()}_alone", [h]


_ADDRESSED = ("honorific", "label", "intro")  # a person the record addresses or labels (…さん（61）, 相談者：…), not prose's
_PRIVATE_NOT_ALIAS = lambda x: not x.meta.get("pseudonym") and not x.meta.get("official")  # noqa: E731
_OWN_REF_REACH = 1500  # characters from the one private person to a topic said of ご本人 (layout_marks)


def _writer_before(h: Hit, w: int) -> Callable[[Hit], bool]:
    """A letter's writer introduced before their own contact, within ``w`` (Ako po si … 090-…, round 15); or a mail's
    sender on its From: line, their contact in the message (person_tables._from_header_names, round 32)."""
    return lambda x: x.end <= h.start and ((x.meta.get("form") == "intro" and h.start - x.end <= w)
                                           or bool(x.meta.get("sender")))


def rule_person_with_attribute(f: Facts) -> Iterator[tuple[str, str, list[Hit]]]:
    """A private person (not an official in their official capacity) near a personal attribute."""
    if "PERSON" not in f.present:
        return
    if (own := _own_private_number(f)) is not None:
        yield f.policy(own[1]).with_person, "person_with_phone_number", own
    # (staff who are a record's subject, a court order's party, are private to their own address: round 15)
    persons = f.private_persons() + [h for h in f.of("PERSON") if h.meta.get("official") and h.meta.get("subject")
                                     and not h.meta.get("example")]
    if not persons:
        return
    index = _Index(persons)
    private_keys = {str(x.meta.get("person_key") or (x.start, x.end)) for x in persons if _PRIVATE_NOT_ALIAS(x)}
    done: set[str] = set()
    for h in f.kept:
        if h.entity in done or h.entity == "PERSON" or h.meta.get("informational"):
            continue
        if (h.entity in CONTACT and h.meta.get("personal", True) is False) or (
                h.entity in MARKINGS and h.meta.get("standalone") is False):
            continue
        pol = f.policy(h)
        if pol.with_person == "allow":
            continue
        # (the letter of an anonymised case, Aさん（仮名）, is identified by an address, a contact …, not by a topic alone)
        p = index.near(h, f.window(h), _PRIVATE_NOT_ALIAS if h.entity == "SENSITIVE_PERSONAL_INFO" else _NOT_OFFICIAL
                       if h.entity == "EMAIL_ADDRESS" and h.meta.get("kind") == "work" else None)  # (a work mail: no staff's, r32)
        if p is None and h.entity == "SENSITIVE_PERSONAL_INFO":
            # the subject of a record, named by its label (相談者：, 対象者：, Client:) or as the matter's subject (本日の
            # 対象は…さんです), is what the record goes on about: a topic further down, within the person window, is theirs;
            # a post said to be held by one person (係員は今年から彼女一人, person_titles ``unique``) owns topics either side
            p = index.near(h, f.config.combination.person_window,
                           lambda x: ((bool(x.meta.get("label") or x.meta.get("topic")) and x.end <= h.start)
                                      or bool(x.meta.get("unique"))) and not x.meta.get("official"))
            if p is None:
                # a topic in Latin-script prose (twice Japanese's characters) after the person introduced before it ("Ana
                # Paula Ferreira, 34, came … bruises on her arm"), or later on the line that names them first (・…の 大江 美佐子
                # さん（61）。…緑内障の影響で…, round 15); a name after the topic is no nearer than the general window
                latin = h.meta.get("script") == "latin"
                p = index.near(h, (3 if latin else 2) * f.window(h), lambda x: x.end <= h.start and _PRIVATE_NOT_ALIAS(x) and (
                    latin or (x.line == h.line and x.meta.get("form") in _ADDRESSED)))
                if p is None and h.meta.get("chat") and h.meta.get("category") != "tax":  # (督促, 滞納: a chat's work)
                    # a chat's message about the person a message just before named (一ノ瀬さん、今日からしばらくお休みに ⏎
                    # …: 昨日の産業医面談で適応障害の診断書が出て): the messages' headers (time, sender) widen the gap (r31)
                    p = index.near(h, 3 * f.window(h), lambda x: x.end <= h.start and 0 <= h.line - x.line <= _CHAT_LINES
                                   and _PRIVATE_NOT_ALIAS(x) and x.meta.get("form") in _ADDRESSED)
                if p is None and (h.meta.get("own_ref") or (len(private_keys) == 1 and h.meta.get("memo_item"))):
                    p = index.near(h, _OWN_REF_REACH, lambda x: x.end <= h.start and _PRIVATE_NOT_ALIAS(x) and (  # (ご本人, r33;
                        h.meta.get("own_ref") or (x.meta.get("full_name") and x.meta.get("strength") == "strong")))  # memo, r34)
                if p is None and len(private_keys) == 1:
                    # the one private person named, addressed earlier on the topic's line (河内トミ子さん宅訪問しました…認知症の受診勧奨, r17)
                    p = index.near(h, f.config.combination.person_window, lambda x: x.end <= h.start and x.line == h.line
                                   and _PRIVATE_NOT_ALIAS(x) and x.meta.get("form") in _ADDRESSED)
        if p is None and h.entity in CONTACT:
            p = _contact_owner(f, index, h, len(private_keys) == 1)
        if p is not None:
            done.add(h.entity)
            yield pol.with_person, f"person_with_{h.entity.lower()}", [p, h]


def _contact_owner(f: Facts, index: _Index, h: Hit, one: bool) -> Hit | None:
    """Whose a personal contact beyond the window is: a writer introduced before it or a mail's sender (_writer_before);
    or (round 39) the record's one private person, named by its label (氏名：… ⏎ …相談内容… ⏎ 連絡先：090-…)."""
    p = index.near(h, max(2 * f.window(h), _SENDER_REACH), _writer_before(h, 2 * f.window(h)))
    if p is None and one:
        p = index.near(h, _OWN_REF_REACH, lambda x: x.end <= h.start and _PRIVATE_NOT_ALIAS(x)
                       and x.meta.get("form") == "label" and x.meta.get("strength") == "strong")
    return p


def _own_private_number(f: Facts) -> list[Hit] | None:
    """A number its writer calls their own private one (私あての連絡は個人の携帯 080-…, ``own_private``; not 私の携帯, a
    vendor's work mobile) beside a member of staff named in the text: theirs, not the office's (round 37)."""
    own = [h for h in f.of("PHONE_NUMBER") if h.meta.get("own_private")]
    if not own:
        return None
    staff = _Index([x for x in f.of("PERSON") if x.meta.get("staff")])
    for h in own:
        if (p := staff.near(h, _SENDER_REACH)) is not None:
            return [p, h]
    return None


_HEADER_REACH = 600
_SENDER_REACH = 600  # characters from a mail's From: line to its sender's own contact in the message
_NOT_OFFICIAL: Callable[[Hit], bool] = lambda x: not x.meta.get("official")  # noqa: E731
_CHAT_LINES = 3  # how many chat messages back a topic's person may be named


def rule_sensitive_with_contact(f: Facts) -> Iterator[tuple[str, str, list[Hit]]]:
    """A sensitive topic about someone reachable by a personal contact: the contact identifies them."""
    action = f.config.combination.sensitive_with_contact_action
    if action == "allow" or "SENSITIVE_PERSONAL_INFO" not in f.present:
        return
    # (a car's plate points at its owner as a door does: 白の軽トラ（相模 480 せ 71-06）の所有者…滞納, round 30)
    contacts = _Index([h for h in f.kept if _is_personal_contact(h) or _is_dwelling(h) or (
        h.entity == "JP_VEHICLE_PLATE" and not h.meta.get("example") and not h.meta.get("informational"))])
    if not contacts.hits:
        return
    mobiles = [x for x in contacts.hits if x.entity == "PHONE_NUMBER" and x.meta.get("kind") == "mobile"]
    for s in f.of("SENSITIVE_PERSONAL_INFO"):
        if s.meta.get("informational"):
            continue  # a service (…の問い合わせは) or a study's subject (public_context): nobody's condition
        c = contacts.near(s, f.window(s))
        if c is None and s.meta.get("script") == "latin":  # (Latin-script prose spends about twice the characters on
            # a sentence: a personal mobile twice as far, "…has epilepsy … I called her mom at 070-…", round 17)
            c = contacts.near(s, 2 * f.window(s), lambda x: x.entity == "PHONE_NUMBER" and x.meta.get("kind") == "mobile")
        if c is None:  # (a visit memo headed by the household's door: its topics lines below are theirs, round 29)
            c = contacts.near(s, _HEADER_REACH, lambda x: bool(x.meta.get("header")) and x.start < s.start)
        if c is None and len(mobiles) == 1:  # (the one personal mobile the text holds, a line or two on: the one person
            c = contacts.near(s, 2 * f.window(s), lambda x: x is mobiles[0])  # the record is about, round 31)
        if c is not None:
            yield action, "sensitive_with_personal_contact", [s, c]
            return


def rule_roster(f: Facts) -> Iterator[tuple[str, str, list[Hit]]]:
    """Several distinct people listed by full name (or label-value), on separate lines or marked
    with honorifics/labels: 山田さん、鈴木さん、佐藤さん in one sentence is not a roster."""
    comb = f.config.combination
    if "PERSON" not in f.present:  # roster_min_persons >= 2
        return
    names: dict[str, Hit] = {}
    for p in f.private_persons():
        names.setdefault(str(p.meta.get("person_key") or p.meta.get("_key", (p.start, p.end))), p)
    # (a person of the record singled out by a description, form "unique", is never counted: a table of described shops
    # or people with no topic names nobody, round 24)
    distinct = [p for p in names.values() if (p.meta.get("full_name", True) or p.meta.get("label"))
                and p.meta.get("form") not in ("unique", "record_number")  # (nor one named by a record's key: r31)
                and not p.meta.get("correspondent")  # (nor a mail header's correspondent: public_correspondents, r32)
                and not p.meta.get("capacity_contact")]  # (nor one named with an office's or a company's mobile, r42)
    if len(distinct) < comb.roster_min_persons:
        return
    lines = {p.line for p in distinct}
    if not any(p.meta.get("full_name", True) for p in distinct):
        return  # surnames only (対象：岩佐さん、仲宗根さん…; a rota's 氏名 column of surnames): colleagues, no roster (r42)
    marked = sum(1 for p in distinct if p.meta.get("honorific") or p.meta.get("label"))
    if len(lines) >= comb.roster_min_persons or marked >= comb.roster_min_persons:
        yield comb.roster_action, "roster", distinct


def rule_zero_width(f: Facts) -> Iterator[tuple[str, str, list[Hit]]]:
    """Invisible characters hidden inside a number: an evasion signal."""
    comb = f.config.combination
    if f.stats.get("zero_width_in_digits", 0) >= comb.zero_width_in_digits:
        yield comb.zero_width_action, "zero_width_in_number", []


def rule_internal_hosts(f: Facts) -> Iterator[tuple[str, str, list[Hit]]]:
    """Three or more distinct private host addresses outside study material (IP_ADDRESS ``hosts``): a map of the
    office's hosts, an internal network detail, decided as the office's ``internal_network`` matter is (block by
    default; no such matter active, no decision; round 26)."""
    hosts = [h for h in f.of("IP_ADDRESS") if h.meta.get("hosts") and not h.meta.get("example")]
    actions = [m.action for m in active_internal_matters(f.config) if m.name == "internal_network"] if hosts else []
    if actions and actions[-1] != "allow":
        yield actions[-1], "internal_hosts", hosts[:3]


def rule_scanner_error(f: Facts) -> Iterator[tuple[str, str, list[Hit]]]:
    """A recognizer failed: fail closed."""
    if f.stats.get("recognizer_errors"):
        yield "block", "scanner_error", []


RULES: tuple[Rule, ...] = (
    rule_alone,
    rule_person_with_attribute,
    rule_sensitive_with_contact,
    rule_staff_record_subject,
    rule_roster,
    rule_mobile_list,
    rule_address_with_personal_contact,
    rule_birth_date_with_personal_contact,
    rule_named_personal_email,
    rule_attributes_combined,
    rule_internal_hosts,
    *_RESIDENT_RULES,  # a described dwelling or a full birth date with a topic (aggregate_residents)
    rule_zero_width,
    rule_scanner_error,
)

# the rules that can fire with no finding kept (every other rule needs a finding of some entity)
_RULES_WITHOUT_FINDINGS: tuple[Rule, ...] = (rule_zero_width, rule_scanner_error)
# the entity each rule begins by asking for (it yields nothing when none is kept): such a rule is not even
# started without one
_NEEDS: dict[Rule, str] = {
    rule_person_with_attribute: "PERSON",
    rule_sensitive_with_contact: "SENSITIVE_PERSONAL_INFO",
    rule_staff_record_subject: "SENSITIVE_PERSONAL_INFO",
    rule_roster: "PERSON",
    rule_mobile_list: "PHONE_NUMBER",
    rule_address_with_personal_contact: "JP_ADDRESS",
    rule_birth_date_with_personal_contact: "DATE_OF_BIRTH",
    rule_named_personal_email: "EMAIL_ADDRESS",
    rule_internal_hosts: "IP_ADDRESS",
} | _RESIDENT_NEEDS
_RULE_NEEDS: tuple[tuple[Rule, str | None], ...] = tuple((r, _NEEDS.get(r)) for r in RULES)


def decide(hits: list[Hit], config: ScannerConfig, service_id: str | None = None,
           stats: dict[str, Any] | None = None) -> Decision:
    policies: dict[str, EntityPolicy] = {}
    kept = keep(hits, config, service_id, policies)
    facts = Facts(kept, config, service_id, stats or {}, policies)
    action = "allow"
    reasons: list[str] = []
    fired: list[Fired] = []
    present = facts.present
    rules = [r for r, need in _RULE_NEEDS if need is None or need in present] if kept else _RULES_WITHOUT_FINDINGS
    for rule in rules:
        for a, reason, evidence in rule(facts):
            if a == "allow":
                continue
            action = _max(action, a)
            if reason not in reasons:
                reasons.append(reason)
                fired.append(Fired(a, reason, evidence))
    return Decision(action, reasons, facts.kept, fired)
