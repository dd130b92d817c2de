"""Round 6 mechanisms of issue 13 (personal data and names), one table per mechanism with positive AND negative
rows written for this test (synthetic names and numbers): a dictionary "famous" entry used as the given name after
a surname, short lists naming people with a sensitive topic, bilingual labels, multi-row SQL inserts, the sample
phone number 1234-5678, and a surname alone before です with the writer's own personal contact."""

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


@pytest.mark.parametrize("name,text,action", SHORT_LISTS, ids=[r[0] for r in SHORT_LISTS])
def test_short_list_rows_with_topic(scanner, name, text, action):
    assert scanner.scan(text).action == action


# a label followed by its English translation: "患者名 / Patient: …" ------------------------------------------------
BILINGUAL = [
    ("patient", "患者名 / Patient: 佐々木 由紀 (Yuki Sasaki)\n既往歴 / History: 2型糖尿病", "佐々木 由紀"),
    ("name_dob", "氏名 / Name: 大城 美和子\n生年月日 / Date of birth: 1990-02-03", "大城 美和子"),
    ("slash_no_colon", "氏名 / Name 欄に記入してください", None),
]


@pytest.mark.parametrize("name,text,span", BILINGUAL, ids=[r[0] for r in BILINGUAL])
def test_bilingual_label(name, text, span):
    found = persons(text)
    if span is None:
        assert not found
    else:
        assert span in found and found[span].get("label")


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


@pytest.mark.parametrize("name,text,action", SURNAME_DESU, ids=[r[0] for r in SURNAME_DESU])
def test_surname_desu_with_own_contact(scanner, name, text, action):
    assert scanner.scan(text).action == action


# staff named after unit + title with a health note after the name (brackets, a dash) ---------------------------------
STAFF_HEALTH_NOTES = [
    ("bracket_note", "面接指導の申出者：市民課 主事 吉岡 沙耶（不眠・抑うつ状態、産業医面談 11/5）", B),
    ("dash_note", "配属メモ\n・福祉総務課 主事 佐野 遥 ― 配慮事項：てんかんの持病あり、夜間勤務不可", B),
    ("two_in_a_line", "申出者：税務課 主任 堀 大樹（適応障害で通院中）、市民課 主事 森 かおり（異常なし）", B),
    ("duty_after_dash", "担当表\n・健康づくり課 保健師 山田 花子 ― 特定健診・がん検診の受付担当", A),
    ("extension_bracket", "職員名簿\n市民課 主事 吉岡 沙耶（内線1234）\n健康診断は来週です", A),
    ("topic_on_next_line", "連絡先\n市民課 主事 吉岡 沙耶\n\nうつ病の予防についての研修資料を配ります", A),
]


@pytest.mark.parametrize("name,text,action", STAFF_HEALTH_NOTES, ids=[r[0] for r in STAFF_HEALTH_NOTES])
def test_staff_health_note(scanner, name, text, action):
    assert scanner.scan(text).action == action
