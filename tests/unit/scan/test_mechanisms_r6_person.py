"""Round 6 mechanisms of issue 13 (personal data and names), one table per mechanism with positive AND negative
rows written for this test (synthetic names and numbers): a dictionary "famous" entry used as the given name after
a surname, short lists naming people with a sensitive topic, bilingual labels, multi-row SQL inserts, the sample
phone number 1234-5678, a surname alone before です with the writer's own personal contact, staff with a health
note after their name, place names used as surnames, English titles in capitals, kana surnames introducing
themselves, quoted signatures, placeholder names (John Doe), English disciplinary/personnel words, a nursery's
notes, memo arrows as label separators, 者名: labels, withheld names (匿名), bulleted staff items, English record
labels and units, heads of public institutions, people listed after a topic's colon, events and professions named
after a topic, a quoted mail's sender, a letter's sender block, names in file names, English extensions, Latin names
after a Japanese label, and table columns named by a role."""

from __future__ import annotations

import pytest

from gateway.scan.recognizers._examples import is_example_number
from gateway.scan.recognizers.person import PersonRecognizer
from tests.unit.scan._helpers import detect

PERSON = PersonRecognizer()
B, A = "block", "allow"


def persons(text: str) -> dict[str, dict]:
    return {s: m for _, s, _, m in detect(PERSON, text, "PERSON")}


# a 人名,一般 token (the dictionary's whole-name entry for a famous bearer) after a surname is the given name -----
GIVEN_AFTER_SURNAME = [
    ("katakana_old_given", "宇佐美 トメ様（87歳、独居）。要介護2。", "宇佐美 トメ", False),
    ("glued_katakana_given", "宇佐美トメ様の件", "宇佐美トメ", False),
    ("foreign_given", "中村 マリア様から電話", "中村 マリア", False),
    ("whole_name_entry", "徳川家康様の逸話", None, None),  # one token: a famous whole name (not private)
]


@pytest.mark.parametrize("name,text,span,official", GIVEN_AFTER_SURNAME, ids=[r[0] for r in GIVEN_AFTER_SURNAME])
def test_given_name_after_surname(name, text, span, official):
    found = persons(text)
    if span is None:
        assert all(m.get("official") for m in found.values())
        return
    assert span in found and bool(found[span].get("official")) is official


def test_surname_and_common_noun_is_not_a_full_name(scanner):
    """飯坂 (a surname) + 線 (a common noun) in a railway line's name stays a bare, unconfirmed name."""
    r = scanner.scan("美術館図書館前駅は、福島県福島市森合字台3-5にある福島交通飯坂線の駅。")
    assert r.action == "allow"


# a list of one or two rows: each row counts when its line goes on to a sensitive topic ---------------------------
SHORT_LISTS = [
    ("kanji_two_rows", "送付リスト\n・伊藤 結衣　療育手帳B　放課後等デイ\n・森田 翔　身体障害者手帳2級", B),
    ("hiragana_two_rows", "送付リスト\n・いとう ゆい　療育手帳B\n・もりた しょう　身体障害者手帳2級", B),
    ("one_row", "引継ぎです。\n・岡野 美月　うつ病で通院中、夜間は不安定", B),
    ("numbered_row", "名簿\n1. 坂上 大輔　生活保護受給、月末に訪問", B),
    ("units_not_topics", "担当一覧\n・佐藤 健一　障害福祉課\n・田中 花子　生活保護係", A),
    ("no_topic", "連絡\n・佐藤 健一　会議室の予約\n・田中 花子　資料の印刷", A),
    ("famous_row", "読書会の候補\n・夏目 漱石　神経衰弱と胃潰瘍に苦しんだ晩年", A),
    ("speaker_row", "講演会\n・北村 直子　精神科医、うつ病の最新治療について", A),
]



# a label followed by its English translation: "患者名 / Patient: …" ------------------------------------------------
BILINGUAL = [
    ("patient", "患者名 / Patient: 佐々木 由紀 (Yuki Sasaki)\n既往歴 / History: 2型糖尿病", "佐々木 由紀"),
    ("name_dob", "氏名 / Name: 大城 美和子\n生年月日 / Date of birth: 1990-02-03", "大城 美和子"),
    ("slash_no_colon", "氏名 / Name 欄に記入してください", None),
]



# multi-row INSERT … VALUES (…), (…): every row's name field -----------------------------------------------------
SQL = [
    ("three_rows", "INSERT INTO a (name, birth_date) VALUES\n('日下部 遼', '1992-08-17'),\n('浜崎 結衣', '1988-12-02'),\n"
     "('須藤 文子', '1944-03-25');", ["日下部 遼", "浜崎 結衣", "須藤 文子"]),
    ("one_line", "INSERT INTO a (name, tel) VALUES ('日下部 遼', '090-3321-8854'), ('浜崎 結衣', '080-1122-3344')",
     ["日下部 遼", "浜崎 結衣"]),
    ("other_field", "INSERT INTO t (code, label) VALUES\n('A1', '東浜 支所'),\n('A2', '西浜 支所')", []),
]


