"""Issue 13, round 28: three themed blind batches (h28a–c, 135 rows) and eleven sealed sets in four waves (h28s–w, h28j–l,
h28m, h28n–o; 495 rows), written by writers who never read or ran the scanner (25 block / 20 allow each; h28c 20 / 25, h28k
15 / 30), each scored once on first contact (recall by action / false blocks); round 28 opened on 957f7b9 (the round-27
close). "The working tree" is the round's tree at the time:

| set | scored on | first contact |
|---|---|---|
| h28a, h28b, h28c (staff as the subject in every workplace; people's data in awkward machine shapes; internal matters, hard negatives first) | the working tree (957f7b9 + fixes for four round-27 gaps) | 53/70, 4/65 (h28a 18/25) |
| h28s, h28t, h28u, h28v, h28w (sealed: the hard middle; a prefecture's month; a small town; a city's public enterprises; English and mixed work) | 0104787 (committed, after the h28a–c fixes) | 122/125, 7/100 |
| h28j, h28k, h28l (sealed: staff as the subject as managers write; hard negatives first; a ward office's desks) | 4db9455 (after the h28s–w fixes) | 61/65, 1/70 |
| h28m (sealed: the IT, finance and general-affairs back office) | d2686aa (after the h28j–l fixes) | 24/25, 0/20 |
| h28n, h28o (sealed: the hard middle, fifth; a rural county town's month) | 9ccf4b0 (after the h28m fixes) | 47/50, 0/40 |
| all first contacts (335 block / 295 allow) | — | recall 0.916 (307/335), false blocks 0.041 (12/295) |
| the eleven sealed sets only (265 block / 230 allow) | — | recall 0.958 (254/265), false blocks 0.035 (8/230) |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h28a045": _TYPES + "PERSON not read (fire retirement ids)",
    "h28b008": _TYPES + "PERSON not read (ocr spaced pension number)",
    "h28b024": _TYPES + "PERSON not read (print image personnel draft)",
    "h28b035": _TYPES + "DATE_OF_BIRTH not read (bracket form child allowance)",
    "h28b043": "letter-spaced OCR text: the packer joins each spaced word, but the spaced surname and given name become two cells",
    "h28j010": _TYPES + "SENSITIVE_PERSONAL_INFO not read (fire academy trainee)",
    "h28j037": _TYPES + "SENSITIVE_PERSONAL_INFO not read (promotion exam results)",
    "h28k023": _TYPES + "DATE_OF_BIRTH not read (english resident email)",
    "h28l003": _TYPES + "PERSON not read (pension exemption mail)",
    "h28m030": _TYPES + "JP_BANK_ACCOUNT not read (payroll sql export)",
    "h28m031": _TYPES + "PERSON not read (personnel transfer draft)",
    "h28o017": _TYPES + "JP_ADDRESS and SENSITIVE_PERSONAL_INFO not read (farmland violation memo)",
    "h28o018": _TYPES + "PERSON and SENSITIVE_PERSONAL_INFO not read (seasonal worker injury)",
    "h28o019": _TYPES + "JP_ADDRESS not read (land negotiation memo)",
    "h28o022": _TYPES + "JP_ADDRESS not read (newsletter buried note)",
    "h28o029": _TYPES + "PERSON and JP_ADDRESS not read (absentee ballot request)",
    "h28o031": _TYPES + "JP_ADDRESS not read (elderly consult intake)",
    "h28o045": _TYPES + "JP_ADDRESS not read (care certification sheet)",
    "h28t017": _TYPES + "PERSON not read (tourist refund card en)",
    "h28u019": _TYPES + "JP_ADDRESS not read (evacuation support roster)",
    "h28u041": _TYPES + "SENSITIVE_PERSONAL_INFO not read (pension exemption consult)",
    "h28v024": _TYPES + "PERSON not read (bus pass refund card)",
    "h28v043": _TYPES + "PERSON not read (water debit form ocr)",
    "h28w015": _TYPES + "PERSON not read (test fixture real data)",
}

test_generalisation_shape_r28 = probe_test("generalisation_shapes_r28.jsonl", KNOWN_GAPS)

test_generalisation_shape_r28_sealed = probe_test("generalisation_shapes_r28_sealed.jsonl", KNOWN_GAPS)
