"""Shared helpers for aigw recognizers (stable API: other recognizer files depend on it).

Everything here works on the *normalised* text (see ``gateway.scan.normalise``): NFKC applied,
ASCII digits only, dashes between digits folded to ``-``, zero-width/format characters removed,
kanji digit runs converted. Offsets a recognizer returns are into that normalised text; the engine
maps them back to the original.

Conventions (see README.md next to this file):

* subclass :class:`AigwRecognizer` (a presidio ``EntityRecognizer``), constructor ``__init__(self,
  config=None)`` where ``config`` is a ``gateway.scan.config.ScannerConfig`` (or None = defaults);
* declare cheap triggers: ``TRIGGER_WORDS`` (literal strings, matched case-insensitively for ASCII
  on the normalised text with one shared Aho-Corasick pass), ``TRIGGER_DIGITS`` (minimum length of a
  digit run that makes the recognizer worth running; 0 = digits are not a trigger) and
  ``ALWAYS_RUN``. A recognizer is skipped when none of its triggers occur in the text.
* implement either ``analyze(text, entities, nlp_artifacts)`` (plain presidio) or the fast path
  ``analyze_ctx(ctx)`` which receives a :class:`ScanContext` (trigger hit positions, shared caches).
"""

from __future__ import annotations

from gateway.scan import rx as re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult

from gateway.scan.recognizers import _word_index

# --- regex fragments: never use \b next to Japanese text -------------------------------------
NOT_DIGIT_BEFORE = r"(?<![0-9])"
NOT_DIGIT_AFTER = r"(?![0-9])"
NOT_ALNUM_BEFORE = r"(?<![0-9A-Za-z])"
NOT_ALNUM_AFTER = r"(?![0-9A-Za-z])"
# separator allowed between digit groups of an identifier (after normalisation)
DIGIT_SEP = r"[ \-.]?"
# a run of digits possibly split by single separators: space, hyphen, dot, comma, slash, underscore
MIN_RUN_CHARS = 4
DIGIT_RUN_RE = re.compile(r"[0-9](?:[0-9]|[ \-.,/_・](?=[0-9]))*")  # greedy: no look-arounds needed
# the same runs, only those ScanContext.digit_runs keeps: >= MIN_RUN_CHARS characters, or starting with
# 0 or after "+"; the look-behinds make a match start only where a DIGIT_RUN_RE run starts
_KEPT_RUN_RE = re.compile(
    r"[0-9](?<![0-9][0-9])(?<![0-9][ \-.,/_・][0-9])"
    r"(?:(?:[0-9]|[ \-.,/_・](?=[0-9])){%d,}|(?:(?<=0)|(?<=\+[0-9]))(?:[0-9]|[ \-.,/_・](?=[0-9]))*)"
    % (MIN_RUN_CHARS - 1)
)


def digits_only(s: str) -> str:
    """Return only the ASCII digits of ``s``."""
    return s if s.isascii() and s.isdigit() else _NOT_ASCII_DIGIT.sub("", s)


_NOT_ASCII_DIGIT = re.compile(r"[^0-9]+")


class ContextWords:
    """A compiled set of context words; ``near`` checks a window around a span.

    Matching is literal and ASCII-case-insensitive. Construct once (module or __init__), reuse.
    """

    __slots__ = ("words", "_re")

    def __init__(self, words: Iterable[str]) -> None:
        self.words: tuple[str, ...] = tuple(sorted({w for w in words if w}, key=len, reverse=True))
        if self.words:
            # (a lookahead for the words' first characters: every other start is rejected at once, not tried against
            # every word; the same matches)
            first = "".join(re.escape(c) for c in sorted({w[0] for w in self.words}))
            self._re = re.compile("(?=[" + first + "])(?:" + "|".join(re.escape(w) for w in self.words) + ")",
                                  re.IGNORECASE)
        else:
            self._re = re.compile(r"(?!x)x")

    def near(self, text: str, start: int, end: int, before: int = 40, after: int = 20) -> bool:
        """True if a word occurs in ``text[start-before : end+after]`` (excluding nothing). On a long text asked
        about many times, answered from an index of the text built once (``_word_index``: same answers)."""
        return self.occurs(text, max(0, start - before), min(len(text), end + after))

    def occurs(self, text: str, lo: int, hi: int) -> bool:
        """True if a word occurs in ``text[lo:hi]``: ``search(text, lo, hi) is not None``, from the index of a long
        text asked about often (``_word_index``)."""
        if len(text) < _word_index.INDEX_MIN_TEXT:
            return self._re.search(text, lo, hi) is not None
        return _word_index.occurs(self.words, self._re, text, lo, hi)

    def finditer_in(self, text: str, lo: int, hi: int):
        """``finditer(text, lo, hi)``; on a long text, nothing at once where its index holds no word there."""
        if len(text) >= _word_index.INDEX_MIN_TEXT and not _word_index.occurs(self.words, self._re, text, lo, hi):
            return ()
        return self._re.finditer(text, lo, hi)

    def find_near(self, text: str, start: int, end: int, before: int = 40, after: int = 20) -> str | None:
        """The closest word (by distance to the span) within the window, or None."""
        best: tuple[int, str] | None = None
        for m in self._re.finditer(text, max(0, start - before), min(len(text), end + after)):
            d = start - m.end() if m.end() <= start else (m.start() - end if m.start() >= end else 0)
            if best is None or d < best[0]:
                best = (d, m.group(0))
        return best[1] if best else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self._re.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        return self._re.finditer(text, pos, len(text) if endpos is None else endpos)


