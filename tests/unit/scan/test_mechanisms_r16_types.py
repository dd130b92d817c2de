"""Issue 13, round 16, helper r16-types: the reviewer-visible entity TYPES of rows whose action was already right (table
tests of positive and negative rows, written for these mechanisms, not taken from a corpus).

* Birth dates in fixed-width records, space-aligned exports and log lines: a yyyymmdd under a blank-parted header's
  birth column (_birth_forms.under_column, by display columns); a header whose cells carry a maximum in brackets
  (教養(50)) or a kanji word with a letter (面接A); a padded record whose kanji name follows the kana name's padding,
  the date before a one-blank cell, a seven-digit era-coded date (元号コード + yymmdd) when the prompt speaks of birth
  dates (padded_records); the quoted items of a list under a birth key (R's c(…), a JSON array: LIST_HEAD).
* A labelled date that is no calendar date (2月30日, 1958-02-30) is still the birth date: the label decides
  (date_of_birth.parse_date lenient, ``valid=False``); so is a date a database error reports for its birth column (for
  column 'birth_date'), and one in a birth field of an SQL tuple. Unlabelled, it is none.
* OCR-broken dates after a birth label: blanks, stray marks and OCR letters inside, a label alone on its line, a line
  ending inside the date (_birth_forms.tolerant_after).
* An insurer number (保険者番号, 8 digits or 6 for 国保) given once: a card reader's or claim file's key (HKN=,
  hokenja_no: _field_keys.INSURER_KEYS), a quantifier between label and value (保険者番号は全員 …), two groups right after
  the label when the check digit passes (0613 0017). The check digit rule is otherwise the recognizer's own; the insurer's own number in its notice stays no finding.
"""

from __future__ import annotations

import pytest

DOB = "DATE_OF_BIRTH"
HI = "JP_HEALTH_INSURANCE"

