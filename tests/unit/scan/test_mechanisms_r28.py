"""Issue 13, round 28 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- staff as the subject: list items under circled or bracketed numbers with the post and a note in brackets
  (``②笹原 ちなつ（西図書館 児童担当、任用3年目）``); a label with one to three units and a title before the name
  (``相談者　健康づくり課 成人保健係 主事　…``, ``対象者：東3階病棟　看護師　…``, a title with an employment note in
  brackets); the writer's own label (``・私：…課 …係 主任　…``); ranks and grades glued to a surname (``…士長の件``,
  ``…技師の件``, ``…保育士の件``); a memo's first line naming the matter by a glued surname and title
  (``蔦森消防司令補の件（北署）``); a list item naming staff, then a date and a leave (``…、2月3日から病気休暇``);
- compound labels of pupils, teachers and patients (``被害児童　…``, ``当該職員：…``), on numbered lines too;
- a table of staff with a period in a column's name (``直近3か月平均``) is still read by its 氏名 column;
- symptoms said of someone (眠れず, 動悸, 食欲がない), not a noise keeping people awake or 不眠不休;
- a file path naming a case folder after a person (``\\0527_…\\…受診記録.docx``);
- a command continued over lines (``ldapsearch … \\⏎ -w '…'``);
- internal matters: a price per unit before the total in a negotiation's figures; a priced 設計書（総括表） before the
  notice's drafting; a plan not yet put to the executive meeting (庁議未付議); a bid notice's internal memo after it;
- not: a date glued to a word in a schedule (``６月上旬　公開抽選（…会議室）``), a working directory in a sudo log
  (``PWD=/srv/app``), a question listing kinds of documents to classify, markings to put into English, a level's
  spelling shown as an example (``【機密性２】のように``), a rank glued to a surname in ordinary business, a firm's
  技師長 in a roster of companies' staff;
- second part (after the sealed sets): an embargo until a press conference kept from outside the office (それまでは外部に
  出さないで); a plan not yet told to those it concerns (まだ本人たちには伝わっていません); marks and hunger of a child in
  English (possibly burns, without lunch); the firms that applied for a bid named before the opening (two firms or more
  near 参加申請); touching reported as harassment; a member of staff referred back to (同職員は…人事評価); posts not yet
  sounded out for a move (本人へはまだ打診していない); talks held informally and a negotiation's target (非公式に協議中,
  …を目標に交渉); a spaced full name before くん or ちゃん (…小2年 乙部 颯真くん); a heading's bracket holding
  内部資料・未公表; a clinic's post line (…内科 医長　…先生) above indented record items; not: the same line above a
  profile's items (専門：…, 外来：…), a vendor's own application, a published result naming the
  firms, restrictions listed as kinds after a label (取扱制限の表示：「…」「…」「…」); a speaker named with their post in brackets before their answer in a
  council newsletter (A（…課長 …）特定健診…), a village newsletter's prize winners beside a council's agenda item (人権擁護
  委員の推薦), a question on which level (機密性いくつ) for a list of document kinds, days of the week in Chinese (周一至周五),
  a notice's English heading after a label word (Resident Tax Payment), a card's sample number named as such after it,
  markings named in the writer's words with とか.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK_SECOND = [
    ("embargo_outside", "集合案内の文案を作って。\n\n[05:02] 関根：豚熱の検査、陽性で確定です。知事会見は10時、それまでは外部に出さないで\n"
                        "[05:03] 関根：発生農場：関根養豚（経営者 関根 正春さん）甲州市塩山下於曽1120"),
    ("not_yet_told_transfers", "表にして。\n内示は4月1日の予定で、まだ本人たちには伝わっていません。\n\n・峡北保健所長　丹沢 冬美 → 県立北病院 副院長\n"
                               "・建設事務所長　千野 学 → 道路課長"),
    ("bidders_named_before_opening", "課長あての報告メールにして。\n\n[09:02] 保坂：東部線の舗装工事、参加申請が締め切られました。"
                                     "申請は株式会社北栄道路、有限会社丸山建設、南陽舗装株式会社の3者です\n[09:03] 保坂：開札は5/20です"),
    ("touching_reported", "事実だけに直して。\n\n本日、図書館の司書の堀切 みずほさんから、用務員の大城 勝さんに書庫で腰を触られた、との申告がありました。"),
    ("staff_referred_back", "客観的な表現に直して。\n\n税務課 収納係 主事 新堀 航（採用2年目）は、6月3日、納付書の宛先を取り違えて送付した。\n"
                            "同職員は昨年度も確認漏れがあり、人事評価は業績評価C。処分は訓告か戒告で協議中。"),
    ("posts_not_yet_sounded", "論点を挙げて。\n\n来年度の部長級（現時点）\n・市民部長の後任：現・会計管理者をあてる（本人へはまだ打診していない）\n"
                              "・建設部長：留任"),
    ("informal_talks_target", "スライド構成を作って。\n\n・旧工業高校跡地を取得して新庁舎を集約する方向で市長了承済み\n"
                              "・県とは非公式に協議中。先方の概算は1㎡あたり 41,000円前後、こちらは 35,000円を目標に交渉"),
    ("clinic_post_line_items", "事務長への報告に3段でまとめて。\n\n医師の長時間労働者 面接指導結果\n・消化器内科 医長　日比野 アンドレ先生\n"
                               "　時間外 152時間\n　面接指導：不眠、動悸の自覚あり。睡眠薬を自己判断で服用"),
    ("spaced_child_name_kun", "論点ごとに整理して。\n[09:40] 早瀬: ・南台小2年 乙部 颯真くん、左腕にあざ。本人「ママにたたかれた」。"
                              "学校から通告、一時保護は見送り"),
    ("heading_internal_unpublished", "想定問答を作って。\n\n【3/2 6時時点 災害対策本部 内部資料・未公表】\n"
                                     "・北部浄水場の送水ポンプ1基停止\n・市長は「断水が確定するまで公表しない」方針"),
    ("english_child_marks", "日本語訳をお願いします。\n\nWe would like to consult you about one of our pupils, Amira KHALIL (Grade 2, age 7). "
                            "Her teacher saw two round marks, possibly burns, on her arm, and she has come to school without lunch "
                            "several times."),
]

BLOCK = [
    ("circled_list_staff_note", "人事課への相談文にして。\n\n以下2名は再度の任用を見送りたい。\n"
                                "②笹原 ちなつ（西図書館 児童担当、任用3年目）\n　・欠勤 年38日（うち診断書提出 25日：突発性難聴）"),
    ("label_units_title_name", "時系列の表にして。\n\n相談者　健康づくり課 成人保健係 主事　能勢 かおり（入庁3年目）\n"
                               "・12月頃から係長に毎朝叱責される。1月から心療内科に通院している"),
    ("label_ward_nurse", "やさしい文面にして。\n\n対象者：東3階病棟　看護師　舘野 さやか（経験7年）\n"
                         "休業期間：令和8年1月6日～3月31日（病気休職／適応障害）"),
    ("label_title_employment_note", "3行に要約して。\n相談者：すみれ保育園　保育士（会計年度任用職員）　小手川 みのり さん\n\n"
                                    "本人：園長から毎日怒鳴られ、先月から内科で睡眠薬をもらっています。"),
    ("own_label_line", "申請理由書を書いて。\n\n・私：保険年金課 賦課係 主任　阿久津 遥\n・長女、市立第二小学校3年\n"
                       "・昨年ADHDの診断。放課後等デイサービスの送迎が水曜16時"),
    ("rank_glued_matter", "調整事項だけ抜き出して。\n\n[07:55] 南雲 消防司令：第3係の榊原士長の件、本人了承済みなので共有\n"
                          "[07:56] 南雲 消防司令：胃がんで来月手術。術後2週間は日勤"),
    ("title_glued_matter_engineer", "報告メールにして。\n\n水道課の相馬技師の件、今朝奥さんから電話。うつ病で2週間の休養が必要との診断"),
    ("memo_line_glued_rank", "経過報告に整えて。\n\n蔦森消防司令補の件（北署 警防課）\n・非番日に酒気帯び運転で検挙\n"
                             "・署長意見：停職も視野"),
    ("list_item_date_leave", "要約して。\n\n4　人事関係\n（1）南署 予防係 消防士長 葛西 大輝、2月3日から病気休暇（うつ病、診断書提出済み）。"),
    ("compound_label_spaced", "表にまとめて。\n\nいじめ事案の第一報\n１　被害児童　鶴見 ひなた（4年1組）\n２　関係児童　同学級2名\n"
                              "・本人は腹痛と不眠を訴え、来週小児科を受診予定"),
    ("compound_label_colon_post", "報告書の文体にして。\n\n事故報告（体罰）\n①当該職員：1年3組担任　教諭　新庄 拓海（理科）\n"
                                  "②概要：生徒の胸ぐらをつかみ壁に押し付けた。文書訓告歴あり"),
    ("staff_table_period_column", "傾向を分析して。\n\n| 所属 | 職 | 氏名 | 直近3か月平均 | 産業医所見 |\n|---|---|---|---|---|\n"
                                  "| 資産税課 | 主査 | 戸倉 修平 | 91.0 | 不眠・胃炎で通院中 |\n"
                                  "| 保育課 | 主任 | 三俣 あゆみ | 84.5 | 抑うつ傾向、心療内科紹介 |"),
    ("symptom_sleepless_memo", "所長への報告メールにして。\n\n2/16 電話受\n環境部 清掃事務所 主任　大曽根 健吾\n"
                               "・奥さんから電話「昨夜から眠れず、出勤できない」\n・本日は年休で処理"),
    ("case_folder_path", "リネームスクリプトを作って。\n\n\\\\fs01\\保護課\\ケース\\第2地区\\0527_宍倉美和\\"
                         "R08.01.15_精神科受診同行記録（うつ病）.docx"),
    ("ldapsearch_continued", "どこが悪い？\n\n$ ldapsearch -x -H ldap://10.20.3.4 \\\n    -D \"cn=svc-web,dc=city,dc=lg\" \\\n"
                             "    -w 'Tz4!mQp8#Rw2' \\\n    -b \"dc=city,dc=lg\""),
    ("negotiation_unit_then_total", "3行で要約して。\n\n【旧倉庫用地 取得に係る交渉方針（案）】\n・相手方：東岬物流株式会社\n"
                                    "・先方提示額：㎡あたり 52,000円（総額 約6.4億円）\n・上限は副市長了解済み"),
    ("design_book_before_notice", "構成比の列を足して。来週の公告起案に添付します。\n\n第5号 配水池耐震補強工事　設計書（総括表）\n"
                                  "直接工事費　84,120,000\n工事価格　112,400,000"),
    ("plan_not_yet_to_executive", "庁議説明資料にまとめて。\n\n令和9年度 組織改正（案）　※庁議未付議\n１　企画部と総務部を統合"),
    ("bid_notice_internal_memo", "誤字をチェックして。\n\n一般競争入札公告\n１　件名　南中学校 屋上防水改修工事\n"
                                 "２　予定価格は事後公表とする。\n\n--- 以下、課内メモ（公告時は削除） ---\n"
                                 "予定価格 18,730,000円（税抜）／最低制限価格 16,640,000円\n同種工事の落札率 90.4% 参考"),
]

ALLOW = [
    ("date_glued_schedule", "言い回しを直して。\n\n４　抽選・入居までの流れ\n　６月上旬　公開抽選（市役所本庁舎３階 会議室）\n"
                            "　７月中旬　資格審査（所得証明書等の提出）"),
    ("sudo_log_working_directory", "不審なものはある？\n\nOct  7 03:15:44 app01 sudo:   svc_deploy : TTY=unknown ; PWD=/srv/app ; "
                                   "USER=root ; COMMAND=/usr/bin/systemctl restart app"),
    ("classification_list_question", "次の文書はそれぞれどの区分にするのが一般的でしょうか。\n\n1. 開札前の予定価格調書\n"
                                     "2. 内示前の人事異動案\n3. 会議室の予約表\n\n一般論としての質問です。"),
    ("markings_into_english", "次の日本語の表示に対応する英語として自然な表現を教えてください。\n\n・機密性２ / 機密性３\n・取扱注意\n"
                              "・複製禁止"),
    ("marking_spelling_example", "研修資料用に整理して。\n・【機密性２】のように墨付き括弧で書く、「機密性2」と半角で書く、など表記の揺れは問題か"),
    ("rank_glued_business", "お礼のメールにして。\n\n北署の榊原士長の件、救命講習の講師を引き受けてくれました。"),
    ("noise_keeps_awake", "苦情対応の記録を要約して。\n\n鶴田 誠一さんから、隣の工場の騒音で眠れないと電話。夜間の稼働時間を確認する。"),
    ("idiom_sleepless_work", "広報の原稿を整えて。\n\n台風の夜、消防団の皆さんは不眠不休で警戒にあたりました。"),
    ("firm_chief_engineer_roster", "会社名,役職,氏名\n北斗測量株式会社,技師長,鹿島 隆\n北斗測量株式会社,主任技師,岩城 修"),
]

ALLOW_SECOND = [
    ("newsletter_answer_attribution", "要旨を2行ずつにまとめて。\n\n■野口 恵子 議員\nQ がん検診の受診率向上策は。\n"
                                      "A（健康福祉課長 北條 克也）特定健診とがん検診の同日受診を拡充する。"),
    ("newsletter_winners_agenda", "農業祭の記事を400字にまとめて。\n\n＝＝＝ 村報かわべ 12月号 原稿 ＝＝＝\n【特集】第20回 川辺村農業祭\n"
                                  "・りんごの部 最優秀賞　小林正志さん（上平）\n・そばの部 最優秀賞　唐沢はるえさん（中原）\n"
                                  "・野菜の部 最優秀賞　宮坂徹さん（下平）\n\n【議会報告】人権擁護委員の推薦など計12件を可決しました。"),
    ("classification_count_question", "次の文書は機密性いくつに分類するのが妥当か、表にしてください。\n\n・村報の原稿（発行前）\n"
                                      "・内示前の人事異動案\n・会議室の予約表"),
    ("chinese_weekdays_notice", "请检查中文是否自然。\n\n注意：正在治疗高血压或糖尿病的人也可以接受检查。\n"
                                "咨询：汐见市保健中心 电话 0569-23-5500（周一至周五 8:30-17:15，可用中文咨询：每周二）"),
    ("notice_heading_after_label_word", "Please check the English.\n\n[EN]\nResident Tax Payment — Important\n"
                                        "・If it is difficult to pay, please consult us early. 納税管理人 may be needed."),
    ("card_sample_named_after", "表にして。\n\n【記入例】\n在留カード番号：AB12345678CD\n\n※AB12345678CD は入管の案内に載っている見本の番号です。"),
    ("vendor_own_application", "返信文を作って。\n\n株式会社北栄道路の工務部です。東部線舗装工事の参加申請書を本日郵送しました。"
                               "受付の確認をお願いします。"),
    ("bid_result_with_firms", "HP掲載用に整えて。\n\n東部線舗装工事 入札結果\n参加申請：株式会社北栄道路、有限会社丸山建設、南陽舗装株式会社\n"
                              "落札者：株式会社北栄道路"),
    ("restriction_kinds_listed", "新人研修用の表にして。\n\n・機密性２情報（例：個人情報を含む業務ファイル）\n"
                                 "・取扱制限の表示：「複製禁止」「持出禁止」「配布先限定」「取扱注意」\n表示の付け方も添えて。"),
    ("clinic_post_line_profile", "病院だよりの原稿を整えて。\n\n新任医師のご紹介\n・内分泌内科 医長　安曇 周平先生\n"
                                 "　専門：糖尿病、甲状腺疾患\n　外来：火・木"),
    ("markings_in_file_names", "新人向けに表で説明して。\nうちの共有フォルダには、ファイル名に【部外秘】とか【取扱注意】とか付いたものがあります。"
                               "これはどう使い分けるのですか。"),
]

test_blocks, test_allows = action_tests(BLOCK + BLOCK_SECOND, ALLOW + ALLOW_SECOND)
