"""Issue 13, round 12, helper r12-detect-records: table tests of the mechanisms the d12r probe batches led to (positive
and negative rows, written apart from the probe file's rows).

* a quoted "birth" key of a dict or a JSON object ('birth': '1979-06-21') labels a birth date; a keyword argument
  (birth='2000-01-01') keeps to the code rules (date_of_birth._LABEL_RE);
* a carer's or a nurse's observation of a body (むくみ, 浮腫, 尿量, 褥瘡, 誤嚥) and a home doctor's visit (往診) are health
  topics (sensitive_personal_info.FAMILIES);
* a surname field and a given-name field in Latin letters side by side (familyName="Hoshino" givenName="Ryota",
  "last_name": "Brennan", "first_name": "Aoife") are one full name, not a language's John Doe or 山田 太郎
  (person_shapes._LATIN_SPLIT_NAME);
* a Latin name opening a space-aligned row (two spaces or more before the next cell) is a row's name, and a
  residence-card number on that row is its record (person_lexicon._LATIN_ROW, _LATIN_ROW_RECORD; the pass also runs
  when the text holds a run of eight digits: person_contacts._contact_names);
* a header of field names parted by spaces may open with the row number's column (No. 氏名 生年月日 住所)
  (date_of_birth._header_line);
* a member of staff's honorific is part of the name when a topic follows right after it (主事 石井 恵子さん、うつ病で…)
  (person.py: the name's ``after`` for aggregate.rule_staff_record_subject);
* a spaced full name right before its bare age in brackets (増田 颯(19), 岩崎 凛(16歳)) is a note's subject when the
  surname is a dictionary surname and the given part no listed common noun of two characters or more (田中 委員(3))
  (person_shapes._spaced_aged_names);
* an English grade before a full name (Officer Kenji Arai, Clerk Naomi Fujita, Employee Marco Rossi) in a text with an
  English disciplinary, personnel or sick-leave word names the record's subject (person_english._STAFF_ROLE); a
  sanction proposed for one officer (proposed sanction, one-month suspension, written warning, without authorisation)
  is a disciplinary word (sensitive_personal_info);
* batch d12rc: a cell under a name column that is a sensitive topic's own word is a code table's label, no name
  (COPY m_kubun (code, name) … 01 生活保護) (person_columns._column_names); a bump on a child's head (たんこぶ, 打撲痕) is
  a child-welfare sign; a foreign name in katakana parted by middle dots after a label and a space (相談者 ファム・ヴァン・
  ドゥック) is read by the label's name model (person_contacts._KANA_SPACED); a member of staff with their own home's
  label on their line (主事 白井 拓也　自宅：…) is named as a private person (person_cues.home_after);
* batch d12rd: a camelCase dateOfBirth header names a birth column (date_of_birth._HEADER_WORDS); a dashed number
  whose candidate ran over a space into the next cell's digits (090-3385-1120 3人) is cut back to the number
  (phone._next_cell); a number after a phone label with OCR's letters for digits (O for 0, l / I for 1) and seven
  real digits or more is read (phone._ocr_misread);
* batch d12re: a comma right after a member of staff's name and honorific or title (主任 江口 真理子さん、…;
  佐野主査、…) makes them the sentence's subject unless the sentence greets them, asks them for something or names a
  kind of people (person_cues.comma_subject; the title glued to a surname opens its window before a comma too:
  staff_title_windows); 生保費 is a welfare word;
* batch d12rf: a fixed-width layout may give each field's columns first (1-10 宛名番号、11-30 氏名、31-38 生年月日): the
  width is to - from + 1, and a field named as a number (宛名番号, 住所コード) is a digit field
  (fixed_layout.RANGE_LAYOUT, _is_text); diabetic, 救急車を呼 / 救急車呼 are health words;
* batch d12rg: a one-line XML element may carry attributes with Japanese names (<氏名 カナ="ヨシダ マリ">吉田 真理</氏名>)
  and is still read as a field (markup._ELEMENT); 失業（…）and 床上浸水 (a reduction's grounds), けいれんして and
  救急車で運ばれ are sensitive words;
* batch d12rh: the quoted spaced full names of an IN list after a name column (WHERE shimei IN ('林田 誠', …)) are
  names (person_shapes._in_list_names); an English full name with its unit after it (Yuki Nakamura from the tax
  team) in a text with an English personnel, disciplinary or sick-leave word is a member of staff, the record's
  subject (person_english._STAFF_UNIT; a leading acronym, FYI, is no part of the name).
"""

