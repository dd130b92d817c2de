"""Children and relatives named by a kana given name alone (issue 13, round 10), mixed in through person_kana.

A parent's note, a nursery's LINE thread or a case meeting's memo names the child by a given name in hiragana or
katakana with no honorific (うちのはるとが…, そうすけママ：…, 対象児童：ひなた（5歳）, 長男のユウマ（中2）が). The dictionary reads
most such names as particles and verbs (はると → はる + と) or as unknown words (ソウスケ), so the window model never sees
them. The position says "a person" here; the kana given-name model (``person_charname.kana_given_ok``) says "a name,
not a word":

* a hiragana run the dictionary reads as one given name (ゆい, いつき, あおい), or
* a hiragana run it does not read as one word (はると, そうすけ, こはる) whose katakana form it reads as one noun that is
  not a native word written in kana (ハルト, ソウスケ — not カイシャ → 会社, ネコ → 猫); a hiragana word (ひなた, まち,
  さくら, みらい) is a word there.

The positions:

* after うちの (the writer's own child) and before a particle: ``うちのはるとが``;
* glued before ママ / パパ as a speaker or a subject (``そうすけママ：``, ``ゆいパパから``): the parent named by the child
  (any kana that is no kin, baby or pet word when the child is named again: ``めいママ: …めいが熱で``);
* a kana given name alone right before an age in brackets (``ひなた（5歳）``, ``ユウマ（12）``): there any kana run that is no
  kin, baby or pet word counts (a word before an age is a person's or a pet's name; a text about a pet or a
  character, or an animal word right before the name — ネコ タマ（3歳）, ゾウのはな子 — names nobody);
* (person_charname) a katakana name after a relation and の (``長男のユウマ（中2）が``).

Each found name is a given name alone: ``form="context"``, medium, not a full name, ``model="chars"``.
"""

from __future__ import annotations

from gateway.scan import rx as re
from itertools import islice

from gateway.scan import morphology
from gateway.scan.recognizers._text import stable_key
from gateway.scan.recognizers.person_classcode import SCHOOL_TRIGGERS
from gateway.scan.recognizers.person_charname import (_HIRA, _KATA, _NOBODY_CUES, _NOT_NAMES, _NOT_RELATIVE,
                                                      _hiragana_name, _katakana_name, _run_start, _word_then_particle,
                                                      kana_given_ok)

_HIRA_RUN = re.compile(r"[ぁ-ゖ]{2,5}")
_KATA_RUN = re.compile(r"[ァ-ヺー]{2,6}")
# the writer's own child: うちの + a name + a particle (or a bracket: うちのはると（年中）は)
OWN_CHILD_TRIGGERS = ("うちの",)
_OWN_CHILD = re.compile(r"[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}")
_OWN_CHILD_AFTER = re.compile(r"[がはもにをとの(]|って")
# the parent named by the child: そうすけママ：, ゆいパパから (not ママ友, ママさんバレー: a noun glued after)
PARENT_TRIGGERS = ("ママ", "パパ")
_AFTER_PARENT = re.compile(r"(?:[:：)、]|さん(?![一-鿿ァ-ヺ])|から|より|が|は|に|へ|と(?![一-鿿ァ-ヺ]))")
# a kana given name alone before an age in brackets (ひなた（5歳）): the age's closing triggers the pass
AGE_TRIGGERS = ("歳)", "才)", "さい)")
_NAME_BEFORE_AGE = re.compile(r"(?P<name>[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})[ 　]?\([ ]?[0-9]{1,2}[ ]?(?:歳|才|さい)\)$")
CHILDNAME_TRIGGERS = OWN_CHILD_TRIGGERS + PARENT_TRIGGERS + SCHOOL_TRIGGERS  # (a school's record: person_classcode)
_ANIMAL_BEFORE = re.compile(r"猫|犬|ネコ|イヌ|ねこ|いぬ|ウサギ|うさぎ|ハムスター|インコ|ゾウ|キリン|パンダ|サル|金魚")
_MAX = 32


