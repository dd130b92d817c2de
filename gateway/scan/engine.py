"""The scanning engine: normalise once, run triggered recognizers, map offsets back, decide.

``build_scanner(rules_dir)`` is what ``gateway.scan.api.load_scanner`` calls.
``build_analyzer_engine(rules_dir)`` registers the same recognizers in a presidio
``AnalyzerEngine`` for language ``ja`` (slower; for presidio users and tests).
"""

from __future__ import annotations

import gc
import logging
from gateway.scan import rx as re
import threading
from bisect import bisect_left
import time
import unicodedata
from pathlib import Path
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from gateway.errors import RulesError
from gateway.scan import public_context
from gateway.scan.public_artefacts import historical_markings
from gateway.scan.aggregate import Hit, decide
from gateway.scan.result import Finding, ScanResult
from gateway.scan.triggers import TriggerAutomaton
from gateway.scan.document import (EXAMPLE_ENTITIES, EXAMPLE_MARK_WORDS, INLINE_EXAMPLE_WORDS, example_regions, in_regions,
                                   quoted_example_regions)
from gateway.scan.config import CANONICAL_ENTITIES, DETECTORS_FILE, ScannerConfig, load_config
from gateway.scan.markup import as_structure
from gateway.scan.layout_marks import mark_layout
from gateway.scan.normalise import normalise
from gateway.scan.recognizers import _word_index, default_recognizers
from gateway.scan.recognizers._base import AigwRecognizer, ScanContext, digits_only
from gateway.scan.recognizers._numeric import clear_table_memo
from gateway.scan.recognizers._examples import (NUMBER_EXAMPLE_ENTITIES, PADDED_ENTITIES, example_value, is_example_credential,
                                                is_placeholder_address, is_placeholder_name, ordered_groups, sample_account)

log = logging.getLogger("aigw.scan")
_NEWLINE = re.compile("\n")
_FEW_RESULTS = 16


class _ExtraRecognizer(AigwRecognizer):
    """Wraps an admin-defined presidio PatternRecognizer (no triggers: always runs)."""

    ALWAYS_RUN = True

    def __init__(self, inner: EntityRecognizer) -> None:
        self.inner = inner
        self.ENTITIES = tuple(inner.supported_entities)
        super().__init__(None, name=f"extra:{inner.name}")

    def analyze_ctx(self, ctx: ScanContext) -> list[RecognizerResult]:
        return self.inner.analyze(ctx.text, list(self.ENTITIES), None) or []


def load_extra_recognizers(config: ScannerConfig) -> list[EntityRecognizer]:
    """Presidio recognizer-registry YAML files listed under ``extra_recognizers`` (language ja)."""
    from presidio_analyzer.recognizer_registry import RecognizerRegistry

    out: list[EntityRecognizer] = []
    base = Path(config.rules_dir or ".")
    for i, rel in enumerate(config.extra_recognizers):
        path = base / rel
        reg = RecognizerRegistry(supported_languages=["ja"])
        try:
            reg.add_recognizers_from_yaml(path)
        except Exception as exc:  # presidio raises assorted errors for bad YAML
            raise RulesError(DETECTORS_FILE, f"extra_recognizers[{i}]",
                             f"{rel}: not a valid presidio recognizer file ({type(exc).__name__}: {exc})") from None
        for r in reg.recognizers:
            if r.supported_language != "ja":
                raise RulesError(DETECTORS_FILE, f"extra_recognizers[{i}]",
                                 f"{rel}: recognizer {r.name!r} must have supported_language: ja")
            out.append(r)
    return out


