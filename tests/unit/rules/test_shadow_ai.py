"""The shipped shadow-AI list: big enough, clean, and disjoint from the catalog."""

from collections import Counter
from pathlib import Path

import yaml

from gateway.rules import schema

RULES = Path(__file__).resolve().parents[3] / "rules"


def _entries() -> list[schema.ShadowEntry]:
    data = yaml.safe_load((RULES / "shadow_ai.yaml").read_text(encoding="utf-8"))
    return schema.ShadowAIFile.model_validate(data).hosts


def test_at_least_150_named_and_categorised():
    entries = _entries()
    assert len(entries) >= 150
    assert all(e.name and e.category for e in entries)


def test_no_duplicates():
    dup = [h for h, n in Counter(e.host for e in _entries()).items() if n > 1]
    assert dup == []


def test_no_overlap_with_catalog(shipped_rules):
    rules = shipped_rules
    overlap = [e.host for e in _entries() if rules.service_for_host(e.host) is not None]
    assert overlap == []
    assert len(rules.shadow_hosts) == len(_entries())  # nothing silently dropped by the loader


def test_shadow_lookup_covers_subdomains_but_catalog_wins(shipped_rules):
    rules = shipped_rules
    assert rules.shadow_name("www.midjourney.com") == "Midjourney"
    assert rules.shadow_name("qommons.ai") == "QommonsAI"
    assert rules.service_for_host("chat.deepseek.com").id == "deepseek"
    assert rules.service_for_host("myres.openai.azure.com").id == "azure-openai"
