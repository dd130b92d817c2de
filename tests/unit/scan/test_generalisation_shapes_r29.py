"""Issue 13, round 29: themed blind batches (h29a, h29b, 90 rows) and sealed sets (h29s, h29t, h29u, h29v, h29w), written
by writers who never read or ran the scanner (25 block / 20 allow each; h29w 15 / 30), each scored once on first contact
(recall by action / false blocks); round 29 opened on 172ca73 (the round-28 close). "The working tree" is the round's tree
at the time:

| set | scored on | first contact |
|---|---|---|
| h29a, h29b (staff named by employment class and post as the subject of personnel records; people's data in awkward machine shapes) | the working tree (172ca73 + fixes for three round-28 gaps) | 46/50, 1/40 |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h29a025": _TYPES + "PERSON not read (shokutaku non renewal marked)",
    "h29a037": _TYPES + "PERSON not read (discipline committee kimitsu3)",
    "h29a040": _TYPES + "PERSON not read (transfer draft before naiji)",
    "h29b013": _TYPES + "JP_HEALTH_INSURANCE not read (json api health insurance)",
    "h29b016": _TYPES + "PHONE_NUMBER not read (pdf welfare case record)",
    "h29b030": _TYPES + "PERSON not read (ocr residence card mixed)",
    "h29b041": _TYPES + "PERSON not read (excel card payment errors)",
}

test_generalisation_shape_r29 = probe_test("generalisation_shapes_r29.jsonl", KNOWN_GAPS)
