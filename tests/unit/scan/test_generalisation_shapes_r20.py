"""Issue 13, round 20: twelve themed blind batches (h20a–l, 540 rows) and four sealed sets (h20s–v, 180 rows), written by
writers who never read or ran the scanner (each 25 block / 20 allow), each scored once on first contact (recall by
action / false blocks):

| set | scored on | first contact | after this round's fixes |
|---|---|---|---|
| h20a (households and places: 民生委員, 団地, landmarks) | 842ebf5 | 22/25, 0/20 | 25/25, 0/20 |
| h20b (schools: the child named once, the matter later) | 842ebf5 | 21/25, 1/20 | 22/25, 0/20 |
| h20c (staff matters buried in handovers, rotas, chats) | 842ebf5 | **19/25**, 1/20 | 22/25, 0/20 |
| h20d (identifiers in awkward layouts: fixed width, OCR, dictation) | 842ebf5 | **20/25**, 2/20 | 22/25, 2/20 |
| h20e (markings applied versus talked about) | 842ebf5 | 22/25, **3/20** | 25/25, 1/20 |
| h20f (保健・医療・介護) | 842ebf5 | 24/25, 1/20 | 25/25, 1/20 |
| h20s (sealed: an ordinary week's mix) | after the h20a–f fixes | 25/25, 0/20 | — |
| h20t (sealed: the hard middle) | after the h20a–f fixes | **21/25, 2/20** | 21/25, 1/20 |
| h20g–l (English and mixed; machine formats; casual chats; long documents; contracts, council, personnel; child welfare) | 287858a (+ the first h20i fixes) | 145/150, 5/120 | 146/150, 0/120 |
| h20u (sealed: an ordinary month's mix) | after the h20g–l fixes | 25/25, 0/20 | — |
| h20v (sealed: the cases a reviewer has to think about) | after the h20g–l fixes | **20/25**, 0/20 | — |
| all first contacts (400 block / 320 allow) | — | recall 0.910 (364/400), false blocks 0.047 (15/320) | |
| the four sealed sets only | — | recall 0.910 (91/100), false blocks 0.025 (2/80) | |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h20b019": _TYPES + "PERSON not read: a pupil named in a DV transfer note",
    "h20c025": _TYPES + "read as a personnel move before the naiji (INTERNAL_MATTER), the person not as PERSON",
    "h20d007": _TYPES + "PERSON not read: a name beside a pension number with odd separators",
    "h20d011": _TYPES + "JP_RESIDENCE_CARD not read: a residence card number in an awkward layout",
    "h20d012": _TYPES + "JP_MY_NUMBER not read: a My Number said aloud in a dictation",
    "h20d019": _TYPES + "JP_DRIVERS_LICENSE not read: a licence number in an OCR'd form",
    "h20f016": _TYPES + "PHONE_NUMBER not read in a home-nursing note",
    "h20t015": _TYPES + "JP_DRIVERS_LICENSE not read",
    "h20t025": _TYPES + "JP_HEALTH_INSURANCE not read",
    "h20b018": "a katakana name spaced by ideographic spaces after a class, under a 被災生徒 label",
    "h20d005": "a caller's name said in a call transcript after the staff's speaker label (read as staff)",
    "h20d014": "a pension number glued to a half-width kana name in a mainframe job log's record",
    "h20d025": "a residence card number split over two chat messages",
    "h20d044": "My Numbers in test data declared fictitious in its heading (全件架空・テスト採番)",
    "h20e032": "a form's field named in quotes before 欄 (「取扱制限」欄) in a form's instructions",
    "h20d017": _TYPES + "PERSON not read: a holder's name said in katakana then glued kanji in a call",
    "h20g019": _TYPES + "PERSON not read: a name in a resident's own order on an ID document",
    "h20h029": _TYPES + "PERSON not read: an account holder in a TSV roster",
    "h20h042": _TYPES + "DATE_OF_BIRTH not read: a birth date in a personnel export",
    "h20i007": _TYPES + "PERSON not read: a name in a short chat beside a My Number",
    "h20i028": _TYPES + "PERSON not read: a name in a short chat beside a residence card number",
    "h20i043": _TYPES + "SENSITIVE_PERSONAL_INFO not read: a disability in chat shorthand",
    "h20i045": _TYPES + "SENSITIVE_PERSONAL_INFO not read: welfare said in chat shorthand",
    "h20v009": _TYPES + "PERSON not read: a name in mixed languages",
    "h20i034": "a child named by a nickname in a short chat with a roster's topic",
    "h20j010": "a resident named once deep in a long report, the topic lines away",
    "h20k014": "a private party (地権者) named with 氏 in a council answer draft, with his surgery",
    "h20v007": "a My Number given 4-4 then 4 on the next line after its card's back (カード裏面の番号)",
    "h20v011": "a handling restriction at the end of a long document (read as a question's word)",
    "h20v019": "a handling restriction in a marked document's wording (read as a question's word)",
}

test_generalisation_shape_r20 = probe_test("generalisation_shapes_r20.jsonl", KNOWN_GAPS)

test_generalisation_shape_r20_sealed = probe_test("generalisation_shapes_r20_sealed.jsonl", KNOWN_GAPS)
