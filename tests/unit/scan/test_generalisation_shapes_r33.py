"""Issue 13, round 33: sealed sets written by writers who never read or ran the scanner (guide WRITER33, the round-32
guide under a new number; 25 block / 20 allow each; the "hard negatives first" sets 15 / 30), each scored once on first
contact (recall by action / false blocks); round 33 opened on c925106 (the round-32 close):

- first wave, on c925106: h33a–h33h (a citizen consultation desk; hard negatives first in long public documents; CSV,
  TSV and Excel exports; error logs and support tickets; mails to rewrite or answer; hard negatives first in code and
  config; English and mixed-language work; hard negatives first in a welfare office's records): recall 158/170, false
  blocks 4/190.

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h33b006": _TYPES + "PERSON not read (exchange program report)",
    "h33c002": _TYPES + "JP_HEALTH_INSURANCE not read (tsv export health insurance)",
    "h33c006": _TYPES + "DATE_OF_BIRTH not read (csv export unlabeled ids)",
    "h33c023": _TYPES + "PERSON not read (csv export payment errors)",
    "h33d008": _TYPES + "JP_HEALTH_INSURANCE not read (interface csv kokuho)",
    "h33d022": _TYPES + "PERSON not read (payment gateway log)",
    "h33d031": _TYPES + "PERSON not read (mail batch log library)",
    "h33d032": _TYPES + "JP_BANK_ACCOUNT not read (fb transfer file error)",
    "h33e028": _TYPES + "PERSON not read (furusato donor mail)",
    "h33f013": _TYPES + "PERSON not read (excel vba macro)",
    "h33f044": _TYPES + "JP_HEALTH_INSURANCE not read (api json response)",
}

test_generalisation_shape_r33_sealed = probe_test("generalisation_shapes_r33_sealed.jsonl", KNOWN_GAPS)
