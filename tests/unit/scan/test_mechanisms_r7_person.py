"""Issue 13, round 7, helper r7-person: table tests of the mechanisms added for names in conversational and
informal shapes (call notes, counter logs, chats, transcripts, self-introductions, OCR'd forms, letters).

* person_intro: a surname glued to the verb or place before と申します (先日窓口に伺った宮本と申します,
  緑野市の高橋と申します), the dictionary confirming it; a kanji name with its kana reading in brackets before an
  honorific (石動（いするぎ）さん), a proper noun only;
* person_contacts._spoken_surname: a surname after a place and の or a verb before です / ですけど, with the
  caller's own personal contact in the message; not a company's or a unit's staff;
* hiragana form labels: なまえ / おなまえ (PERSON), じゅうしょ (JP_ADDRESS), せいねんがっぴ (DATE_OF_BIRTH);
* email: a company's work address with the company named on its line or the two above (a mail header, a
  signature block) is a business contact, not personal;
* public_context: a name without a label or an honorific on a line naming a year of the past centuries (明治5年,
  1867年, a life span) is a historical figure;
* person_titles: a subject named only by a unique title (副校長, 市長, 園長, 担任 …) as the one treated, off sick or at
  home (副校長が…入院, 市長の自宅（street number）); not in a published announcement, not when the predicate
  describes someone else (入院中の児童), not a title after a name (read by the name rules);
* person_intro: a person named before の母です / の娘です … (the writer identifies themself through them); a name
  after its holder's number (受験番号 1042　前田 悠真); a katakana name with middle dots before といいます;
* person_contacts: a greeting opening a self-introduction (はじめまして) lets a spoken self-identification count
  without a personal contact; signature labels 署名 / 自署 / 記名 (field form); 採用面接 / 二次面接 / 最終面接 are
  personnel topics;
* person_intro: the partner named by a chat export's header (山下 千尋とのトーク履歴) and the writer naming themself in
  brackets after 私 (私（車いす利用の 佐藤 舞）), the name model confirming them; person_contacts: a street number and
  の before the caller's surname (本町3-4-12の中川です) name the caller as their own contact does;
* person_intro: someone introduced by name with an honorific and という before a word for a person (ひなたくんっていう
  男の子, ミキちゃんって子, 田中さんっていうおばあさん);
* a kana surname before 、と申します (しみず、と申します; a person's entry to the dictionary counts as a kana surname);
  a quoted mail's sender named by a surname alone (From: たかはし <…@docomo.ne.jp>) with their free-mail address on
  the header line; a letter's sender line giving the street address before the name (差出人　北町1丁目2番3号　坂口);
* a transcript speaker's filler between the label and the name (相談者：えっと、松本 さやか、です); a cardiac
  pacemaker as a health topic (心臓ペースメーカー, ペースメーカーを入れ…; not a marathon's pacemaker);
* person_intro: a full name tagged with its role in a case in brackets (Ana Souza（保護者）, 山田 花子（本人）), as a
  chat's sender or a list's entry;
* date_of_birth: a date opening an answer turn (相談者：…, 母親「…) whose previous line asks for the birth date
  (生年月日をお願いします, お誕生日は？) is labelled by the question.
"""

from __future__ import annotations

import pytest

MOBILE = "携帯は090-3861-2047です。"

