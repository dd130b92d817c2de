"""Issue 13, round 33 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- the first wave's classes: a member of staff named with a spaced title before their record (``武藤 健吾 主査の勤務状況
  について``); a resident signing a mail with a personal mobile and no unit (``…です。⏎ 千葉 美和子 ⏎ 080-…``); an
  estimate whose bid schedule gives its notice's day (``公告日：…``); an estimate in code (``YOTEI_KAKAKU = 31_500_000``);
  a matter kept from outside in other words (``それまでは対外的に一切出さない``); a move heard in confidence (``人事課から内々に
  聞いた``); an English candidate with country and age (``Olivia Brandt (Ireland, 31)``); recovery from alcohol; a
  programme's staff member by full name and post in brackets before an injury; a licence after ``Licence:``; a
  service's key in capitals (``STRIPE_KEY = "…"``); households by surname under a 世帯主 column; kana names glued to the
  digits of a fixed-width transfer file; siblings at a named nursery (``…保育園に通う年中の姉妹``);
- not: a quiz's option said to be a made-up example (``※架空の例です``); a list under a question on levels with a bracket
  state (``…月報（公表前）``); a handover's two members of staff (``引継者：…``, ``受継者：…``); a roster said to be the
  published page's (``公開中の表``); a staff mail signed with the unit; ordinary keys in capitals (``SORT_KEY``); a
  software licence; a stock list's katakana goods in a fixed-width file; siblings in a fee rule.
- the second wave's classes: a lot in 地割 (``大字…第7地割24番地``); staff by surname under a lone 氏 column; a room's resident
  (``205号室の入居者``) and a housing table's rooms (``棟⇥号室⇥…``); a unit's post holder with more after the age band
  (``（50代女性、昨年度まで…課）``); a PTA head's child; a resident on an item's indented lines below the address; a
  figure kept from the other side said before the word (``…千円までなら…向こうには言わないで``); an estimate whose past
  cases' results are cited (``同規模の…は落札率…``, ``過年度の…は入札結果で公表済み``); an amount broken over two lines;
  the one private person's topic said of ご本人 far below; a member of staff signing with a 私用携帯;
- not: a published head's comment (``…教育長「…」``); a topic's handling in a training (``ノロウイルスの嘔吐物処理``); a
  certificate's name (``納税証明書``); a bracketed rule of viewing (``閲覧できます（複写不可）``); a policy's section
  heading (``（取扱制限）``) and its quoted restrictions broken by a PDF's line; a spec's test data; a story's draft
  (``（フィクション）``); published results asked for (``公表されている開札結果``).
- the third wave's classes: the family of a place a village has one of (``お寺（…寺）の奥さん``, ``診療所の先生のところの
  娘さん``); a house known by its name in quotes (``「かどや」のおばあさん``) or by the landmark beside it (``…の裏の家の
  じいちゃん``); the one pupil of a grade (``6年（在籍1名）``); a room in a numbered block (``2号棟105の…お母さん``); a
  family business in quotes with さん; a unit's post with a bracket note (``うちの係長（…来られた方です）の奥さま``); a
  child's given name with an age (``みお（5）、``); eye diseases and cancers; a promotion exam's results of staff;
  bid-rigging in the trade's words (``…の番だと聞いている``, ``形だけ出す``); a draft's audit findings (``指摘事項等（案）``);
  a ceiling kept from the other side (``内部上限``); an embargo inside a hospital (``発表までは、院内でも``); a memo deleted
  from a notice's final version; a tip handled by the manual (``マニュアルどおり``);
- not: a job with さん (``保健師さんの訪問``); a role play's cast (``登場人物``) and a case declared made up (``架空のものです``);
  a notice's rule on the winner (``落札者の決定方法``); a committee transcript's speakers (``委員長（…君）：``); a schedule
  field (``内示日時``).
- the fourth wave's classes: matters kept in ordinary words (``知っているのは課長と…だけ``, ``まだ一言も言っていない``,
  ``紙でしか回してない``, ``自体まだ伏せ``, ``ここだけの話``, ``まだ表に出てない``), how far the office may give way (``…までは
  下げてもいい``, ``…までは呑む``, ``at most, but``); a draft structure's heads moved (``体制（案）…を昇任``); a patient by ward,
  room and age; a patient's record by bed in JSON; a pupil by a recent transfer and grade; a relative of a named member of
  the council (``…議員のところの、下の弟さん``); a parent's message in Chinese naming the child after the class;
- not: a staff contact line with an extension (``…主事　熊井 由佳（内線212）``); a form's example sheet headed by the
  form's name (``…認定請求書 記入例（窓口掲示用）``); a statistics row (``…手帳,1414,1524,+110``); a short story's draft.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("staff_spaced_title_about", "課長に出す前に整えて。\n\n収納課 武藤 健吾 主査の勤務状況について\n\n本人から、9月に心療内科でうつ状態と診断されたとの申出があった。"),
    ("resident_signature_mobile", "返信の下書きをお願いします。\n\n父が先月から要介護2になり、デイサービスを探しています。私は市外に住んでいます。\n\n千葉 美和子\n080-6621-3907"),
    ("estimate_schedule_notice_day", "上司向けに要約して。\n\n・公告日：12月2日\n・開札日：12月19日\n・予定価格：31,540,000円（税抜）\n予定価格は事前公表しない案件です。"),
    ("estimate_in_code", "このスクリプトを直して。\n\nYOTEI_KAKAKU = 31_500_000  # 予定価格（開札前）\nprint(YOTEI_KAKAKU)"),
    ("kept_from_outside", "英文の手紙にして。\n\n・補助金は来年度から半減の方向。議会には2月に説明予定で、それまでは対外的に一切出さない。"),
    ("move_heard_in_confidence", "英文メールにして。\n\n（人事課から内々に聞いた内容）\n・観光課長 梶原 達也 → 4/1付で産業部次長"),
    ("candidate_country_age", "Rank the candidates.\n\nCandidate C – Olivia Brandt (Ireland, 31). Told the panel she is a recovering alcoholic, six years sober."),
    ("staff_full_name_post_injury", "Summarise in Japanese.\n\nCIR: Lucas Moreau Ferrand (CIR, 2nd year)\nLucas fell on the stairs; diagnosis: a fractured ankle and a concussion."),
    ("licence_after_label", "Please translate.\n\nDriver: Emma Clarke\nLicence: 5101 2233 0471\nThe car was damaged."),
    ("service_key_in_capitals", "403が返ります。\n\nSTRIPE_KEY = \"9c1d7e40-2b6a-4f3e-a8d5-6e0b71c4f2a9\"\nrequests.get(URL, headers={\"key\": STRIPE_KEY})"),
    ("household_surnames_column", "優先順に並べて。\n\n地区\t世帯主\t類型\tメモ\n東1\t篠塚\t高齢単身\t認知症の疑い\n東2\t檜山\t母子\t元夫からのDVで支援措置中\n東2\t菅沼\t傷病\t腰椎ヘルニアで通院中"),
    ("glued_kana_transfer_file", "どこがおかしいか教えて。\n\n2011900000ﾐﾅﾐｷﾞﾝｺｳ  101ﾎﾝﾃﾝ  000013377441ｼﾉﾂﾞｶ ﾏｻﾙ        0000052300\n2011900000ﾐﾅﾐｷﾞﾝｺｳ  102ｴｷﾏｴ  000014488512ﾋﾔﾏ ｻﾁｺ          0000061800\n扶助費の振込データです。"),
    ("siblings_at_named_nursery", "委員向けにまとめて。\n\n（参考）ひばり保育園に通う年中の姉妹について、近所の方から「夜に子どもだけで家にいる」との通告があり、家庭児童相談室で見守り中。"),
]

ALLOW = [
    ("quiz_made_up_example", "小テストを直して。\n\n問1 入力してはいけないものは？\n A. 条例の条文\n B. 相談者「鈴木一郎さん（50歳）」の借金の額 ※架空の例です\n 正解：B"),
    ("question_list_bracket_state", "機密性の分類でいうとそれぞれどのレベルになりますか。\n\n・ケース記録\n・区別の受給世帯数の月報（公表前）\n・公表済みのパンフレット"),
    ("handover_staff_labels", "抜けを指摘して。\n\n事務引継書\n引継者：介護保険課 給付係 主査 大和田\n受継者：介護保険課 給付係 主事 白川\n1 担当事務\n ・保険給付費の支払事務\n ・要介護認定の審査会の運営"),
    ("published_roster_page", "スマホ向けのHTMLにして。下の公開中の表（地区・氏名のみ掲載）です。\n\n地区\t担当区域\t氏名\n第1地区\t幸町1～3丁目\t久保 和枝\n第2地区\t旭ヶ丘全域\t戸田 誠"),
    ("staff_mail_signed_unit", "返信を整えて。\n\n私の方で資料を確認しました。来週の会議で説明します。\n\n高齢福祉課\n千葉 美和子\n内線 2231"),
    ("ordinary_keys_capitals", "このコードを説明して。\n\nSORT_KEY = \"created_at\"\nCACHE_KEY = \"report_summary_v3\"\nPRIMARY_KEY = \"ward_code\""),
    ("software_licence", "READMEを日本語に。\n\nLicense: Apache-2.0\nCopyright 2025 Example Project"),
    ("stock_list_fixed_width", "桁を教えて。\n\n000101ｺﾋﾟｰ ﾖｳｼ        000050\n000102ﾎﾞｰﾙ ﾍﾟﾝ        000120"),
    ("siblings_fee_rule", "やさしい言葉にして。\n\n保育園に通う兄弟姉妹がいる世帯は、2人目の保育料が半額になります。"),
]

# the second wave's classes
BLOCK += [
    ("lot_division_address", "報告用に要約して。\n\n訪問先：岩手県岩手郡滝沢町大字鵜飼第7地割24番地 の世帯\n・妻は認知症の疑い、夫は腰椎骨折の既往あり。"),
    ("surname_column_staff_leave", "30日を超える人だけ抽出して。\n\n所属\t職名\t氏\t病休日数\t事由\n用地課\t主任\t柴崎\t44\tうつ状態\n用地課\t主事\t宇野\t5\t発熱"),
    ("room_resident_complaint", "経過報告にして。\n\n市営あけぼの団地2号棟\n9/3 205号室の入居者から上の階の足音の苦情。\n9/20 305号室の奥さんが口論で腕を打撲し救急搬送。"),
    ("housing_table_rooms", "方針ごとに分けて。\n\n市営ひかり台住宅 滞納一覧\n棟\t号室\t滞納月数\t備考\nA\t102\t7\t入居者入院中（人工透析）\nB\t214\t4\t生活保護受給中"),
    ("post_holder_more_details", "周知文にして。\n\n・当課予防係の係長（50代女性、昨年度まで本庁の人事課）が結核と確定し、現在入院中。"),
    ("pta_head_child", "報告メールに整えて。\n\n加害の中心とみられるのは、PTA会長さんのお子さん（男子）です。いじめの被害児童は5日欠席しています。"),
    ("resident_indented_below", "決裁用の文章に。\n\n3 旭町4丁目8-15\n  使用量 2㎥（前年 12㎥）\n  メモ：住人の高齢の女性（一人暮らし）が脳梗塞で入院中と隣の人から聞いた。"),
    ("figure_kept_before_word", "業者への返信を作って。\n\n[10:02] 係長: 財政とは 3,200千円までならいけると話がついてる。ただそれは向こうには言わないで"),
    ("estimate_past_case_cited", "A4一枚にまとめて。\n\n・開札 7/12\n・予定価格（税抜）88,400,000円\n・最低制限価格（税抜）79,560,000円\n・同規模の南小（R5）は落札率92.4%。"),
    ("amount_broken_lines", "清書して。\n\n３　予定価格　　36,52\n0,000円（税抜）\n４　開札日　　令和7年2月14日"),
    ("own_ref_far_below", "原稿を整えて。\n\n染織家・芦田 悠子さん（大内町）\n芦田さんは藍染めを始めて二十年。地元の小学校でも教えている。\n工房には反物が並ぶ。\n【編集メモ：ご本人は昨年、子宮がんの手術を受けて、今も通院中。本文からは外した】"),
    ("staff_signs_private_mobile", "投稿文だけ抜き出して。\n\n> 本文：紅葉まつりを開催します。\n> 観光課 SNS担当　矢野 みさき\n> 内線 3310\n> 急ぎの場合は私用携帯 080-2291-5530 へ"),
]

ALLOW += [
    ("published_head_comment", "お知らせにして。\n\n報道発表資料\n2　教育長コメント\n　石黒 和也 教育長「いじめは、どの学校でも起こりうるものです。」"),
    ("training_topic_handling", "簡潔に直して。\n\n出席をお願いしたいのは、衛生課の中島さん、看護師の北村さんです。\n資料にノロウイルスの嘔吐物処理の実演を追加します。"),
    ("certificate_name", "ToDoに整理して。\n\n出席：会計課 吉田課長補佐、税務課 堀主任\n・手数料は会計課で予算要求（吉田さん）\n・納税証明書を対象に含めるか、次回までに結論"),
    ("viewing_rule_bracket", "表形式に整えて。\n\n質問1　竣工図はありますか。\n回答　図面を閲覧に供します。窓口で閲覧できます（複写不可）。"),
    ("policy_heading_broken_quotes", "機密性２ってどういう情報ですか？\n\n機密性３　秘密文書に相当する機密性を要する情報\n機密性２　直ちに一般に公表することを前提としていない情報\n機密性１　それ以外の情報\n（取扱制限）\n　必要に応じ「複製禁止」「持出禁止」\n等の取扱制限を明示する。"),
    ("spec_test_data", "パーサを書いて。\n\n【サンプル（仕様書記載のテストデータ）】\n0000000001ﾔﾏﾀﾞ ﾀﾛｳ            1980010110120240101\n0000000002ﾔﾏﾀﾞ ﾊﾅｺ            1985020220120240101"),
    ("story_draft_fiction", "研修冊子の短い小説（フィクション）の下書きです。整えて。\n\n　契約係の三浦は、積算書の最終確認をしていた。設計額は三千八百万円と少し。"),
    ("published_results_asked", "公表されている開札結果です。表にまとめて。\n\n令和6年度 救急車購入 開札結果\n予定価格（税抜）：31,200,000円\n株式会社東邦車体 29,800,000円 落札"),
]

# the third wave's classes
BLOCK += [
    ("temple_wife", "引継ぎメモに。\n\n・11/3 お寺（西福寺）の奥さんが来所。白内障が進んでほとんど見えないとのこと。代理投票で対応。"),
    ("clinic_doctors_daughter", "相談依頼のメールに。\n\n校長から電話：診療所の先生のところの上の娘さん、夏休み明けからほぼ来ていない。起立性調節障害かもしれない。"),
    ("house_name_quoted", "情報提供票にまとめて。\n\n相談者：上組の「こうじや」のおばあさん（80歳くらい）\nTEL 0867-55-3108（自宅）\n還付金詐欺で約60万円を振り込んでしまった。"),
    ("landmark_house_grandpa", "相談メールに。\n\n19:02 駐在所の向かいの家のじいちゃん、今月3回目の救急要請。アルコール依存で入院歴あり。"),
    ("grade_one_pupil", "様式に整えて。\n\n南沢分校 4年（在籍1名）の児童について、背中に複数のあざを担任が確認。"),
    ("numbered_block_room", "返信文を。\n\n2号棟105の若いお母さんの件です。家賃を2か月滞納していると泣かれました。"),
    ("quoted_business_san", "一般向け要項に。\n\n・受付は例年「旅館やまぶき」さんにお願いしていたが、ご主人が肺がんで入院中のため今年は外す。"),
    ("own_unit_post_note", "事務連絡に。\n\nうちの係長（4月に本庁から異動で来られた方です）の奥さまが先週亡くなられました。長く闘病されていたそうです。"),
    ("child_name_with_age", "伝え方を考えて。\n\n年中さんの ゆい（4）、発達の遅れがあるかもって保健センターから。"),
    ("promotion_exam_results", "集計して。\n\n昇任試験の結果です。\n職員番号,氏名,所属,判定\n041122,今井 亮,市民課,合格\n043310,木内 さやか,税務課,不合格"),
    ("rigging_whose_turn", "報告メールに。\n\n窓口で業者の営業担当が「今回は東和電設さんの番だと聞いている、うちは形だけ出す」と話した。開札は11/5。"),
    ("audit_findings_draft_etc", "整えて。\n\n令和6年度 定期監査 指摘事項等（案）\n・使用料の一部が口座に払い込まれていなかった。"),
    ("ceiling_kept_inside", "英語で要約して。\n\n・先方は総額1億4,000万円への減額を要望。当方の内部上限は 1億6,800万円（先方には未提示）。"),
    ("embargo_in_hospital", "返信文を。\n\n> 統合後の病床数は420床の方向です。\n> 発表までは、院内でも診療部長以上に限っていただくようお願いいたします。"),
    ("memo_removed_final", "誤字をチェックして。\n\n(5) 予定価格　事後公表\n（メモ：予定価格 48,300,000円／最低制限 42,500,000円 → 公告の最終版では削除）\n(6) 落札者の決定方法　最低の価格をもって入札をした者を落札者とする。"),
    ("tip_by_manual", "時系列に。\n\n有馬 14:02 匿名の電話。「本命は丸和建設で、他社はもう話がついている」\n梶原 14:10 談合情報対応マニュアルどおり、まず記録票作って。"),
]

ALLOW += [
    ("job_with_san", "分類して。\n\n・保健師さんの訪問がとても心強かった。\n・ひとり親向けの情報がどこにあるのか分からない。"),
    ("roleplay_cast", "台本を手直しして。\n\n登場人物：\n　A課長（50代）\n　Bさん（入庁2年目）\n\nBさん：正直、ちょっと眠れなくて……。"),
    ("made_up_case", "問いを作って。\n\n※この事例は研修用に作成した架空のものです。\n\nＡさんは、ある地区の神社の宮司の娘婿です。仕事を失い生活が苦しい。"),
    ("committee_transcript", "要約を作って。\n\n委員長（森下 敏夫君）：ただいまから委員会を開会いたします。\n学校教育課長（石川 聡君）：はい。本案は統合に伴う改正でございます。"),
    ("naiji_schedule_field", "読みやすく。\n\n1 内示日時　3月18日（火）午前9時30分から\n2 方法　所属長から対象職員へ個別に伝達"),
]

# the fourth wave's classes
BLOCK += [
    ("who_knows_only", "起案文に直して。\n\n補助金で買った発電機10台のうち4台は納品が年度を越えていた。実績報告では3月納品済みとしている。今のところ、このことを知っているのは課長と私だけです。"),
    ("not_told_anyone", "1ページの要旨に。\n\n・令和9年4月に東小・西小を中央小に統合する方向。教育長までは了承済み。\n・PTA会長や自治会にはまだ一言も言っていない。"),
    ("paper_only", "3行で要約して。\n\n[10:03] 森: 上は3,960万（税抜）で確定、下はその90%で切ってます\n[10:06] 森: 数字は紙でしか回してないので"),
    ("between_us_budget", "失礼のない文章に。\n\nここだけの話ですが、予算は税込で520万円くらいを見ています。その中に収まるようにご提案ください。"),
    ("give_way_limit", "論点を表に。\n\n・契約どおりだと違約金は約280万円。\n・課内では、130万までは下げてもいいということで部長まで了解済み。"),
    ("draft_structure_heads", "部長説明用の文章に。\n\n令和7年度 建設部 体制（案）※内示3/14予定\n・建設部長：現 建設部次長を昇任\n・道路課長：現 下水道課長"),
    ("ward_room_age", "SOAPに直して。\n\n5西 508号 廊下側 77歳女性。夜間せん妄あり、転倒。家族へは朝電話済。"),
    ("bed_record_json", "表にして。\n\n[{\"ward\": \"4東\", \"bed\": \"406-1\", \"age\": 52, \"sex\": \"M\", \"dx\": \"アルコール性肝硬変\"}]"),
    ("recent_transfer_pupil", "注意事項の文書に。\n\n9月に県外から転入してきた3年生の兄と1年生の弟。母親がDVから避難してきていて、住民票は支援措置の対象。"),
    ("council_member_relative", "3行で要約して。\n\n[9:14] A: 今朝の面接、藤田議員のところの、上の兄さんが来ました\n[9:15] A: 糖尿病で足を切断していて働けないと。生活保護の申請の意思あり。"),
    ("chinese_parent_class_child", "日本語に訳して。\n\n我是うさぎ组李思琪的妈妈。医生说她可能是自闭症谱系障碍。"),
]

ALLOW += [
    ("staff_contact_extension", "簡潔に。\n\n当課からは下記2名が参加します。\n\n・総務課 総務係 主事　田島 由香（内線214）\n・税務課 収納係 主任　中野 拓也（内線331）\n\n私は当日年休です。\n\n北原町役場 総務課\n〒399-XXXX 長野県下伊那郡北原町大字上郷100"),
    ("form_example_sheet", "よくある記入ミスをまとめて。\n\n児童手当 認定請求書 記入例（窓口掲示用）\n\n【請求者】\n　氏名：山田 太郎\n\n【支給対象となる児童】\n　①氏名：山田 一郎　生年月日：平成30年4月1日　続柄：長男"),
    ("statistics_row", "グラフにして。\n\n項目,R5,R6,増減\n精神障害者保健福祉手帳,1288,1361,+73\n療育手帳,902,915,+13"),
    ("short_story_draft", "文芸コンクールに出す短編の下書きです。整えて。\n\n　先輩の宮下さんは言った。「窓口の向こうの人はね、何かを始めに来てるの」。老人は改製原戸籍を取りに来ていた。"),
]

# the fifth wave's classes
BLOCK += [
    ("settlement_ceiling", "5行に要約して。\n\n・市の和解上限は2,800万円とすることで副市長まで了解済み。\n・相手方代理人に上限額を悟られないよう、今回は金額を出さない。"),
    ("ceiling_floor_chat", "回答文を作って。\n\n・来週火曜10時開札\n・うちで決めてる上限は税抜5,120万。下は4,500万あたりで線を引いてる。"),
    ("stamp_heading_no_giving", "要点メモに。\n\n【関係課のみ・外部への提供はしないでください】\n公共施設再配置 たたき台\n・東町公民館 → 令和8年3月末で廃止"),
    ("pleading_spread_party", "書き直して。\n\n原　告　木之下　結菜\n被　告　〇〇市\n原告は右前腕骨折の診断を受けた。"),
    ("case_list_party_column", "表にして。\n\nNo\t事件名\t相手方\t概要\n1\t建物明渡等請求\t篠崎 清志\t家賃12か月滞納、糖尿病で就労不能と主張\n2\t国家賠償請求\t大野 勝也\t心療内科通院中と主張"),
    ("twin_by_class", "整理して。\n\n市立北台小学校 4年1組、双子の妹のほう。\n・体育の着替えで背中にあざ。本人は「転んだ」。"),
    ("former_head_son", "担当ごとに分けて。\n\n旭町団地3号棟、去年まで自治会長だった方の息子さん。お父さんが施設に入ってから収入がなくなった。"),
    ("wifi_bare_key", "議事要旨に。\n\n・訓練でWi-Fi開放の手順を実演する\n・つなぎ方は前回と同じ、名前は KUNREN-3F、鍵は Mx8#tani5520-q"),
]

ALLOW += [
    ("worked_example_training", "初任者向けに説明して。\n\n1. 予定価格と最低制限価格の違い\n例として、予定価格2,000万円・算定率90%のケースで計算例も入れてください。"),
    ("results_winner_at_line_end", "HTMLのtableに。\n\n令和6年7月2日 開札\n予定価格（税抜）　41,200,000円\n最低制限価格（税抜）　36,700,000円\n (株)北村建設　37,900,000\n 南浦土木(有)　37,100,000　落札"),
    ("roster_on_web", "表に直して。市のWebに掲載している民生委員の名簿です。\n\n第2地区\n 会長　井上 千代子（本町）\n 委員　坂本 隆（本町一丁目）／堀 しのぶ（本町二丁目）"),
    ("door_key", "案内文に。\n\n会議室の鍵は 3階の総務課で受け取ってください。"),
]

# the sixth wave's classes
BLOCK += [
    ("english_warning_grounds", "Rewrite this firmly.\n\nDear Mr. Liam Gallagher,\n1. You were absent without contact on 3 Oct.\n2. At the reception you drank too much."),
    ("english_move_unannounced", "Improve my English.\n\nMr. Kondo will be transferred to the Tax Division. It has not been officially announced yet, so please keep it to yourself."),
    ("english_rent_arrears", "Turn this into a record.\n\nThu - Mrs. Ana Ribeiro came again. Since her husband left she hasn't paid rent for 4 months. She asked about seikatsu hogo."),
]

ALLOW += [
    ("council_record_described", "表にまとめて。\n\n○議長（山本 一郎君）　福祉部長。\n○福祉部長（佐藤 次郎君）　精神障害のある方を主な対象とするグループホームは現在1か所、定員10人でございます。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
