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
    ("english_topic_business", "Re: Daniel Okoro\nThanks for booking the meeting room for the facilities review on Friday. "
                               "The projector is in the cupboard."),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