class DefaultScanner:
    """Thread-safe: per-scan state lives in a ScanContext; the automaton is read-only."""

    def __init__(self, config: ScannerConfig, recognizers: list[AigwRecognizer]) -> None:
        self.config = config
        self.recognizers = recognizers
        words: set[str] = set()
        for r in recognizers:
            words.update(w.lower() for w in r.trigger_words() if w)
        words.update(EXAMPLE_MARK_WORDS)  # 記入例 markers: document context, found in the same pass
        words.update(INLINE_EXAMPLE_WORDS)
        self._automaton: TriggerAutomaton | None = TriggerAutomaton(words) if words else None
        # the trigger decision of every recognizer, made once per scan from the shared trigger pass:
        # ALWAYS_RUN ones run; word triggers start the recognizers listed under the word; a digit run of
        # at least TRIGGER_DIGITS digits starts the digit-triggered ones; only recognizers with their own
        # ``triggered`` are asked
        self._always: list[int] = []
        self._by_digits: list[tuple[int, int]] = []  # (minimum digits, recognizer index)
        self._custom: list[int] = []
        by_word: dict[str, list[int]] = {}
        for i, r in enumerate(recognizers):
            if type(r).triggered is not AigwRecognizer.triggered:
                self._custom.append(i)
                continue
            if r.ALWAYS_RUN:
                self._always.append(i)
                continue
            if r.TRIGGER_DIGITS:
                self._by_digits.append((r.TRIGGER_DIGITS, i))
            for w in {w.lower() for w in r.trigger_words() if w}:
                by_word.setdefault(w, []).append(i)
        self._by_word = {w: tuple(ix) for w, ix in by_word.items()}
        self._example_marks = frozenset(EXAMPLE_MARK_WORDS) | frozenset(INLINE_EXAMPLE_WORDS)
        self._form_marks = frozenset(EXAMPLE_MARK_WORDS)  # (例 alone, as in 条例, asks for no paragraph pass)
        self._lock = threading.Lock()  # the automaton is read-only; lock only for safety stats
        self.allow_terms = {unicodedata.normalize("NFKC", t) for t in config.allow_list.terms}
        self.allow_addresses = [normalise(a).text.replace(" ", "") for a in config.allow_list.addresses]

    def scan(self, text: str, service_id: str | None = None) -> ScanResult:
        try:
            return self._run(text, service_id)[0]
        finally:
            _word_index.clear()  # no prompt is kept between scans

    def explain(self, text: str, service_id: str | None = None) -> dict[str, Any]:
        """Why the verdict was reached, for reviewers and admins (``aigw scan --explain``): the rules
        that fired with the findings they rest on, and every finding as a masked span (shape only:
        digits -> ``#``, other characters -> ``*``, separators kept). Never the raw values."""
        try:
            res, decision, norm = self._run(text, service_id)
        finally:
            _word_index.clear()
        index: dict[int, int] = {}
        findings = []
        for h in sorted(decision.kept, key=lambda h: (h.start, h.end, h.entity)):
            s, e = norm.to_original(h.start, h.end)
            index[id(h)] = len(findings)
            findings.append({
                "entity": h.entity, "start": s, "end": e, "score": round(h.score, 3), "line": h.line + 1,
                "masked": mask(text[s:e]),
                **{k: h.meta[k] for k in _EXPLAIN_META if k in h.meta and h.meta[k] not in (None, "")},
            })
        rules = [{"reason": f.reason, "action": f.action, "rule": _rule_doc(f.reason),
                  "findings": [index[id(h)] for h in f.evidence if id(h) in index]} for f in decision.fired]
        return {"action": res.action, "reasons": list(res.reasons), "rules": rules, "findings": findings,
                "ignored_examples": res.stats.get("examples_ignored", 0)}

    def _run(self, text: str, service_id: str | None):
        t0 = time.perf_counter()
        norm = normalise(as_structure(text))  # HTML tables, spread form labels (same length: offsets hold)
        ctx = ScanContext(norm.text, service_id=service_id)
        if self._automaton is not None and norm.text:
            ctx.hits = self._trigger_hits(ctx.lower)
        results: list[RecognizerResult] = []
        errors = 0
        ran = 0
        ask = set(self._always)
        by_word = self._by_word
        for w in ctx.hits:
            ix = by_word.get(w)
            if ix is not None:
                ask.update(ix)
        if self._by_digits:
            longest = ctx.longest_digit_run()
            ask.update(i for n, i in self._by_digits if n <= longest)
        recs = self.recognizers
        ask.update(i for i in self._custom if recs[i].triggered(ctx))
        for i in sorted(ask):
            r = recs[i]
            ran += 1
            try:
                results.extend(r.analyze_ctx(ctx) or ())
            except Exception as exc:  # never leak text: only the recognizer and the error type
                errors += 1
                log.error("recognizer failed", extra={"recognizer": r.name, "error": type(exc).__name__})
        clear_table_memo()
        stats: dict[str, Any] = dict(norm.stats)
        stats["recognizers_run"] = ran
        if errors:
            stats["recognizer_errors"] = errors
        marks = (not self._form_marks.isdisjoint(ctx.hits)) + (not self._example_marks.isdisjoint(ctx.hits))
        hits_list = self._to_hits(results, ctx.text, marks) if results else []
        examples = sum(1 for h in hits_list if h.meta.get("example")) if hits_list else 0
        if examples:
            stats["examples_ignored"] = examples
        decision = decide(hits_list, self.config, service_id, stats)
        findings = []
        for h in sorted(decision.kept, key=lambda h: (h.start, h.end, h.entity)):
            s, e = norm.to_original(h.start, h.end)
            findings.append(Finding(h.entity, s, e, round(h.score, 3)))
        stats["chars"] = len(text)
        stats["elapsed_ms"] = round((time.perf_counter() - t0) * 1000, 3)
        res = ScanResult(decision.action, tuple(findings), tuple(decision.reasons), stats)  # type: ignore[arg-type]
        return res, decision, norm

    def _trigger_hits(self, low: str) -> dict[str, list[int]]:
        # word -> starts; words in order of their first occurrence, starts ascending (ties: word order)
        return self._automaton.hits(low) if self._automaton is not None else {}

    def _to_hits(self, results, text: str, example_marks: int = 2) -> list[Hit]:  # marks: 0 none, 1 inline, 2 form
        hits: list[Hit] = []
        append = hits.append
        newlines: list[int] | None = None
        few = len(results) <= _FEW_RESULTS  # a line number by counting newlines (bounded); else by bisection
        allow_terms, allow_addresses = self.allow_terms, self.allow_addresses
        for res in results:
            meta = res.recognition_metadata
            meta = dict(meta) if meta else {}
            entity, start, end = res.entity_type, res.start, res.end
            frag = text[start:end]
            # allow-listed findings (office numbers, terms, public addresses) do not count
            if meta.get("kind") == "allow_listed" or frag in allow_terms:
                continue
            if allow_addresses and entity in _ADDRESS_ENTITIES and not self._counts(entity, meta, frag):
                continue
            if entity in _MARKED_ENTITIES:
                self._mark_example(entity, meta, frag)
            if few:
                line = text.count("\n", 0, start)
            else:
                if newlines is None:
                    newlines = [m.start() for m in _NEWLINE.finditer(text)]
                line = bisect_left(newlines, start)
            append(Hit(entity, start, end, float(res.score), meta, line))
        quoted = quoted_example_regions(text) if example_marks and any(h.entity in _QUOTED for h in hits) else []
        if example_marks and any(h.entity in EXAMPLE_ENTITIES or h.meta.get("sample_digits") for h in hits):
            regions = example_regions(text, example_marks > 1, quoted)  # 1: no form's marker, no paragraph pass
            for h in hits:
                if (h.entity in EXAMPLE_ENTITIES or h.meta.get("holder_bound") or h.meta.get("sample_digits")) \
                        and in_regions(regions, h.start, h.end):
                    h.meta["example"] = True  # a 記入例 form filled in with placeholders (holder_bound: a 全銀 record)
        if quoted and any(h.entity == "SENSITIVE_PERSONAL_INFO" for h in hits):
            for h in hits:  # a topic inside a quoted example sentence is nobody's
                if h.entity == "SENSITIVE_PERSONAL_INFO" and in_regions(quoted, h.start, h.end):
                    h.meta["example"] = True
        mark_layout(text, hits)  # topics in chat messages, addresses in spreadsheet rows (round 31)
        public_context.apply(text, hits)  # what a published document explains (facility numbers, 議員 …)
        historical_markings(text, hits)  # a quoted artefact's own marking (翻刻 of a 昭和十九年 極秘 order)
        return _resolve_overlaps(hits)

    def _counts(self, entity: str, meta: dict[str, Any], frag: str) -> bool:
        """False for allow-listed findings (office numbers, terms, public addresses)."""
        if meta.get("kind") == "allow_listed" or frag in self.allow_terms:
            return False
        if entity in ("JP_ADDRESS", "JP_POSTAL_CODE") and self.allow_addresses:
            compact = frag.replace(" ", "")
            return not any(compact and (compact in a) for a in self.allow_addresses)
        return True

    @staticmethod
    def _mark_example(entity: str, meta: dict[str, Any], frag: str) -> None:
        if entity == "PERSON":
            meta["_key"] = hash(frag)
            if is_placeholder_name(frag):
                meta["example"] = True  # テスト 太郎, サンプル 花子: test data
        elif entity == "JP_ADDRESS":
            if is_placeholder_address(frag):
                meta["example"] = True  # テスト県テスト市1-1-1
        elif entity in _NUMBER_EXAMPLE_ENTITIES:
            if example_value(entity, digits_only(frag)):
                meta["example"] = True  # a documented example (総務省令の計算例, test cards, 090-0000-0000)
            elif entity in PADDED_ENTITIES and ordered_groups(frag):
                meta["sample_digits"] = True  # 記号：123 番号：45: an example inside a 記入例's paragraph only
        elif entity == "CREDENTIAL" and is_example_credential(frag):
            meta["example"] = True
        elif entity == "JP_BANK_ACCOUNT" and sample_account(frag):
            meta["sample_digits"] = True  # 口座番号 1234567: an example inside a 記入例's paragraph only


