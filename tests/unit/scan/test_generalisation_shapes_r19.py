"""Issue 13, round 19: fifteen themed blind batches (h19a–o, 675 rows) and eight sealed sets (h19s–z, 360 rows), written by
writers who never read or ran the scanner (each 25 block / 20 allow), each scored once on first contact (recall by
action / false blocks):

| set | scored on | first contact | after this round's fixes |
|---|---|---|---|
| h19d + h19e (総務・契約・人事・議会; 市民課・福祉の相談窓口) | 90df558 | 47/50, 0/40 | 50/50, 0/40 |
| h19b (教育委員会と学校) | 90df558 + a subject's landline | 22/25, 1/20 | 25/25, 0/20 |
| h19c (情報政策課: tickets, logs, configs, exports) | 90df558 + a subject's landline | 22/25, 0/20 | 25/25, 0/20 |
| h19a (税務・収納・国保年金) | + a teacher as a record's subject | 23/25, 0/20 | 25/25, 0/20 |
| h19s (sealed: an ordinary week's mix) | after the h19a–e fixes | 24/25, 0/20 | 25/25, 0/20 |
| h19t (sealed: long documents, one detail buried) | after the h19a–e fixes | **22/25, 3/20** | 25/25, 0/20 |
| h19f–j (子育て, 環境・土木・上下水道, 選管・監査・会計, 防災・救急, 人事給与) | 0dfd47b | 121/125, 0/100 | 124/125, 0/100 |
| h19u (sealed: English and mixed languages) | after the h19f–j fixes | **20/25, 0/20** | 25/25, 0/20 |
| h19v (sealed: short casual prompts) | after the h19f–j fixes | 22/25, 0/20 | 25/25, 0/20 |
| h19m (short casual prompts, themed) | 294217f | 22/25, 0/20 | 25/25, 0/20 |
| h19k + h19o (English material; staff mail between offices) | 294217f | 44/50, **4/40** | 48/50, 0/40 |
| h19l + h19n (residents' languages; machine formats) | + the first h19k fixes | 46/50, 1/40 | 49/50, 0/40 |
| h19w (sealed: an ordinary mix, fresh shapes) | after the h19k–o fixes | 24/25, 0/20 | 25/25, 0/20 |
| h19x (sealed: English and mixed, fresh shapes) | after the h19k–o fixes | 22/25, 0/20 | 25/25, 0/20 |
| h19z (sealed: the harder cases, mixed) | 3eb589f (session end) | **20/25, 2/20** | 21/25, 1/20 (two cheap classes) |
| h19y (sealed: an ordinary mix) | 3eb589f + the two h19z classes | **20/25**, 0/20 | 21/25, 0/20 |
| all first contacts (575 block / 460 allow) | — | recall 0.906 (521/575), false blocks 0.024 (11/460) | |
| the eight sealed sets only | — | recall 0.870 (174/200), false blocks 0.031 (5/160) | |
| the themed sets only | — | recall 0.925 (347/375), false blocks 0.020 (6/300) | |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS = {
    "h19b038": _TYPES + "birth dates in a CSV export with a half-width kana column",
    "h19c024": _TYPES + "a birth date in a data fix's comment and an SQL column named in romaji (seinengappi)",
    "h19e035": _TYPES + "children's birth dates in brackets after their names",
    "h19e037": _TYPES + "a full name glued before です after a My Number in a chat",
    "h19e040": _TYPES + "a real name in brackets after a pseudonym label (来庁者A（…）)",
    "h19s035": _TYPES + "the card holder's name in a mail",
    "h19t032": _TYPES + "the account holder's name in a long mail",
    "h19f008": _TYPES + "a toddler's health check in shorthand (1.6健, 有意語なし, -1.8SD, EPDS13点)",
    "h19f038": _TYPES + "a birth date in a spreadsheet row under lettered columns (A B C D)",
    "h19h008": _TYPES + "a lecturer's glued name before 先生 in a chat",
    "h19h020": _TYPES + "a name beside a My Number deep in a long audit report",
    "h19i045": _TYPES + "half-width katakana payees under a 受取人名(ｶﾅ) column",
    "h19j007": _TYPES + "a mail's sender named in its From: header with the My Number of their child",
    "h19j028": _TYPES + "a new employee's glued name before its reading in brackets (日置玲奈（ヒオキ レナ）)",
    "h19u028": _TYPES + "a name in a long English document",
    "h19u045": _TYPES + "a basic pension number in an English letter",
    "h19v016": _TYPES + "a name in a short chat",
    "h19v019": _TYPES + "a glued name before a licence number in a one-line question",
    "h19v028": _TYPES + "a name beside a residence card number in a short chat",
    "h19v033": _TYPES + "a name beside an insurance number in a short chat",
    "h19k001": _TYPES + "JP_RESIDENCE_CARD not read: a residence card number without its label",
    "h19k007": _TYPES + "JP_ADDRESS not read: an address written in another order or language",
    "h19k035": _TYPES + "PERSON not read: a name (in a resident's own language or order, glued, or in a machine format)",
    "h19l008": _TYPES + "PERSON not read: a name (in a resident's own language or order, glued, or in a machine format)",
    "h19l015": _TYPES + "PERSON not read: a name (in a resident's own language or order, glued, or in a machine format)",
    "h19l039": _TYPES + "PERSON not read: a name (in a resident's own language or order, glued, or in a machine format)",
    "h19l043": _TYPES + "PERSON not read: a name (in a resident's own language or order, glued, or in a machine format)",
    "h19m015": _TYPES + "SENSITIVE_PERSONAL_INFO not read: a topic in shorthand or another language",
    "h19m031": _TYPES + "SENSITIVE_PERSONAL_INFO not read: a topic in shorthand or another language",
    "h19m035": _TYPES + "PERSON not read: a name (in a resident's own language or order, glued, or in a machine format)",
    "h19m043": _TYPES + "DATE_OF_BIRTH not read: a birth date in another format",
    "h19n012": _TYPES + "PERSON not read: a name (in a resident's own language or order, glued, or in a machine format)",
    "h19n018": _TYPES + "PERSON not read: a name (in a resident's own language or order, glued, or in a machine format)",
    "h19n023": _TYPES + "JP_MY_NUMBER not read: a My Number split across fields",
    "h19n029": _TYPES + "PERSON not read: a name (in a resident's own language or order, glued, or in a machine format)",
    "h19n033": _TYPES + "EMAIL_ADDRESS not read: an address written out or obfuscated",
    "h19n044": _TYPES + "PERSON not read: a name (in a resident's own language or order, glued, or in a machine format)",
    "h19o032": _TYPES + "JP_HEALTH_INSURANCE not read: an insurance number without its label",
    "h19w010": _TYPES + "PERSON not read: a name (in a resident's own language or order, glued, or in a machine format)",
    "h19x016": _TYPES + "DATE_OF_BIRTH not read: a birth date in another format",
    "h19x021": _TYPES + "JP_ADDRESS not read: an address written in another order or language",
    "h19x035": _TYPES + "JP_ADDRESS not read: an address written in another order or language",
    "h19x036": _TYPES + "SENSITIVE_PERSONAL_INFO not read: a topic in shorthand or another language",
    "h19n015": "a legacy fixed-width record with a My Number inside a longer digit field and no layout given",
    "h19o041": "a member of staff disclosing their own diagnosis in their handover memo (私事ですが…): no name beside it",
    "h19y008": _TYPES + "JP_BASIC_PENSION_NUMBER not read: a pension number in a casual note",
    "h19y029": _TYPES + "DATE_OF_BIRTH not read: an English birth date in a sentence (My date of birth is 14 August 1987)",
    "h19y006": "a case note's glued name followed by a bare age (柿沼寛治 62 単身…糖尿病): the name is not read",
    "h19y035": "a pupil named once (佐伯湊くん) with the bullying and the clinic lines later: beyond the topic's reach",
    "h19z041": "markings shown on a slide's line under a (…：表示の見本) caption: read as applied",
    "h19j023": "a gate's export of staff attendance (card=…, glued names, 超勤命令): staff named in their unit, the "
               "personnel record of each not read",
    "h19l013": "types only: the row blocks on its other findings; PERSON not read (a Myanmar trainee's Latin name Su Su Hlaing; it was found only while 保健師さん was misread as a name, round 33)",
}

test_generalisation_shape_r19 = probe_test("generalisation_shapes_r19.jsonl", KNOWN_GAPS)

test_generalisation_shape_r19_sealed = probe_test("generalisation_shapes_r19_sealed.jsonl", KNOWN_GAPS)
