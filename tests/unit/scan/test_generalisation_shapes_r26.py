"""Issue 13, round 26: fourteen themed blind batches (h26a–n, 630 rows) and twelve sealed sets (h26o–z, 540 rows), written
by writers who never read or ran the scanner (25 block / 20 allow each; h26c 15 / 30), each scored once on first contact
(recall by action / false blocks); round 26 opened on 6d00441 (the round-25 close). "The working tree" is the round's tree
at the time, with the fixes for the sets scored before it:

| set | scored on | first contact |
|---|---|---|
| h26a, h26b, h26c, h26d (public works; council secretariat; hard negatives first, 15 / 30; fire and ambulance) | 6d00441 | 86/90, 2/90 |
| h26s, h26t, h26u (sealed: an ordinary week; the hard middle; a prefecture's month) | 6d00441 | 69/75, 2/60 |
| h26e, h26i (the registry counter; short everyday requests) | the working tree | 46/50, 0/40 |
| h26f, h26g, h26h, h26j (accounts; childcare; personnel; English work) | the working tree | 92/100, 2/80 |
| h26v (sealed: the hard middle, again) | the working tree | 25/25, 1/20 |
| h26w, h26x, h26y, h26z (sealed: the hard middle, a third time; a small town; welfare and health; a ward office) | the working tree | 95/100, 0/80 |
| h26k, h26l (staff as the subject in every department; names written in unexpected ways) | the working tree | 42/50, 1/40 |
| h26o, h26p, h26q (sealed: the hard middle, a fourth time; a city's month; a board of education) | 3783f52 (committed) | 73/75, 2/60 |
| h26n (chat and spoken text) | 3783f52 | 24/25, 0/20 |
| h26r (sealed: general affairs, planning and IT) | 3783f52 + the h26o/q fixes | 24/25, 0/20 |
| h26m (long documents and scans) | the same | 24/25, 1/20 |
| all first contacts (640 block / 530 allow) | — | recall 0.938 (600/640), false blocks 0.021 (11/530) |
| the twelve sealed sets only | — | recall 0.953 (286/300), false blocks 0.021 (5/240) |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h26m026": _TYPES + "JP_DRIVERS_LICENSE and PERSON not read: an OCR'd licence, the number split over two lines after 第, the name letter-spaced",
    "h26a020": _TYPES + "PERSON not read (worker roster health)",
    "h26a026": _TYPES + "JP_ADDRESS not read (water card payment form)",
    "h26a044": _TYPES + "PERSON not read (residence card site patrol)",
    "h26b017": _TYPES + "JP_ADDRESS not read (foreign petitioner residence card)",
    "h26d028": "a patient named in katakana with ・ after 保険証で確認 in a dispatch chat: no cue reads a katakana full name there",
    "h26e022": _TYPES + "DATE_OF_BIRTH not read (koseki correction)",
    "h26f002": "returned 全銀 transfer records (kana names and account numbers) in a fixed layout the record reader does not know",
    "h26f003": _TYPES + "PERSON not read (travel claim home address)",
    "h26g017": _TYPES + "IP_ADDRESS not read (nursery ict credential)",
    "h26g044": _TYPES + "SENSITIVE_PERSONAL_INFO not read (foreign parent mail)",
    "h26h007": "a 対象： value of a library, an employment and a post in brackets before a name with ケ: the name is not read",
    "h26h009": _TYPES + "SENSITIVE_PERSONAL_INFO not read (recruitment exam scores)",
    "h26h015": "staff as the subject named in a way the staff rules do not read yet (a name the dictionary reads as a word, a title it does not list after the name, a table of letter-spaced names, a record under a name and post heading, a buried note)",
    "h26h016": _TYPES + "SENSITIVE_PERSONAL_INFO not read (promotion exam results)",
    "h26h028": "staff as the subject named in a way the staff rules do not read yet (a name the dictionary reads as a word, a title it does not list after the name, a table of letter-spaced names, a record under a name and post heading, a buried note)",
    "h26i028": _TYPES + "PERSON not read (bank account table)",
    "h26i031": _TYPES + "PERSON not read (passport roster add)",
    "h26j002": "a personnel plan before 内示 told in English in words the term list does not hold",
    "h26j031": _TYPES + "PERSON not read (evac roster restricted)",
    "h26k002": "staff as the subject named in a way the staff rules do not read yet (a name the dictionary reads as a word, a title it does not list after the name, a table of letter-spaced names, a record under a name and post heading, a buried note)",
    "h26k014": "staff as the subject named in a way the staff rules do not read yet (a name the dictionary reads as a word, a title it does not list after the name, a table of letter-spaced names, a record under a name and post heading, a buried note)",
    "h26k029": "staff as the subject named in a way the staff rules do not read yet (a name the dictionary reads as a word, a title it does not list after the name, a table of letter-spaced names, a record under a name and post heading, a buried note)",
    "h26k041": "staff as the subject named in a way the staff rules do not read yet (a name the dictionary reads as a word, a title it does not list after the name, a table of letter-spaced names, a record under a name and post heading, a buried note)",
    "h26k044": "staff as the subject named in a way the staff rules do not read yet (a name the dictionary reads as a word, a title it does not list after the name, a table of letter-spaced names, a record under a name and post heading, a buried note)",
    "h26l015": _TYPES + "PERSON not read (buried tsuchiyoshi pension)",
    "h26l018": "a letter-spaced kanji name on a decision notice",
    "h26l028": "a 記入例 whose sample account and birth date are read as a real person's (the form's marker does not reach them)",
    "h26l030": _TYPES + "DATE_OF_BIRTH not read (ocr split name dob)",
    "h26m002": _TYPES + "PHONE_NUMBER not read (scan complaint letter)",
    "h26m005": _TYPES + "PERSON not read (scan donation fax card)",
    "h26m010": _TYPES + "PHONE_NUMBER not read (scan moving in form)",
    "h26m014": _TYPES + "PERSON not read (scan insurance card copy)",
    "h26m020": _TYPES + "PERSON not read (scan pension handbook)",
    "h26m034": _TYPES + "DATE_OF_BIRTH not read (scan claim form mynumber)",
    "h26n017": _TYPES + "PERSON not read (chat residence card)",
    "h26n018": "a voice transcript with no punctuation: a spoken address (…町の4の18の6) and names after 息子は",
    "h26o012": _TYPES + "PERSON not read (refund mail card number)",
    "h26o020": _TYPES + "PERSON not read (official vehicle accident report)",
    "h26o022": "a member of staff singled out by post and the only man at a counter, with misconduct in words the topic list does not hold",
    "h26p011": _TYPES + "PERSON and DATE_OF_BIRTH not read (delegation passport list)",
    "h26p034": _TYPES + "PERSON not read (dv support measure memo)",
    "h26q015": _TYPES + "PERSON not read (instructor appointment)",
    "h26q016": _TYPES + "PERSON not read (board minutes buried)",
    "h26q035": _TYPES + "CREDENTIAL not read (school wifi config)",
    "h26r021": _TYPES + "DATE_OF_BIRTH not read (overseas trip passport list)",
    "h26r032": "staff as the subject named in a way the staff rules do not read yet (a name the dictionary reads as a word, a title it does not list after the name, a table of letter-spaced names, a record under a name and post heading, a buried note)",
    "h26s011": _TYPES + "PERSON not read (license identity report)",
    "h26s017": _TYPES + "PERSON not read (refund bank account)",
    "h26t040": _TYPES + "DATE_OF_BIRTH not read (english mail passport)",
    "h26t044": _TYPES + "IP_ADDRESS not read (config mixed placeholder live)",
    "h26u017": _TYPES + "SENSITIVE_PERSONAL_INFO not read (police inquiry reply)",
    "h26u034": _TYPES + "PERSON not read (allowance claim ocr)",
    "h26u043": _TYPES + "SENSITIVE_PERSONAL_INFO not read (whistleblower intake)",
    "h26v012": _TYPES + "JP_RESIDENCE_CARD not read (residence card wrapped)",
    "h26v035": _TYPES + "PERSON not read (personnel plan before naiji)",
    "h26y006": _TYPES + "PERSON not read: a place-name surname and a katakana given name the dictionary reads as a noun (…トミエ様)",
    "h26y028": "an OCR'd doctor's opinion form, letter-spaced, with the birth date and address",
}

test_generalisation_shape_r26 = probe_test("generalisation_shapes_r26.jsonl", KNOWN_GAPS)

test_generalisation_shape_r26_sealed = probe_test("generalisation_shapes_r26_sealed.jsonl", KNOWN_GAPS)
