"""Issue 13, round 25: sixteen themed blind batches (h25a–p, 720 rows) and ten sealed sets (h25s–z, q, r: 450 rows), written by
writers who never read or ran the scanner (25 block / 20 allow each; h25m 15 / 30), each scored once on first contact
(recall by action / false blocks); round 25 opened on a5b5169 (the round-24 close). "The working tree" is the round's tree
at the time, with the fixes for the sets scored before it:

| set | scored on | first contact | after this round's fixes |
|---|---|---|---|
| h25b (structured data) | a5b5169 + speed-only changes | 23/25, 3/20 | 25/25, 0/20 |
| h25d (disaster, elections, community) | a5b5169 + speed-only changes | 25/25, 0/20 | 25/25, 0/20 |
| h25t (sealed: the hard middle) | a5b5169 + speed-only changes | 20/25, 1/20 | 25/25, 0/20 |
| h25c, h25e, h25f (taxes and fees; health centre; internal matters without personal data) | the working tree | 70/75, 1/60 | 75/75, 0/60 |
| h25s (sealed: an ordinary week) | the working tree | 25/25, 0/20 | 25/25, 0/20 |
| h25a (long documents, the sensitive part buried) | the working tree | 22/25, 2/20 | 25/25, 0/20 |
| h25g (the multilingual counter) | the working tree | 24/25, 0/20 | 25/25, 0/20 |
| h25h–j (spoken and chat text; schools and children; staff as the subject) | the working tree | 67/75, 1/60 | 74/75, 0/60 |
| h25u (sealed: a small town office) | the working tree | 25/25, 1/20 | 25/25, 0/20 |
| h25v (sealed: a prefecture's departments) | the working tree | 25/25, 0/20 | 25/25, 0/20 |
| h25k–m (residents' voices; IT and DX; public text full of people, 15 / 30) | the working tree | 62/65, 2/70 | 65/65, 1/70 |
| h25w (sealed: a welfare department's month) | the working tree | 24/25, 1/20 | 25/25, 0/20 |
| h25x (sealed: the hard middle, again) | the working tree | 23/25, 0/20 | 25/25, 0/20 |
| h25n–p (OCR and scans; English-language work; people singled out without a name) | the working tree | 61/75, 2/60 (**h25p 17/25**) | 73/75, 0/60 |
| h25y (sealed: an ordinary month) | the working tree | 25/25, 2/20 | 25/25, 0/20 |
| h25z (sealed: the hard middle, once more) | the working tree | 25/25, 0/20 | 25/25, 0/20 |
| h25r (sealed: the hard middle, a fourth time) | fd9868f (the round committed) | 24/25, 1/20 | 25/25, 0/20 |
| h25q (sealed: a ward office's week) | fd9868f + the h25r fixes | 24/25, 0/20 | 25/25, 0/20 |
| all first contacts (640 block / 530 allow) | — | recall 0.927 (594/640), false blocks 0.032 (17/530) | |
| the ten sealed sets only | — | recall 0.960 (240/250), false blocks 0.030 (6/200) | |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h25a028": _TYPES + "PERSON not read (insurance manual real example)",
    "h25a037": _TYPES + "PERSON not read (mynumber procedure example)",
    "h25b006": _TYPES + "DATE_OF_BIRTH not read (pipe noheader guess)",
    "h25b020": _TYPES + "JP_BANK_ACCOUNT and DATE_OF_BIRTH not read (csv noheader bank)",
    "h25b029": _TYPES + "PERSON not read (json passport delegation)",
    "h25b031": _TYPES + "DATE_OF_BIRTH and JP_ADDRESS not read (xml juki convert)",
    "h25b033": _TYPES + "JP_ADDRESS not read (applog request body)",
    "h25b035": _TYPES + "JP_HEALTH_INSURANCE not read (fixedwidth kokuho)",
    "h25c006": _TYPES + "PERSON not read (seizure notice draft)",
    "h25d001": _TYPES + "PERSON not read (gienkin haibun list)",
    "h25d011": _TYPES + "DATE_OF_BIRTH not read (fuzaisha hospital ocr)",
    "h25d025": _TYPES + "SENSITIVE_PERSONAL_INFO not read (choikin application)",
    "h25e028": _TYPES + "PHONE_NUMBER not read (food poisoning patient list)",
    "h25g032": _TYPES + "PERSON not read (yasashii notice buried list)",
    "h25h015": _TYPES + "PERSON not read (asr disability counter)",
    "h25h034": _TYPES + "PERSON not read (voice memo vehicle accident)",
    "h25i013": "a teacher named with a rare surname (雲母) and its reading in brackets after a school and a title, as a 対象者 line: the reading is dropped as ruby before the name model reads the name, which it does not know",
    "h25j030": _TYPES + "SENSITIVE_PERSONAL_INFO not read (promotion exam results)",
    "h25j045": _TYPES + "SENSITIVE_PERSONAL_INFO not read (english cir residence card)",
    "h25l006": "declared dummy test data whose 個人番号 pass the check digit: a declaration does not clear a valid 個人番号 (fail closed: real data pasted with such a note would pass otherwise)",
    "h25l011": _TYPES + "DATE_OF_BIRTH not read (pension mapping sample)",
    "h25l018": _TYPES + "DATE_OF_BIRTH not read (ad export personal)",
    "h25l045": _TYPES + "PERSON not read (foreign resident batch error)",
    "h25n004": _TYPES + "PERSON and DATE_OF_BIRTH not read (ocr passport mrz)",
    "h25n009": _TYPES + "PERSON not read (scan seal personnel draft)",
    "h25n013": "a disciplinary memo whose subject's name is letter-spaced with a full-width blank on a line that is not letter-spaced as a whole",
    "h25n019": _TYPES + "JP_DRIVERS_LICENSE not read (fax drivers license copy)",
    "h25n024": _TYPES + "EMAIL_ADDRESS not read (ocr application forms roster)",
    "h25n027": _TYPES + "DATE_OF_BIRTH not read (fax kaigo application)",
    "h25n035": "a vertical letter read one character per line: the name and the phone are never on one line",
    "h25n037": _TYPES + "PERSON not read (ocr residence card photo)",
    "h25o017": _TYPES + "JP_ADDRESS not read (disaster foreign contact csv)",
    "h25o026": _TYPES + "PERSON not read (staff card travel booking)",
    "h25o029": _TYPES + "PERSON not read (maternal checkup interpretation)",
    "h25u011": _TYPES + "JP_ADDRESS not read (evacuation support roster)",
    "h25u031": _TYPES + "JP_ADDRESS not read (tax arrears call log)",
    "h25v005": _TYPES + "PERSON not read (tb contact investigation memo)",
    "h25x009": _TYPES + "EMAIL_ADDRESS not read (obfuscated personal email nursery)",
    "h25x016": _TYPES + "PHONE_NUMBER not read (phone split in ocr letter)",
    "h25x020": _TYPES + "PERSON not read (kanji numeral mynumber memo)",
    "h25z007": _TYPES + "PERSON not read (resident email forward)",
    "h25z009": _TYPES + "PERSON not read (infant checkup followup)",
    "h25q013": _TYPES + "DATE_OF_BIRTH not read (english resident insurance mail)",
    "h25r014": _TYPES + "PERSON not read (furusato card complaint)",
}

test_generalisation_shape_r25 = probe_test("generalisation_shapes_r25.jsonl", KNOWN_GAPS)

test_generalisation_shape_r25_sealed = probe_test("generalisation_shapes_r25_sealed.jsonl", KNOWN_GAPS)
