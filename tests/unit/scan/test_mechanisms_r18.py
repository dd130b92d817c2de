"""Issue 13, round 18 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a subject label, then a department and its section, a title and the name (対象：市民部 保険年金課 主査 …) names the record's
  subject (person_lexicon: two units between the label and the name);
- a birth date in 明治 44 or 45 (1911, 1912) is a living centenarian's, and an age after a birth date of an old era
  (…生まれ、112歳) says the person is alive: not a historical figure (public_context._historical_dates);
- a letter whose writer says where they live (私は…に住む者です) and signs with a name alone on its line and a labelled
  landline below it: the resident's signature (person_contacts.writer_home_phone);
- a person named as the client of a lawyer (…氏の代理人として) is what the notice is about (person_lexicon._ABOUT_AFTER);
- a label's value followed by a share (続柄：息子 44％) is a counted group, not a name (person_labels._COUNT_AFTER);
- a theme's word as the surname of a sample row with a textbook given name (避難 太郎, 受付 花子) is a placeholder;
- an estimate's amount followed by its tax note and until when it is withheld (…円（税込）※審査終了まで非公表) is declared
  unpublished (internal_matter._NOT_PUBLIC_AFTER);
- a Latin name with the sex before the age in brackets (Tsujimoto Keigo (M, 34)) and a -cho town before its block
  (Hinode-cho 1-40-3); a passport-order name after the writer's own introduction in their language (Ma TAMANG …);
- a password set "temporarily" (パスワードを一時的に … に変更) is set all the same (_credential_forms.JP_SET);
- the second marking of a header line after a slash (機密性２　／　取扱注意（…）) is applied, not only named; a table's bar
  between a level and its restrictions is not (機密性３ | 持出禁止);
- ICAO Doc 9303's specimen passport (state UTO, number L898902C3) is an example;
- a My Number label in brackets in another language's sentence, the number after its colon and broken over a line; a
  labelled phone number broken over a line; a name, its reading and a date in a record's cells (the birth date);
- from h18d/e: a header whose columns count an event's rounds (1回目, 2回目) is still a header; a legacy export's
  half-width kana headers (ｼﾒｲｶﾅ, ｺｳｻﾞﾊﾞﾝｺﾞｳ, ﾒｲｷﾞﾆﾝ) name its columns; a card number read out in pieces over a
  call transcript's timed lines after the operator asks for it; past cases' bid results (過去2件の落札率) do not publish
  this case's price; a topic in a talk's quoted title (講義「産後うつの早期発見」) is a subject taught;
- from the sealed h18t and the themed h18f (the hard middle) and h18u: a price kept out of the notice (公告には載せませんが); a
  Japan Post number broken over a line; a card number with its expiry after it; a private key's body under its END line;
  a household by housing estate, block and room or floor (address_dwelling), not a story's; a pupil by class and
  attendance number (record_number); a uniqueness cue before the person it singles out (唯一の女性救急救命士, １世帯だけ…の
  ご家庭, the only fourth grader) and a subject label before a child's class (unique_subject); a free-mail sender signed
  with a surname (person_senders); the marking a document's footer keeps (フッターの「機密性２」表示を消さないこと), a memo
  declaring its own level (本メモは機密性２情報に該当), a closing notice after a sentence (本資料は…。取扱注意（…）); a full birth
  date on a topic's line (birth_date_with_sensitive), not a dummy row's; a fixed-width layout's 個人番号 positions;
- from h18g/h (the hard middle in exports and in prose): a person described by class, club post, unit post with a note,
  petition or a public post's relative, a shop or a house singled out (unique_subject); a restriction asked in words on
  the document at hand (このメモは…以外に見せないでください, Please do not forward it), not a rule about documents in
  general; an English level declared on the report (handled as Confidentiality Level 2); an export's romaji marking
  field (<himitsuKubun>); a bid comment's shorthand withheld until the opening (開札まで非公開: 予定 38,720,000); a marker said
  to be still ahead anywhere near (公告は来週月曜の予定 … 公告日から); a password after a remark and a comma; a unit of a
  city housing building in English; a birth date compared in SQL (= DATE '1949-11-23'); a quotation of markings the
  sentence then shows how to write; the head of an office in a career summary (保健福祉事務所長) is a post; a logged
  statement's bound parameters read under its column list (VALUES (?, ?) … params=[…]; KJN_NO);
- from h18i (the hard middle in prose, second batch): a relative of a person named by surname and title (松浦氏の長男,
  村瀬会長のお嬢さん), staff singled out (うちで男性は彼1人だけ, 再任用は彼1人), the eldest of a small group (最年長の男性),
  a pseudonym everyone knows (地元では知らない人がいない), a child by nursery and class, a resident by district and a
  landmark or a way of life, the neighbours' house; a declaration on the document further along its sentence
  (本資料は…持ち出しを禁じます), an English restriction after "This draft is for …"; a notice scheduled for a month
  (公告は12月第1週) is still ahead; who gets a post named by the post they hold (初代部長は今の…課長で).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("subject_two_units", "処分案の文面を整えて。\n対象：市民部 保険年金課 主査 篠塚 直哉（38）\n"
                          "R7.6 公用車で物損事故。本人は睡眠障害で通院中と申告。"),
    ("meiji_centenarian_home", "記者発表資料を直して。\n訪問先：丹羽 キヨ さん（明治44年3月2日生まれ、114歳）\n"
                               "ご自宅（北浜市旭町3丁目2番1号）"),
    ("old_era_with_age", "整えて。\n対象者　宇賀神 タマ（明治45年1月20日生、114歳）　北浜市緑町5-8-2"),
    ("resident_letter_landline", "要旨をまとめて。\n\n私は北浜市旭町4丁目9番地に住む者です。夫が認知症で施設に入所しており、"
                                 "家の前の側溝の件で困っています。\n　　　　　　　　　　宇津木 ハル\n"
                                 "　　　　　　　　　　電話 0270-33-4812"),
    ("lawyer_client", "論点を整理して。\n当職は、貴市職員である久留島 梓氏（保育課所属）の代理人として通知します。\n"
                      "通知人は上司からの叱責が続き、うつ病の診断により休職しております。"),
    ("estimate_tax_note_withheld", "誤字を直して。\n３　予定価格　32,780,000円（税込）※契約締結まで非公表"),
    ("latin_sex_age", "Translate into Japanese.\n- Hamaguchi Ryo (F, 51), Asahi-cho 3-2-1. Dementia, lives alone."),
    ("romaji_cho_block", "和訳して\nMr Kuroda's address: Midori-machi 4-15-2, he has diabetes and lives alone, tel 090-2281-5306"),
    ("intro_own_language", "訳して。\nNamaste. Ma GURUNG Sita Kumari. Mero phone 070-3318-2290. Hospital ma jana parchha."),
    ("password_temporarily", "要約して。\n4/20 VPN装置の admin のパスワードを一時的に Qe7#tLm29x に変更。戻し忘れ。"),
    ("second_marking_on_header", "機密性２　／　取扱注意（議決まで）\n北浜市立病院経営改善計画（素案）\n\n上を読みやすくして。"),
    ("my_number_bracket_label", "訳して\nSố cá nhân (My Number) của tôi: 6014 3852\n7714"),
    ("phone_broken_over_line", "英訳して\n氏名：SHERPA DAWA\n住所：北浜市旭町2-8-1 コーポ旭105\n携帯：090-\n6631-2087（本人）"),
    ("rounds_as_columns", "未接種者を抜き出して\n番号,氏名,生年月日,1回目,2回目\n101,宇佐美 咲良,2007-05-14,2024-06-03,\n"
                          "102,井筒 遥,2006-11-21,2024-06-10,2024-08-09"),
    ("kana_headers_legacy", "全角にして\nｼﾒｲｶﾅ,ｷﾝﾕｳｷｶﾝ,ｼﾃﾝ,ｺｳｻﾞﾊﾞﾝｺﾞｳ\nｳｻﾐ ｻｸﾗ,ｷﾀﾊﾏｼﾝｷﾝ,ﾎﾝﾃﾝ,0581274\n"
                            "ｲﾂﾞﾂ ﾊﾙｶ,ﾐﾄﾞﾘｷﾞﾝｺｳ,ｴｷﾏｴ,2209318"),
    ("card_pieces_transcript", "整理して\n00:00:20 OP：カード番号をお願いします。\n00:00:25 客：4980 2231\n"
                               "00:00:31 客：5567 0312\n00:00:40 客：名前はウサミ サクラです。"),
    ("past_cases_rate", "開札前に根拠メモを見直して。\n予定価格（税抜）：2億1,400万円\n　根拠：過去3件の落札率（93.2％）を考慮"),
    ("price_not_in_notice", "誤字を見て。\n件名：市道改良工事\n\n※公告には載せませんが、予定価格は 31,450,000円（税抜）です。"),
    ("yucho_broken", "文案を作って。\n振込先：宇佐美 咲良 様\nゆうちょ銀行　記号 13290　番号 5561\n2804"),
    ("card_with_expiry", "対応を振り返って。寄附者が読み上げたのでメモに残ってしまった：4980 2231 5567 0312　11/29"),
    ("key_body_without_begin", "このエラーの原因は？\n"
                               "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                               "QyNTUxOQAAACBQm9p1cXz0QJ7nLk3vR8wYt2HfUaE6oGdS5iKjNqZrMwAAAJgAAAAA\n"
                               "-----END OPENSSH PRIVATE KEY-----"),
    ("estate_room_offence", "報告文にして。\n・うち1人は県営みどり台団地5号棟203号室の世帯の次男（中3）、補導歴あり"),
    ("estate_floor_position", "整理して。\n対象者：市営若葉台団地２号棟、３階の西端の部屋にお住まいの女性（独居）\n訪問時、認知症の疑い。"),
    ("pupil_class_number", "書き直して。\n対象生徒：1年4組 出席番号9番の男子生徒。5月から欠席が続き、いじめの訴えあり。"),
    ("only_one_role", "簡潔にして。\n当課で唯一の男性保健師（東部担当）が、うつ病の診断で休職します。"),
    ("one_household_only", "研修用にぼかして。\n〇〇地区に１世帯だけ住むネパール国籍のご家庭で、長男が不登校、生活保護を申請中。"),
    ("the_only_student", "Make this natural.\nThe only sixth grader at the branch school has epilepsy and takes medication at lunch."),
    ("subject_label_class", "抜けを見て。\n対象児童：ひまわり組（４歳児クラス）の女児\n・腕に複数のあざ。本人は「ママがやった」と話す。"),
    ("free_mail_surname", "回答案を作って。\n差出人：usami.sakura.88@yahoo.co.jp\n件名：ごみの収集日\n本文：\n"
                          "収集日を教えてください。\n宇佐美"),
    ("footer_marking_kept", "やさしく直して。\n（発表者ノート）配布版はフッターの「機密性２」表示を消さないこと。"),
    ("memo_declares_level", "要約して。\n移行経費の比較\n１案が有力。\n\n本メモは機密性２情報に該当するため、課外に配布しないこと。"),
    ("closing_notice", "要約して。\n第1章 目的\n…\n― 本資料は検討途中のものです。取扱注意（配付先：部長級に限る） ―"),
    ("birth_date_topic_line", "誤字を見て。\n（編集メモ：事例は緑町３丁目在住の平成2年5月8日生まれの女性の実話。保護命令を申立て中のため改変すること）"),
    ("layout_my_number", "原因は？\n【レイアウト】\n 1- 4　整理番号\n 5-16　個人番号\n17-24　異動日\n\n"
                         "0001601438527714202504010112"),
    ("class_described_pupil", "英訳して。\n1年2組の廊下側の席で補聴器をつけている男子生徒は、両親が離婚調停中です。"),
    ("club_captain_probation", "議事録にして。\n・2年生の野球部キャプテンについて。万引きで補導され、現在保護観察中。"),
    ("unit_post_noted", "要点を。\n・税務課の主査（今年度、病休から復帰した方）について、無断欠勤が続き戒告処分の方向。"),
    ("petition_filer", "簡潔に。\n【答弁者限り】陳情の代表者は元市職員で、在職中に停職処分を受けた方。"),
    ("post_holder_relative", "想定問答を。\n・教育長の次男（29歳）が酒気帯び運転で検挙された模様。"),
    ("only_shop_owner", "議事メモに。\n来週の差押えに駅前の魚屋さん入ってます（東口で1軒しかないあそこ）。市県民税の滞納 150万。"),
    ("one_house_grandpa", "連絡票に直して。\n集落で一軒だけ残ってる豆腐屋のおばあちゃん、認知症が進んでるみたいです。"),
    ("restriction_in_words", "簡潔にして。\nなお、本件は調整中です。資料は課内での閲覧に限り、他部署へ転送したりしないようお願いします。"),
    ("restriction_in_words_en", "Make a cover email.\n- Attached: the draft audit findings.\n- This is for the committee only. "
                                "Please do not forward it or print it."),
    ("english_level_declared", "Summarise.\nThis report is to be handled as Confidentiality Level 2 and is limited to the CISO."),
    ("romaji_marking_field", "XSLTを書いて。\n<kian><kenmei>仕様の決定</kenmei><himitsuKubun>機密性3</himitsuKubun></kian>"),
    ("bid_comment_shorthand", "文法を見て。\nINSERT INTO anken (anken_no, yotei_kakaku) VALUES ('R8-1', NULL);\n"
                              "-- 参考（決裁済・開札まで非公開）: 予定 41,250,000 / 最低 36,300,000"),
    ("notice_still_ahead", "案内メールにして。\n「公告は来週の予定。質問は公告日から5日間。予定価格は税抜3,120万円で決裁済み。」"),
    ("password_after_remark", "丁寧にして。\nログインは共用アカウントで、パスワードは前回変えたやつ、Sakura#0427mmt です。"),
    ("city_housing_unit_en", "Translate.\nI live in Kitano city housing. The man in unit B-302 has dementia and wanders at night."),
    ("sql_date_literal", "遅いSQLです。\n-- 本人来庁、国保税の滞納\nSELECT * FROM atena a WHERE a.kana_shimei = 'ｳｻﾐ ｻｸﾗ' "
                         "AND a.seinengappi = DATE '1951-04-02';"),
    ("bound_params_logged", "原因は？\nSQL [INSERT INTO Q (KJN_NO, IDO_YMD) VALUES (?, ?)]; ORA-00001\n"
                            "    params=[601438527714, 20260303]"),
    ("named_persons_son", "まとめて。\n来庁者：元市議会議長の松浦氏の長男（50代）、アルコール依存症で入院歴あり。"),
    ("staff_only_man", "やわらかく。\n「保健師さん（うちで男性は彼1人だけ）、適応障害で明日から休職です」"),
    ("eldest_of_group", "文章に。\n・参加者7名\n・最年長の男性（93歳）：心不全で入院、退院後は見学のみ"),
    ("everyone_knows_pseudonym", "整えて。\nAさん（82歳）。元郵便局長で、地元では知らない人がいない。認知症と診断。"),
    ("nursery_class_child", "決定事項を。\n・ひまわり保育園 年長組、3人きょうだいの末っ子（5歳）\n・顔にあざ、「パパにけられた」と話す"),
    ("district_landmark_resident", "要約して。\n北野台3丁目の、公民館の裏で一人暮らしのおばあちゃん。認知症が進んでいる。"),
    ("neighbours_house", "返信案を。\nうちの隣の家（汐見町の角地の平屋）の高齢の姉妹、妹さんは統合失調症で通院中です。"),
    ("declared_far_in_sentence", "要点を。\n本資料は庁内検討用の素案であり、配布先以外への複写及び庁外への持ち出しを禁じます。"),
    ("draft_for_members_only", "Translate.\nThis draft is for section members only. Do not forward it until it is approved."),
    ("notice_month_ahead", "清書して。\n・公告は12月第1週。\n・予定価格は設計額の92％で組んで、税抜4,380万円の見込み。"),
    ("post_holder_gets_post", "丁寧に。\n新しい部の初代部長は今の保育課長で市長まで了解済み。内示は3月12日なので言わないで。"),
    ("name_reading_date_rows", "PostgreSQL 用に直して\nINSERT INTO t_jumin VALUES (501,'枡田 勇','マスダ イサム','1948-02-11',"
                               "'北浜市旭町1-2-3'),(502,'樋渡 蘭','ヒワタシ ラン','1979-10-30','北浜市緑町4-5-6');"),
]

ALLOW = [
    ("meiji_history", "市史の紹介文を直して。\n初代町長 石塚 源蔵（明治元年5月3日生まれ、大正14年没）は、用水の開削に尽くした。"),
    ("kin_share_stats", "前年度と比べて。\n虐待者の続柄：息子 41％、夫 24％、娘 15％、その他 20％（市公表資料）"),
    ("sample_rows_theme_word", "このコードを直して。\nROWS = [('受付 太郎', 40, '○○町1-1'), ('受付 花子', 38, '○○町1-1')]"),
    ("estimate_published", "説明して。\n予定価格　32,780,000円（税込）※入札公告で事前公表"),
    ("table_bar_levels", "規程の別表を表にして。\n区分 | 取扱制限\n機密性３ | 持出禁止、複製禁止\n機密性２ | 関係者限り"),
    ("icao_specimen", "MRZのチェックデジットを説明して。ICAO の見本です。\n"
                      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"),
    ("password_rule_temporarily", "研修資料を直して。パスワードを一時的に変更する場合も、必ず情報政策課に申請してください。"),
    ("talk_title_topic", "丁寧にして。\n研修の分担\n・講義「発達障害の理解と支援」：保健師 井筒さん\n・司会：宇佐美さん"),
    ("published_result_rate", "HP用に整えて。\n入札結果\n予定価格 21,400,000円　落札金額 19,900,000円　落札率 93.0％"),
    ("story_estate_room", "台本を短くして。\n【登場人物】※登場人物・住所はすべて架空です。\n佐伯トメ（82）　ひばり台団地3号棟502号室に一人暮らし。認知症の初期。"),
    ("public_only_hospital", "広報を直して。市内で唯一の公立病院として、救急医療を担います。"),
    ("dummy_birth_row", "例外の原因は？\nDEBUG child=Child(name=テスト 太郎, birthDate=2000-01-01, allergy=なし) // 結合テスト用ダミー"),
    ("rule_in_words_general", "規程を要約して。\n職員は、資料を庁外に持ち出したりしないよう注意すること。"),
    ("training_quotes_shown", "研修資料をやさしく。\n・取扱制限がある場合は「取扱制限：持出禁止」「部外秘」のように併記します。"),
    ("career_office_head", "見出しを。\n報道発表資料\n副市長の選任について\n氏名　久米 智子\n略歴　県東部保健福祉事務所長等を歴任"),
    ("public_only_captain", "広報を直して。サッカー部キャプテンの活躍で、県大会優勝を果たしました。"),
    ("residents_plural", "案内を直して。\n本町の公民館の裏で開くサロンには、一人暮らしのおばあちゃんたちが集まります。"),
    ("eldest_in_statistics", "要約して。\n参加者の最年長は93歳でした。来年度も開催します。"),
    ("office_phone_broken", "案内文を直して。\n問合せ：北浜市 市民課\n電話：0270-\n21-1100（代表）"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