@pytest.mark.parametrize("name,text,spans", SQL, ids=[r[0] for r in SQL])
def test_multi_row_insert(name, text, spans):
    found = persons(text)
    assert all(s in found for s in spans)
    if not spans:
        assert not found


# the sample number 1234-5678 of manuals and test data -------------------------------------------------------------
EXAMPLE_PHONES = [
    ("mobile_sample", "09012345678", True),
    ("tokyo_sample", "0312345678", True),
    ("blank", "09000000000", True),
    ("real_looking", "09031415926", False),
    ("partial_run", "09023456781", False),
]


@pytest.mark.parametrize("name,digits,example", EXAMPLE_PHONES, ids=[r[0] for r in EXAMPLE_PHONES])
def test_example_phone(name, digits, example):
    assert is_example_number("PHONE_NUMBER", digits) is example


def test_test_code_with_sample_values_allowed(scanner):
    text = ('def test_user():\n    u = User(name="山田 太郎", email="taro@example.com", tel="090-1234-5678")\n'
            '    assert u.is_valid()')
    assert scanner.scan(text).action == "allow"


# a surname alone before です, with the writer's own personal contact in the same message ------------------------------
SURNAME_DESU = [
    ("spaced_after_clause", "保育園の申込を出した 大谷 です。折り返しは 080-3356-7721 までお願いします。", B),
    ("line_message", "「こんにちは！説明会で名刺をいただいた 水野 です。私の携帯は 070-3321-8854 です」", B),
    ("phone_call_ga", "もしもし、田中ですが、折り返し 090-3321-8854 にお願いします", B),
    ("freemail", "こんにちは、杉浦です。お返事は sugi.home55@gmail.com にください。", B),
    ("predicate_ha", "担当は 佐藤 です。携帯 090-3321-8854", A),
    ("staff_unit", "市民課の山田です。携帯 090-3321-8854", A),
    ("not_a_surname", "以上です。連絡は 090-3321-8854 へ", A),
    ("question", "もしもし、田中ですか？ 090-3321-8854 の方ですか", A),
    ("office_number_only", "こんにちは、杉浦です。お問い合わせは 0465-33-1111 へ", A),
    ("contact_far_away", "こんにちは、杉浦です。" + "会議の資料を確認しました。" * 30 + "携帯 090-3321-8854", A),
]



# staff named after unit + title with a health note after the name (brackets, a dash) ---------------------------------
STAFF_HEALTH_NOTES = [
    ("bracket_note", "面接指導の申出者：市民課 主事 吉岡 沙耶（不眠・抑うつ状態、産業医面談 11/5）", B),
    ("dash_note", "配属メモ\n・福祉総務課 主事 佐野 遥 ― 配慮事項：てんかんの持病あり、夜間勤務不可", B),
    ("two_in_a_line", "申出者：税務課 主任 堀 大樹（適応障害で通院中）、市民課 主事 森 かおり（異常なし）", B),
    ("duty_after_dash", "担当表\n・健康づくり課 保健師 山田 花子 ― 特定健診・がん検診の受付担当", A),
    ("extension_bracket", "職員名簿\n市民課 主事 吉岡 沙耶（内線1234）\n健康診断は来週です", A),
    ("topic_on_next_line", "連絡先\n市民課 主事 吉岡 沙耶\n\nうつ病の予防についての研修資料を配ります", A),
]



# a kanji place name used as the surname before a spaced given name (小笠原 ちはる, 熊本 ゆうき様) ------------------------
PLACE_SURNAMES = [
    ("label_no_colon", "相談者 小笠原 ちはる（39）", "小笠原 ちはる"),
    ("label_colon", "相談者：小笠原 千春（39）", "小笠原 千春"),
    ("honorific", "熊本 ゆうき様からお電話", "熊本 ゆうき"),
    ("prefecture_ward", "所在地 東京都 千代田区", None),
    ("event", "2026年の大阪 万博について", None),
]



# English titles in capitals (visa and passport forms) ---------------------------------------------------------------
CAPITAL_TITLES = [
    ("label_title", "Applicant: MS. HANAKO OKAMURA\nDate of Birth: 11 JUL 1990", "HANAKO OKAMURA"),
    ("title_alone", "Dear MR. KENJI OTA, thank you", "KENJI OTA"),
    ("software", "Open it in MS Word please.", None),
    ("no_full_stop", "MS TEAMS MEETING at 10", None),
]



