"""Issue 13, round 17 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a card number typed with mixed separators (4929-3816 4623-5501) under the card's own label is read as one number
  (credit_card: mixed separators only with a label or a near cue; a bare mixed run stays unread);
- a licence number grouped 4-4-4 with dashes right after the licence's own label, check digit valid, is the licence
  (drivers_license: dashes, not only blanks, after a label; without a label a dashed 4-4-4 stays unread);
- what is done to a bullied pupil, in a school's report (無視される, 持ち物を隠される) and a pupil's run of absences
  (長期欠席, 欠席が続く) are topics about the pupil named beside them;
- fixed-width records whose birth date is an era's letter then yymmdd (S280416, H050214), right after a padded kana
  name, are a roster with birth dates (padded_records._ERA_LETTERS);
- a spaced kana full name right before a birth date with 生 (シラカワ トミコ 昭和28年4月16日生) is a person
  (person_kana._KANA_NAME_BIRTH);
- a list of people with their contacts below a separator line (a roster pasted after a notice) is no signature: three
  lines holding a name and a contact, or two under a header naming both (public_contacts._roster);
- a published bid result's title line (入札結果報告, 開札結果一覧) covers the prices under it, paragraphs apart, unless the
  price's paragraph speaks of another case still to be opened or of keeping it secret (internal_matter._titled_public);
- 妊娠 as a life stage a service covers (妊娠期から子育て期まで) is the policy's scope, nobody's pregnancy;
- a key's label with a gloss in brackets before the blanks and the value (事前共有鍵（PSK）　…) is a credential;
- from the second three batches (h17d–f): a card number read out a few words after 番号 (番号言いますね。4539、…); a price
  said in kanji numerals without 円 (八千六百四十万、); the one private person a prompt names, addressed earlier on the
  topic's line of an unpunctuated transcript (aggregate: person_window on that line); a resident's Chinese birth label
  with 是 (出生日期是…); English words of a pupil's condition and its support (developmental disorders, receiving
  counselling); a Latin name in passport order after a nationality, a kin word or a name label, or before an age in
  brackets (SHRESTHA Anil Kumar（31・…）, Name: GURUNG, Bishnu Bahadur); a Hanja name after a Korean label (성명: 崔 美蘭);
  rows that a fake-data library made (Faker が生成したもの) are examples; a marking as a cell in a table's body (a
  glossary's term) is a value; "Do not share" in sentence case only about the document; a password's value that is the
  next field of a log line (BAD_PASSWORD count=4) or a secret store's name (パスワードは ansible-vault で暗号化) is none;
- from h17g/h: an unnamed or pseudonymised subject singled out by the case (唯一の, うち…は本人のみ) is a person of the
  record (unique_subject); a password typed into a form field's brackets (パスワード　［ … ］, an OCR'd screenshot); a
  notice's draft (公告（案）) or a memo kept out of it (公告には載せない) does not publish a price; a story declared
  fiction on the request's line (内容はフィクションです) is an example; an enumerated list quoting the markings a rules
  text allows (（１）「複製禁止」) names them; a member of staff listed after their facility (長峰西中学校　　根岸 孝雄) is
  staff, and a note on their line (※…病気休職) is about them; households listed by house number and name (①　3-12
  志賀 正道) are a roster;
- from h17k/l: a pupil by class code with the name glued (3-2 田口みなみ) in a support record (WISC, 保護者面談); a role
  label after a field's value on a record's line (多摩 502 ゆ 38-06 所有者 梶浦 透); パス before a password with a blank; a
  marking after 例） or followed by を付け is shown, not applied.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("card_mixed_separators_labelled", "この問い合わせに返信文を作って。\n「クレジットカード 4929-3816 4623-5501 で二重に決済されました。"
                                       "返金をお願いします。堀之内 咲」"),
    ("licence_dashed_after_label", "警察署への照会文を作って。\n運転者 筧 正之、運転免許証番号 3002-6859-9528、公用車との接触事故。"),
    ("licence_fullwidth_dashed", "事故報告を整えて\n相手方：木暮 俊（こぐれ しゅん）　免許証番号：３０１３－９６２４－５９５７"),
    ("bullied_pupil_report", "教育委員会への報告文に直して。\n5年1組 長谷部 陽菜、同じ班の児童から無視される・持ち物を隠されることが続いている。"),
    ("absent_pupil", "担任からのメモを整えて。\n2年3組 小野寺 蒼、9月から長期欠席。家庭訪問で母親と面談予定。"),
    ("era_letter_fixed_width", "区切り位置を推定して\n0021ﾀｶﾏﾂ ﾖｼｵ          S330712M0100\n"
                               "0022ｲｼﾜﾀ ﾏｻｺ          H021103F0100\n0023ｸﾛｶﾜ ﾃﾂﾔ          S450228M0200"),
    ("era_letter_spaced_rows", "この一覧を表にして\n1203 ﾀｶﾏﾂ ﾖｼｵ S330712\n1204 ｲｼﾜﾀ ﾏｻｺ H021103"),
    ("kana_name_birth", "名簿の表記ゆれを直して。\nイシワタ マサコ 平成2年11月3日生\nクロカワ テツヤ 昭和45年2月28日生"),
    ("hiragana_name_birth_brackets", "この文を丁寧に。\nくろかわ てつや（1970/2/28生）の件、至急確認お願いします。"),
    ("roster_below_rule", "案内文を読みやすくして。\n\n説明会は10月5日、市民会館で開催します。\n問い合わせ　都市計画課 0270-21-1100\n"
                          "――――――――\n参加申込（課内用）\nNo.　氏名　　　住所　　　　連絡先\n"
                          "1　 筧 正之　　北浜市旭町2-11　 090-3381-5520\n2　 木暮 澄江　　北浜市旭町2-14-2　 080-4471-2963\n"),
    ("next_case_price_under_result", "入札結果をHP用に整えて。\n\n入札結果一覧\n案件名　市道改良工事\n予定価格　19,800,000円\n"
                                     "落札金額　18,100,000円\n\n次回案件（11月20日開札予定）は予定価格 22,400,000円で決裁済み。"),
    ("psk_with_gloss", "VPN手順書を整えて。\n　共有鍵（IKE）　Vq7#pz!2026Lm\n　対向アドレス 203.0.113.20"),
]

BLOCK += [
    ("card_read_out_after_words", "通話の書き起こしを要約して。\nOP：カードでのお支払いですね。\n客：はい。カード番号言いますね。"
                                  "5412、7534、0162、9386。期限は12の28です。名前は柳瀬 千秋です。"),
    ("kanji_price_without_yen", "打合せメモから段取りだけ抜き出して。\n係長：明後日の校舎改修の入札、予定価格は税抜で五千二百三十万、"
                                "最低制限は四千六百八十万で決裁済み。"),
    ("unpunctuated_visit_memo", "書き起こしを整えて\nえーと午後二時に緑町の溝口ハツエさん宅行きましたあのー八十八歳でお一人暮らしで"
                                "玄関先でお話ししたんですけどえー最近は夜眠れないって言っててそれと同じことを何度も言うので"
                                "地域包括に相談して認知症の受診を勧めることにしました"),
    ("chinese_birth_label", "把这段话翻译成日语：我叫刘思远，出生日期是1989年3月21日，住在港北区。"),
    ("english_pupil_condition", "Please translate into Japanese.\nDear Ms. Ono, our son Ethan Brooks (Year 4) has been "
                                "receiving counselling since his father left. Please let his teacher know."),
    ("passport_order_after_nationality", "領事館への連絡文を作って。\nベトナム国籍 NGUYEN Van Binh（27・技能実習生）を窃盗の疑いで逮捕。"),
    ("passport_order_name_label", "面談記録を日本語に。\nName: THAPA, Suman Raj\nDOB: 1990-07-19\nArrears: 6 months"),
    ("korean_hanja_name_label", "번역해 주세요\n성명: 金 英子\n생년월일: 1949년 2월 11일"),
]

BLOCK += [
    ("unique_pseudonymised_case", "支援方針の案を書いて。\n\n【個別ケース会議（匿名化）】\n対象者：Ｙ氏　79歳　女性\n"
                                  "居住：山間部の小集落（3世帯4人、うち高齢の単身女性は本人のみ）\n疾患：パーキンソン病、要介護3"),
    ("unique_pupil_draft_report", "報告書案の表現をチェックして。\n\n１　対象児童\n　市立北浜小学校 第5学年の男子児童。"
                                  "学年で唯一の双子の兄。\n２　概要\n　同級生からの暴言が続き、10月から不登校となった。"),
    ("ocr_password_field", "スクリーンショットのOCR結果を手順書にして。\n利用者ID　［ kaikei-07 ］\nパスワード　［ Tz8#kessan!26 ］"),
    ("price_memo_kept_out_of_notice", "公告文をチェックして。\n\n一般競争入札 公告（案）\n件名：北浜中学校 外壁改修工事\n\n"
                                      "― 担当メモ（公告には載せない） ―\n予定価格（税抜）　¥42,180,000"),
    ("principal_note_sick_leave", "お知らせ文にして。\n\n校長一覧\n北浜小学校　　　丹野 誠一\n北浜中学校　　　柏木 和夫　"
                                  "※7月まで病気休職（適応障害）。保護者には伏せる。"),
    ("household_rows", "回覧板の誤字をチェックして。\n【回覧順】\n①　２－５　桐生　直人　□\n②　２－７　森岡　房江　□\n"
                       "③　２－９　宇野　孝　□"),
]

BLOCK += [
    ("glued_pupil_name_support_record", "配慮事項まとめて\n4-1 森下ゆうな\nWISC結果 FSIQ 81 ADHD診断あり"),
    ("role_label_after_plate", "警告文作って\n品川 300 あ 12-34 所有者 室井 健吾\n住所 北浜市旭町4-5-6"),
    ("chat_pass_blank", "議事メモにして\n[09:12] 三宅：職員用Wi-Fiのパス Lm4#qR8zWx2t です"),
]

BLOCK += [
    ("dwelling_household_topic", "記録票に整えて\n通報：北浜市旭町3-2-1 コーポ旭205号室の家庭。毎晩子どもの泣き声と怒鳴り声。"),
    ("pupil_attendance_number", "報告書にして\n被害：村瀬（出席番号12）\n10/2 本人と面談。「消えたいと思うことがある」と発言。"),
    ("english_mobile_far", "Please translate.\nHi, during lunch today Ken had an asthma attack and used his inhaler twice. "
                           "He is fine now, but please let the homeroom teacher know. I called his mother at 080-2231-5567."),
]

BLOCK += [
    ("csv_header_indexed_columns", "並べ替えの手順を教えて。\n受付番号,児童氏名,生年月日,希望園1,希望園2\n"
                                   "R8-0101,浅野 ゆい,2024/03/11,さくら保育園,みどり保育所\nR8-0102,杉浦 大和,2023/09/30,みどり保育所,"),
]

ALLOW = [
    ("card_mixed_separators_no_label", "在庫番号 4929-3816 4623-5501 の棚卸し結果を表にして。"),
    ("licence_dashed_no_label", "受付番号 3002-6859-9528 の処理状況を確認する手順を教えて。"),
    ("bullying_policy", "学校だよりの原稿を直して。\nいじめを受けた、無視されるなどの相談は、担任やスクールカウンセラーにいつでもどうぞ。"),
    ("era_letter_product_codes", "型番の一覧です。\nS330712 ボールペン 黒\nH021103 ノート A4"),
    ("two_staff_signature", "このメールを丁寧に直して。\n明日の打合せは10時からでお願いします。\n――――――――\n株式会社北斗システム 営業部\n"
                            "TEL 011-555-0142\n担当 千葉 090-1111-2222"),
    ("published_result_titled", "研修資料に使いたいので説明文を作って。\n\n開札結果一覧（HP掲載済み）\n案件名　北浜中学校 体育館改修工事\n\n"
                                "予定価格（事後公表）　31,200,000円\n最低制限価格　27,800,000円\n\n落札者　株式会社北浜建設　"
                                "落札金額　28,300,000円"),
    ("faker_rows", "ダミーデータ生成の高速化を教えて。\n\n出力の先頭（Faker が生成したもの）:\n氏名,住所,電話\n"
                   "佐々木 真一,北浜市旭町3-2-1,090-1234-5678\n大西 由美,北浜市本町1-8-3,080-2345-6789"),
    ("glossary_marking_cell", "対訳表を埋めて。\n\n日本語\t英語\t中国語\n住所変更\t\t\n部外秘\t\t\n暗証番号\t\t"),
    ("do_not_share_your_password", "Please check this English.\nDo not share your password with anyone. Staff will never ask "
                                   "for it."),
    ("log_constant_then_field", "原因を推定して。\n10:12 WARN login failed user=u***** reason=BAD_PASSWORD attempts=4"),
    ("password_in_vault", "レビューして。DBパスワードは hashicorp-vault で管理し、アプリは起動時に取得します。"),
    ("fiction_declared", "短編のリズムを整えて（内容はフィクションです）。\n\n「電話は０９０の……」老人はメモを見た。"
                         "「０９０－５５５１－２２３３」。先月、胃の手術をしたのだという。"),
    ("rules_list_of_markings", "規程を表にして。\n第５条（表示）\n１　次の取扱制限を表示する。\n　（１）「複製禁止」\n"
                               "　（２）「持出禁止」\n　（３）「部外秘」又は「課内限り」"),
    ("principals_public_list", "保護者向けのお知らせにして。\n\n校長一覧（HP掲載済み）\n北浜小学校　　　丹野 誠一\n"
                               "北浜中学校　　　柏木 和夫\n北浜東中学校　　宮内 早苗"),
    ("only_public_hospital", "広報原稿を直して。本市で唯一の公立病院である市民病院では、対象の方にがん検診を行います。"),
    ("training_marking_examples", "研修スライドを分かりやすく。\n・例）表紙右上に「機密性２」と付ける。\n"
                                  "・メールの件名には【取扱注意】を付け、本文にも同じ表示をします。"),
    ("section_number_not_pupil", "指導案を直して。\n2-1 ねらい\n2-2 展開\n保護者面談の進め方も入れて。"),
    ("press_release_anonymised_post", "要約して\n懲戒処分について\n被処分者：市立小学校 教諭（40歳代・女性）\n"
                                      "処分理由：酒気帯び運転\n問い合わせ：教職員課 0270-21-1100"),
    ("principal_list_slashes", "表にして\n学校名／校長名／所在地\n市立北浜小学校／丹野 誠一／北浜市旭町1-1-1\n"
                               "市立みどり野小学校／柏木 和夫／北浜市緑町2-2-2"),
    ("pregnancy_stage_policy", "広報原稿を直して。\n健康推進課 課長 野間 由紀子「妊娠期から子育て期まで切れ目なく支援します。」"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
