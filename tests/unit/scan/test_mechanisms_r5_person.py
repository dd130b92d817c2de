"""Round 5 mechanisms of issue 13 (personal data and names), one table per mechanism with positive AND negative
rows written for this test (synthetic names and numbers): numbers read out in kana, old-form kanji in names,
table headers (姓 | 名 columns, English name columns, "/" field lists, office-title columns), staff as the subject
of a record, self-introductions after の, residents' signatures, labels alone on their line (OCR'd forms),
pupils after their class, the subject of a case record by relation, age and sex, and fiction."""

from __future__ import annotations

import pytest

from gateway.scan.recognizers.date_of_birth import DateOfBirthRecognizer
from gateway.scan.recognizers.person import PersonRecognizer
from gateway.scan.recognizers.phone import PhoneNumberRecognizer
from tests.unit.scan._helpers import detect

PERSON = PersonRecognizer()
PHONE = PhoneNumberRecognizer()
DOB = DateOfBirthRecognizer()


def persons(text: str) -> dict[str, dict]:
    return {s: m for _, s, _, m in detect(PERSON, text, "PERSON")}


# numbers read out in kana, one word a digit -------------------------------------------------------
KANA_PHONES = [
    ("katakana_groups", "番号はゼロハチゼロ、イチニーサンヨン、ゴーロクナナハチです", "ゼロハチゼロ、イチニーサンヨン、ゴーロクナナハチ", "mobile"),
    ("digits_then_hiragana", "090の、よんいちにーろく、さんさんごーなな", "090の、よんいちにーろく、さんさんごーなな", "mobile"),
    ("maru_for_zero", "電話 まるきゅうまる いちにさんよん ごろくななはち", "まるきゅうまる いちにさんよん ごろくななはち", "mobile"),
    ("landline_read_out", "自宅はゼロヨンロクサン、ニーニー、ナナナナハチイチです", "ゼロヨンロクサン、ニーニー、ナナナナハチイチ", "landline"),
    ("prose_zero", "ゼロからさんにんで始めた", None, None),
    ("kirei", "きれいにそうじしてにさんにちおいた", None, None),
    ("too_few_digits", "ゼロキューゼロ、イチニーサン、ヨンゴーロク", None, None),
]


@pytest.mark.parametrize("name,text,span,kind", KANA_PHONES, ids=[r[0] for r in KANA_PHONES])
def test_kana_read_out_phone(name, text, span, kind):
    found = {s: m for _, s, _, m in detect(PHONE, text, "PHONE_NUMBER")}
    if span is None:
        assert not found
    else:
        assert span in found and found[span]["kind"] == kind


# old-form kanji and a spaced honorific after a given name ending in 一 -------------------------------------
OLD_FORMS = [
    ("old_forms_roster", "髙橋 惠子　東町4丁目8番3号\n齋藤 國男　西原2丁目15番地\n濵田 彌生　中央1丁目3番12号", "髙橋 惠子", True),
    ("old_forms_with_phone", "齋藤 國男 090-1234-5678", "齋藤 國男", True),
    ("old_forms_honorific", "廣瀨 榮一 様", "廣瀨 榮一", True),
    ("spaced_sama_after_ichi", "広瀬 栄一 様", "広瀬 栄一", True),
    ("ichiyou_is_a_word", "全員一様に賛成した。山田さん", "一", False),
]


@pytest.mark.parametrize("name,text,span,want", OLD_FORMS, ids=[r[0] for r in OLD_FORMS])
def test_old_form_names(name, text, span, want):
    assert (span in persons(text)) is want


