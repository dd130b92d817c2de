"""Issue 13, round 31 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a full name followed by the reading of its given name alone (``小室 結菜（ゆいな）``, glued ``宇津木心陽（こはる）``),
  the dictionary cutting a rare given name or not;
- not: a title, a unit or a place with its reading (``原先生（せんせい）``, ``北山町（きたやままち）``).
- the first wave's classes: a results mail that goes on to the next case's estimate just decided (``…で確定しています``),
  a later occurrence judged apart from a published one; a bid-rigging tip handled by the manual (``…マニュアルに基づき``);
  a Latin full name with its surname in capitals in Japanese text (``ALT Ryan KOWALCZYK（…）``, ``YAMADA Taro``); a chat's
  topic about the person a message just before named, over dated headers; a private block of flats and a room
  (``コーポ若葉、205号室``, ``みどり荘1階東``); an address in a spreadsheet row with a topic in the row; a phone number an OCR
  engine misread across its groups (``O9O-38l5-7224``); an office's note beside a consented article; pregnancy, drink at
  work and an overwork interview in everyday words; a health matter the request asks about over a table of staff;
- not: opened results pointed at by the request (``次の開札結果を…``, ``…の中の開札結果を``); a docker secret's spec
  (``--secret id=…,src=$HOME/…``); a committee's record with members' speaker lines (``○古賀委員``) and 君 in the roll;
  a tax official's signature over the office's tax work; a quiz's option describing a roster; a standby duty at home in a
  storm (``自宅待機ではなく詰所待機``); products and acronyms in capitals (``LINE Pay``, ``JSON Schema``).
- the second wave's classes: a voicemail's name before a pause (``…、です``); a resident by district and surname
  (``…2丁目の…です``); a surname before っていう男; a survey's comment asking for more 記入例 marks no example; a marking
  heading a quiz's own sheet; the one personal mobile a line or two from a health matter; a winner fixed and a matter kept
  from the bidders in other words; a result's notice still ahead; a short member number in a 被保険者番号 column; a
  facility's resident by room with age or sex; a relative of a hall's head; a house-name column (``屋号``); an English
  colleague or coordinator on sick leave told over two sentences; a surname stated (``名字は…``); consumer fraud, a fine,
  drink-driving and a licence suspension as topics;
- not: a training slide's handling rule and a placeholder amount (``〇〇〇〇万円``); quiz material in brackets
  (``（未公表）``) and English quizzes (``Q1.``); a roster of sections (``本町1〜3区``); a business's booking line in
  English copy; a rule's "外部に出さないこと".
- the third wave's classes: a member of staff whose post note in brackets holds a duty word (``…主事（窓口3番担当）が、適応障害
  の…``); a teacher's post before a name heading a line (``教諭　…：能力評価C…``); a teacher with 先生 and ですが; a heading
  kept back (``【内部用・回答不可】``); a reprimand and a written explanation (``厳重注意``, ``顛末書``); a bank account
  labelled in a resident's language (``Número de cuenta``); an Indonesian parent's letter (``Saya ibu dari …``, faith,
  allergy);
- not: test data with placeholder names in kana or 検証 / 試験 names and 000- numbers (SQL inserts, a CSV the text calls
  test data); a school's staff room number; an award list said released though its script is a draft; a quiz's ``Q1 ``
  items; a sight's maker (``…酒造``) in a tour's JSON; a training's title (``生活保護実務研修（…）``).
- the fourth wave's classes: an estimate sheet with the opening ahead (``開札が10月24日なので``); a JSON line is no CSV row
  (``"nenkin_no": "…"``); a record number after an era's letter (``R5-保-0318``, ``母子健康手帳交付番号：R6-0582``);
- not: a rules question's numbered items that ask of themselves (``…素案はどうでしょうか``); a 広報 feature's staff
  interviewee after ``…課の保健師、`` and named again by surname.
- the fifth wave's classes: a member of staff named as the matter of the mail (``…主任のことでご相談です``);
- not: a finished opening's case pointed at by the request (``開札が終わった案件です``); a test case's member number of
  one repeated digit (``9999999901``).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("staff_matter_of", "事務的に。\n\nうちの係の保健師、長浜 千里 主任のことでご相談です。先月から適応障害の診断で病気休暇に入っています。"),
    ("estimate_opening_ahead", "検算して。開札が11月6日なので急ぎです。\n\n積算総括表\n舗装工\t1,200\tm2\t9,800,000\n区画線工\t2,900\tm\t1,180,000"),
    ("json_pension_key", "表にして。\n\n{\n  \"kousei\": [{\"zokugara\": \"本人\", \"age\": 48, \"sex\": \"M\",\n    \"nenkin_no\": \"4120-738265\"}]\n}"),
    ("era_letter_case_number", "まとめて。\n\nケース番号：R6-保-0127\n世帯主がうつ病で通院中。長男の収入申告なし。"),
    ("post_note_duty_word", "課長あてに。\n\n・市民課の浅倉 真由 主事（窓口2番担当）が、うつ病の診断で来週から病気休暇に入る。"),
    ("teacher_post_line_head", "所見をそろえて。\n\n教諭　岸本 亮：能力評価C、業績評価C。保護者から苦情が続いた。\n教諭　村井 葵：能力評価A、業績評価A。"),
    ("teacher_sensei_desuga", "整えて。\n\n3年の宮之原先生ですが、適応障害の診断で病休に入っています。"),
    ("internal_use_heading", "言い回しを直して。\n\n【内部用・回答不可】\n担当者の処分は検討中。会見では触れないこと。"),
    ("reprimand_words", "様式にまとめて。\n\n対象：教諭 沖野 雅人（42歳）\n・生徒への私的なSNS連絡を認めたため厳重注意。本人から顛末書提出。"),
    ("bank_account_spanish", "表にして。\n\nNombre del solicitante: MORALES DÍAZ, Ana\nBanco: 浜松銀行 中央支店\nTipo de cuenta: 普通\nNúmero de cuenta: 4418203"),
    ("indonesian_parent_letter", "Terjemahkan.\n\nSaya ibu dari Nadia Safitri. Keluarga kami beragama Islam. Nadia alergi kacang dan pernah dibawa ke UGD."),
    ("voicemail_pause_name", "引継ぎメモにして。\n\nあの、福祉課の、担当の方、はい、あの、久保田です。久保田 紀子、です。今月の保護費が入ってなくて。"),
    ("district_surname_self", "要約して。\n\n・北原3丁目の梶山です。母が認知症で、デイサービスの回数を増やしたいです。"),
    ("bare_called_name", "通報を整理して。\n\n2階の 宇佐美 っていう男が、夜中にごみを捨てている犯人です。"),
    ("survey_asks_examples", "分類して。\n\nNo,自由記述\n1,記載例をもっと増やしてほしい\n2,\"娘（岡 結衣 7才 てんかん）の受給者証の件で 080-5521-9034 に電話ください\""),
    ("marking_heads_quiz", "短くして。\n\n機密性２　庁内限り\n情報セキュリティ 確認テスト\n問1　本市で最も多いインシデントはどれか。"),
    ("one_mobile_two_lines", "チャット用に直して。\n\n・受付番号 0312-04 の方（女性、40代）：梅毒 陽性 → 治療の説明を希望。\n"
                             "・連絡先として 090-4471-2286 を自分から書いていった。"),
    ("winner_fixed_words", "報告書の形に。\n\n男性から電話。来週開札の下水管更生工事は、もう北辰工業が取ることに決まっている。他社は3億以上で札を入れることになっている。"),
    ("kept_from_bidders", "説明文を作って。\n\n指名停止の審査会は来週。結論が出るまでは業者に知らせない。"),
    ("result_notice_ahead", "講評案を作って。結果通知は来週の予定です。\n\n評価項目\tA社\tB社\n提案内容\t18\t15"),
    ("short_member_column", "集計して。\n\n被保険者記号,被保険者番号,地区,滞納額\n北国,00731,本郷,184000\n北国,00745,新田,92000"),
    ("facility_room_resident", "回答案を。\n\n対象：3階 西ユニット 312号室の入居者（男性、80代）\n夜間に転倒し、大腿骨骨折で入院。"),
    ("hall_head_relative", "要約して。\n\n図書館長の夫（70代）が詐欺被害に遭い、消費生活センターへ相談。"),
    ("house_name_column", "ルート表にして。\n\n集落\t屋号\t状況\n奥沢\tマルヨ\t80代女・独居、人工透析\n奥沢\t角屋\t90代男、認知症"),
    ("english_coordinator_two_sentences", "Polish this.\n\nUnfortunately our coordinator Emi Tachibana cannot attend. Since her "
                                          "mother died she has been struggling; she is on sick leave with depression."),
    ("surname_stated", "整えて。\n\n対象：男性、名字は四十物（あいもの）。統合失調症の既往あり、措置入院となった。"),
    ("fine_paid_named", "表にして。\n\n・捨てたのは「丸栄リサイクル」の社長の柳瀬 勝（58）。平成29年にも略式で罰金を払っている。"),
    ("results_then_next_estimate", "回覧用に整えて。\n\n11/5開札分の入札結果を掲載しました。\n・南小プール改修　落札：㈱東和設備 21,300,000円（予定価格 23,100,000円）\n"
                                   "あと、12/2開札の市民会館空調更新ですが、決裁がおりて予定価格 96,800,000円、最低制限価格 85,200,000円で確定です。"),
    ("rigging_tip_per_manual", "要約して。\n\n【メモ】匿名の電話。「次の橋梁補修は丸山建設が取ることになっている。ほかは付き合いで高めに入れる」。"
                               "対応マニュアルに基づき、課長へ報告済み。"),
    ("latin_caps_alt", "注意文を英訳して。\n\n西中のALT Emily HARGREAVES（JET 3年目）の件。無断遅刻が3回、職員室で酒のにおいがしたとの報告。"),
    ("latin_caps_surname_first", "まとめて。\n\nNGUYEN Thanh（技能実習生）、先月から不眠症で通院中。寮の同室者とトラブルあり。"),
    ("chat_dated_headers", "分担表にして。\n\n[2025/01/14 09:02] 木村 悠: 橋口さん、しばらくお休みです\n[2025/01/14 09:03] 森 彩: 了解です。例の件ですか\n"
                           "[2025/01/14 09:05] 木村 悠: はい。うつ病の診断書が出て、3月末まで病気休暇になりました。"),
    ("flats_room_resident", "要点を3行で。\n\n報告です。桜台3丁目のハイツ若竹、102号室の女性の件です。最近認知症が進み、火の不始末が心配です。"),
    ("flats_floor_side", "月報用にまとめて。\n\nひばり荘2階西の方が室内で倒れていた。脱水症で救急搬送。"),
    ("spreadsheet_row_address", "件数を集計して。\n\n日付\t対象\t所在\t内容\n11/2\tAさん\t緑町4-7-2\t統合失調症、服薬中断の疑い\n11/9\tBさん\t大字西原 旧郵便局裏\t不在"),
    ("ocr_mobile_groups", "文字化けを直して。\n\n前略　側溝のふたが割れて母が転倒し骨折しました。\n　〒3l2-OO45 茨城県ひたちなか市勝田中央 l4-8\n　（携帯 O8O-2l47-9O36）"),
    ("office_note_beside_article", "表に整えて。\n\n町名\t氏名\t年齢\n北町\t大西 タケ\t91\n南町\t森田 正一\t85\n\n"
                                   "掲載は遺族の同意を得ています。\n福祉課からの申し送り：大西タケさんは生活保護受給中でした。"),
    ("pregnancy_everyday_words", "課長宛てに整えて。\n\n管理係の柏木 みのりさんから、つわりがひどく、まだ安定期前なので係には言わないでほしいと相談がありました。"),
    ("overwork_interview_table", "月80時間超の人を抜き出して、産業医面接の対象者リストにして。\n\n所属\t氏名\t10月\t11月\n"
                                 "道路課\t安藤 浩二\t92.5\t101.0\n福祉課\t真野 由香\t35.0\t40.0\n税務課\t工藤 亮\t88.0\t64.5"),
    ("given_reading_spaced_child", "記録を整えて。\n\n小室 結菜（ゆいな）、年中組。家庭で食事が出ておらず、要保護児童として見守り中。"),
    ("given_reading_glued_pupil", "報告文にして。\n\n宇津木心陽（こはる）、4年1組、9月から不登校が続いている。母と面談予定。"),
]

ALLOW = [
    ("finished_opening_case", "開札が終わった案件です。HP掲載用の表にしてください。\n\n案件名：市道改良工事\n開札日：令和6年9月10日\n"
                              "予定価格（税抜）：18,400,000円\n最低制限価格（税抜）：16,100,000円\n　㈱中央建設　16,800,000円　落札"),
    ("test_case_member_number", "テスト仕様書を見て。検証環境（本番データ不使用）。\n\nテスト用被保険者：テスト 太郎（被保険者番号 8888888801）"),
    ("asking_items", "教えてください。\n\n1. 公開済みの会議録を要約させるのは大丈夫ですか。\n2. まだ公表前の計画素案はどうでしょうか。機密性２になるのでしょうか。"),
    ("feature_staff_interviewee", "広報6月号の特集記事です。読みやすく。\n\n健康増進課の保健師、浜口 千夏さんに話を聞きました。\n"
                                  "「特定健診は年に1回受けてください」と浜口さん。"),
    ("test_inserts_kana_placeholders", "PostgreSQL用に直して。検証環境用のテストデータです。\n\nINSERT INTO t (name, kana, birth, tel) VALUES\n"
                                       "('試験 一郎','シケン イチロウ','1990-01-01',NULL),\n('見本 花子','ミホン ハナコ','1991-02-02','000-0000-0002');"),
    ("test_csv_declared", "テストデータです。整形して。\n\nID,氏名,フリガナ,住所,電話,メール\nT-1,山田 太郎,ヤマダ タロウ,見本県見本市1-1-1,000-0000-0001,taro@example.com"),
    ("school_staff_room_number", "Teams用に。\n\n北小の大野先生（教務主任）から電話。折り返しは北小 職員室 0296-31-2204 まで。"),
    ("award_list_released_script_draft", "読みやすく。受賞者は市HPで発表済み。\n\n表彰式 司会原稿（案）\n・書家　高峰 玄雲　様\n・加賀 美月　様（ピアノ 全国2位）\n・宮崎 陸　様（陸上 優勝）"),
    ("quiz_q_space_items", "解答と解説を付けて。\n\nQ1 広報掲載済みの記事を要約してよいか。\nQ2 報道発表前の会見資料はどう扱うか。"),
    ("tour_json_maker", "紹介文を足して。\n\n[{\"name\": \"小川酒造 見学蔵\", \"tel\": \"0258-23-0055\"}, {\"name\": \"茶房 もみじ\", \"tel\": \"0258-22-7431\"}]"),
    ("training_title_topic", "短くして。\n\n来週の「生活保護実務研修（新任CW向け）」には、大城さん、今泉さんの2名が参加します。"),
    ("training_rule_placeholder", "○×クイズを作って。\n\n・予定価格は開札まで金庫で保管する。\n・スライドでは「予定価格 〇〇〇〇万円」のように金額を伏せて表示する。"),
    ("quiz_material_bracketed", "ミニクイズを作って。題材の例：\n・公表済みの避難所一覧\n・安否不明者リスト（未公表）\nどれが機密性２以上か、という観点で。"),
    ("english_quiz_items", "Make a quiz with an answer key.\n\nQ1. The published budget.\nQ2. A draft personnel transfer list before it is announced."),
    ("section_range_roster", "HTMLの表に。\n\n民生委員（広報掲載済み）\n担当地区\t氏名\n北町1〜4区\t石井 和子\n南町5〜8区\t西田 学"),
    ("english_booking_line", "Edit this feature.\n\nMr. Kenta Morimoto (52) runs the pottery. Workshops: Sundays 10:00. Reservations by phone 0266-41-3302."),
    ("rule_keep_inside", "新任者向けに説明して。査定前の数字は外部に出さないこと。"),
    ("results_pointed_at_request", "次の開札結果を、ホームページ掲載用の表にして。\n\n件名：市営住宅外壁改修工事\n開札日：令和7年1月20日\n予定価格（税抜）：48,200,000円\n\n"
                                   "入札者名\t入札金額\n㈱北栄建設\t45,600,000円\n宮原工業㈱\t46,900,000円\n\n落札者：㈱北栄建設"),
    ("docker_secret_spec", "この書き方で合ってる？\n\ndocker build --secret id=pip,src=$HOME/.config/pip/pip.conf -t app ."),
    ("committee_record_members", "要点を箇条書きに。\n\n総務常任委員会の記録（公開）\n出席委員：委員長 高田 誠君、委員 三輪 早苗君、委員 大川 健君\n\n"
                                 "○三輪委員　防災無線の更新時期は。\n○危機管理課長　来年度に実施します。"),
    ("tax_writer_signature", "短くして。\n\nお疲れさまです。資産税課の大竹です。\n今年度の税額確定のバッチを1日遅らせます。納税通知書の発送は6月10日です。\n\n資産税課 主査 大竹 真理\n内線 2211"),
    ("quiz_option_roster", "正解と解説を書いて。\n\n小テスト\n問　次のうち機密性２以上はどれか。\nア　市HPに載せている保育所の一覧\nイ　要介護認定の審査会資料\n"
                           "ウ　広報に掲載済みの民生委員・児童委員の名簿"),
    ("storm_standby_at_home", "返信を書いて。\n\n人事課 給与係 早川さん\n\n下水道課の庶務の野口です。台風時の夜間待機（自宅待機ではなく詰所待機）の手当の扱いを教えてください。"),
    ("capitals_products", "手順書にして。\n\nLINE Payでの納付と、JSON Schemaでの検証について。うつ病の統計資料も添付します。"),
    ("title_with_reading", "ふりがなをそろえて。\n\n原先生（せんせい）が不登校の予防について講演します。"),
    ("town_with_reading", "チラシにして。\n\n北山町（きたやままち）の子育て支援センターで発達相談会を開きます。"),
    ("unit_with_reading", "ルビを確認して。\n\n子育て支援課（こそだてしえんか）では、ひとり親家庭の相談を受け付けています。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
