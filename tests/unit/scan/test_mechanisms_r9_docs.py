"""Issue 13, round 9 (helper r9-docs): table tests of the mechanisms for document shapes staff paste — written apart
from the probe file (generalisation_shapes_r9_docs.jsonl):

* abbreviated field names of real systems (``nm``, ``nm_kana``, ``bd``, ``birth_ymd``: recognizers/_field_keys.py) as
  name and birth-date labels, in JSON, key=value logs and SQL column lists (quoted with backticks or double quotes);
* an XML element holding text on one line read as a field (``<氏名>…</氏名>`` → ``氏名:…``; markup.xml_elements_as_fields);
* a space-aligned table (fixed-width export, psql without borders, a pandas print) read as a TSV
  (markup.space_aligned_as_cells);
* an address label's line broken by a PDF paste before the town or the house number, joined
  (markup.broken_addresses_joined);
* a name split over a surname field and a given-name field of one record (SEI/MEI, last_name/first_name:
  person_shapes._split_field_names);
* a 個人番号 split into groups under a field named for it: a JSON array, a tuple, numbered form fields
  (my_number.split_values);
* batch q9d-b: a PostgreSQL dump's COPY header read as a TSV header, a low-code platform's typed value wrapper taken
  out (kintone ``{"type":…,"value":…}``), bold markdown labels (``**氏名**：``; markup_records.py); abbreviated birth keys
  as column headers; camelCase ``dateOfBirth``; dates in code (``datetime.date(1958, 7, 21)``, ``LocalDate.of``); FHIR's
  ``family`` / ``given`` and a vCard's ``N:`` as a split name; a 個人番号 split into an object of parts or into table
  columns (個人番号1⇥個人番号2⇥個人番号3); a technical specification's own sample (仕様書にあるサンプル) is an example;
* batch q9d-c: a spreadsheet's row number before a header (1⇥氏名⇥生年月日 under ⇥A⇥B⇥C); abbreviated keys heading
  columns (| nm | bd |); a header of field names parted by single spaces (番号 氏名 生年月日) for the birth-date column; a
  fixed-width result under a dash underline (SQL*Plus) cut by display width (markup_records.underlined_columns_as_cells);
  a single-space table under a header with a name column (番号 氏名 生年月日 住所, each name two words:
  markup_records.single_spaced_as_cells); a PDF paste's place line (千葉県緑野市東町) joined to its house number; WebVTT voice tags as speaker labels; a card
  number split into numbered fields (_numeric.SplitFields, shared with the 個人番号); an HL7 v2 PID segment's birth
  date;
* batch q9d-d (hard negatives of the mechanisms above): an address in brackets right after a facility's name is the
  facility's, also on a line naming a person of the case (public_contacts.facility_lines); a kanji surname with a katakana
  given name in a name column (岩本 ハル); an HTML definition list (<dt>氏名</dt><dd>…</dd>) read as label and value cells;
* the subject of an anonymised case named by a letter with its pseudonym mark or exact age (Aさん（仮名）78歳): a person
  identified by an address, a contact, a birth date — not by a topic alone (person_shapes._pseudonym_subjects).
"""

from __future__ import annotations

import pytest

from gateway.scan.markup import broken_addresses_joined, space_aligned_as_cells, xml_elements_as_fields
from gateway.scan.markup_records import records_as_fields, single_spaced_as_cells, underlined_columns_as_cells
from gateway.scan.recognizers.my_number import split_values
from tests.unit.scan._helpers import action_tests