from __future__ import annotations

from gateway.scan.recognizers.date_of_birth import DateOfBirthRecognizer
from gateway.scan.recognizers.person import PersonRecognizer
from gateway.scan.recognizers.phone import PhoneNumberRecognizer
from tests.unit.scan._helpers import action_tests, detect

BLOCK = [
    ("birth_key_json", '{"id": 77, "shimei": "浜田 修", "birth": "1968-10-02", "tel": "052-771-0381"}'),
    ("birth_key_single", "print(rec)  # {'name': '河合 早苗', 'birth': '1955-01-19', 'kubun': '要介護2'}"),
    ("oedema_carer", "ヘルパーより：中村ハツ様、両足の浮腫が強く、靴が履けない状態です。受診を勧めてよいですか"),
    ("urine_note", "訪問看護記録　利用者 島田 昭二 様　尿量が少なく、褥瘡も悪化。主治医に報告"),
    ("xml_latin_split", '<patient familyName="Okada" givenName="Mirai" birthDate="2019-05-02"><dx>喘息</dx></patient>'),
    ("json_latin_split", '{"last_name": "Brennan", "first_name": "Aoife", "visa": "特定技能", "note": "うつ病で通院"}'),
    ("rc_aligned_rows", "外国人住民の確認リスト\nSILVA PEDRO  KQ58203716EF  2028/01/10\nLIM WEI LING  KQ90417263GH  2027/08/31"),
    ("no_header_dob", "No. 氏名 生年月日 住所\n1 小島 修 S30.6.1 北区栄町2-1\n2 今井 里子 S33.2.14 北区栄町3-8"),
    ("staff_hon_comma", "税務課の主事 石井 恵子さん、うつ病で来月から休職です。引継ぎ計画を作って"),
    ("spaced_aged_note", "11/2 訪問。増田 颯(19) 昼夜逆転、ひきこもり状態が続く。母は疲弊"),
    ("spaced_aged_sai", "相談受付：岩崎 凛(16歳)、リストカットの跡あり。学校と連携"),
    ("en_clerk_warning", "Clerk Naomi Fujita was given a written warning for repeated absences; draft the letter."),
    ("en_employee_leave", "Employee Marco Rossi has been on sick leave since 3 November; update the rota."),
]
ALLOW = [
    ("birth_kwarg_fixture", "def test_age():\n    u = make_user(birth='2000-01-01')\n    assert u.age(on=date(2020, 1, 1)) == 20"),
    ("birth_key_no_date", "df['birth'] = pd.to_datetime(df['birth'])\nこの行でエラーになる理由は？"),
    ("oedema_general", "高齢者の足のむくみの原因と、介護職員ができる対策を研修用にまとめて"),
    ("xml_latin_schema", '<xs:attribute name="familyName" type="xs:string"/>\n<xs:attribute name="givenName" type="xs:string"/>'),
    ("xml_latin_placeholder", '<person familyName="Doe" givenName="John" role="applicant"/>  <!-- sample -->'),
    ("json_latin_yamada", '{"last_name": "Yamada", "first_name": "Taro"}  ← 記入例の JSON です'),
    ("caps_rows_no_card", "便名一覧\nTOKYO OSAKA  NH123  2026/12/01\nNAGOYA SAPPORO  JL456  2026/12/02"),
    ("no_header_goods", "No. 品名 製造日 数量\n1 ボルト 2024.6.1 30\n2 ナット 2024.6.3 50"),
    ("staff_hon_comma_duty", "主事 石井 恵子さん、研修資料を共有フォルダに置きました。確認お願いします"),
    ("spaced_committee_no", "議事録の発言者：田中 委員(3)、佐藤 委員(4)。質疑の要約を作って"),
    ("en_clerk_duty", "Clerk Naomi Fujita will staff the reception desk on Monday; please send her the key code."),
    ("en_officer_police", "Officer Daniel Reyes of the city police spoke at the safety fair about bicycle theft."),
    ("en_policy_sanction", "Proposed sanction scale for unauthorised access: written warning, then a one-month suspension."),
]

