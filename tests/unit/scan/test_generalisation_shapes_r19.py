"""Issue 13, round 19: five themed blind batches (h19a–e, 225 rows) and two sealed sets (h19s/t, 90 rows), written by
writers who never read or ran the scanner (each 25 block / 20 allow), each scored once on first contact (recall by action
/ false blocks):

| set | scored on | first contact | after this round's fixes |
|---|---|---|---|
| h19d + h19e (総務・契約・人事・議会; 市民課・福祉の相談窓口) | 90df558 | 47/50, 0/40 | 50/50, 0/40 |
| h19b (教育委員会と学校) | 90df558 + a subject's landline | 22/25, 1/20 | 25/25, 0/20 |
| h19c (情報政策課: tickets, logs, configs, exports) | 90df558 + a subject's landline | 22/25, 0/20 | 25/25, 0/20 |
| h19a (税務・収納・国保年金) | + a teacher as a record's subject | 23/25, 0/20 | 25/25, 0/20 |
| h19s (sealed: an ordinary week's mix) | after the h19a–e fixes | 24/25, 0/20 | 25/25, 0/20 |
| h19t (sealed: long documents, one detail buried) | after the h19a–e fixes | **22/25, 3/20** | 25/25, 0/20 |
| all first contacts (175 block / 140 allow) | — | recall 0.914 (160/175), false blocks 0.029 (4/140) | |
| the two sealed sets only | — | recall 0.920 (46/50), false blocks 0.075 (3/40) | |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS = {
    "h19b038": _TYPES + "birth dates in a CSV export with a half-width kana column",
    "h19c024": _TYPES + "a birth date in a data fix's comment and an SQL column named in romaji (seinengappi)",
    "h19d021": _TYPES + "a pre-shared key in an ipsec.secrets line",
    "h19e035": _TYPES + "children's birth dates in brackets after their names",
    "h19e037": _TYPES + "a full name glued before です after a My Number in a chat",
    "h19e040": _TYPES + "a real name in brackets after a pseudonym label (来庁者A（…）)",
    "h19s035": _TYPES + "the card holder's name in a mail",
    "h19t032": _TYPES + "the account holder's name in a long mail",
}


@pytest.mark.parametrize("row", probe_rows("generalisation_shapes_r19.jsonl", KNOWN_GAPS))
def test_generalisation_shape_r19(scanner, row):
    check_row(scanner, row)


@pytest.mark.parametrize("row", probe_rows("generalisation_shapes_r19_sealed.jsonl", KNOWN_GAPS))
def test_generalisation_shape_r19_sealed(scanner, row):
    check_row(scanner, row)
