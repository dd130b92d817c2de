"""Issue 13, round 24: eighteen themed blind batches (h24a–r, 810 rows) and eight sealed sets (h24s–z: 360 rows), written by
writers who never read or ran the scanner (25 block / 20 allow each; h24f and h24k 20 / 25, h24n and h24r 15 / 30), each scored
once on first contact (recall by action / false blocks); round 24 opened on 78138f8 (the round-23 close):

| set | scored on | first contact | after this round's fixes |
|---|---|---|---|
| h24a (residents singled out without a name) | 78138f8 | **10/25**, 1/20 | 24/25, 0/20 |
| h24b (pupils, staff and patients singled out without a name) | 78138f8 | **15/25**, 1/20 | 25/25, 0/20 |
| h24c (English and mixed) | 78138f8 | 23/25, 3/20 | 24/25, 0/20 |
| h24d (exports and system output) | 78138f8 | 24/25, 0/20 | 25/25, 0/20 |
| h24e (internal matters, markings, credentials) | 78138f8 | 21/25, 0/20 | 25/25, 0/20 |
| h24f (public material and its private twin, 20 / 25) | 78138f8 | 17/20, 1/25 | 20/20, 0/25 |
| h24s (sealed: an ordinary week) | the wave-1 tree | 24/25, 0/20 | 25/25, 0/20 |
| h24t (sealed: the hard middle) | the wave-1 tree | 21/25, 0/20 | 25/25, 0/20 |
| h24u (sealed: a small town office) | the wave-1 tree | 23/25, 0/20 | 24/25, 0/20 |
| h24v (sealed: a prefecture's departments) | 80d943e (wave 1 committed) | 25/25, 0/20 | 25/25, 0/20 |
| h24g–l (people singled out in other departments; long documents; spoken text; forms; people described, 20 / 25; staff as the subject) | wave-1 tree / 80d943e | 124/145, 3/125 (h24g 16/25) | 143/145, 1/125 |
| h24w (sealed: a board of education) | the wave-2 tree | 23/25, 0/20 | 24/25, 0/20 |
| h24x (sealed: the hard middle, again) | the wave-2 tree | 24/25, 1/20 | 24/25, 0/20 |
| h24m–p (described across a document; described people a reviewer allows, 15 / 30; code and logs; welfare case work) | the wave-2 tree | 82/90, 6/90 | 88/90, 2/90 |
| h24y (sealed: an ordinary month) | 500db70 (waves 2–3 committed) | 25/25, 0/20 | 25/25, 0/20 |
| h24z (sealed: the hard middle, once more) | 500db70 | 21/25, 0/20 | 21/25, 0/20 |
| h24q–r (the hardest singled-out forms; public text full of people, 15 / 30) | 500db70 | 34/40, 5/50 | 36/40, 4/50 |
| all first contacts (620 block / 550 allow) | — | recall 0.865 (536/620), false blocks 0.038 (21/550) | |
| the eight sealed sets only | — | recall 0.930 (186/200), false blocks 0.006 (1/160) | |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h24a016": "a father described by a named school's sports day and the incident (若葉台小の運動会で…倒れて救急搬送されたお父さん（30代）): a school, an event and a decade only, no kind that singles out",
    "h24b024": _TYPES + "HANDLING_RESTRICTION not read (pta chair son guidance)",
    "h24c026": _TYPES + "PERSON and SENSITIVE_PERSONAL_INFO not read (alt evaluation)",
    "h24c034": _TYPES + "PERSON not read (passport delegation)",
    "h24d003": _TYPES + "PERSON not read (payment csv cards)",
    "h24d004": _TYPES + "PERSON and DATE_OF_BIRTH not read (csv headerless shape)",
    "h24d017": _TYPES + "DATE_OF_BIRTH not read (tsv headerless shape)",
    "h24d019": _TYPES + "DATE_OF_BIRTH and JP_BASIC_PENSION_NUMBER not read (pdf hire forms)",
    "h24d026": _TYPES + "CREDENTIAL not read (mainframe joblog ftp)",
    "h24d030": _TYPES + "JP_HEALTH_INSURANCE not read (api json insurance)",
    "h24d037": _TYPES + "JP_HEALTH_INSURANCE not read (mainframe fixed width)",
    "h24f021": _TYPES + "DATE_OF_BIRTH not read (oral history raw record)",
    "h24f041": _TYPES + "PERSON not read (voter roll extract)",
    "h24h011": "a reader on a Meiji-era doctor: a bibliography line (榊原家文書) read as a staff title and paired with the timeline's illness",
    "h24h021": _TYPES + "PERSON not read (plan buried insurance no)",
    "h24h023": _TYPES + "PERSON not read (manual buried account)",
    "h24i003": _TYPES + "JP_HEALTH_INSURANCE not read (phone memo insurance card)",
    "h24i011": _TYPES + "PERSON not read (call transcript bank readout)",
    "h24i018": _TYPES + "JP_ADDRESS not read (asr call tax arrears)",
    "h24i027": _TYPES + "DATE_OF_BIRTH not read (phone note dob spoken)",
    "h24i039": "a member of staff's own Teams message (子育て支援課の汐見です…心療内科…適応障害って言われました) introduced by surname only, with no first-person pronoun",
    "h24i044": _TYPES + "CREDENTIAL not read (slack credential thread)",
    "h24j018": _TYPES + "JP_HEALTH_INSURANCE not read (fixed width kokuho acquisition)",
    "h24j038": _TYPES + "DATE_OF_BIRTH not read (household move out mynumbers)",
    "h24k018": _TYPES + "DATE_OF_BIRTH not read (care meeting initials)",
    "h24l001": _TYPES + "PERSON not read (newsletter selfintro overshare)",
    "h24n030": "an English press release: 'Hojo City Hall, 0288-31-2207' read as a romanised street address, with the CIR named beside it",
    "h24n031": "a real abuse report to be blurred for training; the child is identifiable as the only twin of a named class, said across sentences",
    "h24n033": "a lecture flyer: the speaker is official as 講師, but the later 鳴海さん with his published disability is read as another, private person",
    "h24o017": "a JSON report on an unnamed elderly woman at a street-level address: the address's resident is in another field of the object",
    "h24o031": _TYPES + "PERSON and DATE_OF_BIRTH not read (passport mrz ocr)",
    "h24p022": _TYPES + "PERSON not read (infant visit foreign)",
    "h24s045": _TYPES + "PERSON not read (card payment inquiry)",
    "h24t032": _TYPES + "PERSON not read (split my number)",
    "h24t034": _TYPES + "PERSON not read (bank account spaced)",
    "h24t035": _TYPES + "PERSON not read (pension number fullwidth)",
    "h24u007": _TYPES + "JP_ADDRESS not read (evacuation support roster)",
    "h24u019": _TYPES + "EMAIL_ADDRESS not read (furusato donor card mail)",
    "h24u021": "「丸八酒店」のおばあちゃん with dementia: the quoted shop and the district make two kinds (the quoted-shop kind needs the shop word inside the quotes before の)",
    "h24w025": "a driver-licence application whose licence number is split over a form's boxes",
    "h24x001": _TYPES + "EMAIL_ADDRESS not read (obfuscated personal email)",
    "h24x002": _TYPES + "JP_HEALTH_INSURANCE not read (kanji insurance numbers)",
    "h24x006": _TYPES + "JP_BASIC_PENSION_NUMBER not read (pension number odd grouping)",
    "h24x014": "a colleague's name letter-spaced with full-width blanks and its reading (氷　見　　達　也（ひみ たつや）主査) in a discipline note",
    "h24x043": _TYPES + "JP_ADDRESS not read (buried resident in minutes)",
    "h24q005": "decision (block expected): long minutes buried criminal",
    "h24q025": "decision (block expected): long doc far sensitive",
    "h24q030": "decision (allow expected): job posting role",
    "h24q038": "decision (block expected): habit descriptor library incident",
    "h24r026": "decision (allow expected): persona fictional",
    "h24r043": "decision (allow expected): tourism brochure consented",
    "h24r045": "decision (allow expected): novel excerpt published",
    "h24z020": _TYPES + "JP_BASIC_PENSION_NUMBER not read (pension number phone memo)",
    "h24z025": _TYPES + "EMAIL_ADDRESS not read (obfuscated contact)",
    "h24z041": "decision (block expected): combo identifiable child",
    "h24z043": "decision (block expected): kouhou buried line",
    "h24z045": _TYPES + "PERSON not read (card number refund mail)",
    "h24f027": _TYPES + "PERSON not read (a name after 投稿者情報（公開時削除）：; the type had rested on a facility misread as a name, 中央図書館, until round 30)",
    "h24a032": "a caller described only by his building (緑町の市営住宅の3号棟と言っていた方) over schizophrenia; it blocked only while 保健師さん was misread as a name (round 33)",
}

test_generalisation_shape_r24 = probe_test("generalisation_shapes_r24.jsonl", KNOWN_GAPS)

test_generalisation_shape_r24_sealed = probe_test("generalisation_shapes_r24_sealed.jsonl", KNOWN_GAPS)
