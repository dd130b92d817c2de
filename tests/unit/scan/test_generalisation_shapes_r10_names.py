"""Issue 13, round 10, helper r10-names: probe batches of people named in notes, messages and chat-like prompts where
the name is the only personal data (with a sensitive context), and as many hard negatives, each written before
looking at the scanner code for its class and scored before any fix it led to:

* q10n001–q10n032 (32 rows, 16 block / 16 allow: a parent's contact-book note naming the child by a hiragana given
  name after うちの, a teacher's memo about ゆいちゃん, a nursery's LINE thread with そうすけママ as the speaker, a Teams
  thread about a colleague's sick leave, a phone memo about a welfare client's rent arrears, a disciplinary notice to
  a named member of staff with 殿, a pupil with いつき君, a case meeting's attendees and a child named ひなた（5歳）, an
  English mail by staff about a named client's public assistance, a romanised Vietnamese trainee's pregnancy, a son
  named ユウマ in katakana, a personnel evaluation with 氏, a child named 希空（のあ）ちゃん, a home visit naming さくら, a
  complaint naming a teacher with 先生, たくみくん not collected; negatives: 夏目漱石's novel, a picture book's
  characters, authors cited, towns and chains that look like names, staff in a business mail, hiragana words that
  look like given names (ひなたぼっこ, さくらまつり), a general procedure, public figures in a chat, a story's characters,
  English business mail, a council's public members, 殿 and a phone memo in business, a lecturer 先生) on the round's
  starting commit (07c8409): recall 0.625 (10/16), false blocks 0.062 (1/16). The misses: a hiragana given name
  after うちの, before ママ, alone before an age in brackets; a katakana name after 長男の; a kanji given name the
  dictionary splits with its reading before ちゃん (each then fixed as a class: test_mechanisms_r10_names.py); a
  hiragana word used as a name with no cue (さくらの家に行ったら…さくらは: a known gap). The false block: a story's
  characters with the hero introduced as 主人公の少女・みお (then fixed: 主人公 is a fiction cue).
* q10n033–q10n070 (38 rows, 18 block / 20 allow: a Teams thread naming a resident by a rare surname, a LINE exchange
  about a DV victim, a phone memo spelling the caller's surname in kana after 様, a pupil's smoking with 君, a
  disciplinary file with 氏, a teacher's sick leave with 先生, a support meeting's attendees and a romanised subject,
  an English referral letter by staff, a romanised name with 君, nursery staff's LINE with ちゃん, self-harm marks with
  くん, a grandfather named in brackets, a 民生委員's memo, a hearing's attendees with 本人, an allowance notice with 殿,
  an elder named in katakana, an English -kun, a staff member with 氏 and a unit; negatives: a prime minister with 氏,
  historical figures, an author cited, a picture book, towns and companies, a business Teams thread and phone memo,
  council minutes with 君, a lecturer 先生, a public meeting's attendees, English business mail, hiragana event names,
  class names with ちゃん, プレママ, うちのまち, a mascot with an age, a folk tale, governors in English, published sports
  results) on the tree with batch one's fixes: recall 0.556 (10/18), false blocks 0.000 (0/20); the same on the
  round's starting commit. The misses: a rare surname before さん with no other cue (四十物さん: the dictionary reads
  it as one common noun with that very reading; a known gap); the reading after the honorific (上遠野様（かどの）);
  a surname read as a place before 先生 (久我先生); 氏 after an office unit and "<staff>の件、"; the subject after 本人 in
  a line of those present; words for self-harm marks, withdrawal as a verb, self-neglect and a guidance record (each
  then fixed as a class: test_mechanisms_r10_names.py).
* q10n071–q10n100 (30 rows, 15 block / 15 allow: a LINE thread with めいママ as the speaker, an English case conference
  naming a child, a Teams @mention about a welfare client, グエンさん's pregnancy, うちのそうまも, ゆうとくんママ, an English
  letter from a resident, a list of absent children by hiragana name and age, 殿 on an allowance notice to a parent,
  an English-translated phone memo from ミゲル様, a teacher named with 先生 in hospital, a grandchild named レン in
  katakana, a class meeting's list with ちゃん and くん, an English mail on a colleague's sick leave, a support meeting's
  attendees with 本人 in brackets; negatives: authors cited in English, a city's English intro, parents' clubs, a general
  worry, mascots, a business Teams @mention, a public figure's dotted katakana name, 福沢諭吉先生, a nursery's class
  names with ages, 殿 to a company, English business mail, a council's members, picture books, a slogan of hiragana
  words, a fable's fox with an age) on the tree with batches one and two's fixes: recall 0.600 (9/15), false blocks
  0.000 (0/15). The misses: めい (a word) as the speaker before ママ; English words of a child's case; one katakana word
  the dictionary lists for a famous bearer before さん / 様 or after 孫の (グエン, ミゲル, レン); a teacher named with 先生 in
  hospital (each then fixed as a class: test_mechanisms_r10_names.py).
* q10n101–q10n124 (24 rows, 12 block / 12 allow: a parent's LINE to the teacher opening 先生、ひまりが…, a contact book
  signed はるとの母です, an English Teams thread about a neighbour's dementia, a romanised Sarahさん overstaying, a
  handwritten memo about a welfare application, そうた君, 心愛ちゃん（2）, a case file's child and mother in katakana, うちの
  リクが, a colleague called ゆかちゃん on sick leave, ひなたくんのお母さん in hospital, a son named こうじ after 息子の;
  negatives: ゆかり, はるかに, 手塚治虫先生, a zoo's elephant with an age, Ohtani-san, うちのめい (a niece), a business LINE,
  an author in hiragana with さん, picture-book characters, a parents' club as a chat speaker, a general leaflet, Mother
  Teresa) on the tree with batches one to three's fixes: recall 0.667 (8/12), false blocks 0.083 (1/12). The misses:
  a child's infectious illness words; はると (opening with は) refused as a particle by the relative-name model; そうた君
  (君 after kana); a hiragana name opening a message after 先生、 and a katakana name after うちの that the dictionary
  reads as a loanword (リク) (known gaps). The false block: a parents' club as a chat speaker before ママ: (each fixed as a
  class: test_mechanisms_r10_names.py).
* q10n125–q10n146 (22 rows, 10 block / 12 allow, aimed at the new mechanisms' edges: うちのみさきは, two siblings by
  hiragana name and age, つむぎパパから, a reading after くん, a PE teacher off after surgery, 氏 after a unit with a
  disciplinary matter, アナ様（ブラジル）, an English parent's letter, 娘のあやかが, a LINE speaker りこママ; negatives: うちの
  まち / うちのチーム, parents' courses, class names with ages, a doctor lecturing, 氏 in a business briefing, film
  characters with 様, a place's reading, a general worry, a mascot in English, 吉田松陰先生, a council's attendees with
  本人・家族の会) on the tree with batches one to four's fixes: recall 0.600 (6/10), false blocks 0.000 (0/12). The
  misses: つむぎ (a word) before パパ with the child named again; a febrile seizure; a child left out at school (each
  fixed as a class); a five-kanji surname read as a place before 氏 and a katakana given name read as a common noun
  before 様 (known gaps).
"""