# table headers ---------------------------------------------------------------------------------------
TABLES = [
    ("surname_given_columns", "| 姓 | 名 | 携帯 |\n|---|---|---|\n| 鳴海 | 朋子 | 070-2281-9046 |\n", "鳴海 | 朋子", False),
    ("english_csv_header", "Full name,Date of birth\nKenji MORIOKA,1979-11-02\n", "Kenji MORIOKA", False),
    ("english_md_header", "| name | age |\n|---|---|\n| 栗林 ひなた | 8 |\n", "栗林 ひなた", False),
    ("slash_fields_rows_later", "項目：氏名／ふりがな／生年月日\n（出力 2026/11/28）\n\n上野 千紘／うえの ちひろ／平成14年6月2日\n",
     "上野 千紘", False),
    ("cell_references_english", "A1: Name  B1: DOB\nA2: Lin Mei-Hua  B2: 1991/07/08\n", "Lin Mei-Hua", False),
    ("cell_references_katakana", "A1: フリガナ　B1: 携帯番号\nA2: オオツカ ミサキ　B2: 080-4471-2096\n", "オオツカ ミサキ", False),
    ("extension_column_staff", "氏名\t所属\t内線\n相沢 聡\t市民課\t2101\n", "相沢 聡", True),
    ("office_title_column", "| 課名 | 課長 | 代表電話 |\n|---|---|---|\n| 市民課 | 石黒 健一 | 0463-21-1111 |\n", "石黒 健一", True),
]


@pytest.mark.parametrize("name,text,span,official", TABLES, ids=[r[0] for r in TABLES])
def test_table_header_names(name, text, span, official):
    found = persons(text)
    assert span in found
    assert bool(found[span].get("official")) is official


TABLES_NOT = [
    ("cell_references_values_only", "A2: 桑原 澪　B2: 1988/03/14\nA3: 多田 幸之助　B3: 1951/12/03\n"),
    ("slash_prose", "詳細は総務課/企画課/財政課にお尋ねください。\n山田 太郎は欠席"),
    ("slash_long_cells", "氏名の書き方について/記入上の注意をよく読むこと/生年月日\n上野 千紘/x/y\n"),
    ("header_rows_only", "氏名|\n氏名|\n氏名|\n"),
]


@pytest.mark.parametrize("name,text", TABLES_NOT, ids=[r[0] for r in TABLES_NOT])
def test_table_header_not(name, text):
    assert not any(m.get("form") == "label" for m in persons(text).values())


def test_personnel_heading_makes_listed_staff_subjects():
    text = "人事評価の結果一覧\n\n所属\t氏名\t職\t能力評価\n財政課\t柳田 大地\t主査\tB\n"
    assert persons(text)["柳田 大地"].get("subject") is True
    plain = "座席表\n\n所属\t氏名\t職\n財政課\t柳田 大地\t主査\n"
    assert not persons(plain)["柳田 大地"].get("subject")


# staff as the subject of a record; self-introductions; signatures ----------------------------------------
STAFF = [
    ("staff_number_heading", "職員番号 20415 河内 亮介（子育て支援課 主事）育児休業 12/1〜", "河内 亮介", True, True),
    ("famous_entry_with_title", "市民税課 井筒主事は、酒気帯び運転で検挙された。懲戒処分を検討", "井筒", True, None),
    ("intro_after_no_resident", "桜台在住の井ノ口と申します。", "井ノ口", False, None),
    ("residents_assoc_signature", "みどり野台自治会 防犯部\n菅谷 和臣\n携帯 090-3385-2760", "菅谷 和臣", False, None),
    ("office_signature", "みどり野市 市民課\n村瀬 健太\n携帯 090-3385-2760", "村瀬 健太", True, None),
]


@pytest.mark.parametrize("name,text,span,staff,subject", STAFF, ids=[r[0] for r in STAFF])
def test_staff_and_residents(name, text, span, staff, subject):
    meta = persons(text)[span]
    assert bool(meta.get("staff")) is staff
    if subject is not None:
        assert bool(meta.get("subject")) is subject


def test_intro_after_unit_is_no_private_person():
    found = persons("お電話ありがとうございます。みどり野市役所 市民課の大森と申します。")
    assert all(m.get("staff") or m.get("official") for m in found.values())


def test_english_visitor_label():
    assert "NAKAGAWA Sora" in persons("Visitor: NAKAGAWA Sora\nPurpose: certificate")


