"""Issue 13, round 10, helper r10-negative: independent probe batches on the balance between false blocks and misses —
each hard negative next to a true positive of the same shape — scored before any fix it led to:

* q10g001–q10g032 (32 rows, 16 block / 16 allow: a council's published minutes on 就学援助 and a member's relayed case,
  a published bid result and a 予定価格 before the opening, a 広報 staff introduction and the same staff's cancer leave,
  a welfare age-band table and a caseload TSV, a personal-information ordinance and a disclosure request, a
  public-comment result and its submitters, a published council roster and its contact list, published award winners
  and a candidate's background check, docker-compose with ${VAR} placeholders and with real secrets, a stack trace with
  and without a resident's record, an API document's example and a real reservation response, SQL DDL and an INSERT of
  a resident, a business mail thread with signatures and a son's mail about his mother's fracture, an English press
  release and a home-stay allocation with allergies, Vietnamese and Chinese public notices and a resident's case) on the
  round's starting commit (07c8409): recall 0.875 (14/16), false blocks 0.000 (0/16). The misses: a Vietnamese
  resident named with a kinship honorific (Chị Nguyễn Thị Lan, with a birth date and a mobile: warn); a Chinese form's
  name label with a spaced name (姓名：王 丽华) (both then fixed: test_mechanisms_r10_negative.py).
* q10g033–q10g058 (26 rows, 13 / 13: Korean, Portuguese, Tagalog and Nepali public notices and a resident's DV case,
  school refusal, pregnancy without a visa and unpaid injury in each language; a budget paste and a single-parent
  medical-aid paste; an HTML table of shelters and of residents needing evacuation support; an nginx error log and an
  app log with a form's payload; a business mail thread signed by staff and a thread about a colleague's sick leave;
  GitHub Actions with ${{ secrets.* }} and with inline AWS keys; a records regulation and a 機密性2 reorganisation
  draft; mixed English-Japanese meeting notes and a home-visit note; a care-need table with suppressed cells and a
  named one; a 記入例 with 090-XXXX-XXXX and prose with the sample number 090-1234-5678) on the tree with batch 1's
  fixes: recall 0.846 by types (11/13; 0.923 by action), false blocks 0.077 (1/13). The false block: a business
  thread's header lines (差出人: 村井 健二（財政課）, 宛先: 各課庶務担当 read as a name, > 差出人: 小松 由香（子育て支援課）)
  made a roster of three. The misses: a Tagalog resident after the article Si; by types, the sample number
  090-1234-5678 in a line of prose about a resident (ignored as an example everywhere). Each then fixed as a class.
* q10g059–q10g082 (24 rows, 12 / 12: a 広報 obituary column and the death-registration list behind it, a published
  petition and a member's private consultation, a published bidder registry and a sole proprietor's tax check, Django
  settings from os.environ and hard-coded, a Java stack trace with and without a failing row of a resident, open-data
  JSON and a library's user export, an aggregate SQL and an UPDATE with a resident's values, a company's quoted mail
  and a resident's quoted mail with a signature, an English job posting and a staff performance memo, a Korean
  health-check notice and a resident's letter, vital statistics and a 扶養 paste with 個人番号, an English/Tagalog
  disaster notice and a shelter intake) on the tree with batches 1–2's fixes: recall 1.000 (12/12), false blocks
  0.000 (0/12).
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("row", probe_rows("generalisation_shapes_r10_negative.jsonl", KNOWN_GAPS))
def test_generalisation_shape_r10_negative(scanner, row):
    check_row(scanner, row)
