"""Issue 13, round 19 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a landline under a private person's label (相談者：… ⏎ 連絡先 0598-…) is that person's, whatever office or firm the
  card names around it (phone._subject_label_end); an office's number under its unit stays the office's;
- a teacher named after a subject label (対象者：… 教諭) is the record's subject, not a teacher listed in their capacity
  (public_context._SUBJECT_LABEL_BEFORE);
- a bank account in a romaji chat (futsu …, meigi カナ), a Japan Post 記号・番号 in romaji (Kigo … / Bango …), seven digits
  split 3-4 right after the 種目 (普通預金 ０４１ ２２８７) (bank_account);
- a basic pension number read back with a spoken の (５２１８の４４７０１９), near its label (basic_pension._READ_BACK);
- a name answered in a call with a pause between surname and given name (宮坂、千尋です) (person_answers);
- a medical condition named by its shape (夜尿症, ダウン症, 川崎病, ネフローゼ症候群), not 臆病 / 看病, not an onset said of
  something in a study (フレイル発症), not an event's name (_condition_names);
- a password given in prose with what is done with it (PWは当面 … で統一, パスは … にしてます), not a product name in a
  sentence about passwords (_credential_forms.JP_PROSE_PW);
- a free-mail address and a personal mobile number on one line (a logged form's mail=…&tel=…) identify a resident
  (aggregate._contact_pair); an office's mail and a free-mail on different lines do not;
- an estimate in thousands of yen (予定価格は 37,450千円) is sizeable (internal_matter._SIZEABLE);
- a story told to a class (道徳教材（自作のお話）, 紙芝居) holds characters (person_shapes._TOLD_STORIES);
- a kanji full name with its romanisation in brackets (Kashiwagi Ren（柏木 蓮）) and full names listed after a colon with a
  topic under them (person_lists); a committee list with no topic under it is not;
- from the sealed h19s/h19t: a member of staff as the sentence's subject with a note in brackets between (…主事（31、採用
  2年目）ですが、) (person_roles); an estimate to be published after the opening (※…とも事後公表とする), not when the
  estimate itself is published beforehand; a part of the document declared marked (ここから下の検討メモは部外秘です,
  （本章は機密性２）) (_deixis); a museum's number is the museum's (phone.OFFICE_WORDS); markings listed as the items of a
  rules text's enumeration (次に掲げる…のうち必要なもの ⏎ ア　複製禁止 …) (_marking_form._rule_list_item); a 記入例's closing
  note that all its names and numbers are made up covers the form above it (document._WHOLE_DOC);
- from the second wave (h19f–j, sealed h19u/v): a person named with 本人 after them is the case's subject (…さん本人と会えた,
  the topic lines later); "X の件" names the matter of X; a transfer log's acct= field; staff with a date or a period
  and a record word after the title (久保主任 11/2〜病休); a licence number said as 免許の番号; an IP plan's GW and DNS; a
  bid estimate in a romaji chat (yotei kakaku); Mc / Mac names in an English self-introduction; an AUTH_KEY assigned;
  DV in Tagalog and the name said before "full name ko"; an English list item on a pupil (- Name: allergy …);
- from the third wave (h19k–o, sealed h19w/x): a Latin full name opening a sentence (or after a comma), a note in
  brackets, then was / had and a topic (… (JET, …) was arrested), not a firm (… Pharmaceutical has recalled …); a
  report's "Chapter 2:" is no novel; an example on the line after "for example:"; an English business signature's
  number; naishi in English minutes; DD/MM/YYYY under a DOB column; a passport list with exp; a hiragana surname glued
  to a kanji given name before くん; a grade heading a roster's row (1年 ひらの ゆい); a romaji key's figure
  ("yotei_kakaku": 127600000) unless the request names the published results; hyoji / seigen fields; doc_type=DL; a
  card with its expiry in English; pasu wa … in a romaji chat; a numbered document declared (資料３は…取扱注意とし);
  a template's login pair and a placeholder with digits (replace-with-64-random-chars); 件名に【機密性２】と入れる;
- from the last sealed set (h19z): a posting told in a chat before the naiji (まだ内示前だから…課長が…次長に); a record's
  blank form (評価シートの様式) is nobody's record; a mail's greeting line ("Hello,") above a sentence with a comma makes no
  CSV header (_numeric.column_header), so the passport number's label in the sentence is read (h19y).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("subject_label_landline", "あっせん文にして。\n受付番号 0731　受付：電話\n相談者：81歳 男性 一人暮らし（檜山 源一）\n"
                               "連絡先 0598-42-7713（夕方以降）\n相手方：有限会社ホームケア東海"),
    ("teacher_subject_health", "計画書にして。\n対象者：笹倉 亮介　教諭（浜津市立南中、数学）45歳\n病名：うつ病\n"
                               "経過：R8.1～病気休暇"),
    ("romaji_chat_account", "日本語にして\nmori: henkin saki wa?\nsaito: Kuwabara Yui san -> 北都 駅前支店 futsu 3318207, "
                            "meigi クワバラ ユイ"),
    ("romaji_kigo_bango", "Reply politely.\nPlease refund to my Japan Post Bank account: Kigo 14170 / Bango 30981275. "
                          "My name is Pham Van Duc."),
    ("account_split_after_kind", "敬語を直して。\n土屋 美穂 様\n還付金は 北都銀行 本町支店 普通預金 ０４１ ２２８７ へ振り込みます。"),
    ("pension_read_back", "申請書に転記する項目を整理して。\n職員：基礎年金番号をお願いします。\n相手：えっと、ご、に、いち、はち…\n"
                          "職員：５２１８の４４７０１９ですね。\n相手：はい。"),
    ("answer_with_pause", "箇条書きにして。\n職員：お名前をお願いします。\n相手：宮坂、千尋です。\n職員：ご用件は。\n"
                          "相手：療育手帳の更新のことで。"),
    ("shaped_condition_named", "保護者への手紙を直して。\n堀江 陽菜さんは川崎病の既往があり、運動の制限について主治医の意見を伺っています。"),
    ("shaped_syndrome_named", "要約して。\n来室記録：野添 湊さん　ネフローゼ症候群のため、体育は見学。"),
    ("password_prose_unified", "議事録から宿題だけ抜き出して。\n・会議室PCのローカル管理者PWは当面 Hama!2026kr で統一（LAPSは検討中）。"),
    ("password_prose_changed", "メールにして。\n[09:12] 北川: 保守用VPNのパスは先週から Qw8$neTz5p にしてます"),
    ("contact_pair_logged", "エラーの傾向を見て。\n10.2.3.4 - - \"GET /apply?name=&mail=harumi.k77@yahoo.co.jp&tel=08033914420 "
                            "HTTP/1.1\" 500 312"),
    ("estimate_thousands_yen", "丁寧に。\n契約課です。東町ポンプ場の件、予定価格は 37,450千円 で決裁を回します。開札は来月です。"),
    ("romaji_pair_case", "やさしい言葉で。\nCase 2: Kashiwagi Ren（柏木 蓮）すみれ保育園 年中\n- 診断：自閉スペクトラム症（4歳時）"),
    ("topic_list_room", "表にして。\n202号室：上原 大和、志村 結斗、桑田 律\n  → 結斗は喘息の吸入薬を持参。"),
    ("staff_agent_bracket_note", "人事課への報告メールを整えて。\nうちの久住 直樹 主事（31、採用2年目）ですが、昨日、"
                                 "精神科の診断書（適応障害）が出ました。"),
    ("estimate_post_published", "起案文を直して。\n７　日程（予定）\n　　公告　　令和8年9月2日\n８　予定価格等\n"
                                "　　予定価格　　８４，２１０，０００円（税抜）\n　　※予定価格・最低制限価格とも事後公表とする。"),
    ("part_declared_secret", "論点を整理して。\n※ここから下の検討メモは部外秘です。説明前のため、課外への転送はしないでください。\n"
                             "・移転先の用地は県と非公式に交渉中。"),
    ("self_named_case", "依頼文にまとめて。\n[9:10] 小池: 宇佐見 茂さん本人と会えました。\n[9:11] 小池: 玄関まわりは片付いていて、"
                        "庭の手入れもされていました。\n[9:12] 係長: 近所からの話は？\n[9:14] 小池: 会話がかみ合わず、認知症かもしれません。"),
    ("matter_of_person", "人事課への相談メールにして。\n[18:40] 宮下くんの件つらいです\n[18:41] 11月も残業が多くて、声をかけても"
                         "なかなか帰らない。週末も出てきている\n[18:43] 係の雰囲気も少し重い\n[18:44] 離婚調停中で、子どもの親権で揉めているらしい"),
    ("acct_field_log", "エラーの意味を教えて。\nrec#0003 RESULT=2 bank=0179 br=215 type=1 acct=4418207 name=ｻｸﾏ ﾘｮｳ amt=12,000"),
    ("staff_dated_leave", "報告メールにして\n久保主任 11/2〜病休 うつ病(診断書あり)\n業務は分担で対応"),
    ("licence_in_sentence", "控えた免許の番号のチェックデジットはどこ？ 浅井 悠 301672805412"),
    ("ip_plan_gw_dns", "TSVに直して\n2F 福祉課 10.44.20.0/24 GW 10.44.20.1\n2F 保険課 10.44.21.0/24 GW 10.44.21.1\nDNS 10.44.0.53"),
    ("romaji_estimate", "teinei na nihongo ni shite\nsato: yotei kakaku 12,360,000en de kessai zumi, kaisatsu wa raishuu"),
    ("english_intro_mac", "Please translate: \"I'm Fiona MacDonald, Flat 3, Honcho 2-4-6. Call me on 090 3318 6024.\""),
    ("auth_key_assigned", "なぜ403？\nTRANSLATE_AUTH_KEY = \"4b1d77e0-2c9a-4f3e-9d21-7a5e3c0b9f18:fx\""),
    ("tagalog_name_after", "日本語で要約して。\n[20:01] Liza: sinampal niya ako ulit kagabi\n[20:03] Liza: number ko 080-2246-9317\n"
                           "[20:04] Liza: Liza Mae Santos po full name ko"),
    ("latin_item_topic", "Translate into Japanese.\nHandover notes\n- Mateo Alvarez-Kimura: severe egg allergy, EpiPen in the nurse's office."),
    ("latin_subject_bracket", "Please summarise.\nIn March, Declan Murphy (ALT, Kita JHS) was arrested for drunk driving "
                              "and is suspended."),
    ("report_chapter_person", "Translate.\nChapter 3: Case notes\n - Ms. Rosalind Okoro (Nigerian, 41) fled domestic violence "
                              "and now lives at Sakuragi 2-8-4, Room 103."),
    ("naishi_english", "Tidy up.\n3. Personnel - Mr Tanabe will move to the Parks Division in April. Naishi is on 14 March, "
                       "so please keep it quiet."),
    ("dob_column_dmy", "Sort by arrival.\nName\tDOB\tArrival\nAoife Kelly\t21/09/1998\tAug 5\nTyler Brown\t03/12/1999\tAug 5"),
    ("passport_list_exp", "英語表記に整えて\nTAKEMURA/SHIN M 1985-02-14 TK5520931 exp 2030-08\n"
                          "OGAWA/RIE F 1991-07-22 TR6612084 exp 2029-01"),
    ("hiragana_surname_kanji_given", "経過報告にして\n[担任] 今朝もいのうえ陸くん、首にあざ。本人は転んだと\n[教頭] 児相に相談しよう"),
    ("grade_roster_rows", "学童の名簿からアレルギーだけ一覧に\n1年 ひらの ゆい　卵\n2年 ｶﾜｼﾏ ﾘｮｳ　なし\n3年 きりう ゆうと　そば（ｴﾋﾟﾍﾟﾝ）"),
    ("romaji_key_figure", "キー名をcamelCaseに。\n{\"anken_no\": \"R8-01\", \"kaisatsu_nichiji\": \"2026-04-20\", "
                          "\"yotei_kakaku\": 84300000}"),
    ("romaji_marking_fields", "CSVにして\n[{\"title\":\"庁舎警備計画（案）\",\"hyoji\":\"機密性２\",\"seigen\":\"複製禁止\"}]"),
    ("ekyc_licence", "ログの意味は？\nkyc.req doc_type=DL doc_no=301672805412 status=NG"),
    ("card_expiry_english", "Reply politely.\nI tried twice, in the end it failed again, sorry, 4539 1488 0343 6467, expiry 11/28."),
    ("romaji_pasu", "英訳して\n[9:14] Ohno: ID wa jk_admin05, pasu wa Zt7!mq_Lp2026x (saigo x)"),
    ("numbered_document_declared", "要点をまとめて。\n（資料２は、事業者の提案内容を含むため会議終了まで取扱注意とし、庁外への持出しを禁止します。）"),
    ("naiji_casual_chat", "やわらかくして。\n「まだ内示前だから誰にも言わないでね、4月で管財課の課長が総務部の次長に上がるって。」"),
    ("greeting_then_sentence", "Please translate.\nHello,\nI'm moving back from Canada, and I need to register.\n"
                               "Can I use my passport? The passport number is TK5518207, issued in 2021."),
    ("chapter_declared_level", "読みやすくして。\n第5章　通信の継続（本章は機密性２）\n"
                               "　・庁内LANのコアスイッチは本庁舎3階の電算室に設置している。"),
]

ALLOW = [
    ("office_landline_unit", "案内を直して。\n消費生活センター（市民課内）\n相談専用 0598-42-1100（平日9時～16時）"),
    ("teacher_listed_class", "名簿を整えて。\n4年2組：笹倉 亮介　教諭\n4年3組：堀江 千夏　教諭"),
    ("romaji_chat_no_account", "日本語にして\nmori: kanpu no tsuuchi wa?\nsaito: kyo hasso shimasu, futsu yubin de"),
    ("pension_format_read", "説明して。基礎年金番号は４桁の記号と６桁の番号で、「1234の567890」のように読み上げることがあります。"),
    ("condition_words_not_conditions", "言い換えて。\n彼は臆病な性格だが、母の看病を続けてきた。"),
    ("condition_in_study", "論文要旨を要約して。\n65歳以上の市民1,820人を追跡し、通いの場参加群ではフレイル発症が有意に少なかった。"),
    ("condition_event", "チラシを直して。\n糖尿病予防教室のご案内　日時：10月5日　会場：市保健センター"),
    ("password_rule_prose", "研修資料を直して。\nパスワードは必ず 12文字以上 で設定し、使い回さないでください。"),
    ("password_product_prose", "説明して。\nパスは Windows Hello で管理しています。"),
    ("contact_pair_apart", "署名を直して。\n浜津市 情報政策課 kikaku@city.hamatsu.lg.jp\n内線 2231\n"
                           "（私用の連絡は不可）"),
    ("estimate_thousands_published", "HP用に。\n入札結果　予定価格 37,450千円　落札金額 35,100千円　落札率 93.7%"),
    ("told_story", "発問を4つ考えて。\n道徳教材（自作のお話）「みさきさんのくすり」\nみさきさんはぜんそくがあって、体育の前に薬をすいます。"),
    ("committee_list_no_topic", "会議録を整えて。\n出席委員：上原 大和、志村 結斗、桑田 律\n議題：図書館の開館時間について"),
    ("self_named_staff", "議事録を整えて。\n山本課長本人から説明があり、認知症施策の予算について了承された。"),
    ("staff_dated_duty", "案内を直して\n久保主任 11/2〜受付担当 健康診断の会場準備"),
    ("gw_holiday", "掲示を直して。\nGW（5/3〜5/6）は休館します。DNS設定の講座は5/10に延期します。"),
    ("lost_pet_caps", "Translate.\nLOST DOG: Momo, brown, has a heart condition. Please call 090-7712-3304."),
    ("latin_firm_subject", "Summarise in Japanese.\nSakura Pharmaceutical has recalled its supplements after users developed "
                           "kidney disease."),
    ("example_line_after_lead", "Check this guide.\nThe number is printed at the top right, for example:\n  "
                                "Residence card number: AB12345678CD"),
    ("english_signature_number", "Translate.\nDear Ms. Hatano,\nOur designer, Mr. Koide, needs a decision.\nBest regards,\n"
                                 "Emma Clarke\nSenior Designer, Northlight Studio\nTel. 03-5521-7780"),
    ("published_results_request", "市のホームページで公表している入札結果のXMLです。表にして。\n<anken><yotei_kakaku>38720000</yotei_kakaku>"
                                  "<rakusatsu_kingaku>34100000</rakusatsu_kingaku></anken>"),
    ("marking_put_in_subject", "研修資料にして。件名に【機密性２】と入れる運用の是非も触れてください。"),
    ("template_login_pair", "接続できません。\n.env.example（DB_USER=your-user / DB_PASSWORD=<your-password>）をコピーしました。"),
    ("placeholder_with_digits", "表にして\nJWT_SECRET=replace-with-64-random-chars\nSMTP_PASS=changeme"),
    ("real_cases_list_lead", "整えて。\n支援措置の対象となる方の例：\n・DV等の被害を受けている方\n・ストーカー行為等の被害を受けている方"),
    ("blank_form_of_record", "課内メールにして。\n打合せは水曜14時から。評価シートの様式は森永さんが準備済みです。"),
    ("staff_duty_spaced", "案内を直して。\n今年度の職員健康診断は、総務課の岩崎 直樹 主事が受付を担当します。"),
    ("estimate_pre_published", "公告文を直して。\n予定価格（税抜）は事前公表とし、42,800,000円です。最低制限価格は事後公表とします。"),
    ("museum_phone", "広報の原稿を短くして。\n開拓の人、戸川 弥平（とがわ やへい）について、市立歴史資料館（電話 0296-31-4470）で"
                     "企画展を開いています。"),
    ("rules_enumerated_markings", "Q&Aにして。\n第14条（取扱制限の表示）\n機密性２以上の情報には、次に掲げる取扱制限のうち"
                                  "必要なものを表示しなければならない。\n　ア　複製禁止\n　イ　配付禁止\n　ウ　持出禁止\n　エ　部外秘"),
    ("sample_form_closing_note", "記入例を直して。\n【記入例】口座振替依頼書\n氏名　見本　一郎\n\n【口座】\n"
                                 "金融機関　〇〇銀行　〇〇支店\n口座番号　普通　１２３４５６７\n口座名義　ミホン　イチロウ\n\n"
                                 "・記入例の氏名、番号等はすべて架空のものです。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
