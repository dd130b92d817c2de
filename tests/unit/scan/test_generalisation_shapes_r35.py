"""Issue 13, round 35: sealed sets written by writers who never read or ran the scanner (guide WRITER35, the round-34
guide under a new number; 25 block / 20 allow each; the "hard negatives first" sets 15 / 30), each scored once on first
contact (recall by action / false blocks); round 35 opened on b184b52 (the round-34 close and a private-number note):

- first wave, on b184b52: h35a–h35h (an international desk's English work; hard negatives first in long public
  documents; an IT division's code, logs and config; data between systems; hard negatives first in staff business mail;
  staff matters in ordinary words; a consultation desk; a small town's week): recall 170/180, false blocks 3/180;
- second wave, on 57e7ccf: h35i–h35p (English records with names in running prose; hard negatives first in training
  material and templates; welfare and child protection; web-system data; hard negatives first in press and PR; a
  health centre; tax collection; a prefectural office's week): recall 162/180, false blocks 6/180;
- third wave, on 00e9aae: h35q–h35x (English case notes; hard negatives first in English public texts; staff chats;
  a ward office; hard negatives first in documents naming people by consent; a board of education; housing and
  building; a core city's mixed formats): recall 167/180, false blocks 9/180;
- fourth wave, on 2aa1d4b: h35y, h35z, h35ab–h35ag (a prefecture's international affairs in English; hard negatives
  first in business with outside parties; elderly care; legal affairs; hard negatives first in statistics and open
  data; emergency services; residents' letters; finance and procurement): recall 173/180, false blocks 3/180;
- fifth wave, on 6708597: h35al–h35ao (English records; staff matters in ordinary words; a welfare office; material
  copied badly between systems): recall 91/100, false blocks 0/80;
- all first contacts (36 sets, 820 block / 800 allow): recall 763/820 (0.930), false blocks 21/800 (0.026);
- a first closing measure on 6708597, no fix before it was scored: h35ah–h35ak (a mid-sized city's week; hard negatives
  first in a prefectural office; a small town office; hard negatives first in a designated city's citizen bureau):
  recall 80/80 (1.000), false blocks 3/100;
- a second closing measure on the round's final code (fb5241b), no fix after it: h35ap–h35as (a core city's week;
  hard negatives first in a village office; a prefectural health and welfare department; hard negatives first in
  general affairs, PR and planning): recall 79/80 (0.988), false blocks 1/100.

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "

KNOWN_GAPS = {
    "h35a007": "English meeting notes naming a pupil's family once in brackets (Kaio, surname Rodrigues Matsumoto) and then by given name only: the given name is not tied to the full name",
    "h35a023": _TYPES + "PERSON not read (refund bank details mail)",
    "h35a029": _TYPES + "PERSON not read (forwarded registration mail)",
    "h35a030": _TYPES + "PERSON not read (pension lump sum checklist)",
    "h35a042": _TYPES + "PERSON not read (messaging chat transcript)",
    "h35b035": _TYPES + "DATE_OF_BIRTH not read (kouhou article draft)",
    "h35c003": _TYPES + "PERSON not read (batch log tax)",
    "h35c006": _TYPES + "PERSON not read (api payload booking)",
    "h35c009": _TYPES + "PERSON not read (payment error log)",
    "h35c013": _TYPES + "JP_HEALTH_INSURANCE not read (interface log insurance)",
    "h35c019": _TYPES + "PERSON not read (access log certificate)",
    "h35c025": _TYPES + "CREDENTIAL not read (ldap config credential)",
    "h35d015": _TYPES + "JP_HEALTH_INSURANCE not read (json foreign nhi english)",
    "h35d016": _TYPES + "JP_HEALTH_INSURANCE and DATE_OF_BIRTH not read (fixed width kokuho list)",
    "h35d032": _TYPES + "DATE_OF_BIRTH and JP_HEALTH_INSURANCE not read (pdf table linebreaks kaigo)",
    "h35d034": _TYPES + "PERSON not read (headerless card payments)",
    "h35e044": "an out-of-office mail giving a private mobile with the holder in brackets after it, whose given name is also a place name (080-…（新発田 瑞穂）): the name is not read",
    "h35f020": _TYPES + "JP_DRIVERS_LICENSE not read (commuting accident claim)",
    "h35g013": _TYPES + "SENSITIVE_PERSONAL_INFO not read (counter note elderly)",
    "h35g014": _TYPES + "PERSON and JP_HEALTH_INSURANCE not read (resident letter ocr)",
    "h35i008": _TYPES + "PERSON not read (visa renewal support mail)",
    "h35i013": _TYPES + "DATE_OF_BIRTH not read (my number card reissue mail)",
    "h35i015": _TYPES + "PERSON not read (alt refund card mail)",
    "h35i018": _TYPES + "PERSON not read (pension lump sum support mail)",
    "h35i021": _TYPES + "PERSON not read (personnel transfer preannouncement)",
    "h35i022": "a staff note inside an English newsletter draft (a pupil in a custody dispute, on school expenses assistance): the newsletter reads as published and the topics are not English topic words",
    "h35j033": _TYPES + "PERSON and DATE_OF_BIRTH not read (form fill example real)",
    "h35j042": "a training manual's '記入例' contact tree whose names and private mobiles look real: read as the example it is labelled",
    "h35k004": _TYPES + "JP_ADDRESS not read (volunteer email reply)",
    "h35k010": _TYPES + "JP_DRIVERS_LICENSE not read (disability handbook case note)",
    "h35k025": _TYPES + "PERSON not read (excel watch list)",
    "h35k028": _TYPES + "JP_HEALTH_INSURANCE not read (json disability service record)",
    "h35l017": _TYPES + "DATE_OF_BIRTH not read (html form filled)",
    "h35l032": _TYPES + "JP_HEALTH_INSURANCE not read (xml export care insurance)",
    "h35m031": "a 広報 interview draft with an editor's note giving the subject's own mobile (本人の携帯へ（080-…）) and home: the subject is read as published and the number has no holder on its line",
    "h35m034": "a mayor's health kept out of the press release in a secretary's note (以下は公表しない … 脳梗塞): the mayor is an official and the note's marker is not read",
    "h35n002": _TYPES + "PERSON and PHONE_NUMBER not read (pregnancy notification ocr)",
    "h35n018": _TYPES + "PERSON not read (maternal handbook ledger)",
    "h35n045": _TYPES + "JP_HEALTH_INSURANCE not read (specific health guidance roster)",
    "h35o015": _TYPES + "PERSON not read (bank inquiry reply ocr)",
    "h35o025": _TYPES + "JP_HEALTH_INSURANCE not read (insurance card issuance list)",
    "h35p041": _TYPES + "PERSON and JP_ADDRESS not read (subsidy application pdf)",
    "h35q013": _TYPES + "JP_BASIC_PENSION_NUMBER not read (pension lump sum checklist)",
    "h35q015": _TYPES + "JP_BASIC_PENSION_NUMBER and SENSITIVE_PERSONAL_INFO not read (handover note)",
    "h35q019": _TYPES + "JP_HEALTH_INSURANCE not read (care assessment record)",
    "h35q020": _TYPES + "PERSON not read (employment support chat log)",
    "h35q025": _TYPES + "JP_ADDRESS not read (identity verification note)",
    "h35q034": _TYPES + "JP_ADDRESS not read (newsletter draft with internal note)",
    "h35r028": "a mayor's condolence on an honorary citizen's published death (cancer named, announced by her publisher): the first mention in the heading has no title after it",
    "h35r040": _TYPES + "JP_ADDRESS not read (press release draft)",
    "h35r043": "a scholarship committee's English notes listing recipients as numbered rows (1. Kotone Ishigami — … High School) with family hardship below: the names are not read",
    "h35r045": "an event report's first-aid log giving a runner by bib and surname in capitals (SHIMODA, Katsuhiko, M, 58) and his wife's mobile: the comma-inverted name is not read",
    "h35s015": _TYPES + "JP_HEALTH_INSURANCE not read (lineworks chat care insurance)",
    "h35s018": _TYPES + "SENSITIVE_PERSONAL_INFO not read (teams chat complaint)",
    "h35s024": _TYPES + "PERSON not read (teams chat driver registry)",
    "h35s025": _TYPES + "SENSITIVE_PERSONAL_INFO not read (slack chat pension)",
    "h35u035": _TYPES + "PERSON not read (award list embargoed)",
    "h35v021": _TYPES + "JP_ADDRESS not read (cumulative record ocr)",
    "h35v033": "scholarship interview notes with candidates headed 候補1 柏木 遥斗（…3年） and family illness and income below: the candidate headings are not read as names",
    "h35v044": _TYPES + "SENSITIVE_PERSONAL_INFO not read (phone complaint memo)",
    "h35w009": "a building violation log headed by a detached house's address, its residents' illness lines below: a house (no building or room) is no dwelling to the header rule",
    "h35w013": _TYPES + "PERSON not read (disaster relief payment)",
    "h35w019": _TYPES + "PHONE_NUMBER not read (ocr disaster application)",
    "h35x019": "a firm's siting negotiation (the asked price against the published one, the office's internal leeway): no phrase of the negotiation list",
    "h35x036": _TYPES + "IP_ADDRESS not read (code db connection string)",
    "h35y016": _TYPES + "PHONE_NUMBER not read (incident report tourist injury)",
    "h35y021": "a phone memo on an overstaying worker (在留期限が去年の9月で切れていて) named in Latin letters with a katakana reading, his flat's address: the lapse is not a topic word and the name is not read",
    "h35y032": "an employer's mail on a trainee's injury (Siti Nurhaliza binti Ahmad, 24) with the dormitory's address: the Malay name with binti is not read",
    "h35z045": "a reporter's query answered with a child described by school, grade and age and a parent's job, burns and a hospital stay: the described child is not read",
    "h35ab025": _TYPES + "JP_ADDRESS not read (ocr application form)",
    "h35ab032": "a 民生委員 report on the old man of the corner house (表札は「木下」) with signs of dementia in plain words: the signs are not topic words",
    "h35ab036": _TYPES + "SENSITIVE_PERSONAL_INFO not read (resident complaint memo)",
    "h35ab039": _TYPES + "SENSITIVE_PERSONAL_INFO not read (chat message home visit)",
    "h35ab042": _TYPES + "SENSITIVE_PERSONAL_INFO not read (watch agreement tip mail)",
    "h35ac011": _TYPES + "PERSON not read (lawyer consultation mail)",
    "h35ac023": _TYPES + "PERSON not read (debt repayment mail)",
    "h35ac031": _TYPES + "PHONE_NUMBER not read (ocr court document)",
    "h35ad039": "a small-cell note in a statistics memo (山手中3年の女子生徒 … 妊娠届出): the pregnancy notification count is a service word and the pupil is not read",
    "h35ad043": _TYPES + "SENSITIVE_PERSONAL_INFO not read (research interview transcript)",
    "h35ae021": _TYPES + "PERSON not read (personnel transfer draft)",
    "h35ae044": _TYPES + "SENSITIVE_PERSONAL_INFO not read (fire investigation note)",
    "h35af014": _TYPES + "PERSON not read (payment complaint mail)",
    "h35ag009": _TYPES + "PERSON not read (bid rigging tip)",
    "h35ah022": _TYPES + "PERSON not read (payment csv conversion)",
    "h35ah038": _TYPES + "SENSITIVE_PERSONAL_INFO not read (identity verification record)",
    "h35ah041": _TYPES + "JP_ADDRESS not read (foreign resident mail)",
    "h35ai037": _TYPES + "IP_ADDRESS not read (code with credential)",
    "h35ai039": _TYPES + "JP_ADDRESS not read (public housing case)",
    "h35ai040": _TYPES + "SENSITIVE_PERSONAL_INFO not read (foreign resident consultation)",
    "h35aj012": _TYPES + "JP_ADDRESS not read (resident complaint record)",
    "h35aj015": _TYPES + "DATE_OF_BIRTH not read (child allowance account change)",
    "h35aj033": _TYPES + "JP_ADDRESS not read (tax reduction reply mail)",
    "h35aj036": _TYPES + "IP_ADDRESS not read (code db connection)",
    "h35ak043": _TYPES + "DATE_OF_BIRTH not read (ocr pension application)",
    "h35al009": "an English letter to parents (Mr. and Mrs. Whitaker) about their son named by given name with his class in brackets (Ethan (Grade 4, Class 2)) and ADHD: the given name is not read",
    "h35al011": "an English HR mail to a CIR by first name only (Daniel,) telling him his own diagnosis (you have adjustment disorder): the addressee's own matter in the second person is not read",
    "h35al018": _TYPES + "JP_ADDRESS not read (complaint record)",
    "h35al032": _TYPES + "JP_HEALTH_INSURANCE not read (care case note)",
    "h35al033": _TYPES + "DATE_OF_BIRTH not read (resident mail passport)",
    "h35am044": "a LINE message to a colleague in personnel about the writer's own fertility treatment (不妊治療) signed by given name only (ゆかりです): the writer is not read",
    "h35an020": _TYPES + "SENSITIVE_PERSONAL_INFO not read (csv export assistance)",
    "h35ao004": _TYPES + "JP_HEALTH_INSURANCE not read (fixed width insurance export)",
    "h35ao007": _TYPES + "PHONE_NUMBER not read (ocr account transfer form)",
    "h35ao010": "a fixed-width export with no separators (seq, Latin name, birth date, residence card, passport run together): the packed fields are not split",
    "h35ao013": _TYPES + "DATE_OF_BIRTH not read (flattened sheet nursery children)",
    "h35ao014": _TYPES + "JP_BASIC_PENSION_NUMBER not read (pdf pension exemption)",
    "h35ao015": _TYPES + "CREDENTIAL not read (pdf vpn config manual)",
    "h35ao022": "a PDF-broken disciplinary notice draft (被処分者 … 主任 ⏎ 栗林 大悟（42歳）, 停職3月, 酒気を帯びた状態で…): the discipline is not read across the broken lines",
    "h35ao023": _TYPES + "IP_ADDRESS not read (terminal log token)",
    "h35aq039": _TYPES + "PERSON not read (foreign resident intake list)",
    "h35aq042": _TYPES + "JP_ADDRESS not read (meeting report with complaint)",
    "h35ar008": _TYPES + "SENSITIVE_PERSONAL_INFO not read (english mail airline measles)",
    "h35ar026": _TYPES + "PERSON not read (whistleblower mail)",
}

test_generalisation_shape_r35_sealed = probe_test("generalisation_shapes_r35_sealed.jsonl", KNOWN_GAPS)