def test_staff_as_subject_of_the_sentence_reaches_further():
    from tests.unit.scan.test_mechanisms import verdict
    far = "当課の中谷主任が、11月28日に公用車で物損事故を起こしました。飲酒の事実はありません。本人から始末書を提出させます。"
    assert verdict(far) == "block"
    # staff named after the record word, or not as the subject, stay ordinary mail
    assert verdict("始末書の様式を改めました。問い合わせは人事課 中谷主任まで") == "allow"


# a label alone on its line (OCR'd forms); pupils after their class; relation, age and sex; fiction ---------------
STRUCT = [
    ("label_line_split_name", "氏名\n漆原\n　　聡美\n生年月日\n昭和60年", "漆原\n  聡美"),
    ("label_line_spaced_name", "申請者\n木島 千尋\n住所 南町1-2-3", "木島 千尋"),
    ("class_then_more_words", "2年3組 千葉 蒼空　不登校（10月から）", "千葉 蒼空"),
    ("relation_age_sex", "本人（84歳・女性、桜台3丁目）独居。認知症あり", "本人"),
]
STRUCT_NOT = [
    ("label_line_instruction", "氏名\n記入してください\n"),
    ("class_then_teacher", "2年3組 担任 佐藤 先生より連絡"),
    ("relation_age_range", "本人（18歳以上・男女不問）"),
]


@pytest.mark.parametrize("name,text,span", STRUCT, ids=[r[0] for r in STRUCT])
def test_structural_names(name, text, span):
    found = {s.replace("\u3000", " "): m for s, m in persons(text).items()}
    assert span.replace("\u3000", " ") in found


@pytest.mark.parametrize("name,text", STRUCT_NOT, ids=[r[0] for r in STRUCT_NOT])
def test_structural_names_not(name, text):
    bad = {"記入してください", "担任 佐藤", "本人"}
    assert not bad & set(persons(text))


def test_relation_subject_is_not_a_roster_name():
    meta = persons("本人（84歳・女性）")["本人"]
    assert meta["form"] == "relation" and meta["full_name"] is False


FICTION = [
    ("cast_list", "登場人物：ケースワーカーの沢口、独居老人の源三\n源三さん、最近どうですか", True),
    ("novel_passage", "小説の一節を推敲して。\n白石 凛さんは駅にいた。", True),
    ("record_to_story", "この記録を小説風に書き直して。\n相談者：白石 凛さん", False),
]


@pytest.mark.parametrize("name,text,example", FICTION, ids=[r[0] for r in FICTION])
def test_fiction_names_are_characters(name, text, example):
    found = persons(text)
    assert found and all(bool(m.get("example")) is example for m in found.values())


# birth dates under a label line, and under cell-reference or "/" headers ------------------------------------
DOBS = [
    ("label_line", "生年月日\n昭和60年\n11月3日", True),
    ("cell_reference_header", "A2: 名前　B2: 生年月日\nA3: 桑原 澪　B3: 1988/03/14", True),
    ("slash_header", "氏名／ふりがな／生年月日\n上野 千紘／うえの ちひろ／平成14年6月2日", True),
    ("label_line_with_more_text", "生年月日の欄に注意\n昭和60年に制度開始", False),
    ("slash_prose_header", "詳細は生年月日/年齢/住所の確認をお願いします\n2020年4月1日施行", False),
]


@pytest.mark.parametrize("name,text,want", DOBS, ids=[r[0] for r in DOBS])
def test_birth_date_layouts(name, text, want):
    assert bool(detect(DOB, text, "DATE_OF_BIRTH")) is want


# a label the dictionary reads as a name; event speakers; a physician's specialty ---------------------------
def test_label_read_as_name_is_cut_off():
    found = persons("申立人 大塚 由佳（福祉課 主事）は、同課の係長から")
    assert "大塚 由佳" in found and not any(s.startswith("申立人") for s in found)


EVENT_ROLES = [
    ("lecturer_shi", "講師：精神科医 北村 直子 氏（みどり野総合病院 院長）", "北村 直子", True),
    ("panelist", "パネリスト: 市民代表 川村 優子 さん", "川村 優子", True),
    ("consultant_not_event", "相談者：北村 直子 さん", "北村 直子", False),
]


