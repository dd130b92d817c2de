"""Issue 13, round 32: sealed sets written by writers who never read or ran the scanner (guide WRITER32, the round-31
guide under a new number; 25 block / 20 allow each; h32b, h32g 15 / 30), each scored once on first contact (recall by
action / false blocks); round 32 opened on ea6eb30 (the round-31 close), its first commit 9b77424 held two fixes written
before any round-32 set was scored (a member of staff's own paper after a bracket note; a full name taken up again by its
bare surname):

- first wave, on 9b77424: h32a–h32h (a water and sewerage bureau; hard negatives first in council work; a board of
  education; a municipal hospital's administration; municipal housing; foreign residents' support in their languages;
  hard negatives first in IT and DX work; awkward shapes): recall 171/180, false blocks 2/180;
- second wave, on a768fb5 (the first wave's fixes): h32i–h32p (registry, family-register and election counters; hard
  negatives first in statistics and surveys; nursery admissions; environment and waste; a fire department; people
  identified without their full name; English-first work; hard negatives first in HR): 175/180, 4/180;
- third wave, on 26d8802 (the second wave's fixes): h32q–h32x (agriculture, forestry and land; hard negatives first in
  legal work; community welfare; public health; roads, rivers and construction; hard negatives first in staff mail;
  audit, ombudsman and disclosure; office tools' shapes): 177/180, 5/180;
- fourth wave, on e62ca5e (the third wave's fixes): h32y, h32z, h32ab–h32ag (hard negatives first in welfare; tax
  collection and enforcement; elderly care; residents in Asian languages; mail threads' shapes; people identified
  without their full name in schools, workplaces and villages; hard negatives first in public documents naming people;
  information-security incidents): 165/180, 4/180;
- fifth wave, on ac84437 (the fourth wave's fixes): h32ah–h32ao (a small city's ordinary week; hard negatives first
  across a prefectural office; the hard middle of people identified without a full name; residents' own letters; data
  between systems; staff as the subject; secrets and internal systems; hard negatives first in code and sample data):
  163/180, 6/180;
- sixth wave, on 67b564f (the fifth wave's fixes): h32ap–h32as (a large city's ward offices; hard negatives first in a
  small town office; teachers and school staff as the subject; residents' matters in ordinary words): 85/90, 0/90;
- seventh wave, on 45915c6 (the sixth wave's fixes): h32at–h32aw (a prefecture's regional office; hard negatives first
  in web and PR work; child and family support; awkward shapes): 86/90, 2/90;
- all first contacts (1,080 block / 1,080 allow): recall 0.946 (1,022/1,080), false blocks 0.021 (23/1,080).

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h32a008": _TYPES + "PERSON not read (credit card in customer mail)",
    "h32a024": _TYPES + "JP_DRIVERS_LICENSE not read (counter identity check memo)",
    "h32c040": _TYPES + "PERSON not read (payment error log)",
    "h32d024": _TYPES + "PERSON not read (transport driver registration)",
    "h32f002": _TYPES + "PERSON not read (chat log counter)",
    "h32h002": "a case conference's record pasted from a PDF with its lines and words broken (対象世帯：木 佐貫 昌 ⏎ 平（68）): the name is not read",
    "h32h004": _TYPES + "JP_HEALTH_INSURANCE not read (json kaigo export)",
    "h32h009": _TYPES + "JP_RESIDENCE_CARD not read (ocr residence card)",
    "h32h013": _TYPES + "SENSITIVE_PERSONAL_INFO not read (fax police inquiry)",
    "h32h018": _TYPES + "PERSON not read (handwritten form transcription)",
    "h32h020": _TYPES + "PERSON not read (ocr passport delegation)",
    "h32h021": "a voice memo's spoken filler between the parts (小野寺、えー、小野寺、ゆうき … 2104の583916): neither the name nor the pension number is read",
    "h32j031": _TYPES + "PERSON not read (survey free text raw)",
    "h32j032": _TYPES + "SENSITIVE_PERSONAL_INFO not read (survey raw export csv)",
    "h32j037": _TYPES + "PHONE_NUMBER not read (ocr survey form)",
    "h32j039": _TYPES + "JP_ADDRESS not read (research interview transcript)",
    "h32k014": _TYPES + "SENSITIVE_PERSONAL_INFO not read (english parent inquiry)",
    "h32k023": _TYPES + "DATE_OF_BIRTH not read (application portal log)",
    "h32l005": _TYPES + "PERSON not read (grant payment list)",
    "h32m006": _TYPES + "JP_ADDRESS not read (fire corps roster)",
    "h32n010": "a tax consultation whose subject is named only as the former head of a riverside sawmill (先代（88歳）名義…、相談者：川沿いの製材所の今の社長（先代の息子さん）): no such description is read",
    "h32o009": _TYPES + "DATE_OF_BIRTH not read (delegation rooming list)",
    "h32o014": _TYPES + "PERSON not read (pension lump sum support note)",
    "h32o024": _TYPES + "JP_ADDRESS not read (child welfare meeting note)",
    "h32p041": _TYPES + "JP_ADDRESS not read (english visa email)",
    "h32q020": _TYPES + "PHONE_NUMBER not read (english landowner correspondence)",
    "h32r041": _TYPES + "PERSON not read (immigration inquiry mail)",
    "h32s019": _TYPES + "JP_ADDRESS not read (neighborhood concern note)",
    "h32s025": _TYPES + "JP_DRIVERS_LICENSE not read (identity check record)",
    "h32t030": _TYPES + "PHONE_NUMBER not read (ocr notification form)",
    "h32t044": _TYPES + "SENSITIVE_PERSONAL_INFO not read (english email school exposure)",
    "h32v045": _TYPES + "JP_ADDRESS not read (english handover note)",
    "h32w006": _TYPES + "PERSON not read (internal audit finding draft)",
    "h32w016": _TYPES + "PERSON not read (subsidy audit repayment notice)",
    "h32x013": _TYPES + "JP_HEALTH_INSURANCE not read (excel vlookup insurance)",
    "h32x021": _TYPES + "PERSON not read (teams meeting chat license)",
    "h32x028": "a bug ticket's test input in Japanese fields (氏名：山田 太郎 … 生年月日：1980年1月1日 … 電話：000-0000-0000): placeholder records are read only in code or data rows (a form's fields with a dummy number look like planted data)",
    "h32y037": _TYPES + "PERSON not read (payment error list)",
    "h32z033": _TYPES + "JP_HEALTH_INSURANCE not read (nhi short term card list)",
    "h32ab009": _TYPES + "JP_HEALTH_INSURANCE not read (system api json export)",
    "h32ab016": _TYPES + "DATE_OF_BIRTH not read (doctor opinion ocr)",
    "h32ac003": _TYPES + "PERSON not read (resident registration form)",
    "h32ac005": _TYPES + "SENSITIVE_PERSONAL_INFO not read (dv consultation message)",
    "h32ac008": _TYPES + "PERSON not read (child allowance account change)",
    "h32ac011": _TYPES + "DATE_OF_BIRTH not read (birth registration email)",
    "h32ac017": _TYPES + "JP_HEALTH_INSURANCE and SENSITIVE_PERSONAL_INFO not read (long term care application)",
    "h32ac018": _TYPES + "PERSON and DATE_OF_BIRTH not read (csv intern roster)",
    "h32ac020": _TYPES + "PERSON not read (pension lump sum help)",
    "h32ae023": _TYPES + "SENSITIVE_PERSONAL_INFO not read (complaint record)",
    "h32ae025": _TYPES + "HANDLING_RESTRICTION not read (return to work plan)",
    "h32ae040": _TYPES + "SENSITIVE_PERSONAL_INFO not read (parent complaint memo)",
    "h32ag016": _TYPES + "PERSON not read (payment log card exposure)",
    "h32ag024": "a returned insurance card read by OCR with every character spaced (被保険者氏名　　鵜 飼　 ちと せ; 記号　 ＯＯ市　１２　 番号　 ４７２０　９１): neither the name nor the number is read",
    "h32ah017": _TYPES + "DATE_OF_BIRTH not read (ocr id document)",
    "h32aj004": "a CSV of vaccine reactions whose people are initials with birth year, sex and town (A.S.,1987,女,青葉町3丁目,…,重篤): initials in a column are not read as people",
    "h32aj007": "a pupil known through his mother's post (第一中学校3年の男子。母親は市立病院の看護部長) over self-harm and school refusal: a relative of a post not named as a cue is not read",
    "h32aj018": _TYPES + "SENSITIVE_PERSONAL_INFO not read (hr memo foreign staff)",
    "h32aj030": "a ceremony's one committee chair (実行委員長は1人) who had a seizure, his epilepsy told by his mother: the person noun 男性 stands before the bracket's count",
    "h32aj035": "a table of staff on leave by unit, post, sex and age band (監査委員事務局⇥主幹⇥男⇥50代⇥…⇥適応障害): a small unit's one post holder in a row is not read",
    "h32ak002": _TYPES + "DATE_OF_BIRTH not read (foreign resident mail pt)",
    "h32ak007": "a resident's handwritten letter read by OCR with spaces between its characters (わたくしは 及川 ト メ と申しま す…骨折): the letter-spaced name is not read",
    "h32ak009": _TYPES + "PERSON not read (foreign resident mail es)",
    "h32ak013": _TYPES + "PERSON not read (resident inquiry mail)",
    "h32ak015": _TYPES + "PERSON not read (chatbot handoff log)",
    "h32ak018": _TYPES + "JP_DRIVERS_LICENSE not read (foreign resident mail pt)",
    "h32ak021": _TYPES + "SENSITIVE_PERSONAL_INFO not read (web form submission es)",
    "h32al002": _TYPES + "JP_MY_NUMBER not read (fixed width tax file)",
    "h32al004": _TYPES + "JP_HEALTH_INSURANCE not read (sql result ltc insurance)",
    "h32al018": _TYPES + "PERSON not read (csv water billing card result)",
    "h32am017": "a part-time member of staff named in katakana after her post (…会計年度任用職員　ラウラ・メンデス（在職4年目）) over a non-renewal: the name is not read",
    "h32am022": _TYPES + "PERSON and SENSITIVE_PERSONAL_INFO not read (misconduct incident memo)",
    "h32an027": "a shared account's password told in a chat's prose (なので今は JinjiR7# ね): a value without its key's label is not read",
    "h32an028": _TYPES + "CREDENTIAL not read (locker assignment list)",
    "h32an030": _TYPES + "IP_ADDRESS not read (pdf incident report)",
    "h32an039": _TYPES + "PERSON not read (incident response timeline)",
    "h32an041": _TYPES + "PERSON not read (personnel transfer draft)",
    "h32an042": _TYPES + "CREDENTIAL not read (interface spec confidential)",
    "h32ao031": _TYPES + "PERSON and JP_ADDRESS not read (test data csv with real row)",
    "h32ao033": _TYPES + "PERSON and JP_ADDRESS and DATE_OF_BIRTH not read (form example from real)",
    "h32ao034": _TYPES + "PERSON not read (payment incident with card)",
    "h32ao038": _TYPES + "JP_HEALTH_INSURANCE not read (masking script prod log)",
    "h32ao044": _TYPES + "PERSON and JP_ADDRESS not read (api sample response prod)",
    "h32aq041": _TYPES + "HANDLING_RESTRICTION not read (personnel draft before naiji)",
    "h32ar004": "a disciplinary draft whose subject heads the next line after its label (１　被処分者 ⏎ 　　市立北条中学校　教諭　鷲見 隆之（47歳）) with the facts three lines below: the name is read but not as the record's subject",
    "h32ar014": _TYPES + "SENSITIVE_PERSONAL_INFO not read (school nurse visit log)",
    "h32ar021": _TYPES + "PERSON not read (newsletter draft with buried note)",
    "h32as002": _TYPES + "JP_ADDRESS not read (home visit memo)",
    "h32as007": _TYPES + "JP_ADDRESS and SENSITIVE_PERSONAL_INFO not read (voicemail transcript)",
    "h32as008": _TYPES + "SENSITIVE_PERSONAL_INFO not read (english email resident)",
    "h32as012": _TYPES + "SENSITIVE_PERSONAL_INFO not read (case conference minutes)",
    "h32as017": _TYPES + "SENSITIVE_PERSONAL_INFO not read (pdf text referral)",
    "h32as018": _TYPES + "SENSITIVE_PERSONAL_INFO not read (email thread internal)",
    "h32as019": _TYPES + "SENSITIVE_PERSONAL_INFO not read (resident chat reply draft)",
    "h32as020": _TYPES + "SENSITIVE_PERSONAL_INFO not read (community center staff note)",
    "h32as022": _TYPES + "SENSITIVE_PERSONAL_INFO not read (night shift handover)",
    "h32as023": _TYPES + "JP_ADDRESS not read (slack mixed language)",
    "h32as024": _TYPES + "SENSITIVE_PERSONAL_INFO not read (counter note written conversation)",
    "h32at007": _TYPES + "PERSON not read (fraud investigation memo)",
    "h32at015": _TYPES + "PERSON not read (foreign worker subsidy)",
    "h32au039": "a press release draft of a personnel change kept until its 内示 (内示は3月15日、記者発表は3月22日の予定…それまでは…2人だけで作業) in a new-post / name / old-post table: the schedule ahead is not read as the change being before its 内示",
    "h32av023": _TYPES + "CREDENTIAL not read (it handover memo)",
    "h32av024": _TYPES + "IP_ADDRESS not read (code config)",
    "h32aw012": _TYPES + "PERSON not read (screenshot description furusato inquiry)",
    "h32aw016": _TYPES + "JP_BASIC_PENSION_NUMBER not read (counter memo pension)",
    "h32aw017": _TYPES + "JP_HEALTH_INSURANCE not read (json api health insurance)",
    "h32aw018": _TYPES + "JP_PASSPORT not read (email thread foreign resident)",
    "h32aw021": "a care-certification table flattened onto one line (番号氏名年齢性別… 01 小此木 ハル 89 女 更新 要介護３ アルツハイマー型認知症 02 …): no roster is read in a single line",
    "h32aw023": _TYPES + "JP_ADDRESS not read (handwritten moving notice)",
}

test_generalisation_shape_r32_sealed = probe_test("generalisation_shapes_r32_sealed.jsonl", KNOWN_GAPS)
