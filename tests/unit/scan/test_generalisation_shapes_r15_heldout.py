"""Issue 13, round 15: the start-of-round held-out batches (h15a, h15b, h15c: 120 rows, 59 block / 61 allow), written
blind to the scanner by three writers who never read or ran it (records; public documents and hard negatives; technical,
multilingual and pasted text), scored at the round's start, then used by the lead to find classes
(test_mechanisms_r15_lead.py):

| tree | recall by action | false blocks |
|---|---|---|
| round start (a984390) | 0.949 (56/59) | 0.049 (3/61) |
| after the lead's fixes and every merge | 1.000 (59/59) | 0.000 (0/61) |

Misses at the start: a Tagalog letter whose writer's mobile closes it (further than the window from the name), a 秘密会
record declaring 関係者限り in a sentence, a staff member off sick named 藤代係長 (the tagger splits 係長). False blocks:
a 記入例 sheet whose note follows the rows (※上の2行は記入例です), a story entered for the city's literary prize, a 広報
headline 【取扱注意！】.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

test_generalisation_shape_r15_heldout = probe_test("generalisation_shapes_r15_heldout.jsonl")
