"""Issue 13, round 9 (helper r9-docs): probe batches of document shapes staff paste that earlier rounds did not
cover, written before looking at the scanner code for their classes, each scored before its fixes:

* q9d-a (39 rows, 22 block / 17 allow: a PDF paste breaking an address over lines, fixed-width and space-aligned
  tables, a 個人番号 split into a JSON array's strings and into numbered form fields, anonymised cases (Bさん（仮名）82歳)
  with a street address down to the flat and a health topic, JSON with abbreviated keys (nm, kana, addr; SEI/MEI,
  BIRTH_YMD), an SQL dump with backticked columns, a TOML fixture, a Teams chat, a mail thread with quoted replies,
  a fixed-width 住民記録 record, a mail-merge record, an OCR'd form, Excel's merged cells, an e-Gov style XML form,
  log lines with user records, a git diff of a fixture, Jupyter output; negatives: each one's public, schema,
  placeholder, aggregate or staff-contact twin) on the branch's starting commit (6bd3275): recall 0.455 by types
  (10/22) and 0.500 by action (11/22), false blocks 0.000 (0/17). The misses: abbreviated keys (nm=, bd=, `nm`
  in an SQL column list, SEI/MEI, BIRTH_YMD), XML elements, space-aligned tables (受付番号  氏名  生年月日, a pandas
  print), a 個人番号 as a JSON array and as numbered fields, the anonymised cases, a fixed-width record with no
  separators, and (by types) the address broken by the PDF paste.

Each class was fixed by a mechanism with its own table tests (test_mechanisms_r9_docs.py).
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows


KNOWN_GAPS = {
    "q9d-a15": "a fixed-width 住民記録 record with no separators (0004471028ｵｵﾉ ｶｽﾞﾔ … 大野 和也     S501104 1) under a "
               "layout line giving the columns' positions: the positions are not read, and S501104 (era letter and six "
               "digits, no separators) is no date form",
}


@pytest.mark.parametrize("row", probe_rows("generalisation_shapes_r9_docs.jsonl", KNOWN_GAPS))
def test_generalisation_shape_r9_docs(scanner, row):
    check_row(scanner, row)
