"""Equivalence oracle for speed work (not a test): dump every verdict and finding, diff two dumps.

    python bench/check_equivalence.py before.jsonl          # on the tree before a change
    python bench/check_equivalence.py after.jsonl           # after it
    python bench/check_equivalence.py after.jsonl --diff before.jsonl   # dump, then compare (exit 1 on any difference)

Texts (check_identity.corpora): every row of ../shared/eval/realistic-dev.jsonl and dev.jsonl, every tests/unit/scan/data/*.jsonl
file, and the first ``--wiki N`` (default 2,000) sentences of
../shared/eval/outside/stockmark-ner-wikipedia.json. Each text is scanned once with the default service
(``service_id=None``), the morphology window cache emptied before it (so the dump does not depend on order).

Each line: corpus, row, action, reasons, and the sorted (entity, start, end) of the findings -- what a
speed change must leave untouched. Zero differences allowed. (bench/check_identity.py dumps more -- scores,
stats, the --explain view -- for both services and all Wikipedia sentences; slower.)
The dump holds prompt text offsets only, never text; keep dumps out of the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from check_identity import corpora  # noqa: E402  (the same texts, in the same order)


def dump(path: str, wiki: int) -> int:
    from gateway.scan import morphology
    from gateway.scan.api import load_scanner

    scanner = load_scanner(REPO / "rules")
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for corpus, i, text in corpora(wiki):
            morphology.clear_cache()
            res = scanner.scan(text)
            finds = sorted((f.entity, f.start, f.end) for f in res.findings)
            row = {"c": corpus, "i": i, "action": str(res.action), "reasons": list(res.reasons), "findings": finds}
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def diff(a: str, b: str) -> int:
    la = Path(a).read_text(encoding="utf-8").splitlines()
    lb = Path(b).read_text(encoding="utf-8").splitlines()
    bad = 0
    if len(la) != len(lb):
        print(f"row counts differ: {len(la)} vs {len(lb)}")
        bad += 1
    for x, y in zip(la, lb):
        if x != y:
            bad += 1
            if bad <= 20:
                jx, jy = json.loads(x), json.loads(y)
                print(f"{jx['c']}#{jx['i']}: {jx['action']} {jx['reasons']} {len(jx['findings'])} findings"
                      f" -> {jy['action']} {jy['reasons']} {len(jy['findings'])} findings")
    print(f"{len(la)} rows compared, {bad} differences")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--wiki", type=int, default=2000)
    ap.add_argument("--diff", metavar="BEFORE", help="after dumping, compare with this earlier dump")
    args = ap.parse_args()
    n = dump(args.out, args.wiki)
    print(f"{n} rows dumped to {args.out}")
    return diff(args.diff, args.out) if args.diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
