"""Issue 13, round 23: eighteen themed blind batches (h23a–r, 810 rows) and eight sealed sets (h23s–z: 360 rows), written by
writers who never read or ran the scanner (25 block / 20 allow each; h23p 20 / 25), each scored once on first contact
(recall by action / false blocks):

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
| h23w (sealed: a prefecture's health and welfare department) | c5c87a8 (waves 1–2 committed) | 24/25, 1/20 | 25/25, 0/20 |
| h23x (sealed: a board of education and its schools) | c5c87a8 | 24/25, 0/20 | 24/25, 0/20 |
| h23m–p (people identified without a name; first-person writing; machine output with people; public material and its private twin, 20 / 25) | c5c87a8 | 72/95, 7/85 (h23m **7/25**, h23p 4/25 false blocks) | 91/95, 0/85 |
| h23y (sealed: an ordinary month, every department) | 9713ad3 (wave 3 committed) | 25/25, 0/20 | 25/25, 0/20 |
| h23z (sealed: the hard middle, again) | 9713ad3 | 22/25, 1/20 | 24/25, 0/20 |
| h23q–r (people singled out without a name, again; the office's own staff as the subject) | 9713ad3 | 33/50, 0/40 (h23q **9/25**) | 42/50, 0/40 |
| all first contacts (645 block / 525 allow) | — | recall 0.882 (569/645), false blocks 0.029 (15/525) | |
| the eight sealed sets only | — | recall 0.925 (185/200), false blocks 0.013 (2/160) | |

Known gaps are non-strict xfails with their reason (fifteen decisions left, the rest types only).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h23a034": _TYPES + "PERSON not read (card in resident mail)",
    "h23b032": _TYPES + "PERSON not read (foreign resident dv consult)",
    "h23b035": _TYPES + "PERSON not read (child protection record)",
    "h23b036": _TYPES + "PERSON not read (suicide risk phone consult)",
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
    "h23l022": _TYPES + "JP_HEALTH_INSURANCE not read (insurance number boxes)",
    "h23l026": _TYPES + "PERSON not read (passport wrapped letter)",
    "h23l028": _TYPES + "DATE_OF_BIRTH not read (mynumber json unlabelled)",
    "h23l031": _TYPES + "JP_BASIC_PENSION_NUMBER not read (pension slashed chat)",
    "h23l033": _TYPES + "PERSON not read (credit card spaced complaint)",
    "h23l038": _TYPES + "PERSON not read (mynumber in filename log)",
    "h23l040": _TYPES + "PERSON not read (credit card gateway log)",
    "h23n007": _TYPES + "PERSON not read (staff address change divorce)",
    "h23n021": _TYPES + "PERSON not read (resident complaint nhi arrears)",
    "h23n037": _TYPES + "DATE_OF_BIRTH not read (resident mail mixed child heart)",
    "h23n038": _TYPES + "SENSITIVE_PERSONAL_INFO not read (resident mail en pension appeal)",
    "h23o004": _TYPES + "PERSON and DATE_OF_BIRTH not read (tsv pension)",
    "h23o009": _TYPES + "DATE_OF_BIRTH not read (fixed width tax arrears)",
    "h23o023": _TYPES + "DATE_OF_BIRTH not read (excel formula shogai)",
    "h23o025": _TYPES + "DATE_OF_BIRTH not read (qr payload shelter)",
    "h23o032": "a medical claim file (UKE) whose RE record names the patient in a headerless CSV cell, the disease codes explained "
               "below it",
    "h23o035": _TYPES + "DATE_OF_BIRTH not read (headerless csv kana)",
    "h23p018": _TYPES + "PERSON not read (decoration candidate dossier)",
    "h23q009": "a photo caption singling out a child by a look (前列右端の男の子（赤い眼鏡・スポーツ刈り）) as a child-protection case: two "
               "kinds of anchor only",
    "h23q012": "a year's one tourism ambassador (今年の「みなと観光大使」（市内の県立高校２年の女子生徒）) in hospital: a title one person "
               "holds a year is no uniqueness cue yet",
    "h23r017": "a maternity card's 職員： line with the unit and title before the name, then 切迫流産: the staff label is too far "
               "before the name to make them the record's subject",
    "h23s021": _TYPES + "PERSON not read (tax arrears visit log)",
    "h23s042": _TYPES + "PERSON not read (tax ocr change report)",
    "h23t013": _TYPES + "PERSON not read (real case as form example)",
    "h23u025": _TYPES + "PERSON not read (election facility voters)",
    "h23v004": _TYPES + "PERSON not read (fee mynumber payment)",
    "h23v009": _TYPES + "JP_ADDRESS not read (housing arrears csv)",
    "h23v023": _TYPES + "PERSON not read (privacy request ocr)",
    "h23v037": _TYPES + "PHONE_NUMBER not read (foi unredacted record)",
    "h23v043": _TYPES + "PERSON not read (dumping suspect memo)",
    "h23w008": _TYPES + "PERSON not read (poison fee card payment)",
    "h23w012": _TYPES + "PHONE_NUMBER not read (welfare loan arrears roster)",
    "h23x012": _TYPES + "PERSON not read (shugaku enjo denial)",
    "h23x035": _TYPES + "PERSON not read (bullying report draft)",
    "h23x041": "a teacher named with 先生 after one space (国語科 汲田 千尋 先生の件) in a board's mail about her sick leave: 先生 is no "
               "staff title and opens no name window",
    "h23y042": _TYPES + "PERSON not read (card payment mail)",
    "h23z023": _TYPES + "PERSON not read (refund mail credit card)",
    "h23z029": "a colleague named by surname with its reading (榎並（えなみ）ですが、…適応障害) in a mail to a contractor: a surname and "
               "its reading before ですが are not read as a name",
}

test_generalisation_shape_r23 = probe_test("generalisation_shapes_r23.jsonl", KNOWN_GAPS)

test_generalisation_shape_r23_sealed = probe_test("generalisation_shapes_r23_sealed.jsonl", KNOWN_GAPS)
