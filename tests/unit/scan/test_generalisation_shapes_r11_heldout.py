"""Issue 13, round 11: three held-out batches (h11a, h11b, h11c: 40 rows each, 22 block / 18 allow), written at the round's
start by a writer who never read or ran the scanner, from the labelling rule and realistic-dev's schema only (families
spread like realistic-dev's; other document shapes, towns, people and numbers than round 10's held-out rows). Scored at
the round's start, again with a helper's branch merged, then used by the lead to find classes:

| tree | recall by action | recall by types | false blocks |
|---|---|---|---|
| round start (639a3f0) | 0.955 (63/66) | 0.864 (57/66) | 0.074 (4/54) |
| r11-detect's branch alone (its own 230 probe rows fixed) | 0.955 (63/66) | 0.864 (57/66) | 0.074 (4/54) |
| after the lead's fixes from these rows (test_mechanisms_r11_lead.py) | 1.000 (66/66) | 0.939 (62/66) | 0.000 (0/54) |

The start figure is the estimate of the judged set; the rows fixed afterwards are no longer held out. Classes fixed:
committee speakers (○氏名委員) in a council record, a 広報 feature with 掲載同意あり, an area given as a range of house
numbers with a contractor's site agent, markings quoted in a quiz, a percent-encoded mail address, staff named after a
party's label (債務者：), a declared fixed-width record layout, an INSERT whose VALUES start a new line and hold a
function call, a foreign katakana name after a name label without a colon.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


KNOWN_GAPS = {
    "h11a020": "types only: an OCR'd address with a blank between every character (千葉 県 汐見 市 東浜 四 丁目 ２ ７ 番 地 ３); "
               "the row blocks on the names and birth dates",
}

test_generalisation_shape_r11_heldout = probe_test("generalisation_shapes_r11_heldout.jsonl", KNOWN_GAPS)
