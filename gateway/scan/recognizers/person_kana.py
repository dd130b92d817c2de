"""A full name written in kana before an age in brackets (issue 13, round 8), mixed into PersonRecognizer:
``タナカ ソウタ（4さい）``, ``いしかわ さだお（82歳）``. A note from a parent, a nursery's contact book, a form
read by OCR or a voice memo left unconverted writes the name in kana; the dictionary knows few given names in kana
(ソウタ reads as a common noun), so the window model misses them. A spaced pair that the name model reads as a name
(``person_contacts.spaced_name_ok``: one part a surname or a given name once read in katakana), right before an
age, is that person.
"""

from __future__ import annotations

import re
from itertools import islice

from gateway.scan.recognizers.person_contacts import _KANA_SPACED, spaced_name_ok

_KANA_NAME_AGE = re.compile(r"(?=[ぁ-ゖァ-ヺー])(?<![ぁ-ゖァ-ヺー])(?P<name>" + _KANA_SPACED.pattern + r")"
                            r"[ 　]?\([ ]?[0-9]{1,3}[ ]?(?:歳|才|さい)\)")
_MAX = 64  # names per prompt: bounded work


class PersonKanaMixin:
    ENTITY = "PERSON"

    def _kana_names_before_age(self, text: str):
        """Spaced kana full names right before an age in brackets (see the module docstring)."""
        for m in islice(_KANA_NAME_AGE.finditer(text), _MAX):
            if spaced_name_ok(m.group("name")):
                yield self._named(m.start("name"), m.group("name"), 0.8, "context", honorific=None)
