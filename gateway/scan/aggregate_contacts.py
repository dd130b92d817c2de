"""Decision rules of aggregate.RULES: personal contacts that identify someone with no name parsed — a street-level
address with a birth date, a personal mobile or a free-mail address; a birth date with one of the latter; a free-mail
address whose local part is a name; several personal-attribute types together, or one resident's contact pair (a
free-mail address and a personal mobile on one line, round 19). (``f`` is aggregate.Facts, not imported: aggregate
imports this module.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.scan.hit_index import HitIndex as _Index

CONTACT = ("PHONE_NUMBER", "EMAIL_ADDRESS")
_MOBILE_LIST_ROWS = 3  # personal mobiles on as many lines make a contact list
_SOLE_PAIR_REACH = 400  # characters between a text's only street address and its only personal contact


def _identifies_with_address(h: Any) -> bool:
    """A birth date (not one a public document explains: a historical person's, a range of eligible births), a
    personal mobile number or a free-mail address."""
    if h.entity == "DATE_OF_BIRTH":
        return not h.meta.get("informational")
    if h.entity == "PHONE_NUMBER":
        return h.meta.get("kind") == "mobile" and h.meta.get("personal", True) is not False
    return h.entity == "EMAIL_ADDRESS" and h.meta.get("kind") == "freemail"


def rule_address_with_personal_contact(f: Any) -> Iterator[tuple[str, str, list[Any]]]:
    """A street-level address next to a birth date, a personal mobile number or a free-mail
    address identifies one person even when no name was parsed."""
    action = f.config.combination.address_with_contact_action
    if action == "allow" or "JP_ADDRESS" not in f.present:
        return
    addrs = [a for a in f.of("JP_ADDRESS") if a.meta.get("level") == "street" and not a.meta.get("business")]
    if not addrs:
        return
    partners = [h for h in f.kept if _identifies_with_address(h)]
    w = f.config.combination.address_contact_window
    index = _Index(partners)
    for a in addrs:
        p = index.near(a, w)
        if p is not None:
            yield action, "address_with_personal_contact", [a, p]
            return
    if len(addrs) == 1 and len(partners) == 1 and partners[0].entity in CONTACT and not addrs[0].meta.get("public_context") \
            and index.near(addrs[0], _SOLE_PAIR_REACH) is not None:
        # the text's only street address and its only personal contact a few lines apart: one resident's (a chat's
        # turns: …: 岐阜県…2丁目14-3 コーポ深田203 ⏎ … ⏎ …: meu celular é 080-…, round 32)
        yield action, "address_with_personal_contact", [addrs[0], partners[0]]


def rule_birth_date_with_personal_contact(f: Any) -> Iterator[tuple[str, str, list[Any]]]:
    """A birth date next to a personal mobile number or a free-mail address identifies one person
    even when no name or address was parsed."""
    action = f.config.combination.address_with_contact_action
    if action == "allow" or "DATE_OF_BIRTH" not in f.present:
        return
    partners = [h for h in f.kept if h.entity != "DATE_OF_BIRTH" and _identifies_with_address(h)]
    if not partners:
        return
    index = _Index(partners)
    w = f.config.combination.address_contact_window
    for d in f.of("DATE_OF_BIRTH"):
        if d.meta.get("informational"):
            continue
        p = index.near(d, w)
        if p is not None:
            yield action, "birth_date_with_personal_contact", [d, p]
            return


def rule_named_personal_email(f: Any) -> Iterator[tuple[str, str, list[Any]]]:
    """A free-mail address whose local part reads as a person's name (kenta.morimoto@gmail.com)
    is a name and a personal contact in one: it identifies a private person."""
    action = f.config.combination.named_email_action
    if action == "allow" or "EMAIL_ADDRESS" not in f.present:
        return
    h = next((h for h in f.of("EMAIL_ADDRESS") if h.meta.get("name_like") and h.meta.get("personal", True)), None)
    if h is not None:
        yield action, "email_names_person", [h]


def rule_attributes_combined(f: Any) -> Iterator[tuple[str, str, list[Any]]]:
    """Several distinct personal-attribute types (phone, e-mail, address, birth date) without a name."""
    comb = f.config.combination
    attrs: dict[str, Any] = {}
    for h in f.kept:
        if h.entity == "PERSON" or h.meta.get("informational"):
            continue
        if h.entity in CONTACT and h.meta.get("personal", True) is False:
            continue
        if f.policy(h).personal_attribute:
            attrs.setdefault(h.entity, h)
    if len(attrs) >= comb.attributes_without_person:
        yield comb.attributes_without_person_action, "personal_attributes_combined", list(attrs.values())
    elif "EMAIL_ADDRESS" in attrs and "PHONE_NUMBER" in attrs and (pair := _contact_pair(f)):
        yield comb.attributes_without_person_action, "personal_attributes_combined", pair
    elif "JP_VEHICLE_PLATE" in attrs and (m := next((h for h in f.of("PHONE_NUMBER") if h.meta.get("kind") == "mobile"
                                                    and h.meta.get("personal", True) is not False), None)) is not None:
        # a car's owner reachable on their own mobile (a parking complaint, an accident report: round 30)
        yield comb.attributes_without_person_action, "personal_attributes_combined", [attrs["JP_VEHICLE_PLATE"], m]


def rule_mobile_list(f: Any) -> Iterator[tuple[str, str, list[Any]]]:
    """Distinct personal mobile numbers, one a line on several lines: the rows of a contact list even where its names
    are not read (a letter-spaced table pasted from Excel: １　　鮫 島　　誠　　０ ９ ０ － ３ ３ ８ ２ － …, round 32)."""
    rows: dict[int, Any] = {}
    numbers: set[Any] = set()
    for h in f.of("PHONE_NUMBER"):
        if _private_mobile(h) and h.line not in rows and h.meta.get("_key", h.start) not in numbers:
            rows[h.line] = h
            numbers.add(h.meta.get("_key", h.start))
    if len(rows) >= _MOBILE_LIST_ROWS:
        yield f.config.combination.roster_action, "roster", list(rows.values())


def _contact_pair(f: Any) -> list[Any]:
    """A free-mail address and a personal mobile number on one line: one resident's contact pair, a record's row
    (a logged form's mail=…&tel=…, a CSV export's cells) even with no name parsed (round 19)."""
    mails = {h.line: h for h in f.of("EMAIL_ADDRESS") if h.meta.get("kind") == "freemail"
             and h.meta.get("personal", True) and not h.meta.get("informational") and not h.meta.get("example")}
    for h in f.of("PHONE_NUMBER"):
        if h.line in mails and _private_mobile(h):
            return [mails[h.line], h]
    return []


def _private_mobile(h: Any) -> bool:
    """A personal mobile number that is no example and nothing a public document explains."""
    return h.meta.get("kind") == "mobile" and bool(h.meta.get("personal", True)) and not h.meta.get("informational") \
        and not h.meta.get("example")