# metadata shown by --explain: how a finding was recognised, never what it says
_EXPLAIN_META = ("kind", "form", "category", "level", "matter", "label", "strength", "official", "staff",
                 "personal", "private", "action", "term", "assembled", "public_context")
_KEEP_IN_MASK = frozenset(" \t\n-‐－ー.．,，、/／:：@()（）[]［］")


def mask(s: str) -> str:
    """The shape of a matched value: digits -> '#', other characters -> '*', separators kept."""
    return "".join(c if c in _KEEP_IN_MASK else ("#" if c.isdigit() else "*") for c in s)


def _rule_doc(reason: str) -> str:
    """One line saying what a reason code means (first line of the rule's docstring)."""
    from gateway.scan import aggregate

    if reason.endswith("_alone") or reason in ("custom_term", "internal_matter", "marking_in_question"):
        fn = aggregate.rule_alone
    elif reason.startswith("person_with_"):
        fn = aggregate.rule_person_with_attribute
    else:
        fn = {"roster": aggregate.rule_roster, "personal_attributes_combined": aggregate.rule_attributes_combined,
              "address_with_personal_contact": aggregate.rule_address_with_personal_contact,
              "birth_date_with_personal_contact": aggregate.rule_birth_date_with_personal_contact,
              "sensitive_with_personal_contact": aggregate.rule_sensitive_with_contact,
              "staff_record_subject": aggregate.rule_staff_record_subject,
              "zero_width_in_number": aggregate.rule_zero_width, "internal_hosts": aggregate.rule_internal_hosts,
              "scanner_error": aggregate.rule_scanner_error}.get(reason)
    doc = (fn.__doc__ or "") if fn else ""
    return " ".join(doc.strip().split("\n\n")[0].split()) if doc else ""


