"""Byte-identity check of scanner output (not a test): dump every result of the eval corpora.

    python bench/check_identity.py OUT.jsonl      # then diff two dumps (before / after a change)

Each line: corpus, row, action, reasons, findings, stats minus timing, and the --explain view
(rules, masked findings with their metadata) -- the full detection output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared/eval"


def corpora(wiki: int | None = None):
    """(corpus, row, text) of every eval corpus; ``wiki``: only the first ``wiki`` Wikipedia sentences."""
    for name in ("realistic-dev.jsonl", "dev.jsonl"):
        p = SHARED / name
        if p.exists():
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    yield name, i, json.loads(line)["text"]
    for p in sorted((REPO / "tests/unit/scan/data").glob("*.jsonl")):
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                yield p.name, i, json.loads(line)["text"]
    w = SHARED / "outside/stockmark-ner-wikipedia.json"
    if w.exists():
        for i, r in enumerate(json.loads(w.read_text(encoding="utf-8"))[:wiki]):
            yield "wiki", i, r["text"]


def main() -> int:
    from gateway.scan import morphology
    from gateway.scan.api import load_scanner

    scanner = load_scanner(REPO / "rules")
    services = [None, "azure-openai"]
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for corpus, i, text in corpora():
            for svc in services:
                morphology.clear_cache()
                res = scanner.scan(text, svc)
                stats = {k: v for k, v in res.stats.items() if k not in ("elapsed_ms", "recognizers_run")}
                ex = scanner.explain(text, svc)
                _, decision, _ = scanner._run(text, svc)
                kept = [[h.entity, h.start, h.end, h.score, h.line, {k: v for k, v in h.meta.items() if k not in ("_key", "recognizer_identifier")}]
                        for h in decision.kept]
                fired = [[f.action, f.reason, [[h.entity, h.start, h.end] for h in f.evidence]] for f in decision.fired]
                row = {"c": corpus, "i": i, "svc": svc, "action": res.action, "reasons": list(res.reasons),
                       "findings": [list(f) if isinstance(f, tuple) else [f.entity, f.start, f.end, f.score]
                                    for f in res.findings], "stats": stats, "explain": ex,
                       "kept": kept, "fired": fired}
                out.write(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