FOUND = [
    # class 1: fixed-width, space-aligned, logs, lists
    ("aligned_header_compact", "受付番号   氏名         生年月日   住所\nA-0012     今泉 和臣    19580203   栄町2丁目3番4号\n"
                               "A-0013     今泉 洋子    19610715   栄町2丁目3番4号", DOB),
    ("aligned_header_fullwidth_cells", "番号  氏名            生年月日    区分\n1     今泉　和臣      19580203    転入\n"
                                       "2     今泉　洋子      19610715    転入", DOB),
    ("aligned_english_birth", "ID      NAME              BIRTH       TEL\n10231   桑野 拓也         19600412    090-4471-2286\n"
                              "10232   桑野 詩織         19630918    080-2231-0093", DOB),
    ("aligned_english_dob", "id      name              dob         joined\n10231   桑野 拓也         19600412    20240401\n"
                            "10232   桑野 詩織         19630918    20240501", DOB),
    ("header_with_maxima_tsv", "受験番号\t氏名\t生年月日\t性別\t教養(50)\t専門(50)\n"
                               "B101\t畑中 雄大\t2002/04/18\t男\t41\t37\nB102\t浜口 彩花\t2003/09/02\t女\t35\t39", DOB),
    ("header_with_letter_words", "番号 氏名 生年月日 評定A 評定B 備考\n7 桑野 拓也 2000/12/05 A B\n9 桑野 詩織 2001/03/21 B B"),
    ("padded_kana_then_kanji", "0000220417ｸﾜﾉ ﾀｸﾔ           桑野　拓也      19600412M1350022栄町１丁目２番地\n"
                               "0000220425ｸﾜﾉ ｼｵﾘ           桑野　詩織      19630918F1350022栄町１丁目２番地", DOB),
    ("padded_date_before_one_blank_cell", "00318842 ｸﾜﾉ ﾀｸﾔ       桑野 拓也       19600412 1 転入\n"
                                          "00318859 ｸﾜﾉ ｼｵﾘ       桑野 詩織       19630918 2 転入", DOB),
    ("era_coded_with_birth_cue", "異動者リスト（生年月日は元号コード＋年月日の7桁）\n"
                                 "0004815162 ｸﾜﾉ ﾀｸﾔ          桑野 拓也       3350412 1 転入 20260601\n"
                                 "0004815179 ｸﾜﾉ ｼｵﾘ          桑野 詩織       3380918 2 転出 20260603", DOB),
    ("logfmt_dob", "2026-03-01T10:22:31Z level=warn msg=\"validation failed\" name=\"桑野 拓也\" dob=1960-04-12", DOB),
    ("json_line_compact", "[ERROR] payload={\"name\": \"桑野 拓也\", \"birth_date\": 19600412, \"tel\": \"090-4471-2286\"}", DOB),
    ("r_vector_under_label", "df <- data.frame(\n  氏名 = c(\"桑野 拓也\", \"桑野 詩織\"),\n"
                             "  生年月日 = c(\"1960-04-12\", \"1963-09-18\")\n)", DOB),
    ("json_array_under_key", "{\"names\": [\"桑野 拓也\", \"桑野 詩織\"], \"birth_dates\": [\"1960-04-12\", \"1963-09-18\"]}", DOB),
    # class 2: labelled dates that are no calendar date
    ("label_feb_30_wareki", "氏名：桑野 拓也\n生年月日：昭和35年2月30日\n住所：栄町1丁目2番地", DOB),
    ("label_feb_30_iso", "生年月日 1960-02-30\n氏名 桑野 拓也", DOB),
    ("label_apr_31_compact", "氏名：桑野 拓也　生年月日：19600431", DOB),
    ("sql_tuple_birth_column", "insert into `members` (`name`, `birth_date`, `tel`) values (桑野 拓也, 1960-02-30, 090-4471-2286)", DOB),
    ("db_error_for_birth_column", "Incorrect date value: '1960-02-30' for column 'birth_date' at row 1 (name 桑野 拓也)", DOB),
    # class 3: OCR-broken after a label
    ("ocr_letter_spaced_line", "生 年 月 日　昭 和 3 5 年 4 月 1 2 日\n氏名 桑野 拓也", DOB),
    ("ocr_spaced_digits_in_plain_line", "氏名 桑野 拓也　生年月日：1 9 6 0 - 0 4 - 1 2", DOB),
    ("ocr_letter_o_for_zero", "氏名 桑野 拓也　生年月日 1960年O4月12日", DOB),
    ("ocr_letter_l_for_one", "氏名 桑野 拓也　生年月日 l960年4月12日", DOB),
    ("ocr_stray_quote", "氏名 桑野 拓也\n生年月日：昭和35年'4月12日", DOB),
    ("ocr_label_alone_then_two_lines", "氏名　桑野 拓也\n生年月日\n昭和 3 5 年\n4 月 1 2 日", DOB),
    # class 4: insurer numbers given once
    ("insurer_quantifier_kokuho", "保険者番号は全員 138016（市国保）です。\n氏名 桑野 拓也 090-4471-2286", HI),
    ("insurer_qr_key", "QRの中身：HKN=06130017;NAME=ｸﾜﾉ ﾀｸﾔ;KANJI=桑野 拓也;BIRTH=19600412", HI),
    ("insurer_json_key", "{\"hokenja_no\": \"06130017\", \"shimei\": \"桑野 拓也\", \"birth_ymd\": \"19600412\"}", HI),
    ("insurer_label_in_brackets", "桑野 拓也さん（保険者番号 06130017）の高額療養費の申請について", HI),
    ("insurer_six_digits_label", "保険者番号：138016\n氏名：桑野 拓也", HI),
    ("insurer_two_groups_after_label", "保険者番号: 0613 0017\n氏名: 桑野 拓也", HI),
]

NOT_FOUND = [
    # class 1 guards
    ("aligned_header_no_birth_column", "受付日     氏名         住所\n20240112   今泉 和臣    栄町2丁目3番4号\n"
                                       "20240113   今泉 洋子    栄町2丁目3番4号", DOB),
    ("aligned_english_no_birth", "ID      NAME              JOINED      TEL\n10231   桑野 拓也         20240401    090-4471-2286", DOB),
    ("aligned_place_of_birth", "place of birth    name     year\nTokyo             Sato     19600412", DOB),
    ("header_maxima_no_birth_column", "受験番号\t氏名\t受験日\t教養(50)\n B101\t畑中 雄大\t2025/06/08\t41", DOB),
    ("era_coded_without_cue", "宛名リスト\n0004815162 ｸﾜﾉ ﾀｸﾔ          桑野 拓也       3350412 1 転入\n"
                              "0004815179 ｸﾜﾉ ｼｵﾘ          桑野 詩織       3380918 2 転出", DOB),
    ("json_array_other_key", "{\"names\": [\"桑野 拓也\"], \"created\": [\"2024-02-03\", \"2024-07-15\"]}", DOB),
    ("r_vector_other_label", "  受付日 = c(\"2025-04-12\", \"2025-09-18\"),", DOB),
    # class 2 guards: no label, another column, not a day
    ("unlabelled_feb_30", "会議日：昭和35年2月30日　出席者 桑野 拓也", DOB),
    ("unlabelled_iso_feb_30", "締切 2026-02-30 の誤記を訂正します。担当 桑野", DOB),
    ("db_error_other_column", "Incorrect date value: '2024-02-30' for column 'created_at' at row 1", DOB),
    ("label_day_32", "生年月日：昭和35年2月32日", DOB),
    ("label_month_13", "生年月日：1960-13-02", DOB),
    ("label_feb_30_future", "生年月日：2099年2月30日", DOB),
    # class 3 guards
    ("spaced_digits_no_label", "第 3 5 回 定例会は 4 月 1 2 日に開催します。", DOB),
    ("label_without_value", "生年月日欄は空欄のままで構いません。", DOB),
    # class 4 guards
    ("insurer_own_notice", "緑野市国民健康保険の保険者番号は 139139 です。お問い合わせは保険年金課へ。", HI),
    ("insurer_format_example", "保険者番号は8桁の数字です。例：01234567", HI),
    ("quantifier_other_label", "電話番号は全員共通 0584-22-1111 です。", HI),
    ("insurer_key_short_value", "HKN=0613;KIGO=12", HI),
    ("insurer_two_groups_bad_check_digit", "保険者番号: 0613 0018\n氏名: 桑野 拓也", HI),
]

