"""Issue 13, round 42: sealed sets written by writers who never read or ran the scanner (guide WRITER42, round 41's
guide with the round's ids; 25 block / 20 allow each; the "hard negatives first" sets 15 / 30), each scored once on first
contact (recall by action / false blocks). Round 42 went at what round 41 left — staff by nickname, letter or role only;
staff titles keeping a perpetrator or a teacher in capacity; vendors' contacts; Latin names; space-parted tables; a
staff member's own and family matters — beside ordinary weeks:

- first wave, on f93312a: h42a–h42h (staff by nickname, letter or role; harassment and discipline records naming staff by
  title; hard negatives first in vendor and contractor dealings; Latin-script and foreign names; hard negatives first in
  space-parted tables; a prefectural public health centre; hard negatives first in procurement; hard negatives first in
  a staff member's own and family matters): recall 139/160, false blocks 9/200;
- second wave, on 55a0425: h42i–h42p (a welfare office; hard negatives first in assembly business; a board of education
  and its schools; hard negatives first in staff welfare and occupational health; disaster management in a coastal
  town; hard negatives first in an IT division's code and logs; a resident-tax division; hard negatives first in
  published personnel material): recall 155/160, false blocks 7/200;
- a third wave and a closing measure, both on 7e015e7, no fix before scoring: h42q–h42t (staff writing of themselves in
  the first person; hard negatives first in council material; hard negatives first in outsourced staff inside an
  office; teachers and school staff): recall 68/80, false blocks 1/100; h42u–h42x (a mid-sized city's week; hard
  negatives first in a prefecture; a small mountain town; hard negatives first in a designated city's ward): recall
  79/80 (0.988), false blocks 2/100 (0.020);
- a fourth wave and a second closing measure, both on c3d2e12, no fix before scoring: h42y–h42ab (contractors' and
  dispatched workers' own matters; hard negatives first in business mail with companies; staff and residents writing of
  their own and their family's matters; hard negatives first in school documents naming teachers): recall 69/80, false
  blocks 13/100; h42ac–h42af (a city's week; hard negatives first in a prefecture's head office; an island village;
  hard negatives first in a core city): recall 78/80 (0.975), false blocks 1/100 (0.010);
- a fifth wave and a third closing measure, both on be54077, no fix before scoring: h42ak–h42an (companies reporting on
  their own workers; hard negatives first in companies' documents; staff's formal letters about themselves; hard
  negatives first in lists of people that are not rosters): recall 71/80, false blocks 18/100; h42ag–h42aj (a
  mid-sized city's week; hard negatives first in a prefecture and its regional offices; a farming town; hard negatives
  first in a Tokyo special ward): recall 78/80 (0.975), false blocks 2/100 (0.020);
- a sixth wave and a fourth closing measure, both on b44921b, no fix before scoring: h42as–h42av (outside workers'
  matters as staff talk about them; hard negatives first in event and drill arrangements with suppliers; residents
  writing of themselves; hard negatives first in tables of the office's own staff): recall 75/80, false blocks 2/100;
  h42ao–h42ar (a coastal city's week; hard negatives first in a prefecture; a hot-spring town; hard negatives first in a
  large city's ward): recall 80/80 (1.000), false blocks 0/100 (0.000).

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "

KNOWN_GAPS = {
    "h42a021": "a code dict keyed by nicknames (ジロー: {…diagnosis…}): a dict key is no person",
    "h42a038": "a warning mail to a member of staff by nickname (ジュンペーへ) with a free-mail address and discipline: an addressee's nickname is not read",
    "h42b006": _TYPES + "SENSITIVE_PERSONAL_INFO not read (phone call log nursery)",
    "h42b017": _TYPES + "SENSITIVE_PERSONAL_INFO not read (foreign resident complaint translation)",
    "h42b022": "a teacher named with 教諭 glued after a spaced name in a quoted mail (関 智子教諭の指導改善研修) and insomnia lines later: not paired",
    "h42b027": "the writer's own harassment evidence (私は小池です; a superior's messages, 眠れず): the writer's own matter is not read as hers",
    "h42b031": "a hearing's subject by spaced name and 教諭 (対象 宇佐美 剛 教諭): the spaced title is not read as staff",
    "h42c005": "the office's negotiating ceiling for a contract in English (we can go up to JPY 12,300,000 at most): not read",
    "h42c010": "an entry list of vendors' workers in space-parted columns (氏名　会社名　役割): read as a roster",
    "h42c018": "a contractor's engineer's divorce told in a chat (小鳥遊さん…離婚): a vendor's person by surname and a matter in another message",
    "h42c026": "a handover note naming vendors' contacts with a branch's role mail (tama@…): the role address pairs with the surname",
    "h42c029": _TYPES + "CREDENTIAL not read (handover note long)",
    "h42c032": "an English vendor mail with engineers' work mail and the company's on-call line: work contacts at the company's domain pair",
    "h42c035": "vendor minutes telling an engineer's arrhythmia treatment (四十物SE…入院予定): an engineer by surname and SE is not paired",
    "h42d001": _TYPES + "IP_ADDRESS not read (python script debug)",
    "h42d005": "an interpreters' shift list with Latin names and weekdays: read as a roster",
    "h42d032": _TYPES + "SENSITIVE_PERSONAL_INFO not read (child allowance form check)",
    "h42d039": _TYPES + "SENSITIVE_PERSONAL_INFO not read (visa change document checklist)",
    "h42d040": "an ALTs' visit schedule with Latin names: read as a roster",
    "h42e011": _TYPES + "JP_MY_NUMBER not read (juki fixed width extract)",
    "h42e014": "an event staff placement in aligned columns with a health note in a cell: not read",
    "h42e029": _TYPES + "PERSON not read (residence card list)",
    "h42f017": _TYPES + "PERSON not read (hiv referral note)",
    "h42g014": _TYPES + "PERSON not read (worker roster csv)",
    "h42h018": "a chat telling a colleague's relative's illness: the relative's matter is not paired",
    "h42i014": _TYPES + "PERSON not read (decision notice translation)",
    "h42j003": "a chat note on a council member's stomach cancer and surgery: the member is not read as a name",
    "h42j021": "public committee minutes discussing how committee papers are marked (取扱注意 as a topic): read as a marking",
    "h42j029": "a special committee's closed testimony (委員限り, a witness's addiction and debts): warned, the witness not named in a form read",
    "h42j030": "a published member directory with members' offices and a member's office mail at a free-mail domain: read as private contacts",
    "h42k028": _TYPES + "SENSITIVE_PERSONAL_INFO not read (parent letter translation)",
    "h42l005": "an overtime table whose note singles out one member of staff by a description (blood pressure, insomnia): not paired",
    "h42l034": "a memo on the vice-governor's endoscopy after a check-up: the post as subject is not read in this shape",
    "h42m009": _TYPES + "PERSON not read (reception card english short)",
    "h42m028": _TYPES + "JP_ADDRESS not read (minsei iin safety report)",
    "h42m032": "an attendance report on a member of staff (smell of drink, insomnia, a clinic): the member is not read as a name",
    "h42m044": _TYPES + "PERSON not read (foreign evacuee memo translate)",
    "h42n021": _TYPES + "SENSITIVE_PERSONAL_INFO not read (zengin transfer file parse)",
    "h42n033": "a pytest table of password-policy cases (user ids beside example passwords): a user id read as a credential",
    "h42o010": _TYPES + "SENSITIVE_PERSONAL_INFO not read (citizen mail reply quoted)",
    "h42o044": _TYPES + "IP_ADDRESS not read (sql tuning conn string)",
    "h42p007": _TYPES + "SENSITIVE_PERSONAL_INFO not read (exam scores before announcement)",
    "h42p011": _TYPES + "PERSON not read (mayor internal weekly schedule)",
    "h42q009": "a recording transcript the writer made of harassment done to them: the writer's own matter is not read as theirs",
    "h42q021": _TYPES + "PERSON not read (request memo bullets)",
    "h42q023": _TYPES + "PERSON not read (vpn troubleshooting)",
    "h42q038": _TYPES + "PERSON not read (mail draft bullets)",
    "h42q043": _TYPES + "SENSITIVE_PERSONAL_INFO not read (line message export)",
    "h42q044": _TYPES + "DATE_OF_BIRTH, SENSITIVE_PERSONAL_INFO not read (tax form csv)",
    "h42r038": _TYPES + "PERSON not read (incident report gallery)",
    "h42r044": "a chat on a council member's health: the member is not read as a name in this shape",
    "h42s007": _TYPES + "PERSON not read (english translation)",
    "h42s018": "a contractor's worker's matter in a quoted mail: the worker is not paired",
    "h42s020": "a contractor's worker's matter in a chat: the worker by surname is not paired",
    "h42s029": _TYPES + "SENSITIVE_PERSONAL_INFO not read (operator evaluation table)",
    "h42s033": "a dispatch agency mail about a dispatched worker's matter: the worker is not paired",
    "h42s034": _TYPES + "PERSON not read (interpreter payment memo)",
    "h42s035": "a reply to a resident's complaint about a contractor's worker: the worker's matter is not paired",
    "h42t004": _TYPES + "SENSITIVE_PERSONAL_INFO not read (phone complaint log)",
    "h42t008": "a teacher's performance evaluation draft: the evaluation words are not read as a record of the named teacher",
    "h42t038": _TYPES + "PERSON not read (chat salary garnishment)",
    "h42u027": _TYPES + "SENSITIVE_PERSONAL_INFO not read (land acquisition negotiation log)",
    "h42u028": _TYPES + "PERSON, JP_ADDRESS not read (counter intake memo)",
    "h42w027": _TYPES + "PERSON not read (resident request mail)",
    "h42x015": _TYPES + "PERSON not read (moving in form entry)",
    "h42y001": "a call-centre operator's return to work after epilepsy, told by the contractor: the operator by surname is not paired",
    "h42y009": _TYPES + "JP_PASSPORT not read (vendor email en)",
    "h42y017": _TYPES + "PERSON not read (residence status notice)",
    "h42y022": "an English vendor mail about an engineer's leave with work contacts: the engineer's matter is not paired",
    "h42y031": "a staff chat about a contractor's worker's DV protection order: the worker is a speaker-adjacent name, not paired",
    "h42z004": "a service contract draft naming the company's representative at its registered address: read as a person with an address",
    "h42z007": "a delivery company's mail about its driver's fracture: the driver by surname is not paired",
    "h42z010": "a Python SMTP error listing vendors' work mail and company mobiles: read as private contacts",
    "h42z013": "a worker roster's 記入例 with declared fictional values: the form's sample rows read as data",
    "h42z032": "a maintenance chat giving a worker's home address (自宅が…): no name paired",
    "h42z034": "a construction mail with a private mobile said so in a long body: not read",
    "h42aa007": "the writer's own pay garnishment explained in a letter: the writer is not read",
    "h42aa028": _TYPES + "PERSON not read (accident explanation letter)",
    "h42aa029": "the writer's own evaluation grievance: the writer is not read",
    "h42aa033": _TYPES + "PERSON not read (drive mount script)",
    "h42aa035": _TYPES + "PERSON not read (pregnancy report chat)",
    "h42ab007": _TYPES + "PERSON not read (personnel transfer draft pre naiji)",
    "h42ab018": _TYPES + "HANDLING_RESTRICTION not read (staff emergency contact list)",
    "h42ab020": "a corporal punishment incident report naming the teacher and pupil by role forms not read",
    "h42ab034": "a principal's chat on a vice-principal's wife's cancer: a post's relative's matter is not paired",
    "h42ab041": "a teachers' training group roster (受講番号,氏名,所属,職名,班): read as a roster",
    "h42ac001": _TYPES + "SENSITIVE_PERSONAL_INFO not read (resident inquiry mail)",
    "h42ac009": "a chat on the mayor's re-examination after a check-up: the title is not read as the subject in this shape",
    "h42ac037": _TYPES + "SENSITIVE_PERSONAL_INFO not read (refund transfer csv)",
    "h42ad017": "a proposal committee's minutes before the announcement (scores): not read as a non-public matter",
    "h42ad019": "a flyer's contact block whose building note (県庁新行政棟) is read as a name beside the office address",
    "h42ag001": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (foreign resident tax notice)",
    "h42ag015": "a proposal scoring sheet before the announcement: not read as a non-public matter",
    "h42ag017": _TYPES + "JP_HEALTH_INSURANCE not read (kokuho csv export)",
    "h42ai016": "police information on an illegal dumper's address and arrest: the address is read but not paired with the matter",
    "h42ai026": _TYPES + "PERSON not read (foreign resident notice translation)",
    "h42ai038": _TYPES + "JP_ADDRESS not read (evacuation support roster)",
    "h42ai043": _TYPES + "SENSITIVE_PERSONAL_INFO not read (new farmer grant review)",
    "h42aj037": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (pension exemption note)",
    "h42ak015": "a vendor's weekly status report telling an engineer's pancreatic cancer: the engineer is not paired",
    "h42ak017": _TYPES + "PERSON not read (vendor handover document)",
    "h42ak028": "a cleaning contractor's mail on a worker's norovirus infection: the worker is not paired",
    "h42ak030": "a delivery firm's alcohol-check report on a driver: the driver is not paired",
    "h42al022": "a maintenance contact sheet with engineers' company mobiles and a system fault (障害): read as private contacts",
    "h42al023": "a subcontractor ledger with representatives at company addresses: read as people with addresses",
    "h42al035": "a vehicle list with a worker's private car and home address: the private side is not read",
    "h42al039": "a contract draft with the representative and company plates: read as a person with an address",
    "h42al040": "a security deployment plan holding a radio or system password: not read",
    "h42am030": "a letter of explanation about the writer's own social-media post: the writer is not read",
    "h42am037": "a forwarded lawyer's notice of a member of staff's bankruptcy: the staff member is not paired",
    "h42am044": "a letter of explanation by a foreign member of staff under 提出者 (a katakana name in three words): not read",
    "h42an009": "a party's attendance and fee tally of colleagues' surnames with one absence reason: read as a roster with a matter",
    "h42an034": _TYPES + "PERSON not read (alt list residence card translate)",
    "h42ao001": _TYPES + "DATE_OF_BIRTH not read (sister city delegation roster)",
    "h42aq004": _TYPES + "PERSON not read (subsidy payment memo)",
    "h42aq010": _TYPES + "SENSITIVE_PERSONAL_INFO not read (personnel transfer draft)",
    "h42aq026": _TYPES + "PERSON, JP_PASSPORT not read (lost property email)",
    "h42aq038": _TYPES + "SENSITIVE_PERSONAL_INFO not read (negotiation policy memo)",
    "h42aq041": _TYPES + "DATE_OF_BIRTH not read (welfare case record)",
    "h42aq042": _TYPES + "SENSITIVE_PERSONAL_INFO not read (volunteer fire roster)",
    "h42aq043": _TYPES + "SENSITIVE_PERSONAL_INFO not read (selection scoresheet)",
    "h42ar003": _TYPES + "PERSON not read (personnel transfer draft before naiji)",
    "h42ar007": _TYPES + "PERSON not read (foreign resident counter memo en)",
    "h42ar020": _TYPES + "IP_ADDRESS not read (code with live db credential)",
    "h42as016": "a vendor's mail telling its engineer's hospitalisation and maternity leave: the engineer is not paired",
    "h42as023": "a LINE chat about a bus driver's matter by surname: the matter is not read",
    "h42as039": "a contract renewal memo on a designated manager's staff member's matter: not paired",
    "h42au010": _TYPES + "JP_HEALTH_INSURANCE not read (english mail medical cost)",
    "h42av009": "a pandas snippet building an extension directory from sample names (山田 太郎, 鈴木 花子): read as a roster",
}

test_generalisation_shapes_r42_sealed = probe_test("generalisation_shapes_r42_sealed.jsonl", KNOWN_GAPS)
