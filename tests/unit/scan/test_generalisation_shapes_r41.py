"""Issue 13, round 41: sealed sets written by writers who never read or ran the scanner (guide WRITER41, round 40's
guide with the round's ids; 25 block / 20 allow each; the "hard negatives first" sets 15 / 30), each scored once on first
contact (recall by action / false blocks). Round 41 went at what round 40 left — staff by an initial with さん, a nickname
or a second mention; evaluation rows; names in code and formulas; dummy data and masking specs; tax topics in staff
chats — beside ordinary weeks:

- first wave, on 8208c83 (with the colleague-by-letter pass, written before any of its rows were read): h41a–h41h (staff
  by initial, nickname or second mention; hard negatives first in everyday staff chat; personnel evaluation; personal
  data in code and formulas; hard negatives first in synthetic and masked data; a water bureau's week; hard negatives
  first in a tax division; a children and family support centre): recall 152/170, false blocks 8/190;
- second wave, on 8e5f77d: h41i–h41p (a personnel division's week; hard negatives first in published material naming
  people; hard negatives first in vendor mail; a citizens' consultation office; English and mixed text; hard negatives
  first in information security; a public housing section; hard negatives first in spreadsheets and tables): recall
  153/160, false blocks 7/200;
- a third wave and a closing measure, both on 2ad5e09: h41u–h41x (hard negatives first in business contacts; a colleague
  introduced once, then by surname or role; hard negatives first in foreign names in office text; hard negatives first in
  issued releases): recall 61/70, false blocks 11/110; h41q–h41t, no fix before scoring (a mid-sized city's week; hard
  negatives first in a prefecture; a small town; hard negatives first in a designated city's ward): recall 78/80
  (0.975), false blocks 0/100 (0.000);
- a fourth wave and a second closing measure, both on 676d1c3: h41y–h41ab (a welfare and health department; hard
  negatives first in minutes with outside attendees; a board of education; hard negatives first in planning and
  finance): recall 77/80, false blocks 4/100; h41ac–h41af, no fix before scoring (a city's week; hard negatives first in
  a prefecture; a village; hard negatives first in a core city): recall 77/80 (0.963), false blocks 5/100 (0.050);
- a third closing measure on b86d337, no fix before scoring: h41ag–h41aj (a mid-sized city's week; hard negatives first
  in a prefecture and its regional offices; a farming and fishing town; hard negatives first in a Tokyo special ward):
  recall 80/80 (1.000), false blocks 2/100 (0.020) — two bid results pasted after the opening, fixed after scoring.

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "

KNOWN_GAPS = {
    "h41a008": "a LINE chat about a colleague by nickname (ナベさん) and his wife's hospitalisation: a nickname and a relative's matter are not paired",
    "h41b001": "an appraisal memo headed by a surname with its reading (服部（ハットリ）今期評価…): the surname alone is no person",
    "h41b004": "the writer's own fever and thanks to colleagues by nickname (リョウくん、ミホさん): the writer's matter is paired with the names",
    "h41b006": _TYPES + "SENSITIVE_PERSONAL_INFO not read (refund handover)",
    "h41b019": "a routine health check's schedule by surname (健診, 受診): the schedule's words read as health",
    "h41c001": "a promotion passed over with a drink-driving note (小野寺（管財課 主査 小野寺 達彦）…C評価…酒気帯び運転): staff in capacity",
    "h41c004": "a CIR's evaluation by Latin name and 氏 (国際交流員 Emily Hartwell 氏): a Latin name before 氏 is not read",
    "h41c007": "a bonus grade list parted by spaces (職員番号 氏名 所属 区分 備考): space-parted columns around spaced names are not read",
    "h41c016": "a teacher's evaluation headed 教諭 能見 栞（…担任）: the name is not read",
    "h41c042": _TYPES + "SENSITIVE_PERSONAL_INFO not read (promotion exam results)",
    "h41d003": _TYPES + "SENSITIVE_PERSONAL_INFO not read (sheets regex formula)",
    "h41d026": _TYPES + "JP_BANK_ACCOUNT not read (python dict records)",
    "h41d028": _TYPES + "SENSITIVE_PERSONAL_INFO not read (sql update statement)",
    "h41d031": _TYPES + "PERSON not read (vba macro)",
    "h41d040": _TYPES + "PERSON not read (excel formula with quoted mail)",
    "h41d042": _TYPES + "SENSITIVE_PERSONAL_INFO not read (sql select query)",
    "h41e002": _TYPES + "IP_ADDRESS not read (dummy seed env credential)",
    "h41e014": _TYPES + "JP_DRIVERS_LICENSE not read (masking tool error log)",
    "h41e016": _TYPES + "JP_HEALTH_INSURANCE not read (masking request raw rows)",
    "h41e019": _TYPES + "SENSITIVE_PERSONAL_INFO not read (dummy vs real comparison)",
    "h41e027": _TYPES + "PERSON not read (teams chat card from prod log)",
    "h41e042": "declared Mockaroo test rows with passport numbers: identifiers stay live in declared dummy data",
    "h41e045": _TYPES + "DATE_OF_BIRTH not read (pytest fixture real records)",
    "h41f001": _TYPES + "SENSITIVE_PERSONAL_INFO not read (name change reply translation)",
    "h41f019": _TYPES + "PERSON not read (account transfer return list)",
    "h41f038": _TYPES + "SENSITIVE_PERSONAL_INFO not read (teams chat export)",
    "h41h001": _TYPES + "PERSON not read (line message reply)",
    "h41h003": _TYPES + "SENSITIVE_PERSONAL_INFO not read (child allowance application)",
    "h41i008": _TYPES + "SENSITIVE_PERSONAL_INFO not read (recruitment exam scores pre announcement)",
    "h41i030": _TYPES + "SENSITIVE_PERSONAL_INFO not read (promotion exam results draft)",
    "h41i032": _TYPES + "SENSITIVE_PERSONAL_INFO not read (year end adjustment export)",
    "h41j026": "an honorary citizen bill (推挙) whose citation speaks of disabled children: the topic pairs with the nominee",
    "h41l001": _TYPES + "SENSITIVE_PERSONAL_INFO not read (newsletter case draft)",
    "h41l041": _TYPES + "DATE_OF_BIRTH not read (call transcript subscription)",
    "h41l044": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (foreign resident note translation)",
    "h41m032": _TYPES + "PHONE_NUMBER not read (consular translation)",
    "h41m036": _TYPES + "SENSITIVE_PERSONAL_INFO not read (alt conduct memo)",
    "h41m043": _TYPES + "SENSITIVE_PERSONAL_INFO not read (embassy reply quoted)",
    "h41o003": _TYPES + "PERSON not read (housing application foreign)",
    "h41o040": _TYPES + "PERSON not read (legal action list)",
    "h41p011": _TYPES + "PERSON not read (special collection csv my number)",
    "h41p012": _TYPES + "SENSITIVE_PERSONAL_INFO not read (direct debit data bank accounts)",
    "h41q024": "a mayor's hospitalisation kept secret, the mayor named by 本人 only: no person to pair",
    "h41q042": _TYPES + "SENSITIVE_PERSONAL_INFO not read (citizen inquiry mail)",
    "h41r018": _TYPES + "SENSITIVE_PERSONAL_INFO not read (land acquisition negotiation memo)",
    "h41s021": _TYPES + "JP_ADDRESS not read (complaint timeline)",
    "h41s036": "a welfare commissioner's LINE message quoted, its resident described without a name the model reads",
    "h41s044": _TYPES + "PERSON not read (notice translation en)",
    "h41s045": _TYPES + "PERSON not read (internal notice mayor health)",
    "h41t020": _TYPES + "JP_HEALTH_INSURANCE not read (insurance arrears spreadsheet)",
    "h41u012": "a negotiation memo's undisclosed ceiling (2,380万円まで受け入れ可): the office's negotiating limit is no listed matter",
    "h41u022": "a committee's contact list with organisations and a residents' body officer's address: read as a roster with addresses",
    "h41u025": "a business card with the writer's private notes on the contact's family and health: the card's contacts are the firm's, the notes unpaired",
    "h41u030": "minutes naming a vendor's PM with a work mail and landline: a company's work contact beside a name",
    "h41v003": "an ALT by Latin name and 氏 (Daniel Okonkwo-Reyes 氏) with surgery and family matters: a Latin name before 氏 is not read",
    "h41v020": "a work consultation record (相談者：…係長 志摩) with tax words of the division's work: paired with a colleague's second mention",
    "h41v036": "a mail to personnel about a subordinate by post and full name with a reading (主任、四十物 達也（…）): the name is not read",
    "h41v041": "a board of education mail about a teacher's corporal punishment (永井 悠真教諭): a teacher by name and 教諭 stays in capacity",
    "h41w024": "an ALT rota (TSV) whose remark tells one ALT's sick leave (Jacob WHITFIELD［…］): names in capitals with a bracket note are not read",
    "h41w027": _TYPES + "SENSITIVE_PERSONAL_INFO not read (payroll inquiry work hours)",
    "h41x016": _TYPES + "PERSON not read (decoration nomination before announcement)",
    "h41x039": _TYPES + "JP_HEALTH_INSURANCE not read (misdelivery affected list csv)",
    "h41y008": _TYPES + "SENSITIVE_PERSONAL_INFO not read (vba code with sheet data)",
    "h41z008": "a chat naming a vendor's contact with a direct line and work mail: a company's work contact beside a name",
    "h41z011": _TYPES + "PERSON not read (committee remuneration bank list)",
    "h41z016": "a wide-area union's record on a seconded member of staff (対象：…主任 本間 翔太) and embezzlement: read as a marking in question",
    "h41z039": "long minutes naming a consultant whose health is told lines later: the matter is beyond the person window",
    "h41ac028": _TYPES + "SENSITIVE_PERSONAL_INFO not read (child allowance form my number)",
    "h41ac044": _TYPES + "SENSITIVE_PERSONAL_INFO not read (pension inquiry quoted mail)",
    "h41ac045": _TYPES + "SENSITIVE_PERSONAL_INFO not read (refund reissue form check)",
    "h41ad003": "prefectural assembly minutes (○…議員 / ○…知事) answering about child guidance centres: a number and a word read as a marking and a matter",
    "h41ad013": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (foreign worker consult)",
    "h41ae002": _TYPES + "DATE_OF_BIRTH not read (move in record)",
    "h41ae034": _TYPES + "PERSON not read (resident notice translation)",
    "h41ae038": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (vacant house reply)",
    "h41af003": _TYPES + "DATE_OF_BIRTH not read (mynumber card complaint quoted mail)",
    "h41ag008": _TYPES + "IP_ADDRESS not read (python script with credentials)",
    "h41ag045": _TYPES + "SENSITIVE_PERSONAL_INFO not read (tax refund account note)",
    "h41ah013": _TYPES + "PERSON not read (foreign resident consult notes)",
    "h41ah027": _TYPES + "SENSITIVE_PERSONAL_INFO not read (official car driver register)",
    "h41ai005": _TYPES + "SENSITIVE_PERSONAL_INFO not read (official car driver register)",
    "h41ai034": _TYPES + "PERSON not read (tax return data check)",
    "h41ai036": _TYPES + "JP_HEALTH_INSURANCE not read (kokuho tax arrears list)",
    "h41ai038": _TYPES + "JP_ADDRESS not read (evacuation drill plan)",
    "h41ai043": _TYPES + "PERSON not read (mayor schedule change)",
    "h41aj008": _TYPES + "SENSITIVE_PERSONAL_INFO not read (child allowance account change)",
}

test_generalisation_shapes_r41_sealed = probe_test("generalisation_shapes_r41_sealed.jsonl", KNOWN_GAPS)
