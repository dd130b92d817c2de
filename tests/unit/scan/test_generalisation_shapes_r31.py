"""Issue 13, round 31: thirty-four sealed sets in five waves (1,530 rows), written by writers who never read or ran the
scanner (guide WRITER31; 25 block / 20 allow each; h31c, h31j, h31p, h31r, h31t, h31y 15 / 30), each scored once on first
contact (recall by action / false blocks); round 31 opened on 5bfe167 (the round-30 close), its first commit bd31d7e
held a fix written before any round-31 set was scored (a full name followed by its given name's reading):

- first wave, on bd31d7e: h31a–h31h (a city's tax divisions; English-first international work; hard negatives first in
  published material; an IT section and its helpdesk; children and families; elderly care and disability; personnel
  and general affairs; awkward shapes): recall 178/190, false blocks 7/170;
- second wave, on 2d42704 (the first wave's fixes): h31i–h31p (residents' own words; hard negatives first in rules,
  training and samples; a prefecture's bureaus; disaster management; a health centre; procurement and finance; people
  identified without their full name in a small town; hard negatives first in English): 162/180, 5/180;
- third wave, on f9ec303 (the second wave's fixes): h31q–h31x (ward counters; hard negatives first in data work;
  teachers' personnel; hard negatives first in PR, culture and sports; residents writing in their own languages;
  public-assistance casework; security incidents; a village office's month): 168/180, 7/180;
- fourth wave, on 10f205b (the third wave's fixes): h31y, h31z, h31ab–h31ae (hard negatives first across a city hall;
  staff as the subject; residents' writing; awkward shapes; people identified without their full name; data between
  systems): 131/140, 3/130;
- fifth wave, on b2303c2 (the fourth wave's fixes and the reread): h31af–h31ai (a mid-sized city's ordinary week; hard
  negatives first; residents' welfare and health; English and mixed-language work): 84/90, 2/90;
- all first contacts (780 block / 750 allow): recall 0.927 (723/780), false blocks 0.032 (24/750).

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h31a027": _TYPES + "JP_ADDRESS not read (ocr tax return)",
    "h31ab006": _TYPES + "PERSON and PHONE_NUMBER not read (voicemail my number)",
    "h31ab023": _TYPES + "JP_HEALTH_INSURANCE not read (phone transcript nhi arrears)",
    "h31ac002": _TYPES + "JP_HEALTH_INSURANCE not read (xml care insurance export)",
    "h31ac007": _TYPES + "PERSON not read (ocr tax consultation record)",
    "h31ac008": _TYPES + "JP_PASSPORT not read (memo foreign resident mixed width)",
    "h31ac022": _TYPES + "CREDIT_CARD not read (csv donation card payments)",
    "h31ac039": _TYPES + "JP_BASIC_PENSION_NUMBER and SENSITIVE_PERSONAL_INFO not read (fax ocr pension exemption)",
    "h31ac042": _TYPES + "PERSON not read (sql result resident extract)",
    "h31ac044": _TYPES + "DATE_OF_BIRTH not read (fax ocr residence notification)",
    "h31ad012": "a visitor described by habit and look (毎朝開庁前から1階ロビーのソファにいる白髪の男性) in a caution list",
    "h31ad024": "a public figure's relative (プロ野球選手・蓮沼選手の実兄) at the tax counter: the relative pattern runs only on its cue words",
    "h31ae017": _TYPES + "DATE_OF_BIRTH not read (migration warning log)",
    "h31ae032": _TYPES + "JP_HEALTH_INSURANCE not read (etl error log)",
    "h31ae035": _TYPES + "PERSON and DATE_OF_BIRTH and JP_DRIVERS_LICENSE not read (app log identity check)",
    "h31af031": "a land-owner negotiation whose unit price is kept from the other owners (他の地権者にはこの単価の話は出さないこと): a price per ㎡ is no sizeable amount",
    "h31af034": _TYPES + "SENSITIVE_PERSONAL_INFO not read (memo pension exemption)",
    "h31af041": _TYPES + "PERSON not read (mail foreign resident nhi)",
    "h31ah037": _TYPES + "PERSON not read (livelihood support mail thread)",
    "h31ai010": _TYPES + "PERSON not read (incident report translation)",
    "h31ai013": "an ALT named on an English subject line (Re: ALT Jordan WHITAKER …) with the incident's topics lines below, beyond the person window",
    "h31ai015": "an English visit note: an estate's block and door without 号室 (市営緑ケ丘住宅 3号棟405) beside the household's matters",
    "h31ai027": _TYPES + "SENSITIVE_PERSONAL_INFO not read (ocr letter)",
    "h31ai030": _TYPES + "JP_BASIC_PENSION_NUMBER not read (alt departure checklist)",
    "h31ai033": "a transfer before its 内示 told in plain words (…へ異動する予定 … 内示は3月14日なので), a rule cue (CCに…入れないこと) after the kept-back phrase",
    "h31b005": _TYPES + "JP_BASIC_PENSION_NUMBER and JP_ADDRESS not read (pension lump sum support)",
    "h31b010": _TYPES + "PERSON not read (honorarium payment list)",
    "h31b013": _TYPES + "PHONE_NUMBER not read (lost property report)",
    "h31b027": _TYPES + "PERSON not read (refund request mail)",
    "h31d021": _TYPES + "JP_HEALTH_INSURANCE not read (stack trace ltc insurance)",
    "h31e020": _TYPES + "PERSON not read (personnel transfer draft)",
    "h31e038": _TYPES + "PERSON not read (foster care matching)",
    "h31f013": _TYPES + "JP_HEALTH_INSURANCE not read (care insurance system json)",
    "h31g015": "a staff survey's free text whose writer says the answer singles her out (育休から戻ったのは私一人) over a harassment and a pregnancy: the respondent is described by age band, sex and unit only",
    "h31h002": _TYPES + "DATE_OF_BIRTH and PHONE_NUMBER not read (form dump disability application)",
    "h31h006": _TYPES + "PERSON not read (ocr pension exemption fax)",
    "h31h008": _TYPES + "PERSON not read (vpn log firewall)",
    "h31h021": _TYPES + "PERSON not read (ocr complaint letter)",
    "h31h036": _TYPES + "JP_HEALTH_INSURANCE not read (pdf national health insurance notice)",
    "h31h044": _TYPES + "DATE_OF_BIRTH not read (ocr fax care opinion)",
    "h31i005": _TYPES + "PHONE_NUMBER not read (voicemail transcript)",
    "h31i007": _TYPES + "JP_DRIVERS_LICENSE not read (voicemail transcript)",
    "h31i010": _TYPES + "JP_ADDRESS not read (questionnaire free text)",
    "h31i015": _TYPES + "JP_ADDRESS not read (complaint mail)",
    "h31i019": _TYPES + "JP_HEALTH_INSURANCE not read (ocr letter)",
    "h31i035": _TYPES + "PERSON not read (line chat consultation)",
    "h31j004": _TYPES + "PERSON and JP_ADDRESS not read (form fill example real data)",
    "h31k029": _TYPES + "JP_HEALTH_INSURANCE not read (json patient export)",
    "h31l022": _TYPES + "JP_ADDRESS not read (welfare commissioner memo)",
    "h31l038": _TYPES + "DATE_OF_BIRTH and JP_ADDRESS not read (disaster certificate form ocr)",
    "h31m031": _TYPES + "JP_ADDRESS not read (home visit record)",
    "h31m032": _TYPES + "DATE_OF_BIRTH not read (child health checkup list)",
    "h31n018": _TYPES + "PERSON not read (honoraria payment record)",
    "h31n033": _TYPES + "PERSON not read (payment error log)",
    "h31o001": _TYPES + "DATE_OF_BIRTH not read (child protection case list)",
    "h31o017": _TYPES + "JP_ADDRESS not read (internal email care insurance)",
    "h31p043": _TYPES + "PERSON not read (delegation passport list)",
    "h31q033": _TYPES + "JP_HEALTH_INSURANCE not read (csv export kokuho)",
    "h31s044": "a teacher named on the subject line (長谷部先生の件（病休延長）) and by a glued full name with 先生, the diagnosis on later lines beyond the title-subject reach",
    "h31u004": _TYPES + "JP_HEALTH_INSURANCE not read (nhi arrears mail pt)",
    "h31u006": _TYPES + "PERSON not read (dv consult note es)",
    "h31u008": _TYPES + "DATE_OF_BIRTH not read (school enrollment inquiry tl)",
    "h31u010": _TYPES + "PERSON not read (tax certificate inquiry ne)",
    "h31u013": _TYPES + "SENSITIVE_PERSONAL_INFO not read (ltc application letter ko)",
    "h31u027": _TYPES + "PHONE_NUMBER not read (pension lump sum mail tl)",
    "h31u031": _TYPES + "DATE_OF_BIRTH not read (infant checkup message ne)",
    "h31u033": _TYPES + "PHONE_NUMBER not read (school lunch religious letter id)",
    "h31v044": _TYPES + "PERSON not read (case audit prep)",
    "h31w022": _TYPES + "IP_ADDRESS not read (code with credential)",
    "h31w038": "a member of staff named by a bare surname in a quoted mail (担当だった笹森を…彼女は…病休…適応障害)",
    "h31w045": _TYPES + "CREDENTIAL not read (audit checklist filled)",
    "h31x003": _TYPES + "DATE_OF_BIRTH not read (absentee ballot list)",
    "h31x016": _TYPES + "JP_ADDRESS not read (foreign resident registration)",
    "h31x018": "an English meter-reading note naming a household by surname and lot (Kaneshiro, Kaminosawa 88-1) with a neighbour's remark",
    "h31x026": _TYPES + "JP_ADDRESS not read (welfare visit note)",
    "h31x044": "a school-bus list whose rows put the stop between the number and the pupil's name (1　大平バス停　小松 陽翔　小4), one row's custody note",
    "h31y030": _TYPES + "PERSON and JP_ADDRESS and DATE_OF_BIRTH not read (sample form)",
    "h31y043": "a bare surname with a district (田中さん（本町5丁目の方）) in a streetlight report: read as a person with an address",
    "h31z041": "a pregnancy told of a colleague named only as 本人 in a chat to the section head",
}

test_generalisation_shape_r31_sealed = probe_test("generalisation_shapes_r31_sealed.jsonl", KNOWN_GAPS)
