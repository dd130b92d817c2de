"""How staff paste text must not decide detection (issue 13, round 15, helper r15-paste): list markers, tab indents, a
name's reading in brackets, lines hard-wrapped at one width, field names alone on their lines (table tests: the same-
length rewrites of markup_lines, markup_wraps and markup_records, then the scanner's verdict on shaped records).

Every row is written for these tests (people, places and numbers invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.scan.api import load_scanner
from gateway.scan.markup_lines import line_decoration_blanked, readings_dropped
from gateway.scan.markup_records import bare_labels_joined
from gateway.scan.markup_wraps import wrapped_lines_joined

Z = "\u200b"  # the filler normalisation drops


def shown(text: str) -> str:
    return text.replace(Z, "~")


# ---- list markers and indents (markup_lines.line_decoration_blanked) ----
MARKERS = [
    # read through before a field's label or a table's row
    ("bullet_label", "・氏名：汐留 健吾\n・住所：港南市汐留台2-4-6", "~氏名：汐留 健吾\n~住所：港南市汐留台2-4-6"),
    ("dash_label", "- 生年月日：1988-04-09", "~ 生年月日：1988-04-09"),
    ("star_label", "* 電話：080-3321-7745", "~ 電話：080-3321-7745"),
    ("circle_number_label", "①氏名：汐留 健吾\n②電話：080", "~氏名：汐留 健吾\n~電話：080"),
    ("paren_number_label", "（1）氏名：汐留 健吾", "~~~氏名：汐留 健吾"),
    ("dot_number_label", "1. 氏名：汐留 健吾\n12) 住所：港南市", "~~ 氏名：汐留 健吾\n~~~ 住所：港南市"),
    ("check_box_label", "- [ ] 氏名：汐留", "~ ~ ~ 氏名：汐留"),
    ("bullet_before_tsv_rows", "● 番号\t氏名\n● 1\t汐留 健吾", "~ 番号\t氏名\n~ 1\t汐留 健吾"),
    ("bullet_before_csv_row", "• 1,汐留 健吾,1988-04-09", "~ 1,汐留 健吾,1988-04-09"),
    ("marker_after_quote", "> ・氏名：汐留", "~~~氏名：汐留"),
    # a paste's bullet before the document's own marker: the outer one is read through
    ("outer_bullet_heading", "・■汐留 健吾（総務課 主任）", "~■汐留 健吾（総務課 主任）"),
    ("outer_bullet_speaker", "- ○議長（汐留 健吾君）", "~ ○議長（汐留 健吾君）"),
    # before prose a bullet glyph the list rules do not know is written as ・; ① no longer folds into a glued digit
    ("odd_bullet_as_nakaguro", "▶ 来週の会議は延期します", "・ 来週の会議は延期します"),
    ("circled_number_as_bullet", "①2025年度の予算", "・2025年度の予算"),
    # an indent before a list item: the item starts its line, as the list rules expect
    ("indented_item", "  ・共有フォルダの整理", "~~・共有フォルダの整理"),
]

MARKERS_KEPT = [
    ("nakaguro_before_prose", "・来週の会議は延期します"),
    ("staff_list_item", "・港南主任：12/1から病気休暇"),  # a member of staff heading a list item: the list rules read it
    ("numbered_clause", "（1）部外秘文書を複製するときは課長の承認を得る"),  # a manual's clause, not a marking's line
    ("speaker_mark", "○議長（汐留 健吾君）　開会します。"),
    ("note_mark", "※取扱注意：熱湯で温めないでください"),
    ("decimal_not_number", "1.5 mg を服用"),
    ("negative_number", "-5度まで冷える"),
    ("markdown_bold", "**重要** 本日中"),
    ("placeholder_circles", "○○市△△町"),
]

TABS = [
    ("indented_block", "\t氏名：汐留 健吾\n\t住所：港南市", " 氏名：汐留 健吾\n 住所：港南市"),
    ("indented_tsv", "\t番号\t氏名\n\t1\t汐留 健吾", " 番号\t氏名\n 1\t汐留 健吾"),
    ("second_paragraph_only", "次の通り。\n\n\t氏名：汐留", "次の通り。\n\n 氏名：汐留"),
]

TABS_KEPT = [
    # a table's empty first cell under a header that has one (a grouped report)
    ("grouped_report", "総務課\t汐留 健吾\n\t港南 花子\n\t浜辺 一郎"),
    ("no_tabs", "  氏名：汐留"),
]


@pytest.mark.parametrize("name,text,expected", MARKERS + TABS, ids=[c[0] for c in MARKERS + TABS])
def test_read_through(name, text, expected):
    out = line_decoration_blanked(text)
    assert shown(out) == expected
    assert len(out) == len(text)


@pytest.mark.parametrize("name,text", MARKERS_KEPT + TABS_KEPT, ids=[c[0] for c in MARKERS_KEPT + TABS_KEPT])
def test_kept(name, text):
    assert line_decoration_blanked(text) == text


# ---- a name's reading in brackets (markup_lines.readings_dropped) ----
READINGS = [
    ("inside_name", "汐留（しおどめ）健吾", "汐留~~~~~~健吾"),
    ("inside_spaced_name", "汐留（しおどめ） けんご", "汐留~~~~~~ けんご"),
    ("after_name_cell_end", "汐留 健吾（しおどめ けんご）\t港南市", "汐留 健吾~~~~~~~~~~\t港南市"),
    ("after_name_comma", "浜辺一郎（はまべいちろう）,1988", "浜辺一郎~~~~~~~~~,1988"),
    ("after_kana_given_name", "港南さくら（こうなん さくら）さん", "港南さくら~~~~~~~~~~さん"),
    ("after_name_bracket", "汐留 健吾（しおどめ けんご）（総務課）", "汐留 健吾~~~~~~~~~~（総務課）"),
    ("katakana_reading", "汐留 健吾（シオドメ ケンゴ）\n", "汐留 健吾~~~~~~~~~~\n"),
]

READINGS_KEPT = [
    ("reading_is_the_evidence", "長女の心愛（ここあ）が熱を出した"),
    ("nickname_after_surname", "港南(ゆいママ)\tおはようございます"),
    ("two_kanji_then_particle", "男子（タクミ）が来た"),
    ("word_gloss_mid_sentence", "課長（かちょう）に確認"),
    ("not_kana", "汐留 健吾（総務課）"),
    ("short_reading_at_end", "港南（こう）\n"),
    ("role_before_reading", "世帯主（しおどめ けんご）、申請を検討中"),
    ("party_before_reading", "申請人（こうなん はなこ）\n"),
    ("role_before_reading_then_kanji", "世帯主（しおどめ けんご）様"),
]


@pytest.mark.parametrize("name,text,expected", READINGS, ids=[c[0] for c in READINGS])
def test_reading_dropped(name, text, expected):
    out = readings_dropped(text)
    assert shown(out) == expected
    assert len(out) == len(text)


@pytest.mark.parametrize("name,text", READINGS_KEPT, ids=[c[0] for c in READINGS_KEPT])
def test_reading_kept(name, text):
    assert readings_dropped(text) == text


# ---- lines hard-wrapped at one width (markup_wraps.wrapped_lines_joined) ----
def wrap(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


PROSE = ("相談者は汐留健吾さんで、連絡先は080-3321-7745です。住所は港南市汐留台2丁目4番6号、生年月日は昭和63年4月9日。"
         "本人から家計の状況について説明があり、来月もう一度面談することになりました。")


def test_wrapped_paragraph_joined():
    text = wrap(PROSE, 30) + "\n\n以上です。"
    out = wrapped_lines_joined(text)
    assert len(out) == len(text)
    assert "\n" not in out.split("\n\n")[0]  # the paragraph is one line again
    assert out.replace(Z, "").split("\n\n")[0] == PROSE
    assert out.endswith("\n\n以上です。")  # the line after the paragraph is not joined to it


def test_wrapped_english_joined_with_spaces_and_hyphens():
    lines = ["The applicant Kengo Shiodome lives in Konan", "City and asked about the housing inter-",
             "national support programme for new famil", "ies.", "Thanks"]
    lines = [ln.ljust(42) if i < 3 else ln for i, ln in enumerate(lines)]
    text = "\n".join(lines)
    out = wrapped_lines_joined(text)
    assert len(out) == len(text)
    assert out.count("\n") == 1  # "ies." ends the paragraph; Thanks stays on its line


WRAPS_KEPT = [
    ("transcript_cues", "WEBVTT\n\n00:00:04.120 --> 00:00:09.880\n<v 汐留>始めます。\n\n00:00:10.010 --> 00:00:21.450\n"
                        "<v 港南>はい。\n\n00:00:21.900 --> 00:00:35.300\n<v 汐留>それで"),
    ("numbered_records", "名簿\n1 汐留 健吾 1988/04/09\n2 港南 花子 1990/01/30\n3 浜辺 一郎 1987/09/12\n4 汐見 光 1995/06/08"),
    ("same_prefix_records", "一覧\nAP-1F-01 10.9.1.11\nAP-1F-02 10.9.1.12\nAP-2F-01 10.9.1.21\nAP-2F-02 10.9.1.22"),
    ("ideographic_columns", "名簿\n汐留 健吾　港南市汐留台2丁目4番6号\n港南 花子　港南市浜辺1丁目3番12号\n浜辺 一郎　港南市中央4丁目8番3号"),
    ("tsv_rows", "番号\t氏名\t生年月日\t住所\n1\t汐留 健吾\t1988-04-09\t港南\n2\t港南 花子\t1990-01-30\t港南\n3\t浜辺\t1987-09-12\t港南"),
    ("sentences_end_lines", "会議は10時から始めます。\n資料は前日までに配布します。\n出席者は各課の係長です。\n終了後に片付けをお願いします。"),
    ("rules", "集計表\n----------------------\n合計 12件 うち未処理 3件\n----------------------\n以上"),
    ("short_text", "a\nb"),
]


@pytest.mark.parametrize("name,text", WRAPS_KEPT, ids=[c[0] for c in WRAPS_KEPT])
def test_not_a_wrap(name, text):
    assert wrapped_lines_joined(text) == text


# ---- a field name alone on its line (markup_records.bare_labels_joined) ----
BARE = [
    ("name_then_value", "氏名\n汐留 健吾\n住所\n港南市汐留台2-4-6", "氏名：汐留 健吾\n住所：港南市汐留台2-4-6"),
    ("birth_date", "生年月日\n昭和63年4月9日", "生年月日：昭和63年4月9日"),
    ("indented_label", "　電話番号\n080-3321-7745", "　電話番号：080-3321-7745"),
]

BARE_KEPT = [
    ("header_run", "氏名\n住所\n電話\n汐留 健吾\n港南市"),  # a table's header flattened: no label takes the next cell
    ("next_line_labelled", "氏名\n住所：港南市"),
    ("blank_form_fields", "ふりがな\n学校名　　　小学校　　年\n保護者\n申請理由　□生活保護"),
    ("blank_line_between", "氏名\n\n汐留"),
    ("label_in_sentence", "氏名の欄\n汐留 健吾"),
]


@pytest.mark.parametrize("name,text,expected", BARE, ids=[c[0] for c in BARE])
def test_bare_label_joined(name, text, expected):
    out = bare_labels_joined(text)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize("name,text", BARE_KEPT, ids=[c[0] for c in BARE_KEPT])
def test_bare_label_kept(name, text):
    assert bare_labels_joined(text) == text


def test_linear_on_long_input():
    text = ("・氏名：汐留\n\t住所\n汐留（しおどめ）健吾\n" * 3000) + wrap("汐留健吾" * 5000, 33)
    for f in (line_decoration_blanked, readings_dropped, bare_labels_joined, wrapped_lines_joined):
        assert len(f(text)) == len(text)


# ---- the scanner's verdict does not depend on the shape ----
RULES = Path(__file__).resolve().parents[3] / "rules"
RECORD = "以下を整理してください。\n\n氏名：汐留 健吾\n生年月日：昭和63年4月9日\n住所：港南市汐留台2丁目4番6号\n電話：080-3321-7745"
ROW = "職員番号\t氏名\t所属\t所見\n20417\t汐留 健吾\t総務課\t心電図異常（要再検査）\n20533\t港南 花子\t税務課\t血圧 172/104（要再検査）"
PUBLIC = "次の案内文を読みやすくしてください。\n\n市民課の窓口は平日8時30分から17時15分まで開いています。\n土曜日は第2・第4のみ開庁します。"


def _bullets(t: str) -> str:
    return "\n".join("・" + ln if ln else ln for ln in t.split("\n"))


def _circled(t: str) -> str:
    out, n = [], 0
    for ln in t.split("\n"):
        if ln:
            out.append("①②③④⑤⑥⑦⑧⑨"[n % 9] + ln)
            n += 1
        else:
            out.append(ln)
    return "\n".join(out)


def _tabs(t: str) -> str:
    return "\n".join("\t" + ln if ln else ln for ln in t.split("\n"))


def _ruby(t: str) -> str:
    return t.replace("汐留 健吾", "汐留 健吾（しおどめ けんご）").replace("港南 花子", "港南（こうなん） 花子")


def _flat(t: str) -> str:
    return t.replace("：", "\n")


SHAPES = {"bullets": _bullets, "circled": _circled, "tabs": _tabs, "ruby": _ruby, "flat_labels": _flat}


@pytest.fixture(scope="module")
def scanner():
    return load_scanner(RULES)


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("text,expect", [(RECORD, "block"), (ROW, "block"), (PUBLIC, "allow")],
                         ids=["record", "health_rows", "public_notice"])
def test_verdict_survives_shape(scanner, shape, text, expect):
    assert (scanner.scan(text).action == "block") == (expect == "block")  # the unshaped verdict
    assert (scanner.scan(SHAPES[shape](text)).action == "block") == (expect == "block"), shape


def test_verdict_survives_wrap(scanner):
    text = "面談記録を要約してください。\n\n" + wrap(PROSE, 31)
    assert scanner.scan(text).action == "block"