# (name, text, the finding the row must hold)
BLOCK = [
    ("intro_after_city_no", "緑野市の高橋と申します。" + MOBILE, "PERSON"),
    ("intro_after_verb_ta", "引っ越してきた高畑と申します。" + MOBILE, "PERSON"),
    ("intro_after_verb_ru", "東町に住んでいる高畑と申します。" + MOBILE, "PERSON"),
    ("intro_after_verb_full", "先日お電話した小野寺 和也と申します。" + MOBILE, "PERSON"),
    ("intro_after_watashi_wa", "こんにちは。私は高橋と申します。" + MOBILE, "PERSON"),
    ("intro_place_spaced", "東町の北条 美咲と申します。" + MOBILE, "PERSON"),
    ("spoken_place_no_kedo", "もしもし、北町の大塚ですけど、" + MOBILE, "PERSON"),
    ("spoken_kedo", "もしもし、大塚ですけど、" + MOBILE, "PERSON"),
    ("spoken_after_verb", "3班の班長になりました山之内です。" + MOBILE, "PERSON"),
    ("reading_surname_san", "本日来庁された石動（いするぎ）さん、人工透析を週3回受けている。", "PERSON"),
    ("reading_full_sama", "東雲 凛（しののめ りん）様、人工透析を週3回受けている。", "PERSON"),
    ("hiragana_label_namae", "なまえ　すずき　はると\nでんわ　090-3861-2047", "PERSON"),
    ("hiragana_label_onamae", "ほごしゃのおなまえ：田中 美紀\nれんらくさき：080-2719-6634", "PERSON"),
    ("hiragana_label_jusho", "おなまえ：たなか ゆうな\nじゅうしょ：みどりの市本町3-5-12", "JP_ADDRESS"),
    ("company_far_above", "株式会社ミドリシステム\n\n\n\n\n吉川様の件、yoshikawa@midori-sys.co.jp に送りました。", "EMAIL_ADDRESS"),
    ("old_year_with_san", "相談者の山田 ハツさん（明治45年築の家に独居）は、認知症で施設入所を検討中。", "PERSON"),
    ("old_year_building_contact", "明治30年築の古民家に住む 山田 太郎、糖尿病で通院中。携帯090-3861-2047", "PERSON"),
    ("title_subject_hospital", "副校長が先月から胃がんの治療のため入院しており、3学期は休職の見込みです。", "PERSON"),
    ("title_subject_sick_leave", "副校長の病気休暇について、教育委員会に報告します（うつ病）。", "PERSON"),
    ("title_home_address", "市長の自宅（緑野市本町2丁目7番15号）付近に街宣車が来ています。", "PERSON"),
    ("title_surgery_predicate", "副市長は、膝の手術を受けるため来週から療養する。", "PERSON"),
    ("title_class_teacher", "担任が入院したため（肺炎）、2学期は代わりの先生が来ます。", "PERSON"),
    ("title_draft_not_yet", "【発表前・取扱注意】市長が心筋梗塞で入院したことを記者会見で発表する予定。", "PERSON"),
    ("relation_mother_of_pupil", "3年2組の山本 蓮の母です。蓮が同じクラスの子からいじめを受けているようです。", "PERSON"),
    ("relation_daughter_voicemail", "桜台の永井 ミツ子の娘です。母が骨折して入院しました。", "PERSON"),
    ("relation_glued_name", "山本蓮の母です。蓮がいじめを受けているようです。", "PERSON"),
    ("relation_katakana_dotted", "マリア・サントスの夫です。妻がうつ病で入院しました。", "PERSON"),
    ("numbered_applicant", "採用面接の評価\n受験番号 1042　前田 悠真\n・評価：B", "PERSON"),
    ("numbered_receipt_colon", "受付番号：A-0318 山口 彩（生活保護の申請）", "PERSON"),
    ("intro_katakana_dotted", "わたしは グエン・ティ・ハー といいます。でんわ 070-4417-8820", "PERSON"),
    ("greeting_self_id", "はじめまして、市内に住んでいる森 はるかです。交際相手から暴力を受けています。", "PERSON"),
    ("signature_label_kimei", "回答者番号 18（記名あり：木村 節子）\n夫が若年性アルツハイマーと診断されて3年。", "PERSON"),
    ("signature_label_shomei", "署名：丸山 恵美\n住所：緑野市本町2-3-4", "PERSON"),
    ("dob_answer_turn", "相談員：生年月日をお願いします。\n相談者：昭和51年8月3日です。\n相談員：お名前は？\n相談者：大野 智子です。", "DATE_OF_BIRTH"),
    ("dob_answer_quote", "職員「お子さんのお誕生日は？」\n母親「はい、平成30年4月2日です」\n職員「お名前は」\n母親「かとう ゆいとです」 携帯 080-5521-3907", "DATE_OF_BIRTH"),
    ("hiragana_label_soudansha", "そうだんしゃ　なかむら　あやの\nでんわ　090 4128 3371", "PERSON"),
    ("intro_katakana_given", "私こと、八十三歳の独り暮らしの老人、森田 トメと申します。乳がんの手術をいたしました。", "PERSON"),
    ("english_its_after_name_question", "Interviewer: Could you tell me your name, please?\nResident: It's Daniel Kim.\n"
                                        "Resident: I live at 3-2-1 Honcho, Midorino City.", "PERSON"),
    ("talk_export_header", "[LINE] 山下 千尋とのトーク履歴\n20:11\t山下 千尋\t夫のモラハラがひどくて、もう限界です", "PERSON"),
    ("talk_export_kana", "[LINE] たなかとのトーク履歴\n20:11\tたなか\tうつ病で休職中です", "PERSON"),
    ("self_in_brackets", "私（車いす利用の 佐藤 舞）は二度と行きたくない。障害者手帳の更新で2時間待たされた。", "PERSON"),
    ("street_before_caller", "本町3-4-12の中川です。隣の空き家から異臭がします。主人は寝たきりです。", "PERSON"),
    ("street_go_before_caller", "緑野市本町3丁目4番12号の中川です。主人は寝たきりで、私しかいません。", "PERSON"),
    ("called_kana_boy", "201号室の、ひなたくんっていう男の子が、夜になるといつも外に出されてて。母親が怒鳴ってて、叩く音もする。", "PERSON"),
    ("called_katakana_girl", "ミキちゃんって子が、学校でいじめられているみたいです。", "PERSON"),
    ("called_surname_grandma", "隣の田中さんっていうおばあさんが、認知症みたいで夜に歩き回っています。", "PERSON"),
    ("intro_kana_comma", "介護保険の件で、東町二丁目の、しみず、と申します。080-2231-7764にお願いします", "PERSON"),
    ("from_kana_surname_freemail", "From: たかはし <t.taka1985@docomo.ne.jp>\n件名：国保の減免\n失業して収入がありません。", "PERSON"),
    ("from_kanji_surname_freemail", "From: 高橋 <t.taka1985@docomo.ne.jp>\n件名：国保の減免\n失業して収入がありません。", "PERSON"),
    ("sender_line_address_surname", "差出人　北町1丁目2番3号　坂口\n私は人工透析を受けています。", "PERSON"),
    ("sender_line_building_full", "差出人：緑野市本町2-3-4 グリーンハイツ202　森下 恵理子\n不眠症で通院中です。", "PERSON"),
    ("label_filler", "職員：お名前をお願いします。\n相談者：えっと、松本 さやか、です。\n職員：生年月日は？\n相談者：平成2年11月5日です。", "PERSON"),
    ("pacemaker_topic", "来庁者：近藤（こんどう）さま、80代女性\n本人も最近、心臓のペースメーカーを入れたとのこと。", "SENSITIVE_PERSONAL_INFO"),
    ("role_tag_latin", "[Teams] 11/30 18:05 Ana Souza（保護者）\nむすこは きのうから ねつが あります。インフルエンザです。", "PERSON"),
    ("role_tag_kanji", "[Teams] 11/30 18:05 山田 花子（保護者）\n息子はインフルエンザと言われました。", "PERSON"),
    ("hiragana_label_dob", "おなまえ：たなか ゆうな\nせいねんがっぴ：平成30年4月2日", "DATE_OF_BIRTH"),
]
ALLOW = [
    # a company's address opening a quoted mail's attribution line is the vendor's (public_contacts.mail_headers, merged
    # from the negative helper: business mail names its correspondents)
    ("work_mail_header_line", "> 2026/11/27 16:05 吉川 <yoshikawa@midori-sys.co.jp>\n> 見積もりの件です。\n\n吉川様\nご連絡ありがとうございます。"),
    ("intro_not_a_name_after_no", "東町の職員と申します。" + MOBILE),
    ("intro_mono", "以前お電話した者と申します。" + MOBILE),
    ("intro_staff_unit", "市民課の高橋と申します。内線2231です。"),
    ("spoken_company_staff", "株式会社ミドリ建設の山田です。" + MOBILE),
    ("spoken_unit_staff", "市民課の山田です。" + MOBILE),
    ("spoken_predicate", "担当は山田です。" + MOBILE),
    ("spoken_no_contact", "北町の大塚ですけど、ごみの日を教えてください。"),
    ("reading_common_noun", "まちのお医者（いしゃ）さんに、けんこうしんだんをうけよう。電話090-3861-2047"),
    ("reading_trade", "大工（だいく）さんの仕事を見学しました。電話090-3861-2047"),
    ("hiragana_label_blank", "なまえ＿＿＿＿＿＿\nじゅうしょ＿＿＿＿＿＿"),
    ("company_mail_header", "> 2026/11/27 16:05 株式会社ミドリシステム 営業部 吉川 <yoshikawa@midori-sys.co.jp>\n> 見積もりの件です。\n\n吉川様\nご連絡ありがとうございます。"),
    ("company_signature_block", "吉川様\nいつもお世話になっております。\n--\n株式会社ミドリシステム\n営業部 吉川 太郎\nyoshikawa@midori-sys.co.jp"),
    ("historical_meiji", "樋口 一葉は明治5年に東京で生まれ、24歳の若さで結核のため亡くなりました。"),
    ("historical_life_span", "野口 英世（1876-1928）は黄熱病の研究中に亡くなった。"),
    ("historical_western_year", "伊能 忠敬は1800年に蝦夷地の測量を始めた。晩年は病気に苦しんだ。"),
    ("title_agent_topic", "市長は、がん検診の受診率向上を呼びかけた。"),
    ("title_deals_with_patient", "教頭は、入院中の児童の家庭を訪問した。"),
    ("title_press_release", "報道発表資料（公表済み）\n本日、市長が新型コロナウイルスに感染していることが確認されました。"),
    # the word qualifies a noun (入院先, 感染症対策, 病気休暇の制度) rather than being the title holder's predicate
    ("title_infection_policy", "教育長は、学校の感染症対策について説明した。"),
    ("title_escort_of_patient", "園長は、通院の付き添いが必要な園児への対応を説明しました。"),
    ("title_visits_hospital", "校長は、熱中症で搬送された生徒の入院先を訪ねた。"),
    ("title_explains_leave", "センター長が、病気休暇の制度について研修で説明した。"),
    ("title_inpatients", "院長は、入院患者の感染対策を徹底すると述べた。"),
    ("title_reports_on_staff", "校長は、休職中の教員について報告した。"),
    ("title_news_report", "緑野新聞（12月1日）\n緑野市の市長が心筋梗塞のため入院したことが30日、市への取材で分かった。"),
    ("title_home_no_address", "市長の自宅前で抗議活動があったと報じられた。"),
    ("title_next_sentence", "校長が挨拶した。その後、入院中の方への見舞い状を紹介した。"),
    ("relation_no_name", "緑野市の母です。子どもがいじめを受けているようです。"),
    ("relation_title", "2年の担任の母です。いじめを受けているようです。"),
    ("numbered_no_topic", "受験番号 1042　前田 悠真\n受験番号 1057　吉岡 紗希"),
    ("numbered_not_a_name", "受付番号 0318 窓口にてお待ちください（生活保護の相談）"),
    ("greeting_staff", "はじめまして、市民課の山田 花子です。うつ病予防の講座を担当します。"),
    ("signature_campaign", "署名活動にご協力ください。うつ病の家族会です。"),
    ("recruiting_notice", "職員採用試験の日程：一次試験 6月、採用面接 7月。合否は郵送で通知します。"),
    ("dob_question_other_date", "司会：次回の日程は？\n委員：令和8年1月20日です。\n司会：会場は中央公民館です。"),
    ("dob_answer_not_a_date", "相談員：生年月日をお願いします。\n相談者：えっと、ちょっと待ってください。"),
    ("english_its_not_a_name", "It's Christmas Eve, and Civic Hall is closed. Call 0467-20-1111 for help."),
    ("spoken_council_staff", "緑野市社会福祉協議会の山田です。" + MOBILE),
    ("talk_official_account", "[LINE] 緑野市とのトーク\nユーザー：うつ病の相談窓口は？"),
    ("talk_service_name", "[LINE] 子育て相談とのトーク履歴\n相談：うつ病"),
    ("talk_common_noun", "[LINE] ともだちとのトーク履歴\n20:11\tともだち\tうつ病で休職中です"),
    ("self_bracket_not_name", "私(市民)は、うつ病の家族会の会員です。"),
    ("street_before_facility", "本町3-4-12の集会所です。認知症カフェを開きます。"),
    ("numbered_clause", "第3号の規定により、申請者は山田です。うつ病の診断書を添付します。"),
    ("called_generic_child", "お子さんという存在は、いじめから守られるべきです。"),
    ("called_character", "キティちゃんという人気キャラクターが、病院のポスターに使われています。"),
    ("called_shop", "ひなたさんという名前のお店で、認知症カフェが開かれます。"),
    ("intro_mono_comma", "担当の者、と申します。080-2231-7764"),
    ("from_staff_lgjp", "From: 高橋 <takahashi-k@city.midorino.lg.jp>\n件名：会議資料\n来週の会議資料です。"),
    ("sender_line_office", "差出人　緑野市役所 市民課\n住民票の写しを送付します（人工透析の証明書在中）。"),
    ("sender_line_unit_after_address", "差出人　北町1丁目2番3号　市民課\n透析医療費の助成のお知らせ"),
    ("pacemaker_marathon", "市民マラソンで、山田 太郎さんがペースメーカーを務めました。"),
    ("role_tag_not_a_name", "City Hall（本人）確認の書類をお持ちください。インフルエンザの予防接種の受付です。"),
    ("hiragana_name_in_prose", "なまえをよばれたら、へんじをしましょう。"),
]


@pytest.mark.parametrize("name,text,entity", BLOCK, ids=[n for n, _, _ in BLOCK])
def test_blocks(scanner, name, text, entity):
    result = scanner.scan(text)
    assert result.action == "block"
    assert entity in {f.entity for f in result.findings}


@pytest.mark.parametrize("name,text", ALLOW, ids=[n for n, _ in ALLOW])
def test_allows(scanner, name, text):
    assert scanner.scan(text).action == "allow"
