"""Issue 13, round 10, helper r10-names: mechanisms for people named by a kana given name alone, and their negatives
(table tests of positive and negative rows, written apart from the probe files).

* the kana given-name model (person_childname.kana_given_ok): a hiragana run the dictionary reads as one given name
  (ゆい), or one it does not read as one word whose katakana form is one noun and no native word written in kana
  (はると → ハルト; not かいしゃ → 会社, さくら → 桜, いくつか: a word and its particle);
* the writer's own child after うちの (うちのはるとが), not "among" (これらのうちのいくつか);
* the parent named by the child, glued before ママ / パパ (そうすけママ：), not 新米ママ, ママ友, シングルママ;
* a kana given name alone right before an age in brackets (対象児童：ひなた（5歳）), not in a text about a pet or a character;
* a katakana name after a relation and の (長男のユウマ（中2）が), not a katakana word (長男のゲームが);
* a kanji given name the dictionary does not read as one word, with its reading, before ちゃん / くん (希空（のあ）ちゃん);
* the story's hero (主人公の少女・みお, 主人公は): a fiction cue; a plan's slogan (市民が主人公のまちづくり) is none.

Batch two (q10n033–q10n070):

* a kanji name with its kana reading after the honorific (上遠野様（かどの）より), as a phone memo spells a rare surname;
  not furigana read with the honorific (お医者さん（おいしゃさん）), a role or one common noun (大工さん（だいく）), a
  company in the brackets (上遠野様（㈱北斗印刷）);
* a surname the dictionary reads as a place, glued to 先生 (担任の久我先生が): a surname, as before a staff title;
* staff named with 氏 after an office unit (情報政策課 鷹觜氏) are staff; "<staff>の件、" makes them what the passage
  is about (with a health or personnel word: the record's subject);
* the record's subject named after 本人 in a line of those present, with the unit and title in brackets
  (本人 砂金 亮太（土木課 技師）);
* words: marks of self-harm (手首に切り傷, 自分で切った), withdrawal as a verb (ひきこもっていて), self-neglect on a home
  visit (入浴もしていない, ヘルパー導入, 傷んだ食品), a pupil's guidance record (生徒指導記録, 喫煙しているところ).

Batch three (q10n071–q10n100):

* one katakana word the dictionary lists for a famous bearer, right before さん / 様 (グエンさん, ミゲル様) or found by the
  character model after a relation (孫のレンが): a resident's name, not a public figure;
* a chat's speaker named as the child's parent (めいママ: …): any kana that is no kin or pet word;
* a teacher named by surname and 先生 as the one treated or off sick (音楽の小此木先生が…入院されています), like a unique
  title; not when the word is what the teacher does for someone else (田中先生が入院を勧めた, 通院中の患者さんを診て);
* English words of a child's case conference (stopped eating, weight down, pediatric clinic).

Batch four (q10n101–q10n124):

* a parent's signature naming the child by a hiragana name that opens with a particle's kana (はるとの母です): the kana
  given-name model decides, not the first character;
* 君 after a kana given name (そうた君), like くん; not after kanji (諸君, 主君: the window model reads 田中君);
* a chat's speaker before ママ and a colon is a child's name only when the child is named again (not ぴよぴよママ:);
* a kana name before an age is no one's after an animal word (ネコ タマ（3歳）, ゾウのはな子（69歳）);
* a child's infectious illness in a parent's note (おたふくかぜ, 水ぼうそう, 登校停止).

Batch five (q10n125–q10n146): before ママ / パパ any kana that is no kin or pet word names the child when the child is
named again as a subject (つむぎパパから…つむぎが); a child's febrile seizure and ambulance (熱性けいれん, 救急搬送); a child
left out at school in a parent's words (無視されて, 学校行きたくない).
"""

from __future__ import annotations

import pytest

from gateway.scan.recognizers.person_childname import kana_given_ok
from tests.unit.scan._helpers import action_tests