# kana surnames introducing themselves; quoted signatures; placeholder names; new topic words ------------------------
DECISIONS = [
    ("kana_moushimasu", "「わたくし、くぼた と申します。070-2218-6634 に折り返しを」", B),
    ("kana_desu", "もしもし、くぼたです。070-2218-6634 までお願いします", B),
    ("kana_place_not_surname", "わたくし、とうきょう と申します。070-2218-6634", A),
    ("pronoun_desu", "あの、それです。070-2218-6634", A),
    ("quoted_signature", "> Regards,\n> Fiona Gallagher\n> fiona.g77@outlook.com\n\nMy draft reply:", B),
    ("quoted_staff_signature", "> Regards,\n> Ken Ito\n> Parks Division, Higashihama City\n> 0465-33-1111", A),
    ("john_doe_sample", '{"name": "John Doe", "birthDate": "1990-01-01", "email": "john.doe@example.com"}', A),
    ("jane_q_doe", "Name: Jane Q. Doe\nDate of birth: 1985-05-05", A),
    ("real_english_name", "Name: Joan Dobson\nDate of birth: 1985-05-05", B),
    ("english_discipline", "Disciplinary action - Mr. Takuya Morishita falsified overtime records.", B),
    ("english_sick_leave", "Ms. Rina Okabe will be on sick leave until March.", B),
    ("discipline_no_person", "Our policy on disciplinary action is published on the intranet.", A),
    ("nursery_note", "園児名：東 煌（年中）\n頬に赤い跡。母は家で怒鳴ってしまうと話す。", B),
    ("nursery_unit", "家庭児童相談室の開設時間は9時から17時です。", A),
]


# batch 3: memo arrows as separators, 者名: labels, values that withhold the name, staff list items and notes ------
LABEL_FORMS = [
    ("arrow_name", "お名前→ 藤枝 のぞみ\n用件→ 年金", "藤枝 のぞみ"),
    ("ascii_arrow_name", "氏名 -> 藤枝 のぞみ", "藤枝 のぞみ"),
    ("role_name_label", "被保護者名：霧島 颯太", "霧島 颯太"),
    ("anonymous", "投稿者：匿名（市内在住）", None),
    ("unknown", "相談者：不明", None),
    ("place_before_title", "・平井主任：適応障害のため病気休暇", "平井"),
    ("given_after_title", "不合格：市民課 主事 早瀬 ひより（勤務態度に課題）", "早瀬 ひより"),
]
DECISIONS_3 = [
    ("arrow_dob", "お名前→ 藤枝 のぞみ\n生まれ→ H2.3.4", B),
    ("born_label_dob", "登録者：桐生 まどか\n生まれ：1985年4月2日", B),
    ("welfare_role_label", "被保護者名：霧島 颯太\n主治医所見：アルコール依存症", B),
    ("anonymous_with_topic", "投稿者：匿名（市内在住）\n内容：育休を延長するしかない", A),
    ("bulleted_staff_leave", "連絡\n・大森係長：通常勤務\n・平井主任：適応障害のため12/3から病気休暇", B),
    ("minutes_speaker", "○田中主査：病気休暇の制度について説明します。", A),
    ("staff_bracket_personnel", "不合格：市民課 主事 早瀬 ひより（評価C、勤務態度に課題）", B),
    ("admin_area_title", "東京都主事会議で病気休暇の説明", A),
]

# batch 4: more English record labels, English units and personnel words, heads of public institutions, people
# listed after a sensitive topic's colon ------------------------------------------------------------------------
DECISIONS_4 = [
    ("pupil_label", "Pupil: Sota Ishikawa (Year 3)\nDiagnosed with ADHD in 2025.", B),
    ("tenant_label", "Tenant: Grace Mwangi\nRent arrears of three months; eviction notice served.", B),
    ("pupil_word_in_prose", "Every pupil: please bring your PE kit on Monday.", A),
    ("staff_english_unit", "職員：井口 さやか (Health Promotion Division)\nReturned from maternity leave; her child's "
     "asthma needs reduced hours.", B),
    ("staff_english_unit_no_record", "職員：井口 さやか (Health Promotion Division)\nWill host the asthma seminar.", A),
    ("facility_heads_directory", "中央公民館 館長 松田 隆 0465-33-2001\n北図書館 館長 森下 恵 0465-33-2002\n"
     "市民体育館 館長 沢井 健二 0465-33-2003", A),
    ("residents_assoc_officers", "会長 小池 義男 090-3321-0087\n副会長 若林 典子 080-5567-3398\n会計 田口 達也 "
     "070-2201-6654", B),
    ("head_with_private_mobile", "北図書館 館長 森下 恵（自宅携帯 090-4471-2208）うつ病で休職中", B),
    ("topic_colon_names", "12/2（火）生活保護 定期訪問：安西 悟、小泉 芳子", B),
    ("topic_colon_no_names", "研修：うつ病の理解と対応：講師 未定", A),
    ("topic_colon_unit", "病気休暇の制度：人事課 説明会", A),
    ("no_topic_colon_names", "12/3 県庁（企画調整会議）：中島 浩、小川 聡", A),
    ("event_named_after_topic", "職員：井口 さやか (健康づくり課)\n喘息予防セミナーを担当します。", A),
    ("lecture_named_after_topic", "認知症サポーター養成講座のお知らせ 講師 山田 花子さん", A),
    ("condition_not_event", "職員：井口 さやか (健康づくり課)\n喘息で通院中のため時短勤務", B),
    ("talk_title", "講座\n・山内 まゆみ　認知症の基礎知識", A),
    ("profession_after_topic", "講座\n・山内 まゆみ　講師（認知症看護認定看護師）", A),
    ("condition_in_row", "引継ぎ\n・山内 まゆみ　認知症の進行あり、服薬管理が必要", B),
]

