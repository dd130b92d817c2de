"""Issue 13, round 21: twelve themed blind batches (h21a–l, 540 rows) and four sealed sets (h21s–v, 180 rows), written by
writers who never read or ran the scanner (each 25 block / 20 allow), each scored once on first contact (recall by
action / false blocks):

| set | scored on | first contact | after this round's fixes |
|---|---|---|---|
| h21a (people identified without their name: the only one of a group, class and number, initials, bed) | 7c2d073 | **10/25**, 2/20 | 25/25, 0/20 |
| h21b (conversations pasted whole: chats, call transcripts, threads; details spread over messages) | 7c2d073 | 18/25, 1/20 | 23/25, 0/20 |
| h21c (private parties in legal matters; procurement before and after the opening) | 7c2d073 | 22/25, 0/20 | 25/25, 0/20 |
| h21d (forms and fields in odd layouts, identifiers split or spaced) | 7c2d073 | 25/25, 0/20 | 25/25, 0/20 |
| h21e (staff matters: rotas, English handovers, romanised names, reviews, harassment) | 7c2d073 | 20/25, 2/20 | 25/25, 0/20 |
| h21f (elections, shelters, tax collection, water, resident registry) | 7c2d073 | 25/25, 0/20 | 25/25, 0/20 |
| h21s (sealed: an ordinary fortnight's mix) | after the h21a–f fixes | 24/25, 0/20 | 25/25, 0/20 |
| h21t (sealed: the hard middle) | after the h21a–f fixes | 24/25, 0/20 | 25/25, 0/20 |
| h21g–l (English and mixed; machine formats; long documents; welfare case work; small communities; the office's own business) | after the h21a–f fixes | 144/150, 4/120 | 149/150, 1/120 |
| h21u (sealed: an ordinary month's mix) | after the h21g–l fixes | 23/25, 0/20 | 25/25, 0/20 |
| h21v (sealed: the cases a reviewer has to think about) | after the h21g–l fixes | 22/25, 1/20 | 25/25, 0/20 |
| all first contacts (400 block / 320 allow) | — | recall 0.893 (357/400), false blocks 0.031 (10/320) | |
| the four sealed sets only | — | recall 0.930 (93/100), false blocks 0.013 (1/80) | |

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h21b002": _TYPES + "PHONE_NUMBER not read: a number said over a call's turns",
    "h21b005": _TYPES + "PERSON not read: a name said after a hesitation (浜崎…浜崎 政雄です) at a counter",
    "h21b007": _TYPES + "JP_ADDRESS not read: an address said over a call's turns",
    "h21b012": _TYPES + "JP_RESIDENCE_CARD not read: a card number said at a counter",
    "h21b013": _TYPES + "DATE_OF_BIRTH not read: a birth date in chat shorthand (S45.4.19) on a message of its own",
    "h21b017": _TYPES + "PHONE_NUMBER not read: a number split over chat messages of two senders",
    "h21c005": _TYPES + "PERSON not read: a sole trader named after the trade name in an inspection record",
    "h21d006": _TYPES + "JP_DRIVERS_LICENSE not read: a licence number under a romanised key (menkyo_no=)",
    "h21d007": _TYPES + "PERSON not read: a name in 〔 〕 after its label",
    "h21d021": _TYPES + "JP_RESIDENCE_CARD and PERSON not read: a card number letter-spaced in brackets, SURNAME, Given",
    "h21e025": _TYPES + "PERSON not read: names in a space-aligned table with romanised names beside",
    "h21g004": _TYPES + "DATE_OF_BIRTH not read in a mixed-language school record",
    "h21g023": _TYPES + "PERSON not read: a romanised name with its kanji in brackets (ZHANG Wei（張偉、26歳…）)",
    "h21g024": _TYPES + "PERSON not read: a name in Hangul in a Korean mail",
    "h21h037": _TYPES + "PERSON not read: names in SQL comments after each statement",
    "h21i025": _TYPES + "PERSON not read: a driver named deep in a long regulation's memo",
    "h21j024": _TYPES + "JP_ADDRESS not read in a child-abuse referral",
    "h21k012": _TYPES + "SENSITIVE_PERSONAL_INFO not read: a community's rumour told in dialect",
    "h21t035": _TYPES + "PERSON not read: a katakana name with a middle dot in brackets with the age (グルン・ビカス、31歳)",
    "h21v003": _TYPES + "PHONE_NUMBER not read: a number split over messages",
    "h21b011": "an account number dictated over a call's turns with the staff echoing its pieces",
    "h21b020": "a card number dictated over a call's turns with a correction in between",
}

test_generalisation_shape_r21 = probe_test("generalisation_shapes_r21.jsonl", KNOWN_GAPS)

test_generalisation_shape_r21_sealed = probe_test("generalisation_shapes_r21_sealed.jsonl", KNOWN_GAPS)
