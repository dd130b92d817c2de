"""Acceptance figures of issue 13 on the realistic development set (skipped when it is absent):
block recall >= 0.97 and false-block rate <= 0.03, with the expected entity types found."""

import json

import pytest

from gateway.scan.api import load_scanner
from tests.unit.scan._helpers import REPO, RULES

REALISTIC = REPO.parent / "shared/eval/realistic-dev.jsonl"


@pytest.fixture(scope="module")
def scanner():
    return load_scanner(RULES)


@pytest.mark.skipif(not REALISTIC.exists(), reason="shared/eval/realistic-dev.jsonl not present")
def test_realistic_dev_corpus(scanner):
    rows = [json.loads(line) for line in REALISTIC.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fn = fp = tn = 0
    types_all = types_hit = 0
    for r in rows:
        res = scanner.scan(r["text"])
        blocked = res.action == "block"
        if r["expect"] == "block":
            tp += blocked
            fn += not blocked
            found = {f.entity for f in res.findings}
            types_all += len(r["types"])
            types_hit += sum(t in found for t in r["types"])
        else:
            fp += blocked
            tn += not blocked
    recall = tp / max(tp + fn, 1)
    fbr = fp / max(fp + tn, 1)
    assert recall >= 0.97, f"block recall {recall:.3f}"
    assert fbr <= 0.03, f"false-block rate {fbr:.3f}"
    assert types_hit / max(types_all, 1) >= 0.95, f"entity-type recall {types_hit}/{types_all}"
