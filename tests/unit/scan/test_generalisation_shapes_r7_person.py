"""Issue 13, round 7, helper r7-person: probe batches of names and personal data in conversational and informal
shapes (phone-call notes, counter-visit logs, LINE and Teams pastes, interview and case-conference transcripts,
self-introductions, OCR'd hand-written forms, questionnaires, letters to the mayor, mail threads with quoted
replies), about half hard negatives (fraud-warning skits, historical figures and authors, anonymised case studies,
staff duty mail and signatures, officials in their public role, council transcripts, phone-manual scripts, 記入例,
famous people written with a space, vendor threads, published press releases, novels), each written before any fix
it led to and scored once on the tree as it stood:

* batch 1, q7p001–q7p038 (38 rows, 19 block / 19 allow): recall 0.474 (9/19), false blocks 0.105 (2/19). Misses: a
  surname glued to a verb or after a place and の before と申します / です / ですけど, a name with its reading in
  brackets before さん, hiragana form labels (なまえ, おなまえ), a subject named only by a title (副校長の病気,
  市長の自宅), a birth date answered in the next turn of a transcript; false blocks: an author in prose next to a
  Meiji date and an illness, a vendor's work address in a quoted business thread.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data/generalisation_shapes_r7_person.jsonl").open(encoding="utf-8")]

KNOWN_GAPS = {
    "q7p005": "a birth date answered in the turn after the question (相談員：生年月日は？ / 相談者：昭和51年8月3日です): "
              "blocked by the name and topic, but no DATE_OF_BIRTH finding",
}


@pytest.mark.parametrize("row", [pytest.param(r, marks=pytest.mark.xfail(reason=KNOWN_GAPS[r["id"]], strict=False))
                                 if r["id"] in KNOWN_GAPS else r for r in ROWS],
                         ids=[f"{r['id']}-{r['family']}" for r in ROWS])
def test_generalisation_shape_r7_person(scanner, row):
    check_row(scanner, row)
