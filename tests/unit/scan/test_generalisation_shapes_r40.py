"""Issue 13, round 40: sealed sets written by writers who never read or ran the scanner (guide WRITER40, round 39's
guide with the round's ids; 25 block / 20 allow each; the "hard negatives first" sets 15 / 30), each scored once on first
contact (recall by action / false blocks). Round 40 went at what round 39 left — staff named by role, initial or
nickname; audit papers; raw mail with encoded bodies; English first-person letters — beside ordinary weeks:

- first wave, on 1d285f7 (with the mail-body decoding, before any of its rows were read): h40a–h40h (staff by role,
  initial or nickname; hard negatives first in personnel and general affairs; audit and inspection papers; raw e-mail
  with encoded headers and bodies; hard negatives first in English at an international division; a junior high school's
  week; hard negatives first in a citizens' affairs division; a tax division): recall 152/170, false blocks 4/190;
- second wave, on b669dad: h40i–h40p (a welfare office's case work; hard negatives first in published material naming
  people; a fire department; hard negatives first in DX and IT; long documents with one line buried; hard negatives
  first in long-term care; foreign residents' counter; hard negatives first in lifelong learning): recall 153/160, false
  blocks 10/200;
- a closing measure on 667b8e9, no fix before it was scored: h40q–h40t (a mid-sized city's week; hard negatives first
  in a prefecture; a small town; hard negatives first in a designated city's ward office): recall 79/80 (0.988), false
  blocks 1/100 (0.010).

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "

KNOWN_GAPS = {
    "h40a004": _TYPES + "PERSON not read (harassment consultation record)",
    "h40a017": "a nursery's chief by post and initial (主任保育士Mさん) in an interview memo on complaints and her own illness: an initial after a post is read as a pseudonym",
    "h40a031": "a Python list of staff rows by unit-qualified post (情報政策課 システム係長) with leave reasons: posts in a code literal are no subject column",
    "h40a033": "a CIR by post (当課のCIR（アメリカ出身、2年目）) with bereavement and antidepressants: 国際交流員 is no post the topic pass reads",
    "h40a034": "an interpreter by initial (Fさん) as a memo's topic with DV and a shelter: an initial with さん is read as a pseudonym",
    "h40a039": "a colleague by initial (例のKさん、元出納にいて今は中央図書館に行った人) with bankruptcy: an initial with a career is no person to the name model",
    "h40b008": "safety committee memo: the matter is not paired with its person",
    "h40b040": _TYPES + "SENSITIVE_PERSONAL_INFO not read (promotion exam results)",
    "h40c001": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (forwarded audit inquiry mail)",
    "h40c002": _TYPES + "SENSITIVE_PERSONAL_INFO not read (python audit script with data)",
    "h40c006": "finding sentence rewrite: the matter is not paired with its person",
    "h40c009": _TYPES + "SENSITIVE_PERSONAL_INFO not read (designated facility labor inspection)",
    "h40c015": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (corporate card audit note)",
    "h40c036": "kansa chosho cash handling: the matter is not paired with its person",
    "h40d014": "eml qp proposal scoring: the matter is not paired with its person",
    "h40d016": _TYPES + "DATE_OF_BIRTH not read (eml multipart travel passenger list)",
    "h40d026": "eml qp own training confirmation: blocked on findings a reviewer lets through",
    "h40e027": _TYPES + "PHONE_NUMBER not read (tourist lost wallet report)",
    "h40e028": "worksheet fictional profiles: blocked on findings a reviewer lets through",
    "h40e039": _TYPES + "PERSON not read (dv consultation chat log)",
    "h40f031": _TYPES + "SENSITIVE_PERSONAL_INFO not read (staff chat year end adjustment)",
    "h40f040": _TYPES + "SENSITIVE_PERSONAL_INFO not read (grade sheet csv)",
    "h40g017": "a wareki conversion in JavaScript whose era names and sample names read as a person",
    "h40h005": "staff sick leave report: the matter is not paired with its person",
    "h40h014": _TYPES + "SENSITIVE_PERSONAL_INFO not read (card payment complaint memo)",
    "h40h016": "long meeting minutes buried case: the matter is not paired with its person",
    "h40h022": _TYPES + "SENSITIVE_PERSONAL_INFO not read (late fee calculation person)",
    "h40i027": "benefit calculation check: the matter is not paired with its person",
    "h40j021": _TYPES + "PERSON not read (jokun recommendation draft)",
    "h40l010": _TYPES + "SENSITIVE_PERSONAL_INFO not read (test fixture production copy)",
    "h40l027": _TYPES + "PERSON not read (payment error log)",
    "h40l029": "a vendor's contact with a company mail (大嶋様 oshima.k@…co.jp) in a handover mail: a work mail pairs with a person not on the staff",
    "h40l042": _TYPES + "SENSITIVE_PERSONAL_INFO not read (sql query result)",
    "h40m012": _TYPES + "PERSON not read (festival implementation report)",
    "h40m020": _TYPES + "PERSON, JP_ADDRESS, DATE_OF_BIRTH not read (counter procedure manual)",
    "h40m029": "audit response report: the matter is not paired with its person",
    "h40m031": "land sale disposal plan: the matter is not paired with its person",
    "h40m035": "training report: the matter is not paired with its person",
    "h40m039": _TYPES + "PERSON not read (overseas delegation plan)",
    "h40n032": "a dummy CSV said to be generated (テストデータ生成ツールで作ったダミー) with placeholder names and care levels: the birth dates are read as real",
    "h40o004": _TYPES + "SENSITIVE_PERSONAL_INFO not read (line chat portuguese)",
    "h40o013": "an easy-Japanese disaster guide with the office's mail and phone and allergy advice: the office's contacts are read as personal",
    "h40o020": _TYPES + "JP_ADDRESS not read (english inquiry mail)",
    "h40o024": _TYPES + "PERSON not read (easy japanese rewrite letter)",
    "h40o033": _TYPES + "SENSITIVE_PERSONAL_INFO not read (pension form draft)",
    "h40o034": _TYPES + "PERSON not read (monthly report)",
    "h40o035": _TYPES + "JP_ADDRESS not read (messenger dv nepali)",
    "h40p011": _TYPES + "PERSON not read (personnel plan pre naiji)",
    "h40p043": _TYPES + "PERSON not read (lecturer payment mynumber)",
    "h40q006": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (refund transfer csv)",
    "h40q014": _TYPES + "PERSON not read (mayor schedule note)",
    "h40q016": _TYPES + "DATE_OF_BIRTH not read (evacuation support roster)",
    "h40q032": _TYPES + "JP_HEALTH_INSURANCE not read (phone inquiry log)",
    "h40q033": _TYPES + "IP_ADDRESS not read (python code)",
    "h40r008": _TYPES + "DATE_OF_BIRTH not read (overseas training passport roster)",
    "h40s014": _TYPES + "JP_ADDRESS not read (evacuation support roster)",
    "h40s017": _TYPES + "PERSON not read (section chiefs meeting notes)",
    "h40s033": _TYPES + "PERSON not read (foreign resident notice)",
    "h40s039": _TYPES + "JP_DRIVERS_LICENSE not read (official vehicle driver register)",
    "h40t024": "a volunteer recruitment notice with the organiser's contacts and an account for fees: the body's account and contacts are read as personal",
}

test_generalisation_shapes_r40_sealed = probe_test("generalisation_shapes_r40_sealed.jsonl", KNOWN_GAPS)
