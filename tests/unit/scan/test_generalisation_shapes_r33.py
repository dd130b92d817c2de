"""Issue 13, round 33: sealed sets written by writers who never read or ran the scanner (guide WRITER33, the round-32
guide under a new number; 25 block / 20 allow each; the "hard negatives first" sets 15 / 30), each scored once on first
contact (recall by action / false blocks); round 33 opened on c925106 (the round-32 close):

- first wave, on c925106: h33a–h33h (a citizen consultation desk; hard negatives first in long public documents; CSV,
  TSV and Excel exports; error logs and support tickets; mails to rewrite or answer; hard negatives first in code and
  config; English and mixed-language work; hard negatives first in a welfare office's records): recall 158/170, false
  blocks 4/190;
- second wave, on de5ef99 (the first wave's fixes): h33i–h33p (municipal tax work; hard negatives first in a prefecture's
  PR and policy office; schools and the board of education; a public health centre; hard negatives first in procurement
  and contracts; people identified without their full name; awkward shapes of pasted text; disaster management): recall
  164/180, false blocks 9/180;
- third wave, on 72a0be5 (the second wave's fixes): h33q–h33x (housing and urban planning; hard negatives first in the
  council secretariat and the election commission; child-rearing support; people identified without their full name in
  a small town; hard negatives first in personnel and general affairs; residents' complaints to the environment, water
  and roads departments; non-public internal matters and their public twins; workplace chat exports): recall 159/180,
  false blocks 5/180;
- fourth wave, on bd54a72 (the third wave's fixes): h33y, h33z, h33ab–h33ag (a village office where everyone knows each
  other; hard negatives first in tourism, culture and sports; non-public matters in ordinary words; long documents with one
  line buried; hard negatives first at residents' service counters; foreign residents in their own languages; people
  identified indirectly in schools, clinics, care homes and offices; staff matters in ordinary words): recall 143/180,
  false blocks 5/180;
- fifth wave, on c6812a0 (the fourth wave's fixes): h33ah–h33ak (a municipal hospital's administration; hard negatives
  first in legal affairs and ordinances; the hard middle across departments; an ordinary week of a mid-sized city):
  recall 81/90, false blocks 3/90;
- sixth wave, on 3988cfc (the fifth wave's fixes and the reread): h33al–h33ao (English-language work; hard negatives
  first in public documents and PR naming people; residents' matters in ordinary words; data between systems): recall
  79/90, false blocks 3/90;
- all first contacts (890 block / 910 allow): recall 784/890 (0.881), false blocks 29/910 (0.032);
- a closing measure on the round's final code (ad44d89), no fix after it: h33ap–h33as (an ordinary week of a
  prefectural office; hard negatives first in a town office's week; a designated city's ward office; hard negatives
  first in IT, DX and security work): recall 77/80 (0.963), false blocks 0/100.

Known gaps are non-strict xfails with their reason.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test

_TYPES = "types only: the row blocks on its other findings; "
KNOWN_GAPS: dict[str, str] = {
    "h33b006": _TYPES + "PERSON not read (exchange program report)",
    "h33c002": _TYPES + "JP_HEALTH_INSURANCE not read (tsv export health insurance)",
    "h33c006": _TYPES + "DATE_OF_BIRTH not read (csv export unlabeled ids)",
    "h33c023": _TYPES + "PERSON not read (csv export payment errors)",
    "h33d008": _TYPES + "JP_HEALTH_INSURANCE not read (interface csv kokuho)",
    "h33d022": _TYPES + "PERSON not read (payment gateway log)",
    "h33d031": _TYPES + "PERSON not read (mail batch log library)",
    "h33d032": _TYPES + "JP_BANK_ACCOUNT not read (fb transfer file error)",
    "h33e028": _TYPES + "PERSON not read (furusato donor mail)",
    "h33f013": _TYPES + "PERSON not read (excel vba macro)",
    "h33f044": _TYPES + "JP_HEALTH_INSURANCE not read (api json response)",
    "h33i005": _TYPES + "IP_ADDRESS not read (code snippet)",
    "h33i021": _TYPES + "PERSON not read (payment error report)",
    "h33j025": _TYPES + "PERSON not read (overseas mission roster)",
    "h33l007": _TYPES + "PERSON not read (foreign resident notice)",
    "h33m006": "a nomination committee's memo giving the case's ceiling and floor without naming them (1億2,480万円（税抜）で上限の決裁は済んでいて、下は1億1,360万円。6/19開札): no estimate's word is read",
    "h33m033": _TYPES + "PERSON not read (antisocial force inquiry reply)",
    "h33m038": "a staff extension table headed （課内用）: the bracket reads as a handling restriction (a unit-only document), which the writer took for an ordinary internal table",
    "h33o001": _TYPES + "JP_ADDRESS not read (pdf welfare decision notice)",
    "h33o002": _TYPES + "PHONE_NUMBER not read (ocr benefit claim form)",
    "h33o004": _TYPES + "JP_HEALTH_INSURANCE not read (voice memo care visit)",
    "h33o008": _TYPES + "JP_HEALTH_INSURANCE not read (fixed width insurance extract)",
    "h33o010": _TYPES + "IP_ADDRESS not read (config docker compose)",
    "h33o014": _TYPES + "CREDENTIAL not read (chat export network incident)",
    "h33o023": _TYPES + "PERSON and DATE_OF_BIRTH not read (email delegation passport list)",
    "h33p004": _TYPES + "DATE_OF_BIRTH not read (damage survey ocr)",
    "h33q025": _TYPES + "SENSITIVE_PERSONAL_INFO not read (chat message vacant house)",
    "h33r027": "a gallery's trouble record naming the man from the visitors' register (受付簿の記載：木場 勝利、連絡先 080-…): a given name that is a common word (勝利) is not read as one",
    "h33s040": _TYPES + "PERSON not read (counter reception record)",
    "h33s043": _TYPES + "JP_HEALTH_INSURANCE not read (system json record)",
    "h33t005": "an English report identifying a resident as the owner of the only gas station in a hamlet, with debts, a wife gone and thoughts of ending it (doesn't see the point anymore): the English uniqueness cue (the only …) is not tied to such a sentence",
    "h33t013": "a personnel note naming a member of staff only as the branch office's counter staff (出張所の窓口のあの方) over depression and sick leave: no such description is read",
    "h33t019": "an English desk note identifying a woman by her husband's trade and place (the Filipina mom from Kamiyama, married to the dairy farmer up past the dam) over domestic violence: no English description is read",
    "h33t023": _TYPES + "SENSITIVE_PERSONAL_INFO not read (subsidy investigation memo)",
    "h33t035": _TYPES + "SENSITIVE_PERSONAL_INFO not read (consumer affairs log)",
    "h33t044": "a fire report locating a household by a lot and its house name (奥川町大字平瀬字中村1123番地（屋号「やまきち」方）) under a 場所： label, read as a venue, the resident two lines below",
    "h33u029": "a bank-transfer spec's example column (口座番号 7 1234567): a sequential number after the account's label reads as live (a real account may be 1234567 too)",
    "h33u031": _TYPES + "JP_DRIVERS_LICENSE not read (official vehicle driver register)",
    "h33v014": _TYPES + "SENSITIVE_PERSONAL_INFO not read (illegal dumping site memo)",
    "h33w004": "a notice of the naiji's procedure (内示の内容は、…報道発表まで外部に漏らさないよう、職員への周知をお願いします): the embargo's words read as a matter kept, though nothing of it is pasted",
    "h33w031": _TYPES + "PERSON and SENSITIVE_PERSONAL_INFO not read (audit findings draft)",
    "h33y005": "a newsletter draft with a forwarded note set apart from it (以下、…からの転送（原稿とは別）) naming a resident in hospital with cancer (上組 大沢トメさん…胃がん): the note is read as part of the public text",
    "h33y009": "an anonymous tip that local firms have set whose turn it is (もう順番を決めている…今回は下組が取って) in village terms: these words are not read as bid-rigging",
    "h33y013": _TYPES + "JP_HEALTH_INSURANCE not read (csv export nhi)",
    "h33y021": _TYPES + "JP_ADDRESS not read (license return application)",
    "h33y028": _TYPES + "JP_ADDRESS not read (email health followup)",
    "h33y044": "a staff chat naming a colleague by unit and a one-character surname with くん (産業建設課の林くん（若い方）) over sick leave: the name is not read",
    "h33z042": _TYPES + "JP_DRIVERS_LICENSE not read (volunteer roster excel)",
    "h33ab011": "an Excel paste of upcoming works with 上限 / 下限率 / 下限額 columns and the opening dates: the ceiling and floor are not named by the estimate's words",
    "h33ab015": "a pay negotiation's fallback positions in small sums (月1,000円, 0.05月分): the figures are below what the negotiation rule reads as sizeable",
    "h33ac008": _TYPES + "PERSON not read (english incident report payment)",
    "h33ac013": _TYPES + "JP_HEALTH_INSURANCE not read (system spec test data)",
    "h33ac016": "a long council answer draft whose background section names a resident and their address deep inside: not read",
    "h33ac018": _TYPES + "PERSON not read (official vehicle manual)",
    "h33ac020": "a land acquisition progress report naming an owner's private circumstances deep inside: not read",
    "h33ac021": "a mail thread whose quoted message is signed by a shop's stall keeper (港町商店会 焼きそば担当 長谷): no private contact is read",
    "h33ac025": "an internal audit report with a member of staff's misconduct told in ordinary words deep inside: not read",
    "h33ad022": _TYPES + "JP_HEALTH_INSURANCE not read (csv export nhi enrollment)",
    "h33ae015": "an interpreter's report in Tagalog naming a resident by given name and her husband's surname (Maricel, asawa ni Hoshino-san) over a shelter: the Tagalog words are not read",
    "h33ae021": "an ALT's English mail signed with his name asking to hide his health leave (off for health reasons): the health words are not read",
    "h33ae032": "a Nepali message in Latin letters with a romanised address and a pension number (Ota-shi Nishihoncho 41-8, Sunrise Heim 202): neither is read",
    "h33ae037": _TYPES + "JP_ADDRESS not read (lost passport statement)",
    "h33ae042": _TYPES + "SENSITIVE_PERSONAL_INFO not read (personnel notice draft)",
    "h33af008": "a CSV of truancy counts whose note cell singles out the one girl of a grade (6年は女子1名のみ) as a young carer: the count's subject in a cell is not read",
    "h33af020": _TYPES + "JP_ADDRESS not read (ocr assessment form)",
    "h33ag014": "a whistle-blowing note about a named member of staff drinking in the car park at lunch (東海林主査…缶チューハイを飲んでいる): drinking at work in these words is not read",
    "h33ag024": "a staff chat whose speaker tells her own custody mediation (立花：…調停の関係で…元夫に会わせる日): a speaker's surname before a colon is not read as a person",
    "h33ah038": _TYPES + "PERSON not read (payment terminal log)",
    "h33aj002": "a mail naming a member of staff only as the youngest of the unit, known from a staff magazine's cover (うちの係の一番若い彼、…庁内報の表紙でフルマラソン完走の写真が載っていた彼) over sick leave: no such description is read",
    "h33aj003": _TYPES + "PERSON and DATE_OF_BIRTH not read (excel paste counter list)",
    "h33aj014": _TYPES + "PERSON not read (refund transfer list)",
    "h33aj015": _TYPES + "PERSON and JP_HEALTH_INSURANCE not read (resident inquiry mail)",
    "h33aj018": _TYPES + "PERSON not read (english request mail)",
    "h33aj022": _TYPES + "SENSITIVE_PERSONAL_INFO not read (internal caution note)",
    "h33al003": "an ALT's English mail about her own adjustment disorder and panic attacks, signed under Best, with her name and post: an English writer's own matter above a Latin signature is not read",
    "h33al021": _TYPES + "PERSON not read (neighbour complaint translation)",
    "h33al027": "English steering-committee minutes of an association with one member's private matter further down: not read",
    "h33al030": "a car-share registration memo naming the applicant in capitals with a comma (HOLLOWAY, Gareth James) beside a converted licence's number and a free mail: the name is not read and the licence's check digit fails",
    "h33am004": "a CMS export's JSON naming the approving manager with a section value ending in 課長 (\"section\": \"市民課長\"): the manager is read as a private person beside the article's phone number",
    "h33am008": "a mail forwarded to a manager about an athlete's medical check and operation (早乙女選手…精密検査…手術), the athlete named by surname and 選手 only: a public figure's title hides the private matter",
    "h33am028": _TYPES + "PERSON not read (decoration recommendation)",
    "h33an007": _TYPES + "PERSON not read (counter memo foreign resident)",
    "h33an013": _TYPES + "SENSITIVE_PERSONAL_INFO not read (resident email livelihood)",
    "h33an020": _TYPES + "SENSITIVE_PERSONAL_INFO not read (emergency loan memo)",
    "h33an026": _TYPES + "PHONE_NUMBER not read (voicemail transcript)",
    "h33an032": "a school's mail thread naming a pupil (宇佐美 陽向さん) whose matter is told in ordinary words: no topic word is read",
    "h33an035": _TYPES + "SENSITIVE_PERSONAL_INFO not read (counter memo elderly)",
    "h33an040": _TYPES + "SENSITIVE_PERSONAL_INFO not read (letter draft care premium)",
    "h33an042": "a manager's mail about a member of staff whose wife's early dementia is told in ordinary words (物忘れがかなり進んで、鍋を火にかけたまま): the staff member is read as an official and the topic is his family's",
    "h33ao003": "an English request with a synthetic CSV sample (Taro Yamada, 1980-01-01, test card numbers): 'synthetic sample' is not read as an example's declaration",
    "h33ao009": "a pre-bid decision paper's cost table (予定価格算定表（開札：8月21日）) whose figures are CSV cells under item columns: the estimate's word heads no figure column",
    "h33ao012": _TYPES + "SENSITIVE_PERSONAL_INFO not read (tsv welfare ledger)",
    "h33ao013": _TYPES + "JP_DRIVERS_LICENSE not read (csv counter id check log)",
    "h33ao019": _TYPES + "JP_HEALTH_INSURANCE not read (json api response health insurance)",
    "h33ao045": _TYPES + "PERSON not read (payment gateway log)",
    "h33ap009": _TYPES + "SENSITIVE_PERSONAL_INFO not read (app error log payload)",
    "h33ap017": "a chat giving the office Wi-Fi's key after a bare キー with words between (SSIDは pref-…-staff … キーは今月から変わってて  Zk4r-82Wm-qT6x-Lp9e): the key's value is not read past the intervening words",
    "h33aq005": _TYPES + "JP_ADDRESS not read (neighbour complaint record)",
    "h33ar001": _TYPES + "JP_HEALTH_INSURANCE not read (json system record)",
    "h33ar009": _TYPES + "JP_HEALTH_INSURANCE and DATE_OF_BIRTH not read (ocr care insurance application)",
    "h33ar017": "a bid notice draft (――公告案――, 予定価格　事後公表) with the drafting section's memo below it giving the estimate and floor before the notice (公告は7/15予定): the notice's own public words cover the memo",
    "h33as010": "a security training's slides citing this year's real case by name (会計年度任用職員 浦上 さつき さん…懲戒処分に向けた手続き中、処分が決まるまでは公表しません): the training material's cases are read as examples",
    "h33as033": _TYPES + "JP_HEALTH_INSURANCE not read (csv export insurance)",
    "h33as041": _TYPES + "PERSON not read (payment debug log)",
}

test_generalisation_shape_r33_sealed = probe_test("generalisation_shapes_r33_sealed.jsonl", KNOWN_GAPS)
