"""Issue 13, round 22: eighteen themed blind batches (h22a–r, 810 rows) and four sealed sets (h22s–v: 180 rows), written by
writers who never read or ran the scanner (25 block / 20 allow each; h22e 20 / 25), each scored once on first contact
(recall by action / false blocks):

| set | scored on | first contact | after this round's fixes |
|---|---|---|---|
| h22a (case work as narrative prose: 生活保護, 介護, 母子保健, 虐待, 成年後見) | d81ca99 | 25/25, 0/20 | 25/25, 0/20 |
| h22b (machine formats: fixed width, JSON Lines, XML, LDIF, SQL, DataFrames, logs, mail headers) | wave-1 fixes in part | 23/25, 2/20 | 25/25, 0/20 |
| h22c (non-public internal matters: 査定, 指名, 監査, incidents, negotiations, networks) | d81ca99 | **15/25**, 1/20 | 25/25, 0/20 |
| h22d (foreign residents and multilingual text) | wave-1 fixes in part | 25/25, 0/20 | 25/25, 0/20 |
| h22e (public documents that look personal; 20 block / 25 allow) | wave-1 fixes in part | 20/20, 1/25 | 20/20, 0/25 |
| h22f (disasters, schools and children) | wave-1 fixes in part | 25/25, 0/20 | 25/25, 0/20 |
| h22g (credentials in developer and IT-admin material) | d81ca99 | 23/25, 1/20 | 25/25, 0/20 |
| h22h (residents' contact with the office: 窓口, 苦情, 電話メモ, 滞納) | d81ca99 | 25/25, 0/20 | 25/25, 0/20 |
| h22s (sealed: an ordinary month's mix) | after the wave-1 fixes | 24/25, 1/20 | 25/25, 0/20 |
| h22t (sealed: the hard middle) | after the wave-1 fixes | 21/25, 0/20 | 25/25, 0/20 |
| h22i–n (long documents; English and mixed; public health; personnel; casual and spoken text; identifiers in odd forms) | after the wave-1 fixes | 140/150, 8/120 | 150/150, 0/120 |
| h22o–r (people identified by description; spreadsheets in awkward shapes; forwarded mail threads; schools) | after the sealed h22u/v fixes | 85/100, **10/80** (h22o **11/25**; h22q 8/20 false blocks) | 96/100, 1/80 |
| h22u (sealed: a prefecture's ordinary quarter) | after the wave-2 fixes | 24/25, 1/20 | 25/25, 0/20 |
| h22v (sealed: the cases a reviewer has to think about) | after the wave-2 fixes | 23/25, 0/20 | 25/25, 0/20 |
| all first contacts (545 block / 445 allow) | — | recall 0.914 (498/545), false blocks 0.056 (25/445) | |
| the four sealed sets only | — | recall 0.920 (92/100), false blocks 0.025 (2/80) | |

Known gaps are non-strict xfails with their reason (five wave-3 decisions left, the rest types only).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h22a023": _TYPES + "PERSON not read: a name glued after 本人、 in a guardianship memo (本人、松宮ふさ。)",
    "h22b033": _TYPES + "CREDENTIAL not read: an SMS provider's auth token in a curl command's -u user:token",
    "h22b036": _TYPES + "JP_BANK_ACCOUNT not read: an account number in an XML element of a benefit's transfer data",
    "h22c010": _TYPES + "CREDENTIAL not read: a password after an arrow in a handover (初期PWから変更済み → 現在 …)",
    "h22d009": _TYPES + "PERSON not read: a name in kanji with its readings in brackets (呉 佳穎（ゴ カエイ／WU CHIA-YING）さん)",
    "h22d032": _TYPES + "JP_BASIC_PENSION_NUMBER not read in a Korean mail",
    "h22f041": _TYPES + "PHONE_NUMBER not read: a mobile number wrapped over two lines inside a group (090-6620-31 ⏎ 84)",
    "h22i033": _TYPES + "PERSON not read in a long procedure document's worked case",
    "h22j001": _TYPES + "PERSON not read: a card holder's name in capitals after name (name OLIVIER GARNIER)",
    "h22m026": _TYPES + "DATE_OF_BIRTH not read: a birth date dictated in hiragana numerals (しょうわよんじゅうななねん…)",
    "h22n004": _TYPES + "PERSON not read: names in a directory listing's scan file names",
    "h22n011": _TYPES + "JP_BANK_ACCOUNT not read: account numbers with blanks inside a CSV's cells",
    "h22n043": _TYPES + "JP_MY_NUMBER not read: a 個人番号 with one digit masked (9591 04●9 5420)",
    "h22t011": _TYPES + "PERSON not read: a resident's letter signed at its end",
    "h22t035": _TYPES + "JP_BASIC_PENSION_NUMBER not read: a pension number split over two table columns (上4桁 | 下6桁)",
    "h22p003": _TYPES + "PERSON not read beside a 個人番号 split over columns",
    "h22p020": _TYPES + "PHONE_NUMBER not read: a number split over columns (tel1, tel2, tel3)",
    "h22p034": _TYPES + "JP_BASIC_PENSION_NUMBER not read: a pension number split over columns",
    "h22p040": _TYPES + "JP_ADDRESS not read: an address over a spreadsheet's cells with their references",
    "h22r019": _TYPES + "PERSON not read in a marked school document",
    "h22o033": "a household described in a bulletin's photo caption among ordinary items",
    "h22o039": "a rough sleeper known by his nickname and his place (「ゲンさん」, 白鷺橋の下の東屋) with his illness",
    "h22t045": _TYPES + "PERSON not read: a name after the surname said first (千葉です。千葉遥斗) in a chat's quotes",
}

test_generalisation_shape_r22 = probe_test("generalisation_shapes_r22.jsonl", KNOWN_GAPS)

test_generalisation_shape_r22_sealed = probe_test("generalisation_shapes_r22_sealed.jsonl", KNOWN_GAPS)
