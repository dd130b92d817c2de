"""Issue 13, round 13: the end-of-round held-out batches (h13d, h13e: 40 rows each, 22 block / 18 allow), written after
every helper's branch was merged, by a writer who never read or ran the scanner (other document shapes, towns, people
and numbers than rounds 10–13's held-out rows). Scored once on the merged tree before any fix, as the round's estimate
of the judged set; then used by the lead to find classes:

| tree | recall by action | recall by types | false blocks |
|---|---|---|---|
| end of round, all merges (587bcef) — the estimate | 0.909 (40/44) | 0.795 (35/44) | 0.083 (3/36) |
| after the lead's fixes from these rows (test_mechanisms_r13_lead.py) | 1.000 (44/44) | 0.864 (38/44) | 0.056 (2/36) |
| round 14: kana placeholder readings, booking lines (test_mechanisms_r14_lead.py) | 1.000 (44/44) | 0.864 (38/44) | 0.000 (0/36) |

Misses at the end of the round: a school committee's Zoom chat about a child named as the meeting's subject (self-harm
and suspected abuse lines below), an R data frame's name column (氏名 = c("…")), a school merger and a land
compensation sheet declared not yet told to anyone. False blocks: an API specification's sample (見本 太郎, a birth date
1990-01-01), a consented English profile with the brewery's booking number, a contractor's mail to an addressee named
at the end of the unit's line.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS = {
    "h13d014": _TYPES + "the driving licence number is not typed",
    "h13d022": _TYPES + "a Burmese message's name and pregnancy are not read",
    "h13e008": _TYPES + "the birth date beside the 個人番号 is not typed",
    "h13e010": _TYPES + "the name in a Java toString() is not read",
}

test_generalisation_shape_r13_heldout_end = probe_test("generalisation_shapes_r13_heldout_end.jsonl", KNOWN_GAPS)
