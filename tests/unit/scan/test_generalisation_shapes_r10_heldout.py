"""Issue 13, round 10: two held-out batches (h10a, h10b: 40 rows each, 22 block / 18 allow), written at the round's start
by a writer who never read or ran the scanner, from the labelling rule and realistic-dev's schema only (families spread
like realistic-dev's: e-mails, case records, exports, code and logs, minutes, long public documents, English and mixed
text, chat). They were kept unscored until every helper's branch was merged, then scored once:

| tree | recall by action | recall by types | false blocks |
|---|---|---|---|
| round start (07c8409) | 0.977 (43/44) | 0.932 (41/44) | 0.000 (0/36) |
| all round-10 merges in, before any fix from these rows | 0.977 (43/44) | 0.932 (41/44) | 0.000 (0/36) |

h10b passed whole on both trees. The misses, all in h10a, then fixed as classes (test_mechanisms_r10_lead.py):
* a member of staff on sick leave named with a bracketed birth year before について (坂巻 恵理子（平成8年生）について…
  適応障害): staff as a record's subject (allowed: the one action miss);
* a Latin full name beside a free-mail address spelling it (Maria Lourdes Villanueva / maria.villanueva.1988@…): types
  only (the row blocked on its mail and mobile).
Left as a known gap (types only): a birth date that does not exist (1983-02-30 in a failed insert's log) is not read as
a date of birth by design (test_date_of_birth's invalid_calendar); the row blocks on its name and mobile.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


KNOWN_GAPS = {
}

test_generalisation_shape_r10_heldout = probe_test("generalisation_shapes_r10_heldout.jsonl", KNOWN_GAPS)
