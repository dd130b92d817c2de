"""Issue 13, round 39: sealed sets written by writers who never read or ran the scanner (guide WRITER39, round 38's
guide with the round's ids; 25 block / 20 allow each; the "hard negatives first" sets 15 / 30), each scored once on first
contact (recall by action / false blocks). Round 39 went at the classes round 38 left — time-stamped logs whose people are
residents or staff, staff matters apart from their names, broken formats, deals kept from the other side, published
material that looks personal — beside ordinary weeks:

- first wave, on 2e40a34: h39a–h39h (time-stamped logs and transcripts; hard negatives first in a board of education;
  broken formats; internal audit and compliance; procurement, land and negotiations; hard negatives first in published
  material; a ward office's week; hard negatives first in IT and security): recall 157/170, false blocks 9/190;
- second wave, on 023f7ce: h39i–h39p (staff members' own matters in many shapes; hard negatives first in public
  relations; tax and revenue; a public health centre; hard negatives first in general affairs and personnel; industry,
  agriculture and fisheries; foreign residents' languages; hard negatives first in public works): recall 161/170, false
  blocks 10/190;
- third wave, on 58438be: h39q–h39x (children and families; hard negatives first in a welfare office; the mayor's office,
  council secretariat and election board; hard negatives first in staff chats of ordinary business; housing and
  building; English at an international division; hard negatives first in tables that look like rosters; water,
  waste and environment): recall 163/170, false blocks 4/190;
- all first contacts of the three waves (24 sets, 510 block / 570 allow): recall 481/510 (0.943), false blocks 23/570
  (0.040);
- a closing measure on 0b9a887, no fix before it was scored: h39y, h39z, h39ab, h39ac (a mid-sized city's week; hard
  negatives first in a prefecture's health, welfare and education; a small village's week; hard negatives first in a
  designated city's general affairs, finance, planning and IT): recall 78/80 (0.975), false blocks 0/100 (0.000);
- a fourth wave after it, on 92e1ec8: h39ad–h39ak (private persons' own letters; hard negatives first in selections and
  evaluations; staff named by role, initials or nickname; machine formats; hard negatives first in police, fire and
  disaster; a ward's counters with residents named many ways; hard negatives first in culture and sports; budget and
  internal planning): recall 154/170 (0.906), false blocks 4/190 (0.021).

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "

KNOWN_GAPS = {
    "h39af001": "a teacher named only as a club's adviser (顧問の保健体育の教諭) in a principal's mail about a pupil's injury and his earlier reprimand: no name, no unique-description cue",
    "h39af003": "a colleague by a katakana nickname (ガッキーの件) in a chat about drink-driving and discipline: the nickname is not read as a person",
    "h39af020": "a clerk named by role and tenure (庶務をやってもらってる大ベテランの方（来年3月定年の方です）) with her husband's dementia: no person read",
    "h39af032": "a nurse by initial (Kさん) in a ward chat about missing drugs, slurred speech and divorce: an initial among colleagues is read as a pseudonym",
    "h39af038": "an evaluation's subject by unit, post and window number (3番窓口担当、週30時間) without a name: no subject label the record pass reads",
    "h39af039": "a chief by unit and post (下水道課の例の主任) with drinking and separation rumours: no person read",
    "h39af041": "a colleague by a nickname (ハマちゃん) in a payroll chat about a garnishment of pay: the nickname with ちゃん is not a person to the name model",
    "h39af042": "a nurse singled out by her ward and shift (夜勤専従は今この人だけ) with her child's asthma: the uniqueness cue has no subject word before it (看護師さん)",
    "h39b039": "a harassment chat naming the accused vice principal (比嘉教頭, read as published for his award) and the victim by a rare surname (四十物先生): neither tied",
    "h39c017": "a fixed-width host record whose birth date is glued into a digit field and whose amounts are tax: the names are read, the birth date and tax are not",
    "h39d015": "an audit paper's table of related staff (関係職員) with the finding and the expected sanction paragraphs below: not tied",
    "h39f016": "a published citizen's award release telling the athlete's spinal injury: the topic on her line keeps her from the published list",
    "h39f044": "a councillor's medical absence in a memo whose name bullet and diagnosis bullet are apart: the councillor is in office, not tied",
    "h39g019": "a quoted mail whose sender (From: 保田 奈々) tells her own harassment and sleeplessness: the header's name is not read",
    "h39i002": "an expense check naming the claimant by label (請求者：…) and describing the double claim in words (重複, 過払額, 口頭で注意): not tied",
    "h39i030": "an audit paper's table of related staff by symbol (職員α) with the overtime overpayment described by symbol below: not tied",
    "h39k018": "a tax auction's estimated value (見積価額) before its notice: the word is printed in every published auction notice",
    "h39l044": "a staff mail about a child health check's staffing (1歳6か月児健診の従事者打合せ): the service word beside colleagues reads as a health topic",
    "h39m021": "an extension list whose name column is 担当者 and whose direct lines are the office's: read as a roster with numbers",
    "h39n034": "a question how to classify examples, one of them a scoring sheet (公表前): the bracketed status reads as a plan kept unpublished",
    "h39r041": "a visit rota whose staff column is 担当 and a district in a row: a colleague named again reads as a private person by that district",
    "h39u026": "a staff member's sick leave and harassment report where 森永 (also a company name) is read only as 遥: the given name alone is tied to nothing",
    "h39v029": "an ALT's complaint in English, in the first person, signed by her: her own sleeplessness is not tied to the signature",
    "h39a019": _TYPES + "SENSITIVE_PERSONAL_INFO not read (phone call memo)",
    "h39a033": _TYPES + "PERSON not read (counter log translation)",
    "h39ab004": _TYPES + "JP_ADDRESS not read (phone call log)",
    "h39ab040": _TYPES + "SENSITIVE_PERSONAL_INFO not read (driver license roster)",
    "h39ab043": _TYPES + "JP_ADDRESS not read (nhi benefit explanation)",
    "h39ac024": _TYPES + "PERSON not read (corporate card payment)",
    "h39ad001": _TYPES + "PERSON not read (foreign resident email)",
    "h39ad003": _TYPES + "SENSITIVE_PERSONAL_INFO not read (resident tax email)",
    "h39ad009": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (pension inquiry letter)",
    "h39ad012": _TYPES + "PHONE_NUMBER not read (elderly care letter)",
    "h39ad019": _TYPES + "SENSITIVE_PERSONAL_INFO not read (contractor worker email)",
    "h39ad022": _TYPES + "PERSON not read (short translation request)",
    "h39ad026": _TYPES + "PERSON not read (alt housing email)",
    "h39ad040": _TYPES + "SENSITIVE_PERSONAL_INFO not read (refund request fax)",
    "h39ae028": _TYPES + "SENSITIVE_PERSONAL_INFO not read (startup grant reply mail)",
    "h39ae039": _TYPES + "SENSITIVE_PERSONAL_INFO not read (hiring exam score csv)",
    "h39af022": _TYPES + "PERSON not read (personnel committee minutes)",
    "h39af031": _TYPES + "SENSITIVE_PERSONAL_INFO not read (alt notice residence card)",
    "h39ag003": _TYPES + "PERSON, JP_PASSPORT not read (resident record screen copy)",
    "h39ag007": _TYPES + "DATE_OF_BIRTH not read (pdf doctor opinion form)",
    "h39ag045": _TYPES + "JP_HEALTH_INSURANCE not read (a base64 CSV of the national health insurance: its 記号,番号,枝番 columns)",
    "h39ai009": _TYPES + "SENSITIVE_PERSONAL_INFO not read (incident timeline)",
    "h39ai019": _TYPES + "SENSITIVE_PERSONAL_INFO not read (pension counter notice)",
    "h39ai035": _TYPES + "PERSON not read (mynumber card counter note)",
    "h39ai042": _TYPES + "PERSON not read (account transfer list)",
    "h39aj017": _TYPES + "PERSON not read (lecturer fee my number)",
    "h39ak033": _TYPES + "HANDLING_RESTRICTION, SENSITIVE_PERSONAL_INFO not read (affiliated body review plan)",
    "h39ak040": _TYPES + "PERSON not read (travel expense note)",
    "h39b003": _TYPES + "SENSITIVE_PERSONAL_INFO not read (year end dependents mynumber)",
    "h39b030": _TYPES + "SENSITIVE_PERSONAL_INFO not read (foreign pupil enrollment memo)",
    "h39c001": _TYPES + "SENSITIVE_PERSONAL_INFO not read (fixed width mainframe export)",
    "h39c004": _TYPES + "DATE_OF_BIRTH not read (excel copy tabs lost)",
    "h39c022": _TYPES + "PERSON not read (ocr spaced letters)",
    "h39c040": _TYPES + "JP_ADDRESS not read (ocr misread characters)",
    "h39c041": _TYPES + "PHONE_NUMBER not read (excel copy tabs lost)",
    "h39d002": _TYPES + "PERSON not read (embezzlement police statement)",
    "h39d026": _TYPES + "SENSITIVE_PERSONAL_INFO not read (fuel card misuse)",
    "h39d035": _TYPES + "PERSON not read (legend alias summary)",
    "h39d037": _TYPES + "CREDENTIAL not read (it security audit report)",
    "h39e004": _TYPES + "HANDLING_RESTRICTION not read (chat short line)",
    "h39e006": _TYPES + "HANDLING_RESTRICTION not read (land private sale negotiation)",
    "h39e009": _TYPES + "SENSITIVE_PERSONAL_INFO not read (tenant relocation compensation)",
    "h39e016": _TYPES + "HANDLING_RESTRICTION not read (chat short)",
    "h39e017": _TYPES + "HANDLING_RESTRICTION not read (email with quoted thread)",
    "h39e021": _TYPES + "HANDLING_RESTRICTION not read (land negotiation memo)",
    "h39e022": _TYPES + "SENSITIVE_PERSONAL_INFO not read (land compensation csv)",
    "h39e023": _TYPES + "SENSITIVE_PERSONAL_INFO not read (payment record my number)",
    "h39e025": _TYPES + "HANDLING_RESTRICTION not read (teams chat export)",
    "h39e030": _TYPES + "HANDLING_RESTRICTION not read (quote comparison)",
    "h39e033": _TYPES + "HANDLING_RESTRICTION not read (press release draft prerelease)",
    "h39e042": _TYPES + "SENSITIVE_PERSONAL_INFO, HANDLING_RESTRICTION not read (land lease renewal)",
    "h39e045": _TYPES + "HANDLING_RESTRICTION not read (long meeting minutes)",
    "h39f010": _TYPES + "PERSON not read (personnel transfer draft)",
    "h39g006": _TYPES + "SENSITIVE_PERSONAL_INFO not read (police inquiry reply draft)",
    "h39g009": _TYPES + "PERSON not read (dv support measure notice)",
    "h39h031": _TYPES + "PERSON not read (ad bulk create initial passwords)",
    "h39h034": _TYPES + "CREDIT_CARD, PERSON not read (payment gateway debug log)",
    "h39i031": _TYPES + "PHONE_NUMBER not read (new hire import csv)",
    "h39i039": _TYPES + "SENSITIVE_PERSONAL_INFO not read (pc misuse log report)",
    "h39j027": _TYPES + "SENSITIVE_PERSONAL_INFO not read (foreign resident interview mail)",
    "h39j028": _TYPES + "PERSON not read (press qa mayor health)",
    "h39k003": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (parser unit test real record)",
    "h39k015": _TYPES + "JP_MY_NUMBER not read (tokucho fixed width)",
    "h39k035": _TYPES + "SENSITIVE_PERSONAL_INFO not read (zengin direct debit records)",
    "h39k037": _TYPES + "JP_HEALTH_INSURANCE not read (nhi special medical list)",
    "h39l031": _TYPES + "PHONE_NUMBER not read (reminder mailing list)",
    "h39l032": _TYPES + "DATE_OF_BIRTH not read (vaccination registry export)",
    "h39l037": _TYPES + "SENSITIVE_PERSONAL_INFO not read (checkup result translation)",
    "h39l039": _TYPES + "SENSITIVE_PERSONAL_INFO not read (quarantine contact email)",
    "h39n030": _TYPES + "JP_ADDRESS not read (livestock disease first report)",
    "h39o009": _TYPES + "PERSON not read (eviction notice translation)",
    "h39o012": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (nepali labor consultation)",
    "h39o015": _TYPES + "SENSITIVE_PERSONAL_INFO not read (benefit application form)",
    "h39o019": _TYPES + "DATE_OF_BIRTH not read (hospital bill message)",
    "h39o023": _TYPES + "SENSITIVE_PERSONAL_INFO not read (counseling record summary)",
    "h39o026": _TYPES + "SENSITIVE_PERSONAL_INFO not read (immigration notice translation)",
    "h39o040": _TYPES + "SENSITIVE_PERSONAL_INFO not read (email reply draft)",
    "h39p027": _TYPES + "PERSON not read (worker accident report internal)",
    "h39q038": _TYPES + "IP_ADDRESS not read (python batch script)",
    "h39r027": _TYPES + "SENSITIVE_PERSONAL_INFO not read (kinship inquiry quoted mail)",
    "h39r035": _TYPES + "JP_ADDRESS not read (teams chat visit note)",
    "h39r039": _TYPES + "SENSITIVE_PERSONAL_INFO not read (recipient list csv)",
    "h39s032": _TYPES + "SENSITIVE_PERSONAL_INFO not read (council scandal mail)",
    "h39t007": _TYPES + "PERSON not read (counter handover csv foreign residents)",
    "h39u023": _TYPES + "JP_ADDRESS, SENSITIVE_PERSONAL_INFO not read (foreign tenant mail translation)",
    "h39v011": _TYPES + "JP_BANK_ACCOUNT not read (pension refund email)",
    "h39v030": _TYPES + "PERSON not read (personnel plan pre naiji)",
    "h39v033": _TYPES + "PHONE_NUMBER not read (foreign visitor emergency chat)",
    "h39v037": _TYPES + "PERSON not read (alt onboarding checklist)",
    "h39v041": _TYPES + "SENSITIVE_PERSONAL_INFO not read (official car driver register)",
    "h39w014": _TYPES + "DATE_OF_BIRTH not read (nursery waiting list priority)",
    "h39x012": _TYPES + "SENSITIVE_PERSONAL_INFO not read (illegal dumping investigation)",
    "h39x043": _TYPES + "SENSITIVE_PERSONAL_INFO not read (english mail translation)",
    "h39y003": _TYPES + "IP_ADDRESS not read (python script with secrets)",
    "h39y020": _TYPES + "JP_HEALTH_INSURANCE not read (nhi roster csv)",
}

test_generalisation_shapes_r39 = probe_test("generalisation_shapes_r39_sealed.jsonl", KNOWN_GAPS)
