"""Issue 13, round 14: the end-of-round held-out batches (h14d, h14e: 40 rows each, 22 block / 18 allow), written
blind to the scanner by a writer who never read or ran it, kept sealed through the round and scored once after every
detection helper's branch was merged, as the round's estimate of the judged set; then used by the lead to find classes:

| tree | recall by action | recall by types | false blocks |
|---|---|---|---|
| round start (670d223), for comparison | 0.886 (39/44) | 0.864 (38/44) | 0.083 (3/36) |
| end of round, all detection merges (5f5b3e0) — the estimate | 0.909 (40/44) | 0.864 (38/44) | 0.056 (2/36) |
| after the lead's fixes from these rows (test_mechanisms_r14_lead.py) | 0.977 (43/44) | 0.932 (41/44) | 0.028 (1/36) |

Misses at the end of the round: a 公務災害 claim for a member of staff labelled 被災職員 with their home address and
injuries, slide notes whose every slide carries `フッター：機密性２ …限り`, a card number read out in a call transcript
(番号が 4980、1170、…), a court's garnishment order naming a member of staff as the debtor under the party list. False
blocks: a wartime document marked 極秘 transcribed for the city's history, a payment provider's 3-D Secure test cards.
Round 15 fixed the garnishment order (a staff debtor named under the party's label: test_mechanisms_r15_lead.py).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS = {
    "h14d018": _TYPES + "an Indonesian form's pension number is not typed",
}

test_generalisation_shape_r14_heldout_end = probe_test("generalisation_shapes_r14_heldout_end.jsonl", KNOWN_GAPS)
