"""Issue 13, round 36: sealed sets written by writers who never read or ran the scanner (guide WRITER36, the round-35
guide under a new number; 25 block / 20 allow each; the "hard negatives first" sets 15 / 30), each scored once on first
contact (recall by action / false blocks). Round 36 leaned on the classes left by round 35 — English names across forms,
people described without a name, staff matters in ordinary words and chats, contracts and negotiations in other words,
staff and vendor contact material — beside ordinary weeks:

- first wave, on 9303edf: h36a–h36h (an international desk's English work with names in many forms; hard negatives first
  in published texts that look personal; a personnel division; schools and children described; hard negatives first in
  procurement; a mid-sized city's week; data copied badly; the mayor's office): recall 156/180, false blocks 5/180;
- second wave, on 0d78357: h36i–h36p (English multicultural and welfare desks; hard negatives first in personnel
  material; staff matters in chats; contracts in ordinary words; welfare and health centre; hard negatives first in IT
  and data; a small town; a prefectural office): recall 159/180, false blocks 5/180;
- third wave, on de7b736: h36q–h36x (English foreign residents' desk; hard negatives first in staff directories and
  contact material; colleagues' private matters in chats; procurement across formats; a ward office; hard negatives
  first in public texts on sensitive topics; child protection; a prefecture's personnel bureau): recall 153/180, false
  blocks 12/180;
- fourth wave, on f9574e2: h36y, h36z, h36ab–h36ag (English records; hard negatives first in contact lists and
  directories; one colleague's situation; contracts across formats; hard negatives first in public-facing texts; a core
  city's week; welfare and elderly care; a town's IT and general affairs): recall 156/180, false blocks 8/180;
- all first contacts (32 sets, 720 block / 720 allow): recall 624/720 (0.867), false blocks 30/720 (0.042);
- a closing measure on 7750b06, no fix before it was scored: h36ah–h36ak (a mid-sized city's week; hard negatives first in
  a prefectural office; a small town; hard negatives first in a designated city's citizen bureau): recall 77/80 (0.963),
  false blocks 0/100 (its two bid-rigging misses were fixed after scoring by kept_matter's grammar, its third by reading
  a ヶ surname).

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "

KNOWN_GAPS = {
    "h36a007": "a host mother's English message about a French student (drunk, brought home by the police): a minor's drinking and police words are no specific topic",
    "h36a010": _TYPES + "PERSON not read (hospitalization notice)",
    "h36a013": _TYPES + "DATE_OF_BIRTH not read (year end tax adjustment)",
    "h36a014": "an ALT named by a nickname in a chat (Benji) and in full only in a roster line at the end, the arrest told in pronouns: the nickname is not tied to the full name",
    "h36a021": _TYPES + "PERSON not read (sick leave notice mail)",
    "h36c019": _TYPES + "SENSITIVE_PERSONAL_INFO not read (english hr migration mail)",
    "h36g005": _TYPES + "PERSON not read (mainframe print spool tax)",
    "h36g008": _TYPES + "PERSON not read (ocr certificate request)",
    "h36g011": "a bank-format test fixture whose account rows look real: read as an account (first wave false block)",
    "h36g019": "a PDF-broken DV consultation record: the person's name is broken over lines and not read",
    "h36g021": _TYPES + "JP_HEALTH_INSURANCE not read (sql result insurance arrears)",
    "h36g022": "an OCR'd price memo before the opening: the estimate's label is broken by OCR noise",
    "h36g027": _TYPES + "JP_HEALTH_INSURANCE not read (xml care insurance export)",
    "h36h006": _TYPES + "PERSON not read (honorarium mynumber)",
    "h36h010": "a speech draft with an undisclosed negotiation in ordinary words: no kept-from grammar in it",
    "h36h016": "a transfer before its announcement told without a 内示 word: not read",
    "h36h017": "a gift ledger with givers' addresses: the givers are not read as names",
    "h36h038": "a secretary's note of the mayor's own health (an official's health): officials stay in capacity",
    "h36h040": "the mayor's internal schedule with a hospital visit: an official's health",
    "h36h042": _TYPES + "PERSON not read (vip hotel booking)",
    "h36i003": "an English mail whose colleague is named in full once and his depression told two paragraphs on in pronouns: not tied",
    "h36i007": _TYPES + "SENSITIVE_PERSONAL_INFO not read (interpreter visit report)",
    "h36i011": _TYPES + "SENSITIVE_PERSONAL_INFO not read (interpreter email dv)",
    "h36i015": _TYPES + "PERSON not read (wechat chat form fill)",
    "h36i027": "a resident's message in Spanish with her own name and her husband in prison: Spanish self-introduction words and topics not read",
    "h36i028": "an ALT's note on 'the boy in 3-2 whose mother works nights': an English class and a parent's job do not single him out to the profile",
    "h36i029": "a chat about 'the Brazilian family in flat 203': the described family is not tied to the topics messages later",
    "h36i032": "a Portuguese message naming a child with articles (o Pedro, a Cláudia): Portuguese given names after articles are not read",
    "h36k005": "a harassment complaint naming the harasser by post and nickname, the victims unnamed and their distress in ordinary words: no topic",
    "h36k014": _TYPES + "HANDLING_RESTRICTION not read (personnel plan pre naiji)",
    "h36k024": "a chat pasted under 'X係長（…）から…連絡がありました', the chief's son's temporary custody told two lines on: the report is not tied across the paste",
    "h36m040": _TYPES + "JP_HEALTH_INSURANCE not read (ocr hospital insurance inquiry)",
    "h36n037": "a mojibake CSV header (UTF-8 read as Shift_JIS) over katakana names and birth dates: the header is not repaired, the rows have no labels",
    "h36o019": _TYPES + "PERSON not read (phone memo health insurance)",
    "h36p016": _TYPES + "PERSON not read (livestock disease notice)",
    "h36p038": _TYPES + "SENSITIVE_PERSONAL_INFO not read (labour hearing en)",
    "h36p040": _TYPES + "PERSON not read (allowance case mail)",
    "h36q010": "an English mail thread with a resident named in a quoted reply: not tied",
    "h36q014": "an English personnel plan draft: not read as before an announcement",
    "h36q015": "an English coordinators' chat about a pupil described without a name: not single out",
    "h36q016": "English internal minutes naming people by given name with their matters: not tied",
    "h36q019": _TYPES + "SENSITIVE_PERSONAL_INFO not read (json export code request)",
    "h36q034": _TYPES + "JP_DRIVERS_LICENSE not read (welfare interview interpreting)",
    "h36q044": "an English medical interpreting report: the patient's condition in plain words",
    "h36q045": "an English mail of child-abuse concern: the child named by given name, the signs in plain words",
    "h36r028": "a shift table of staff by unit in brackets, one of them an OB (税務課OB・会計年度任用): read as a roster of private people (third wave false block)",
    "h36r036": "a meeting's attendance record with one absent for health reasons said plainly: not tied",
    "h36r041": "an org chart with a note on one member's leave: not tied",
    "h36r044": "a seating chart with a note in ordinary words: no topic read",
    "h36s002": _TYPES + "PERSON not read (line works chat)",
    "h36s006": "a hearing's schedule memo naming a member of staff for discipline in ordinary words: no topic",
    "h36s010": "a Teams export about a colleague's private matter said casually: no topic word",
    "h36s013": "a chat CSV about a colleague described by post: not singled out",
    "h36s025": "a one-on-one memo about a subordinate by nickname: not tied",
    "h36t019": "an English vendor mail with a negotiation ceiling in ordinary words",
    "h36t023": "an English vendor mail with a concession kept from the counterpart in other words",
    "h36t040": "a bid system JSON before the opening whose estimate key is not one of the words",
    "h36u007": _TYPES + "JP_MY_NUMBER not read (ocr resident certificate)",
    "h36u026": _TYPES + "SENSITIVE_PERSONAL_INFO not read (third party resident record request)",
    "h36u032": _TYPES + "DATE_OF_BIRTH not read (id verification log)",
    "h36u040": "a staff chat about a resident described indirectly (a welfare matter): not singled out",
    "h36u043": _TYPES + "JP_HEALTH_INSURANCE not read (csv export nhi arrears)",
    "h36v033": _TYPES + "PERSON not read (statistics csv with note)",
    "h36v035": _TYPES + "JP_HEALTH_INSURANCE not read (medical letter translation)",
    "h36v036": _TYPES + "PERSON and PHONE_NUMBER not read (benefit faq example real data)",
    "h36v039": _TYPES + "DATE_OF_BIRTH not read (code test fixture real record)",
    "h36v040": _TYPES + "SENSITIVE_PERSONAL_INFO not read (foreign resident guide real example)",
    "h36v043": "a school fee memo with one household slipped in: the household is described, not named",
    "h36w016": "a teacher's disciplinary report: the teacher is an official in capacity",
    "h36w041": _TYPES + "PERSON not read (mixed language memo)",
    "h36w042": _TYPES + "JP_HEALTH_INSURANCE not read (system json record)",
    "h36w044": _TYPES + "SENSITIVE_PERSONAL_INFO not read (school mail thread)",
    "h36w045": "a school case meeting note on a child described by class and situation: not singled out",
    "h36y008": _TYPES + "PERSON not read (coordinator chat export)",
    "h36y015": "an English school liaison note: the pupil named by given name, the matter in ordinary words",
    "h36y029": _TYPES + "DATE_OF_BIRTH not read (hospital referral mail)",
    "h36y032": _TYPES + "SENSITIVE_PERSONAL_INFO not read (complaint handling record)",
    "h36y038": _TYPES + "JP_BANK_ACCOUNT not read (pension withdrawal support)",
    "h36z031": "a project contact list with one private mobile slipped into a list of work contacts: the row reads as the project's",
    "h36z036": _TYPES + "PERSON not read (english staff directory)",
    "h36z037": "a meeting attendance list with an absence's health reason: not tied",
    "h36z038": "an org chart with one member's family matter in a note: not tied",
    "h36ab005": "a chat CSV about 'the 主査 who came from welfare in April' and consumer-loan calls: the described colleague and the debts are not read",
    "h36ab020": "a manager's chat about a described part-time worker's self-harm: the description (the tall one at the north branch) is not a profile",
    "h36ab027": "a reply to a leave request naming the member of staff: the reason in ordinary words",
    "h36ab032": "a weekly report with a colleague's matter buried: not tied",
    "h36ab034": _TYPES + "PERSON not read (english chat log)",
    "h36ab037": "English manager's notes about a member of staff in ordinary words: no topic read",
    "h36ac001": "an English vendor mail with a ceiling or a concession in other words",
    "h36ac002": "an English negotiation mail with the office's position in ordinary words",
    "h36ac012": "a chat leaking a selection in roundabout words: no grammar for it",
    "h36ac022": _TYPES + "PERSON not read (mail qualification review marked)",
    "h36ac028": "a lease concession mail thread: the concession in ordinary words",
    "h36ad034": _TYPES + "PERSON and DATE_OF_BIRTH and JP_ADDRESS not read (foreign resident guide)",
    "h36ad042": _TYPES + "PERSON and DATE_OF_BIRTH and JP_ADDRESS not read (code test data)",
    "h36ae011": _TYPES + "PERSON not read (payment refund log)",
    "h36af009": _TYPES + "JP_HEALTH_INSURANCE not read (system json export)",
    "h36af010": _TYPES + "SENSITIVE_PERSONAL_INFO not read (resident letter)",
    "h36af019": _TYPES + "JP_ADDRESS not read (ocr assessment sheet)",
    "h36af030": _TYPES + "SENSITIVE_PERSONAL_INFO not read (english caregiver email)",
    "h36ag017": "a file-server audit listing files whose names hold residents' matters: not read",
    "h36ag025": _TYPES + "JP_ADDRESS not read (ocr drivers license register)",
    "h36ag045": "an access log of a member of staff viewing a resident's record without cause: not read as discipline",
    "h36ah012": _TYPES + "DATE_OF_BIRTH not read (pension form ocr)",
    "h36ah017": _TYPES + "SENSITIVE_PERSONAL_INFO not read (illegal dumping investigation)",
    "h36ai032": _TYPES + "PERSON not read (loan subsidy payment list)",
    "h36ai042": _TYPES + "JP_DRIVERS_LICENSE not read (tax exemption case record)",
    "h36aj010": _TYPES + "PERSON not read (newsletter contributor mail)",
    "h36aj023": _TYPES + "JP_ADDRESS not read (disaster support roster)",
    "h36aj038": _TYPES + "CREDENTIAL not read (it handover note)",
    "h36aj045": _TYPES + "JP_ADDRESS not read (tax arrears installment)",
    "h36ak044": _TYPES + "SENSITIVE_PERSONAL_INFO not read (phone call record)",
}

test_generalisation_shape_r36_sealed = probe_test("generalisation_shapes_r36_sealed.jsonl", KNOWN_GAPS)
