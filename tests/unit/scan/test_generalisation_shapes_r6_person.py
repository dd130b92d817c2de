"""Issue 13, round 6: probe batches of the person/personal-data helper, written without looking at the scanner code
for the class and scored on the branch before any fix of the batch:

* p60xx/p61xx batch 1 (46 rows, 24 block / 22 allow: residents' mails with self-introductions, English From: lines,
  welfare/child/elderly/tax case records, staff health and disciplinary records, CSV/SQL/JSON/HTML/TSV/markdown
  exports, English and mixed case notes, an address or birth date with a personal contact and no name; hard
  negatives: staff business mail and signatures, press releases naming officials, fiction, 記入例 with 続柄：本人,
  historical figures, test code with placeholders, public minutes, honours lists, bibliographies, statistics):
  recall 0.792 (19/24), false blocks 0.045 (1/22).
  Misses: a katakana old-style given name the dictionary lists as a famous whole name (宇佐美 トメ様), a multi-row
  SQL INSERT (only the first row's name), a bilingual label (患者名 / Patient:), a surname alone before です with
  the writer's mobile, hiragana names in a two-row list with disability handbooks; false block: test code with
  090-1234-5678.

Each row is judged on the decision; a blocked row must also carry the entity types it lists.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data/generalisation_shapes_r6_person.jsonl").open(encoding="utf-8")]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("row", [pytest.param(r, marks=pytest.mark.xfail(reason=KNOWN_GAPS[r["id"]], strict=False))
                                 if r["id"] in KNOWN_GAPS else r for r in ROWS],
                         ids=[f"{r['id']}-{r['family']}" for r in ROWS])
def test_generalisation_shape_r6_person(scanner, row):
    check_row(scanner, row)
