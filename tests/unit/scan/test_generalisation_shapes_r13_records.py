"""Issue 13, round 13, helper r13-detect-records (the recall side): probe batches written apart from the scanner, each
scored before any fix it led to (figures by action and types, as tools/score.py counts them):

* q13r001–033 (33 rows, 18 block / 15 allow: a mail thread on a nursery teacher whose 診断書 comes lines after her
  name, a chat naming a member of staff as a matter's subject (対象は…の倉持 章吾主査です) with the sanction four
  messages later, a Vietnamese intake form with the name in capitals, a Tagalog form with a Tagalog month, a Korean
  record with a Korean date, a Nepali family in English, a Portuguese parent's mail, a Chinese WeChat chat naming a
  husband, a markdown table of staff leave, nested JSON, an SQL INSERT, a fixed-width extract without its layout, an
  OCR'd form spaced character by character, a 個人番号 in two groups of six, a household described by roles, an
  English mail from a resident, an English Slack thread on a member of staff's arrest, an XML export; negatives: the
  thread's business twin, an anonymised case, a blank Vietnamese form, a Tagalog public notice, a Korean 기입 예 with
  홍길동, a Portuguese guide, a Chinese public notice, a staff training table, a JSON schema, SQL placeholders, a
  layout alone, a published anonymised sanction, receipt numbers in groups of six, household statistics, an
  association's business mail) on the round's starting commit (effe5a1): recall 0.611 (11/18), false blocks 0.000
  (0/15). The misses: the staff subject named before the matter (対象は…) with the sanction lines later; the
  Vietnamese name in capitals (NGUYỄN VĂN THÀNH); the Tagalog month (Hulyo 21, 1988) and the Korean date (1975년 4월
  3일) after their birth labels (types); the Chinese husband's name run into its predicate (我老公陈志强上个月…)
  (types); the fixed-width records without a layout; "it's about Takuya Mori from parks" with the arrest and the
  sanction in later messages. (The Korean date, once read, made the Korean 기입 예 form block until its heading was
  read as an example's.)
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows


KNOWN_GAPS: dict[str, str] = {}


ROWS = probe_rows("generalisation_shapes_r13_records.jsonl", KNOWN_GAPS)


@pytest.mark.parametrize("row", ROWS)
def test_generalisation_shape_r13_records(scanner, row):
    check_row(scanner, row)