BLOCK = [
    # batch q9d-c
    ("row_number_header", "\tA\tB\tC\n1\t氏名\t生年月日\t備考\n2\t千葉 勇\t1950/3/3\t\n3\t千葉 幸子\t1953/8/19\t"),
    ("pipe_abbrev_header", "| id | nm | bd |\n|----|----|----|\n| 1 | 平野 さくら | 2011-04-18 |\n| 2 | 平野 蒼空 | 2014-09-02 |"),
    ("sqlplus_underline", "ATENA_NO   SHIMEI          BIRTH_YMD\n---------- --------------- ----------\n"
                          "0004471051 坂井 直人       1977-05-09\n0004471052 坂井 千尋       1979-12-30"),
    ("place_line_break", "〒123-4567\n千葉県緑野市東町\n2丁目3番4号\n山下 修 様"),
    ("vtt_voice_dv", "WEBVTT\n\n00:00:08.000 --> 00:00:15.400\n<v 高野 美帆>夫から殴られて家を出てきました。</v>"),
    ("card_numbered_fields", "card_no_1=4356&card_no_2=7890&card_no_3=1234&card_no_4=5674&exp=0828"),
    ("card_array", '{"card": ["4356", "7890", "1234", "5674"], "exp": "08/28"}'),
    ("single_space_voters", "投票区 2\n番号 氏名 生年月日 住所\n2051 菊地 亮 昭和58年2月1日 西町二丁目3番4号\n"
                            "2052 菊地 真弓 昭和60年7月7日 西町二丁目3番4号"),
    ("single_space_kana_kanji", "宛名番号 カナ氏名 漢字氏名 生年月日\n0004471101 ミヤタ ケン 宮田 健 S45.02.14\n"
                                "0004471102 ミヤタ ユウ 宮田 優 S47.10.30"),
    ("katakana_given_column", "氏名\t住所\n岩本 ハル\t緑野市西町2丁目8番1号\n森田 トメ\t緑野市西町2丁目9番3号"),
    ("definition_list", "<dl>\n<dt>氏名</dt><dd>工藤 真一</dd>\n<dt>生年月日</dt><dd>1971年4月9日</dd>\n</dl>"),
    ("pseudonym_own_address_after_facility", "Cさん（仮名）41歳。保健センターに来所。住所 緑野市本町5丁目2番8号 本町ハイツ203。"),
    ("hl7_pid_birth", "PID|1||0012345^^^HP||浅野^光太郎||19440816|M|||東町4-5-6^^緑野市"),
    # batch q9d-b: program and tool formats
    ("copy_from_stdin", "COPY public.kojin (id, nm, birth_ymd) FROM stdin;\n1\t増田 健吾\t1980-02-02\n2\t増田 恵\t1982-07-19\n\\."),
    ("kintone_typed_values", '{"氏名":{"type":"SINGLE_LINE_TEXT","value":"藤川 七海"},"生年月日":{"type":"DATE","value":"2004-10-10"}}'),
    ("bold_labels", "**氏名**：藤川 七海\n**生年月日**：2004年10月10日"),
    ("birth_key_column", "id\tname\tbirth_dt\n1\t藤川 七海\t2004-10-10\n2\t藤川 大翔\t2007-03-03"),
    ("camel_date_of_birth", '{"fullName": "今村 慎一", "dateOfBirth": "1969-11-11"}'),
    ("python_date_repr", "Resident(name='西田 和恵', birth_date=datetime.date(1958, 7, 21))"),
    ("java_local_date", '// 氏名: 西田 和恵\nr.setBirthDate(LocalDate.of(1958, 7, 21));'),
    ("fhir_family_given", '{"name":[{"family":"浅野","given":["光太郎"]}],"birthDate":"1944-08-16"}'),
    ("vcard_n_home", "BEGIN:VCARD\nN:佐野;由紀子;;;\nADR;TYPE=HOME:;;北町3丁目8-15;緑野市;;;\nEND:VCARD"),
    ("object_of_parts", "mynumber: { part1: '5173', part2: '0294', part3: '8162' }"),
    ("part_columns_tsv", "氏名\t個人番号1\t個人番号2\t個人番号3\n藤本 勝\t7209\t4418\t3054"),
    ("part_columns_csv", "氏名,個人番号(1),個人番号(2),個人番号(3)\n藤本 勝,7209,4418,3054"),
    # abbreviated keys
    ("json_nm_bd", '{"nm":"松田 亜希子","bd":"1982-06-14","st":"A"}'),
    ("log_nm_bd", "2026-11-02 09:12:44 INFO sync uid=3381 nm=岩崎 敏夫 bd=1948-02-29 result=ok"),
    ("sql_backtick_cols", "INSERT INTO `kojin` (`id`,`nm`,`birth_ymd`) VALUES (7,'前川 静','1966-03-03');"),
    ("sql_quoted_cols", 'INSERT INTO "kojin" ("id","nm_kana","seinen_ymd") VALUES (8,\'マエカワ シズカ\',\'19660303\');'),
    ("yaml_kana_bd", "- kana: ヨシダ ハルミ\n  bd: 1990-12-01\n  tel: 0471-55-2233"),
    # a name split over surname and given-name fields
    ("sei_mei_json", '[{"SEI":"大野","MEI":"和也","BIRTH_YMD":"19751104","SEX":"1"}]'),
    ("sei_mei_address", '{"SEI":"岡本","MEI":"颯太","ADDR":"緑野市北町2丁目3-4"}'),
    ("last_first_query", "GET /api/search?last_name=前田&first_name=悠真&dob=2008-04-01 HTTP/1.1"),
    # XML elements
    ("xml_japanese_tags", "<届出>\n <氏名>石原 悠</氏名>\n <生年月日>2001-05-18</生年月日>\n</届出>"),
    ("xml_ascii_tags", "<Person><Name>北村 詩織</Name></Person>\n<Person><BirthDate>1977-09-09</BirthDate></Person>\n"
                       "<Name>北村 詩織</Name><BirthDate>1977-09-09</BirthDate>"),
    # space-aligned tables
    ("fixed_width_dob", "氏名          生年月日      地区\n今井 大樹     1985/02/11    東部\n今井 美咲     1987/08/30    東部"),
    ("psql_no_border", " id   name        birth_date   ward\n 12   坂口 蓮     2010-04-02   北\n 13   坂口 凛     2012-10-19   北"),
    ("pandas_index", "      name     birth_date  score\n0  小林 陽介  1999-01-23     88\n1  小林 由衣  2001-11-05     92"),
    # PDF address breaks
    ("pdf_address_town", "申請者 氏名 田島 圭\n住所 かしわ台市若葉町\n2丁目7番5号"),
    ("pdf_address_dash", "氏名：大川 茜\n現住所：緑野市本町\n4-12-8 本町ハイツ301"),
    # split 個人番号
    ("json_array_mynumber", '{"mynumber": ["4461", "0937", "2585"]}'),
    ("tuple_kojin_no", 'kojin_no = ("1883", "6025", "4711")'),
    ("numbered_fields", "my_no_1=3041&my_no_2=8827&my_no_3=5612&submit=1"),
    ("japanese_key_array", '{"個人番号": [3041, 8827, 5612], "氏名": ""}'),
    # an anonymised case with an address
    ("pseudonym_address", "事例：Dさん（仮名）67歳男性。住所 緑野市北町1丁目4-2 北町コーポ105。統合失調症で通院中。"),
    ("pseudonym_role_letter", "対象者E（仮名）、女性、80歳、かしわ台市東町3-2-18 東町団地2号棟304に居住。"),
    ("letter_age_address", "Fさん（74歳・女性）宅（緑野市西町5丁目1番9号）を訪問。"),
]

