"""Issue 13, round 30: twenty-five sealed sets in four waves (1,125 rows), written by writers who never read or ran the
scanner (guide WRITER30; 25 block / 20 allow each; h30t, h30k, h30o, h30y, h30r, h30h 15 / 30), each scored once on first contact
(recall by action / false blocks); round 30 opened on fbc7c2c (the round-29 close), its first commit 1a8fdbf held the
fixes for three round-29 decision gaps, written before any round-30 set was scored:

- first wave, on 1a8fdbf: h30a, h30b, h30s, h30t, h30u, h30v, h30m, h30w, h30k (names written unusually in care and
  welfare work; English, romanised and mixed-language work; the hard middle of a city's month; hard negatives first;
  internal and staff matters; a ward office's week; health centre, child desks and schools; data between systems; hard
  negatives first from planning, tourism and IT): recall 186/205, false blocks 9/200;
- second wave, on 4a4038b (the first wave's fixes): h30n, h30j, h30l, h30o, h30y, h30x, h30p, h30z (a prefectural
  office's hard middle; staff as the subject; a welfare section's fortnight; hard negatives in structured data and
  public lists; hard negatives first in Japanese and English; a small town's fortnight; residents' own words; awkward
  shapes): 167/180, 12/180;
- third wave, on 4ba5e27 (the second wave's fixes): h30q, h30r, h30e, h30f (a designated city's ward offices and
  bureaus; hard negatives first from data-handling work; English and mixed-language work; staff and residents' records
  through systems and chats): 79/90, 0/90;
- fourth wave, on d16595b (the third wave's fixes and the reread): h30g, h30h, h30i, h30c (a city's winter quarter; hard
  negatives first, public lists and open data; people identified without their full name; IT and security work):
  82/90, 4/90;
- all first contacts (565 block / 560 allow): recall 0.910 (514/565), false blocks 0.045 (25/560).

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h30a044": _TYPES + "PERSON not read (html care assessment)",
    "h30b011": _TYPES + "PERSON not read (tax consultation note)",
    "h30b018": _TYPES + "JP_ADDRESS not read (housing application mail)",
    "h30b034": _TYPES + "JP_HEALTH_INSURANCE not read (clinic referral)",
    "h30b039": _TYPES + "JP_ADDRESS not read (newsletter draft)",
    "h30b044": _TYPES + "JP_DRIVERS_LICENSE not read (commuting registration)",
    "h30c001": "passwords described in words in a handover (the city flower in romaji, the founding year, a mark; the same with # at the end): no value to read",
    "h30c003": _TYPES + "JP_HEALTH_INSURANCE not read (csv export insurance)",
    "h30c015": _TYPES + "IP_ADDRESS not read (powershell script)",
    "h30c024": "a Wi-Fi key spelled out character by character in a chat (大文字のエイチ、小文字で i g a s h i、数字の 4 …)",
    "h30c044": _TYPES + "EMAIL_ADDRESS not read (incident report)",
    "h30e002": "an ALT known by a nickname and a description in an English chat (Big Mike … the ALT who's with us Tue/Thu, the tall one from Auckland) with his diagnosis",
    "h30e021": _TYPES + "PERSON and DATE_OF_BIRTH not read (coe application json)",
    "h30e022": _TYPES + "PERSON not read (delegation card reimbursement)",
    "h30e025": _TYPES + "DATE_OF_BIRTH not read (license conversion)",
    "h30e027": _TYPES + "SENSITIVE_PERSONAL_INFO not read (foreign resident consultation log)",
    "h30f038": _TYPES + "JP_DRIVERS_LICENSE not read (manager chat thread)",
    "h30f044": _TYPES + "JP_HEALTH_INSURANCE not read (sql result insurance)",
    "h30g021": _TYPES + "JP_DRIVERS_LICENSE not read (lost property record)",
    "h30g022": _TYPES + "JP_HEALTH_INSURANCE and JP_BASIC_PENSION_NUMBER not read (json system extract)",
    "h30g035": "a name after 本人確認： with a residence note in brackets (真壁 颯斗（大雄地区在住、…）) in an incident report: the label is no name label",
    "h30i020": "a resident known as 「ゴミ屋敷のじいちゃん」 by a district and a landmark in a chat, the sentence ended before the noun",
    "h30k019": _TYPES + "DATE_OF_BIRTH not read (lost passport record)",
    "h30l011": _TYPES + "JP_ADDRESS not read (neighbor dispute memo)",
    "h30l040": "a caseworker named by surname glued to CW with a note (森下CW（採用3年目）ですが、…適応障害…): CW is no title the name model reads",
    "h30l042": _TYPES + "JP_ADDRESS not read (minsei report mail)",
    "h30m001": _TYPES + "PERSON not read (infant health check record)",
    "h30m002": _TYPES + "PERSON not read (vaccination reminder csv)",
    "h30m014": _TYPES + "PERSON not read (personnel transfer draft)",
    "h30m016": _TYPES + "JP_HEALTH_INSURANCE not read (health check system json)",
    "h30m021": _TYPES + "PERSON not read (school injury report)",
    "h30m023": "an OCR'd table letter-spaced throughout (両 親 と も 精 神 疾 患 …): children by kana given name and months, the topics cut into single characters",
    "h30n017": _TYPES + "JP_DRIVERS_LICENSE not read (vehicle accident report)",
    "h30n031": _TYPES + "PERSON not read (police inquiry reply draft)",
    "h30n038": _TYPES + "PHONE_NUMBER not read (food business permit intake)",
    "h30o007": _TYPES + "JP_DRIVERS_LICENSE not read (license application register)",
    "h30p005": _TYPES + "PERSON not read (foreign resident message)",
    "h30p012": _TYPES + "PERSON not read (public hearing comment)",
    "h30p013": _TYPES + "JP_DRIVERS_LICENSE and SENSITIVE_PERSONAL_INFO not read (resident complaint email)",
    "h30p018": _TYPES + "JP_ADDRESS not read (foreign resident letter)",
    "h30p022": _TYPES + "PERSON not read (resident email thread)",
    "h30p035": _TYPES + "PERSON not read (resident letter ocr)",
    "h30p039": "speakers of a hearing's draft minutes named with 氏 before a town-level address (（大河内氏・本郷3丁目14番地）): the address is read, the name is not",
    "h30p040": _TYPES + "PHONE_NUMBER not read (voicemail transcript)",
    "h30q004": _TYPES + "PERSON not read (payment error log)",
    "h30q016": _TYPES + "JP_DRIVERS_LICENSE not read (counter identity check log)",
    "h30q020": _TYPES + "DATE_OF_BIRTH not read (foreign resident email en)",
    "h30q043": _TYPES + "JP_HEALTH_INSURANCE not read (json system export nhi)",
    "h30r001": _TYPES + "PERSON and JP_ADDRESS not read (faq benefit application)",
    "h30r003": _TYPES + "JP_HEALTH_INSURANCE not read (manual insurance card example)",
    "h30r009": _TYPES + "JP_HEALTH_INSURANCE not read (inter office mail)",
    "h30r026": "a pseudonymised case (Sさん（42歳女性）) identified by an estate's block and floor (…団地7号棟の4階), her son's school and grade",
    "h30r028": _TYPES + "JP_MY_NUMBER not read (system manual real example)",
    "h30s002": _TYPES + "PERSON and DATE_OF_BIRTH not read (csv export tax)",
    "h30s008": _TYPES + "JP_HEALTH_INSURANCE not read (health insurance notice)",
    "h30s011": _TYPES + "SENSITIVE_PERSONAL_INFO not read (waste dumping report)",
    "h30s029": _TYPES + "JP_DRIVERS_LICENSE not read (road damage claim note)",
    "h30s032": _TYPES + "SENSITIVE_PERSONAL_INFO not read (counter handover memo)",
    "h30s039": _TYPES + "PERSON not read (child protection intake)",
    "h30t032": _TYPES + "SENSITIVE_PERSONAL_INFO not read (job applicant evaluation)",
    "h30u022": _TYPES + "PERSON not read (year end adjustment csv)",
    "h30u027": _TYPES + "PERSON not read (bid rigging tip record)",
    "h30v009": _TYPES + "PERSON not read (counter log pension)",
    "h30w006": _TYPES + "PHONE_NUMBER and JP_DRIVERS_LICENSE not read (ocr form resident request)",
    "h30w021": _TYPES + "CREDENTIAL not read (python script credential)",
    "h30w036": _TYPES + "PERSON not read (rest api curl case record)",
    "h30w038": _TYPES + "JP_HEALTH_INSURANCE not read (json api payload care)",
    "h30w040": _TYPES + "JP_BASIC_PENSION_NUMBER not read (spreadsheet formula pension)",
    "h30x005": _TYPES + "JP_DRIVERS_LICENSE not read (fire brigade driver list)",
    "h30x042": _TYPES + "JP_HEALTH_INSURANCE not read (excel paste nhi arrears)",
    "h30z002": _TYPES + "PHONE_NUMBER not read (ocr handwritten form)",
    "h30z004": "vertical writing flattened in a shape the column joiner does not read",
    "h30z008": _TYPES + "PERSON not read (form labels separate lines)",
    "h30z010": _TYPES + "PHONE_NUMBER not read (kanji numeral tax record)",
    "h30z013": "an OCR'd sheet of bid prices (予定価格 cut by OCR noise)",
    "h30z021": "a faxed medical note OCR'd with the topics broken",
    "h30z024": _TYPES + "JP_DRIVERS_LICENSE and DATE_OF_BIRTH not read (id verification transcript)",
}

test_generalisation_shape_r30_sealed = probe_test("generalisation_shapes_r30_sealed.jsonl", KNOWN_GAPS)
