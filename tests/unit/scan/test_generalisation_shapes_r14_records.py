"""Issue 13, round 14, helper r14-detect-records (the recall side): probe batches written apart from the scanner, each
scored before any fix it led to (figures by action and types, as tools/score.py counts them):

* r14r001–036 (36 rows, 18 block / 18 allow: a health nurse's SOAP visit record, a 生活保護 case record's progress
  notes with era dates and abbreviations, an Indonesian intake form, a Ukrainian evacuee's form in Cyrillic, a Spanish
  consultation note, a 個人番号 dictated in kanji digits, an OCR'd form with l / O read for 1 / 0, a Teams export on a
  resident's fall, psql's expanded display of a record, a fixed-width extract under its header line, an Excel paste
  with 姓 and 名 in separate columns, an access log with a percent-encoded name and a birth date in the query, an ALT's
  English mail on a pupil's bruises, romaji labels (Shimei / Jusho / Ninchisho), a 個人番号 in dotted groups after
  MyNo., a 介護保険 H番号 in chat, a hospital MSW's forwarded mail, a 指導要録 remark under 第4学年2組 15番; negatives:
  each shape's twin — an anonymised SOAP training case, the case record's template, an Indonesian and a Ukrainian
  public notice, a blank Spanish form, a 広報 draft in kanji digits with the office's number, a blank OCR'd form, a
  Teams business chat, a code table in psql, facilities in fixed width, a header alone, a log of facility searches,
  the ALT's event mail, a romaji event notice, the MyNo. format explained, a question on the H番号's length, the
  hospital's meeting notice, guidance on 指導要録) on the round's starting commit (670d223): recall 0.778 (14/18),
  false blocks 0.000 (0/18). The misses: the Indonesian label Nama: and the month Agustus after Tanggal lahir
  (types); the Cyrillic labels ПІБ: and Дата народження: (types); the H番号 chat (区分変更申請 and 転倒が増え were
  no care words); the pupil after 第4学年2組 15番 (学年 and a seat number between the class and the name).
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows


KNOWN_GAPS: dict[str, str] = {}


ROWS = probe_rows("generalisation_shapes_r14_records.jsonl", KNOWN_GAPS)


@pytest.mark.parametrize("row", ROWS)
def test_generalisation_shape_r14_records(scanner, row):
    check_row(scanner, row)
