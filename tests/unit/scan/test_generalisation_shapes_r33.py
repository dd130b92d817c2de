"""Issue 13, round 33: sealed sets written by writers who never read or ran the scanner (guide WRITER33, the round-32
guide under a new number; 25 block / 20 allow each; the "hard negatives first" sets 15 / 30), each scored once on first
contact (recall by action / false blocks); round 33 opened on c925106 (the round-32 close):

- first wave, on c925106: h33a–h33h (a citizen consultation desk; hard negatives first in long public documents; CSV,
  TSV and Excel exports; error logs and support tickets; mails to rewrite or answer; hard negatives first in code and
  config; English and mixed-language work; hard negatives first in a welfare office's records): recall 158/170, false
  blocks 4/190;
- second wave, on de5ef99 (the first wave's fixes): h33i–h33p (municipal tax work; hard negatives first in a prefecture's
  PR and policy office; schools and the board of education; a public health centre; hard negatives first in procurement
  and contracts; people identified without their full name; awkward shapes of pasted text; disaster management): recall
  164/180, false blocks 9/180;
- third wave, on 72a0be5 (the second wave's fixes): h33q–h33x (housing and urban planning; hard negatives first in the
  council secretariat and the election commission; child-rearing support; people identified without their full name in
  a small town; hard negatives first in personnel and general affairs; residents' complaints to the environment, water
  and roads departments; non-public internal matters and their public twins; workplace chat exports): recall 159/180,
  false blocks 5/180.

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h33b006": _TYPES + "PERSON not read (exchange program report)",
    "h33c002": _TYPES + "JP_HEALTH_INSURANCE not read (tsv export health insurance)",
    "h33c006": _TYPES + "DATE_OF_BIRTH not read (csv export unlabeled ids)",
    "h33c023": _TYPES + "PERSON not read (csv export payment errors)",
    "h33d008": _TYPES + "JP_HEALTH_INSURANCE not read (interface csv kokuho)",
    "h33d022": _TYPES + "PERSON not read (payment gateway log)",
    "h33d031": _TYPES + "PERSON not read (mail batch log library)",
    "h33d032": _TYPES + "JP_BANK_ACCOUNT not read (fb transfer file error)",
    "h33e028": _TYPES + "PERSON not read (furusato donor mail)",
    "h33f013": _TYPES + "PERSON not read (excel vba macro)",
    "h33f044": _TYPES + "JP_HEALTH_INSURANCE not read (api json response)",
    "h33i005": _TYPES + "IP_ADDRESS not read (code snippet)",
    "h33i021": _TYPES + "PERSON not read (payment error report)",
    "h33j025": _TYPES + "PERSON not read (overseas mission roster)",
    "h33l007": _TYPES + "PERSON not read (foreign resident notice)",
    "h33m006": "a nomination committee's memo giving the case's ceiling and floor without naming them (1億2,480万円（税抜）で上限の決裁は済んでいて、下は1億1,360万円。6/19開札): no estimate's word is read",
    "h33m033": _TYPES + "PERSON not read (antisocial force inquiry reply)",
    "h33m038": "a staff extension table headed （課内用）: the bracket reads as a handling restriction (a unit-only document), which the writer took for an ordinary internal table",
    "h33o001": _TYPES + "JP_ADDRESS not read (pdf welfare decision notice)",
    "h33o002": _TYPES + "PHONE_NUMBER not read (ocr benefit claim form)",
    "h33o004": _TYPES + "JP_HEALTH_INSURANCE not read (voice memo care visit)",
    "h33o008": _TYPES + "JP_HEALTH_INSURANCE not read (fixed width insurance extract)",
    "h33o010": _TYPES + "IP_ADDRESS not read (config docker compose)",
    "h33o014": _TYPES + "CREDENTIAL not read (chat export network incident)",
    "h33o023": _TYPES + "PERSON and DATE_OF_BIRTH not read (email delegation passport list)",
    "h33o025": "a hearing's transcript with spoken fillers naming a member of staff by unit, post and former post (税務課の主査…去年度まで東出張所の所長やってた、あの、50代の) over a drink-driving case: no such description is read",
    "h33p004": _TYPES + "DATE_OF_BIRTH not read (damage survey ocr)",
    "h33q025": _TYPES + "SENSITIVE_PERSONAL_INFO not read (chat message vacant house)",
    "h33r027": "a gallery's trouble record naming the man from the visitors' register (受付簿の記載：木場 勝利、連絡先 080-…): a given name that is a common word (勝利) is not read as one",
    "h33s040": _TYPES + "PERSON not read (counter reception record)",
    "h33s043": _TYPES + "JP_HEALTH_INSURANCE not read (system json record)",
    "h33t005": "an English report identifying a resident as the owner of the only gas station in a hamlet, with debts, a wife gone and thoughts of ending it (doesn't see the point anymore): the English uniqueness cue (the only …) is not tied to such a sentence",
    "h33t013": "a personnel note naming a member of staff only as the branch office's counter staff (出張所の窓口のあの方) over depression and sick leave: no such description is read",
    "h33t019": "an English desk note identifying a woman by her husband's trade and place (the Filipina mom from Kamiyama, married to the dairy farmer up past the dam) over domestic violence: no English description is read",
    "h33t023": _TYPES + "SENSITIVE_PERSONAL_INFO not read (subsidy investigation memo)",
    "h33t035": _TYPES + "SENSITIVE_PERSONAL_INFO not read (consumer affairs log)",
    "h33t044": "a fire report locating a household by a lot and its house name (奥川町大字平瀬字中村1123番地（屋号「やまきち」方）) under a 場所： label, read as a venue, the resident two lines below",
    "h33u029": "a bank-transfer spec's example column (口座番号 7 1234567): a sequential number after the account's label reads as live (a real account may be 1234567 too)",
    "h33u031": _TYPES + "JP_DRIVERS_LICENSE not read (official vehicle driver register)",
    "h33v014": _TYPES + "SENSITIVE_PERSONAL_INFO not read (illegal dumping site memo)",
    "h33w004": "a notice of the naiji's procedure (内示の内容は、…報道発表まで外部に漏らさないよう、職員への周知をお願いします): the embargo's words read as a matter kept, though nothing of it is pasted",
    "h33w031": _TYPES + "PERSON and SENSITIVE_PERSONAL_INFO not read (audit findings draft)",
}

test_generalisation_shape_r33_sealed = probe_test("generalisation_shapes_r33_sealed.jsonl", KNOWN_GAPS)
