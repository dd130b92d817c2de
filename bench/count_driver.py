"""Driver for deterministic instruction counts of the scanner (not a test).

    valgrind --tool=callgrind --toggle-collect=functools_reduce --callgrind-out-file=cg.out \
        python bench/count_driver.py realistic 1       # instructions of the measured round only
    python bench/count_driver.py profile          # cProfile of one cold realistic-dev round, top functions

Loads the scanner once, scans one warm-up round (lazy dictionaries, first-call caches), then ``N`` measured
rounds: ``realistic`` = every realistic-dev prompt once, morphology window cache emptied before the round (the
production case); ``prose`` = the 1 KB Wikipedia text of bench_scanner.py, 100 scans; ``empty`` = 1,000 scans of
"" and of a 20-character prompt. The measured rounds run inside ``functools.reduce``: with
``--toggle-collect=functools_reduce`` callgrind counts them alone (per char = the total / the chars printed).
Run with PYTHONHASHSEED=0 (the hash seed moves counts by ~0.5 %).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def workload(kind: str) -> list[str]:
    if kind == "realistic":
        p = REPO.parent / "shared/eval/realistic-dev.jsonl"
        return [json.loads(x)["text"] for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    if kind == "prose":
        from bench_scanner import build_text

        return [build_text(1000)] * 100
    if kind == "empty":
        return ["", "明日の会議は10時からです。よろしく。"] * 500
    raise SystemExit(f"unknown workload {kind}")


def main() -> int:
    kind = sys.argv[1]
    from gateway.scan import morphology
    from gateway.scan.api import load_scanner

    scanner = load_scanner(REPO / "rules")
    texts = workload("realistic" if kind == "profile" else kind)
    for t in texts:
        scanner.scan(t)
    if kind == "profile":
        import cProfile
        import pstats

        morphology.clear_cache()
        pr = cProfile.Profile()
        pr.enable()
        for t in texts:
            scanner.scan(t)
        pr.disable()
        pstats.Stats(pr).sort_stats(sys.argv[2] if len(sys.argv) > 2 else "tottime").print_stats(45)
        return 0
    from functools import reduce

    for _ in range(int(sys.argv[2])):
        morphology.clear_cache()
        # (inside functools.reduce, a C function the scanner never calls: callgrind --toggle-collect=functools_reduce
        # counts the measured rounds only)
        reduce(lambda _, t: scanner.scan(t), texts, None)
    print(f"{len(texts)} texts, {sum(map(len, texts))} chars")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
