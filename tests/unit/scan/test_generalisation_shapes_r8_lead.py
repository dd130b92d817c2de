"""Issue 13, round 8: the lead's independent probe batches, written apart from the scanner and the helpers' work, each
scored before any fix it led to:

* y8a (30 rows, 15 block / 15 allow: document shapes of the tools staff paste from — a meeting transcript with
  speaker labels, an iCalendar event, a PDF paste with its lines broken, a kintone CSV export, an Excel paste with
  empty cells, a forwarded Outlook mail from free mail, an Ansible playbook, an internal staffing table, a parent's
  handwritten note read by OCR, public minutes with one non-public line, a vCard, a JSON log, a Teams chat, a dunning
  notice, a discipline draft; negatives: each one's public, template or placeholder twin) on the round's starting
  commit (40a9442): recall 0.800 by types (12/15) and 0.933 by action (14/15), false blocks 0.000 (0/15). The miss
  by action: a child's fever and medicine written in kana under a half-width kana name with its age (ｻﾄｳ ﾕｳｷ（5才）,
  ねつ あり, くすり のませました). The type misses: a vCard's FN line (no PERSON), an address broken over lines by a
  PDF paste (a known gap).

Each class was fixed by a mechanism with its own table tests (test_mechanisms_r8_lead.py).
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows


KNOWN_GAPS = {
    "y8103": "an address broken over three lines by a PDF paste (北区⏎中央一丁目⏎15番3号): blocked by the name and the "
             "disability card, but no JP_ADDRESS finding",
}


@pytest.mark.parametrize("row", probe_rows("generalisation_shapes_r8_lead.jsonl", KNOWN_GAPS))
def test_generalisation_shape_r8_lead(scanner, row):
    check_row(scanner, row)