def _name_ok(text: str, s: int, e: int, strict: bool) -> bool:
    """A kana given name at text[s:e]: by the kana model (``strict``) or any kana that is no kin, baby or pet word."""
    name = text[s:e]
    if _HIRA_RUN.fullmatch(name):
        return kana_given_ok(name) if strict else name[0] not in "おご" and name not in _NOT_NAMES \
            and name not in _NOT_RELATIVE
    return _KATA_RUN.fullmatch(name) is not None and name[0] != "ー" and _katakana_name(text, s, e)


class PersonChildNameMixin:
    ENTITY = "PERSON"

    def _child_given_names(self, text: str, hits: dict[str, list[int]]):
        """Kana given names after うちの, before ママ / パパ and before an age in brackets (see the module docstring)."""
        spans = []
        for p in islice(hits.get("うちの", ()), _MAX):
            if p > 0 and text[p - 1] in "のら":
                continue  # これらのうちの, 三人のうちの: "among", not "our"
            span = self._own_child(text, p + 3)
            if span is not None:
                spans.append(span)
        for w in PARENT_TRIGGERS:
            for p in islice(hits.get(w, ()), _MAX):
                span = self._before(text, p, p + 2, _AFTER_PARENT)
                # any kana that is no kin or pet word names the child when the child is talked about again (めいママ:
                # …めいが熱で, つむぎパパから…つむぎが); a club's name (ぴよぴよママ:) is not
                relaxed = span is not None and re.compile(re.escape(text[span[0]:span[1]]) + "[がはもにをと、]").search(
                    text, p) is not None  # (named again as a subject: ぴよぴよママの会 twice is no child)
                if span is not None and _name_ok(text, span[0], span[1], not relaxed):
                    spans.append(span)
        for w in AGE_TRIGGERS:
            for p in islice(hits.get(w, ()), _MAX):
                m = _NAME_BEFORE_AGE.search(text, max(0, p - 14), p + len(w))
                if m is None:
                    continue
                e = m.end("name")
                if _HIRA.match(text[e - 1]):  # クラスのひなた: the particle is cut off
                    s = _hiragana_name(text, _run_start(text, e, _HIRA, 7), e)
                else:
                    s = _run_start(text, e, _KATA, 7)
                if s is not None and _ANIMAL_BEFORE.search(text, max(0, s - 6), s) is None \
                        and _name_ok(text, s, e, False):
                    spans.append((s, e))  # (ネコ タマ（3歳）, ゾウのはな子: an animal)
        if spans and _NOBODY_CUES.search(text) is None:
            for s, e in spans:
                yield self.result(self.ENTITY, s, e, 0.6, form="context", full_name=False, honorific=None,
                                  label=False, official=False, staff=False, strength="medium",
                                  person_key=stable_key(text[s:e]), model="chars")

    @staticmethod
    def _own_child(text: str, s: int) -> tuple[int, int] | None:
        """The longest kana name at ``s`` (after うちの) with a particle after it (うちのはるとが: not はるとが), or None."""
        m = _OWN_CHILD.match(text, s)
        if m is None:
            return None
        toks = morphology.tokenize(m.group(0))
        if len(toks) > 1 and _word_then_particle(toks):
            return None  # うちのこどもが, うちのまちは: a word and its particle
        for e in range(m.end(), s + 1, -1):
            if _OWN_CHILD_AFTER.match(text, e) is not None and _name_ok(text, s, e, True):
                return s, e
        return None

    @staticmethod
    def _before(text: str, p: int, e: int, after: re.Pattern[str]) -> tuple[int, int] | None:
        """The kana run glued before ``p`` (a parent word ending at ``e``) when ``after`` follows, or None."""
        if after.match(text, e) is None or p < 2:
            return None
        script = _HIRA if _HIRA.match(text[p - 1]) else _KATA
        s = _run_start(text, p, script, 7)
        if script is _HIRA:
            s = _hiragana_name(text, s, p)  # 保護者のそうすけママ: the particle is cut off; a surname before: not this
            if s is None:
                return None
        if p - s > 6 or (s > 0 and "一" <= text[s - 1] <= "鿿"):
            return None  # a longer run or a kanji word before it (新米ママ, 新人パパ)
        return (s, p) if p - s >= 2 else None