def _resolve_overlaps(hits: list[Hit]) -> list[Hit]:
    """Same span claimed by several entities (12-digit My Number vs licence …): keep the best;
    overlapping hits of one entity: keep the best. Near-linear: hits are bucketed by entity and
    checked against kept hits of the same entity in start order."""
    if len(hits) < 2:
        return hits
    hits.sort(key=_BY_SCORE_START)
    kept: list[Hit] = []
    by_entity: dict[str, list[tuple[int, int]]] = {}
    exact_ids: set[tuple[int, int]] = set()
    for h in hits:
        span = (h.start, h.end)
        id_like = h.entity in _ID_ENTITIES
        if id_like and span in exact_ids:
            continue
        spans = by_entity.get(h.entity)
        if spans is None:
            spans = by_entity[h.entity] = []
        i = bisect_left(spans, span)
        # kept spans are disjoint within one entity: only the neighbours can overlap
        if (i > 0 and spans[i - 1][1] > h.start) or (i < len(spans) and spans[i][0] < h.end):
            continue
        spans.insert(i, span)
        if id_like:
            exact_ids.add(span)
        kept.append(h)
    return kept


def _BY_SCORE_START(h: Hit) -> tuple[float, int]:
    return -h.score, h.start


_NUMBER_EXAMPLE_ENTITIES = NUMBER_EXAMPLE_ENTITIES
_QUOTED = EXAMPLE_ENTITIES | {"SENSITIVE_PERSONAL_INFO"}  # what a quoted example sentence covers
_MARKED_ENTITIES = _NUMBER_EXAMPLE_ENTITIES | {"PERSON", "CREDENTIAL", "JP_ADDRESS", "JP_BANK_ACCOUNT"}  # what _mark_example looks at
_ADDRESS_ENTITIES = frozenset({"JP_ADDRESS", "JP_POSTAL_CODE"})  # what allow_list.addresses applies to
_ID_ENTITIES = {"JP_MY_NUMBER", "JP_DRIVERS_LICENSE", "JP_CORPORATE_NUMBER", "JP_RESIDENT_CODE",
                "JP_EMPLOYMENT_INSURANCE", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "CREDIT_CARD",
                "PHONE_NUMBER", "JP_BANK_ACCOUNT", "JP_POSTAL_CODE"}


