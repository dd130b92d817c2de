"""Issue 13, round 14: a fourth writer's batches weighted to hard negatives (h14h, h14i: 80 rows, 26 block / 54 allow),
written blind to the scanner while the round's first fixes were made; each block row is the near twin of an allow
row. Used for classes, not as an estimate:

| tree | recall by action | recall by types | false blocks |
|---|---|---|---|
| round start (670d223) | 1.000 (26/26) | 0.962 (25/26) | 0.037 (2/54) |
| after the lead's fixes (test_mechanisms_r14_lead.py) | 1.000 (26/26) | 0.962 (25/26) | 0.000 (0/54) |

False blocks: an international centre's bilingual guide (its address and numbers under its name's line), a town's
"課名　課長名　主な業務　直通電話" table parted by single ideographic spaces (read as a roster).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

KNOWN_GAPS = {
    "h14i026": "types only: the row blocks on its other findings; the redacted request's remaining health words are "
               "not typed",
}

test_generalisation_shape_r14_negatives = probe_test("generalisation_shapes_r14_negatives.jsonl", KNOWN_GAPS)
