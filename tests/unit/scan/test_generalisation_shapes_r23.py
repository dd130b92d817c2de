"""Issue 13, round 23: twelve themed blind batches (h23a–l, 540 rows) and four sealed sets (h23s–v: 180 rows), written by
writers who never read or ran the scanner (25 block / 20 allow each), each scored once on first contact (recall by
action / false blocks):

| set | scored on | first contact | after this round's fixes |
|---|---|---|---|
| h23a (e-mails to rewrite) | 74a0870 | 22/25, 0/20 | 25/25, 0/20 |
| h23b (terse case records) | 74a0870 | 25/25, 0/20 | 25/25, 0/20 |
| h23c (tables from spreadsheets and systems) | 74a0870 | 25/25, 2/20 | 25/25, 0/20 |
| h23d (code, configuration, logs) | 74a0870 | 25/25, 0/20 | 25/25, 0/20 |
| h23e (minutes and meeting notes) | 74a0870 | 22/25, 0/20 | 25/25, 0/20 |
| h23f (long documents, one buried line) | 74a0870 | 24/25, 1/20 | 25/25, 0/20 |
| h23s (sealed: an ordinary week's mix) | after the wave-1 fixes | 24/25, 0/20 | 25/25, 0/20 |
| h23t (sealed: the hard middle) | after the wave-1 fixes | **18/25**, 0/20 | 25/25, 0/20 |
| h23g–l (English and mixed; anonymisation that failed or worked; casual and spoken text; forms; hospital, fire and health centre; identifiers in odd forms) | after the wave-1 and sealed s/t fixes | 136/150, 3/120 (h23h 21/25, h23l 21/25) | 149/150, 0/120 |
| h23u (sealed: a small town office) | after the wave-2 fixes | 24/25, 0/20 | 25/25, 0/20 |
| h23v (sealed: a large city's specialised departments) | after the wave-2 fixes | 24/25, 0/20 | 25/25, 0/20 |
| all first contacts (400 block / 320 allow) | — | recall 0.923 (369/400), false blocks 0.019 (6/320) | |
| the four sealed sets only | — | recall 0.900 (90/100), false blocks 0.000 (0/80) | |

Known gaps are non-strict xfails with their reason (one decision left, the rest types only).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h23a034": _TYPES + "PERSON not read (card in resident mail)",
    "h23b032": _TYPES + "PERSON not read (foreign resident dv consult)",
    "h23b035": _TYPES + "PERSON not read (child protection record)",
    "h23b036": _TYPES + "PERSON not read (suicide risk phone consult)",
    "h23b038": _TYPES + "SENSITIVE_PERSONAL_INFO not read (elderly visit record)",
    "h23b043": _TYPES + "PERSON not read (dv intake sheet)",
    "h23c042": _TYPES + "PERSON not read (payment error csv cards)",
    "h23d024": _TYPES + "DATE_OF_BIRTH not read (app log childcare)",
    "h23e015": _TYPES + "SENSITIVE_PERSONAL_INFO not read (foreign resident case english)",
    "h23f002": _TYPES + "PERSON not read (fleet rules driver register annex)",
    "h23f020": _TYPES + "PERSON not read (survey report freetext identifiable)",
    "h23f027": _TYPES + "JP_ADDRESS not read (english exchange proposal host roster)",
    "h23f033": _TYPES + "PERSON not read (kokuho manual real screen example)",
    "h23f038": _TYPES + "PERSON not read (pension manual real example)",
    "h23g023": _TYPES + "SENSITIVE_PERSONAL_INFO not read (alt performance memo)",
    "h23g024": _TYPES + "PERSON not read (exchange student passport list)",
    "h23g026": _TYPES + "PERSON not read (residence card counter memo)",
    "h23g032": "an ALT's own mail about a panic attack and a night in the emergency room, signed with a Latin name at its end: "
               "the signer of a first-person account is not read as its subject",
    "h23g035": _TYPES + "PERSON not read (my number chinese mail)",
    "h23g045": _TYPES + "JP_ADDRESS not read (dv intake english)",
    "h23i016": _TYPES + "JP_ADDRESS not read (home visit dictation welfare)",
    "h23i043": _TYPES + "PERSON and DATE_OF_BIRTH not read (phone transcript pension)",
    "h23i045": _TYPES + "PERSON not read (chat travel passport)",
    "h23k012": _TYPES + "PERSON not read (nanbyo application mynumber)",
    "h23l001": _TYPES + "PERSON not read (pension label after)",
    "h23l004": _TYPES + "PERSON not read (phone hiragana readout complaint)",
    "h23l005": _TYPES + "SENSITIVE_PERSONAL_INFO not read (insurance english mail)",
    "h23l006": _TYPES + "PERSON not read (license in url log)",
    "h23l009": _TYPES + "PERSON and DATE_OF_BIRTH not read (passport csv noheader)",
    "h23l010": _TYPES + "PERSON and DATE_OF_BIRTH not read (residence card qr text)",
    "h23l021": _TYPES + "PERSON not read (residence card english label after)",
    "h23l022": _TYPES + "JP_HEALTH_INSURANCE not read (insurance number boxes)",
    "h23l026": _TYPES + "PERSON not read (passport wrapped letter)",
    "h23l028": _TYPES + "DATE_OF_BIRTH not read (mynumber json unlabelled)",
    "h23l031": _TYPES + "JP_BASIC_PENSION_NUMBER not read (pension slashed chat)",
    "h23l032": _TYPES + "JP_DRIVERS_LICENSE not read (license fullwidth dotted)",
    "h23l033": _TYPES + "PERSON not read (credit card spaced complaint)",
    "h23l038": _TYPES + "PERSON not read (mynumber in filename log)",
    "h23l040": _TYPES + "PERSON not read (credit card gateway log)",
    "h23s021": _TYPES + "PERSON not read (tax arrears visit log)",
    "h23s042": _TYPES + "PERSON not read (tax ocr change report)",
    "h23t013": _TYPES + "PERSON not read (real case as form example)",
    "h23u025": _TYPES + "PERSON not read (election facility voters)",
    "h23v004": _TYPES + "PERSON not read (fee mynumber payment)",
    "h23v009": _TYPES + "JP_ADDRESS not read (housing arrears csv)",
    "h23v023": _TYPES + "PERSON not read (privacy request ocr)",
    "h23v037": _TYPES + "PHONE_NUMBER not read (foi unredacted record)",
    "h23v043": _TYPES + "PERSON not read (dumping suspect memo)",
}

test_generalisation_shape_r23 = probe_test("generalisation_shapes_r23.jsonl", KNOWN_GAPS)

test_generalisation_shape_r23_sealed = probe_test("generalisation_shapes_r23_sealed.jsonl", KNOWN_GAPS)
