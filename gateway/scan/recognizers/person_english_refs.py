"""People English mail and notes refer to without their full name (issue 13, round 36), for PersonListsMixin.

* **A surname's relative** (``Sato's mum called back … he takes medication for ADHD``, ``Nakamura-san's wife``): a
  teacher's or a coordinator's note names a pupil's or a colleague's family by the surname it goes by; a specific
  topic on the same line (a list item, a paragraph of a chat) makes the surname a person of the record.
* **A given name in a salutation, told their own matter in the second person** (``Hi Fatima,`` ⏎ … ``Since you said
  the morning sickness is bad …``, ``your doctor at …``): a mail to the person it is about. A sentence after the
  salutation speaks to the reader of what they said, have or are, or of their own doctor, family or leave, and holds
  a specific topic; a conditional (``if you …``) or an instruction to everyone is no one's.

A salutation's name is the mail's addressee (meta ``addressee``): a newsletter or a list the mail mentions does not
make it a published list's name (public_context).

Names that are words (``Hi Team,``, ``Dear All,``), places or months are skipped (``person_english`` /
``person_mentions`` word lists). Bounded: at most ``_MAX`` matches of each pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from gateway.scan import rx as re
from gateway.scan.recognizers.person_english import _NOT_FIRST, PLACE_WORDS
from gateway.scan.recognizers.person_topics import topic_in

_KIN = (r"(?:mum|mom|mother|dad|father|parents?|grandma|grandmother|grandpa|grandfather|family|guardian|husband|wife"
        r"|brother|sister|son|daughter|stepfather|stepmother|host (?:mother|father|family))")
_POSSESSIVE = re.compile(r"(?<![A-Za-z'’\-])(?P<name>[A-Z][a-z]{2,14})(?:-(?:san|kun|chan|sensei))?['’]s[ \t]+" + _KIN
                         + r"(?![A-Za-z])")
_SALUTATION = re.compile(r"^[ \t]*(?:Hi|Hello|Dear|Hey|Good morning|Morning)[ \t]+(?P<name>[A-Z][a-z]{2,14})[ \t]*[,!:]?[ \t]*$",
                         re.MULTILINE)
_SECOND = re.compile(r"(?i)\byou(?:'ve|'re|’ve|’re| have(?! to)| had| are| were| said| told| mentioned| feel| felt)\b"
                     r"|\byour (?:doctor|husband|wife|partner|son|daughter|child|children|kids?|mother|father|mum|dad|family"
                     r"|health|condition|illness|diagnosis|pregnancy|baby|due date|treatment|medication|medicine|leave"
                     r"|appointment|surgery|operation|hospital|test results?|debts?|case)\b")
_CONDITIONAL = re.compile(r"(?i)\b(?:if|when|whether|in case|anyone|everyone|all staff)\b")
_NOT_NAMES = frozenset({"Team", "All", "Everyone", "Sir", "Madam", "Colleagues", "There", "Folks", "Guys", "Friends",
                        "Members", "Parents", "Students", "Staff", "Sensei", "May", "June", "July", "April", "August",
                        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mayor"})
_BODY = 2000  # characters after a salutation read as its mail
_LINE = 600  # characters of the possessive's line read for a topic
_MAX = 12


def _word_ok(name: str) -> bool:
    return name not in _NOT_NAMES and name not in _NOT_FIRST and name not in PLACE_WORDS


def english_refs(text: str) -> Iterator[tuple[int, str, bool]]:
    """(start, name, addressee) of each surname with a relative's topic and each given name told their own matter."""
    if "'s " in text or "’s " in text:
        for m in islice(_POSSESSIVE.finditer(text), _MAX):
            lo = text.rfind("\n", 0, m.start()) + 1
            hi = text.find("\n", m.end(), m.end() + _LINE)
            if _word_ok(m.group("name")) and topic_in(text, lo, hi if hi >= 0 else min(len(text), m.end() + _LINE)):
                yield m.start("name"), m.group("name"), False
    for m in islice(_SALUTATION.finditer(text), _MAX):
        if not _word_ok(m.group("name")):
            continue
        end = min(len(text), m.end() + _BODY)
        nxt = _SALUTATION.search(text, m.end(), end)
        end = nxt.start() if nxt is not None else end
        for sent in islice(re.finditer(r"[^.!?\n]+", text[m.end():end]), 64):
            s, e = m.end() + sent.start(), m.end() + sent.end()
            if _SECOND.search(text, s, e) is not None and _CONDITIONAL.search(text, s, e) is None and topic_in(text, s, e):
                yield m.start("name"), m.group("name"), True
                break
