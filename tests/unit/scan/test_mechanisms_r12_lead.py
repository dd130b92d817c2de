"""Issue 13, round 12, the lead's mechanisms (table tests of positive and negative rows, written apart from the
held-out probe files, with other names, towns and wording):

- a bulleted list row whose name is followed by an ellipsis or a dash (・相楽 健斗…うつ病で休職) and a given name in kana
  the dictionary reads as a word or a place (みさと, あゆ) count as list rows (person_lexicon._LIST_ROW,
  person_tables._kana_given);
- a street address (…番地, …丁目) or a birth year in brackets (（昭和56年生）) beside a spaced full name is personal
  data next to it (anchors, _PERSONAL_DATA_RE); a birth year in a public profile (1999年生まれ) is not;
- an office unit is looked for around a name, never inside it (砥部, 阿部: person_contacts.signature_contact,
  person_tables._address_beside);
- 12 digits of a 個人番号 in two to four blocks of three or more (3-4-5, 6-6) beside a card word, as 4-4-4 is;
- the election results' announcement (当選人の告示, 開票結果) is published; 第28号 is an ordinal, no house number;
- markings quoted in a list joined by a conjunction (「極秘」又は「秘」の印) are mentions;
- the writer's declaration that the matter may not leave the office yet (まだ外には出せない段階);
- a surname holding ノ between its kanji after a label (被保険者：萩ノ上 利夫);
- romanised Japanese field names (jidoMei, shimei), an English diagnosis told in the first person, a Portuguese
  birth label (nascimento) and a year-first date after it;
- a surname the dictionary reads as a word, a kana given name and an honorific (家老 さつき さん);
- a spread form label before a letter-spaced value (氏　　名　轟　木　さ　く　ら): the label is packed first;
- a spaced full name whose sentence goes on, within 40 characters, to a specific sensitive topic (昨日、相楽 健斗が
  うつ病で休職), or written without the space when the dictionary reads it as exactly a surname and a given name: a
  private person of the record, unless a title names them in office or they are cited as a source
  (person_topics.sentence_subjects).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("bullet_ellipsis_health", "来月の勤務で配慮が必要な職員\n・真壁 健人…10月に適応障害で休職、夜勤免除\n・大槻 里奈…妊娠20週"),
    ("bullet_dash_health", "面談対象\n・小此木 和也―糖尿病で通院中、残業不可"),
    ("bullet_kana_given", "配慮事項\n・桐谷 みのり（主任）…妊娠16週、夜勤免除"),
    ("name_with_street_in_brackets", "不法投棄の行為者は 鰐淵 康介（鳴沢町大字上原1187番地）と判明し、指導した。"),
    ("name_with_chome_in_brackets", "申出人 猪狩 一成（緑川市本町3丁目）から、隣家の騒音について再度の連絡あり。"),
    ("name_with_birth_year", "照会事項\n1　設楽 智之（平成2年生）の現住所及び転出先\n参考：記録上の住所は青葉市中町2丁目4-6"),
    ("surname_holding_unit_kanji", "市長さまへ\n　青葉市若草町2丁目7番5号\n　　阿部 権兵衛\n　　電話 0123-45-6789"),
    ("my_number_three_four_five", "夫の番号です。合っているか見てください\n482 5519 30712"),
    ("my_number_six_six", "妻の番号、転記ミスがないか確認して\n482551 930712"),
    ("unannounced_stage", "この件はまだ外には出せない段階です。工場誘致の条件案：用地単価 1㎡あたり 21,000円、奨励金 最大8億円。"),
    ("label_surname_with_no", "被保険者：一ノ宮 光男（81歳・男）\n傷病名：アルツハイマー型認知症"),
    ("label_surname_with_no_b", "氏名：井ノ口 さやか\n診断名：うつ病"),
    ("romaji_child_name_key", '[{"jidoMei": "小野寺 こはる", "jokyo": ["卵"], "biko": "アナフィラキシー既往あり"}]'),
    ("romaji_shimei_key", "shimei=真鍋 大地, byomei=1型糖尿病"),
    ("english_diagnosed_me", "Hi Mr. Tanaka,\nThis is Olivia Brennan-Hart. My doctor has diagnosed me with a depressive "
                             "episode and I will be off for three weeks."),
    ("portuguese_birth_label", "Nome: SILVA KOBAYASHI Lucas\nnascimento 2019/04/03\nendereço: 青葉市港町3-2-8"),
    ("word_surname_kana_given_honorific", "人事課　城代 ゆかり さん\n適応障害で休職中の件、復職の段取りです。"),
    ("spread_label_spaced_value", "印 鑑 登 録 原 票\n氏　　名　轟　田　み　の　り\n生年月日　昭和　６０年　３月　３日"),
    # a spaced full name whose sentence goes on to a specific sensitive topic (person_topics.sentence_subjects)
    ("sentence_name_then_illness", "先週、柳沢 俊介がパニック障害で通院を始めたと家族から連絡がありました。"),
    ("sentence_common_noun_surname", "明日の面談は 真壁 健人 の件で、統合失調症の診断書が出ています。"),
    ("sentence_parent_child", "母親の 小野寺 美咲 から、長男が不登校になっていると相談がありました。"),
    ("sentence_kana_given", "面談記録：大槻 みのり が生活保護の申請について相談。"),
    # the same without the space, when the dictionary reads the run as exactly a surname and a given name
    ("sentence_glued_name", "ケース記録：柳沢俊介は生活保護を受給中で、家賃の滞納がある。"),
    ("sentence_glued_after_no", "母親の小野寺美咲から、長男が不登校だと相談があった。"),
]

ALLOW = [
    # a bulleted list of speakers with their professions and a topic (no one's record)
    ("bullet_speakers_profession", "講演会の登壇者\n・北条 真理子…精神科医、うつ病の最新治療について"),
    # a facility's address after a unit line, no person
    ("facility_address", "問合せ先\n青葉市役所 環境課\n青葉市本町1丁目1番1号\n電話 0123-45-6789"),
    # 12 digits in odd blocks without any card word: an order number
    ("odd_blocks_no_card_word", "注文の控えです。配送日を確認したい\n482 5519 30712"),
    # the election result's announcement
    ("election_result_notice", "青葉市選挙管理委員会告示第12号\n青葉市議会議員補欠選挙において、当選人が次のとおり決定したので告示する。\n"
                               "当選人　早乙女 純（47）無所属・新　得票数 6,210票"),
    # a regulation that quotes the stamps in a list joined by a conjunction
    ("regulation_quotes_stamps", "文書管理規程（例規集掲載）\n第20条　秘密文書の表示は、文書の右上部に「極秘」又は「秘」の印を押すことにより行う。"),
    ("quoted_stamps_ya", "研修資料：「秘」や「取扱注意」の表示がある文書は、課外に持ち出さないこと。"),
    # a general statement that personal data may not go out (no matter of the office's own)
    ("rule_about_data", "個人情報は外部に出せないので、生成AIには入力しないでください。"),
    ("not_outdoors_yet", "台風が近いので、子どもをまだ外に出せない状態です。"),
    # a place name holding ノ is not a name after a location label
    ("place_with_no", "会場：井ノ頭公園 野外ステージ\n雨天時は中止します。"),
    # romanised field names in a schema without values
    ("romaji_schema", "CREATE TABLE jido (jido_id INT, jidoMei VARCHAR(40), gakko VARCHAR(40));"),
    # English general health text with no person
    ("english_health_general", "Depressive disorders are common; a medical certificate is required for sick leave over 3 days."),
    # a kana word between a noun and さん that is no given name
    ("kana_word_before_san", "本日 みんな さん、よろしくお願いします。"),
    # the topic in the next sentence, a council member named with their title, a famous name, a staff title
    ("topic_in_next_sentence", "対応記録：10/3 柳沢 俊介 来庁。生活保護の制度について一般的な説明を行った。"),
    ("council_member_title", "一般質問で 早乙女 純 議員が生活保護の現状について質問した。"),
    ("famous_name", "夏目 漱石 は胃潰瘍で亡くなった。"),
    ("department_name", "問合せ：柳沢 俊介（障害福祉課）まで。"),
    ("biography", "作家の 遠野 静香 は晩年、認知症を患ったと伝えられる。"),
    ("minutes_speaker_bracket", "○委員（柳沢 俊介・公募）　私自身、産後うつを経験しました。"),
    ("author_in_booklist", "・『認知症と生きる』 柳沢 俊介 著（若年性認知症の当事者の手記）"),
    ("glued_writer_cited", "ノンフィクションライターの柳沢俊介によれば、ホームレスへの襲撃の被害者は23人に上る。"),
    ("glued_title_no", "市長の柳沢俊介は、生活保護の適正化について記者会見で説明した。"),
    ("table_row", "団体名\t代表者\t内容\n認知症カフェ「ひだまり」\t柳沢 俊介\t認知症の人と家族の交流"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)


def test_birth_year_in_a_public_profile_is_no_personal_data_beside_the_name(scanner):
    """（2001年生まれ） in an athlete's profile: the name stays a bare name (a birth year alone only warns)."""
    res = scanner.scan("広報に載せる選手紹介\n陸上 女子400m 日本代表 長浜 彩花（青葉市出身、2001年生まれ）\n"
                       "青葉南高校から実業団へ。自己ベスト52秒10。")
    assert res.action != "block" and "PERSON" not in {f.entity for f in res.findings}
