"""Issue 13, round 14, helper r14-detect-records: table tests of the mechanisms the r14r probe batches led to (positive
and negative rows, written apart from the probe file's rows).

* batch r14r001–036: Indonesian forms (Nama: label, Tanggal lahir with Indonesian months: Mei, Agustus, Desember)
  (person_foreign._LATIN_FOREIGN_LABEL, date_of_birth._MONTHS / _EN_LABEL); Ukrainian and Russian forms (ПІБ / ФИО /
  Прізвище / Фамилия / Ім'я labels before a Cyrillic name; Дата народження / Дата рождения)
  (person_foreign._CYRILLIC_LABEL, date_of_birth._EN_LABEL); a care record's change of level and falls (区分変更申請,
  転倒が増え, 転倒を繰り返) are care words (sensitive_personal_info); a pupil after 第N学年M組 and a seat number
  (15番, 出席番号 15) (person_tables._CLASS_HEAD, _CLASS_NAME).
* batch r14r037–064: a form field's value in an HTML attribute (<input name="shimei" value="…">) and a column compared
  with a quoted value under a table alias or by LIKE (a.shimei = '…', shimei LIKE '%…%') read as the field and its
  value (markup_records._INPUT_VALUE, _COMPARED); a Thai form's name label (ชื่อ-นามสกุล:) (person_foreign._THAI_LABEL);
  a report to the child-welfare office (前回の通告, 通告の件) and what a child or a parent shows at pick-up (家に帰りたくな,
  お酒のにおい) are child-welfare words; a 丁目 with no house number followed by a public facility (東町5丁目の公民館,
  若葉台2丁目児童館) is the facility's place, no dwelling (address._FACILITY_AFTER).
* batch r14r065–092: PHP's var_dump (["shimei"]=> string(16) "…") reads as a field (markup_records._VAR_DUMP); an
  Arabic or Dari form's name label (الاسم:, نام:) and birth label (تاريخ الميلاد, تاریخ تولد), a Thai birth label (วันเกิด)
  (person_foreign._ARABIC_LABEL, date_of_birth._EN_LABEL); 対象児 / 該当児 / 在園児 / 入所児 head a column of children
  (person_columns._PERSON_HEADER_NOUNS).
* batch r14r093–112: a headerless CSV's name as two cells right before a real birth date as eight digits, in Latin
  capitals, katakana or kanji, on two lines or more (padded_records._CSV_NAME); a household heading (松田 徹 世帯) and a
  messaging app's title bar read by OCR (< 花城 えみ, with 既読 below) name a person (heading_names.py).
* batch r14r113–128: 〓 (the 外字 placeholder of a 住基 extract) counts as a kanji of a name cell (person_lexicon
  _COLUMN_NAME); an agency or a specialist named as the reader of the prompt's document (スクールソーシャルワーカーへの共有
  メモ, 児相向けの報告書) is no topic (sensitive_personal_info guard); a landline on a line that names a firm in brackets
  (玉城様（沖縄印刷）, Mr Tamaki (Okinawa Print)) is the firm's (phone._firm_in_brackets; a 自宅 beside it stays personal).
* batch r14r129–140: a unified diff's hunk header and +/- marks read as spaces, so a CSV's rows read under the header
  the hunk names (markup_records._HUNK, _DIFF_MARK); a resident's notice of moving (転出届, 転入届, 転居届, 海外転出)
  is a resident-registry word; the state's offices a guide refers residents to (管理局, 法務局, 税務署, ハローワーク …)
  are office words beside a number (phone.OFFICE_WORDS).
* batch r14r141–150: "found collapsed", "collapsed at home", "suspected stroke" are English health words
  (_sensitive_words).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("indonesian_nama_label", "Nama: Dewi Lestari Putri\nNo. HP: 090-2281-4417\nKeluhan: hamil 5 bulan"),
    ("indonesian_mei_dob", "Nama: Agus Setiawan\nTanggal lahir: 17 Mei 1990\nAlamat: 豊田市保見町3-12-5"),
    ("indonesian_desember_dob", "Nama lengkap: Rina Kurniawati\nTgl. lahir: 2 Desember 1985\nPekerjaan: pabrik"),
    ("ukrainian_pib", "ПІБ: Шевченко Ірина Василівна\nДата народження: 03.02.1979\nТелефон: 080-1294-5530"),
    ("russian_fio", "ФИО: Иванова Анна Сергеевна\nДата рождения: 21.09.1992\nАдрес: 札幌市北区北24条西5-2-8"),
    ("ukrainian_surname_label", "Прізвище, ім'я: Бондаренко Оксана\nТелефон: 070-3318-2290\nПотреба: у доньки діабет"),
    ("care_level_change", "田端 キミ子さん、区分変更申請が出ています。最近転倒を繰り返しているそうです。"),
    ("care_fall_fracture", "H番号の件、長岡 茂雄さんは自宅で転倒して骨折、入院中です。"),
    ("pupil_gakunen_seat", "第3学年1組　8番　久保田 凛\n欠席日数 32日　不登校傾向あり"),
    ("html_input_value", '<input type="text" name="namae" value="小野寺 恵美"><input name="naiyou" value="うつ病で休職中">'),
    ("html_input_birthday", '<input name="shimei" value="新城 翔太">\n<input name="birthday" value="1988-09-14">'),
    ("sql_alias_equals", "SELECT * FROM jumin j WHERE j.shimei = '安里 直美' AND j.seinengappi = '1979-06-02';"),
    ("sql_like_pattern", "select * from kojin where shimei like '%喜屋武 健%' -- 生活保護の受給歴を確認"),
    ("thai_label_name", "ชื่อ-นามสกุล: วิภา ศรีสุข\nโทร: 090-2214-7736\nเรื่อง: ตั้งครรภ์ 6 เดือน"),
    ("child_report_again", "学童から連絡。結愛ちゃん（新垣 結愛）、前回の通告の件もあり今日も家に帰りたくないと言っていた。"),
    ("address_house_after_chome", "柳田さんは東町5丁目12番3号の公民館の隣に住んでいます。"),
    ("address_chome_residence", "柳田 光代さんは東町5丁目に一人で住んでいます。"),
    ("php_var_dump_name", 'array(2) {\n  ["namae"]=>\n  string(15) "照屋 直樹"\n  ["memo"]=>\n  string(30) "生活保護受給中"\n}'),
    ("arabic_label_name", "الاسم: فاطمة علي حسن\nالهاتف: 090-4418-2207\nزوجي يضربني"),
    ("arabic_label_dob", "الاسم: خالد يوسف\nتاريخ الميلاد: 1987/03/21\nالعنوان: 豊橋市花田町2-11-5"),
    ("dari_label", "نام: محمد رحیمی\nتاریخ تولد: 1992/08/14\nتلفن: 080-2291-4416"),
    ("column_taishoji", "| 対象児 | 状況 |\n|---|---|\n| 比屋根 結 | ネグレクトの疑い |\n| 喜納 大和 | 不登校 |"),
    ("csv_romaji_caps", "501,KOHAGURA,AYAKA,19910214,F,生活保護\n502,NAKAMA,RYOTA,19870530,M,障害2級"),
    ("csv_kanji_cells", "1,比嘉,真由美,19840721,精神\n2,玉城,昇,19490627,身体"),
    ("household_heading", "ケース概要\n\n新垣 康弘 世帯（4人）\n・本人 無職、アルコール依存症で通院\n・妻 パート"),
    ("household_heading_bracket", "【宮平 洋子世帯】\n長女が不登校。母は夜勤で不在がち。"),
    ("chat_title_bar", "OCRしました\n\n< 大嶺 さやか\n10:02\n夫にまた殴られました。子どもを連れて実家に逃げています\n既読 10:05"),
    ("gaiji_name_column", "氏名\t生年月日\t備考\n〓城 康子\t1950/04/03\t生活保護\n渡〓 実\t1948/12/11\t要介護2"),
    ("ssw_topic_in_record", "比嘉 さくらさん（中2）、スクールソーシャルワーカーが家庭訪問。母の精神疾患で登校できていない。"),
    ("firm_bracket_home_phone", "玉城 健様（沖縄印刷にお勤め）の自宅 098-861-2201、奥様が認知症で介護中"),
    ("diff_csv_rows", "--- a/t.csv\n+++ b/t.csv\n@@ -1,2 +1,3 @@ no,shimei,birth\n 1,テスト 一郎,1990-01-01\n+2,"
                      "仲宗根 拓也,1979-05-30"),
    ("moving_notice_named", "届出人：大城 健太（世帯主）\n転出届を受理。転出先 Lima, Peru。妻と長男も同時に転出。"),
    ("english_found_collapsed", "Update: Mrs Haruko Tamanaha (82, lives alone) was found collapsed in her kitchen "
                                "this morning; suspected stroke, now at Chubu Hospital."),
    ("pupil_seat_number_label", "5年2組 出席番号 21 番場 悠真（ADHD、服薬中）"),
]

ALLOW = [
    ("indonesian_notice", "Nama program: Kelas bahasa Jepang gratis\nTempat: 国際交流センター\nTelepon: 053-457-2111"),
    ("indonesian_blank", "Nama: ____________\nTanggal lahir: ____ / ____ / ______\nAlamat: ____________"),
    ("ukrainian_blank", "ПІБ: ________________\nДата народження: __.__.____\nТелефон: ________"),
    ("russian_guide", "Заполните анкету: ФИО, дата рождения и адрес. Консультация бесплатная, тел. 045-671-7128."),
    ("care_level_change_general", "区分変更申請は、心身の状態が変わったときにいつでも申請できます。転倒が増えた方はご相談ください。"),
    ("class_seat_no_name", "第3学年1組　8番　欠席\n第3学年1組　9番　出席"),
    ("html_input_empty", '<input name="shimei" value="" placeholder="山田 太郎"><input name="birthday" value="">'),
    ("html_input_office", '<input name="tantou" value="福祉課"><input name="tel" value="098-861-6904">'),
    ("sql_like_facility", "SELECT * FROM shisetsu s WHERE s.name LIKE '%公民館%' AND s.area = '東町';"),
    ("thai_notice_label", "ชื่อ: โครงการตรวจสุขภาพฟรี\nโทร: 0276-47-1828 (保健センター)"),
    ("venue_chome_hall", "柳田さん、来週の講座の会場は東町5丁目の公民館です。よろしくお願いします。"),
    ("venue_chome_school", "田中さん、避難訓練は若葉台2丁目小学校の体育館で行います。"),
    ("report_general", "通告の件数は昨年度より12%増えました。学校からの通告が最も多くなっています。"),
    ("php_var_dump_code", 'array(2) {\n  ["name"]=>\n  string(9) "公民館"\n  ["code"]=>\n  string(2) "21"\n}'),
    ("php_var_dump_password", 'array(1) {\n  ["password_hint"]=>\n  string(15) "照屋 直樹"\n}'),
    ("arabic_label_office", "الاسم: مكتب الاستشارات\nالهاتف: 052-581-0100"),
    ("column_taishoji_counts", "| 対象児の年齢 | 件数 |\n|---|---|\n| 0〜5歳 | 12 |\n| 6〜11歳 | 19 |"),
    ("csv_romaji_one_line", "501,KOHAGURA,AYAKA,19910214,F,生活保護"),
    ("csv_product_codes", "1,ABC,DEF,20240101,在庫\n2,GHI,JKL,20240102,在庫"),
    ("household_anonymised", "A氏 世帯（4人）\n・本人 無職、アルコール依存症で通院\n・妻 パート"),
    ("household_statistics", "単身 世帯\n高齢者のみ 世帯\nひとり親 世帯\n（いずれも件数は別表）"),
    ("chat_title_business", "OCRしました\n\n< 福祉課 庶務\n10:02\n明日の会議は10時からです。ケース会議の資料は各自で\n既読 10:05"),
    ("gaiji_spec", "外字は〓に置き換えて出力する。氏名に〓を含む件数は1,204件。"),
    ("ssw_reader", "次の内容をスクールソーシャルワーカーへの共有メモにして。\n金城さん、来週の研修の会場は本庁3階です。"),
    ("jisou_report_reader", "児相向けの報告書の様式を作ってください。項目は、対象児、状況、対応です。"),
    ("firm_bracket_vendor", "玉城様（沖縄印刷）にチラシ校正の件で折り返し 098-861-2201"),
    ("firm_bracket_vendor_en", "- call back Ms Arakawa (Ryukyu Systems) about the server quote – 098-862-4410"),
    ("diff_code_only", "--- a/app.py\n+++ b/app.py\n@@ -10,2 +10,3 @@ def main():\n     run()\n+    log('started')"),
    ("moving_notice_guide", "転出届は、引っ越しの14日前から届け出できます。海外転出の場合はパスポートをお持ちください。"),
    ("bureau_number_guide", "解雇や妊娠を理由とする不利益な扱いは、労働基準監督署（098-868-4402）に相談してください。"),
    ("english_stroke_seminar", "The stroke-prevention seminar is on Friday; residents who have collapsed at home "
                               "before are welcome to ask questions."),
    ("class_teacher", "第3学年1組 担任 教諭の授業公開は11月20日です。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