SPECIALTY = [
    ("physician", "精神科医の講演があります", False),
    ("physician_title", "心療内科医師による相談会", False),
    ("department_visit", "精神科を受診した", True),
    ("hospital_medicine", "精神科医療の充実", True),
]


@pytest.mark.parametrize("name,text,topic", SPECIALTY, ids=[r[0] for r in SPECIALTY])
def test_physician_specialty_is_no_topic(name, text, topic):
    from gateway.scan.recognizers.sensitive_personal_info import SensitivePersonalInfoRecognizer
    assert bool(detect(SensitivePersonalInfoRecognizer(), text, "SENSITIVE_PERSONAL_INFO")) is topic


# hiragana rosters, passport-style names, staff health-check lists, facility names under a 名前 cell ---------------
def test_hiragana_roster_rows():
    text = "1 あべ ひなの　母\n2 いしだ そうま　祖母\n3 うえの ゆずき　父\n"
    assert {"あべ ひなの", "いしだ そうま", "うえの ゆずき"} <= set(persons(text))
    prose = "1 あさ ごはん\n2 ひる やすみ\n3 よる ねる\n"
    assert not persons(prose)


def test_passport_style_name_after_label():
    assert "TRAN/THI MAI" in persons("氏名（ローマ字）：TRAN/THI MAI\n国籍：ベトナム")


def test_staff_named_before_health_check_result():
    from tests.unit.scan.test_mechanisms import verdict
    assert verdict("健康診断の事後措置\n・会計課 主査 小川 誠　要精密検査（肝機能）") == "block"
    assert verdict("健康診断の日程のお知らせ。問い合わせは人事課 主査 小川まで") == "allow"


def test_cell_reference_facility_names_are_not_people():
    found = persons("A1: 名前　B1: 住所\nA2: 中央図書館　B2: 本町2-1-1\nA3: 北部公民館　B3: 北台3-4-2")
    assert not {"中央図書館", "北部公民館"} & set(found)


# hiragana signatures, spoken birth dates, council lists with political groups, historical tables -------------------
def test_hiragana_signature():
    meta = persons("弁償の方法を教えてください。\n\nいしかわ ななみ\n携帯 070-5512-3397")["いしかわ ななみ"]
    assert not meta.get("staff")


def test_spoken_birth_date_with_no_after_year():
    assert detect(DOB, "平成十年の五月二十日生まれです。", "DATE_OF_BIRTH")
    assert not detect(DOB, "平成十年の五月二十日に開館しました。", "DATE_OF_BIRTH")


PUBLIC_LISTS = [
    ("council_kun_party", "1 高畑 義明 君（市民クラブ）　防災\n2 森 由紀子 君（公明党）　子育て\n3 広瀬 努 君（無所属）　交通\n",
     "高畑 義明", True),
    ("school_kun_class", "1 山田 一郎 君（3年1組）\n2 鈴木 次郎 君（3年2組）\n3 佐藤 三郎 君（3年3組）\n", "山田 一郎", False),
    ("historical_table", "氏名\t生没年\t業績\n伊能 忠敬\t1745-1818\t地図\n", "伊能 忠敬", True),
]


ROMAJI = [
    ("full_name_san", "Yamada Haruto-san called about the pickup.", "Yamada Haruto", False),
    ("surname_sama", "Please reply to Suzuki-sama today.", "Suzuki", False),
    ("mayor_san", "Mayor Kaneda-san attended the ceremony.", "Kaneda", True),
]

PUBLIC_CAPACITY = EVENT_ROLES + PUBLIC_LISTS + ROMAJI


@pytest.mark.parametrize("name,text,span,official", PUBLIC_CAPACITY, ids=[r[0] for r in PUBLIC_CAPACITY])
def test_public_capacity(name, text, span, official):
    """Event speakers, council members with their group, historical tables, titles before romanised names."""
    assert bool(persons(text)[span].get("official")) is official


def test_romanised_honorific_not_in_words():
    assert not persons("a re-sample of NHK-san and JSON-sandwich")
