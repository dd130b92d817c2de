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
  blocks 1/100 (0.010);
- a third wave, on 04de734: h40u–h40ab (staff by surname, initial or uniqueness in HR consultations; hard negatives first
  in staff named by role in ordinary business; staff tables and exports; hard negatives first in published releases
  about incidents; a city hospital; hard negatives first in vendor mail; a consumer affairs centre; hard negatives first
  in test data and fixtures): recall 152/160, false blocks 14/200;
- a fourth wave and a second closing measure, both on 773b1a3, no fix before scoring: h40ac–h40af (rosters with one
  person's note; hard negatives first in news clippings; hard negatives first in test data; a board of education's
  personnel work): recall 75/80, false blocks 7/100; h40ag–h40aj (a city's week; hard negatives first in a prefecture; a
  village; hard negatives first in a designated city's ward): recall 77/80 (0.963), false blocks 5/100 (0.050).

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "

KNOWN_GAPS = {
    "h40a031": "a Python list of staff rows by unit-qualified post (情報政策課 システム係長) with leave reasons: posts in a code literal are no subject column",
    "h40a033": "a CIR by post (当課のCIR（アメリカ出身、2年目）) with bereavement and antidepressants: 国際交流員 is no post the topic pass reads",
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
    "h40v030": "an evaluation meeting's notes on staff by unit label, surname and post (・A係：佐伯 主任 → 業績C…): the rows under a 人事評価 heading are not read as its subjects",
    "h40w006": _TYPES + "JP_HEALTH_INSURANCE not read (sql result pension kyosai)",
    "h40w020": _TYPES + "IP_ADDRESS not read (python pandas leave of absence)",
    "h40x028": "an award release draft with a federation's mail telling the athlete's illness (真壁選手の件…摂食障害): the surname with 選手 is no person to the name model",
    "h40y005": _TYPES + "PERSON not read (new hire onboarding checklist)",
    "h40y017": _TYPES + "PERSON not read (foreign patient billing letter)",
    "h40y036": _TYPES + "PHONE_NUMBER not read (nursing handover memo)",
    "h40z019": "a vendor mail telling a colleague's depression (当課の阿久津 亘が…阿久津は…うつ病の診断で病気休暇): the second mention by surname alone is not tied to the first",
    "h40z027": _TYPES + "PERSON not read (staff card reimbursement)",
    "h40z030": _TYPES + "PERSON not read (individual contractor invoice)",
    "h40z044": "a completion inspection record (検査結果…合格) whose inspection word reads as a health check of the staff named above",
    "h40aa001": _TYPES + "SENSITIVE_PERSONAL_INFO not read (refund request mail)",
    "h40aa029": _TYPES + "SENSITIVE_PERSONAL_INFO not read (interview record)",
    "h40ab004": _TYPES + "DATE_OF_BIRTH not read (seed script real roster)",
    "h40ab005": "a dummy 個人番号 generator's printed output (実行結果：…): numbers printed by code said to make dummies are read as live",
    "h40ab020": "a Faker seed script with its printed examples (生成例): fake names and addresses printed by the script are read as real",
    "h40ab029": _TYPES + "SENSITIVE_PERSONAL_INFO not read (zengin transfer file)",
    "h40ab030": "a data masking specification's before/after examples: the examples before masking are read as real",
    "h40ab033": _TYPES + "JP_DRIVERS_LICENSE not read (validator test own ids)",
    "h40ab035": _TYPES + "DATE_OF_BIRTH not read (pytest fixture prod record)",
    "h40ac017": "a spreadsheet's conditional-format rule naming one staff member's condition in a formula: no name the formula pass reads",
    "h40ac023": "an Excel formula condition holding a staff member's health note: the name in a formula string is not read",
    "h40ac029": _TYPES + "PERSON not read (weekly duty table marked)",
    "h40ad022": "a local news feature on a business (its owner's shop mail and phone): the owner's contacts are read as personal",
    "h40ad033": "a newspaper clipping of a rescue award whose source line has no date: the rescued person's injury pairs with the named rescuer",
    "h40ad041": _TYPES + "PERSON not read (secretariat note mayor health)",
    "h40ae008": "a procurement spec draft telling its 予定価格 in a form the internal-matter words do not cover",
    "h40ae016": "a password validator's unit test with its sample passwords: a test's literal reads as a live credential",
    "h40ae022": "a test environment's stack trace with fixture names and a condition: the fixture is read as a record",
    "h40ae041": _TYPES + "PERSON, DATE_OF_BIRTH not read (seed list from kokuho)",
    "h40af005": _TYPES + "SENSITIVE_PERSONAL_INFO not read (promotion selection results)",
    "h40af009": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (python db script)",
    "h40af010": "a routine meeting schedule mail whose agenda names a teacher beside a scheme word",
    "h40af015": "a forwarded mail thread whose teacher's matter is quoted apart from the name",
    "h40af016": _TYPES + "SENSITIVE_PERSONAL_INFO not read (parent phone log)",
    "h40af023": "an evaluation comment on a teacher named by post only",
    "h40ag015": _TYPES + "SENSITIVE_PERSONAL_INFO not read (pension inquiry memo)",
    "h40ah008": _TYPES + "SENSITIVE_PERSONAL_INFO not read (official car accident report)",
    "h40ah026": _TYPES + "SENSITIVE_PERSONAL_INFO not read (farm subsidy mail thread)",
    "h40ah038": "a published award list (報道資料 …受賞者の決定について) whose 保護司 citation names 非行少年: others' matter pairs with the awardee",
    "h40ai006": _TYPES + "JP_ADDRESS not read (resident complaint reply)",
    "h40ai009": "a DV support measure note (支援措置, 加害者) whose person is named in a form the name model does not read",
    "h40ai012": _TYPES + "JP_ADDRESS not read (village housing arrears table)",
    "h40ai017": _TYPES + "JP_ADDRESS not read (keirou list export)",
    "h40ai022": _TYPES + "PERSON not read (mayor schedule memo)",
    "h40ai023": "a chat about a resident's tax arrears (大平の瀬戸口さんとこ、固定資産税また止まってる … 分納 … 差押): tax topics in a staff chat are read as the staff's work",
    "h40ai039": _TYPES + "PERSON, DATE_OF_BIRTH not read (exchange program roster)",
    "h40aj018": _TYPES + "PERSON not read (pension weekly memo buried)",
}

test_generalisation_shapes_r40_sealed = probe_test("generalisation_shapes_r40_sealed.jsonl", KNOWN_GAPS)
