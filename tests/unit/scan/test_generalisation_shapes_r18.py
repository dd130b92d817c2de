"""Issue 13, round 18: five blind batches (h18a–e, 225 rows) and two sealed sets (h18s/t, 90 rows), written by writers who
never read or ran the scanner (each 25 block / 20 allow), each scored once on first contact (recall by action / false
blocks):

| set | scored on | first contact | after this round's fixes |
|---|---|---|---|
| h18a + h18b (elderly care, disability, disaster; money and systems) | round start e167f12 + the r17 sealed fixes | 47/50, 2/40 | 50/50, 0/40 |
| h18c (foreign residents, mixed languages) | after the h18a/b fixes | 25/25, 1/20 | 25/25, 0/20 |
| h18s (sealed: an ordinary mix, details incidental) | after the h18a–c fixes | 25/25, 0/20 | (the same) |
| h18d + h18e (housing, water, fees, call centre; health centre and hospital) | after the h18a–c fixes | 46/50, 1/40 | 50/50, 0/40 |
| h18t (sealed: the hard middle) | after the h18a–e fixes | **17/25**, 0/20 | see KNOWN_GAPS |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS = {
    "h18c041": _TYPES + "a phone number broken over a line after an address line",
    "h18s023": _TYPES + "a mail's sender signing with a full name alone below a card number",
    "h18s026": _TYPES + "a Latin name in a quoted mail's From: line",
    "h18t001": "a pupil identified by class and attendance number, unnamed, with bullying",
    "h18t004": "a presenter's note that the document's footer carries 「機密性２」",
    "h18t006": "a price kept out of the notice (公告には載せませんが)",
    "h18t010": _TYPES + "a full name right before a My Number on a data line",
    "h18t015": "an OpenSSH private key's body pasted without its BEGIN line",
    "h18t016": "a Japan Post account number broken over a line",
    "h18t018": "a household by public housing building and room, with a juvenile's offence",
    "h18t022": "a resident's free-mail sender address, signed with the surname",
    "h18t025": "a card number followed by its expiry (… 1608　08/28)",
}


@pytest.mark.parametrize("row", probe_rows("generalisation_shapes_r18.jsonl", KNOWN_GAPS))
def test_generalisation_shape_r18(scanner, row):
    check_row(scanner, row)


@pytest.mark.parametrize("row", probe_rows("generalisation_shapes_r18_sealed.jsonl", KNOWN_GAPS))
def test_generalisation_shape_r18_sealed(scanner, row):
    check_row(scanner, row)
