"""PERSON (form ``bracketed``): a Latin-script full name in Japanese text followed by a bracket that places the person
— a post, a unit, a programme or a nationality (``Hannah Okafor（CIR）、今日から休みです``, ``Samuel Brightwater（外国語指導
助手・2年目）``) — issue 13, round 41. Japanese chats and memos name foreign staff, residents and exchange students
this way; the bracket is the office's note on who they are. The name must read as a person's (``latin_name_ok``),
have two or three parts and stand outside a Latin sentence (an English text's own brackets are person_english's)."""

from __future__ import annotations

from itertools import islice

from presidio_analyzer import RecognizerResult

from gateway.scan import rx as re
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._text import stable_key
from gateway.scan.recognizers.person_contacts import latin_name_ok
from gateway.scan.recognizers.person_lexicon import _LATIN_FULL

# the name, a bracket of up to 20 characters placing the person (a programme, a post, a unit, a nationality, an age, a
# relation), the bracket closed: a product's gloss (Microsoft Teams（チャット）) places no one
_NAME_BEFORE = re.compile(r"(?<![A-Za-z'’.-])(?P<name>" + _LATIN_FULL + r")[ ]?$")
_PLACING = re.compile(r"\((?=[^()\n]{1,20}\))(?=[^()\n]*?(?:(?<![A-Za-z])(?:CIR|ALT|JET|SEA|CEA)(?![A-Za-z])|国際交流員|指導助手"
                      r"|交流員|通訳|国籍|出身|[0-9]{1,3}[ ]?(?:歳|才)|[1-9]0代|年目|年生|課|係|室|学校|高校|中学|小学|大学|留学生|研修生"
                      r"|実習生|職員|講師|教諭|男性|女性|在住|夫|妻|息子|娘|長男|長女|保護者|利用者|相談者|患者))")
_NAME_REACH = 60  # characters before a bracket where the name is looked for (from the bracket: bounded work)
# a Japanese character within reach before the name: the name stands in Japanese text, not in an English sentence
_JAPANESE = re.compile(r"[一-鿿ぁ-ゖァ-ヺ、。：「]")
_SENDER = re.compile(r"[ \t]*[:：]")
_UNIT = re.compile(r"[一-鿿ァ-ヺ]{1,10}(?:課|係|室|局|部|所|センター)")
_REACH = 40
_MAX = 32


class LatinBracketedRecognizer(AigwRecognizer):
    ENTITY = "PERSON"
    TRIGGER_WORDS = ("(",)

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        text = ctx.text
        out = []
        for p, m in islice(self._named_brackets(text), _MAX):
            name = m.group("name")
            line = text.rfind("\n", 0, m.start()) + 1
            close = text.find(")", p)
            if _SENDER.match(text, close + 1) is not None:
                continue  # (a chat's or a list's header: Kaori Sunaga (指導課): …)
            if not latin_name_ok(name) or (_JAPANESE.search(text, max(line, m.start() - _REACH), m.start()) is None
                                           and _JAPANESE.search(text, p, min(len(text), p + 24)) is None):
                continue
            staff = _UNIT.search(text, p, close) is not None  # (the office's unit: staff, their records only)
            out.append(self.result(self.ENTITY, m.start("name"), m.end("name"), 0.8, form="bracketed", full_name=True,
                                   honorific=None, label=False, official=staff, staff=staff, strength="strong",
                                   person_key=stable_key(re.sub(r"[ \t]", "", name))))
        return out

    @staticmethod
    def _named_brackets(text: str):
        """(bracket position, name match) of each placing bracket with a Latin full name right before it."""
        p = text.find("(")
        while p >= 0:
            if _PLACING.match(text, p) is not None:
                m = _NAME_BEFORE.search(text, max(0, p - _NAME_REACH), p)
                if m is not None:
                    yield p, m
            p = text.find("(", p + 1)
