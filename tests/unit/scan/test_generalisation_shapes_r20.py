"""Issue 13, round 20: six themed blind batches (h20a–f, 270 rows) and two sealed sets (h20s–t, 90 rows), written by
writers who never read or ran the scanner (each 25 block / 20 allow), each scored once on first contact (recall by
action / false blocks):

| set | scored on | first contact | after this round's fixes |
|---|---|---|---|
| h20a (households and places: 民生委員, 団地, landmarks) | 842ebf5 | 22/25, 0/20 | 25/25, 0/20 |
| h20b (schools: the child named once, the matter later) | 842ebf5 | 21/25, 1/20 | 21/25, 0/20 |
| h20c (staff matters buried in handovers, rotas, chats) | 842ebf5 | **19/25**, 1/20 | 22/25, 0/20 |
| h20d (identifiers in awkward layouts: fixed width, OCR, dictation) | 842ebf5 | **20/25**, 2/20 | 21/25, 2/20 |
| h20e (markings applied versus talked about) | 842ebf5 | 22/25, **3/20** | 25/25, 1/20 |
| h20f (保健・医療・介護) | 842ebf5 | 24/25, 1/20 | 25/25, 1/20 |
| h20s (sealed: an ordinary week's mix) | after the h20a–f fixes | 25/25, 0/20 | — |
| h20t (sealed: the hard middle) | after the h20a–f fixes | **21/25, 2/20** | — |
| all first contacts (200 block / 160 allow) | — | recall 0.870 (174/200), false blocks 0.063 (10/160) | |
| the two sealed sets only | — | recall 0.920 (46/50), false blocks 0.050 (2/40) | |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h20b014": _TYPES + "SENSITIVE_PERSONAL_INFO not read beside a residence card number",
    "h20b019": _TYPES + "PERSON not read: a pupil named in a DV transfer note",
    "h20c025": _TYPES + "read as a personnel move before the naiji (INTERNAL_MATTER), the person not as PERSON",
    "h20d007": _TYPES + "PERSON not read: a name beside a pension number with odd separators",
    "h20d011": _TYPES + "JP_RESIDENCE_CARD not read: a residence card number in an awkward layout",
    "h20d012": _TYPES + "JP_MY_NUMBER not read: a My Number said aloud in a dictation",
    "h20d018": _TYPES + "CREDIT_CARD not read: a card number broken over two lines of a payment memo",
    "h20d019": _TYPES + "JP_DRIVERS_LICENSE not read: a licence number in an OCR'd form",
    "h20f016": _TYPES + "PHONE_NUMBER not read in a home-nursing note",
    "h20t015": _TYPES + "JP_DRIVERS_LICENSE not read",
    "h20t025": _TYPES + "JP_HEALTH_INSURANCE not read",
    "h20b005": "a health-room export of pupils known by class number and initials (1-3-07, M.A) with health notes: no "
               "person read",
    "h20b011": "a surname the dictionary reads as a place (高畑) glued to a hiragana given name before さん",
    "h20b012": "a romanised pupil's name with a class note in brackets and self-harm told in English (cuts on his forearm)",
    "h20b018": "a katakana name spaced by ideographic spaces after a class, under a 被災生徒 label",
    "h20c013": "a rota's note on one member of staff's maternity leave and its risk, in a markdown table",
    "h20c014": "an English handover naming a colleague on sick leave for depression",
    "h20c021": "a staff member's evaluation in a handover headed by a list of part-time staff (read in their capacity)",
    "h20d005": "a caller's name said in a call transcript after the staff's speaker label (read as staff)",
    "h20d014": "a pension number glued to a half-width kana name in a mainframe job log's record",
    "h20d017": "a bank account number said digit by digit in katakana (ナナ、イチ、ゼロ…)",
    "h20d025": "a residence card number split over two chat messages",
    "h20d036": "a residence card number quoted as the agency leaflet's sample (見本画像に載っている番号)",
    "h20d044": "My Numbers in test data declared fictitious in its heading (全件架空・テスト採番)",
    "h20e032": "a form's field named in quotes before 欄 (「取扱制限」欄) in a form's instructions",
    "h20f022": "an insurance number's example after 例） in a 記入例",
    "h20t005": "a district's welfare report with households counted, not described (a hard positive by its writer)",
    "h20t008": "a name, address and mobile spread over several chat messages",
    "h20t019": "a member of staff named on a line of their own above the record (下水道課 野々村 航 主任（35）)",
    "h20t024": "a fire brigade member's arrest told without a name",
    "h20t029": "a short story for a literary prize (市の文学賞に応募する短編) read as a real case",
    "h20t037": "published bid results whose note says the estimate is published afterwards (事後公表)",
}

test_generalisation_shape_r20 = probe_test("generalisation_shapes_r20.jsonl", KNOWN_GAPS)

test_generalisation_shape_r20_sealed = probe_test("generalisation_shapes_r20_sealed.jsonl", KNOWN_GAPS)
