"""Issue 13, round 27 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- Latin script: a topic further on from a Latin full name reaches three person windows (its sentences take more
  characters); a pupil's class after a romanised name (``(class 4-2)``, ``(3-1)``, ``in 6-2``); a numbered roster of Latin
  names each with a date after a separator (``2. PARK Ji Woo / 2010-02-14``);
- staff: a surname in katakana glued to a staff title before a patient word (``ソノダ主査は…入院``), its leave's return
  (``休職から復帰``); a title between the name and a bracket on a heading line (``■ 岸辺 さより　教諭（2年1組担任）``);
  an affiliation's title with an employment note in brackets after a label (``対象：…　調理員（会計年度任用職員）　…``);
  ``氏名等`` as a label; a member of staff reporting their own condition (``…さんから、妊娠の報告``); a quoted mail's
  sender asking for their own sick leave; operational titles (運転士, 司書, 隊員 …) as staff titles;
- a kanji numeral right before a name does not glue it into a word (a spoken address: ``…二の十六の七浅見ハナさん``);
- a spaced full name spelled out after a comma, as said on the phone (``…です。真壁 利一、まかべ、です``);
- a licence number letter-spaced after its label, as OCR reads a card;
- second part: ``本人：`` as a field label, its value's reading dropped before a sex and an age (``…（よみ）男性 37歳``); a
  matter heading (``【…課　<surname>係長　…の件】``) and a record's title line ending in the unit and the surname
  (``■ 職場復帰支援プラン（案）　…課　<surname>``); an under-performer's record words (降任, 勤務実績不良); a writer greeting
  with a spaced full name and their own child as a later sentence's subject; a Latin full name opening a clause after a
  comma; a Latin full name with 先生 as a message's matter (``…先生についてご連絡``); a suicide risk assessed in English;
- third part: a staff record headed by its subject's label (``対象職員：…``) owns its discipline words far below; a
  pension number's label in katakana (an old system's half-width print); a 予定価格 column's quoted CSV figures;
- not: a romanised name in a class bracket with no topic, a unit's word glued to a title (チーム主任) before a patient
  of others, a published disciplinary release (``市民部 所属　主査（40歳代・男性）``), a staff member passing on a form's
  procedure (…さんから、妊娠届の手続きの説明), a colleague's mail about a resident's certificate, a list of events with dates,
  a card's documented sample number named a few words before it (見本に載っている, 例として), a guide's desk number with its
  English office hours, a question on which level to mark a plan that is not yet public, a matter heading about a
  project (【…課　…係長　庁舎改修の件】 with no record), a greeting writer whose message is about work, a Latin name with 先生
  about a class schedule, a road's route number (``市道2-045号線``), a works site at a 丁目 (``旭町二丁目 歩道切下げ``), a
  member of staff in charge of a task (``…は<surname>さん担当。``), a check-up scheme's item in quotes (``「がん検診受診」を
  追加``), a key read by a library call (``keyring.get_password(…)``), restrictions quoted as examples of what to write.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("latin_topic_three_windows", "日本語に訳して。\n\nHello,\n\nDuring the cleaning time on Tuesday one of the first-year "
                                  "students, Sota Imaizumi, fainted in the corridor and we had to call his mother. She told "
                                  "the homeroom teacher afterwards that he has type 1 diabetes and carries insulin."),
    ("latin_class_bracket", "英文メールを要約して。\n\nHi, I noticed that Yuna Kashiwagi (class 4-2) was coughing all "
                            "through the lesson. Her mother says she has asthma and uses an inhaler."),
    ("latin_class_in", "Please summarise. Kaito Morishima in 6-2 told me he was diagnosed with ADHD last year and "
                       "takes medication every morning."),
    ("latin_dated_roster", "西暦にそろえて表にして。\n\n1. Chloe Martin / 2010年5月9日 / ホスト：浜辺家\n"
                           "2. PARK Ji Woo / 2010-02-14 / ホスト：小野寺家\n3. Garcia, Mateo / 2009.11.30 / ホスト：青柳家"),
    ("kana_surname_staff_title", "文章を整えて。\n\n【内部メモ】図書館のソノダ主査は、胃がんの手術のため今月から入院しています。"
                                 "問合せは副館長が受けます。"),
    ("kana_surname_return", "研修資料ではなく内部向けです。ヒラサカ主任は、うつ病による休職から11/5に復帰し、当面は短時間勤務です。"),
    ("titled_heading_bracket", "開示用に表現をやわらげて。\n\n人事評価 一次所見\n■ 岸辺 さより　教諭（第2学年1組担任・社会）\n"
                               "　規律性 C ／ 協調性 B\n　遅刻が月4回。本人は「夜眠れず、心療内科に通院している」と説明。"),
    ("label_unit_title_note", "質問項目を作って。\n\n対象：市立図書館　司書（会計年度任用職員）　筧 ゆりえ\n"
                              "届出住所：　南区若葉台3-14-2\n事案：通勤手当の過大受給の疑い"),
    ("label_shimei_nado", "報告文の形に直して。\n\n1　氏名等　汐見 たけし（運転士／職員番号 31522）\n2　傷病名　うつ病"
                          "（市立病院 精神科 診断書）\n3　休暇期間　30日"),
    ("own_report_from", "敬語を直して。\n\n総務係 主任 日比野 かおる さんから、妊娠の報告がありました。つわりが重く、"
                        "時差出勤を希望しています。"),
    ("from_own_leave", "要点を3行で。\n\n---------- Forwarded message ---------\nFrom: 檜垣 宗一 <higaki-s@city.example.lg.jp>\n"
                       "Subject: 休みについて\n\nおはようございます。昨日受診した心療内科で、1か月の休養が必要との診断書が出ました。"
                       "本日から病気休暇に入らせてください。"),
    ("numeral_before_name", "句読点を入れて。\n\nえー訪問先は柳町三丁目のええと二の十六の七浅見ハナさん九十一歳独居で最近物忘れが"
                            "ひどく認知症の疑いがあると娘さんから"),
    ("spoken_name_reading", "表にまとめて。\n\n職員：ご本人のお名前をお願いします。\n申請者：主人です。真壁 利一、まかべ、です。"
                            "先週から県立病院に入院してまして、肺がんの治療です。"),
    ("licence_letter_spaced", "台帳に転記して。\n運転士　戸張 一平　北営業所\n運転免許証番号　第 3 0 1 5 2 8 8 4 6 0 1 9 号"
                              "（大型二種）"),
]

BLOCK += [
    ("self_label_reading_sex_age", "要点をまとめて。\n\n本人：蕪木 良平（かぶらぎ りょうへい）男性 52歳\n経緯：昨夜、駅前で保護。"
                                   "既往：双極性障害で通院中断。"),
    ("matter_heading_glued_title", "である調の報告文にして。\n\n【収納課　樋渡係長　勤務実績不良の件】\n・4月以降、指示事項の未処理 "
                                   "累計11件\n・本人説明「母の介護で眠れていない」\n・来年度の降任も選択肢として検討（本人未告知）"),
    ("record_title_unit_surname", "抜け漏れをチェックして。\n\n■ 職場復帰支援プラン（案）　介護保険課　苫米地\n\n1. 休職期間：R7.3.1 "
                                  "～ R7.9.30（診断名 適応障害）\n2. 主治医意見書：短時間勤務から"),
    ("record_title_no_bracket", "要点をまとめて。\n\n■ 面談記録　税務課　小豆畑\n休職期間 R7.6.1から、診断名 うつ病。"
                                "復職は主治医の意見書を見て判断する。"),
    ("record_title_report_book", "要点をまとめて。\n\n■ 復職面談報告書　収納課　鬼頭\n休職期間 R7.4.1から、診断名 適応障害。"
                                 "産業医の意見を聞いて判断する。"),
    ("greeting_writer_child", "簡潔にして。\n\n件名：部分休業の変更\n\n相沢係長\nお疲れさまです。"
                              "乙部 さやか です。\n来月から部分休業の時間を変えたくご相談です。\n長女（4歳）が先月、発達検査で"
                              "注意欠如多動症と診断され、療育に通うことになりました。"),
    ("latin_after_opening_comma", "丁寧な日本語に訳して。\n\nHi,\nDuring lunch on Monday, Riko Tanabe came to the staff room "
                                  "crying. She showed me bruises on her arm and said her stepfather hits her."),
    ("latin_teacher_matter", "英語にして。\n\n北中学校に配置のMarcus Bell先生についてご連絡します。先生は先週から欠勤が続いており、"
                             "クリニックでうつ病との診断書が提出されました。"),
    ("suicide_risk_en_chat", "時系列でまとめて。\n\n寮から連絡：LIN Yutong さん、部屋から出てこない\nCounselor: Suicide risk "
                             "moderate, do not leave her alone."),
]

BLOCK += [
    ("record_head_far_discipline", "整理して。\n\n対象職員：税務課 主任 鳩山 亮介（41）\n聴取日：令和8年1月20日\n\n"
                                   + "問　経緯は。\n答　生活費が足りず、窓口の手数料を一時的に持ち帰りました。必ず戻すつもりでした。\n" * 6
                                   + "・懲戒処分歴なし。懲戒審査委員会は2月下旬を予定。"),
    ("pension_label_katakana", "ﾃｲﾈｲﾆ ｼﾃ\nｼﾉﾊﾗ ﾄｼｴ ｻﾏ ﾉ ｷｿﾈﾝｷﾝﾊﾞﾝｺﾞｳ 3107-582214 ﾃﾞ ｼｮｳｶｲ ｼﾏｼﾀ"),
    ("bid_csv_quoted_figures", "表にまとめて。\n\n案件番号,件名,開札予定日,予定価格(税抜),最低制限価格\n"
                               "R7-土-051,市道北線舗装工事,2026/01/15,\"41,280,000\",\"36,300,000\"\n"
                               "R7-建-022,西小学校外壁改修工事,2026/01/19,\"28,700,000\",\"25,240,000\""),
]

ALLOW = [
    ("latin_class_no_topic", "英文を訳して。Kenta Ueno (4-1) won the school spelling contest this year. Congratulations!"),
    ("kana_word_title_patient_of_others", "説明文を整えて。チーム主任は、入院中の方への面会ルールについて職員向けに説明した。"),
    ("published_release_unit_title", "研修スライドにして。\n\n職員の懲戒処分について（公表）\n1　被処分者\n　市民部 所属　主査"
                                     "（40歳代・男性）\n2　処分の内容\n　減給10分の1（3か月）"),
    ("form_procedure_from_staff", "案内文を作って。保健センターの保健師 堀口 さんから、妊娠届の手続きの流れについて説明がありました。"),
    ("colleague_mail_resident_certificate", "敬語に直して。\n\nFrom: 檜垣 宗一 <higaki-s@city.example.lg.jp>\nSubject: 様式の件\n\n"
                                            "診断書の様式について、窓口で住民の方から質問がありました。最新版を教えてください。"),
    ("card_sample_named_before", "正規表現を教えて。テストには、出入国在留管理庁の見本に載っている AB12345678CD を使います。"),
    ("card_example_as_stated", "質問です。在留カード番号（説明では例として AB12345678CD と書いてあるもの）は入力してはいけませんか？"),
    ("guide_desk_office_hours", "見出しを整えて。\n\nConsultation\nMinato International Center offers free consultation.\n"
                                "Tel: 0465-22-7301 (Mon–Fri 9:00–17:00)  Email: info@minato-ic.or.jp\nAddress: 3-2 Honcho, Minato"),
    ("marking_level_question_unpublished", "情報セキュリティの質問です。\n審議会の資料に、まだ公表前の計画の推計を載せる予定です。"
                                           "この資料を「機密性２」にすべきか、「機密性３」にすべきか迷っています。"),
    ("matter_heading_project", "報告文にして。\n\n【管財課　笠置係長　庁舎改修の件】\n・工期は来年3月まで\n・仮設窓口は2階に設置"),
    ("greeting_writer_work", "簡潔にして。\n\nお疲れさまです。乙部 さやか です。\n来週の研修会の資料を共有します。"
                             "長女向けの講座ではなく、職員向けの内容です。"),
    ("latin_teacher_schedule", "英語にして。北中学校のMarcus Bell先生についてご連絡します。来週の授業は水曜に変更になりました。"),
    ("road_route_and_site", "掲示用に整えて。\n\n■ 工事・現場\n・市道3-012号線 側溝改修：2/17 完成検査、立会い 沢渡\n"
                            "・若葉町三丁目 歩道切下げ：2/18 現地立会い。当初は久住さんの予定でしたが、沢渡さんが対応します"),
    ("staff_in_charge_of_task", "議事録に整えて。\n・血圧測定コーナーは浅葉さん担当。自動血圧計2台を本庁から持ち出す。"),
    ("checkup_scheme_item", "議事録に整えて。\n・ポイント付与の対象に「がん検診受診」を追加する案 → 次回までに浅葉さんが他市事例を調べる。"),
    ("keyring_call_value", "問題ないか見て。\n\nimport keyring\nPASSWORD = keyring.get_password(\"kaikei-rpa\", USER_ID)\n"),
    ("restrictions_quoted_examples", "クイズを作って。\n文書の右上に「機密性２」と表示し、必要に応じて「取扱制限：複製禁止」"
                                     "「庁外持出禁止」などの取扱制限を併記します。"),
    ("events_with_dates", "表にして。\n\n1. Opening Ceremony / 2026年4月1日 / 市民ホール\n2. Spring Festival / 2026-04-18 / "
                          "中央公園\n3. Tea Party / 2026.5.3 / 迎賓館"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