BLOCK += [
    ("copy_name_rows", "COPY public.kojin (id, name, biko) FROM stdin;\n1\t村上 智也\t生活保護\n2\t北野 あや\t就学援助\n\\."),
    ("bump_child", "そらくん（1歳児）、おでこにたんこぶ。お迎え時に母へ確認、先週も腕にあざ"),
    ("dotted_kata_label_space", "相談者 グエン・ティ・ホア (VNM)、夫からの暴力で避難希望"),
    ("staff_home_label", "住居手当の認定：主任 木下 沙織　現住所：東区泉2-8-15 ハイツ泉201　家賃 62,000円"),
]
ALLOW += [
    ("copy_code_table", "COPY m_seido (code, name) FROM stdin;\n10\t障害年金\n20\t児童手当\n30\t生活保護\n\\."),
    ("bump_general", "子どもの頭のたんこぶ、冷やし方と受診の目安を保育士向けにまとめて"),
    ("dotted_kata_goods", "相談者 ワイヤレス・マウス の返品について、窓口の対応を教えて"),
    ("staff_office_address", "担当：主任 木下 沙織　所在地：中区三の丸3-1-1 市役所西庁舎2階　内線 4412"),
]

BLOCK += [
    ("staff_title_comma_sick", "【課内】木村係長、先週から休職中（パニック障害）。業務の割り振りを考えて"),
    ("staff_hon_comma_surgery", "主事 大島 弘美さん、来週手術で2週間入院します。窓口のシフト案を"),
    ("seiho_fee_kata", "コバヤシ様から生保費がまだ入っていないと電話あり。折り返しの要点を"),
]
ALLOW += [
    ("staff_title_comma_thanks", "木村係長、お疲れさまです。パニック障害の方への接し方の研修資料を共有します"),
    ("staff_hon_comma_request", "主事 大島 弘美さん、入院中の方の医療扶助の申請書を回してください"),
    ("staff_title_comma_kind", "木村係長、うつ病の人の就労支援の事例を集めました。確認お願いします"),
]

BLOCK += [
    ("range_layout", "固定長ファイルの確認。レイアウト：1-8 受付番号、9-24 カナ氏名、25-32 生年月日\n"
                     "00001201ﾔﾏｼﾀ ｹｲｺ      19640718\n00001202ｵｶﾞﾜ ﾀｸﾐ      19910305"),
    ("ambulance_called", "民生委員さんから：3丁目の坂上フミさん、玄関で倒れていたので救急車を呼んだとのこと"),
    ("diabetic_en", "Mr. Rahman (62) is diabetic and lives alone; the home helper asks whether he can get meal delivery."),
]
ALLOW += [
    ("range_layout_only", "固定長ファイルのレイアウト：1-8 受付番号、9-24 カナ氏名、25-32 生年月日。読み込みのPythonコードを"),
    ("range_layout_codes", "レイアウト：1-4 区コード、5-10 世帯数、11-16 人口\n0101012403026881\n0102009870021302"),
    ("ambulance_general", "救急車を呼ぶか迷ったときの相談窓口（#7119）を広報に載せたい。文案を"),
]

BLOCK += [
    ("xml_ja_attributes", "<届出>\n  <届出人 区分=\"本人\">\n    <氏名 フリガナ=\"ナカジマ ユウ\">中島 優</氏名>\n"
                          "    <電話 種別=\"携帯\">090-6671-2043</電話>\n  </届出人>\n</届出>"),
    ("seizure_parent", "そうまくんのお母さんから、昨晩けいれんして救急車で運ばれたと連絡。登園は来週からの予定"),
    ("reduction_grounds", "減免申請の一覧\n久保 真澄　失業（勤務先倒産）\n芦田 和也　床上浸水（8月の豪雨）"),
]
ALLOW += [
    ("xml_ja_attributes_blank", "<氏名 フリガナ=\"\">（未入力）</氏名>\n<電話 種別=\"携帯\"></電話>\nこの空の様式XMLの検証ルールを"),
    ("seizure_general", "けいれんしたときに救急車を呼ぶ目安を、保育士向けの研修資料にまとめて"),
    ("reduction_rules", "国保税の減免事由：失業（会社都合）、災害（床上浸水以上）、所得の大幅減少。案内文をやさしく"),
]

