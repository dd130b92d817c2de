"""PERSON (round 14): a private person named by the heading of what was pasted rather than by a label.

* A case record's household heading: a spaced full name, then 世帯, alone on its line (``松田 徹 世帯``, ``芦田 一夫世帯
  （3人）``): the household head, whose household the lines below describe by relation (妻 美代子（65）…).
* A messaging app's screenshot read by OCR: the conversation's title bar, a back arrow and the other person's name alone
  on the first lines (``< 花城 えみ``), with the app's read receipts (既読) below: the person the messages are with.

The name must read as a full name to the name model (spaced_name_ok): ``A氏 世帯``, ``単身 世帯``, ``< さくら保育園
事務`` are no names. Triggers: 世帯 and 既読 (one substring test otherwise).
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from gateway.scan import rx as re
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import stable_key
from gateway.scan.recognizers.person_contacts import spaced_name_ok

_NAME = r"(?P<name>[一-龥々〆ヶ]{1,4}[ 　][一-龥々〆ヶぁ-ゖァ-ヺー]{1,4}|[ぁ-ゖァ-ヺー]{2,6}[ 　][ぁ-ゖァ-ヺー]{2,6})"
# the heading's line up to 世帯: nothing before the name but blanks, a bullet or a case number (ケース番号 0427　)
_HOUSEHOLD_HEAD = re.compile(r"(?m)(?:^|[■□●◆◇・【\[]|[0-9][ \t　]+)[ \t　]*" + _NAME + r"[ 　]?$")
_HOUSEHOLD_TAIL = re.compile(r"世帯(?:[ \t　]*[（(][^()（）\n]{0,12}[)）])?[】\]]?[ \t　:：]*(?:\n|$)")
_CHAT_TITLE = re.compile(r"(?m)^[<＜←‹〈][ \t　]*" + _NAME + r"[ \t　]*$")
_TITLE_REACH = 200  # the title bar is on the screenshot's first lines
_MAX_HITS = 64


class HeadingNameRecognizer(AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_WORDS = ("世帯", "既読")

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out: list[RecognizerResult] = []
        for p in ctx.hit_positions(("世帯",))[:_MAX_HITS]:
            if _HOUSEHOLD_TAIL.match(text, p) is None:
                continue
            ls = text.rfind("\n", max(0, p - 40), p) + 1
            m = _HOUSEHOLD_HEAD.search(text, max(ls, p - 40), p)
            if m is not None and spaced_name_ok(m.group("name")):
                out.append(self._named(m.start("name"), m.group("name")))
        if ctx.hit_positions(("既読",)):
            # the title bar: within the first lines after the prompt's own words (a request line may come first)
            for m in _CHAT_TITLE.finditer(text, 0, min(len(text), self._body_start(text) + _TITLE_REACH)):
                if spaced_name_ok(m.group("name")):
                    out.append(self._named(m.start("name"), m.group("name")))
                    break
        return out

    @staticmethod
    def _body_start(text: str) -> int:
        """Where the pasted material starts: after the first blank line when one comes early (a request before it)."""
        k = text.find("\n\n", 0, 400)
        return k + 2 if k >= 0 else 0

    def _named(self, s: int, name: str) -> RecognizerResult:
        return self.result(self.ENTITY, s, s + len(name), 0.8, form="label", full_name=True, honorific=None, label=True,
                           official=False, staff=False, strength="strong",
                           person_key=stable_key(re.sub(r"[ 　]", "", name)))
