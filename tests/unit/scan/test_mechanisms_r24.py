"""Issue 13, round 24 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- people singled out by the profile their description draws (unique_profile): the kinds of detail around a person or
  household noun — an age, a street-level place, a district, a trade or a post, a look or a possession, an incident, a
  deed in the news, a habit, a uniqueness word, an origin, twins, where one lives, a school class, a unit, the subject
  one teaches — three kinds with one that singles out, two with a uniqueness word, a class or the news, a house by its
  place and its look, a relative of a trade or a post (市長秘書のお兄さん, ＰＴＡ会長のご子息);
- a table that describes people by place, look, age and sex with no name column: each row a person (described_rows);
- a glued kanji full name with its two-word reading in brackets (宮後隆之（みやご・たかゆき）: person_intro, markup_lines);
- a register's fixed-width row: the date before a sex cell a blank apart is a birth date;
- a stamp's letter-spaced handling restriction between bars (｜部　外　秘｜);
- internal matters: 現時点では非公表, the committee's internal evaluation not told to the bidders, a stage before the
  explanation, a personnel 配置案 before 内示, a file transfer to an internal host;
- English: a lapsed residence status, chest pains, no health insurance;
- waves 2 and 3: a look, a vehicle and an animal counted apart (黄色い軽トラで荷台に柴犬); a present and a past trade
  counted apart; a quoted shop's household; a small school (全校42人) and the sentence before a short one; a relative of
  a local post (分団長の次男); the last of a hamlet (集落で最後の…); an interview transcript's staff subject (person_interviews);
  a hiragana full name after 氏名; initials closing a descriptive bracket; a Bearer value alone; a ゆうちょ 記号・番号 a blank
  apart; a tender's schedule still ahead (公告は11/20…の予定); 自宅待機 while the police decide; a month in a column's name;
- not: the bands of an anonymised table (年代, 東部/西部), a list of companies with their trade, a published incident
  report with coarse attributes, a role play declared made up (架空の住民役), a story's house, a training's audience
  (対象：窓口担当職員), a quoted description asked about, a death notice's cause of death, a hotline repeated at a
  notice's end, the office's main number said instead of a mobile, a residence card sample inside a test literal;
  a guide's kinds of people (犬の散歩や自転車の人), a short story with a bracket after 短編, data declared dummy, a shop's
  listing (営業…定休 TEL), a public office's head named in brackets (佐伯 恵理子（市長）), a trainer (保健指導者), a
  procedure's rule (査定前の数字は外部に出さないこと), a tender notice carried out (公告は…行いました).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("profile_habit_look_past_job", "相談票を整理して。\n\n市民プールに毎週火曜の朝来る、赤い帽子の男性（元・中学校の用務員）が、"
                                    "更衣室で倒れて搬送されました。心房細動の持病があるそうです。"),
    ("profile_house_place_look", "対応記録をまとめて。\n\n松葉町2丁目の消防団詰所の向かい、黄色い外壁の家に住む方から苦情。"
                                 "ご本人は生活保護を受けていて、最近は認知症の症状が出ているとケアマネから聞いています。"),
    ("profile_unique_origin", "メールを丁寧にして。\n\n寺尾地区に一世帯だけ住んでいるペルー出身のご家族の件です。"
                              "お父さんが腰を痛めて働けず、家賃を3か月滞納しています。"),
    ("profile_relative_of_post", "文面を整えて。\n\n教育委員会事務局長の弟さんで、市民病院の売店に勤めている方から相談がありました。"
                                 "うつ病で休職中とのことです。"),
    ("profile_class_transfer", "報告を整えて。\n\n今月10日に4年2組に転入した女子児童について、前の学校でいじめを受けて不登校だったと"
                               "保護者から申出がありました。"),
    ("profile_news_deed", "返信を考えて。\n\n先月の広報紙に「100歳の現役農家」として載った男性の息子さんから、父の認知症が進んで"
                          "徘徊が増えたと相談がありました。"),
    ("profile_unique_after_noun", "要求文書の下書きを。\n\nさくら保育園 1歳児クラス（来年度入園、医療的ケア児の申込みはこの1件のみ）。"
                                  "経管栄養が必要で、母はてんかんで通院中。"),
    ("profile_english_clause", "Summarise this in Japanese.\n\nI met the only Vietnamese family in Kitano 2-chome today: the father "
                               "who works nights at the noodle factory by the river. He told me he has had chest pains for a "
                               "month and has no health insurance."),
    ("rows_place_look_age", "見やすい表にして。\n\n地区,目印,年齢,性別,状況\n桜台3丁目,郵便ポストの隣の緑の屋根,81,女,独居・難聴\n"
                            "桜台3丁目,コンビニ裏のアパート2階,77,男,糖尿病・透析週3回"),
    ("rows_place_description", "整形して。\n\nNo\t場所\t特徴\t年代\t健康状態\n1\t北公園の東屋\t黒いリュック・白い自転車\t60代\t"
                               "肝硬変で通院中断\n2\t駅西口の地下通路\t車いす・茶色の犬連れ\t50代\t糖尿病"),
    ("glued_name_reading", "記録を清書して。\n\n相談者は甘粕信吾（あまかす・しんご）。胃潰瘍で入院していたとのこと。"),
    ("register_row_birth_date", "件数表にして。\n\n第3投票区\n柚木町一丁目4番8号　　柚木 早苗　　昭和22年6月3日　女\n"
                                "柚木町一丁目4番8号　　柚木 常雄　　昭和19年1月15日　男"),
    ("stamp_between_bars", "OCRの誤字を直して。\n\n｜部　外　秘｜　　　No. 0 1 7\n令和7年度 内 部 監 査 速 報\n1. 対象 税務課"),
    ("not_public_for_now", "論点整理を。\n\n企業誘致の面談メモ。相手方への提示価格は坪5.1万円。面談していること自体、現時点では非公表。"),
    ("internal_evaluation_untold", "表にして。\n\n指名業者選定メモ（契約課作成）\n1 株式会社ひばり土建 成績62点、指名見送り案\n"
                                   "※この評価は各業者には伝えていません。"),
    ("personnel_draft_before_naiji", "表にして。\n\nR8.4.1 係長級配置案（第2稿、内示は3/12予定）\n・収納課：椎葉 → 市民課へ"),
    ("vehicle_animal_look", "報告メモにして。\n\n[10:02] 森: 白いワゴンで後ろに黒い犬を乗せてる人、わかる？\n[10:03] 田中: 駅裏の人ね。"
                            "生活保護受けてて、糖尿病で通院中のはず"),
    ("present_and_past_trade", "文面を整えて。\n\n図書館の受付にいる、去年まで市役所の税務課にいた白髪の男性から相談。借金の督促で眠れないそうです。"),
    ("quoted_shop_household", "丁寧にして。\n\n本町通りの「かねよ商店」のおじいちゃん、夜中に徘徊して交番で保護されました。認知症の診断は先月とのこと。"),
    ("small_school_pupil", "記録にして。\n\n西ノ沢小（全校28人）の校長から電話。3年の女の子、腕にあざがまたあったと。児相に連絡済み。"),
    ("relative_of_local_post", "報告メールにして。\n\n・第2分団長の長男（団員歴4年）が、分団の会費を使い込んでいたと判明。本人はパチンコの借金と説明。"),
    ("last_of_hamlet", "整えて。\n\n対象：Aさん。小谷集落で最後の茅葺き職人で、昨年からアルコール依存症で通院中。"),
    ("interview_staff_subject", "面談記録にして。\n\n出席：課長 森、職員 鵜沢 亮（主事）\n\n森：今日は差押えの通知の件です。\n"
                                "鵜沢：はい、カードローンが3社あって、督促の電話で眠れません。"),
    ("hiragana_name_label", "整理して。\n\n児童氏名　かざまき　ゆうと\n通告内容　夜に怒鳴り声、虐待の疑い"),
    ("initials_closing_bracket", "要約して。\n\n就業上の措置は1名で、福祉課の主査（社会福祉士、40代男性、K.M.）が抑うつ状態により時間外勤務禁止。"),
    ("bearer_value_alone", "図にして。\n\n本番アクセストークン：\n　Bearer q8Wm2Zt5RkLp9XvN3cYhB7sD4eFg1jK0oUiA6rT"),
    ("yucho_spaced", "一覧にして。\n\nゆうちょ銀行\n記号　1 3 2 4 0\n番号　5 8 1 7 2 0 4 6\n名義　ミナセ　ユイ"),
    ("tender_schedule_ahead", "表にして。\n- 新体育館の設計書まとまった。予定価格は2億4,100万（税抜）\n- 公告は12/2、開札12/20の予定"),
    ("staff_home_while_police", "並べ替えて。\n・土屋主事は例の件で今週から自宅待機。警察の処分が出るまで審査会は開かない。"),
    ("month_named_column", "数えて。\n\n学校\t学年\t氏名\t11月欠席\t要因\n北中\t2\t柚原 そら\t14\t起立性調節障害 通院中"),
    ("internal_ftp_host", "原因を教えて。\n\n//STEP2 EXEC PGM=FTP,PARM='10.12.30.7 (EXIT'\nEZA1554I Connecting to: 10.12.30.7 port: 21."),
]

ALLOW = [
    ("rows_anonymised_bands", "クロス集計にして。\n\nID,年代,性別,地区,主訴\nK-101,40代,女,東部,失業\nK-102,70代,男,西部,年金のみで困窮"),
    ("rows_company_trade", "市内業者だけ抜き出して。\n\n業者名\t所在地\t業種\n株式会社南風建設\t潮見町2丁目\t土木\n有限会社灯電工\t灯台町3丁目\t電気"),
    ("press_release_coarse", "やさしい日本語にして。\n\n【報道発表】10日午後、市内在住の80代男性が自宅近くの畑で作業中に倒れ、"
                             "救急搬送されました。熱中症とみられます。"),
    ("roleplay_declared", "ロールプレイをお願いします。あなたは架空の来庁者役です。\n設定：商店街で長年八百屋を営む70代の男性。"
                          "最近物忘れがひどく、介護保険の相談に来た。"),
    ("story_house", "市の文芸賞の応募作品（短編小説）です。講評して。\n\n坂の上の、青いトタン屋根の家に、その老人は一人で住んでいた。"
                    "心臓の薬を毎朝飲むのが日課だった。"),
    ("training_audience", "表にして。\n・6/10 メンタルヘルス研修　対象：係長級　会場：本庁舎\n・6/24 接遇研修　対象：窓口担当職員"
                          "　会場：市民会館\n・7/8 新任研修　対象：今年度新採　会場：本庁舎"),
    ("quoted_description_asked", "質問です。記録に「○○町の民生委員の奥さん」「駅前の歯科医院の院長の息子さん」のように書くのは"
                                 "個人情報に当たりますか？"),
    ("death_notice_cause", "弔辞の案を作って。\n\n元副市長の岩城 正弘 氏が、11月3日、病気のため逝去されました。享年79歳。"
                           "\n問い合わせ　秘書課　0297-20-1111（代表）"),
    ("hotline_repeated", "英語を直して。\n\nFlood information hotline: 0297-20-4400 (Japanese / English)\n"
                         "くすり と みず を じゅんび して ください。\nしつもん：でんわ 0297-20-4400"),
    ("main_number_not_mobile", "英語のメールにして。\n\n当日の窓口は国際課 主任 森、携帯ではなく課の代表番号 0297-20-1111（内線315）へ。"),
    ("card_sample_in_test", "How do I fix this?\n\nassert mask(\"card AB12345678CD\") == \"card AB********CD\"\n"
                            "assert mask(\"番号：ＡＢ１２３４５６７８ＣＤ\") == \"番号：AB********CD\""),
    ("guide_kinds_of_people", "やさしい言葉に直して。\n・毎朝見かけていた犬の散歩や自転車の人を、最近見かけなくなった\n"
                              "・同じものを何度も買いに来るお客さん"),
    ("story_bracket_after_tanpen", "文学賞に応募する短編（フィクション）の冒頭です。整えて。\n\n商店街のいちばん奥の時計屋に、トミさんは"
                                   "今日も座っていた。最近物忘れがひどい。"),
    ("declared_dummy_data", "正規表現を直して。テストデータはダミーです。\nsamples = [\"ダミー町1丁目の「テスト商店」の店主\"]"),
    ("shop_listing_phone", "英訳して。\n\n■ 和菓子 松風堂（本町）\n二代目の松井さんご夫婦が営むお店です。\n営業 9:00〜18:00（月曜定休）　TEL 0288-22-5510"),
    ("office_head_in_brackets", "分類して。\n\n会議録（公開）\n出席者　鷲尾 典子（市長）、片倉 修（教育長）\n議題　不登校児童生徒への支援"),
    ("trainer_not_topic", "丁寧にして。\n先日、県の母子保健指導者研修に南保健センターの秋山さんと参加しました。伝達研修の日程を調整します。"),
    ("tender_notice_done", "入札公告の文章を整えて。\n\n本件の予定価格は 8,250,000円（税抜）です。公告は10月1日に行いました。開札は10月20日です。"),
    ("published_bid_eval", "表にして。\n\n令和6年度 工事成績評定の公表（市ホームページ掲載済み）\n株式会社ひばり土建 78点"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
