"""Issue 13, round 40 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a post singled out by its unit, by an initial before the post or as "the only one", as the message's topic, with the
  person's matter told in its paragraph (``清掃事務所 第三班長（…）の長期療養について``, ``件名：本校教頭の件``,
  ``今年度ただ一人…唯一の新規採用（…）について``, ``会計課のY主任（…）について``); a member of staff by post and surname
  as the one a consultation comes from (``保育士の東雲（3年目）から…と相談がありました``), by an initial glued to a title as
  the subject (``K係長（…）は``; not in a training's case), by full name and post as a report's topic (``…の柿崎 遥 教諭に
  ついて報告します``); a label's value with a post before the name (``受傷者：看護師 鷲尾 奈々``); a table header whose
  columns name a distance or a month range (``50m走(秒)``, ``欠席日数(4-11月)``); a staff table whose header or heading
  names a health record (``高ストレス判定``, ``面接指導``); a post said to be held by one person (``係長って彼一人``,
  ``係員は今年から彼女一人``), owning the matters on both sides of the saying; a surname and a staff title heading a
  condition's line (``・高岡 主任：人工透析の通院のため…``); a staff sheet by day columns (``10/2,10/3``) with a remark; a quoted
  mail's sender told they need leave (``医師から1か月の休養が必要と言われました``, ``お休みのご相談``);
- not: the same topics with no person's matter (a schedule, a rule), a post's holders in a bracket after a unit and a
  post (``・職員課 相談員（係長、主査）``), a scheme's post named with について; a residents' body's or a facility's
  newsletter naming its officers or volunteers (``町内会だより``, ``公民館だより``; not a class's newsletter telling a
  child's matter), a feature its people agreed to (``了承をもらって名前を載せています``), a bio released to the press
  (``記者発表済み``), a fixture's 個人番号 whose first nine digits are 1 to 9 counted up or down (``987654321…``); a
  password written as ``change-me`` and the loopback address (``127.0.0.1``: every machine's own, no internal network);
  staff tables of duties (by unit: ``投票所 | 時間帯 | 所属 | 氏名 | 役割``, ``班 | 職員番号 | 氏名 | 配属先``), a staff title
  opening the name's cell, a duty allocation's lines (``主任 …：特定健診（主）``), JSON records with ``"職名": "主事"``; a
  public figure in a quoted news report (``…投手（24）が…手術``); a thanks for a fraud prevented (``被害を未然に防止``);
  a staff newsletter's introductions (``庁内報``); a count, not one holder (``係長が一人、…に移る``); a news article
  pasted under its dated source line (``【北港日報 2025年3月4日 朝刊】``; not when the text adds what the paper did not
  print); a numbered item's note on its value (``4 最低制限価格　設定あり（非公表）``); a line of a category's examples
  (``例）…内示前資料``); a bid qualification's applicants (``競争入札参加資格の追加申請業者``); a text of the past
  as a whole (its years all before 1900: ``天保4年（1833年）``), its people historical.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests, my_number, not_blocked_test

BLOCK = [
    ("unit_post_topic_sick", "要点を3行で。\n\n環境事業所 第三収集班長（技能労務職、57歳）の長期療養について\n・病名：心筋梗塞。バイパス手術後、病気休暇中\n"
     "・主治医：重量物の収集作業は当面不可\n・本人は班長として戻りたいと希望"),
    ("school_subject_line", "敬語に直して。\n件名：本校教頭の件\n教育総務課 ご担当さま\n先週金曜の夜、教頭が飲酒運転で検挙されました。本人は深く反省しています。"),
    ("only_new_hire_topic", "報告書の形にして。\n\n上下水道課 工務係 今年度唯一の新規採用（機械職）について\n無断欠勤3回。面談で不眠を訴え、心療内科を勧めたが受診していない。"),
    ("initial_post_topic", "丁寧に直して。\n会計課のY主任（30代女性、出納担当）について、面談をお願いします。\n・最近、うつ病と診断されたと本人から申し出がありました。"),
    ("post_surname_consultation", "時系列に整えて。\n保育課の係長です。保育士の東雲（3年目）から、主任から毎日のように怒鳴られていると相談がありました。"
     "\n・先週から不眠が続き、心療内科に通院しています"),
    ("initial_post_subject", "やわらかく言い換えて。\n来月の夜間当番、K係長（去年こっちに来た人）は外します。持病の椎間板ヘルニアが悪化して通院中なので。"),
    ("full_name_post_report", "敬語に直して。\n> 3年2組担任の柿崎 遥 教諭について報告します。\n> 医師から「うつ状態により2か月の休養を要する」との診断書が出ました。"),
    ("label_post_then_name", "経過を3行で。\n・受傷者：看護師 鷲尾 奈々（4階東病棟）\n・採血後の針刺し。患者はHBs抗原陽性\n・感染症内科を受診済み"),
    ("header_units_health_remarks", "数式を教えて。\n所属\t職員番号\t氏名\t50m走(秒)\t備考\n北署\tB2201\t猪狩 翼\t7.1\t\n"
     "北署\tB2245\t蛭田 拓真\t7.9\t糖尿病で服薬中、要精密\n南署\tB2310\t粟野 歩\t6.8\t"),
    ("header_month_range", "学校別に集計して。\n| 学校 | 氏名 | 欠席日数(4-11月) | 主な要因 |\n|---|---|---|---|\n| 東中 | 石渡 颯 | 96 | 起立性調節障害 |\n"
     "| 西中 | 篠塚 心春 | 71 | 不安傾向、別室登校 |"),
    ("stress_check_columns", "集計して。\n所属,職名,氏名,高ストレス判定,面接指導希望\n財政課,主事,芦原 尚人,該当,希望する\n"
     "福祉課,主査,宇賀神 朋美,該当,希望しない\n市民課,主任,鮫島 陸,非該当,—"),
    ("one_holder_after", "報告にまとめて。\n[9:01] 森: 例の係長、今週も病休です。奥さんの話だと不眠がひどくて心療内科に通ってるそうです\n"
     "[9:03] 堤: 管財係で係長って彼一人だから、決裁が止まるね"),
    ("one_holder_before", "メモにして。\nうちの係、係員は今年から彼女一人なので名前を出さなくても分かると思いますが、"
     "お父さんが脳梗塞で倒れて入院中で、介護休暇を考えているそうです。"),
    ("condition_line_surname_title", "守れているか確認して。\n日付,午前,午後\n7/1,高岡,篠原\n7/2,篠原,高岡\n割当条件\n"
     "・高岡 主任：人工透析の通院のため火・木は15時で退庁。午後には入れないこと"),
    ("day_columns_remark", "欠席者と理由を一覧に。\n所属,職名,氏名,10/2,10/3,欠席理由\n総務課,主任,小野寺 瑞穂,出,出,\n"
     "福祉課,主任,日下部 聡,欠,欠,病気休職中（うつ病の診断、12月末まで）\n税務課,主任,八木 遥,出,欠,公務"),
    ("clipping_with_addition", "3行で。\n【北港日報 2025年3月4日 朝刊】\n北港市本町1丁目の住宅が全焼し、住人の堀田 キヨさん（88）が軽いやけど。\n"
     "（記事には出ていないが、堀田さんは生活保護受給中で、認知症のため担当CWが定期訪問していた）"),
    ("quoted_mail_own_leave", "返信案を考えて。\n-----Original Message-----\nFrom: 早坂 ゆかり\nSubject: お休みのご相談\n課長\n早坂です。"
     "先週受診した心療内科で「うつ状態」と診断され、医師から1か月の休養が必要と言われました。"),
    ("school_newsletter_child", "やさしく直して。\nがっきゅうだより 2月号\n3年2組の 佐久間 ひかりさんが ぜんそくで にゅういんしています。"
     "はやく よくなるよう みんなで 手紙を かきましょう。"),
    ("fixture_real_my_number", "テストデータに追加して。\n{\"shimei\": \"大貫 翔\", \"kojin_bango\": \"%s\"}" % my_number("41928374650")),
    ("post_matter_then_about", "5行で。\n図書館 司書（会計年度任用職員）の休職について\n・適応障害の診断書が出ている\n・復職は来年4月を目標"),
]

ALLOW = [
    ("unit_post_topic_schedule", "案内文にして。\n\n環境事業所 第三収集班長の研修について\n・日時：11月20日 9時〜12時\n・内容：安全運転と腰痛予防"),
    ("post_topic_rule", "分かりやすく。\n教頭の服務について\n病気休暇を取得する場合は、校長を通じて教育委員会に届け出ること。"),
    ("unit_post_holders_bracket", "書き直して。\nハラスメント相談窓口\n・職員課 相談員（職員係長、主査〔女性〕）内線3120\n・外部窓口 フリーダイヤル 0120-447-218\n"
     "パワハラ、セクハラの相談を受け付けます。"),
    ("each_unit_post", "整理して。\n各課の庶務担当係長について\n病気休暇・休職の手続の窓口を担っていただきます。"),
    ("residents_newsletter_roles", "親しみやすく直して。\n南ヶ丘町内会だより 第12号\n■新役員\n会長　小田切 勝さん（2班）\n副会長　塩見 典子さん（5班）\n"
     "会計　二宮 亮さん（3班）\n■清掃活動のお礼"),
    ("library_newsletter_consent", "150字に。公民館だより用。ご本人の了承をもらって名前を載せています。\n・読み聞かせ　真壁 ゆり子さん　活動8年目\n"
     "・配架　Jose Oliveira さん　毎週水曜\n・録音図書　堤 光太郎さん　大学生"),
    ("fixture_counting_my_number", "同じ形式でダミーをあと3件。\n{\"shimei\": \"見本 一郎\", \"kojin_bango\": \"%s\"}" % my_number("98765432101")),
    ("compose_placeholders_loopback", "各設定の意味を説明して。\n```yaml\nservices:\n  db:\n    environment:\n      POSTGRES_PASSWORD: change-me\n"
     "    ports:\n      - \"127.0.0.1:5432:5432\"\n```\n.env.example\nSECRET_KEY=change-me-to-a-long-random-string"),
    ("initial_post_case_study", "研修用の事例を読みやすく。\n【事例】A係長は部下のB主事に、毎日のように大声で叱責した。B主事は不眠となり、通院を始めた。"),
    ("post_surname_business", "丁寧に。\n保育士の東雲から、来週の遠足の持ち物について相談がありました。しおりの案を添付します。"),
    ("label_post_name_duty", "整えて。\n・担当者：看護師 鷲尾 奈々（4階東病棟）\n・研修日：12月3日\n・内容：感染対策の基本"),
    ("duty_assignment_table", "偏りを確認して。\n投票所\t時間帯\t所属\t氏名\t役割\n第1投票所\t午前\t総務課\t柴崎 のどか\t受付\n"
     "第1投票所\t午後\t税務課\t門脇 蒼\t名簿対照\n第2投票所\t午前\t市民課\t瀬尾 まな\t受付"),
    ("training_groups_markdown", "数えて。\n| 班 | 職員番号 | 氏名 | 配属先 | 職種 |\n|---|---|---|---|---|\n| 1 | 20260401 | 乙坂 凪 | 税務課 | 一般事務 |\n"
     "| 1 | 20260402 | 国分 湊 | 建設課 | 土木 |\n| 2 | 20260403 | 生田目 杏 | 保育課 | 保育士 |"),
    ("titled_cells_schedule", "木曜に在席の人を抜き出して。\n氏名 / 月 / 火 / 木\n課長 榊 / 在 / 議会 / 在\n係長 尾花 / 在宅 / 在 / 休\n"
     "主事 新堀 / 在 / 休 / 在"),
    ("duty_allocation_lines", "副担当のない業務を挙げて。\n令和8年度 事務分担表（健康推進課 成人保健係）\n係長 杉浦 亮：係の総括、予算\n"
     "主任 畠山 瞳：特定健診・がん検診（主）、健康相談（副）\n主事 若松 陸：健康相談（主）"),
    ("json_duties_staff", "YAMLに変換して。\n{\"担当\": [{\"氏名\": \"室井 凛\", \"職名\": \"主事\", \"主担当\": \"ひとり親家庭医療費助成\"},\n"
     "{\"氏名\": \"真壁 悠\", \"職名\": \"主査\", \"主担当\": \"児童扶養手当\"},\n{\"氏名\": \"相沢 紬\", \"職名\": \"主事補\", \"主担当\": \"障害児福祉手当\"}]}"),
    ("sports_figure_news", "3行で要約して。\n【北都スポーツ 電子版 6月2日】\n緑野市出身の北都ベアーズ・仙波 航（せんば わたる）投手（24）が、"
     "右肩の手術を受けたと球団が発表した。復帰まで半年かかる見込み。"),
    ("thanks_fraud_prevented", "改行位置を提案して。\n感謝状\n緑野信用金庫 本店\n久住 萌 殿\nあなたは高齢のお客様の多額の出金に不審を抱き"
     "警察に通報され 特殊詐欺の被害を未然に防止されました\n緑野警察署長"),
    ("staff_newsletter_intro", "親しみやすく。\n庁内報「新しい仲間」\n◆ 日向 律 さん　配属：観光課\n◆ 早瀬 澪 さん　配属：下水道課\n◆ 楠 葵 さん　配属：市民課"),
    ("one_chief_moves", "整えて。\n4月から税務課の係長が一人、こども家庭センターに移る予定です。休職中の職員の補充ではありません。"),
    ("day_columns_attendance", "見やすくして。\n| 氏名 | 所属 | 12/7 | 12/8 |\n|---|---|---|---|\n| 堀切 | 企画課 | ○ | × |\n"
     "| 沢井 | 財政課 | ○ | ○ |\n| 内藤 | 情報政策課 | × | ○ |"),
    ("news_clipping_fire", "3行で要約して。\n【北港日報 2025年3月4日 朝刊 地域面】\n北港市本町1丁目の木造住宅から出火し全焼。住人の無職、"
     "堀田 キヨさん（88）と連絡が取れていない。近所の男性（70）は「一人暮らしだった」と話した。"),
    ("numbered_item_note", "チェックリストにして。\n一般競争入札公告\n3 予定価格　4,180,000円（事前公表）\n4 最低制限価格　設定あり（非公表）\n5 開札　7月3日"),
    ("category_examples_line", "研修スライド用に、県の対策基準にある機密性の区分を4列の表にして。\n・機密性3：秘密文書に相当するもの。\n　例）事後公表案件の予定価格調書、人事異動の内示前資料\n"
     "・機密性2：直ちに公表することを前提としないもの。\n・機密性1：上記以外。"),
    ("qualification_applicants", "業種ごとに並べて。\n令和8・9年度 競争入札参加資格の追加申請業者の一覧\n業者名,所在地,業種\n"
     "株式会社北港土木,北港市,土木一式\n有限会社みなと電設,港南市,電気"),
    ("history_column_past_text", "800字の読み物に。\n・天保4年（1833年）、南沢村の名主 井口 清兵衛は飢饉で年貢の減免を願い出た。\n"
     "・清兵衛は晩年に中風を患い、家督を長男の清吉に譲った。\n・出典：『南沢村誌』"),
    ("only_one_public", "広報用に。\n市内唯一の公立夜間中学について\n入学説明会を開きます。病気などで学校に通えなかった方もどうぞ。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)

# a birth year alone is no birth date to pair with the person; it may still be flagged (warn)
test_not_blocked = not_blocked_test([
    ("press_released_bio", "紹介記事にして。\n新教育長の略歴（記者発表済み）\n氏名　菅谷 恒夫（すがや つねお）\n生年　昭和41年生まれ\n"
     "職歴　県教育庁 義務教育課長"),
])
