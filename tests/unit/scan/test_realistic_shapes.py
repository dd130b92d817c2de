"""Whole prompts in shapes written here, apart from the shared corpora: chat transcripts, markdown
tables, JSON/SQL exports, .env/compose/curl credentials, OCR'd forms, English case notes, staff
health records (block), and press releases, placeholders, statistics, public minutes, schemas,
記入例 forms (allow). Each row is judged on the decision and on the entity types it must carry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


ROWS = [json.loads(line) for line in (Path(__file__).parent / "data/realistic_shapes.jsonl").open(encoding="utf-8")]



@pytest.mark.parametrize("row", ROWS, ids=[f"{r['id']}-{r['family']}" for r in ROWS])
def test_realistic_shape(scanner, row):
    result = scanner.scan(row["text"])
    assert (result.action == "block") == (row["expect"] == "block"), row["family"]
    if row["expect"] == "block":
        assert set(row["types"]) <= {f.entity for f in result.findings}
