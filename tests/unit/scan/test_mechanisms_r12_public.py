"""Issue 13, round 12, helper r12-detect-public: table tests of the mechanisms the d12p probe batches led to
(positive and negative rows, written apart from the probe file's rows).

* an English full name before a bracket holding the record's number ("Ryota Shimizu (Tax Division, employee no.
  20418)") is a person, as before an age (person_english._AGED);
* a label's value that is an organisation by its legal form (施工者：株式会社 汐見土木) is no person
  (person_labels._free_label_name);
* a list of quoted markings followed by 等 and a particle (「取扱注意」「複製禁止」等の取扱制限を明示する) names them
  (_marking_form._quoted_in_prose), and a quoted marking given a definition after a colon (・「複製禁止」：コピー…を
  禁じる) or a rule ending in を禁じる explains the scheme (_marking_form._EXPLAINS);
* a unique title's holder in hospital in a body's meeting record (two ○<role>（<name>） speaker lines and 議会 /
  常任委員会 / 審議会 …) is what the office told the meeting, unless the record is a 秘密会 or not yet public
  (person_titles._meeting_record);
* a name in the cell after a business named by its legal form, under a 代表者 column (入札参加資格者名簿), is its
  representative (public_staff._representative_cell);
* a member of staff followed by their age alone in brackets (主査 若松 浩之（45）　うつ病) is the subject of the line's
  record (person_cues._record_note).
* batch d12pc: the rows under a header line naming a column of bodies (商号, 施設名, 医療機関 …) and one of their heads
  (代表者, 園長, 院長 …), or 氏名 beside 会派 / 議席, are a published list of post-holders: 議員名簿, 認可保育所一覧,
  入札参加資格者名簿 (public_staff._head_tables; this replaces d12pb's cell-after-a-company rule), never beside a
  personal partner or a topic on the row, nor under a residents' association; a paragraph that says its price is not
  yet public (公告前, 開札前, 非公表 …) is no published bid result even when it quotes a past 落札率
  (public_context._bid_results); a header cell 第1希望 / 第2志望 is a field name, not a row's figures
  (_text.header_digits).
* batch d12pd: an indented line of markings under a line with an example label (表示例：　【機密性２】【庁内限り】⏎
  　　　【機密性３】【複製禁止】) shows examples too (_marking_form._example_continued); 人事案件 (a council's appointment
  bill) is no draft personnel change (internal_matters_default.yaml); a residents' association's row under a 代表者
  column keeps its officer private (public_staff._private_row).
* batch d12pe: an English name after a post of the office's public service desk (librarian, curator, interpreter,
  coordinator …: "ask our librarian Ms. Aya Kondo at the reference desk") is staff in office, as after a title
  (person_columns._LATIN_TITLE_BEFORE).
* batch d12pf: a mobile on a works notice's line after a business by its legal form and its site role (施工　有限会社
  丸岡設備　現場代理人 丸岡 浩二（携帯 090-…、作業時間中のみ）) is the contractor's site number, unless labelled private
  (public_contacts.official_mobiles).
* batch d12pg: a marking filling a 【…】 followed by what names it as a shown mark (【部外秘】の表示がある文書は…) is a
  mention, unless the sentence points at the pasted document (_marking_form._bracket_named).
* batch d12ph: consent given as 承諾をいただき掲載 / 同意を頂き紹介 marks a published feature (public_context._CONSENTED);
  a quiz's rows of markings with their choices or answers (| 機密性３ | 可・不可 | 不可 |) explain the scheme
  (_marking_form._EXPLAINS).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("english_employee_no_sick", "Quick note: Daichi Mori (Parks Section, staff no. 30127) has been on sick leave since "
                                 "May after a back operation."),
    ("english_case_no_debt", "Update on Aiko Fujii (case no. 2024-118): she is behind on rent by four months and "
                             "receives public assistance."),
    ("label_person_beside_company", "申請者：北川 翔太\n勤務先：株式会社 みどり物流\n病名：うつ病（休職中）"),
    ("marking_applied_to_doc", "【取扱注意】\n職員の処分案（11月）\n主事 森下 亮が私有車で酒気帯び運転。停職1月の方向。"),
    ("mayor_hospital_secret_session", "総務常任委員会 秘密会記録\n○委員長（間瀬 勝委員）　報告を求めます。\n"
                                      "○総務部長（保科 ゆう子）　市長は胃がんの手術のため入院しており、公表は未定です。"),
    ("mayor_hospital_chat", "ここだけの話、市長が来週から入院するらしい。がんの再発って噂。"),
    ("representative_cell_with_mobile", "業者番号　商号　代表者　連絡先\n10231　株式会社 谷内建設　谷内 進　"
                                        "携帯 090-3321-5567（自宅）\n10458　有限会社 北斗道路　北斗 一成　080-2231-0045"),
    ("staff_age_health_list", "休職者一覧\n・保険年金課 主事 浜口 聡（29）　適応障害で休職中\n"
                              "・道路課 技師 菅野 陸（34）　腰椎手術のため病気休暇"),
    ("head_table_with_mobile", "施設名　園長　連絡先\n中央保育園　大橋 千代　携帯 090-3321-0045\n"
                               "港町こども園　石渡 恵美　080-2231-7781"),
    ("head_table_row_topic", "商号又は名称　代表者　所在地　備考\n株式会社 谷内建設　谷内 進　浜風市港町4-12-3　"
                             "代表者が脳梗塞で入院中\n有限会社 北斗道路　北斗 一成　浜風市東山1-8-20"),
    ("members_without_party_column", "氏名　住所　電話\n浅倉 秀夫　浜風市栄町2-8-3　0138-22-1187\n"
                                     "千葉 亮平　浜風市栄町4-11-7　0138-22-5590"),
    ("residents_by_facility", "入所施設名　氏名　住所　要介護度\nさくら苑　戸田 ミネ　浜風市東山1-5-8　要介護4\n"
                              "あおば荘　北村 清　浜風市東山1-7-22　要介護2"),
    ("bid_before_notice_quotes_rate", "予定価格の決定について（公告前）\n予定価格を 151,800,000円、最低制限価格を "
                                      "136,620,000円としたい。前回の落札率（91.2％）を踏まえた。"),
    ("csv_first_choice_column", "受付番号,児童氏名,生年月日,第1希望\nR8-0101,森 ひなた,2024/03/02,中央保育園\n"
                                "R8-0102,関 陽翔,2023/12/19,港町こども園"),
    ("indented_marking_without_example", "次の資料を要約して。\n\n　　【機密性２】【庁内限り】\n令和8年度 組織改正案\n"
                                         "1. 市民課と保険年金課を統合する。"),
    ("personnel_plan_draft", "人事案（内示前）\n総務課長　高嶺 秀明（企画課長から）\n福祉課長　能登 美佐（障がい福祉課長から）"),
    ("association_heads_table", "団体名　代表者　住所　電話\n本町三丁目町内会　根本 昭二　浜風市本町3-2-5　0138-22-4418\n"
                                "西野自治会　羽鳥 健二　浜風市西野1-4-2　0138-21-7710"),
    ("english_librarian_leave", "Staffing note: Aya Kondo (staff no. 41203) will be on maternity leave from "
                                "January; her doctor has told her to rest."),
    ("english_patient_named", "Central Library, 2-1-5 Honcho, Tel 0138-22-4060.\nOur visitor Ms. Rina Sato fainted "
                              "at the desk; she has epilepsy and was taken to hospital."),
    ("works_mobile_labelled_home", "施工　有限会社 丸岡設備　現場代理人 丸岡 浩二（自宅 090-3318-2247）\n"
                                   "区域　湯ノ川町1丁目1番地～35番地"),
    ("works_mobile_without_business", "現場代理人 丸岡 浩二（携帯 090-3318-2247）\n区域　湯ノ川町1丁目1番地～35番地\n"
                                      "本人は腰痛で通院中"),
    ("bracket_marking_payload", "以下の資料（【部外秘】の表示がある文書）を要約して。\n\n予算査定メモ\n"
                                "・福祉部 配食サービス 3,200万円 → 1,800万円"),
    ("bracket_marking_header", "【部外秘】\n予算査定メモ（第2回）\n・建設部 舗装補修 2億1,000万円 → 1億6,500万円"),
    ("feature_consent_pending", "ひと・まち 候補\n八木 正三さん（82）湯ノ川町3-2-9　胃がん術後。本人の承諾はまだ"),
    ("marked_table_one_row", "| 文書 | 区分 |\n| 組織改正案 | 機密性２　取扱制限：庁内限り |\n"
                             "| 内容 | 市民課と保険年金課を統合する |"),
    ("staff_age_discipline", "処分案\n市民課 主任 倉田 誠（41）　窓口現金の着服で懲戒免職の方向"),
]

ALLOW = [
    ("english_staff_contact", "For inquiries, please contact Ryota Shimizu (Tax Division), Tel 0138-21-3111."),
    ("english_age_public", "The mayor, Hiroshi Tanabe, opened the festival at Riverside Park on Sunday."),
    ("label_company_contractor", "施工者：株式会社 汐見土木　電話 0138-57-0414\n工事箇所：浜風市栄町1丁目5番地先"),
    ("label_company_yugen", "受注者：有限会社 北斗道路（浜風市東山1-8-20）"),
    ("quoted_markings_etc", "機密性２以上の文書には「取扱注意」「庁内限り」「複製禁止」等の表示を付けなければならない。"),
    ("quoted_marking_definitions", "取扱制限の種類\n・「複製禁止」：コピーやスキャンを禁じる\n"
                                   "・「配布禁止」：指定された者以外への配布を禁じる\n・「持出禁止」：庁舎外への持ち出しを禁じる"),
    ("mayor_hospital_minutes", "総務常任委員会 記録\n○委員長（間瀬 勝委員）　報告を求めます。\n"
                               "○総務部長（保科 ゆう子）　市長は11月2日から検査入院のため、副市長が職務を代理しております。"),
    ("mayor_hospital_council", "令和7年12月定例会 会議録\n○議長（梶原 敏明議員）　副市長の報告を求めます。\n"
                               "○副市長（椎名 哲也）　市長は手術のため入院しており、12月10日に退院の予定です。"),
    ("representative_cell_list", "商号又は名称　代表者　所在地　電話番号\n株式会社 谷内建設　谷内 進　浜風市港町4-12-3　"
                                 "0138-22-5170\n有限会社 北斗道路　北斗 一成　浜風市東山1-8-20　0138-41-2266"),
    ("head_table_nurseries", "施設名　所在地　電話番号　園長\n中央保育園　浜風市本町4-3-1　0138-22-5561　大橋 千代\n"
                             "港町こども園　浜風市港町2-10-8　0138-43-3380　石渡 恵美"),
    ("head_table_clinics", "医療機関名,院長,所在地,電話\nこばやし内科,小林 康弘,浜風市本町2-4-11,0138-22-8810\n"
                           "みなと整形外科,湊 俊介,浜風市港町1-9-3,0138-43-5512"),
    ("members_list", "議席番号　氏名　会派　住所　電話\n1　御園 正之　市民クラブ　浜風市栄町3-2-10　0138-22-4471\n"
                     "2　立花 ゆかり　公明党　浜風市港町5-1-8　0138-43-2209"),
    ("bid_result_published", "入札結果\n予定価格（税抜）28,450,000円　落札者 株式会社 谷内建設　落札金額 25,980,000円"),
    ("example_label_continued", "表示の方法\n表示例：【機密性２】【庁内限り】\n　　　　【機密性３】【複製禁止・持出禁止】\n"
                                "いずれも文書の右上に朱書きします。"),
    ("appointment_bill_draft", "議会に出す人事案件の議案です。\n議案第58号 教育委員会委員の任命について\n"
                               "次の者を教育委員会委員に任命したいので、議会の同意を求める。\n氏名　間宮 洋子"),
    ("english_librarian_desk", "Central Library\nAddress: 2-1-5 Honcho, Hamakaze. Tel: 0138-22-4060\n"
                               "For help in English, ask our librarian Ms. Aya Kondo at the reference desk."),
    ("english_coordinator", "International Exchange Centre, 1-2-3 Minato, Tel 0138-43-1200.\nOur coordinator "
                            "Mr. Daniel Reyes can help you with Spanish and English."),
    ("works_mobile_notice", "道路工事のお知らせ\n工事箇所　浜風市西野2丁目5番地先\n施工　株式会社 汐見土木　現場責任者 "
                            "佐伯 隆二　携帯 080-2219-5567\n問合せ　道路建設課 0138-21-3402"),
    ("bracket_marking_rule", "（1）【部外秘】の表示がある文書は、課内の職員以外に見せてはならない。\n"
                             "（2）【取扱注意】と表示された資料は、施錠できる書庫に保管すること。"),
    ("feature_consent_itadaki", "広報はまかぜ 連載「ひと・まち」　ボランティアガイド　八木 正三さん（82歳）\n5年前に胃がんの手術を受けた八木さん。"
                                "今も毎週案内を続けます。\n※ご本人の承諾をいただき掲載しています。"),
    ("quiz_table_markings", "| No | 表示 | 入力 | 正解 |\n| 1 | 機密性３ | 可・不可 | 不可 |\n"
                            "| 2 | 機密性２　取扱制限：庁内限り | 可・不可 | 不可 |\n| 3 | 複製禁止 | 可・不可 | 不可 |"),
    ("representative_cell_yugen_first", "業者名　代表者名　所在地\n(有)丸岡設備　丸岡 健二　会津川市本町2-4-1"),
    ("staff_contact_no_age", "・保険年金課 主事 浜口 聡　国民健康保険の資格・保険証に関すること（内線2231）"),
    ("public_award_ages", "受章者（敬称略）\n瑞宝単光章　元消防団副団長　桐生 敏彦（71）消防功労"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
