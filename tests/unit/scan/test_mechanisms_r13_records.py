"""Issue 13, round 13, helper r13-detect-records: table tests of the mechanisms the q13r probe batches led to (positive
and negative rows, written apart from the probe file's rows).

* batch q13r001–033: a birth date in the residents' languages: a Tagalog, Portuguese or Spanish month (Hulyo 21, 1988;
  21 de julho de 1988) and a Korean one (1975년 4월 3일) after a birth label (date_of_birth._MONTHS, _EN_DATE, _YSEP,
  _MSEP); a Latin name in capitals keeps its accented capitals (NGUYỄN VĂN THÀNH, JOSÉ) (person_lexicon._LATIN_PART);
  a Korean form's example heading (기입 예, 신청서 작성 예시, (예시), 예시입니다) marks an example paragraph
  (document._EXAMPLE_MARK); a Chinese relative's name run into its predicate (我老公陈志强上个月…) ends before a
  time or a verb (person_english._KIN_HAN); fixed-width records pasted without their layout (a padded full name, then
  a real birth date as eight digits, on two lines or more) (padded_records.py); a member of staff announced as a
  matter's subject (対象は道路維持課の倉持 章吾主査です; 倉持主査の件、) is the subject of a disciplinary, personnel or
  health record that follows within the general person window (person_cues._TOPIC_BEFORE, aggregate
  rule_staff_record_subject); an English thread announced as being about a full name ("it's about Takuya Mori",
  "Re: Kenji Sato") with a disciplinary, personnel, health or criminal word in the 400 characters after it
  (person_english._STAFF_TOPIC).
* batch q13r034–066: a compound naming another number (発注番号, 受付番号) is no card word beside a 12-digit number in
  odd groups (my_number._card_cue); a child's fever or asthma attack in a parent's message in Portuguese, Spanish,
  Tagalog, Vietnamese, Korean, Chinese or Nepali, and an asylum claim, are sensitive words (_sensitive_words); a
  Nepali form's name label (नाम: सीता गुरुङ) and birth label (जन्म मिति) (person_foreign._DEVANAGARI_LABEL,
  date_of_birth._EN_LABEL); a writer naming themselves as a named person's relative (関口 登美子の長女です) — the
  name before の長女 / の息子 / の妻 / の孫 … is someone's (person_cues.FAMILY_AFTER_TRIGGERS, _FAMILY_AFTER).
* batch q13r067–097: a markdown heading opens a staff heading (## 坂本 大輔（税務課 主任）) (person_staffheads._STAFF_HEAD_PREFIX);
  a table drawn with box-drawing characters reads as a markdown table (markup.box_tables_as_pipes); "birth" as a whole
  cell of a header names the birth column (| atena | shimei | birth |) (date_of_birth._BIRTH_CELL); an access log's
  subject_name / data_subject key labels a name (person_lexicon labels; a bare subject is a mail's Subject: too);
  "update on <full name>" announces an English thread's topic, and medication for anxiety or depression is a health
  word (person_english._STAFF_TOPIC, _sensitive_words).
* batch q13r098–128: a member of staff's personnel matter announced after their title (川口主事の勤怠について, 藤井技師の
  休職に係る…) makes them the matter's subject and opens the title's window whatever line the topic is on
  (person_lexicon._ABOUT_AFTER, person_cues.staff_title_windows); Taiwan's 民國 era dates a birth (date_of_birth
  _ERA); Nepali written in Latin letters introduces a name (mero naam …) and a lost job or an unpaid rent
  (kaam chhaina, bhada tirna sak…); a care home's notes (食事とれていない, 夜間不穏, 嘱託医に連絡) are health words.
* batch q13r129–148: a complaint of insomnia and a listing for the occupational doctor (不眠の訴え, 不眠が続, 産業医面談
  対象) on a member of staff's row are health words (sensitive_personal_info).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("tagalog_month_dob", "Pangalan: Jose Ramos Bautista\nPetsa ng kapanganakan: Setyembre 3, 1979\nTirahan: 大垣市本町1-4"),
    ("portuguese_de_dob", "Nome: Juliana Costa Matsuda\nData de nascimento: 5 de março de 1992\nTelefone: 080-3321-7745"),
    ("korean_date_dob", "성명: 박서연\n생년월일: 1988년 11월 20일\n연락처: 090-7710-2384"),
    ("vietnamese_caps_label", "Họ và tên: TRẦN THỊ HƯƠNG\nNgày sinh: 04/09/2001\nĐịa chỉ: 豊橋市花田町2-11-5"),
    ("chinese_kin_predicate", "我丈夫刘建军去年因为脑梗住院了，现在不能工作。我们住在名古屋市港区港明1-3-5。"),
    ("padded_kana_records", "10000231ヤマモト サクラ        19870412F\n10000232スズキ タロウ          19790101M\n"),
    ("padded_kanji_records", "00017高橋 光男        19520314 男\n00018岩崎 良子        19600105 女\n"),
    ("staff_topic_before", "人事係から共有です。\n対象は税務課の森田 和也主事です。\n本人とは昨日面談しました。\n"
                           "所属長の意見も聞いたうえで、減給1か月の懲戒処分となる見込みです。"),
    ("staff_no_ken_later", "倉持主査の件、人事課から電話がありました。\n本人は事実を認めているそうです。\n今月中に停職の処分が出る予定。"),
    ("order_no_vs_mynumber_card", "マイナンバーカードの番号を控えてください\n番号 453-331-478-932\n氏名 岡 真一"),
    ("fever_portuguese", "Bom dia, aqui é a mãe do Gabriel Nakamura (turma 2). Ele está com febre alta e não vai hoje."),
    ("asthma_tagalog", "Si Maria Clara Reyes po ay may hika, inatake kagabi at dinala namin sa ospital."),
    ("fever_korean", "제 딸 이서윤이 어제부터 고열이 나서 병원에 다녀왔습니다."),
    ("asylum_roster", "name,status\nOmar Haddad,asylum seeker\nLeila Haddad,asylum seeker"),
    ("nepali_label", "नाम: राम बहादुर थापा\nजन्म मिति: 1990-04-12\nफोन: 090-3381-2274"),
    ("relative_of_named", "いつもお世話になっております。森下 千代子の長男です。母が先週転倒して骨折し、入院しました。"),
    ("markdown_staff_heading", "## 長尾 翔（市民課 主事）\n- 勤務態度：無断欠勤が2回\n- 能力評価：C"),
    ("box_table_names", "┃氏名　　　┃状況　　　　┃\n┃上田　ハル┃要介護３　　┃\n┃坂井　実　┃生活保護受給┃"),
    ("birth_cell_pipe", "| no | shimei | birth |\n|----|--------|-------|\n| 1 | 岡村 聡 | 1966-08-14 |\n| 2 | 岡村 陽子 | 1968-02-03 |"),
    ("log_subject_name_key", "2026-12-01 09:10:44 INFO action=VIEW doc=課税証明 subject_name=\"戸田 美咲\" dob=1984-10-19"),
    ("english_update_on", "Hi Ken,\nQuick update on Mei Tanaka (payroll team).\nShe told me she has been on medication for depression since spring.\nThanks"),
    ("staff_matter_subject_line", "件名：今井主査の休職に係る手続き\n\n本人から診断書が提出されました。\n\n病名は適応障害、3か月の療養を要するとのことです。"),
    ("roc_birth_date", "姓名：陳怡君\n出生年月日：民國80年7月15日\n電話：080-2291-4456"),
    ("nepali_latin_intro", "Namaste, mero naam Sunita Tamang ho. Mero shrimati ko kaam chhaina."),
    ("care_home_note", "201号室 トメさん（95）食事とれていない、夜間不穏。嘱託医に連絡済み。"),
    ("overtime_row_insomnia", "所属\t氏名\t残業\t備考\n税務課\t小田 真人\t98h\t不眠の訴えあり、産業医面談対象"),
    ("english_topic_thread", "team-leads\nmika: this is about Daniel Okoro in facilities\nmika: he told me he has been "
                             "diagnosed with depression and will need a few weeks off\njun: noted, thanks"),
]

ALLOW = [
    ("tagalog_month_event", "Petsa: Setyembre 3, 2026 (Huwebes)\nLugar: 大垣市役所 3F\nLibreng konsultasyon."),
    ("korean_date_not_birth", "접수일: 2026년 4월 3일\n담당: 市民課\n문의: 0584-81-4111"),
    ("korean_example_heading", "주민표 신청서 기입 예\n성명: 홍길동\n생년월일: 1990년 1월 1일\n주소: ○○시 ○○동 1-2-3"),
    ("vietnamese_caps_placeholder", "Họ và tên: NGUYỄN VĂN A\nNgày sinh: __/__/____\n(Viết chữ in hoa)"),
    ("padded_one_line", "0001234567タカハシ ミツオ          19520314M\n"),
    ("padded_goods", "0001コピー ヨウシ        20251101\n0002トナー カートリッジ   20251102\n"),
    ("staff_topic_business", "対象は税務課の森田 和也主事です。\n研修は来週水曜の午後、第2会議室で行います。\n資料は当日配布します。"),
    ("staff_discipline_before", "懲戒処分の指針が改正されました。\n\n\n\n\n\n\n\n\n\n説明会の担当は人事課の倉持主査です。"),
    ("order_no_odd_groups", "受付番号の控えです\n受付 453-331-478-932 粗大ごみ 冷蔵庫\n受付 453-331-478-933 粗大ごみ 洗濯機"),
    ("fever_public_notice", "Aviso: por causa da influenza, a creche estará fechada. Se a criança estiver com febre alta, procure o hospital."),
    ("asylum_statistics", "Asylum applications in Japan: 13,823 in 2023. Refugee status was granted to 303 people."),
    ("nepali_public", "नि:शुल्क स्वास्थ्य जाँच\nमिति: 2026-12-20\nठाउँ: 保健センター"),
    ("relative_of_historical", "徳川家康の長男である松平信康は、1579年に切腹した。"),
    ("markdown_heading_plain", "## 長尾 翔（市民課 主事）\n- 担当：住民票の窓口\n- 内線：2231"),
    ("box_table_facilities", "┃施設名　　┃定員┃\n┃中央公民館┃120 ┃\n┃北児童館　┃40  ┃"),
    ("place_of_birth_column", "| city | place of birth | count |\n|---|---|---|\n| 浜松 | 浜松 | 1966 |"),
    ("mail_subject_name", "Subject: 田中 花子さんの件\n\n来週の会議の資料をお送りします。"),
    ("english_update_business", "Hi Ken,\nQuick update on Mei Tanaka (payroll team).\nShe finished the year-end adjustment forms today.\nThanks"),
    ("staff_matter_business", "件名：今井主査の出張について\n\n本人は来週、県の技術研修に参加します。\n\n旅費は予算の範囲内です。"),
    ("roc_date_event", "活動日期：民國115年12月20日\n地點：市民會館"),
    ("nepali_latin_public", "Namaste, Dashain karyakram 10 gate hune chha. Sabai lai swagat chha."),
    ("care_home_equipment", "201号室 ナースコール不調。業者に連絡済み。"),
    ("insomnia_idiom", "災害対応では職員が不眠不休で働いた。翌週、税務課 小田 真人 主査が報告した。"),
    ("english_topic_business", "Re: Daniel Okoro\nThanks for booking the meeting room for the facilities review on Friday. "
                               "The projector is in the cupboard."),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
