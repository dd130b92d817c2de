"""Issue 13, round 12, helper r12-detect-public: probe batches of public documents staff paste and their internal twins
(the false-block side), written apart from the scanner, each scored before any fix it led to (figures by action and
types, as tools/score.py counts them; the rows' types were first written with non-canonical names ADDRESS / PHONE
and renamed to JP_ADDRESS / PHONE_NUMBER before scoring, no verdict changed):

* d12pa (33 rows, 14 block / 19 allow: an 教育委員会 会議録 with ○教育長 / ○委員 speakers, an 農業委員会 総会議事録
  with masked parties, a 断水 notice with house-number ranges and a contractor's 現場代理人, a security quiz quoting
  markings, a consented 広報 feature with the subject's stroke, 叙勲 and 市民表彰 lists, a published 人事異動, election
  results, a facility guide, bid results, a 告示, an English press release, a 記入例, district statistics, a
  published unit page, a 介護保険運営協議会 record where a member mentions her own mother, a 町内会 総会 report, a road
  closure; blocks: the 秘密会 record of a teacher's discipline, the 農業委員会 applicant list, the 断水 list of
  vulnerable households, a 機密性２ memo, the feature's interview memo, a 表彰 dossier, 内示前 personnel plans, an
  electoral roll extract, 予定価格 before opening, an English mail on a colleague's sick leave, a filled claim form,
  an emergency contact list of staff, a 地域ケア会議 record, a 町内会 member list) on the round's starting commit
  (53f06ed): recall 0.929 (13/14), false blocks 0.000 (0/19). The miss: "Ryota Shimizu (Tax Division, employee no.
  20418)" with his depression (no PERSON).
* d12pb (31 rows, 12 / 19: a council's 一般質問 record quoting an anonymous resident, a committee record of the mayor's
  検査入院, a contractors' list with 代表者 / 所在地 / 電話, a 指定管理者 selection with its panel, a fire press release,
  a public-vehicle accident apology, a 住居表示 notice, a road-works sign with 監督員 and 現場代理人, a consented 成人式
  feature, a security policy and a filing manual quoting handling words, a 記入例 with a placeholder 個人番号,
  small-area welfare statistics, an English clinic guide and English committee minutes, exam passes by number, a
  published anonymous discipline, a petition with its representative, an evacuation-centre notice; blocks: the fire
  victim's support memo, the accident report naming the other driver, the 住居表示 household list, a works
  complaint, the 実行委員 contact list, a 機密性３ incident report, a 取扱注意 notice of misconduct, an English referral,
  the exam's interview scores, a list of staff on sick leave, the petition's signatures, an evacuee list) on the tree
  with d12pa's fix: recall 0.833 (10/12), false blocks 0.263 (5/19). The false blocks: the mayor's 検査入院 in the
  committee record (市長 read as a patient); the contractors' 代表者 with their business address; 施工者：株式会社 …
  read as a person's label value; the policy's 「取扱注意」「庁内限り」「複製禁止」等の取扱制限; the manual's
  ・「複製禁止」：… definitions. The misses: the staff list on sick leave (主査 若松 浩之（45） うつ病); the interview
  scores' birth dates in a space-aligned table (types; a known gap).
"""

from __future__ import annotations

import pytest

from tests.unit.scan.test_generalisation_shapes import check_row, probe_rows


KNOWN_GAPS = {
    "d12pb025": "birth dates in a space-aligned table whose header holds 生年月日 among score columns (面接A 面接B …): "
                "blocked by the names, but the dates are not read as birth dates",
}


ROWS = probe_rows("generalisation_shapes_r12_public.jsonl", KNOWN_GAPS)


@pytest.mark.parametrize("row", ROWS)
def test_generalisation_shape_r12_public(scanner, row):
    check_row(scanner, row)
