"""People listed or spelled twice (issue 13, round 19), mixed into PersonRecognizer.

* **A name with its romanisation in brackets** (``Aoyama Tomoki（青山 智樹）``, ``青山 智樹（Aoyama Tomoki）``): a
  support meeting's notes in mixed languages, a foreign school's form. The name written twice, in Latin letters
  and as a spaced kanji full name the name model accepts, is a person's; a strong labelled PERSON on the kanji.
* **A colon-headed list of full names with a topic under it** (``Room 305: 小松 悠人, 榎本 颯, 平田 晴`` ⏎
  ``→ 悠人 and 颯 have nocturnal enuresis``; ``305号室：…`` ⏎ ``朝陽はてんかんの持病があります``): a room list, a
  group, a duty rota whose next lines say something sensitive of the people listed. At least two spaced full
  names fill the value (nothing else on the line), each accepted by the name model, and a specific sensitive
  topic stands on one of the two lines after the list (``person_topics.topic_in``). A list with no topic after it
  (a committee's members, a duty rota) is left to the other passes.
* **A pseudonym's key** (``ハル＝穂積 拓海（南町）／ミナト＝城之内 剛``, round 23): two pairs or more of an alias, an equals sign
  and a spaced full name the name model accepts: the real names behind pseudonymised transcripts.
* **A list item opening with a Latin full name and a colon, a topic after it on its line** (``- Sofia
  Reyes-Nakamura: severe peanut allergy (anaphylaxis …)``): a handover note's item on a pupil.
* **A Latin full name opening a sentence, a note in brackets (their role and place), then was / is / has / had, a
  specific topic in the sentence** (``Sophie Laurent-Beck (ALT at Nishikaze ES) had a miscarriage …``, ``Bradley
  Kearns (JET, Higashi JHS) was arrested …``): an English report on a local person; the bracket and the topic keep a
  public figure's biography (… was diagnosed with a torn ligament in 2018) out.
* **An attendee line of Latin full names, one of them later said to go with a topic** (``Attendees: Priya Raman,
  Arvind Raman, Kenji Oda, …`` ⏎ … ``Priya said the hospital diagnosed ADHD``, round 36): a support meeting's notes
  name the family once in the list and go on by given names. Two names or more fill the line after a people label
  (attendees, present, participants, family, 出席者 …; notes in brackets after a name are skipped), and a later
  standalone first or last word of one of them stands in a sentence with a specific topic; a list that no later
  sentence ties to a topic (a committee's members) is left alone.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from gateway.scan import rx as re
from gateway.scan.recognizers.person_classcode import full_name_result
from gateway.scan.recognizers._text import line_matches, stable_key
from gateway.scan.recognizers.person_latin_caps import caps_name, caps_names
from gateway.scan.recognizers.person_contacts import latin_name_ok, spaced_name_ok
from gateway.scan.recognizers.person_english import _NOT_FIRST, PLACE_WORDS, prose_name_ok
from gateway.scan.recognizers.person_english_refs import english_refs
from gateway.scan.recognizers.person_mentions import standalone
from gateway.scan.recognizers.person_lexicon import _LATIN_FULL
from gateway.scan.recognizers.person_topics import topic_in

_KANJI_FULL = r"[一-鿿々〆ヶ]{1,3}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}"
_ROMAJI_FULL = r"[A-Z][a-z]{1,14}[ ][A-Z][a-z]{1,14}"
_ROMAJI_PAIR = re.compile(r"(?<![A-Za-z])" + _ROMAJI_FULL + r"[ ]?\([ ]?(?P<name>" + _KANJI_FULL + r")[ ]?\)"
                          r"|(?<![一-鿿々〆ヶ])(?P<name2>" + _KANJI_FULL + r")[ ]?\([ ]?" + _ROMAJI_FULL + r"[ ]?\)")
_LISTED_LINE = re.compile(r"(?m)^[^\n:：]{0,24}[:：][ \t　]*(?P<names>" + _KANJI_FULL + r"(?:[ ]?[、,，・][ ]?"
                          + _KANJI_FULL + r"){1,11})[ \t　]*$")
_ONE = re.compile(_KANJI_FULL)
# a Latin word against a bracket around kanji, or kanji against a bracket around a Latin word: a pair may be there
ROMAJI_PAIR_HINT = re.compile(r"[a-z][ ]?\([ ]?[一-鿿]|[一-鿿ぁ-ゖァ-ヺ][ ]?\([ ]?[A-Z][a-z]")
# a list item opening with a Latin full name and a colon (- Sofia Reyes-Nakamura: …)
_LATIN_ITEM = re.compile(r"^[ \t]*(?:[-*•・]|[0-9]{1,3}[.)])[ \t]*(?P<name>" + _LATIN_FULL + r")[ \t]*(?::|[—–-][ \t])",
                         re.MULTILINE)  # (1. Emily-Rose Tanaka — Rating D — sick leave 38 days, round 25)
_LATIN_SUBJECT = re.compile(r"(?:^|(?<=[.!?:;,\n\"“]))[ \t\"“]*(?P<name>" + _LATIN_FULL + r")[ \t]*"
                            r"(?P<note>\([^()\n]{1,40}\)[ \t]*)?(?:was|is|has|had|got)(?![A-Za-z])", re.MULTILINE)
LATIN_SUBJECT_WORDS = (" was ", " is ", " has ", " had ", " got ")
# a firm or an institution named like a person (Kobayashi Pharmaceutical has recalled …): no one's record
_ORG_WORDS = ("Pharmaceutical", "Pharmaceuticals", "Company", "Corporation", "Group", "Holdings", "Bank", "Motors",
              "Electric", "Industries", "Airlines", "University", "College", "School", "Hospital", "Clinic", "Council",
              "City", "Station", "Studio", "Foods", "Systems", "Services", "Trading", "Works", "Foundation")
_SENTENCE_END = re.compile(r"[.;!?](?:[ \t]|$)|\n")
_SENTENCE_REACH = 240
# (round 37) the next sentence opening with their pronoun: Kenji Morimoto is off the rota until May. He had spine surgery …
_PRONOUN_NEXT = re.compile(r"[ \t]*(?:He|She|They|His|Her|Their)(?![A-Za-z])")
_PROFILE = re.compile(r"(?i)(?<![A-Za-z])(?:Dr|Prof)\.|(?<![A-Za-z])(?:professor|lecturer|researcher|research(?:es|ed)?|stud(?:y|ies"
                      r"|ied)|expert|specialist|author|chair(?:ed|s)?|advises|director|physician|consultant)(?![A-Za-z])")


def _pronoun_next_topic(text: str, end: Any) -> bool:
    """The sentence after the one ending at ``end`` opens with a pronoun and holds a topic (He had spine surgery …)."""
    if end is None or (p := _PRONOUN_NEXT.match(text, end.end())) is None:
        return False
    e = text.find("\n", p.end())
    hi = min(len(text) if e < 0 else e, p.end() + _SENTENCE_REACH)
    lo = max(0, end.start() - _SENTENCE_REACH)  # (not a profile: Dr. …, a professor whose research focuses on dementia)
    return topic_in(text, p.end(), hi) and _PROFILE.search(text, lo, hi) is None
_MAX = 64  # pairs and lists looked at per prompt: bounded work
# a pseudonym's key: the alias, =, the real spaced full name (ハル＝穂積 拓海（南町）／ミナト＝…): the key of an interview's
# transcripts pasted with them (round 23); two pairs or more in the text
_ALIAS_PAIR = re.compile(r"(?:^|(?<=[/、,，\s]))[^\s=/、,，()]{1,10}[ ]?=[ ]?(?P<name>" + _KANJI_FULL + r")(?=[ ]?(?:\(|/|、|,|，|$))",
                         re.MULTILINE)

# a people label, a colon and a line of Latin full names (Attendees: Priya Raman, Arvind Raman, Fumiko Yasuda (interp.))
_PEOPLE_LINE = re.compile(r"(?im)^[ \t*#-]*(?:attendees|attendance|attending|present|in attendance|participants|people present"
                          r"|those present|members present|family(?: members)?|household(?: members)?|parents|guardians"
                          r"|出席者|参加者|出席)[ \t]*[:：][ \t]*(?P<names>[^\n]{5,400})$")
_LIST_SEP = re.compile(r"[ \t]*(?:[,;、]|[ \t]and[ \t]|[ \t]&[ \t])[ \t]*")
_LIST_NAME = re.compile(r"[ \t]*(?P<name>" + _LATIN_FULL + r")[ \t]*")
_BRACKET = re.compile(r"\([^()\n]{0,60}\)")
_SENTENCE_AROUND = re.compile(r"[.!?;\n]")


def _tied(text: str, word: str, start: int) -> bool:
    """A standalone use of ``word`` after ``start`` stands in a sentence (or a line) with a specific topic."""
    for m in islice(standalone(word).finditer(text, start), 8):
        p, q = m.start(), m.end()
        lo = max(text.rfind(c, max(0, p - 240), p) for c in ".!?;\n") + 1
        e = _SENTENCE_AROUND.search(text, q, q + 240)
        hi = e.start() if e is not None else min(len(text), q + 240)
        if topic_in(text, lo, hi):
            return True
    return False


class PersonListsMixin:
    ENTITY = "PERSON"

    def _romaji_pair_names(self, text: str):
        """A spaced kanji full name next to its romanisation in brackets (see the module docstring)."""
        for m in islice(_ROMAJI_PAIR.finditer(text), _MAX):
            g = "name" if m.group("name") else "name2"
            if spaced_name_ok(m.group(g)):
                yield full_name_result(self, *m.span(g), m.group(g), "romaji_pair")

    def _alias_key_names(self, text: str):
        """The real names of a pseudonym's key (see ``_ALIAS_PAIR``)."""
        pairs = [m for m in islice(_ALIAS_PAIR.finditer(text), _MAX) if spaced_name_ok(m.group("name"))]
        if len(pairs) >= 2:
            for m in pairs:
                yield full_name_result(self, *m.span("name"), m.group("name"), "alias_key")

    def _topic_list_names(self, text: str):
        """Full names listed after a colon, a sensitive topic on the two lines after (see the module docstring)."""
        for m in islice(_LISTED_LINE.finditer(text), _MAX):
            e = m.end()
            nxt = text.find("\n", e + 1, e + 240)
            nxt = text.find("\n", nxt + 1, e + 240) if nxt >= 0 else -1
            if not topic_in(text, e, nxt if nxt >= 0 else min(len(text), e + 240)):
                continue
            names = [n for n in _ONE.finditer(m.group("names")) if spaced_name_ok(n.group(0))]
            if len(names) < 2:
                continue
            base = m.start("names")
            for n in names:
                yield full_name_result(self, base + n.start(), base + n.end(), n.group(0), "topic_list")

    def _people_line_names(self, text: str):
        """The Latin full names of an attendee line when one of them is later tied to a topic (module docstring)."""
        for m in islice(_PEOPLE_LINE.finditer(text), 4):
            base = m.start("names")
            value = _BRACKET.sub(lambda b: " " * len(b.group(0)), m.group("names"))
            parts, pos = [], 0
            for sep in [*_LIST_SEP.finditer(value), None]:
                end = sep.start() if sep is not None else len(value)
                parts.append((pos, value[pos:end]))
                pos = sep.end() if sep is not None else pos
            names = []
            for off, part in parts:
                n = _LIST_NAME.fullmatch(part)
                if n is not None and prose_name_ok(n.group("name")) and not n.group("name").endswith(_ORG_WORDS):
                    names.append((base + off + n.start("name"), n.group("name")))
            if len(names) < 2 or 3 * len(names) < 2 * len(parts):
                continue
            words = {w for _, name in names for w in (name.split()[0], name.split()[-1])
                     if len(w) >= 3 and w not in _NOT_FIRST and w not in PLACE_WORDS}
            if any(_tied(text, w, m.end()) for w in sorted(words)[:24]):
                for s, name in names:
                    yield self._named(s, name, 0.6, "context", False, honorific=None)

    def _english_ref_names(self, text: str):
        """A surname's relative with a topic (Sato's mum …); a given name told their own matter (person_english_refs)."""
        for s, name, addressee in english_refs(text):
            yield self.result(self.ENTITY, s, s + len(name), 0.6, form="context", full_name=False, label=False,
                              official=False, staff=False, strength="medium", honorific=None, topic=True,
                              person_key=stable_key(name), **({"addressee": True} if addressee else {}))

    def _latin_topic_items(self, text: str):
        """A list item opening with a Latin full name and a colon, a sensitive topic after it on the line (- Sofia
        Reyes-Nakamura: severe peanut allergy (anaphylaxis …): a handover note's item on a pupil, round 19)."""
        for m in islice(line_matches(_LATIN_ITEM, text), _MAX):
            le = text.find("\n", m.end())
            if latin_name_ok(m.group("name")) and topic_in(text, m.end(), len(text) if le < 0 else le):
                yield self._named(m.start("name"), m.group("name"), 0.6, "context", False, honorific=None)

    def _latin_topic_subjects(self, text: str):
        """A Latin full name opening a sentence, a note in brackets, was / is / has / had, a topic in the sentence; or
        (round 31) a Latin full name with its surname in capitals in Japanese text (person_latin_caps)."""
        for s, e, name in caps_names(text):  # (a name of the record, not a roster's: a list of ALTs by school is no one's)
            yield self.result(self.ENTITY, s, e, 0.6, form="context", full_name=False, label=False, official=False,
                              staff=False, strength="medium", honorific=None, person_key=stable_key(name.replace(" ", "")))
        if not any(w in text for w in LATIN_SUBJECT_WORDS):
            return
        for m in islice(_LATIN_SUBJECT.finditer(text), _MAX):
            end = _SENTENCE_END.search(text, m.end(), m.end() + _SENTENCE_REACH)
            hi = end.start() if end is not None else min(len(text), m.end() + _SENTENCE_REACH)
            name = m.group("name")
            if prose_name_ok(name) and not name.endswith(_ORG_WORDS) and (
                    (m.group("note") and topic_in(text, m.end(), hi)) or _pronoun_next_topic(text, end)):
                yield self._named(m.start("name"), name, 0.6, "context", False, honorific=None)


def latin_subject(text: str) -> bool:
    """A Latin full name opens a sentence before was / is / has / had, or has its surname in capitals (the trigger
    decision of the pass above)."""
    return (any(w in text for w in LATIN_SUBJECT_WORDS) and _LATIN_SUBJECT.search(text) is not None) or caps_name(text)