def build_scanner(rules_dir: Path) -> DefaultScanner:
    config = load_config(Path(rules_dir))
    recs: list[AigwRecognizer] = default_recognizers(config)
    recs.extend(_ExtraRecognizer(r) for r in load_extra_recognizers(config))
    check_entity_names(config, {e for r in recs for e in r.supported_entities})
    scanner = DefaultScanner(config, recs)
    _freeze_once()
    return scanner


_frozen = False


def _freeze_once() -> None:
    """Once per process, after the first scanner is built: move every object alive now (modules, rules,
    recognizers, compiled tables) out of the cyclic collector's reach (``gc.freeze``). A scan allocates
    many short-lived containers; without this, every full collection they set off walks the whole
    long-lived heap again (about 7 % of a scan's time). Later scanners (reloads) are collected as usual."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()


def check_entity_names(config: ScannerConfig, known: set[str]) -> None:
    """Entity names in detectors.yaml must be ones some recognizer reports (catches typos that
    would otherwise silently leave a policy unused)."""
    known = known | set(CANONICAL_ENTITIES)
    for name in config.entities:
        if name not in known:
            raise RulesError(DETECTORS_FILE, f"entities.{name}", "unknown entity (not a canonical name and "
                             "not reported by any extra recognizer)")
    for sid, svc in config.services.items():
        for name in svc.entities:
            if name not in known:
                raise RulesError(DETECTORS_FILE, f"services.{sid}.entities.{name}", "unknown entity")


# --- presidio AnalyzerEngine ------------------------------------------------------------------
class _EmptyNlpEngine:
    """An NlpEngine for ``ja`` that needs no downloaded model (recognizers do their own context)."""

    def __init__(self) -> None:
        from presidio_analyzer.nlp_engine import NlpEngine

        NlpEngine.register(type(self))  # virtual subclass for isinstance checks

    def load(self) -> None:
        pass

    def is_loaded(self) -> bool:
        return True

    def process_text(self, text: str, language: str):
        from presidio_analyzer.nlp_engine import NlpArtifacts

        return NlpArtifacts(entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=self,
                            language=language)

    def process_batch(self, texts, language, batch_size: int = 1, n_process: int = 1, **kwargs):
        for t in texts:
            yield t, self.process_text(t, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return False

    def is_punct(self, word: str, language: str) -> bool:
        return False

    def get_supported_entities(self) -> list[str]:
        return []

    def get_supported_languages(self) -> list[str]:
        return ["ja"]


def build_analyzer_engine(rules_dir: Path):
    """A presidio ``AnalyzerEngine`` (language ``ja``) with the same recognizers.

    Feed it normalised text (``gateway.scan.normalise.normalise(text).text``) for full coverage.
    """
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.recognizer_registry import RecognizerRegistry

    config = load_config(Path(rules_dir))
    registry = RecognizerRegistry(supported_languages=["ja"])
    for r in default_recognizers(config):
        registry.add_recognizer(r)
    for r in load_extra_recognizers(config):
        registry.add_recognizer(r)
    return AnalyzerEngine(registry=registry, nlp_engine=_EmptyNlpEngine(), supported_languages=["ja"])