BLOCK += [
    ("sql_in_names", "DELETE FROM t_kojin WHERE name IN ('大場 香織', '樋口 誠二');  -- 転出者（DV支援措置あり）"),
    ("en_staff_unit_leave", "Note for HR: Daniel Whitfield of the ICT section has been on stress leave since October."),
]
ALLOW += [
    ("sql_in_codes", "SELECT * FROM m_ku WHERE ku_name IN ('北区', '南区', '中区') ORDER BY code;"),
    ("sql_in_placeholder_names", "SELECT * FROM t_kojin WHERE name IN ('テスト 太郎', 'テスト 花子');  -- 開発環境"),
    ("en_staff_unit_duty", "Daniel Whitfield of the ICT section will run the laptop refresh; sick leave forms are on the intranet."),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)


def test_quoted_birth_key_is_a_label():
    got = detect(DateOfBirthRecognizer(), "row = {'name': '河合 早苗', 'birth': '1955-01-19'}")
    assert [t for _, t, _, _ in got] == ["1955-01-19"]
    assert detect(DateOfBirthRecognizer(), "u = make_user(birth='1955-01-19')") == []


def test_latin_split_name_spans_both_fields():
    got = detect(PersonRecognizer(), '<student familyName="Hoshino" givenName="Ryota" grade="3"/>', "PERSON")
    assert any(t == 'Hoshino" givenName="Ryota' for _, t, _, _ in got)
    assert detect(PersonRecognizer(), '<p familyName="Doe" givenName="Jane"/>', "PERSON") == []


def test_caps_names_on_residence_card_rows(scanner):
    text = "一覧\nSILVA PEDRO  KQ58203716EF  2028/01/10\nLIM WEI LING  KQ90417263GH  2027/08/31"
    names = {text[f.start:f.end] for f in scanner.scan(text).findings if f.entity == "PERSON"}
    assert names == {"SILVA PEDRO", "LIM WEI LING"}
    other = "便名\nTOKYO OSAKA  NH123  2026/12/01\nNAGOYA SAPPORO  JL456  2026/12/02"
    assert not [f for f in scanner.scan(other).findings if f.entity == "PERSON"]


def test_spaced_aged_name_guards():
    assert "増田 颯" in {t for _, t, _, _ in detect(PersonRecognizer(), "訪問。増田 颯(19) 昼夜逆転", "PERSON")}
    assert all("委員" not in t for _, t, _, _ in detect(PersonRecognizer(), "発言者：田中 委員(3)", "PERSON"))


def test_camel_case_birth_header():
    text = "fullName,dateOfBirth,city\n吉川 和代,1957/03/09,北区\n荒木 修一,1949/11/30,南区"
    assert [t for _, t, _, _ in detect(DateOfBirthRecognizer(), text)] == ["1957/03/09", "1949/11/30"]
    assert detect(DateOfBirthRecognizer(), "fullName,placeOfBirth,joined\n吉川 和代,名古屋,1957/03/09") == []


def test_phone_cut_at_next_cell():
    assert [t for _, t, _, _ in detect(PhoneNumberRecognizer(), "電話番号 世帯人数\n090-3385-1120 3人")] == ["090-3385-1120"]
    assert [t for _, t, _, _ in detect(PhoneNumberRecognizer(), "携帯 090 3318 7264")] == ["090 3318 7264"]


def test_phone_ocr_letters():
    assert [t for _, t, _, _ in detect(PhoneNumberRecognizer(), "電話 O9O-4471-22l8")] == ["O9O-4471-22l8"]
    assert [t for _, t, _, _ in detect(PhoneNumberRecognizer(), "電話番号：O8O-l2l3-4567")] == ["O8O-l2l3-4567"]
    assert detect(PhoneNumberRecognizer(), "TEL: 090-ABCD-1234") == []
    assert detect(PhoneNumberRecognizer(), "電話 OIO-lII-IOOO") == []  # fewer than seven real digits
