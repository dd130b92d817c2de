"""Decision rules of aggregate.RULES (issue 13, round 15, helper r15-records; round 18; round 21): a dwelling described
with its resident, a full birth date, or a message's writer speaking of themselves, and a sensitive topic about them.

A case memo or a neighbour's report that names no one (``緑町3丁目12番4号 コーポみどり202 の単身男性（70代後半）…認知症の
疑い``) still points at one household: the street-level address, followed by who lives there (``resident`` metadata,
recognizers/address_residents), identifies the person the topic is about as a name would. A facility's or a business's
address, one a public document explains, and a topic that is nobody's condition (a service's, a study's) do not count.
A full birth date (to the day) on the topic's line, or just before it, is as identifying (round 18: an editor's memo on a
newsletter's case, ``青柳町２丁目在住の昭和57年11月3日生まれの女性…保護命令を申立て中``); a historical person's or an
example's is not. (``f`` is aggregate.Facts, not imported: aggregate imports this module.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

RESIDENT_TOPIC_WINDOW = 200  # characters between the described dwelling and the topic (a memo's few sentences)
_LISTED_HOMES = 2  # table rows of street addresses that make a list of households
_HEADER_TOPIC_REACH = 1200  # characters above the first row where the topic that lists them stands


def rule_resident_address_with_sensitive(f: Any) -> Iterator[tuple[str, str, list[Any]]]:
    """A street-level address followed by who lives there (の単身男性, に住む高齢の女性) within RESIDENT_TOPIC_WINDOW characters
    of a sensitive topic: the household identifies the person the topic is about (sensitive_with_contact_action)."""
    action = f.config.combination.sensitive_with_contact_action
    if action == "allow" or "SENSITIVE_PERSONAL_INFO" not in (f.present or ()):
        return
    homes = [a for a in f.of("JP_ADDRESS") if (a.meta.get("resident") or a.meta.get("table_row"))
             and a.meta.get("level") == "street" and not a.meta.get("business") and not a.meta.get("informational")]
    if not homes:
        return
    for s in f.of("SENSITIVE_PERSONAL_INFO"):
        if s.meta.get("informational") or s.meta.get("example"):
            continue
        # (an address in a spreadsheet's row: a topic in that row is the household's, round 31)
        a = next((a for a in homes if ((a.start - RESIDENT_TOPIC_WINDOW <= s.start <= a.end + RESIDENT_TOPIC_WINDOW)
                                       if a.meta.get("resident") else a.line == s.line)), None)
        if a is not None:
            yield action, "resident_address_with_sensitive", [a, s]
            return
    rows = [a for a in homes if a.meta.get("table_row")]
    if len({a.line for a in rows}) >= _LISTED_HOMES:  # households listed a row each under the topic that lists them
        first = min(rows, key=lambda a: a.start)  # (滞納整理の優先順位を… ⏎ | 0078810442 | 静岡県…四丁目8-3 |…, round 32)
        s = next((s for s in f.of("SENSITIVE_PERSONAL_INFO") if not s.meta.get("informational") and not s.meta.get("example")
                  and first.start - _HEADER_TOPIC_REACH <= s.start < first.start), None)
        if s is not None:
            yield action, "resident_address_with_sensitive", [first, s]


BIRTH_TOPIC_WINDOW = 80  # characters from a full birth date to a topic about the same person (the same sentence or two)


def rule_birth_date_with_sensitive(f: Any) -> Iterator[tuple[str, str, list[Any]]]:
    """A full birth date within BIRTH_TOPIC_WINDOW characters before a sensitive topic, or on its line: it identifies the
    person the topic is about (sensitive_with_contact_action)."""
    action = f.config.combination.sensitive_with_contact_action
    if action == "allow" or "SENSITIVE_PERSONAL_INFO" not in (f.present or ()):
        return
    samples = {p.line for p in f.of("PERSON") if p.meta.get("example")}  # (a sample row's date: テスト 太郎, 2000-01-01)
    births = [b for b in f.of("DATE_OF_BIRTH") if b.meta.get("precision", "day") == "day" and b.line not in samples
              and not b.meta.get("informational") and not b.meta.get("example") and not b.meta.get("public_context")]
    for s in f.of("SENSITIVE_PERSONAL_INFO") if births else ():
        if s.meta.get("informational") or s.meta.get("example"):
            continue
        b = next((b for b in births if b.line == s.line or b.end <= s.start <= b.end + BIRTH_TOPIC_WINDOW), None)
        if b is not None:
            yield action, "birth_date_with_sensitive", [b, s]
            return


WRITER_TOPIC_WINDOW = 60  # characters from the writer's first-person cue (私事で恐縮ですが、) to the topic
# the writer's own matters (not their work's: a tax, a welfare case they handle)
_OWN_FAMILIES = frozenset({"health", "disability", "health_check", "personnel", "dv", "single_parent"})


def rule_writer_own_matter(f: Any) -> Iterator[tuple[str, str, list[Any]]]:
    """The named writer of a message (recognizers/writer_self) speaking of their own health, leave or family: a topic
    within WRITER_TOPIC_WINDOW characters after their first-person cue is the writer's record (round 21)."""
    if "SENSITIVE_PERSONAL_INFO" not in (f.present or ()):
        return
    writers = [p for p in f.of("PERSON") if p.meta.get("writer") and not p.meta.get("example")]
    cues = sorted({c for p in writers for c in p.meta.get("own_cues", ())})
    for s in f.of("SENSITIVE_PERSONAL_INFO") if cues else ():
        if s.meta.get("informational") or s.meta.get("example") or s.meta.get("category") not in _OWN_FAMILIES:
            continue
        if any(0 <= s.start - c <= WRITER_TOPIC_WINDOW for c in cues):
            yield "block", "writer_own_matter", [writers[0], s]
            return


RULES = (rule_resident_address_with_sensitive, rule_birth_date_with_sensitive, rule_writer_own_matter)
NEEDS = {rule_resident_address_with_sensitive: "JP_ADDRESS", rule_birth_date_with_sensitive: "DATE_OF_BIRTH",
         rule_writer_own_matter: "PERSON"}
