"""Speed of the six text-entity recognizers (PERSON, JP_ADDRESS, DATE_OF_BIRTH,
CLASSIFICATION_MARKING, HANDLING_RESTRICTION, SENSITIVE_PERSONAL_INFO) on 100 KB of Japanese
Wikipedia prose (the stockmark NER sentences, read at run time from ../shared/eval/outside).

For each recognizer alone and for the six together it prints characters per second for
* the trigger pass (the engine's Aho-Corasick pass restricted to these recognizers' trigger words),
* the recognizer work after it (cold = empty Sudachi window cache, as for a new prompt),
* both together, on ordinary prose and on prose with none of the recognizer's trigger words.

Usage: .venv/bin/python bench/bench_text_entities.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from gateway.scan import morphology
from gateway.scan.config import load_config
from gateway.scan.engine import DefaultScanner
from gateway.scan.normalise import normalise
from gateway.scan.recognizers._base import ScanContext
from gateway.scan.recognizers.address import AddressRecognizer
from gateway.scan.recognizers.classification_marking import ClassificationMarkingRecognizer
from gateway.scan.recognizers.date_of_birth import DateOfBirthRecognizer
from gateway.scan.recognizers.handling_restriction import HandlingRestrictionRecognizer
from gateway.scan.recognizers.person import PersonRecognizer
from gateway.scan.recognizers.sensitive_personal_info import SensitivePersonalInfoRecognizer

REPO = Path(__file__).resolve().parents[1]
WIKI = REPO.parent / "shared" / "eval" / "outside" / "stockmark-ner-wikipedia.json"
SIZE = 100_000


def build(sents: list[str], n: int = SIZE) -> str:
    out, total, i = [], 0, 0
    while total < n and sents:
        s = sents[i % len(sents)]
        out.append(s)
        total += len(s)
        i += 1
    return normalise("".join(out)[:n]).text


def measure(scanner: DefaultScanner, text: str, reps: int = 5) -> tuple[float, float, int]:
    """(seconds of the trigger pass, seconds of the recognizers with a cold cache, results)."""
    best_trig = best_rec = 1e9
    n = 0
    for _ in range(reps):
        morphology._tokenize_cached.cache_clear()  # a new prompt: nothing cached
        t0 = time.perf_counter()
        ctx = ScanContext(text)
        ctx.hits = scanner._trigger_hits(ctx.lower)
        t1 = time.perf_counter()
        n = 0
        for r in scanner.recognizers:
            if r.triggered(ctx):
                n += len(r.analyze_ctx(ctx))
        t2 = time.perf_counter()
        best_trig = min(best_trig, t1 - t0)
        best_rec = min(best_rec, t2 - t1)
    return best_trig, best_rec, n


def main() -> None:
    t0 = time.perf_counter()
    morphology.warm_up()
    print(f"Sudachi dictionary load: {morphology.load_seconds():.3f} s (first call {time.perf_counter() - t0:.3f} s)")
    sents = [x["text"] for x in json.loads(WIKI.read_text(encoding="utf-8"))]
    prose = build(sents)
    config = load_config(REPO / "rules")
    recs = [PersonRecognizer(config), AddressRecognizer(config), DateOfBirthRecognizer(config),
            ClassificationMarkingRecognizer(config), HandlingRestrictionRecognizer(config),
            SensitivePersonalInfoRecognizer(config)]
    print(f"text: {len(prose):,} chars of Wikipedia prose; M chars/s (higher is better)")
    print(f"{'recognizer':34s} {'trigger':>8s} {'recog':>8s} {'total':>8s} | trigger-free: {'total':>8s}  results")
    for r in recs:
        sc = DefaultScanner(config, [r])
        words = [w.lower() for w in r.trigger_words()]
        free = build([s for s in sents if not any(w in s.lower() for w in words)])
        tt, tr, n = measure(sc, prose)
        ft, fr, _ = measure(sc, free)
        print(f"{type(r).__name__:34s} {len(prose) / tt / 1e6:8.1f} {len(prose) / tr / 1e6:8.1f} "
              f"{len(prose) / (tt + tr) / 1e6:8.1f} | {'':14s}{len(free) / (ft + fr) / 1e6:8.1f}  {n}")
    sc = DefaultScanner(config, recs)
    tt, tr, n = measure(sc, prose)
    print(f"{'ALL SIX (one trigger pass)':34s} {len(prose) / tt / 1e6:8.1f} {len(prose) / tr / 1e6:8.1f} "
          f"{len(prose) / (tt + tr) / 1e6:8.1f} |                         {n}")


if __name__ == "__main__":
    main()