from __future__ import annotations

from tests.unit.scan.test_generalisation_shapes import probe_test


KNOWN_GAPS = {
    "q10n130": "a five-kanji surname the dictionary reads as a place (勘解由小路) before 氏 after an office unit: no "
               "name token for the staff rules to read",
    "q10n131": "a katakana given name the dictionary reads as a common noun (アナ, a hole) before 様 and a bracketed "
               "country: not read as a name",
    "q10n101": "a parent's message naming the child by a hiragana given name right after 先生、 with no うちの, honorific, "
               "age or kin: the position is a sentence's subject, as any word's",
    "q10n109": "a katakana given name after うちの that the dictionary reads as a common loanword (リク): katakana after "
               "うちの counts only when unknown or a proper noun (うちのチームが, うちのクラスは are words)",
    "q10n033": "a resident named by a rare surname the dictionary reads as one common noun (四十物, with that very "
               "reading) before さん, in a Teams thread with no label, reading or household word",
    "q10n014": "a home visit naming the child by a hiragana word that is also an ordinary noun (さくら), with no "
               "honorific, label, age or kin before it (さくらの家に行ったら…さくらは…): nothing tells the name from the word",
}

test_generalisation_shape_r10_names = probe_test("generalisation_shapes_r10_names.jsonl", KNOWN_GAPS)
