"""Issue 13, round 18: nine blind batches (h18a–i, 405 rows) and five sealed sets (h18s/t/u/v/w, 225 rows), written by writers who
never read or ran the scanner (each 25 block / 20 allow), each scored once on first contact (recall by action / false
blocks):

| set | scored on | first contact | after this round's fixes |
|---|---|---|---|
| h18a + h18b (elderly care, disability, disaster; money and systems) | e167f12 + the r17 sealed fixes | 47/50, 2/40 | 50/50, 0/40 |
| h18c (foreign residents, mixed languages) | after the h18a/b fixes | 25/25, 1/20 | 25/25, 0/20 |
| h18s (sealed: an ordinary mix, details incidental) | after the h18a–c fixes | 25/25, 0/20 | (the same) |
| h18d + h18e (housing, water, fees, call centre; health centre and hospital) | after the h18a–c fixes | 46/50, 1/40 | 50/50, 0/40 |
| h18t (sealed: the hard middle) | after the h18a–e fixes | **17/25**, 0/20 | 25/25, 0/20 |
| h18u (sealed: a week's mix, a third hard middle) | after the h18t fixes | 24/25, 0/20 | 25/25, 0/20 |
| h18f (the hard middle, themed) | after the h18t fixes | **16/25**, 0/20 | 25/25, 0/20 |
| h18v (sealed: prompts as staff write them) | after the h18f fixes (7b74de0 + bounds) | 25/25, 1/20 | 25/25, 0/20 |
| h18g (the hard middle in exports and code) | after the h18f fixes | 20/25, 1/20 | 25/25, 1/20 |
| h18h (the hard middle in prose) | after the h18f fixes | **7/25**, 2/20 | 23/25, 0/20 |
| h18w (sealed: realistic prompts across departments) | after the h18g/h fixes (b7eb020 + cookies) | 25/25, 0/20 | (the same) |
| h18i (the hard middle in prose, second batch) | b7eb020 + cookies and bound parameters | **7/25**, 0/20 | 21/25, 0/20 |
| all first contacts (350 block / 280 allow) | — | recall 0.811 (284/350), false blocks 0.029 (8/280) | |
| the five sealed sets only | — | recall 0.928 (116/125), false blocks 0.010 (1/100) | |
| the ordinary (not hard-middle) sets only: h18a–e, s, v, w | — | recall 0.965 (193/200), false blocks 0.031 (5/160) | |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS = {
    "h18f024": _TYPES + "the holder's name beside a residence card number in a chat line",
    "h18g010": _TYPES + "an insurance card's numbers in an export",
    "h18g012": "a question quoting how the office marks file names (【機密性２】または【機密性３】 over two lines): read as marked",
    "h18h004": "two new pupils of a class newsletter, twins from a named children's home: identifiable as a pair",
    "h18h020": "a neighbourhood bulletin's household by 班 and corner (4班の角のお宅の奥様…入院)",
    "h18i004": "a shop described by its street and sign (本町商店街の入口、創業百年の和菓子屋) and its owner's arrears",
    "h18i012": "a man known by a daily habit at a station (毎朝…駅の東口でビラ配りしてる白髪の男の人) and his admission",
    "h18i013": "a public post holder's nephew as an exam candidate: the exam's result is not read as a topic",
    "h18w008": _TYPES + "the card holder's name in a mail",
    "h18s023": _TYPES + "a mail's sender signing with a full name alone below a card number",
    "h18t010": _TYPES + "a full name right before a My Number on a data line",
    "h18v020": _TYPES + "a driver's licence number in a record",
}

test_generalisation_shape_r18 = probe_test("generalisation_shapes_r18.jsonl", KNOWN_GAPS)

test_generalisation_shape_r18_sealed = probe_test("generalisation_shapes_r18_sealed.jsonl", KNOWN_GAPS)