BLOCK = [
    # the writer's own child after うちの
    ("own_child_hiragana", "先生へ。うちのはるとが、昨日から肺炎で入院しています。今週はお休みします。"),
    ("own_child_dictionary", "うちのゆいは喘息の発作が夜に出るので、吸入器をランドセルに入れています。"),
    ("own_child_unknown", "うちのりおなが、学校でいじめられていると泣いて帰ってきました。相談に乗ってください。"),
    ("own_child_katakana", "うちのユウトは発達障害の診断を受けていて、支援級への転籍を考えています。"),
    # the parent named by the child before ママ / パパ
    ("child_mama_speaker", "そうすけママ：そうすけが昨日からまたアトピーが悪化して、皮膚科でステロイドを増やしました。"),
    ("child_papa_from", "こはるパパから連絡。こはるの母親が入院したので、しばらく祖母が送迎するとのこと。"),
    # a kana given name alone before an age in brackets
    ("label_kana_age", "対象児童：ひなた（5歳）\n状況：ネグレクトの疑い。保育園を月10日以上欠席。"),
    ("kana_age_sentence", "長女のあかり（3歳）は言葉の遅れがあり、療育センターに通っている。"),
    ("katakana_age", "ケース会議：ユウマ（12歳）が父親から殴られたと担任に話した。児相へ通告済み。"),
    # a katakana name after a relation and の
    ("relative_katakana_grade", "母親より相談。長男のユウマ（中2）が9月から不登校で、昼夜逆転している。"),
    ("relative_katakana_particle", "次女のミサキが摂食障害で入院しました。"),
    # a kanji given name with its reading before ちゃん / くん
    ("reading_chan", "希空（のあ）ちゃん 2歳。母が統合失調症で入院中のため一時保育を希望。"),
    ("reading_kun", "碧翔（あおと）くんは、てんかんの発作が月に1回ほどあると保護者から聞いています。"),
]

BLOCK += [
    ("reading_after_sama", "電話メモ\n上遠野様（かどの）より\n息子さんが10年ひきこもっていて、最近は暴れる。折り返し希望。"),
    ("reading_after_san", "一尺八寸さん（かまつか）の奥さんが認知症で、デイサービスの回数を増やしたいとのこと。"),
    ("place_surname_sensei", "2年2組担任の久我先生が、適応障害のため12月から休職されます。"),
    ("unit_shi_subject", "情報政策課 鷹觜氏の件、本日付で病気休職（うつ病）となりました。"),
    ("unit_title_subject_ken", "情報政策課 高橋主事の件、本日付で病気休職（うつ病）となりました。"),
    ("self_in_attendees", "聴聞出席者：人事課長 森下、職員課 新垣、本人 砂金 亮太（土木課 技師）\n件名：酒気帯び運転による懲戒免職"),
    ("self_harm_marks", "れんくん、最近手首に切り傷がある。本人はねこにひっかかれたと言うが、自分で切ったように見える。"),
    ("self_neglect_visit", "ヨネさん（独居、92）宅を訪問。入浴も1か月していない様子。ヘルパー導入を提案したが拒否。"),
    ("guidance_record", "生徒指導記録　2年1組　鶴来 陸斗君　11月28日、校舎裏で喫煙しているところを発見。"),
]

BLOCK += [
    ("katakana_famous_san", "グエンさんの件。妊娠8か月だが健診を一度も受けていない。"),
    ("katakana_famous_sama", "ミゲル様（ペルー国籍）より。奥様が脳梗塞で入院、医療費の支払いが難しいとのこと。"),
    ("katakana_famous_kin", "祖母より。孫のレンが母親から毎晩怒鳴られていて、夜中に祖母宅に逃げてくる。"),
    ("mama_speaker_word", "[18:42] めいママ: 先生すみません、めいが今日の夕方から熱で、インフルエンザでした"),
    ("sensei_treated", "音楽の小此木先生が、先週から乳がんの治療で入院されています。お見舞いは控えてください。"),
    ("english_child_case", "Case conference. Child: Haruto Mori (age 6). He has stopped eating at home. "
                           "Weight down 2 kg."),
]

BLOCK += [
    ("parent_signature_particle_kana", "はるとの母です。はるとが水ぼうそうになり、小児科で登校停止と言われました。"),
    ("papa_child_again", "つむぎパパから、昨夜つむぎが熱性けいれんを起こして救急搬送されたと電話あり。"),
    ("child_left_out", "りこママ: うちのりこ、クラスの子たちに無視されてるみたいで、学校行きたくないって泣いてた"),
    ("kana_kimi", "そうた君がまた他の子をかんでしまった。ADHDの疑いがあるため療育センターを紹介する。"),
]

