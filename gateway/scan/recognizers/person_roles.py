"""A full name in brackets after the person's role in a record (issue 13, round 8), mixed into PersonRecognizer:
``本人（飯田 哲也）不在``, ``相談者（小野 由美）は…``, ``世帯主（森 健）、国保税滞納``. A case record names its people
by their role and puts the name in brackets after it (the reverse of ``Ana Souza（保護者）``, person_intro). Only a
bracket holding nothing but a full name counts, which the name model (``person_intro.name_ok``) reads as a name; a
bracket naming a member of staff with their unit and title (``本人（市民税課 主事 森本 亜美）``) is person_cues' case.
"""

from __future__ import annotations

import re
from itertools import islice

from gateway.scan.recognizers.person_intro import name_ok

# the roles of a case record's people (the normaliser folds （ to "(")
RECORD_ROLES = ("本人", "相談者", "世帯主", "申請者", "申立人", "対象者", "利用者", "当事者", "被害者", "加害者", "受給者",
                "滞納者", "債務者", "長男", "長女", "次男", "次女", "夫", "妻", "父", "母", "祖父", "祖母", "児童", "生徒")
ROLE_BRACKET_TRIGGERS = tuple(f"{w}(" for w in RECORD_ROLES)
_ROLE_BRACKET = re.compile(r"(?<![一-鿿々〆ヶ])(?:" + "|".join(sorted(RECORD_ROLES, key=len, reverse=True)) + r")\((?P<name>"
                           r"[一-鿿々〆ヶ]{1,4}[ 　][一-鿿々〆ヶぁ-ゖァ-ヺー]{1,4}|[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,5}"
                           r"|[ァ-ヺー]{2,6}[ 　・][ァ-ヺー]{2,6})\)")
_MAX = 64  # names per prompt: bounded work


class PersonRolesMixin:
    ENTITY = "PERSON"

    def _role_bracket_names(self, text: str, hits: dict[str, list[int]]):
        """Full names in brackets right after a record role (see the module docstring)."""
        starts = sorted({p for w in ROLE_BRACKET_TRIGGERS for p in hits.get(w, ())})
        for p in islice(starts, _MAX):
            m = _ROLE_BRACKET.match(text, p)
            if m is not None and name_ok(m.group("name")):
                yield self._named(m.start("name"), m.group("name"), 0.8, "label", honorific=None)
