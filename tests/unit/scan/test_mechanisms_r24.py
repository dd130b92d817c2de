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
- not: the bands of an anonymised table (年代, 東部/西部), a list of companies with their trade, a published incident
  report with coarse attributes, a role play declared made up (架空の住民役), a story's house, a training's audience
  (対象：窓口担当職員), a quoted description asked about, a death notice's cause of death, a hotline repeated at a
  notice's end, the office's main number said instead of a mobile, a residence card sample inside a test literal.
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
    ("published_bid_eval", "表にして。\n\n令和6年度 工事成績評定の公表（市ホームページ掲載済み）\n株式会社ひばり土建 78点"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