ALLOW = [
    # うちの meaning "among", or a word after うちの
    ("among_several", "これらのうちのいくつかは、病気によるものかもしれないが、大部分は遺伝と考えられる。"),
    ("own_company", "うちのかいしゃは、障害者雇用の法定雇用率を達成しています。"),
    ("own_town_word", "うちのまちは高齢化が進んでいて、病院への交通手段が課題です。"),
    ("own_child_common", "うちのこどもが通う小学校で、インフルエンザによる学級閉鎖がありました。"),
    # ママ / パパ after a word
    ("mama_friends", "ママ友との関係に悩む保護者向けに、子育て相談の案内文を作ってください。"),
    ("single_mama", "シングルママ向けの支援制度（児童扶養手当など）の一覧を作って。"),
    ("new_papa", "新米パパ向けの育児講座の案内文を作ってください。会場は保健センターです。"),
    # an age after a word that names no one: a pet, a character
    ("pet_age", "ペットの防災について：うちの犬のポチ（5歳）は避難所に一緒に行けますか、という質問への回答案。"),
    ("picture_book_age", "絵本の主人公、ひなた（5歳）がはじめてのおつかいに行くお話の感想文の書き方を教えて。"),
    # a katakana word after a relation and の
    ("relative_katakana_word", "長男のゲームが止められないという相談が増えています。一般的な助言を3つ挙げて。"),
    # furigana on a common noun before ちゃん
    ("reading_common_noun", "赤ちゃん（あかちゃん）の予防接種の受け方を、外国人向けにやさしい日本語で説明して。"),
    # the story's hero
    ("story_hero", "小説の課題です。主人公の少女・みおは母親の育児放棄に苦しみながら、ときさんに支えられている。続きを書いて。"),
    ("plan_slogan_control", "市民が主人公のまちづくりを進めるため、地域福祉計画の基本理念の案を3つ作ってください。"),
]

ALLOW += [
    ("reading_after_company", "電話メモ\n上遠野様（㈱北斗印刷）より\n校正刷りを明日届けるとのこと。"),
    ("reading_with_honorific", "お医者さん（おいしゃさん）が入院中の患者さんを診てくれます、とやさしい日本語で説明して。"),
    ("reading_role_noun", "大工さん（だいく）が入院した場合の工期の延長について、契約書の条文例を教えて。"),
    ("place_sensei_public", "市立病院の久我先生による市民公開講座「認知症予防と食事」のチラシを作ってください。"),
    ("unit_shi_business", "情報政策課 鷹觜氏から、会議資料を受け取りました。次回は第3会議室です。"),
    ("self_word_general", "本人確認書類（運転免許証など）の提示を求める窓口の案内文を作って。"),
    ("self_harm_general", "手首に切り傷がある生徒に気づいたとき、教員がとるべき対応を一般論として教えて。"),
]

ALLOW += [
    ("katakana_public_dotted", "グエン・スアン・フック前国家主席の来日に関する報道をもとに、会報用の紹介文を作って。"),
    ("sensei_recommends", "主治医の田中先生が入院を勧めた場合の、医療費助成の手続きを一般論として教えて。"),
    ("sensei_treats_others", "田中先生は通院中の患者さんを診ています。診療時間の案内文を作って。"),
    ("sensei_does_surgery", "市立病院の久我先生が手術を担当する新しい外来の案内文を作ってください。"),
    ("english_general_eating", "Write a leaflet for parents: what to do when a child has stopped eating, and when to "
                               "see a pediatrician."),
]

ALLOW += [
    ("kimi_after_kanji_word", "諸君、入院中の患者さんへの接し方を学ぶ研修を始めます。"),
    ("club_speaker", "[10:00] ぴよぴよママ: 今月のサークルはインフルエンザが流行っているので中止にします"),
    ("club_named_twice", "ぴよぴよママの会の案内。ぴよぴよママの会では、インフルエンザの流行期は活動を休みます。"),
    ("zoo_animal_age", "動物園のゾウのはな子（69歳）が入院したという昔の記事を、企画展のパネル文にまとめて。"),
    ("niece_word", "うちのめいが来年入院するかもしれないので、高額療養費の制度を一般論で教えて。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)


@pytest.mark.parametrize("run,ok", [
    ("はると", True), ("そうすけ", True), ("ゆい", True), ("いつき", True), ("こはる", True), ("りおな", True),
    ("ゆうと", True), ("ひまり", True),
    ("ひなた", False), ("さくら", False), ("まち", False), ("かいしゃ", False), ("いくつか", False), ("だれか", False),
    ("こども", False), ("おとうと", False), ("ねこ", False), ("ひとりが", False), ("のこと", False),
])
def test_kana_given_model(run, ok):
    assert kana_given_ok(run) is ok
