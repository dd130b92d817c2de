"""Issue 13, round 8: the English, mixed and other-script helper's probe batches (ids q8e…), each written before
looking at the scanner code for its class and scored before any fix it led to:

* q8e-a (38 rows, 20 block / 18 allow: English prose naming residents without a title ("Maria Santos came to the
  counter … her son Kenji"), an interpreter's summary, passport-order forms (SURNAME: / GIVEN NAMES:), an English-order
  address opening with the room and building, letters in Chinese, Korean, Vietnamese, Tagalog, Spanish and Portuguese
  naming a husband, a daughter or a son, an English e-mail from a resident signed above her address, a form with
  "Full name (as in passport)", a mixed Japanese-English counter memo, an English case note, "the Nguyen family",
  a romanised name with an age, a traditional-Chinese form, a voicemail ("it's … calling"), a referral after a birth;
  negatives: an English road-works notice, news about a governor and a consul, a book review, a lunch list of
  restaurants named after people, a public centre's contact page, a sample form, a Vietnamese DV leaflet, an
  itinerary of place names, Chinese and Korean guidance, vendor mail, an anonymised case study, a reference list, a
  Spanish template, a blank form, local history, a meeting memo with a vendor's staff, a marathon press release) on
  the branch's starting commit: recall 0.150 (3/20; by action 0.400, 8/20), false blocks 0.056 (1/18). The misses were
  classes: English prose names (kinship, age, sentence subject with a pronoun, To:/Dear, the X family, a caller),
  passport-order and qualified name labels, Chinese and Korean form labels and kinship, birth labels with a format in
  brackets or in the residents' languages, addresses after a label in the residents' languages (the building first),
  Latin-script topics further than the person window from the person they follow, words of hospital stays, injuries,
  bullying and violence in those languages; the false block: a leaflet's helpline (a "Trung tâm" landline) read as a
  personal number.
* q8e-b (34 rows, 18 / 16: a Nepali letter, a forwarded mail from free mail about a pregnant wife, a markdown incident
  table of residents, passport-order names in prose (SATO YUKI came …), a Chinese letter signed above its address, a
  Vietnamese intern's "Em tên là …", a Portuguese "mãe do aluno …", a Spanish "madre de …", a neighbour named Mrs Okada,
  a couple before their street number, an ordinal birth date, a German "geboren 11.03.1985", a school emergency-contact
  form, "Tanaka-san (72)", a Tagalog "Ako po si …", a Korean mail closing "… 드림", a delivery note with the building
  first, an interpreter app's chat log; negatives: a baseball star's surgery, a company's recall, a newsletter naming a
  prize-winning pupil, a novel's opening, sample forms in Vietnamese, Chinese and Korean, a school letter, sponsors
  named after founders, a job advertisement, a multilingual evacuation leaflet, a professor's profile, anonymous
  statistics, a film plot, bus directions, a vendor's signature with its mobile) on the tree with q8e-a's fixes: recall
  0.389 (7/18; by action 0.556, 10/18), false blocks 0.375 (6/16). The misses were classes: intros and closings in
  Nepali, Vietnamese (em), Tagalog (po) and Korean, the writer as a parent of someone named (mãe do, madre de, mother
  of), a couple before a street number, ordinal and German birth dates, words of confiscated passports, unpaid wages,
  TDAH, a divorce in progress, a child hit by a teacher, being locked in; and a Portuguese "Professora" read as a
  speaker's role. The false blocks were classes: example headings in the residents' languages (VÍ DỤ, 填写示例, 작성
  예시), the sentence-subject pass reading biographies (was / is / has, and "Dr." taken for a sentence's end), an
  organisation before a street number inside a sentence, and an English business signature (a company's address and
  its sales rep's mobile: the address is the company's).
* q8e-c (28 rows, 14 / 14: an HTML mail about a father's stroke, a mixed Slack thread ("Carlos Mendes-san の件、DV
  shelter"), a CSV of passport-order names with DOB, "Suzuki Ichiro-san" in English, a romaji address in Japanese
  order, an Indonesian "Suami saya, …", a Thai "ฉันชื่อ …", parents naming their child in Chinese, Korean and
  Vietnamese (我是…的妈妈, …의 엄마입니다, mẹ của bé …), a birth date 11-Mar-1985, a clinical "Pt: Lopez, Maria",
  English case-meeting minutes, an eviction with the building first; negatives: a history guide with life dates,
  councillors with office numbers, a former mayor's obituary, a grammar exercise, public buildings in romaji, a
  Chinese mayor's press conference, a Korean notice with its staff contact, a unit-test fixture, an anonymised
  question to the legal team, event speakers, Nepali, Thai and Indonesian guidance, a story about a family) on the
  tree with q8e-a/b's fixes: recall 0.429 (6/14; by action 0.500, 7/14), false blocks 0.000 (0/14). The misses were
  classes: the writer as a parent of someone named in Chinese, Korean and Vietnamese, an Indonesian kinship, a Thai
  intro, dd-Mon-yyyy birth dates, "Surname, Given" after a label (and Pt:), an address opening with the building whose
  municipality is left out, and words of those languages (kecelakaan kerja, dị ứng, ตั้งครรภ์); the fix for Thai
  pregnancy words then needed Thai and Indonesian office words beside public numbers. The family named in the plural
  with its given names in brackets (r7's known gap y71401) is read too.
* q8e-d (25 rows, 10 / 15, aimed at the new English passes' hard negatives: declarations ("I, Maria Fernanda Lopes,
  hereby declare …", "Yo, …", "Eu, …, portadora"), a mail subject naming its case, First name | Last name columns, a
  hyphenated -sama, "Mr NGUYEN Van Minh", an incident form's "Subject: Daniel Kim, M, 34", a text thread about a child's
  fever, a moving notice with the building first; negatives: a published newsletter quoting a resident, a textbook
  dialogue, a story for a reading club, a former president and his wife, a template with placeholders, fever guidance, a
  lost-cat poster, business mail with a landline, history with a son, a consent-form template, Chinese celebrity news,
  a Korean textbook sentence, baby-name statistics, directions past businesses named after people, a staff rota) on the
  tree with q8e-a–c's fixes: recall 0.300 (3/10), false blocks 0.200 (3/15). The misses were classes: declarations,
  signature and subject labels, the English column order First name | Last name, words of alcohol dependence and
  fever; the false blocks: English requests about a story or a textbook dialogue (now fiction cues, not "the novel
  coronavirus"), a landline in business mail signed with a company's legal form (the company's line). The published
  newsletter's quote (q8e111) was allowed before and after.
* q8e-e (21 rows, 10 / 11: a hospital form's next of kin, an interpreter's memo in Japanese naming the resident in
  Latin letters with her age, an apology for a misdelivered letter about a son's disability, "Surname / Given name:
  PHAM / THI LAN", a care manager's note, a Spanish letter with its address, a teacher's report on a pupil hit at home,
  Chinese 丈夫：/ 妻子： labels, a Vietnamese contact label, a counter log of visitors by time; negatives: an award press
  release, an FAQ in the first person, Chinese guidance labels, an HR policy, business cards, a famous author's
  obituary, a Vietnamese event notice, a pseudonymised case study, a Korean drama's plot, sports results, a phone
  script) on the tree with q8e-a–d's fixes: recall 0.600 (6/10), false blocks 0.091 (1/11). The misses were classes:
  next-of-kin and contact labels (English, Vietnamese), a pupil's grade in brackets after the name, a log's rows of
  visitors, words of a child hit at home; the false block: a role word (Author) opening the name before an age.
* q8e-f (14 rows, 4 / 10, mostly fresh hard negatives for the new English passes: a forwarded WhatsApp message about a
  daughter's epilepsy, a water cut-off notice with the building (Kopo …) first, Korean 남편:/아내: labels, ward-meeting
  notes naming a resident after "Rent arrears:"; negatives: a crime report without a name, a museum caption about a
  merchant family, a new CIR's introduction, song lyrics, a health article, a landmark ruling, a Spanish template, a
  manual's example values, an ALT's self-introduction, a travel blog with "my wife Claire") on the tree with q8e-a–e's
  fixes: recall 0.250 (1/4; by action 0.500), false blocks 0.000 (0/10). The misses were classes: romaji building words
  (Kopo, Mezon), spouse and child labels in Korean and Chinese, a list item naming a resident after a sensitive topic
  and a colon.

Each class was fixed by a mechanism with its own table tests (test_mechanisms_r8_english.py).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


KNOWN_GAPS: dict[str, str] = {}

test_generalisation_shape_r8_english = probe_test("generalisation_shapes_r8_english.jsonl", KNOWN_GAPS)
