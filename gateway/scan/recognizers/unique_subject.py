"""PERSON (form ``unique``): the unnamed or pseudonymised subject of a case whose description singles them out
(issue 13, round 17) — 対象者：Ｘ氏 87歳 男性（集落の単身高齢男性は本人のみ）, 対象生徒 …の女子生徒。吹奏楽部で唯一のチューバ
担当. An anonymised case record, a draft report "written so no one can be identified", still points at one person
when it says that no one else fits: whatever it says about their health or their troubles is that person's.

* A uniqueness cue: 唯一の, ただ一人(の), 一人だけ, 一人しかいない, or a count that leaves one (うち…は本人のみ).
* A subject within ``_REACH`` characters before it in the same paragraph: a record's subject label (対象者, 対象生徒,
  対象児童, 当該生徒 …), a pseudonym (Ｘ氏, Aさん, B君) or a pupil by sex (女子生徒, 男子児童).

Like a subject named by a record number (record_number.py) it is a person of the record, not a full name: never
counted in a roster. A public text's "唯一の" (本市で唯一の公立病院) has no such subject before it.
"""

from __future__ import annotations

from itertools import islice

from presidio_analyzer import RecognizerResult

from gateway.scan import rx as re
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext

_CUE = re.compile(r"唯一の|ただ(?:一人|ひとり)|(?:一人|ひとり)(?:だけ|しかいな)|(?:うち|中)[^。\n]{0,16}?(?:は|が)本人のみ")
TRIGGERS = ("唯一の", "ただ一人", "ただひとり", "一人だけ", "ひとりだけ", "一人しかいな", "ひとりしかいな", "本人のみ")
_SUBJECT = re.compile(r"対象(?:者|生徒|児童|園児|職員|の(?:生徒|児童|方))|当該(?:生徒|児童|園児|職員|利用者|者)|"
                      r"(?<![A-Za-z])[A-Z](?:氏|さん|君|くん|ちゃん)|(?:女子|男子)(?:生徒|児童)")
_REACH = 240
_MAX = 16


class UniqueSubjectRecognizer(AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_WORDS = TRIGGERS

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        seen: set[int] = set()
        for cue in islice(_CUE.finditer(text), _MAX):
            lo = max(0, cue.start() - _REACH)
            blank = text.rfind("\n\n", lo, cue.start())
            subject = None
            for subject in _SUBJECT.finditer(text, blank + 2 if blank >= 0 else lo, cue.start()):
                break  # the first subject of the paragraph before the cue
            if subject is None or subject.start() in seen:
                continue
            seen.add(subject.start())
            out.append(self.result(self.ENTITY, subject.start(), subject.end(), 0.7, form="unique", full_name=False,
                                   honorific=None, label=True, official=False, staff=False, strength="medium"))
        return out
