"""Issue 13, round 36 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- before the first wave: an attendee line of Latin full names, one of them later said (by given name or surname) in a
  sentence with a specific topic (``Present: Olena Petrenko, Taras Petrenko, …`` ⏎ ``Olena said … epilepsy``);
- not: a committee's members listed the same way with no later sentence tying one of them to a topic; a list whose
  later topic sentence names none of them.
- the first wave's classes: a colleague described by when they came, their terms, duty, years and seat
  (``去年…課から来た、金曜だけ早く帰る人``, ``窓側の席の再任用の方``, ``経理担当の方（採用2年目で…一人で回している方）``);
  siblings by their grades at one school; a writer's own report after their self-introduction with the subject left
  out (``…の早乙女です。…受診したところうつ病と診断されました``); a surname's relative with a topic on the line
  (``Kimura's mother phoned … self-harming``); a given name in a salutation told their own matter (``Hi Elena, … you
  said your depression …``); a matter kept from someone until a date, in Japanese or English (``通知日までは各社に
  知られないように``, ``do not share this with the vendor until …``); a bid-rigging tip beside ``このことは、`` (no
  definition's ``とは、``);
- not: a rules text's 再任用 制度; a rule kept from bidders in training material; a kept matter told in the past; a
  contract template's city before its address (``甲　汐浜市港町…``); a result sheet's header above its table of bids;
  a threshold in a general question (``予定価格1億5千万円以上の工事``); a salutation's conditional (``If you have …``); a
  surname's relative with no topic.
- the second wave's classes: an insurance card's 記号 written with a space (``記号 浜北 23 番号 …``); a worker labelled in
  English (``worker: DO THI HUONG``) beside a 個人番号; a colleague by a window seat and a duty in brackets; a colleague
  named as what the mail is about (``（…の本多さん）のことです``) with a side job without permission; a colleague's wife's
  cancer (``奥さんががんで``); harassment by touch (``肩を抱いて``); a subject by unit and post with a bracket of tenure and
  leave; a matter kept until a date from each group or simply kept back (``それまでは…伏せる``); a section headed
  ``【内部メモ】``; an estimate in JSON to be published after the opening (``"予定価格公表区分": "事後公表"``); a
  negotiation's floor with the valuation ``まだ公表していない``;
- not: a transfer list with new extensions (``新内線``); a signature drafted under 氏名 ⏎ 所属 with the office building's
  address (``本庁舎4階``); a training's attendees by unit (``No | 所属 | 氏名``); a manual's part naming 異動案; code over
  results with a 落札額 column; a question how far to keep something back (``どこまで伏せるべきか``); a publication named
  in passing in a body line (``・広報紙の校正が…``) does not make a complaint published.
- the third wave's classes (all not): business cards typed in (a company's first line by its legal form, ``Inc.``); an
  English staff directory with an ``Office phone`` column; duty phones numbered (``公用携帯①``); a project's contact list
  by role and work mail (``・PM：… t.…@vendor.co.jp``, two rows or more), not a mail's From: line nor a record's
  person (``相談者 … t.yamada@acme.co.jp``); a press release's unnamed child
  (``４歳児クラスの園児``); a roster put on the web page (``（公表用）``); a councillor named with the title glued after a
  label (``質問者：森永議員``); an English form's ``(sample)`` values; 警察 / 消防 after a label; allergies asked of
  everyone (``アレルギーの有無``).
- the fourth wave's classes: a colleague's own health told in a message reported from them (``松浦係長から連絡です。乳がんの
  手術…``); not: a roster's column of official mobiles (``公用携帯（貸与No.）``), a contact list of staff and vendors by unit,
  extension and work mail, a vCard typed WORK with its ORG, a roster marked ``（市ホームページ掲載）``, a business's number
  in brackets after its staff (``（事業所 0282-…）``), a care-plan business named in kana (``さくらケアプラン``), a drill's
  staffing (``訓練 … 配置（案）``).
- after the closing measure: a spaced full name whose surname holds ヶ (``鐘ヶ江 千尋 教諭``) is a name; a place glued to ヶ
  (``汐見ヶ浦市``) is still none.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("attendee_line_given_name_topic", "Turn these notes into minutes.\n\nCase conference, Kita Junior High, 4 Nov\n"
     "Present: Olena Petrenko, Taras Petrenko, Yuki Hamada (year head), Rie Kondo\n\n- Olena said the clinic confirmed "
     "epilepsy last month and the boy now takes medicine twice a day.\n- Hamada will brief the PE teacher."),
    ("attendee_line_surname_topic", "Make this tidy.\n\nParticipants: Daniel Okafor, Grace Okafor, Mika Ueno\n"
     "Notes: Okafor explained that the family has been on welfare since the spring; the rent is three months behind."),
]

ALLOW = [
    ("attendee_line_committee", "Summarise.\n\nMembers present: Hannah Fischer, Rahul Mehta, Keiko Morita, Luis Ortega\n"
     "- The committee reviewed the city's dementia-friendly shop scheme and agreed the leaflet text."),
    ("attendee_line_topic_no_name", "Summarise.\n\nAttendees: Sophie Martin, Tomas Novak, Aya Kubota\n"
     "- General discussion: how schools can support pupils with ADHD; no individual cases were discussed."),
]

BLOCK += [
    ("colleague_came_habit", "返信案を。\n\n来年度の分担ですが、昨年建設課から来た、金曜だけ早く帰る人、実は通院でうつ病の治療中とのことです。"),
    ("colleague_terms_seat", "相談です。\n\n窓側の席の再任用の方（去年4月に来られた方）が、最近動悸がひどく心療内科に通っているそうです。"),
    ("colleague_duty_years", "整えて。\n\n係の経理担当の方（採用2年目で、支払を一人で回している方）が、パニック障害で休んでいます。"),
    ("siblings_by_grades", "通告文を。\n\n東小学校の2年と4年のきょうだいについて。母親は駅前のスーパーで働いている。最近、二人ともあざがあり、"
     "ネグレクトが心配。"),
    ("writer_implicit_report", "返信を。\n\n> 総務課の早乙女です。\n> 先月から眠れず、心療内科を受診したところうつ病と診断されました。\n"
     "> しばらくお休みをいただきたいです。"),
    ("possessive_relative_topic", "Tidy these notes.\n\n- Kimura's mother phoned. The boy has not eaten properly for a week and "
     "the clinic says he has depression."),
    ("salutation_second_person", "Please polish.\n\nHi Elena,\n\nThanks for telling me. Since you said your depression is "
     "getting worse, please take the sick leave.\n\nKen"),
    ("kept_until_ja", "以下をまとめて。\n\n評価点：A社 82点、B社 77点。通知日（9/5）までは各社に知られないように注意。"),
    ("kept_until_en", "Tidy this up.\n\nOur walk-away figure is JPY 90M. Please do not share this with the vendor until the "
     "board signs off."),
    ("bid_tip_beside_kotoha", "課長への報告メモに整理して。\n\n・現場立会いの後、業者の社長いわく「今度の市道改良は丸山さんで話がついてる、"
     "他は高めに入れる」。\n・聞いたのは私と同行の主事の2名。\n・このことは、まだ誰にも言っていない。\n・開札は来週火曜。"),
]

ALLOW += [
    ("rules_reemployment_scheme", "FAQを作って。\n\n・定年前再任用短時間勤務制度：60歳以降に退職した職員を短時間勤務で採用できる。\n"
     "・給料月額は7割水準。\n・問合せ：人事課（内線2210）"),
    ("kept_until_training", "研修資料を要約して。\n\n入札事務の基本：開札までは予定価格を業者に知らせないこと。"),
    ("kept_until_past", "広報の振り返りを。\n\n昨年の件は、発表まで誰にも言わなかったそうです。今年は公表済みです。"),
    ("contract_template_city", "ひな形の条文案を。\n\n　甲　汐浜市港町一丁目2番3号　汐浜市長　○○　○○　　印\n　乙　住所　　　氏名　　　印"),
    ("bid_sheet_header", "HP掲載用に整えて。\n\n件名\t道路改良工事\n開札日時\t令和7年6月3日 10:00\n予定価格（税抜）\t31,200,000\n\n"
     "業者名\t入札金額\t備考\nA建設\t29,800,000\t落札\nB工業\t30,400,000\t"),
    ("threshold_question", "一般論で教えて。予定価格1億5千万円以上の工事の変更契約は議決が必要ですか？"),
    ("salutation_conditional", "Polish this.\n\nHi Tom,\n\nIf you have any staff with diabetes, the clinic offers a free check."
     "\n\nAya"),
    ("possessive_no_topic", "Tidy.\n\n- Tanaka's mother called to say thanks for the festival photos."),
]

BLOCK += [
    ("insurance_kigo_spaced", "メモに。\n\n窓口で保険証を確認。記号 浜南 41　番号 2290113、世帯主は本人。滞納が3か月。"),
    ("english_worker_label_my_number", "Draft a mail.\n\n- worker: TRAN VAN NAM (チャン ヴァン ナム), technical intern\n"
     "- the number on her card: 4827 1593 0620"),
    ("colleague_window_seat_duty", "提案文に。\n\n・管財係、手前の窓際の席の主事（契約事務担当、若手の方）\n・お父さんが脳梗塞で倒れ、毎晩病院に付き添っている"),
    ("colleague_about_side_job", "相談文を整えて。\n\n向かいの席の“たっくん”（観光係の田所さん）のことです。\n"
     "・平日の夜、居酒屋で働いているのを見た。無許可の副業だと思う。"),
    ("colleague_wife_cancer", "メッセージ案を。\n\n背景：ミネさん（峰岸主幹）から、奥さんががんで長くないと打ち明けられた。"),
    ("harassment_touch", "申立書に。\n\n・忘年会の二次会で、企画係の大橋主査が、隣に座った会計年度任用職員の女性（20代、今年4月採用、受付担当）の"
     "肩を抱いて離さなかった。"),
    ("subject_unit_post_leave", "資料に直して。\n\n対象：市民課 窓口係 主事（女性、入庁3年目、令和7年6月から休職中）\n・主治医の診断書：適応障害。"),
    ("kept_each_group", "まとめて。\n\n優先交渉権者はAグループに内定。記者発表は12/9、それまでは各グループへの通知も含めて伏せる。"),
    ("internal_memo_heading", "依頼文に直して。【内部メモ】は入れないで。\n\n見積依頼：保守、年900万円。\n\n【内部メモ】\n"
     "向こうが950万で粘ったら930万で手を打つ。"),
    ("json_estimate_post_publication", "表にして。\n\n{\"案件名\": \"体育館改修\", \"状態\": \"公告中\", \"予定価格\": 41200000,"
     " \"予定価格公表区分\": \"事後公表\"}"),
    ("negotiation_floor_not_published", "面談メモを作って。\n\n・鑑定の答申額は 8,400万円。まだ公表していない\n"
     "・9,000万円から出して、8,600万までなら下げてよい"),
]

ALLOW += [
    ("transfer_new_extensions", "並べ替えて。\n\n氏名\t新所属\t新内線\t旧所属\n相馬 玲\t税務課\t2311\t市民課\n"
     "久保 結\t市民課\t2115\t採用\n宮下 崇\t財政課\t2402\t税務課"),
    ("signature_office_building", "署名を作って。\n\n氏名：相馬 玲（そうま れい）\n所属：○○市 総務部 財政課 財政係\n"
     "住所：〒372-8501 ○○県○○市中央町一丁目1番1号 本庁舎4階\n電話：0270-24-5111（代表）"),
    ("training_attendees_by_unit", "座席表を作って。\n\nNo\t所属\t氏名\n1\t総務課\t相馬 玲\n2\t税務課\t久保 結\n"
     "3\t市民課\t宮下 崇\n4\t財政課\t真壁 陽"),
    ("manual_part_transfers", "人事課の業務マニュアルのうち「異動事務」の部分です。フローにして。\n\n・2月 異動案の作成（人事係長以上のみ）\n"
     "・3月 内示"),
    ("code_results_rakusatsu_gaku", "コードを直して。サンプルはダミーです。\n\n# 案件名,予定価格,落札額\n# テストA,10000000,9350000\n"
     "rate = row['落札額'] / row['予定価格']"),
    ("question_how_far_kept", "質問です。\n\n会議録を公開する前、発言の中の第三者の名前はどこまで伏せるべきか教えてください。"),
]

ALLOW += [
    ("business_cards_typed", "CSVにして。\n\n1枚目\n株式会社アオバ地域システム\n公共営業部\n課長　鳴海 拓郎\n〒980-0811 宮城県仙台市青葉区一番町2-3-4 "
     "青葉ビル5F\nTEL 022-555-0101（代表）\nt.narumi@aoba-rs.co.jp"),
    ("english_directory_office_phone", "Translate this table.\n\nRole | Name | Title | Office phone | Email\n"
     "Liaison | Kaori Mizuno | Director | +81-29-271-1111 ext. 5501 | kokusai@city.example.lg.jp\n"
     "Transport | Daiki Ono | Staff | ext. 2104 | somu@city.example.lg.jp\nAddress: 2-3-5 Honcho, Example City"),
    ("duty_phones_numbered", "周知文を。\n\n第1班　班長 井口 修（道路課）　公用携帯① 090-4417-2201\n"
     "第2班　班長 柳田 典子（下水道課）　公用携帯② 090-4417-2202"),
    ("project_roles_work_mail", "宛先を整理して。\n\n【受注者】アオバ地域システム\n・PM：鳴海 拓郎　t.narumi@aoba-rs.co.jp\n"
     "・住基チームリーダー：江口 亜希　a.eguchi@aoba-rs.co.jp\n・移行担当：Priya Nair　p.nair@aoba-rs.co.jp"),
    ("press_release_unnamed_child", "やさしい日本語に。\n\n報道発表資料\n令和7年7月1日\n\n市立ひがし保育園で、５歳児クラスの園児が"
     "遊具から転落し、右腕を骨折する事故がありました。"),
    ("roster_for_web", "市ホームページに載せる名簿（公表用）です。表にして。\n\n担当地区　氏名　区分\n旭町一丁目　大塚　律子　民生委員\n"
     "本郷二丁目　野口　勝　民生委員"),
    ("councillor_label_glued", "誤字を直して。\n\n質問者：森永議員（障害者グループホームの整備について）\n【答弁】障害のある方の住まいの確保に努めます。"),
    ("english_form_sample", "Check the English.\n\nHow to fill in the form (sample):\nName: YAMADA TARO\n"
     "Residence Card number: AB12345678CD\nBank: ○○ Bank, Ordinary account 1234567"),
    ("police_after_label", "英訳して。\n\n・事件・事故：警察 110\n・DVの相談（24時間）：DV相談＋ 0120-279-889"),
    ("allergy_asked_of_all", "表にして。\n\n[16:01] 中野: 新採の北村さんの歓迎会、4/19で確定\n[16:05] 藤井: アレルギーの有無は各自に聞く"),
]

BLOCK += [
    ("reported_from_colleague", "業務分担の表にして。\n\n{\"user\":\"kita\",\"message\":\"小野寺係長から連絡です。胃がんの手術が9/2に決まったので、"
     "約3週間休まれます。\"}"),
]

ALLOW += [
    ("official_mobile_column", "表にして。\n\n班\t氏名\t所属\t公用携帯（貸与No.）\n本部\t高畑 修司\t危機管理課長\t080-4417-2290（K-01）\n"
     "総務班\t森永 徹\t総務課長\t080-4417-2295（K-06）"),
    ("staff_vendor_contact_rows", "メールアドレスだけ抜き出して。\n\n中心市 風早市 企画政策課 鶴見 大地（係長） 0279-23-5010 tsurumi-d@city.example.lg.jp\n"
     "連携町 北野町 総合政策課 比嘉 美帆（主査） 0279-55-2113 higa-m@town.example.lg.jp\n"
     "県 地域振興課 浅野 康介（主幹） 027-226-2350 asano-k@pref.example.lg.jp"),
    ("vcard_work", "CSVにして。\n\nBEGIN:VCARD\nFN:赤坂 美咲\nORG:大江町役場;企画課\nTEL;TYPE=WORK:0237-62-2111\n"
     "EMAIL;TYPE=WORK:akasaka-m@town.example.lg.jp\nEND:VCARD\nBEGIN:VCARD\nFN:Erik Lindqvist\nORG:Nordic Design KK\n"
     "TEL;TYPE=WORK:03-5413-2288\nEMAIL;TYPE=WORK:erik@nordicds.co.jp\nEND:VCARD"),
    ("roster_web_bracket", "CSVにして。\n\n民生委員　担当区域一覧（市ホームページ掲載）\n地区\t氏名\t担当区域\n第１地区\t小宮山 信子\t本町一丁目\n"
     "第２地区\t榊原 とし子\t緑ヶ丘四丁目"),
    ("business_number_bracket", "メール文面に。\n\n相手：居宅介護支援事業所 さくらケアプランの長谷川さん（事業所 0282-00-3374）\n会場の空きを確認のうえ折り返し希望。"),
    ("drill_staffing_draft", "表にして。\n\n総合防災訓練 多言語支援班 配置（案）\n・8:30〜 避難所受付：田島（内線4125）、Emily Carter CIR（英語）"),
]

BLOCK += [
    ("surname_with_ke", "依頼文に。\n\n本校 理科の 鐘ヶ江 千尋 教諭（41）について、先週から欠勤が続き、心療内科で適応障害と診断されました。"),
]

ALLOW += [
    ("place_glued_ke", "要約して。\n\n汐見ヶ浦市の観光協会から、花火大会の協賛依頼が届きました。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
