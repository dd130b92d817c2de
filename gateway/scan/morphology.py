"""Shared, lazily initialised SudachiPy tokenizer (SudachiDict-core, split mode C).

The scanner never runs morphology over a whole prompt: recognizers call :func:`tokenize` on small
windows (tens of characters) around cheap triggers. This module

* loads the dictionary once per process, on first use (or eagerly via :func:`warm_up`), and records
  the load time in :func:`load_seconds` so that startup can be reported separately;
* keeps one ``Tokenizer`` per thread (a sudachipy ``Tokenizer`` must not be used by two threads at
  once; the ``Dictionary`` itself is shared, memory-mapped and read-only);
* caches the analysis of recently seen windows (prompts are re-sent with the whole chat history, so
  the same windows recur);
* reads old-form and variant kanji of names as their common forms (髙橋 惠子 → 高橋 恵子, 廣瀨 → 広瀬), one
  character for one so that offsets stay, since the dictionary knows names in their common forms only;
* guards SudachiPy's input limit (it rejects inputs over 49,149 UTF-8 bytes) by truncating.

A token is returned as a small immutable ``Morpheme`` tuple with offsets relative to the window, so
callers never hold sudachipy objects.
"""

from __future__ import annotations

from gateway.scan import rx as re
import threading
import time
from functools import lru_cache
from typing import NamedTuple

__all__ = ["Morpheme", "tokenize", "unknown_word", "native_word", "warm_up", "load_seconds", "clear_cache",
           "MAX_WINDOW_CHARS"]

# 49,149 bytes is Sudachi's hard limit; a kanji is 3 bytes in UTF-8, 4 for astral characters.
MAX_WINDOW_CHARS = 12_000