def context_near(
    text: str,
    start: int,
    end: int,
    words: ContextWords | Sequence[str],
    window: int = 40,
    after: int | None = None,
) -> bool:
    """True if any of ``words`` occurs within ``window`` chars before / ``after`` (default
    ``window // 2``) chars after ``text[start:end]``. Prefer passing a prebuilt ContextWords."""
    lo = max(0, start - window)
    hi = min(len(text), end + (window // 2 if after is None else after))
    if isinstance(words, ContextWords):
        return words.search(text, lo, hi) is not None
    seg = text[lo:hi]
    low = seg.lower()
    return any(w in seg or w.lower() in low for w in words)


def label_before(text: str, start: int, words: ContextWords, max_gap: int = 12) -> bool:
    """True if one of ``words`` ends at most ``max_gap`` chars before ``start`` (label-value form
    such as ``個人番号：1234…``)."""
    return words.search(text, max(0, start - max_gap - 20), start) is not None and any(
        m.end() >= start - max_gap for m in words.finditer(text, max(0, start - max_gap - 20), start)
    )


class ScanContext:
    """Per-scan state shared by recognizers on the hot path.

    * ``text``: the normalised text;
    * ``hits``: trigger word -> list of start offsets (normalised text), from the engine's single
      Aho-Corasick pass (ASCII-lowercased matching; words are stored lowercased);
    * ``cache``: scratch dict shared by recognizers within one scan (e.g. morphology of windows);
    * ``service_id``: the service being scanned for (or None).
    """

    __slots__ = ("text", "hits", "cache", "service_id", "_digit_runs", "_lower", "_longest", "_by_len", "_positions")

    def __init__(
        self,
        text: str,
        hits: dict[str, list[int]] | None = None,
        service_id: str | None = None,
    ) -> None:
        self.text = text
        self.hits: dict[str, list[int]] = hits if hits is not None else {}
        self.cache: dict[str, Any] = {}
        self.service_id = service_id
        self._digit_runs: list[tuple[int, int, str]] | None = None
        self._lower: str | None = None
        self._longest: int | None = None
        self._by_len: dict[int, list[tuple[int, int, str]]] | None = None
        self._positions: dict[int, tuple[Any, Any, list[int]]] = {}  # id(words) -> (words, hits, positions)

    def longest_digit_run(self) -> int:
        """Number of digits in the longest digit run (0 when there are none)."""
        if self._longest is None:
            self._longest = max([len(r[2]) for r in self.digit_runs()], default=0)
        return self._longest

    def runs_of(self, n_digits: int) -> list[tuple[int, int, str]]:
        """The digit runs of exactly ``n_digits`` digits, in text order (indexed once per scan)."""
        if self._by_len is None:
            by_len: dict[int, list[tuple[int, int, str]]] = {}
            for run in self.digit_runs():
                lst = by_len.get(len(run[2]))
                if lst is None:
                    by_len[len(run[2])] = [run]
                else:
                    lst.append(run)
            self._by_len = by_len
        return self._by_len.get(n_digits, [])

    @property
    def lower(self) -> str:
        """ASCII-lowercased text with the same length/offsets as ``text``."""
        if self._lower is None:
            low = self.text.lower()
            if len(low) != len(self.text):  # non-ASCII case mapping changed length: ASCII only
                low = self.text.translate(_ASCII_LOWER)
            self._lower = low
        return self._lower

    def hit_positions(self, words: Iterable[str]) -> list[int]:
        """Sorted start offsets of all hits of ``words`` (pass a tuple: its lowercased set is cached). The list is
        kept for the scan and shared by the callers that ask for the same words: read it, do not change it."""
        if not isinstance(words, (tuple, frozenset)):
            return self._hit_positions(words)
        got = self._positions.get(id(words))
        if got is not None and got[0] is words and got[1] is self.hits:
            return got[2]
        out = self._hit_positions(words)
        self._positions[id(words)] = (words, self.hits, out)  # (words held: its id is not reused in the scan)
        return out

    def _hit_positions(self, words: Iterable[str]) -> list[int]:
        lw = _lowered(words)
        hits = self.hits
        if len(hits) <= len(lw):
            out = [p for w, ps in hits.items() if w in lw for p in ps]
        else:
            out = [p for w in lw for p in hits.get(w, ())]
        out.sort()
        return out

    def runs_near(self, words: Iterable[str], before: int, after: int) -> list[tuple[int, int, str]]:
        """Digit runs starting within ``after`` chars after / ``before`` chars before a hit of
        ``words`` (i.e. a word at most ``before`` chars before the run or ``after`` chars after)."""
        pos = self.hit_positions(words)
        if not pos:
            return []
        out = []
        for run in self.digit_runs():
            s = run[0]
            i = bisect_left(pos, s - before)
            if i < len(pos) and pos[i] <= s + after:
                out.append(run)
        return out

    def has_any(self, words: Iterable[str]) -> bool:
        return not _lowered(words).isdisjoint(self.hits)

    def digit_runs(self) -> list[tuple[int, int, str]]:
        """Digit runs (start, end, digits-only) allowing single separators between digits; runs
        shorter than ``MIN_RUN_CHARS`` characters are left out unless they start with 0 or follow a "+"
        (an area code "(03)1234-5678", "+81"): every identifier has more digits."""
        if self._digit_runs is None:
            text = self.text
            if "," not in text:  # dates and counts (4月1日, 12件) are already left out by the regex
                runs = [(m.start(), m.end(), _digits_of(m.group())) for m in _KEPT_RUN_RE.finditer(text)]
                self._digit_runs = _with_long_groups(text, runs) if " " in text else runs
                return self._digit_runs
            runs = []
            append = runs.append
            for m in _KEPT_RUN_RE.finditer(text):
                raw = m.group(0)
                if raw.isdigit():
                    append((m.start(), m.end(), raw))
                elif "," in raw and not _THOUSANDS.fullmatch(raw):
                    # a CSV row (佐藤,314159265352,090-…): commas separate cells, not digit groups
                    for s, e, part in _pieces(raw, m.start(), ","):
                        if part:
                            append((s, e, _digits_of(part)))
                else:
                    append((m.start(), m.end(), _digits_of(raw)))
            self._digit_runs = _with_long_groups(text, runs) if " " in text else runs
        return self._digit_runs


_LOWERED: dict[tuple[str, ...] | frozenset[str], frozenset[str]] = {}


def _lowered(words: Iterable[str]) -> frozenset[str]:
    key = words if isinstance(words, (tuple, frozenset)) else tuple(words)
    got = _LOWERED.get(key)
    if got is None:
        got = frozenset(w.lower() for w in key)
        if len(_LOWERED) < 4096:  # constant word lists: bounded cache
            _LOWERED[key] = got
    return got


LONG_GROUP = 8  # a space-separated piece of this many digits inside a spaced run is also a run of its own


def _pieces(raw: str, start: int, sep: str):
    """The pieces of a run split at ``sep``, with their offsets in the text: (start, end, piece)."""
    pos = start
    for piece in raw.split(sep):
        yield pos, pos + len(piece), piece
        pos += len(piece) + 1


def _with_long_groups(text: str, runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A space joins digit groups into one run ("3141 5926 5352"), but a long piece beside another number
    ("314159265352 7月", "1234-567890 7月", "314159265352 090…") is a number of its own: each space-separated
    piece of at least ``LONG_GROUP`` digits is offered as a run too, right after the joined one (the
    recognizers' labels and check digits decide, as for any run)."""
    if not any(len(run[2]) > LONG_GROUP for run in runs):
        return runs  # no run long enough to hold such a piece (most texts): nothing to add
    out: list[tuple[int, int, str]] = []
    for run in runs:
        out.append(run)
        start, end, digits = run
        if len(digits) <= LONG_GROUP or " " not in text[start:end]:
            continue
        for s, e, piece in _pieces(text[start:end], start, " "):
            piece_digits = _digits_of(piece)
            if len(piece_digits) >= LONG_GROUP and e - s < end - start:
                out.append((s, e, piece_digits))
        # a short last piece that is a count of something ("7035 1918 9586 3人世帯", "4102 558193 72歳"): the number
        # before it is offered as a run too
        cut = text.rfind(" ", start, end)
        if 0 < end - cut - 1 <= 3 and _COUNTER.match(text, end) is not None:
            out.append((start, cut, digits[:len(digits) - len(_digits_of(text[cut + 1:end]))]))
    return out


# a counter or unit right after a number: 3人, 72歳, 4月, 2名, 5件 …
_COUNTER = re.compile(r"[人名歳才件月日年枚通部回円時分泊本個点階号番%％]|世帯|か月|ヶ月")


def _digits_of(run: str) -> str:
    """The digits of a run of digits and separators: the common separators by str.replace (faster than
    the regex), the others by _SEPS."""
    if run.isdigit():
        return run
    d = run.replace(",", "").replace("-", "").replace(".", "")
    return d if d.isdigit() else _SEPS.sub("", run)


_THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_SEPS = re.compile(r"[ \-.,/_・]")
_ASCII_LOWER = {i: i + 32 for i in range(ord("A"), ord("Z") + 1)}


class AigwRecognizer(EntityRecognizer):
    """Base class of aigw recognizers (language ``ja``).

    Subclasses set ``ENTITIES`` (or ``ENTITY``), the trigger class attributes, and implement
    ``analyze`` or ``analyze_ctx``. Class names must not collide with presidio's predefined
    recognizers (``CreditCardRecognizer``, ``EmailRecognizer`` …): presidio's registry loader looks
    recognizer classes up by name among all ``EntityRecognizer`` subclasses.
    """

    ENTITY: ClassVar[str] = ""
    ENTITIES: ClassVar[tuple[str, ...]] = ()
    TRIGGER_WORDS: ClassVar[tuple[str, ...]] = ()
    TRIGGER_DIGITS: ClassVar[int] = 0
    ALWAYS_RUN: ClassVar[bool] = False

    def __init__(self, config: Any = None, name: str | None = None, **_presidio_kwargs: Any) -> None:
        # presidio's loaders may pass supported_language/supported_entities: language is always ja
        self.config = config
        entities = list(self.ENTITIES or ((self.ENTITY,) if self.ENTITY else ()))
        super().__init__(
            supported_entities=entities,
            name=name or type(self).__name__,
            supported_language="ja",
        )

    # presidio API --------------------------------------------------------------------------
    def load(self) -> None:  # presidio calls this from __init__
        pass

    def trigger_words(self) -> tuple[str, ...]:
        """Trigger words (may depend on config); default: ``TRIGGER_WORDS``."""
        return self.TRIGGER_WORDS

    def triggered(self, ctx: ScanContext) -> bool:
        if self.ALWAYS_RUN:
            return True
        if self.TRIGGER_DIGITS and ctx.longest_digit_run() >= self.TRIGGER_DIGITS:
            return True
        trig = self.__dict__.get("_trigger_set")
        if trig is None:
            trig = self.__dict__["_trigger_set"] = frozenset(w.lower() for w in self.trigger_words() if w)
        return not trig.isdisjoint(ctx.hits)

    def analyze(self, text: str, entities: list[str] | None, nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if type(self).analyze_ctx is AigwRecognizer.analyze_ctx:
            raise NotImplementedError(f"{type(self).__name__} must implement analyze or analyze_ctx")
        ctx = ScanContext(text, _find_hits(text, self.trigger_words()))
        results = self.analyze_ctx(ctx)
        if entities:
            results = [r for r in results if r.entity_type in entities]
        return results

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        if type(self).analyze is AigwRecognizer.analyze:
            raise NotImplementedError(f"{type(self).__name__} must implement analyze or analyze_ctx")
        return self.analyze(ctx.text, self.supported_entities, None)

    # helpers ---------------------------------------------------------------------------------
    def result(
        self, entity: str, start: int, end: int, score: float, **metadata: Any
    ) -> RecognizerResult:
        """A RecognizerResult with aigw metadata (``recognition_metadata`` keys, see README)."""
        meta = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }
        meta.update(metadata)
        return RecognizerResult(entity, start, end, float(score), recognition_metadata=meta)


def _find_hits(text: str, words: Iterable[str]) -> dict[str, list[int]]:
    """Slow-path trigger search used outside the engine (presidio AnalyzerEngine, tests)."""
    low = text.lower()
    if len(low) != len(text):
        low = text.translate(_ASCII_LOWER)
    hits: dict[str, list[int]] = {}
    for w in words:
        lw = w.lower()
        i = low.find(lw)
        while i >= 0:
            hits.setdefault(lw, []).append(i)
            i = low.find(lw, i + 1)
    return hits
