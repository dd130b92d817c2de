"""Issue 13, round 37 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- before the first wave: a selection's scores per competitor with its result still ahead (selection_pending, and its own
  table in recognizers/test_selection_pending.py); a matter kept until then from either firm, not notified, kept back
  with 伏せ、.
- the first wave's classes: a staff chat's senders write in their capacity (a TSV export's ``time ⇥ sender ⇥ message``
  rows read as the colon form; a Teams copy's header alone over its message; a Chatwork copy's sender over a time), and a
  colleague named in a message body a few messages from a health or disciplinary matter is its subject; an English
  case note's topic told in pronouns (``She thinks she is … pregnant``) is the one private person's the note names; a
  cover story for the firms (``A社から問い合わせ来ても「審査中です」で通して``); English kept-until (``remain between our
  two teams until``) and what the office can accept (``can accept up to 45.5M``); quotes still being compared
  (``見積合わせ中``); an estimate with the notice ahead (``公告は…の予定``) beside a past case's 落札率;
- not: a staff chat about the rules (育休, 介護休暇 as schemes); a budget's 内示 after its assessment; a hotel's
  group-sales mailbox; an English request asking what 機密性2 means; a form's export with a timestamp column (no chat).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("selection_scores_ahead", "表にして。結果の通知は来週の予定です。\n市民課窓口委託 プロポーザル 評価点\n"
     "株式会社ひなたサービス 78.5点\n北陵ビジネス株式会社 71.0点"),
    ("kept_not_notified", "要点を。\n議会報告が済むまでは、応募者にも点数を通知しない。"),
    ("staff_chat_colleague_health", "ToDoにして。\n\n[2025/02/03 09:10] 庶務係 岸 陽菜\n今日の窓口当番どうしましょう\n"
     "[2025/02/03 09:12] 係長 大槻 修\n戸川さん、昨日の面談で主治医から適応障害と言われたそうで、当面休みます\n"
     "[2025/02/03 09:13] 庶務係 岸 陽菜\n了解です。私が入ります"),
    ("tsv_chat_colleague_discipline", "経緯を整理して。\n\n09:02\t課長補佐 三輪 健\t昨日の件、人事から連絡あり\n"
     "09:05\t課長補佐 三輪 健\t野々村主任、飲酒運転で検挙。懲戒の手続きに入るとのこと\n09:06\t主査 白石 遼\t承知しました"),
    ("english_pronoun_topic", "Please translate into Japanese.\n\nClient: Ana Beatriz Souza (Brazilian), came with her "
     "sister.\n\nAfter the sister left, she told me quietly that she has been diagnosed with breast cancer and starts "
     "treatment next month."),
    ("cover_story_firms", "敬語にして。\n例の委託、C社で決まりそうです。ほかの業者から聞かれても「まだ審査中」と答えてください。"),
    ("english_kept_between", "Polish my English.\n\nWe would ask that the figures above remain confidential between our "
     "offices until the council approves the budget in March."),
    ("english_accept_up_to", "Draft a reply.\n\nInternal notes: the division head said we can accept up to 52.5M if "
     "they include on-site support."),
    ("quotes_compared", "短くして。\n複合機の入替、いま見積合わせ中です。A社 年額 312万円、B社 年額 298万円。"),
    ("estimate_notice_ahead", "3行に。\n北公民館 空調更新工事、設計書まとまりました。総額 8,640万（税抜）、うち機器 3,920万。"
     "公告は来月上旬の予定。前回の南公民館は落札率 94%台でした。"),
]

ALLOW = [
    ("selection_published", "要約して。\n市ホームページで公表済みの審査結果です。\n株式会社ひなたサービス 78.5点\n北陵ビジネス株式会社 71.0点"),
    ("staff_chat_rules", "FAQにして。特定の人の話ではありません。\n\n10:00\t人事係長 梶 直人\t育休の問い合わせが多いのでFAQを作りたい\n"
     "10:03\t主事 日向 葵\t介護休暇は時間単位でも取れます\n10:05\t人事係長 梶 直人\t育休は子が3歳になるまでです"),
    ("budget_naiji", "表にして。\n\n財政課 今井: 市長査定は1/20〜1/23、内示は2/3の予定です\n財政課 今井: 要求書の締切は10/31です"),
    ("group_sales_mailbox", "Reply to the hotel.\n\nFrom: Reservations <groupsales@harbour-hotel.example.jp>\n"
     "Dear Ms. Sato, we confirm 6 rooms for the delegation.\nBest regards,\nEmi Noda\nGroup Sales\n"
     "groupsales@harbour-hotel.example.jp"),
    ("english_marking_question", "Draft a short Q&A for volunteers that explains what 機密性2 information means, "
     "with examples."),
    ("form_export_not_chat", "集計して。\n\nタイムスタンプ\tお名前\t参加人数\t希望日\n2025/01/10 9:14:02\t坂口 亮\t2\t土曜\n"
     "2025/01/11 20:01:15\t今泉 栞\t3\t日曜"),
]

BLOCK += [
    ("latin_subject_pronoun_next", "Rewrite politely.\n\nHaruto Kishimoto is off the duty rota until June. He had knee "
     "surgery last week and is on sick leave."),
    ("slack_json_colleague", "表にして。\n\n[\n {\"user\": \"U01\", \"user_name\": \"mori.k\", \"ts\": \"1718150000.1\", "
     "\"text\": \"会計課の宇野さん、来月から休むって\"},\n {\"user\": \"U02\", \"user_name\": \"abe\", \"ts\": \"1718150100.2\", "
     "\"text\": \"どうしたの\"},\n {\"user\": \"U01\", \"user_name\": \"mori.k\", \"ts\": \"1718150200.3\", "
     "\"text\": \"お母さんが脳梗塞で倒れて介護が必要になったらしい\"}\n]"),
]

ALLOW += [
    ("latin_subject_profile", "Shorten this profile.\n\nMarta Lindgren is a professor of nursing at Kitano University. "
     "Her research focuses on dementia care at home."),
    ("attendance_by_unit_tsv", "出席率を出して。\n\n氏名\t配属課\t6/2\t6/3\n三好 拓真\t市民課\t○\t○\n河野 美月\t税務課\t○\t×\n"
     "早坂 悠人\t福祉課\t×\t○"),
    ("json_staff_directory", "CSVにして。\n\n[\n {\"name\": \"倉本 大地\", \"section\": \"企画課\", \"title\": \"係長\", \"ext\": \"2101\"},\n"
     " {\"name\": \"三枝 ひかり\", \"section\": \"企画課\", \"title\": \"主事\", \"ext\": \"2104\"},\n"
     " {\"name\": \"長嶺 翔太\", \"section\": \"財政課\", \"title\": \"主任\", \"ext\": \"2210\"}\n]"),
    ("slack_senders_lunch", "英訳して。\n\n[\n {\"type\": \"message\", \"text\": \"お昼どうする？\", \"user_profile\": "
     "{\"real_name\": \"芦田 健吾\"}},\n {\"type\": \"message\", \"text\": \"駅前のうどん屋に行こう\", \"user_profile\": "
     "{\"real_name\": \"宮園 彩花\"}},\n {\"type\": \"message\", \"text\": \"12時に1階で\", \"user_profile\": "
     "{\"real_name\": \"近藤 蓮\"}}\n]"),
]

# the second wave's classes
BLOCK += [
    ("cover_story_explained", "整えて。\n形式上は入札にするが、実際は今の業者で決まり。他社から問い合わせがあっても、条件は「安全管理上の必要」と説明する。"),
    ("english_keep_between_us", "Polish this.\n\nHi Ms. Novak, our budget for the kiosks is about 9.8 million yen. Please keep this "
     "between us."),
    ("kept_until_office_only", "箇条書きに。\n※参加業者名は開札後に公表。それまでは課外秘。"),
    ("rigging_whose_turn", "議事メモに。\n[09:01] 建設課 K：今回は北斗組さんの番ってことになってるみたいです"),
    ("notice_next_week_estimate", "まとめて。\n[10:02] 土木課 A：東部の舗装、来週公告でいいですか\n[10:03] 契約課 B：予定価格は3,460万で決裁済みです"),
    ("quotes_still_compared", "CSVに。\n複写機保守 A社 年額 128万円 / B社 年額 119万円\n・まだ比較中。B社の額をA社にそれとなく伝える。"),
    ("selection_committee_ahead", "通知文にして。\n評価集計\n委員\tA社\tB社\n委員1\t80\t74\n委員2\t77\t81\n※A社を優先交渉権者とする案で来週の選定委員会で確定。"),
    ("english_theft_named", "Summarise for the director.\n\nPerson interviewed: Mr Tran (Trần Văn Khoa), 24. He was held at "
     "the store for shoplifting and said he had not eaten for two days."),
    ("official_exam_memo", "箇条書きに。\n・大河内市長、11/12朝に県立中央病院で大腸内視鏡。当日午前は公務不可。"),
    ("given_in_brackets_title", "丁寧に。\n子育て支援係の松下（悠斗）係長ですが、先週から入院しています。"),
    ("sender_own_leave_chat", "ToDoに。\n\n[2025/01/14 08:30] 教育総務課 遠藤 由紀\n母が認知症で昨夜保護されました。来週から介護休暇を取らせてください\n"
     "[2025/01/14 08:35] 教育総務課 北川 翼\n了解です。照会は私が引き取ります"),
]

ALLOW += [
    ("leave_scheme_chat", "表にして。\n\n楠田：育休中の手当って共済から出るんだっけ\n大森：はい、育児休業手当金です。人事課の多田さんが説明会をやります"),
    ("label_post_value", "抜き出して。\n1 佐久間 聡 議員 (1)不登校児童への支援について（答弁者：教育長）"),
    ("membership_label", "英訳して。\n・対象：互助会会員（本人のみ）\n・インフルエンザ予防接種の補助 1回1,500円"),
    ("unit_titled_rota", "表にして。\n\n情報政策課 システム係（7/7〜7/11）\n氏名\t月\t火\t水\n吉住 亮\t出\t在\t出\n"
     "瀬尾 大地\t在\t出\t出\n望月 ゆな\t出\t出\t在"),
    ("teams_time_after_rules", "スライド構成を考えて。\n\n金子 聡美 (人事課 人材育成係)  10:10\n男性育休の研修の骨子を固めたいです\n"
     "保坂 隼 (人事課 人材育成係)  10:14\n育休取得率の数字から入りましょう"),
    ("drill_made_up_figures", "検算して。\n演習：架空の「○○公園改修工事」\n直接工事費 5,916,000\n予定価格（税抜）＝ 9,420,000"),
    ("english_policy_question", "Our security policy says 機密性２ information must not be entered into external services. "
     "Is a school newsletter with an ALT's first name 機密性２?"),
]

# the third wave's classes
BLOCK += [
    ("rigging_turn_others_bid", "整理して。\n・1月開札の護岸工事は、株式会社北陵土建が落札する順番になっている。\n・他社は予定価格の95%前後で札を入れる。"),
    ("selection_after_vote", "グラフにして。\n# 体育館 指定管理者選定（結果は議会の議決後に公表）\nscores = {\"委員A\": {\"スポーツ振興財団\": 81, "
     "\"株式会社アリーナワークス\": 87},\n \"委員B\": {\"スポーツ振興財団\": 78, \"株式会社アリーナワークス\": 72}}"),
    ("tech_scores_before_opening", "総合評価の技術評価点です。価格点はまだ入っていません（開札は7/10）。\n参加者\t施工計画\t計\n株式会社丸和建設\t12\t31\n"
     "三和土木株式会社\t9\t27"),
    ("change_order_position", "整えて。\n変更契約 協議方針：第1回は 4,800万円を提示。最終的には 5,900万円まで応じる。"),
    ("quotes_interim", "整えて。\n見積比較の途中経過です。A社 3,120,000円、B社 3,380,000円。B社に再見積をお願いしているところです。"),
]

ALLOW += [
    ("drill_invented_figures", "解答を作って（数字はすべて架空です）。\n最低制限価格を計算しなさい。直接工事費 10,000,000円（予定価格 16,300,000円）"),
    ("api_sample_keys", "型定義にして。\nResponse example:\n{\"case_no\":\"SAMPLE-1\",\"yotei_kakaku\":12345678,\"status\":\"opened\"}"),
    ("land_sale_reserve_published", "要約して。\n市有地売払い 一般競争入札のお知らせ\n最低売却価格 18,400,000円\n入札日 9月5日"),
]

# after the closing measure
BLOCK += [
    ("staff_own_private_mobile", "案内文に。\n\n件名：研修の打合せ\n各位\n介護保険課の宍戸です。\n遅れる場合は介護保険課（内線3310）へ。\n"
     "私は午前中は庁舎にいないので、私あての連絡は個人の携帯 090-5521-7480 にお願いします。\n\n介護保険課 認定係 宍戸 美穂"),
]

ALLOW += [
    ("staff_official_mobile", "案内文に。\n\n件名：研修の打合せ\n各位\n介護保険課の宍戸です。\n遅れる場合は介護保険課（内線3310）へ。\n"
     "私は午前中は庁舎にいないので、私あての連絡は公用携帯 090-5521-7480 にお願いします。\n\n介護保険課 認定係 宍戸 美穂"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
