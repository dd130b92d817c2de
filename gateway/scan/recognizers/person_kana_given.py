"""A given name in kana after a spaced surname (PERSON recognizer, person_rules.extend_kana_given): the dictionary reads
many kana given names as common nouns (新井 さくら: 桜), katakana old-style names as nouns (宮原 ノブ さん) and cuts some in
two (樋渡 ち/なつ, round 23). Split from person_rules at the module size limit."""

from __future__ import annotations

from gateway.scan import rx as re
from gateway.scan.recognizers.person_lexicon import _HONORIFIC_SET

_SPACES = (" ", "\u3000")
_KANA_RUN = re.compile(r"[ぁ-ゖ]+")
_KATA_RUN = re.compile(r"[ァ-ヺ]+")
# parts of speech that end a name (the kana after a surname is a particle or an ending: 田中もさん, 山田のちゃん)
_PARTICLE_POS = frozenset({"助詞", "助動詞", "接尾辞", "補助記号"})


# kana nouns that follow a surname and a space without being a given name (佐藤 ほか3名, 田中 こと …)
_NOT_GIVEN = frozenset({"ほか", "こと", "ため", "もの", "とき", "ところ", "など", "たち", "かた", "がた", "あと", "まえ",
                        "うち", "ほう", "よう", "わけ", "はず", "つもり", "みな", "みんな", "さま", "あて", "ぜんぶ", "これ",
                        "それ", "あれ", "どれ", "ここ", "そこ", "きょう", "あした", "あす", "きのう", "いま", "まま"})


def _spaced_kana_pieces(toks, k: int) -> int | None:
    """From token k: two or three hiragana tokens, glued, 2–4 characters in all, the last a given name to the dictionary
    and none a particle, ending the name (a blank, a bracket or an honorific after it); the index after them."""
    j, n, given = k, len(toks), ""
    while j < n and j - k < 3 and _KANA_RUN.fullmatch(toks[j].surface) and (j == k or toks[j].start == toks[j - 1].end) \
            and toks[j].pos[0] not in _PARTICLE_POS and toks[j].surface not in _HONORIFIC_SET:
        given += toks[j].surface
        j += 1
    if j - k < 2 or not 2 <= len(given) <= 4 or toks[j - 1].pos[:3] != ("名詞", "固有名詞", "人名"):
        return None
    nxt = toks[j] if j < n else None
    return j if nxt is None or nxt.start != toks[j - 1].end or nxt.surface in _HONORIFIC_SET \
        or not _KANA_RUN.match(nxt.surface) else None


# the kanji that end an old-style given name written in katakana (ツル子, トミ江, ハナ代, キク枝, ヨシ乃): the dictionary reads the
# katakana as a noun and the kanji as a suffix (round 30)
_OLD_GIVEN_ENDS = frozenset("子江代枝乃世")


def _spaced_kata_kanji_given(toks, k: int) -> int | None:
    """From token k: katakana of 1–3 glued to one kanji that ends old-style given names, right before an honorific or an
    age in brackets (長嶺 ツル子さん, 梅田 トミ江（91歳）); the index after the kanji."""
    if k + 1 >= len(toks) or not _KATA_RUN.fullmatch(toks[k].surface) or not 1 <= len(toks[k].surface) <= 3 \
            or toks[k + 1].surface not in _OLD_GIVEN_ENDS or toks[k + 1].start != toks[k].end:
        return None
    return k + 2 if _ends_name(toks, k + 1) else None


def _ends_name(toks, k: int) -> bool:
    """Token k ends a given name: an honorific after it (a blank between allowed), or an age in brackets glued."""
    h = k + 1 + (k + 1 < len(toks) and toks[k + 1].surface in _SPACES)
    return h < len(toks) and (toks[h].surface in _HONORIFIC_SET or (
        h == k + 1 and toks[h].surface in ("（", "(") and h + 2 < len(toks) and toks[h + 1].pos[1] == "数詞"
        and toks[h + 2].surface in ("歳", "才")))


def _spaced_kana_given(toks, k: int) -> bool:
    """Token k is a hiragana noun of 2–4 characters ending the name (a boundary or an honorific after it), or a
    katakana word of 2–3 right before an honorific or an age in brackets (宮原 ノブ さん, 小池 セツ（87歳）: an old-style
    given name the dictionary reads as a noun or an adjective)."""
    g = toks[k]
    if _KATA_RUN.fullmatch(g.surface) and 2 <= len(g.surface) <= 3 and g.pos[0] in ("名詞", "形状詞"):
        return _ends_name(toks, k)
    if not (_KANA_RUN.fullmatch(g.surface) and 2 <= len(g.surface) <= 4 and g.pos[0] == "名詞"
            and g.surface not in _NOT_GIVEN):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.start != g.end or nxt.surface in _HONORIFIC_SET or not _KANA_RUN.match(nxt.surface)


# honorifics the dictionary glues to the kana before them (宇佐美 ののかさん: の/の/かさん; ゆいかさん: ゆい/かさん)
_SWALLOWING = ("ちゃん", "さん", "くん")
_GIVEN_POS = ("名詞", "固有名詞", "人名", "名", "*", "*")
_HONORIFIC_POS = ("接尾辞", "名詞的", "一般", "*", "*", "*")


def split_swallowed_honorific(toks) -> list | tuple:
    """Tokens with an honorific the dictionary swallowed into kana after a spaced surname taken apart (round 39): the
    glued hiragana between the surname's blank and the honorific (2–4 characters, not a word of _NOT_GIVEN, not お…)
    become one given-name token and the honorific its own. Other tokens are returned as they are."""
    cuts: dict[int, tuple[int, list]] = {}  # the first token replaced -> (the last one, the new tokens)
    for k, t in enumerate(toks):
        s = t.surface
        h = next((x for x in _SWALLOWING if s.endswith(x)), None)
        if h is None or len(s) <= len(h) or _KANA_RUN.fullmatch(s) is None:
            continue
        i = k
        while i > 0 and toks[i - 1].end == toks[i].start and _KANA_RUN.fullmatch(toks[i - 1].surface):
            i -= 1
        given = "".join(x.surface for x in toks[i:k]) + s[:-len(h)]
        if i < 2 or toks[i - 1].surface not in _SPACES or not toks[i - 2].is_surname \
                or toks[i - 2].end != toks[i - 1].start or not 2 <= len(given) <= 4 or given[0] in "おご" \
                or given in _NOT_GIVEN:
            continue
        cut = t.end - len(h)
        cuts[i] = (k, [type(t)(given, toks[i].start, cut, _GIVEN_POS), type(t)(h, cut, t.end, _HONORIFIC_POS)])
    if not cuts:
        return toks
    out, k = [], 0
    while k < len(toks):
        if k in cuts:
            last, new = cuts[k]
            out.extend(new)
            k = last + 1
        else:
            out.append(toks[k])
            k += 1
    return out