# batch 5: a Japanese sender after From:, a letter's sender block with an address, names in file names -------------
DECISIONS_5 = [
    ("from_header_japanese", "-----Original Message-----\nFrom: 金子 慎吾\nSubject: 粗大ごみ\n\n携帯 090-8834-2207 に連絡ください。", B),
    ("from_header_unit", "From: 総務課\n携帯 090-2234-1198", A),
    ("from_in_prose", "The data is from: the 2024 survey. Call 090-2234-1198.", A),
    ("from_thread_colleagues", "-----Original Message-----\nFrom: 若松沙蘭\n\n了解です。\n\n-----Original Message-----\n"
     "From: 山田浩司\n\n資料を置きました。\n\n-----Original Message-----\nFrom: 真鍋はるか\n\nよろしくお願いします。", A),
    ("letter_sender_block", "前略　騒音がひどく眠れません。\n草々\n\n東浜市柳町3丁目5番8号 市営柳町住宅2-204\n篠原 あやめ", B),
    ("staff_sender_block", "ご確認ください。\n\n東浜市本町1-1 東浜市役所 総務課\n望月 祐介", A),
    ("file_names_with_topic", "面談記録_2026-11-12_児童虐待_宮地陽斗.docx\n面談記録_2026-11-19_不登校_久保ひかり.docx", B),
    ("file_name_unit", "議事録_生活保護_東浜市.docx", A),
    ("file_name_no_topic", "議事録_2026-11-12_宮地陽斗.docx", A),
]

# batch 7: English extensions, Latin names after a Japanese label, table columns named by a role -------------------
DECISIONS_7 = [
    ("english_extension_office", "Dear Ms. Harper, please call our coordinator at 0465-33-1111 (ext. 3412).", A),
    ("english_landline_no_context", "Dear Ms. Harper, please call 0465-33-1111 tonight.", B),
    ("label_latin_caps", "氏名 NGUYEN VAN AN\n国籍 ベトナム\n生年月日 1997年05月02日", B),
    ("label_bilingual_header", "氏名 Full Name\n電話 090-2234-1198", A),
    ("role_column", "申込児童\t基準点\t備考\n今村 蒼空\t20\tひとり親\n佐藤 心春\t18\t父が障害者手帳1級", B),
    ("role_column_categories", "対象者\t人数\t備考\n高齢者\t120\tひとり親世帯を含む\n障害者\t40\t", A),
    ("english_role_column", "| Client | Age | Issue |\n|---|---|---|\n| 長谷川 蓮 | 16 | self-harm |\n"
     "| Aylin Demir | 34 | domestic violence |", B),
    ("english_role_column_groups", "| Client | Age | Issue |\n|---|---|---|\n| Elderly | 12 | dementia |\n"
     "| Youth | 30 | self-harm |", A),
    ("profession_after_english_topic", "Our diabetes nurse, Ms. Grant, runs a free foot-care class.", A),
    ("english_condition", "Ms. Grant has diabetes and needs a home visit.", B),
]

NAME_SPANS = BILINGUAL + PLACE_SURNAMES + CAPITAL_TITLES + LABEL_FORMS


@pytest.mark.parametrize("name,text,span", NAME_SPANS, ids=[r[0] for r in NAME_SPANS])
def test_name_span(name, text, span):
    """The name is found at its span (None: no name at all)."""
    found = persons(text)
    assert (span in found) if span is not None else not found


DECISION_TABLE = (SHORT_LISTS + SURNAME_DESU + STAFF_HEALTH_NOTES + DECISIONS + DECISIONS_3 + DECISIONS_4 + DECISIONS_5
                  + DECISIONS_7)


@pytest.mark.parametrize("name,text,action", DECISION_TABLE, ids=[r[0] for r in DECISION_TABLE])
def test_decision(scanner, name, text, action):
    assert (scanner.scan(text).action == "block") == (action == B)  # a warn is not a block