class Morpheme(NamedTuple):
    surface: str
    start: int  # offset in the window
    end: int
    pos: tuple[str, ...]  # the six Sudachi part-of-speech fields

    @property
    def is_surname(self) -> bool:
        return self.pos[2] == "人名" and self.pos[3] == "姓"

    @property
    def is_given_name(self) -> bool:
        return self.pos[2] == "人名" and self.pos[3] == "名"

    @property
    def is_person(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "人名"

    @property
    def is_famous_person(self) -> bool:
        # Whole-name dictionary entries (徳川家康, 樋口一葉 …) are tagged 人名,一般: the dictionary
        # only lists people who are well known, i.e. public figures.
        return self.pos[2] == "人名" and self.pos[3] == "一般"

    @property
    def is_place(self) -> bool:
        return self.pos[1] == "固有名詞" and self.pos[2] == "地名"


_lock = threading.Lock()
_dictionary = None
_load_seconds: float | None = None
_local = threading.local()


def _get_dictionary():
    global _dictionary, _load_seconds
    if _dictionary is None:
        with _lock:
            if _dictionary is None:
                t0 = time.perf_counter()
                from sudachipy import Dictionary  # heavy import, deferred

                d = Dictionary(dict="core")
                # A first analysis forces the lazy parts of the dictionary in.
                _new_tokenizer(d).tokenize("山田太郎様")
                _load_seconds = time.perf_counter() - t0
                _dictionary = d
    return _dictionary


def _new_tokenizer(d):
    from sudachipy import SplitMode

    try:
        return d.tokenizer(mode=SplitMode.C)
    except (AttributeError, TypeError):  # pragma: no cover - older sudachipy
        return d.create(mode=SplitMode.C)


def _get_tokenizer():
    """This thread's (Tokenizer, MorphemeList it writes into): the list is read out before the next call."""
    got = getattr(_local, "tokenizer", None)
    if got is None:
        tok = _new_tokenizer(_get_dictionary())
        got = _local.tokenizer = (tok, tok.tokenize(""))
    return got


def warm_up() -> float:
    """Load the dictionary now; return the load time in seconds."""
    _get_tokenizer()
    return _load_seconds or 0.0


def load_seconds() -> float | None:
    """Seconds the dictionary load took, or ``None`` if it has not been loaded yet."""
    return _load_seconds


_pos_cache: dict[int, tuple[str, ...]] = {}


_new_tuple = tuple.__new__


@lru_cache(maxsize=4096)
def _tokenize_cached(window: str) -> tuple[Morpheme, ...]:
    # the hot loop of a cold window: one Sudachi call per field, the POS tuple shared by id, the
    # NamedTuple built without its Python-level __new__; a surface is the window's slice [begin, end).
    # Old forms are rare: a charset search first (str.translate looks every character up, ~10 % of a
    # cold window's time). Sudachi writes into the thread's MorphemeList (no new list per window).
    pos_cache = _pos_cache
    out = []
    if _OLD_FORM.search(window) is not None:
        window = window.translate(_OLD_FORMS)
    tok, morphemes = _get_tokenizer()
    for m in tok.tokenize(window, out=morphemes):
        pid = m.part_of_speech_id()
        pos = pos_cache.get(pid)
        if pos is None:
            pos = pos_cache[pid] = tuple(m.part_of_speech())
        surface = m.surface()  # the window's slice: old-form kanji read in their common forms
        begin = m.begin()
        out.append(_new_tuple(Morpheme, (surface, begin, begin + len(surface), pos)))
    return tuple(out)


@lru_cache(maxsize=1024)
def unknown_word(word: str) -> bool:
    """The dictionary reads ``word`` (a short katakana run) as one word it does not list (ユウト, ソウタ: Sudachi's
    unknown-word handler tags them as common nouns, so the part of speech alone cannot tell them from ネコ)."""
    if not word or len(word) > 16:
        return False
    tok, morphemes = _get_tokenizer()
    got = tok.tokenize(word, out=morphemes)
    return len(got) == 1 and got[0].is_oov()


@lru_cache(maxsize=1024)
def native_word(word: str) -> bool:
    """The dictionary reads ``word`` (a short katakana run) as one word of the language written in kana, whose
    normalised form is in kanji (サクラ → 桜, カイシャ → 会社, ネコ → 猫): an ordinary word, not a given name
    (ハルト, ヒナタ and loanwords normalise to themselves)."""
    if not word or len(word) > 16:
        return False
    tok, morphemes = _get_tokenizer()
    got = tok.tokenize(word, out=morphemes)
    return len(got) == 1 and _KANJI_CHAR.search(got[0].normalized_form()) is not None


_KANJI_CHAR = re.compile(r"[一-鿿々]")


@lru_cache(maxsize=1024)
def listed_common_noun(word: str) -> bool:
    """The dictionary lists ``word`` (a short katakana run) as one common noun (マウス, パソコン, バッテリー): a
    product's or a thing's word, where a name is a proper noun or a word it does not list (ムハンマド, アリフ)."""
    if not word or len(word) > 16:
        return False
    tok, morphemes = _get_tokenizer()
    got = tok.tokenize(word, out=morphemes)
    return len(got) == 1 and not got[0].is_oov() and got[0].part_of_speech()[:2] == ("名詞", "普通名詞")


def common_nouns_only(value: str) -> bool:
    """Every part of a katakana value (parted by blanks or ・) is a listed common noun: goods or things
    (ワイヤレス・マウス, データ シート), not a name (ムハンマド・アリフ, ラマ ビノッド)."""
    return all(map(listed_common_noun, _PARTS.split(value.strip())))


_PARTS = re.compile(r"[ \u3000・]+")


@lru_cache(maxsize=1024)
def action_words(value: str) -> bool:
    """The dictionary reads ``value`` (a short run without blanks, two characters or more) as listed ordinary nouns only,
    the first a verbal or an adjectival noun (想定, 指導救命士, 未定): an act or a state said, not a person (a name is a
    proper noun, a word it does not list or ends in a suffix: 砂丘子; a role word such as 母親 or 近隣住民 is no act)."""
    if not 2 <= len(value) <= 16 or " " in value or "\u3000" in value:
        return False
    tok, morphemes = _get_tokenizer()
    got = tok.tokenize(value, out=morphemes)
    return bool(got) and got[0].part_of_speech()[2] in ("サ変可能", "形状詞可能") and all(
        not m.is_oov() and m.part_of_speech()[:2] == ("名詞", "普通名詞") for m in got)


def clear_cache() -> None:
    """Forget the analysed windows (benchmarks measure prompts scanned once, as production sees them)."""
    _tokenize_cached.cache_clear()


# old-form (旧字体) and variant (異体字) kanji common in family and given names -> the common form the
# dictionary lists; one character each (offsets into the window stay valid)
_OLD_FORMS = str.maketrans(
    "髙﨑嵜濵濱齋齊邊邉惠國彌澤廣櫻嶋嶌圓實德淺增瀨萬壽榮藏眞與傳黑條來冨曻禮靜聰豐團學樂戶兒淸峯槇亞惡莊佛繪劍顯寳寶龜瀧",
    "高崎崎浜浜斎斉辺辺恵国弥沢広桜島島円実徳浅増瀬万寿栄蔵真与伝黒条来富昇礼静聡豊団学楽戸児清峰槙亜悪荘仏絵剣顕宝宝亀滝",
)
_OLD_FORM = re.compile("[" + "".join(map(chr, _OLD_FORMS)) + "]")


def tokenize(window: str) -> tuple[Morpheme, ...]:
    """Morphemes of ``window`` (offsets relative to it). Windows over the limit are truncated."""
    if not window:
        return ()
    if len(window) > MAX_WINDOW_CHARS:
        window = window[:MAX_WINDOW_CHARS]
    return _tokenize_cached(window)
