"""Issue 13, round 38 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- the first wave's classes: a case note's one-word labels (``Child: Rosa``, ``Family: Santos``), ``Re: Surname, Given``
  and Spanish or Portuguese titles (``Sra. Lima``); a Slack copy's ``sender  time  message`` lines as a chat whose
  senders write in their capacity; a sender's own matter told over their run of messages, a spouse's violence told as
  their own; a colleague's full name in brackets after the given name called (``みおさん（東雲みお）``); a land sale's
  figure kept unpublished until the notice; a deal's party kept out (``…事業協力者には伝えないこと``); the office's limit
  per tsubo; an elected official taken to hospital or in a medical check; a selection's result notice ahead;
- the third wave's: a welfare or medical corporation as a selection's competitor; an English letter signed after
  "Thank you so much for understanding,"; a touch and racist remarks in an ALT's complaint; a Latin name after 氏名 with a
  bracketed note; an internal schedule's closed slots (not a published one's);
- not: a desk's notice listing its counsellors; a published staff interview; a colleague sent from a unit or named as a
  chat's sender in a message; a rule's clause where the mayor acts on someone's stay; a question whether to treat a
  document as 機密性2; a reading column beside a head's name and office number; a head of an
  office alone in a title cell (教育長); a public schedule's closed slot (``14:00　非公開``); a level table flattened one
  cell per line; staff named after their unit in a training mail; a book club's chat about a story's hero; a unit's name
  after a person label with no colon (``Student Office``).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("one_word_child_label", "Please rewrite as a neutral record.\n\nChild: Rosa (Grade 3)\nThe teacher saw bruises on her "
     "arms; the mother says the boyfriend hits her when he drinks."),
    ("family_label_surname", "Summarise for the principal.\n\nFamily: Santos. Pupil: Kevin.\nThe father was hospitalised "
     "in May and the family is behind on rent."),
    ("re_comma_name_birth", "Resuma em japonês.\nRe: Lima, Joana P.\nNascida em 1991-02-14. Perdeu o emprego e está "
     "grávida de cinco meses."),
    ("spanish_title_phone", "Traduce al japonés.\nCaso: Sr. Condori (Efraín Condori Apaza), tel. 090-6612-3407, "
     "se fracturó el brazo en la fábrica."),
    ("slack_inline_sender_own", "要約して。\n\n#係の雑談\n井川 みのり  12:01  ちょっと相談\n井川 みのり  12:02  私、"
     "先月から適応障害で通院してて、しばらく時短勤務にしたいです\n松永 広  12:05  了解、課長に話そう\n井川 みのり  12:06  ありがとう"),
    ("sender_run_own_health", "申出書の形に直して。\n\n峰岸 亮 15:40\nみなさんに先にお伝えします。去年からうつ病で通院していて、"
     "障害者手帳を取りました\n峰岸 亮 15:41\n時差出勤を使わせてもらえると助かります\n沢口 聡 15:45\n話してくれてありがとう"),
    ("sender_spouse_violence", "ToDoだけ抜いて。\n\n21:10\t宇野 さやか\t夫からずっと暴力があって、今は子どもと一時保護の施設にいます\n"
     "21:12\t芦田 恵\tつらかったね\n21:13\t宇野 さやか\t課長には伝えました"),
    ("nick_bracket_full", "課長あてのメールにして。\n「課長、みおさん（東雲みお）切迫早産で入院になりました。産休は前倒しになりそうです。」"),
    ("reserve_kept_until_notice", "このコードをリファクタして。\n# 最低売却価格は公告まで非公開\nRESERVE = {\"R7-02\": 24_380_000, "
     "\"R7-03\": 9_150_000}"),
    ("appraisal_kept_until_bid", "要点を3つに。\n鑑定評価額：金98,500,000円\n【メモ】本評価額を最低売却価格の基礎とする。入札公告まで非公表。"),
    ("party_kept_out_figure", "決定事項だけ。\n4 床取得価格（※本項は事業協力者には伝えないこと）\n・市としては坪102万円を上限とし、坪95万円から交渉する。"),
    ("per_tsubo_ceiling", "メールにして。\n・資材置場用地（約240坪）の借地料\n・先方提示 月坪2,900円\n・最悪2,600円までは飲む"),
    ("councillor_emergency", "議長あての連絡文にして。\n議会事務局の宮下です。片桐 博議員が、昨夜ご自宅で倒れられ、救急搬送されました。脳出血とのことです。"),
    ("deputy_medical_check", "ToDoにして。\n[9:10] 秘書係 A: 副市長の人間ドック、肝機能で再検査になりました\n[9:12] 秘書係 B: 了解、木曜の庁議は欠席で"),
    ("selection_result_planned", "講評文にして。\n公募型プロポーザル 審査集計表（結果公表 12月5日予定）\n| 項目 | 株式会社青葉テック | 北斗情報株式会社 |\n"
     "|---|---|---|\n| 提案内容 | 41.2 | 38.0 |\n| 価格点 | 18.6 | 20.0 |\n| 合計 | 82.4 | 79.1 |"),
]

ALLOW = [
    ("desk_counsellors_notice", "見出しをつけて書き直して。\n\nハラスメント相談窓口の設置について（通知）\n1 庁内相談員\n"
     "　職員課 課長補佐　丹羽 千秋（内線2301）\n　職員課 主査　浜田 蓮（内線2305）\n2 外部相談窓口\n　顧問弁護士 湯川 真理"),
    ("reading_column_heads", "JSONにして。\n職名｜氏名｜ふりがな｜電話\n市長｜石倉 康弘｜いしくら やすひろ｜0285-11-2001\n"
     "教育長｜森脇 佳代｜もりわき かよ｜0285-11-3001\n会計管理者｜相田 稔｜あいだ みのる｜0285-11-2050"),
    ("schedule_closed_slot", "表にして。\n知事の日程（12月1日～、県HPで公開しているもの）\n1日（月）\n　10:00　庁議\n　14:00　非公開\n2日（火）\n　9:30　定例記者会見"),
    ("flattened_level_table", "表に戻して。\n分類\n分類基準\n機密性３\n秘密文書に相当するもの\n機密性２\n漏えいにより支障を及ぼすおそれがあるもの\n機密性１\n公開情報"),
    ("training_attendees_units", "案内メールにして。\n受講者：市民課 関 彩花さん、税務課 野上 隼人さん、福祉課 小椋 悠さん\n日時：6月3日 13:30"),
    ("book_club_hero", "次回の案内文を。\n#読書会\n原田 千夏  18:01  主人公の職員が自分も借金を抱えてる設定、リアルだった\n"
     "島 悠真  18:03  差押えの場面の描写が正確だったね\n原田 千夏  18:05  次回は来月で\n島 悠真  18:06  了解"),
    ("student_office_unit", "Summarise.\n\nFrom the Student Office: the counselling room is open 9-17 on weekdays."),
    ("bid_results_data", "落札率の列を足して。\n入札結果の公表データです。\n令和7年度 入札結果一覧（開札日：11月5日）\n※予定価格は事後公表です。\n"
     "予定価格（税抜）：52,300,000円\n| 入札者 | 入札額 | 結果 |\n| 株式会社北建 | 48,900,000 | 落札 |"),
    ("notice_rule_unpublished", "わかりやすく。\n入札公告\n予定価格は開札まで非公表とします。入札保証金は免除する。"),
]

# the second wave's classes
BLOCK += [
    ("spanish_bullying_letter", "Traduce al japonés.\n\nMi hija Lucía Mamani Rojas (3.º grado) no quiere ir a la escuela. "
     "Dos compañeros le esconden los cuadernos."),
    ("chinese_arrest_parent", "敬語の日本語にして。\n王老师您好，我是三年级1班李子轩的妈妈。孩子爸爸上周因为酒驾被警察抓了。"),
    ("spanish_licence_number", "日本語にして。\nConsulta: Sr. Aníbal Torres\nLicencia de conducir japonesa N.º 301725048483"),
    ("slashed_scores_ahead", "指定管理者選定の講評案を書いて。結果の公表（議決後）はまだです。\n評価項目／株式会社さくら公社／株式会社みどりプラン\n"
     "運営方針／15.2／13.0\n収支計画／20.4／18.8\n合計／35.6／31.8"),
    ("temp_password_mail", "丁寧にして。\n\n今井さん\nヘルプデスクの林です。\nID：k2205173\n仮パスワード：Minato#83kd\n"
     "ログインしたら最初に変更してください。\n変更しないと3日でロックかかります。"),
    ("draft_reserve_price", "3行に。\n旧北部出張所跡地 売却の件\n・最低売却価格案：184,000,000円\n・公告予定：9月1日"),
    ("friends_chat_own_matter", "ToDoだけ。\n\n20:01\t桐谷 舞\t実は夫から暴力を受けてて、今は実家にいます\n20:03\t森 千里\tえっ大丈夫？\n"
     "20:04\t桐谷 舞\tしばらく休むかも"),
]

ALLOW += [
    ("printer_symptom", "業者向けに整えて。\n依頼者：三好（内線2241）\n機器：複合機\n症状：トレイ2から給紙すると必ず詰まる。エラーコード 077-900。"),
    ("training_roster_kind", "班分けして。\nNo\t所属\t氏名\t職種\n1\t総務課\t坂口 陽太\t一般行政\n2\t財政課\t北原 七海\t一般行政\n"
     "3\t道路課\t今村 翔\t土木"),
    ("count_staff_roles", "責任者だけ抜いて。\n係,役割,氏名,所属\n開披,責任者,大森 健司,市民課長\n開披,従事者,松井 里奈,市民課\n"
     "点検,責任者,宮田 誠,税務課長"),
    ("land_sale_notice", "わかりやすく。\n市有地売却 一般競争入札の公告\n物件1 最低売却価格：184,000,000円\n入札日：10月3日"),
]

# the third wave's classes
BLOCK += [
    ("welfare_bodies_selection", "選定理由を書いて。結果の公表は来週の予定です。\n地域包括支援センター運営法人 プロポーザル 審査集計\n"
     "| 項目 | 社会福祉法人あおい会 | 医療法人緑風会 |\n|---|---|---|\n| 運営方針 | 88 | 80 |\n| 体制 | 85 | 82 |"),
    ("alt_sick_mail_signed", "日本語に訳して。\n\nHi Mori-sensei,\nMy doctor diagnosed me with depression and I need two weeks off.\n"
     "Please call me at 080-2231-4470.\n\nThank you so much for understanding,\nClaire Dunmore"),
    ("alt_hair_complaint", "要点を3つに。\nDear Principal Aoki,\nMr. Hamabe touched my hair in the staff room without asking "
     "and made a racist comment in class."),
    ("latin_name_bracket_note", "英文の要約にして。\n氏名 Marek Nowicki（西中・東小 兼務）\n校長所見：酒気を帯びての出勤が疑われる事案あり。遅刻11回。"),
    ("internal_schedule_closed", "表にして。\n市長の来週の日程（秘書課内のみ、非公開分を含む）\n12月3日（火）終日 【非公開】検査入院（市立病院）"),
]

ALLOW += [
    ("published_interview_staff", "短くして。\n広報誌7月号に掲載した職員インタビューです。\n救急救命士 消防士長 三沢 遥さん（入庁9年目）\n"
     "「夏は熱中症の搬送が続きます。救急車を呼ぶのをためらわないで」"),
    ("queue_chat_colleague", "表にまとめて。\n[10/6 9:03] 駅前 堀: 戸籍の附票の請求が続いてて応援1人ほしいです\n"
     "[10/6 9:05] 本庁 坂巻: 証明係から石塚さんが向かいます\n[10/6 11:02] 駅前 堀: 石塚さんありがとうございました"),
    ("handover_sender_named", "ToDoにして。\n[09:12] 大西: 来週から口振担当、佐伯さんに替わります\n[09:15] 佐伯: 了解です\n"
     "[09:19] 大西: 振替不能の再送は翌月10日ごろ\n[09:22] 課長: 佐伯さん、収納日計の照合もお願いね"),
    ("regulation_mayor_clause", "市民向けに紹介して。\n（支給の停止）第5条 市長は、対象者が医療機関に入院し、又は施設に入所したときは、支給を停止する。"),
    ("public_schedule_closed_note", "カレンダー形式にして。市長の公務日程（報道機関向けに公開しているもの）です。\n"
     "9月15日（月）13:00 100歳到達者への祝状贈呈（3か所訪問、非公開）\n9月17日（水）11:00 定例記者会見"),
    ("policy_question_level", "整理して。\n会議の前の段階では「機密性2」として扱うべきなのか、公表前提の資料として機密性1でよいのか、課内で意見が分かれています。"),
]

# after the closing measure
BLOCK += [
    ("csv_scores_notice_ahead", "講評案を。結果通知は11/2に出す予定。\n広報動画制作 公募型プロポーザル 審査集計\n"
     "評価項目,配点,株式会社ひかり映像,合同会社やまびこ企画\n企画,30,25,21\n体制,20,15,17\n合計,50,40,38"),
    ("declared_level_treat_as", "要約して。\n本資料は機密性２として扱うこと。\n令和8年度 予算要求の内訳（課内検討用）"),
    ("bar_scores_publication_ahead", "講評を書いて。結果公表は8月1日の予定です。\nプロポーザル 審査結果\n"
     "評価項目｜株式会社あさひ広告｜株式会社みなと企画\n企画｜26｜21\n体制｜16｜18\n合計｜42｜39"),
]

ALLOW += [
    ("staff_intro_published", "Instagram用に縮めて。\n広報10月号に掲載した「新しい仲間を紹介します」の記事です。\n"
     "■宮野 さくら（健康づくり係・保健師）\n「健診会場で見かけたら話しかけてください！」"),
    ("council_count_not_name", "要旨をまとめて。\n会議録（県議会ホームページ掲載済み）\n○部長（小林正人君）　採用後3年未満の職員が約4割で、"
     "児童相談所の一時保護所の体制を強化します。"),
    ("deputy_appointment_release", "紹介文を書いて。\n副知事の選任について\n本日、県議会の同意を得て選任しましたのでお知らせします。\n"
     "氏名　村上 健（むらかみ けん）\n生年月日　昭和45年4月2日"),
    ("question_treat_as_level", "教えてください。この議事メモを機密性２として扱うべきか、判断の基準は何ですか。"),
    ("fixture_mostly_zeros", "テストが落ちます。\n```python\ndef test_remainder_one():\n    assert is_valid_mynumber(\"000070000000\")\n```"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
