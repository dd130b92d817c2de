"""Issue 13, round 38: sealed sets written by writers who never read or ran the scanner (guide WRITER38, a new guide with
the same labelling rule; 25 block / 20 allow each; the "hard negatives first" sets 15 / 30), each scored once on first
contact (recall by action / false blocks). Round 38 went at the classes round 37 left — chats about colleagues by
nickname and the victims' own telling, English and residents' languages after one-word labels, land sales and leases in
roundabout words, broken formats, officials' own matters, published material about staff — beside ordinary weeks:

- first wave, on b4e9a05: h38a–h38h (staff chats about colleagues; hard negatives first in published material about
  staff; English case material at a multicultural desk; money and deals at property and contracts; a mid-sized city's
  week; hard negatives first in a prefectural office's week; broken formats; officials and staff themselves): recall
  161/180, false blocks 8/180;
- second wave, on 6758f4e: h38i–h38p (a designated city's ward office; hard negatives first in staff chats and mails;
  residents' languages at a foreign residents' desk; hard negatives first in contracts and property; a small town's
  week; hard negatives first in staff lists and tables; a prefecture's health, welfare and education; IT and general
  affairs): recall 163/170, false blocks 3/190;
- third wave, on b8de5eb: h38q–h38x (a core city's citizens' bureau; hard negatives first in general affairs, personnel
  and the secretariat; child and family services; hard negatives first in a small town's tourism, farming and works;
  elderly care, disability welfare and public assistance; English work at an international division and with ALTs;
  hard negatives first in tax and revenue; disaster management and public safety): recall 166/170, false blocks 7/190;
- all first contacts (24 sets, 520 block / 560 allow): recall 490/520 (0.942), false blocks 18/560 (0.032);
- a closing measure on 949e7a1, no fix before it was scored: h38y, h38z, h38ab, h38ac (a mid-sized city's week; hard
  negatives first in a designated city's welfare and citizens' bureau; a small town's week; hard negatives first in a
  prefectural office): recall 78/80 (0.975), false blocks 4/100 (0.040) — all six fixed after scoring (two selections'
  scores in CSV and bar cells, a published staff introduction, a count read as a name in public minutes, a deputy
  governor's appointment release, a test fixture of zeros).

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "

KNOWN_GAPS = {
    "h38g009": "a CSV whose name and birth date share one merged column (氏名生年月日): the header is not split, the glued name is not read",
    "h38g014": "an OCR'd doctor's opinion with a space between every character and misread digits (l0, 3O): the letter-spaced name and address are not rejoined",
    "h38g018": "a flattened table (one cell per line) of applicants: the cells of a row are not rejoined",
    "h38p035": "an audit memo naming a part-time member of staff as the agent of a bullet whose discipline is named three bullets later: not tied",
    "h38a016": _TYPES + "PERSON not read (plain chat copy)",
    "h38b036": _TYPES + "SENSITIVE_PERSONAL_INFO not read (salary account change mail)",
    "h38c009": _TYPES + "SENSITIVE_PERSONAL_INFO not read (pension lump sum support)",
    "h38c011": _TYPES + "JP_ADDRESS not read (teams chat export)",
    "h38c012": _TYPES + "JP_PASSPORT not read (homestay profile form)",
    "h38c044": _TYPES + "SENSITIVE_PERSONAL_INFO not read (resident email my number)",
    "h38d001": _TYPES + "SENSITIVE_PERSONAL_INFO not read (pt meeting minutes)",
    "h38e026": _TYPES + "DATE_OF_BIRTH not read (sister city delegation roster)",
    "h38e038": _TYPES + "SENSITIVE_PERSONAL_INFO not read (pension exemption inquiry)",
    "h38f005": _TYPES + "SENSITIVE_PERSONAL_INFO not read (foreign resident consultation mail)",
    "h38f015": _TYPES + "DATE_OF_BIRTH not read (allowance application export)",
    "h38g005": _TYPES + "PHONE_NUMBER not read (ocr scanned form)",
    "h38g031": _TYPES + "DATE_OF_BIRTH not read (pdf flattened table)",
    "h38g043": _TYPES + "JP_ADDRESS, JP_DRIVERS_LICENSE not read (ocr id card copy)",
    "h38h035": _TYPES + "SENSITIVE_PERSONAL_INFO not read (council secretariat mail thread)",
    "h38h045": _TYPES + "DATE_OF_BIRTH not read (dependent allowance python)",
    "h38i031": _TYPES + "SENSITIVE_PERSONAL_INFO not read (pension window note)",
    "h38i041": _TYPES + "PERSON not read (transfer in guidance vietnamese)",
    "h38j016": _TYPES + "PERSON not read (counter memo translation)",
    "h38j030": _TYPES + "SENSITIVE_PERSONAL_INFO not read (chat year end adjustment)",
    "h38k001": _TYPES + "PERSON not read (tax installment memo)",
    "h38k008": _TYPES + "PERSON, JP_BANK_ACCOUNT not read (school aid application chinese)",
    "h38k009": _TYPES + "JP_BANK_ACCOUNT not read (welfare interview log portuguese)",
    "h38k020": _TYPES + "SENSITIVE_PERSONAL_INFO not read (line message nepali)",
    "h38k031": _TYPES + "DATE_OF_BIRTH, SENSITIVE_PERSONAL_INFO not read (consultation note portuguese)",
    "h38k036": _TYPES + "PERSON not read (fraud message vietnamese)",
    "h38l037": _TYPES + "PERSON not read (committee honorarium payment)",
    "h38m008": _TYPES + "PERSON not read (welfare consultation record)",
    "h38m012": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (nhi notice translation)",
    "h38m031": _TYPES + "SENSITIVE_PERSONAL_INFO not read (subsidy applicant email)",
    "h38m037": _TYPES + "SENSITIVE_PERSONAL_INFO not read (resident email my number)",
    "h38n021": _TYPES + "PERSON not read (mayor internal schedule health)",
    "h38o035": _TYPES + "PERSON not read (individual education support plan)",
    "h38q006": _TYPES + "SENSITIVE_PERSONAL_INFO not read (kokuho refund cover letter)",
    "h38q030": _TYPES + "PERSON, DATE_OF_BIRTH not read (weekly report long)",
    "h38r030": _TYPES + "SENSITIVE_PERSONAL_INFO not read (year end adjustment data)",
    "h38r035": _TYPES + "PERSON not read (residence card renewal foreign staff)",
    "h38s012": _TYPES + "HANDLING_RESTRICTION not read (personnel transfer draft)",
    "h38s041": _TYPES + "JP_PASSPORT not read (foreign parent mail en)",
    "h38t004": _TYPES + "SENSITIVE_PERSONAL_INFO not read (volunteer insurance roster)",
    "h38v028": _TYPES + "PERSON not read (delegation rooming list)",
    "h38v032": _TYPES + "JP_ADDRESS not read (visa renewal prep list)",
    "h38v041": _TYPES + "SENSITIVE_PERSONAL_INFO not read (year end adjustment note)",
    "h38w022": _TYPES + "PERSON not read (marked case review)",
    "h38x018": _TYPES + "PERSON not read (volunteer firefighter injury claim)",
    "h38x022": _TYPES + "SENSITIVE_PERSONAL_INFO not read (livelihood recovery grant application)",
    "h38x044": _TYPES + "IP_ADDRESS not read (python script debug)",
    "h38y012": _TYPES + "JP_HEALTH_INSURANCE not read (resident mail english)",
    "h38y024": _TYPES + "JP_ADDRESS not read (care certification notes)",
    "h38z002": _TYPES + "JP_HEALTH_INSURANCE not read (nhi arrears roster)",
    "h38z004": _TYPES + "SENSITIVE_PERSONAL_INFO not read (intake csv export)",
    "h38z045": _TYPES + "PERSON not read (citizen complaint quoted mail)",
    "h38ab001": _TYPES + "PERSON, SENSITIVE_PERSONAL_INFO not read (official car driver register)",
    "h38ab019": _TYPES + "SENSITIVE_PERSONAL_INFO not read (tax arrears csv)",
    "h38ab021": _TYPES + "SENSITIVE_PERSONAL_INFO not read (pension exemption consult memo)",
    "h38ac019": _TYPES + "PERSON not read (governor health memo)",
}

test_generalisation_shapes_r38 = probe_test("generalisation_shapes_r38_sealed.jsonl", KNOWN_GAPS)
