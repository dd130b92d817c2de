"""Issue 13, round 16: six blind batches (h16a–f, 270 rows) and a sealed set (h16s, 45 rows), written by writers who
never read or ran the scanner, each scored once on first contact (recall by action / false blocks):

| set | scored on | first contact | after this round's fixes |
|---|---|---|---|
| h16a + h16b (departments; shapes, residents' languages) | round start 6af2f08 | 50/50, 3/40 | 50/50, 0/40 |
| h16c + h16d (the hard middle of daily work; technical material) | 761a194 | 46/50, 2/40 | 50/50, 1/40 |
| h16e + h16f (whole documents; short everyday requests) | c1f3a6c | 42/50, 2/40 | 46/50, 0/40 |
| h16s (sealed until every change was in) | 49f6080 | 25/25, 0/20 | (the same) |

The writers' BANK_ACCOUNT type is aigw's JP_BANK_ACCOUNT. Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS = {
    "h16b016": _TYPES + "an OCR-broken birth label (牛年月日) with spaced digits",
    "h16b024": _TYPES + "a topic in a resident's language",
    "h16b026": _TYPES + "an address and a topic in a resident's language",
    "h16c004": _TYPES + "the card holder's name is not read",
    "h16c008": _TYPES + "a chat participant's name is not read",
    "h16d004": "by choice: a token the text says was revoked stays a credential (a revocation cannot be checked)",
    "h16d030": _TYPES + "a name in a log line is not read",
    "h16d033": _TYPES + "the card holder's name is not read",
    "h16d044": _TYPES + "a name in a resident's language",
    "h16e015": "a class record's 'pupils needing care' section far below the class heading in a long document",
    "h16e018": _TYPES + "an address in a long document is not typed",
    "h16e021": _TYPES + "a passport number in English prose without a label the model reads",
    "h16f003": _TYPES + "the name before the 個人番号 is not read as a person",
    "h16f004": _TYPES + "a topic said in plain words",
    "h16f007": _TYPES + "the card holder's name is not read",
    "h16f012": "a name and a welfare kind percent-encoded in a URL's query (the gateway reads them; the scanner alone not)",
    "h16f020": "the writer's licence number has 11 digits (not a Japanese licence number's format)",
    "h16f021": _TYPES + "the pension holder's name is not read",
}

test_generalisation_shape_r16 = probe_test("generalisation_shapes_r16.jsonl", KNOWN_GAPS)

test_generalisation_shape_r16_sealed = probe_test("generalisation_shapes_r16_sealed.jsonl", KNOWN_GAPS)
