"""Issue 13, round 7, helper r7-person: probe batches of names and personal data in conversational and informal
shapes (phone-call notes, counter-visit logs, LINE and Teams pastes, interview and case-conference transcripts,
self-introductions, OCR'd hand-written forms, questionnaires, letters to the mayor, mail threads with quoted
replies), about half hard negatives (fraud-warning skits, historical figures and authors, anonymised case studies,
staff duty mail and signatures, officials in their public role, council transcripts, phone-manual scripts, 記入例,
famous people written with a space, vendor threads, published press releases, novels), each written before any fix
it led to and scored once on the tree as it stood:

* batch 1, q7p001–q7p038 (38 rows, 19 block / 19 allow): recall 0.474 (9/19), false blocks 0.105 (2/19). Misses: a
  surname glued to a verb or after a place and の before と申します / です / ですけど, a name with its reading in
  brackets before さん, hiragana form labels (なまえ, おなまえ), a subject named only by a title (副校長の病気,
  市長の自宅), a birth date answered in the next turn of a transcript; false blocks: an author in prose next to a
  Meiji date and an illness, a vendor's work address in a quoted business thread;
* batch 2, q7p039–q7p074 (36 rows, 17 block / 19 allow; automatic transcripts with speaker labels, child calls,
  parents naming their child, foreign residents' self-introductions, LINE groups, Teams mentions, noisy OCR forms,
  signed complaint letters, quoted threads with a resident's signature, voicemails with numbers read out, counter
  logs, hiring evaluations, named questionnaires, English voicemail, move-in greetings, katakana callers, DMs;
  negatives: staff absence chats, anonymous hearing summaries, lecturers, consented 広報 features, manga scripts,
  OCR'd ordinances, anonymous surveys and complaints, vendor signatures, biographies with life spans, athletes,
  nameless call notes, staff newsletters, the mayor's schedule, fictional chats, historical letters, role-play
  scripts, English staff mail), written after batch 1's fixes: recall 0.588 (10/17), false blocks 0.000 (0/19).
  Misses: a named person before の母です / の娘です, a katakana name with dots before といいます, a spaced full name
  before です after はじめまして with no contact, applicants named after their number, 記名あり：, a child named by a
  hiragana given name and くん (fixed after batch 5: ひなたくんっていう男の子 names a person);
* batch 3, q7p075–q7p110 (36 rows, 14 block / 22 allow; Zoom chat logs, care-home handovers, maiden names, chat
  nicknames, casual voice memos, "Original Message" threads, whiteboard OCR, reference letters, English forms with
  katakana names, SMS logs, questionnaires giving the writer's address, case-meeting transcripts, OCR'd kana
  consultation slips, Teams replies; negatives: staff Zoom chats, volunteers' LINE, SMS templates, public-comment
  results, templates, blank English forms, keigo textbooks, celebrities, staff threads, Edo-period history, FAQs,
  fiction, staff introductions, another city's staff on the phone, the mayor's announced surgery, anonymised cases,
  staff whiteboards, English staff chat, a consented 100-year-old feature, a lecturer's greeting, exam numbers, a
  children's notice), written after batch 2's fixes: recall 0.857 (12/14), false blocks 0.000 (0/22). Misses: a
  hiragana form label そうだんしゃ; a writer's own street address with a condition the topic list does not know
  (変形性膝関節症) and no name (left as a gap). Table tests written alongside tightened the title subjects (the word
  must be the title holder's predicate, not 入院先 / 感染症対策 / 病気休暇の制度);
* batch 4, q7p111–q7p132 (22 rows, 10 block / 12 allow; old-style letters, guardians naming their child, LINE with
  emoji, call notes with 様（ご本人）, English interview transcripts, counter notes naming a daughter, petition
  signers, a father's birth date, repeated names in a recording, Teams mentions; negatives aimed at this round's
  mechanisms: queue numbers, templates, a famous quote with a space, award press releases, 社会福祉協議会 staff,
  an English mayor interview, a novel's opening, role-play placeholders, a vendor's greeting with a mobile, a
  newspaper on the mayor's illness, a nursery notice, course numbers), written after batch 3's fixes: recall 0.800
  (8/10), false blocks 0.000 (0/12). Misses: a kanji surname with a katakana given name before と申します (森田 トメ),
  an English answer "It's Daniel Kim" to a question for the name;
* batch 5, q7p133–q7p152 (20 rows, 10 block / 10 allow; LINE exports, 様方 visit notes, sticky-note call-backs, SNS
  complaints, staff interview notes, a child's given name in Q&A, DMs with 相手（…）, hiragana signatures, web forms,
  voicemails giving the street address; negatives: AI chat logs, official LINE accounts, 様方 examples, templates,
  staff to-dos, a children's story, public SNS posts, form definitions, care manuals, policy notes), written after
  batch 4's fixes: recall 0.700 (7/10), false blocks 0.000 (0/10). Misses: a chat export's header naming the partner
  (山下 千尋とのトーク履歴), 私（…の 佐藤 舞）, a caller's surname after their street number with no phone;
* batch 6, q7p153–q7p168 (16 rows, 6 block / 10 allow; aimed at this round's mechanisms: a kana surname before
  、と申します, a daughter-in-law naming the mother, a postcard's sender line, a hiragana From header, a title's home,
  an English "It's …" answer; negatives: a city official's business mail (緑野市の高橋と申します), 二児の母です, queue
  display examples, a school play (桃太郎の母です), a clinic's LINE account, a principal's speech, Edo history, 私（広報
  担当）, "It's Recycling Week", a mascot called みどりちゃん), written after batch 5's fixes: recall 0.500 (3/6), false
  blocks 0.000 (0/10). Misses: a kana surname followed by 、 before と申します, a From header naming the sender by a
  kana surname with a free-mail address on that line, a sender line giving the street address before the surname;
* batch 7, q7p169–q7p180 (12 rows, 6 block / 6 allow; 家内 calls, katakana callers with ですけども, OCR'd elderly forms
  in hiragana, Gmail quote headers, a reading before さま, a transcript with fillers; negatives: the mayor's spouse
  greeting, a 記入例 naming a father, a fictional LINE export for training, queue numbers, a retired principal, an
  English phone script), written after batch 6's fixes: recall 0.500 (3/6), false blocks 0.000 (0/6). Misses: a
  speaker's filler between the label and the name (相談者：えっと、松本 さやか), a pacemaker as a health topic, a
  condition written in hiragana on a form (こしがわるい、ひとりでおふろにはいれない; left as a gap);
* batch 8, q7p181–q7p192 (12 rows, 6 block / 6 allow; a foreign parent's Teams message, a child named ちゃん in an
  abuse report, case-meeting notes, an English parent's mail, a name with its reading on a call note, a son's
  voicemail; negatives: an English HR reminder, a consented photo caption, the mayor's New Year message, a fictional
  listening exercise, an anonymous report, an ALT's self-introduction), written after batch 7's fixes: recall 0.833
  (5/6), false blocks 0.000 (0/6). Miss: a Latin full name tagged with its role in brackets as a chat's sender
  (Ana Souza（保護者）);
* batch 9, q7p193–q7p202 (10 rows, 5 block / 5 allow; 【お名前】 form mail, 佐藤さん家 in speech, a markdown call log,
  an SMS with kaomoji, an English call note; negatives: blank form labels, a staff phone rota, a shop's menu, a
  hotline script, an SMS campaign), written last after batch 8's fixes: recall 1.000 (5/5), false blocks 0.000 (0/5).

All 202 rows (93 block / 109 allow) pass on the final tree except the known gaps below.
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


KNOWN_GAPS = {
    "q7p171": "a condition written in hiragana on an elderly person's form (こしがわるい、ひとりでおふろにはいれない) with a name "
              "and an age in hiragana (82さい): the topic list is written in kanji",
    "q7p085": "a questionnaire's writer giving their own street address and a condition the topic list does not know "
              "(変形性膝関節症), with no name: no rule joins an address and a first-person condition",
}

test_generalisation_shape_r7_person = probe_test("generalisation_shapes_r7_person.jsonl", KNOWN_GAPS)
