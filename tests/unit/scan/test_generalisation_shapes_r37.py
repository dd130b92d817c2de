"""Issue 13, round 37: sealed sets written by writers who never read or ran the scanner (guide WRITER37, the round-36
guide under a new number; 25 block / 20 allow each; the "hard negatives first" sets 15 / 30), each scored once on first
contact (recall by action / false blocks). Round 37 went at the classes round 36 left — a colleague's matter across
chat-export records and by nickname, English case notes told in pronouns, contracts and selections in roundabout words,
officials' own matters, broken formats, staff lists — beside ordinary weeks:

- first wave, on da6c9fe: h37a–h37h (chat exports about a colleague; hard negatives first in an international desk's
  English work; English case notes in pronouns; contracts in roundabout words; a mid-sized city's week; hard negatives
  first in staff rosters; broken formats; officials' own matters): recall 136/180, false blocks 8/180;
- second wave, on 80906b6: h37i–h37p (office chat material in many shapes; hard negatives first in staff chats; English
  material about people; contracts in many formats; hard negatives first in public procurement; officials and staff
  themselves; a small town's week; hard negatives first in staff lists): recall 146/170, false blocks 13/190;
- third wave, on 17533fa: h37q–h37x (a designated city's ward office; hard negatives first in a prefectural office; a
  welfare and health department's week; hard negatives first in a small town's general affairs; colleagues in chats and
  mails; money and deals not yet public; English material naming people; the office's own people): recall 163/180, false
  blocks 3/180;
- all first contacts (24 sets, 530 block / 550 allow): recall 445/530 (0.840), false blocks 24/550 (0.044);
- a closing measure on a5e8ec7, no fix before it was scored: h37y, h37z, h37ab, h37ac (a mid-sized city's week; hard
  negatives first in a designated city's citizen bureau; a small town's week; hard negatives first in a prefectural
  office): recall 79/80 (0.988), false blocks 1/100 (0.010) — both fixed after scoring (an estimate sheet whose past
  case's 落札率 read it as a result; a dict's closing brace read into a credential's value).

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "

KNOWN_GAPS = {
    "h37a001": "a Chatwork thread of a colleague's pay garnishment, the colleague by nickname first and named in full twenty lines on: the debts are not tied across the messages",
    "h37a002": "a Chatwork thread of a colleague by nickname (りょうちゃん) whose son no longer goes to school: the nickname is not tied to a name, the matter in ordinary words",
    "h37a011": "a Teams Graph export whose message tells a colleague's matter: the JSON record's sender and body are not tied",
    "h37a014": "a LINE WORKS export of a colleague's private matter said casually: no topic word",
    "h37a018": "a Teams chat drafting a harassment complaint: the victims are the senders, the harasser named by post; harm in ordinary words",
    "h37a020": "a Chatwork thread of a colleague's matter by given name only: not tied",
    "h37a030": "a Teams chat of a colleague's matter in ordinary words: no topic read",
    "h37b033": _TYPES + "PHONE_NUMBER not read (incident report)",
    "h37b038": _TYPES + "SENSITIVE_PERSONAL_INFO not read (complaint mail thread)",
    "h37b045": "a councillor's dialysis and diabetes in a delegation's mail: a councillor is an official in capacity",
    "h37c004": "an English home-visit note naming the family (Dela Cruz) and the pupil by given name: the names after labels of one word are not read",
    "h37c011": "a LINE chat export in English about a resident: not tied",
    "h37c024": _TYPES + "PERSON not read (payment request email)",
    "h37c028": "a case-management JSON whose client is 'Reyes, Jonalyn B.' (an initial after the comma form): the name is not read, the notes in ordinary words",
    "h37c033": _TYPES + "SENSITIVE_PERSONAL_INFO not read (repatriation briefing)",
    "h37c039": "a voicemail naming a worker by given name only (Analyn) with her pregnancy and unpaid wages: a given name alone is not read",
    "h37d002": _TYPES + "DATE_OF_BIRTH not read (compensation payment memo)",
    "h37d026": "a proposal scoring sheet before notice whose competitors are named without a company's legal form",
    "h37d032": "a nomination table before notice in roundabout words",
    "h37d033": "a consultant's chat leaking a figure in roundabout words",
    "h37d035": "an internal mail with a selection's result in roundabout words",
    "h37d038": "an internal chat with an estimate in roundabout words",
    "h37d043": "a bid-rigging report draft in words the grammar does not read",
    "h37e005": _TYPES + "JP_HEALTH_INSURANCE not read (csv kokuho enrolment)",
    "h37e039": _TYPES + "PERSON not read (ocr refund transfer list)",
    "h37f014": "a meeting memo's part-timer named with さん next to the office's own reminder work (督促): read as the person's tax matter (first wave false block)",
    "h37f043": _TYPES + "PERSON not read (committee appointment internal list)",
    "h37g003": _TYPES + "JP_HEALTH_INSURANCE not read (fixed width kokuho arrears)",
    "h37g004": _TYPES + "PHONE_NUMBER not read (ocr child allowance application)",
    "h37g005": _TYPES + "PERSON and DATE_OF_BIRTH not read (csv mojibake foreign residents)",
    "h37g006": _TYPES + "DATE_OF_BIRTH not read (pdf broken care assessment)",
    "h37g015": _TYPES + "JP_HEALTH_INSURANCE not read (csv mojibake kokuho refund)",
    "h37g018": "a flattened HTML table of nursery applicants (one cell per line): the cells of a row are not rejoined",
    "h37g021": _TYPES + "PERSON not read (ocr residence card copy)",
    "h37g023": _TYPES + "CREDIT_CARD not read (ocr furusato donation form)",
    "h37g024": "a fixed-width interface record with the child's name and birth date packed into the line: read as an address only",
    "h37g025": _TYPES + "DATE_OF_BIRTH not read (email thread mojibake csv)",
    "h37h014": _TYPES + "PERSON not read (personnel pre announcement)",
    "h37h020": "a quoted mail naming a manager by surname and post glued with a comma (宇佐美部長、) with his daughter's bullying lines below: not tied",
    "h37h034": "a side-job investigation memo of a named member of staff: a side job without permission is not a topic word",
    "h37h040": _TYPES + "PERSON not read (secretary memo bereavement)",
    "h37i001": "a Teams handover chat naming a design office's contact with さん near the office's own reminder postcards (督促はがき): read as that person's tax matter (second wave false block)",
    "h37i002": "a Teams Graph JSON whose sender tells her mother's dementia in the first person: a JSON export's sender is not tied to its message (Slack writes the sender after the message)",
    "h37i011": "a typed-out screenshot of a colleague's matter: not tied",
    "h37i020": "a group chat pasted into a mail about a colleague: not tied",
    "h37i037": "a LINE WORKS TSV export of a colleague's debts by nickname (ノブさん) and his own message going to a lawyer without a first-person word: not tied",
    "h37i040": _TYPES + "SENSITIVE_PERSONAL_INFO not read (slack dm copy)",
    "h37i045": _TYPES + "SENSITIVE_PERSONAL_INFO not read (line works tsv export)",
    "h37k004": _TYPES + "PERSON not read (alt housing mail)",
    "h37k021": _TYPES + "PERSON not read (childcare application note)",
    "h37k022": _TYPES + "PERSON not read (tax notice translation)",
    "h37k030": "a welfare case note in English whose matter is in plain words: no topic read",
    "h37k033": "a voicemail with a caller by given name and a personal mobile: the mobile is read as the caller's own, no matter tied",
    "h37k043": "a voicemail of harm in plain words (pushed me): not tied",
    "h37n001": "a secretary's memo of the mayor's examination headed 市長（嶋津）の件: an official's own health with the name in brackets after the title",
    "h37n007": _TYPES + "PERSON not read (schedule table internal)",
    "h37n011": _TYPES + "PERSON not read (crisis qa draft)",
    "h37n012": "a manager's own mail of his examination results after his self-introduction (課長の菅野です): the writer's own examination words are not among the reports writer_self reads",
    "h37n018": _TYPES + "PERSON not read (secretary memo reimbursement)",
    "h37n020": "a chat rescheduling around an official's matter in ordinary words: no topic",
    "h37o010": _TYPES + "PERSON not read (school aid bank transfer)",
    "h37o015": _TYPES + "PERSON not read (foreign resident translation)",
    "h37o029": "a mail about a chief named with the given name in brackets (松下（悠斗）係長ですが), his adjustment disorder on the line: the title subject is read only before a patient word",
    "h37p038": _TYPES + "PERSON not read (org chart)",
    "h37p039": "an English staff directory with one member's private mobile and leave reason: not tied",
    "h37p040": "a meeting attendance record with an absence's reason in ordinary words: not tied",
    "h37q026": _TYPES + "JP_HEALTH_INSURANCE not read (csv export kokuho)",
    "h37s015": _TYPES + "PERSON not read (kokuho refund reply)",
    "h37t040": _TYPES + "PERSON not read (council member bank accounts)",
    "h37u015": "a mail to personnel about a colleague in ordinary words: not tied",
    "h37u018": _TYPES + "HANDLING_RESTRICTION not read (personnel transfer draft)",
    "h37u032": _TYPES + "PERSON not read (chat export line)",
    "h37u034": _TYPES + "PERSON not read (handover memo)",
    "h37u040": "a member of staff's own request mail with the reason in ordinary words: no topic",
    "h37v005": "a mail tipping a vendor off indirectly: no grammar for it",
    "h37v021": "a LINE chat with a tip in roundabout words: not read",
    "h37w003": "a student chat log in English with a personal mobile and a matter in plain words: not tied",
    "h37w004": _TYPES + "PERSON not read (medical interpreter request form)",
    "h37w006": _TYPES + "PERSON not read (evacuee roster csv)",
    "h37w007": "a voicemail in English with the matter in plain words: not tied",
    "h37w010": _TYPES + "DATE_OF_BIRTH not read (ocr health insurance application)",
    "h37w015": _TYPES + "CREDENTIAL not read (internal network notes)",
    "h37w016": "a staff chat of an incident in English: not tied",
    "h37w020": _TYPES + "PERSON not read (license conversion support note)",
    "h37x018": _TYPES + "SENSITIVE_PERSONAL_INFO not read (secretary memo mayor family)",
    "h37x024": "a LINE chat about a colleague told indirectly: not tied",
    "h37x033": "a first report of a member of staff's arrest (主任 森永 拓海（33）を…逮捕): the surname is a brand's to the dictionary and the name is not read",
    "h37y018": _TYPES + "JP_DRIVERS_LICENSE and JP_ADDRESS not read (ocr license copy)",
    "h37y027": _TYPES + "JP_HEALTH_INSURANCE not read (excel paste nhi arrears)",
    "h37z045": _TYPES + "DATE_OF_BIRTH not read (ocr moving notice)",
    "h37ab033": _TYPES + "DATE_OF_BIRTH not read (identity check log)",
}

test_generalisation_shape_r37_sealed = probe_test("generalisation_shapes_r37_sealed.jsonl", KNOWN_GAPS)
