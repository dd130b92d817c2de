"""Issue 13, round 15, helper r15-records: table tests of the mechanisms the r15r probe batches led to (positive and
negative rows, written apart from the probe file's rows).

* batch r15r001–021: a role label of the 者 grammar opening its line before a space and the name, no colon (使用者　…,
  所有者 …, 転出者\t…) (person_labels._label_hits, person_rules.role_field_at; a ceremony's or a programme's public roles —
  被顕彰者, 受賞者, 出演者 — and the office's own travel roles — 出張者, 随行者 — are none); a 者 / 人 label's 名 form before
  a colon (契約者名:, 届出人名:) (person_lexicon._LABEL_RE); 使用者 is a person's label (no longer an organisation's
  role); holders and register entries head a column (名義人, 使用者, 居住者, 借受人, 選挙人, 傷病者, り災者, 受診者)
  (person_columns._PERSON_HEADER_NOUNS); staff named with their staff number in brackets (…　主任　三輪 恭平（職員番号
  20814）) are a personnel record's subject (person_staffheads._STAFF_AFFILIATION); a centre or a city hall named in
  residents' languages (Trung tâm, Centro, 咨询中心, 센터) makes a landline on its line the facility's
  (public_contacts.FACILITY).
* batch r15r022–041: a bare 要保護 beside welfare words (準要保護, 生活保護, 就学援助, 要保護世帯) is a category of households
  or children, no marking (classification_marking._WELFARE_NEAR).
* batch r15r042–060: a pupil named after a grade-and-class code in a school's record (保健室 … 2-3 そうすけ) (new
  person_classcode.py); a system's list with cells parted by one blank (00318842 ササキ ミノル 19520314)
  (padded_records._SPACED_ROW); a service's word before a textbook given name (国保 太郎, ジュウミン ハナコ) is a
  sample person (_examples.is_placeholder_name); a person's assessed tax (年税額, 所得割額, 給与所得あり) is a tax word;
  an address followed by who lives there (…202 の単身男性, に住む高齢の女性) with a sensitive topic nearby
  (recognizers/address_residents.py, aggregate_residents.rule_resident_address_with_sensitive).
* batch r15r061–078: a form's field opening its line with a spaced kanji full name after a blank, no colon (申請者
  津田 一平（納税義務者）, 障害者　津田 聡（長男）) (person_labels._spaced_field_name; a staff label keeps its staff); a
  label's value naming who by role (運転者：障害者本人, 申請者：申請者本人または代理人) is no name
  (person_labels._ROLE_VALUE_ENDS, any value holding 者).
* batch r15r079–096: a member of staff named as the source of harm done to someone (田所課長から…怒鳴られ, 係長に暴言を
  吐かれ; not 山田主任から、ハラスメント防止研修の案内) is the subject of that personnel matter (person_capacity.harm_from);
  a PDF table whose cells came out one per line, the header's first (氏名 / 年齢 / 状況, then each row's cells) (new
  recognizers/vertical_tables.py); an association or a council named before a landline (市国際交流協会（0584-…）,
  社会福祉協議会) makes it the body's (phone.OFFICE_WORDS).
* batch r15r097–113: a Spanish or Portuguese label naming both halves of the name (Nombre y apellidos:, Apellidos y
  nombre:, Nome e sobrenome:) (person_foreign._LATIN_FOREIGN_LABEL); a vertical table's post column (役職) makes its
  names office holders (vertical_tables).
* batch r15r114–127: staff named right before から / に and harm done (長尾係長から…暴言を吐かれ) open a window even with
  no title-first shape (person_cues.staff_title_windows); the 人 form of the role grammar opening its line before a
  blank (新保証人　鳴海 智也, 相続人　…; not 個人, 法人, 外国人, 社会人 …) (person_rules._NOT_ROLE_NIN); a child described by
  age after the address (…に住む小学生くらいの男の子) and the town-form address (address_residents); a log's key=value
  name right before a birth key (nushi=タカハシ マサル birth=19570812) (padded_records._KEYED_NAME).
* batch r15r140–147: a fixed-term staff member's evaluation and non-renewal (勤務評価, 再度任用しない, 雇止め) are
  personnel words; 氏名（ローマ字） / 英字氏名 head a name column, whose Latin names of three or four parts in capitals
  count on a row that also holds a date or a residence card number (person_columns._LATIN_LONG_CELL, _PERSON_ROW).
* guards written after the batches, against the round's own mechanisms: a timetable's class codes before kana subjects
  (3-2 こくご), a facility compound after the resident word (…15号の高齢者福祉センター), a company as a blank-parted
  field's value, a resident's words that name no one (の住民の方から), a staff member harmed by a visitor.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("role_field_space_user", "開栓受付\n使用者　新田 恵理香\n使用場所　西町4丁目2-18\n連絡先　090-4471-2286"),
    ("role_field_tab_owner", "所有者\t木暮 義晴\n所在\t東原2丁目11-5\n滞納額\t184,200円"),
    ("role_field_space_moved", "転出者　片桐 奈々\n転出先　長野県松本市中央3-4-12\n転出予定日　5月2日"),
    ("role_field_space_patient", "受診者　国分 豊\n生年月日　昭和44年7月9日\n判定　要精密（胃部）"),
    ("role_name_form_colon", "契約者名：杉山 梢\n住所：本町6-2-14\n電話：080-1127-6650"),
    ("role_name_form_colon_nin", "届出人名：大貫 勇\n届出人住所：栄町1丁目5番3号"),
    ("staff_number_bracket_health", "所属：下水道課　主査　宮坂 公平（職員番号 31877）\n事由：適応障害により病気休暇"),
    ("staff_number_bracket_discipline", "総務課　係長　瀬川 里美（職員ID S-0419）\n処分案：戒告（公用車での物損事故）"),
    ("holder_column_tsv", "号室\t名義人\t滞納月数\n101\t羽田 吾郎\t3\n203\t中条 ゆかり\t5"),
    ("voter_column_tsv", "投票区\t選挙人\t生年月日\n3\t戸倉 修\t1956-04-02\n5\t野呂 美紀\t1988-10-30"),
    ("casualty_column_tsv", "No\t傷病者\t年齢\t症状\n1\t北条 孝\t81\t意識障害\n2\t島袋 伸\t45\t腰部打撲"),
]

ALLOW = [
    ("role_word_in_prose", "高齢者 福祉の計画について、来年度の予算要求の考え方を整理してください。"),
    ("role_field_org_value", "使用者　株式会社みどり設備\n使用場所　浄水場第2ポンプ棟\n使用期間　4月1日〜3月31日"),
    ("role_field_award", "受賞者　故 安西 正道 氏\n　元市長。市立図書館の建設に尽力した。\n受賞者　森 はるか 氏\n　作曲家。"),
    ("role_field_travel_staff", "出張者　原口 隆（副市長）、秘書課 新堂 舞\n宿泊　ホテル東海（名古屋市中区栄3-1-1、052-000-0000）"),
    ("role_header_counts", "名義人の区分\t件数\n個人\t1,204\n法人\t312"),
    ("staff_number_format", "職員番号（5桁）は人事給与システムで付番します。例：職員番号 00000"),
    ("facility_vietnamese_notice", "Thông báo: Trung tâm hỗ trợ người nước ngoài tư vấn về mang thai, nuôi con, thuế. "
                                   "Thứ Ba và thứ Năm, 10 giờ đến 16 giờ. Điện thoại: 0584-00-2525."),
    ("facility_portuguese_notice", "Aviso: O Centro de Apoio ao Estrangeiro atende consultas sobre gravidez e saúde. "
                                   "Terças e quintas, das 10h às 16h. Telefone: 0566-00-1234."),
    ("welfare_you_hogo_category", "就学援助の対象は、生活保護を受けている世帯（要保護）と、それに準ずる世帯（準要保護）です。"),
    ("welfare_you_hogo_household", "要保護世帯への支援（要保護）については、別紙の基準によります。"),
]

R3_BLOCK = [
    ("class_code_kana_pupil", "保健室来室記録\n2時間目　3-2 ゆうま　鼻血。家で叩かれたと話す。"),
    ("class_code_kanji_pupil", "担任メモ\n6-1 今井 大翔　不登校傾向、母子家庭で生活保護受給。"),
    ("spaced_row_katakana", "001 ヤマモト タケシ 19480502 要介護3\n002 ヤマモト ハナ 19500817 要支援1"),
    ("tax_rows_annual", "対象従業員\n・北島 亮　年税額 212,000円（前年 150,400円）\n・三上 瞳　所得割額 88,000円"),
    ("resident_address_dv", "本町2丁目8番15号 に住む高齢の女性が、夫から暴力を受けているようだと近所の方から通報。"),
    ("resident_address_dementia", "旭町1-8-22の独居高齢者、最近認知症が進んだ様子で、火の不始末が心配。"),
]

R3_ALLOW = [
    ("class_code_section_numbers", "学習指導案\n2-1 ねらい　3時間目に実施\n2-2 てだて　担任が板書で示す"),
    ("class_code_no_school", "目次\n1-1 はじめに\n1-2 まとめ"),
    ("spaced_row_goods", "001 コピー ヨウシ 20240501 在庫\n002 ボール ペン 20240502 在庫"),
    ("placeholder_service_name", 'APIの戻り値の形：{"shimei":"介護 花子","kaigodo":"要介護2"}'),
    ("placeholder_kana_service", "ｶﾅ氏名：ｼﾞｭｳﾐﾝ ﾊﾅｺ　障害支援区分：3"),
    ("tax_words_explained", "年税額の計算方法：所得割額と均等割額の合計です。給与所得ありの方は源泉徴収票をご確認ください。"),
    ("resident_address_facility", "本町2丁目8番15号の地域包括支援センターでは、認知症の相談を受け付けています。"),
    ("resident_address_area_range", "緑町3丁目1番から20番の方は、工事中に濁り水が出ることがあります。"),
]

R4_BLOCK = [
    ("spaced_field_kanji_name", "申出書\n申請者　沢渡 俊介（本人）\n理由　うつ病で通院中のため"),
    ("spaced_field_role_name", "減免審査\n障害者　北見 茂（父）身体障害者手帳2級"),
]

R4_ALLOW = [
    ("spaced_field_staff", "出張命令\n職員名　山田 太郎\n用務　障害者週間の啓発イベント"),
    ("role_value_family", "運転者：同居の家族\n対象：身体障害者手帳をお持ちの方"),
    ("role_value_self", "申請者：申請者本人または代理人\n必要書類：療育手帳"),
]

R5_BLOCK = [
    ("harm_from_staff_health", "係長の佐伯さんに毎日暴言を吐かれていて、不眠で通院しています。"),
    ("harm_from_staff_received", "主査の江藤さんからパワハラを受けて、適応障害と診断されました。"),
    ("vertical_table_names", "PDFから\n氏名\n生年月日\n備考\n小松 直樹\n昭和51年3月2日\nうつ病で休職中\n"
                             "戸田 里美\n昭和60年9月9日\n育児休業中"),
]

R5_ALLOW = [
    ("harm_from_training_notice", "課長から、ハラスメント防止研修の日程について連絡がありました。"),
    ("harm_from_roleplay", "田所課長から怒鳴られた場面を想定したロールプレイ研修を行います。"),
    ("vertical_table_facilities", "施設名\n定員\n空き\nひまわり苑\n80\nなし\nさくら荘\n50\n2床"),
    ("vertical_table_blank_form", "氏名\n住所\n電話番号\n\n上の欄に記入し、窓口に提出してください。"),
    ("association_landline", "講演は歌手の山本 彩さん。申込みは市文化振興会（0584-00-7700）へ。"),
]

R6_BLOCK = [
    ("spanish_nombre_y_apellidos", "Nombre y apellidos: Carmen Rojas Vega\nTeléfono: 090-7742-1180\nMotivo: embarazo de 6 meses"),
    ("portuguese_nome_sobrenome", "Nome e sobrenome: Ana Paula Ferreira\nTelefone: 080-3319-4471\nAssunto: meu filho tem asma"),
    ("harm_from_staff_far_topic", "同じ係の長尾係長から、この半年ほど、ミスのたびに暴言を吐かれています。最近は動悸がして心療内科に通っています。"),
    ("role_nin_guarantor", "変更届\n新保証人　沢口 達也（兄）\n住所　名古屋市西区城西2-8-14\n勤務先　株式会社サワ物流"),
    ("resident_child_by_age", "東町1丁目4番8号に住む小学生くらいの女の子が、夜遅くまで一人で外にいて、痩せています。ネグレクトが心配です。"),
    ("keyed_log_names", "target id=1 nushi=ヤマギシ トオル birth=19550412 kubun=生活扶助\n"
                        "target id=2 member=ヤマギシ ミエ birth=19580920 kubun=生活扶助"),
]

R6_ALLOW = [
    ("spanish_labels_blank", "Nombre y apellidos: (escriba aquí)\nFecha de nacimiento: (día/mes/año)"),
    ("vertical_table_posts", "名簿\n\n氏名\n役職\n浅田 昇\n会長\n北野 恵\n副会長\n\n役員の任期は2年です。"),
    ("role_nin_corporate", "申請区分\n法人　株式会社ミドリ設備\n個人　該当なし\n外国人　該当なし"),
    ("resident_child_notice", "東町1丁目4番から9番にお住まいの子どもがいる家庭へ：通学路の工事のお知らせです。"),
    ("keyed_log_other_key", "target id=1 item=コピー ヨウシ kijun=20250401 kubun=01\n"
                            "target id=2 item=ボール ペン kijun=20250401 kubun=01"),
]

GUARD_ALLOW = [
    ("class_code_timetable", "時間割の変更\n1時間目　3-2 こくご\n2時間目　3-2 さんすう\n3時間目　4-1 たいいく\n"
                             "担任が変更になりました。健康診断は保健室で。"),
    ("class_code_newsletter_items", "保健室の利用\n来室時は担任に伝えてから。\n2-1 ほけんだより配布\n2-2 てあらい指導"),
    ("resident_word_facility_compound", "本町2丁目8番15号の高齢者福祉センターで、認知症カフェを毎月開いています。"),
    ("resident_word_salon_venue", "会場：本町2丁目8番15号の高齢者サロン「ひだまり」。介護予防の体操とうつ病予防の講話。"),
    ("resident_area_question", "旭町1丁目の住民の方から、認知症の方への対応について質問がありました。"),
    ("spaced_field_company", "申込書\n申請者　株式会社 山田建設\n所在地　本町1丁目2番3号\n理由　障害者雇用の助成金"),
    ("spaced_field_group_value", "受講者　市内の小学生\n内容　発達障害の理解"),
    ("harm_to_staff_by_visitor", "窓口で市民課の課長が来庁者から暴言を受けた件について、職員のメンタルヘルス対策を検討します。"),
    ("role_nin_explained", "相続人　全員の同意が必要です\n被相続人　死亡した方"),
]

R9_BLOCK = [
    ("staff_not_reappointed", "・再度任用しない：調理員 岩田 恵子（勤務評価C、欠勤が多い）"),
    ("romaji_column_residence_cards", "続柄\t英字氏名\t生年月日\n本人\tSANTOS MARIA LUISA\t1990-06-11\n"
                                      "長女\tSANTOS ANA CLARA\t2018-01-23"),
]

R9_ALLOW = [
    ("latin_goods_column", "品番\tname\t入荷\n1\tSTEEL PIPE LONG\t2025年2月\n2\tBLUE CABLE SET\t2025年9月"),
    ("reappointment_rules", "勤務評価の結果によっては、再度任用しないことがあります。雇止めの予告は30日前までに行います。"),
]

MARKING_BLOCK = [
    ("you_hogo_marking_line", "【要保護】\n令和9年度 組織改正案（内示前）\n1 総務部の再編"),
]


test_blocks, test_allows = action_tests(BLOCK + MARKING_BLOCK + R3_BLOCK + R4_BLOCK + R5_BLOCK + R6_BLOCK + R9_BLOCK,
                                      ALLOW + R3_ALLOW + R4_ALLOW + R5_ALLOW + R6_ALLOW + GUARD_ALLOW + R9_ALLOW)