ALLOW = [
    # batch q9d-c
    ("row_number_header_stats", "\tA\tB\tC\n1\t地区\t人口\t世帯\n2\t東部\t12,031\t10,882\n3\t西部\t9,877\t8,931"),
    ("pipe_abbrev_facilities", "| id | nm | cnt |\n|----|----|----|\n| 1 | 東公民館 | 120 |\n| 2 | 北図書館 | 85 |"),
    ("sqlplus_wards", "WARD_CD    WARD_NM         POP\n---------- --------------- ----------\n01         北区            48213\n"
                      "02         南区            51120"),
    ("single_space_stats", "年度 出生数 死亡数 転入\n令和5 1102 1540 6021\n令和6 1065 1588 5987"),
    ("place_line_office", "〒123-4501\n千葉県緑野市本町\n1丁目1番1号\n緑野市役所 市民課\n電話 0471-55-0100（代表）"),
    ("city_line_then_months", "会議の予定　横浜市\n1-2月は休会、3月から再開"),
    ("vtt_staff_meeting", "WEBVTT\n\n00:00:03.120 --> 00:00:07.880\n<v 佐藤 健>来年度の窓口体制について始めます。</v>\n\n"
                          "00:00:08.000 --> 00:00:12.400\n<v 林 恵理>土曜開庁は月2回で調整しています。</v>"),
    ("card_test_numbers", "card_no_1=4242&card_no_2=4242&card_no_3=4242&card_no_4=4242&exp=1230"),
    ("card_numbered_bad_luhn", "card_no_1=4356&card_no_2=7890&card_no_3=1234&card_no_4=5675"),
    ("single_space_staff", "課名 係 氏名 内線\n市民課 窓口係 伊藤 恵子 2101\n税務課 市民税係 小池 大輔 2230"),
    ("single_space_header_prose", "氏名 と 住所 の 書き方\n姓と名のあいだは一字あけてください。"),
    ("pseudonym_facility_address", "Aさん（仮名）35歳女性。保健センター（緑野市本町2丁目3番1号）の母子相談を利用。"),
    ("katakana_column_facilities", "施設名\t所在地\n東 センター\t緑野市東町1-1\n西 ホール\t緑野市西町2-2"),
    ("definition_list_office", "<dl>\n<dt>担当</dt><dd>市民課 窓口係</dd>\n<dt>電話</dt><dd>0471-55-0100</dd>\n</dl>"),
    ("hl7_structure", "PID|1||<患者ID>^^^<施設>||<姓>^<名>||<生年月日YYYYMMDD>|<性別>"),
    # batch q9d-b: the same formats with nothing personal in them
    ("copy_facilities", "COPY public.shisetsu (id, nm, addr) FROM stdin;\n1\t東公民館\t緑野市東町3丁目2番1号\n\\."),
    ("kintone_field_settings", '{"氏名":{"type":"SINGLE_LINE_TEXT","code":"氏名","label":"氏名"}}'),
    ("bold_labels_blank", "**氏名**：\n**生年月日**：\n**担当**：市民課 川島"),
    ("python_date_not_birth", "Ward(name='北区', established=datetime.date(1972, 4, 1))"),
    ("fhir_spec_sample", "FHIRの仕様書にあるサンプルです。\n\n{\"name\":[{\"family\":\"山田\",\"given\":[\"太郎\"]}],"
                         "\"birthDate\":\"1970-01-01\"}"),
    ("vcard_n_office", "BEGIN:VCARD\nN:緑野市役所;市民課;;;\nTEL;TYPE=WORK:0471-55-0100\nEND:VCARD"),
    ("object_of_parts_blank", "mynumber: { part1: '', part2: '', part3: '' }"),
    ("part_columns_header_only", "\tA\tB\tC\n1\t個人番号\t前4桁\t後4桁"),
    ("part_columns_bad_check", "氏名\t個人番号1\t個人番号2\t個人番号3\n藤本 勝\t7209\t4418\t3055"),
    # abbreviated keys with no value of their kind
    ("json_nm_schema", '{"nm": "string", "bd": "date", "kana": "string"}'),
    ("log_nm_unit", "measured thickness 12 nm= ok, bd=none, bd: pending"),
    ("sql_backtick_placeholders", "INSERT INTO `kojin` (`id`,`nm`,`birth_ymd`) VALUES (?, ?, ?);"),
    ("nm_facility", '{"nm": "緑野市立図書館", "addr": "緑野市本町1-1-1", "tel": "0471-55-0100"}'),
    ("sei_mei_office", '{"SEI":"緑野","MEI":"市役所","TEL":"0471-55-0100","ADDR":"緑野市本町1-1-1"}'),
    ("sei_mei_single_kanji_words", '{"sei":"山","mei":"川","area":"北"}'),
    # XML elements holding no personal data
    ("xml_empty_fields", "<申請者>\n <氏名></氏名>\n <生年月日>YYYY-MM-DD</生年月日>\n</申請者>"),
    ("xml_facility", "<施設><名称>東公民館</名称><所在地>緑野市東町3丁目2番1号</所在地><電話>0471-55-0123</電話></施設>"),
    # space-aligned tables of no one
    ("fixed_width_stats", "年度      人口       世帯       増減\n令和5     152,341    68,220     -412\n令和6     151,876    68,554     -465"),
    ("aligned_code", "x      = compute(a)\ny      = compute(b)\nzeta   = x + y"),
    ("aligned_key_value_form", "氏名      （記入してください）\n住所      （記入してください）\n電話      （記入してください）"),
    # an address line not broken, or a table under an address header
    ("csv_address_header", "受付,住所,件数\n2026-0431,北町,3\n2026-0432,南町,5"),
    ("venue_address_break", "会場：市民会館\n所在地：緑野市本町\n2丁目1番1号（電話 0471-55-0000）"),
    # split numbers that are no 個人番号
    ("order_array", '{"order_no": ["3041", "8827", "5612"]}'),
    ("kojin_array_blank", '{"kojin_bango": ["0000", "0000", "0000"]}'),
    ("numbered_fields_bad_check", "my_no_1=3041&my_no_2=8827&my_no_3=5613"),
    # anonymised cases with no identifying detail
    ("pseudonym_topic_only", "Gさん（仮名）81歳女性。認知症の疑いで受診を勧めている。"),
    ("pseudonym_age_band", "Hさん（仮名）70代男性、市内在住、うつ病で通院中。"),
    ("letter_grade", "評価A 3件、評価B 5件（昨年比 12歳 の差ではない）"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)


@pytest.mark.parametrize("text,expected", [
    ("<氏名>石原 悠</氏名>", " 氏名:石原 悠     "),
    ('<Name lang="ja">北村</Name>', '           Name:北村       '),
    ("<password>secret</password>", "<password>secret</password>"),
    ("<a><b>x</b></a>", "<a> b:x    </a>"),
    ("no markup", "no markup"),
])
def test_xml_elements_as_fields(text, expected):
    out = xml_elements_as_fields(text)
    assert out == expected and len(out) == len(text)


@pytest.mark.parametrize("text,changed", [
    ("氏名      生年月日    地区\n今井 大樹  1985/02/11  東部\n今井 美咲  1987/08/30  東部", True),
    ("  name    dob\n0  A  1\n1  B  2", False),  # two header cells: a key-value form as often as a table
    ("a  b  c\nno table here", False),
    ("x = 1  # note\ny = 2  # note\nz = 3  # note", False),
])
def test_space_aligned_as_cells(text, changed):
    out = space_aligned_as_cells(text)
    assert len(out) == len(text) and (out != text) == changed
    if changed:
        assert out.split("\n")[1].count("\t") == 2


@pytest.mark.parametrize("text,joined", [
    ("住所　緑野市東町\n3丁目8番12号", "住所　緑野市東町3丁目8番12号 "),
    ("住所 北区\n中央一丁目\n15番3号", "住所 北区中央一丁目15番3号  "),
    ("住所,相談内容\n2026-0431,北町", None),
    ("住所　緑野市東町\n令和8年4月1日", None),
])
def test_broken_addresses_joined(text, joined):
    out = broken_addresses_joined(text)
    assert len(out) == len(text) and out == (joined if joined is not None else text)


@pytest.mark.parametrize("text,digits", [
    ('{"kojin_bango": ["6021", "7753", "3840"]}', ["602177533840"]),
    ("my_no = ('1883', '6025', '4711')", ["188360254711"]),
    ("kojin_no_1=4461&kojin_no_2=0937&kojin_no_3=2585", ["446109372585"]),
    ("kojin_no_2=0937&kojin_no_3=2585", []),  # no first field: not the number's start
    ('{"order_no": ["3041", "8827", "5612"]}', []),
])
def test_split_values(text, digits):
    assert [d for _s, _e, d in split_values(text)] == digits


@pytest.mark.parametrize("text,rows_cut", [
    ("ATENA_NO   SHIMEI          BIRTH_YMD\n---------- --------------- ----------\n"
     "0004471051 坂井 直人       1977-05-09\n0004471052 坂井 千尋       1979-12-30", 2),
    ("NO  NAME\n--- ----\n1   x\nfree text after", 1),  # a line that does not fit the columns ends the table
    ("- a -- b\n-- --\nnot columns", 0),
])
def test_underlined_columns_as_cells(text, rows_cut):
    out = underlined_columns_as_cells(text)
    lines = out.split("\n")
    assert len(out) == len(text) and sum("\t" in ln for ln in lines[2:]) == rows_cut


@pytest.mark.parametrize("text,expected", [
    ('"氏名":{"type":"SINGLE_LINE_TEXT","value":"遠藤"}', " " * len('{"type":"SINGLE_LINE_TEXT","value":') + '"氏名":"遠藤"}'),
    ("**氏名**：川島", "    氏名：川島"),
    ("<v 高野 美帆>夫から</v>", "   高野 美帆:夫から    "),
    ("COPY t (id, nm) FROM stdin;", " " * len("COPY t (") + "id\t nm" + " " * len(") FROM stdin;")),
    ("plain **bold** words", "plain **bold** words"),
])
def test_records_as_fields(text, expected):
    out = records_as_fields(text)
    assert out == expected and len(out) == len(text)


@pytest.mark.parametrize("text,cut", [
    ("番号 氏名 生年月日 住所\n1021 安藤 信也 昭和49年3月8日 東町一丁目5番2号", True),
    ("番号 氏名 生年月日\n1021 安藤信也 昭和49年3月8日", False),  # a row of another width: not this table's
    ("番号 地区 人口\n1 東部 1204", False),  # no name column
    ("氏名 NGUYEN VAN HUNG\n生年月日 1998年 04月 17日 男", False),  # a label's line with a Latin name: no header
])
def test_single_spaced_as_cells(text, cut):
    out = single_spaced_as_cells(text)
    assert len(out) == len(text) and (out != text) == cut
