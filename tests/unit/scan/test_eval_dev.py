"""Acceptance figures of issue 3 on the shared corpora (skipped when they are absent)."""

import json

import pytest

from gateway.scan.api import load_scanner
from tests.unit.scan._helpers import REPO, RULES

DEV = REPO.parent / "shared/eval/dev.jsonl"
WIKI = REPO.parent / "shared/eval/outside/stockmark-ner-wikipedia.json"


@pytest.fixture(scope="module")
def scanner():
    return load_scanner(RULES)


@pytest.mark.skipif(not DEV.exists(), reason="shared/eval/dev.jsonl not present")
def test_dev_corpus(scanner):
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fn = fp = tn = 0
    missing_types = []
    for r in rows:
        res = scanner.scan(r["text"])
        blocked = res.action == "block"
        if r["expect"] == "block":
            tp += blocked
            fn += not blocked
            if blocked:
                found = {f.entity for f in res.findings}
                missing_types += [(r["id"], t) for t in r["types"] if t not in found]
        else:
            fp += blocked
            tn += not blocked
    recall = tp / max(tp + fn, 1)
    fbr = fp / max(fp + tn, 1)
    assert recall >= 0.97, f"block recall {recall:.3f}"
    assert fbr <= 0.03, f"false-block rate {fbr:.3f}"
    assert not missing_types, f"expected types not found: {missing_types[:10]}"


@pytest.mark.skipif(not WIKI.exists(), reason="stockmark wikipedia corpus not present")
def test_wikipedia_false_blocks(scanner):
    rows = json.loads(WIKI.read_text(encoding="utf-8"))
    blocked = sum(scanner.scan(r["text"]).action == "block" for r in rows)
    assert blocked / len(rows) <= 0.01, f"{blocked}/{len(rows)} blocked"
