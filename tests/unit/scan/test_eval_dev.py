"""Acceptance figures of issues 3 and 13 on the shared corpora (skipped when they are absent)."""

import json

import pytest

from tests.unit.scan._helpers import REPO

DEV = REPO.parent / "shared/eval/dev.jsonl"
REALISTIC = REPO.parent / "shared/eval/realistic-dev.jsonl"
WIKI = REPO.parent / "shared/eval/outside/stockmark-ner-wikipedia.json"



def score(scanner, path):
    """(block recall, false-block rate, expected types missing from blocked rows, types expected)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fn = fp = tn = 0
    missing_types = []
    n_types = 0
    for r in rows:
        res = scanner.scan(r["text"])
        blocked = res.action == "block"
        if r["expect"] == "block":
            tp += blocked
            fn += not blocked
            n_types += len(r["types"])
            if blocked:
                found = {f.entity for f in res.findings}
                missing_types += [(r["id"], t) for t in r["types"] if t not in found]
        else:
            fp += blocked
            tn += not blocked
    return tp / max(tp + fn, 1), fp / max(fp + tn, 1), missing_types, n_types


@pytest.mark.skipif(not DEV.exists(), reason="shared/eval/dev.jsonl not present")
def test_dev_corpus(scanner):
    recall, fbr, missing_types, _ = score(scanner, DEV)
    assert recall >= 0.97, f"block recall {recall:.3f}"
    assert fbr <= 0.03, f"false-block rate {fbr:.3f}"
    assert not missing_types, f"expected types not found: {missing_types[:10]}"


@pytest.mark.skipif(not REALISTIC.exists(), reason="shared/eval/realistic-dev.jsonl not present")
def test_realistic_dev_corpus(scanner):
    """Issue 13: prompts as staff write them (e-mails, records, CSV, code, logs, minutes …)."""
    recall, fbr, missing_types, n_types = score(scanner, REALISTIC)
    assert recall >= 0.97, f"block recall {recall:.3f}"
    assert fbr <= 0.03, f"false-block rate {fbr:.3f}"
    assert len(missing_types) <= 0.05 * n_types, f"expected types not found: {missing_types[:10]}"


@pytest.mark.skipif(not WIKI.exists(), reason="stockmark wikipedia corpus not present")
def test_wikipedia_false_blocks(scanner):
    rows = json.loads(WIKI.read_text(encoding="utf-8"))
    blocked = sum(scanner.scan(r["text"]).action == "block" for r in rows)
    assert blocked / len(rows) <= 0.01, f"{blocked}/{len(rows)} blocked"