# the action of the allow-rows above stays allow (no new false blocks from these mechanisms)
ALLOW = [n for n in ("aligned_place_of_birth", "json_array_other_key", "r_vector_other_label",
                     "db_error_other_column", "spaced_digits_no_label", "label_without_value", "insurer_own_notice",
                     "insurer_format_example", "quantifier_other_label", "insurer_key_short_value", "unlabelled_iso_feb_30")]


def _row(name, text, entity=DOB):
    return name, text, entity


@pytest.mark.parametrize("name,text,entity", [_row(*r) for r in FOUND], ids=[r[0] for r in FOUND])
def test_type_found(scanner, name, text, entity):
    assert entity in {f.entity for f in scanner.scan(text).findings}


@pytest.mark.parametrize("name,text,entity", NOT_FOUND, ids=[r[0] for r in NOT_FOUND])
def test_type_not_found(scanner, name, text, entity):
    assert entity not in {f.entity for f in scanner.scan(text).findings}


@pytest.mark.parametrize("name", ALLOW)
def test_guard_rows_allowed(scanner, name):
    text = next(t for n, t, _ in NOT_FOUND if n == name)
    assert scanner.scan(text).action == "allow"


def test_invalid_labelled_date_is_marked(scanner):
    text = "氏名：桑野 拓也\n生年月日：昭和35年2月30日"
    [f] = [f for f in scanner.scan(text).findings if f.entity == DOB]
    assert text[f.start:f.end] == "昭和35年2月30日"


def test_aligned_header_takes_only_its_column(scanner):
    text = ("受付日     氏名         生年月日   住所\n20240112   今泉 和臣    19580203   栄町2丁目3番4号\n"
            "20240113   今泉 洋子    19610715   栄町2丁目3番4号")
    got = sorted(text[f.start:f.end] for f in scanner.scan(text).findings if f.entity == DOB)
    assert got == ["19580203", "19610715"]


def test_tolerant_span_covers_the_broken_date(scanner):
    text = "氏名 桑野 拓也　生年月日：1 9 6 0 - 0 4 - 1 2"
    [f] = [f for f in scanner.scan(text).findings if f.entity == DOB]
    assert text[f.start:f.end] == "1 9 6 0 - 0 4 - 1 2"


def test_no_month_over_a_line_break(scanner):
    text = "生年月日：昭和35年\n2 住所 栄町"
    assert all("\n" not in text[f.start:f.end] for f in scanner.scan(text).findings if f.entity == DOB)


def test_era_coded_date_metadata():
    from tests.unit.scan._helpers import detect
    from gateway.scan.recognizers.padded_records import PaddedRecordRecognizer
    text = ("生年月日は元号コード付き\n0004815162 ｸﾜﾉ ﾀｸﾔ          桑野 拓也       3350412 1 転入\n"
            "0004815179 ｸﾜﾉ ｼｵﾘ          桑野 詩織       3380918 2 転出")
    got = [(sub, meta["era"]) for ent, sub, _, meta in detect(PaddedRecordRecognizer(), text) if ent == DOB]
    assert got == [("3350412", "code"), ("3380918", "code")]


def test_invalid_date_metadata():
    from tests.unit.scan._helpers import detect
    from gateway.scan.recognizers.date_of_birth import DateOfBirthRecognizer
    [(_, sub, _, meta)] = detect(DateOfBirthRecognizer(), "生年月日：昭和35年2月30日", DOB)
    assert sub == "昭和35年2月30日" and meta["valid"] is False and meta["context"] == "label"
