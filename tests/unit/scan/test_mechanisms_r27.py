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
- not: a romanised name in a class bracket with no topic, a unit's word glued to a title (チーム主任) before a patient
  of others, a published disciplinary release (``市民部 所属　主査（40歳代・男性）``), a staff member passing on a form's
  procedure (…さんから、妊娠届の手続きの説明), a colleague's mail about a resident's certificate, a list of events with dates.
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

ALLOW = [
    ("latin_class_no_topic", "英文を訳して。Kenta Ueno (4-1) won the school spelling contest this year. Congratulations!"),
    ("kana_word_title_patient_of_others", "説明文を整えて。チーム主任は、入院中の方への面会ルールについて職員向けに説明した。"),
    ("published_release_unit_title", "研修スライドにして。\n\n職員の懲戒処分について（公表）\n1　被処分者\n　市民部 所属　主査"
                                     "（40歳代・男性）\n2　処分の内容\n　減給10分の1（3か月）"),
    ("form_procedure_from_staff", "案内文を作って。保健センターの保健師 堀口 さんから、妊娠届の手続きの流れについて説明がありました。"),
    ("colleague_mail_resident_certificate", "敬語に直して。\n\nFrom: 檜垣 宗一 <higaki-s@city.example.lg.jp>\nSubject: 様式の件\n\n"
                                            "診断書の様式について、窓口で住民の方から質問がありました。最新版を教えてください。"),
    ("events_with_dates", "表にして。\n\n1. Opening Ceremony / 2026年4月1日 / 市民ホール\n2. Spring Festival / 2026-04-18 / "
                          "中央公園\n3. Tea Party / 2026.5.3 / 迎賓館"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
