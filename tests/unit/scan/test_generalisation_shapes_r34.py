"""Issue 13, round 34: sealed sets written by writers who never read or ran the scanner (guide WRITER34, the round-33
guide under a new number; 25 block / 20 allow each; the "hard negatives first" sets 15 / 30), each scored once on first
contact (recall by action / false blocks); round 34 opened on bef70a0 (the round-33 close):

- first wave, on bef70a0: h34a–h34h (a small city's resident registration desk; hard negatives first in public documents
  full of numbers, dates, addresses and names; a prefectural board of education; long-term care insurance and elderly
  welfare; hard negatives first in an information systems division; a fire department; a water and sewerage bureau; a
  general affairs division): recall 173/180, false blocks 4/180;
- second wave, on 9a4013f (the first wave's fixes): h34i–h34p (a welfare office; hard negatives first in a personnel
  division; a tax division; a childcare division; hard negatives first in a council secretariat; international exchange
  and multicultural work in English and other languages; environment and waste; a small town office's pastes across
  divisions): recall 177/180, false blocks 4/180;
- third wave, on a1619d6 (the second wave's fixes): h34q–h34x (a prefectural health and welfare department; hard
  negatives first in a PR and press office; roads and infrastructure; a municipal hospital's medical affairs; hard
  negatives first in statistics and open data; election administration; agriculture, forestry and fisheries; a ward
  office's week): recall 176/180, false blocks 5/180;
- fourth wave, on 8decbf7 (the third wave's fixes): h34y, h34z, h34ab–h34ag (maternal and child health; hard negatives
  first in ordinary internal mails and chats; a prefectural tax office; libraries, museums and community centres; hard
  negatives first in legal affairs and compliance; disaster prevention; English-language municipal work; public housing):
  recall 170/180, false blocks 4/180;
- fifth wave, on 2514ee8 (after the first closing measure): h34al–h34as (English consultations and case notes; hard
  negatives first in English public documents and mails; forms copied badly; staff matters in ordinary words; a welfare
  and health department; hard negatives first in public documents naming residents by consent; data between systems; a
  ward office's week): recall 171/180, false blocks 5/180;
- all first contacts (40 sets, 900 block / 900 allow): recall 867/900 (0.963), false blocks 22/900 (0.024);
- a first closing measure on 373f89d, no fix before it was scored: h34ah–h34ak (an ordinary week of a mid-sized
  city; hard negatives first in a prefectural office's week; a small town office's week; hard negatives first in a
  designated city's headquarters): recall 79/80 (0.988), false blocks 0/100;
- a second closing measure on the round's final code (7a540b0), no fix after it: h34at–h34aw (an ordinary week of a core
  city; hard negatives first in a village office; a prefectural board of education; hard negatives first in citizen
  services and community affairs): recall 79/80 (0.988), false blocks 2/100.

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h34a020": _TYPES + "JP_PASSPORT not read (email foreign resident inquiry)",
    "h34b043": _TYPES + "DATE_OF_BIRTH not read (overseas delegation passports)",
    "h34c018": _TYPES + "PERSON not read (exam fee refund mail)",
    "h34d010": _TYPES + "JP_HEALTH_INSURANCE not read (care system json)",
    "h34d020": _TYPES + "JP_HEALTH_INSURANCE and DATE_OF_BIRTH not read (insurance card ocr)",
    "h34d039": _TYPES + "SENSITIVE_PERSONAL_INFO not read (burden limit application ocr)",
    "h34e035": "a vendor's reconciliation table parted by single blanks (被保険者記号 番号 氏名 …, the names' own blank inside a cell): the insurance numbers under the header are not read, the names alone decide nothing",
    "h34e039": "a handover memo's predecessor named after 前任： with a post in brackets, then a health leave in the same sentence: the name is read as a bare mention",
    "h34h025": _TYPES + "IP_ADDRESS not read (db export script)",
    "h34k017": _TYPES + "PERSON not read (payment gateway log)",
    "h34k038": _TYPES + "JP_DRIVERS_LICENSE not read (identity check log)",
    "h34k044": _TYPES + "SENSITIVE_PERSONAL_INFO not read (police inquiry document)",
    "h34l009": _TYPES + "PERSON not read (foreign resident allowance letter)",
    "h34n009": _TYPES + "PERSON not read (homestay host csv)",
    "h34q021": _TYPES + "PERSON not read (ocr application form)",
    "h34r035": "a photo caption's note keeps one family out (元のご主人から逃げて…シェルターを出たばかり、名前も出さないで) beside another family's consent (掲載同意あり): the consent is read as the whole caption's",
    "h34r040": _TYPES + "PERSON not read (prize payment memo)",
    "h34r045": _TYPES + "PERSON not read (honorarium payment form)",
    "h34s014": _TYPES + "SENSITIVE_PERSONAL_INFO not read (resident complaint record)",
    "h34s020": _TYPES + "JP_ADDRESS not read (site visit note landowner)",
    "h34s024": _TYPES + "SENSITIVE_PERSONAL_INFO not read (business compensation negotiation)",
    "h34t038": _TYPES + "JP_ADDRESS not read (id verification ocr)",
    "h34u033": _TYPES + "DATE_OF_BIRTH not read (anonymised microdata description)",
    "h34u039": _TYPES + "PERSON not read (welfare aggregate stats)",
    "h34v019": _TYPES + "SENSITIVE_PERSONAL_INFO not read (election violation tip)",
    "h34v021": _TYPES + "PERSON not read (referendum eligibility foreign)",
    "h34w006": "a fishing-rights violation by a member named with his age (坂本 秀樹（52）): a warning, a suspension and a police consultation are no topic words",
    "h34x001": _TYPES + "DATE_OF_BIRTH not read (ocr residence certificate request)",
    "h34x003": _TYPES + "JP_HEALTH_INSURANCE not read (nhi arrears consultation note)",
    "h34x022": _TYPES + "JP_HEALTH_INSURANCE not read (json high cost medical refund)",
    "h34z043": _TYPES + "PERSON not read (payment request mail)",
    "h34z044": "a room booking mail that adds a colleague's matter in ordinary words (道路維持課の仁科主任が、前夜の飲酒が残っていた…): no topic word is read",
    "h34ab042": _TYPES + "JP_ADDRESS not read (ocr direct debit form)",
    "h34ad044": _TYPES + "JP_ADDRESS not read (ruling summary with live case)",
    "h34af007": _TYPES + "JP_MY_NUMBER not read (child allowance application)",
    "h34af014": _TYPES + "PERSON not read (tax agent form explanation)",
    "h34af017": "a resident writing in English names himself after it's with a hyphenated surname (Kenji Watanabe-Lowe) and gives his licence number after The number on it is: neither is read",
    "h34af019": "personnel moves before the city's announcement (市の発表は3月24日の予定) as a letter's request (現 …課長 → 4月1日付で …): no internal word is read",
    "h34af023": "an English case note about a household known by its dwelling (市営…住宅 3号棟203, the Filipino single-mother household): the English topics (overdose, hospitalisation) are not tied to the dwelling",
    "h34ag009": _TYPES + "JP_HEALTH_INSURANCE not read (disability priority review)",
    "h34ag021": _TYPES + "PERSON not read (payment gateway log)",
    "h34ah011": _TYPES + "JP_HEALTH_INSURANCE not read (inquiry letter pension)",
    "h34ah013": _TYPES + "PERSON not read (payment data excel)",
    "h34ah044": _TYPES + "PERSON not read (system log payment)",
    "h34aj004": _TYPES + "PERSON not read (welfare consultation record)",
    "h34aj013": _TYPES + "PERSON not read (payment gateway error log)",
    "h34aj017": _TYPES + "JP_ADDRESS not read (evacuation support roster)",
    "h34aj028": _TYPES + "DATE_OF_BIRTH not read (sister city exchange mail en)",
    "h34ak034": "an estimate sheet (予定価格調書) whose opening is ahead (開札予定日) and whose reasoning cites past cases' award rates (類似工事の落札実績): read as a published result",
    "h34al009": _TYPES + "PERSON and JP_RESIDENCE_CARD not read (ocr residence card form)",
    "h34al013": _TYPES + "JP_HEALTH_INSURANCE not read (excel paste nhi arrears)",
    "h34al021": "an English internal note on a tuberculosis case known by a dormitory room and its street address (the Myanmar trainee in room 102 of …寮, …3丁目22-5): the dwelling and the English topic are not tied",
    "h34al027": "a Latin name in capitals after Applicant: in an English question (PERERA Kasun Tharindu) with a licence number typed in 4-4-4 groups: neither is read",
    "h34al042": _TYPES + "PERSON not read (multilingual chat log)",
    "h34am025": "an English press release of award recipients said to have agreed to publication, one of whom has a private detail: read as a published list, its consent taken for all",
    "h34an001": _TYPES + "DATE_OF_BIRTH and PHONE_NUMBER not read (ocr moving in form)",
    "h34an003": _TYPES + "JP_BANK_ACCOUNT not read (pdf broken child allowance claim)",
    "h34an004": "a flattened Excel table of a national health insurance household (氏名 続柄 生年月日 記号 番号 …) on one line: the cells after the header are not read as columns",
    "h34an005": _TYPES + "DATE_OF_BIRTH not read (ocr doctor opinion care insurance)",
    "h34an006": "an OCR API's JSON of a residence card with OCR letters in the values (O7月): the card number and the address are not read through the OCR letters",
    "h34an007": _TYPES + "PERSON and DATE_OF_BIRTH not read (ocr passport exchange program)",
    "h34an008": _TYPES + "JP_DRIVERS_LICENSE not read (ocr drivers license seal registration)",
    "h34an009": _TYPES + "SENSITIVE_PERSONAL_INFO not read (email quoted pension exemption)",
    "h34an013": _TYPES + "PERSON not read (flattened table personnel transfer draft)",
    "h34an016": _TYPES + "JP_BANK_ACCOUNT not read (ocr bank transfer request)",
    "h34ao010": "a return-to-work plan of a unit's post holder described in brackets (道路維持係 主査（昨年10月から休職している方）) with the health record: the post is not read as one person",
    "h34ao016": _TYPES + "PERSON not read (one on one meeting note)",
    "h34ap004": _TYPES + "JP_HEALTH_INSURANCE not read (csv export insurance)",
    "h34ap006": _TYPES + "JP_HEALTH_INSURANCE and DATE_OF_BIRTH not read (ocr application form)",
    "h34ap020": "an elder abuse intake about a man known by his flat (市営住宅3号棟、4階の階段上がってすぐ右の部屋のおじいさん（80代前半…）): the profile is not read as one person",
    "h34ap024": _TYPES + "JP_HEALTH_INSURANCE not read (resident mail claim)",
    "h34ar002": _TYPES + "JP_BASIC_PENSION_NUMBER not read (csv pension exemption)",
    "h34ar011": "an exception dump with a welfare case record (SetaiNushi = '荻原 功', Jusho = …): C#-style property assignments are not read as labels",
    "h34ar035": _TYPES + "PERSON not read (payment log card unmasked)",
    "h34ar037": _TYPES + "JP_HEALTH_INSURANCE not read (sql result ltc certification)",
    "h34ar038": _TYPES + "PERSON not read (xml foreign resident transfer)",
    "h34ar044": _TYPES + "JP_HEALTH_INSURANCE not read (json counter id check log)",
    "h34as021": "an OCR'd tax consultation slip with letter-spaced names and OCR letters in the numbers (木 戸 康 弘（本 人）, 27l,4OO 円): the name is not read",
    "h34at007": _TYPES + "JP_HEALTH_INSURANCE not read (resident inquiry email reply)",
    "h34at040": "a spreadsheet question's dummy rows of textbook names (山田 太郎, 佐藤 花子, 鈴木 一郎 …) with テスト1 in the staff column: read as a roster",
    "h34au031": _TYPES + "JP_ADDRESS not read (counter weekly memo)",
    "h34au041": _TYPES + "JP_ADDRESS not read (resident complaint letter)",
    "h34av001": "a teacher named with a bracket of subject, age and homeroom (本校教諭 菅野 道隆（理科・42歳・3学年副担任）) before a health leave: the name is not read there",
    "h34aw016": "a newsletter's published roster of 民生委員 with their areas, one in katakana beside a housing estate's name (ラモス・マリア（西ヶ丘団地）): read as a private person's address",
}

test_generalisation_shape_r34_sealed = probe_test("generalisation_shapes_r34_sealed.jsonl", KNOWN_GAPS)
