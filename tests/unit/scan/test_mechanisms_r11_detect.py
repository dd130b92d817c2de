"""Issue 13, round 11, helper r11-detect: table tests of the mechanisms the d11 probe batches led to (positive and
negative rows, written apart from the probe file's rows).

* words: a child's assessment (発達検査, 知能検査, 境界知能, WISC) and a child hurting another at nursery or 学童
  (噛みついて, 怪我をさせて) are sensitive topics (sensitive_personal_info.FAMILIES);
* an illness named as what is going round (インフルエンザが流行ってる, ノロウイルスの流行期, 熱中症対策) is a season's
  notice, no one's condition (a guard on those words);
* a dictionary surname right before an age band or an age and the sex in brackets (関口（70代男性）) is the person a note
  is about (person_shapes._surname_age_subjects); not a place (新宿（40代男性）) or a common noun;
* a form's label with a dot leader before its value (氏名…………村上　孝) is read as label and colon
  (markup_records.leaders_as_colons), at the same length;
* a field's or a role's own name as the value of a name key (<xs:element name="氏名"/>, name="届出者") is a schema,
  no name (person_labels._free_label_name);
* a consented 広報 article (了承を得て掲載) prints the interviewee's story: its sensitive topics, on lines without a
  private number or a street address, are what they agreed to publish (public_context._consented_birth_dates);
* an English title and surname before a possessive (Ms. Tanabe's daughter) is the name (person_lexicon._LATIN_NAME);
* LDAP's cn: / displayName: are name fields (person_lexicon.LABELS, field form only);
* an HL7 v2 patient segment's family^given name (PID|1||…||佐藤^花子^^^|) is one full name (person_shapes._SPLIT_NAME);
* batch d11d: a child's kanji given name before the school grade or the age in brackets (翔太（小3）が) — the
  surname-age model, for a given name only before a child's bracket; a markdown table's rows with no header
  (| 1 | 田村 圭 | 国保税滞納 |) — the list-row model; a quoted CSV cell holding the separator ("Sato, Keiko") — one
  cell (person_columns._parts); a PDF's labels one character a line (氏⏎名) and labels parted by ／ (氏名／阿部 翔)
  — written as a label and a colon (markup_records, same length);
* batch d11e: a city's 広報 by its other names (市政だより, 市報) and an English newsletter are publications; "published
  with … permission" is consent, 同意はまだ (not yet) is none (public_context); an English full name before a bracket
  with a grade or an age that goes on to the school (Haruto Kimura (Grade 4, Minami Elementary)) is a person
  (person_english._AGED);
* batch d11f: a header-less CSV row's leading cells (a record number, a date) before a full name are a list row's
  number (person_lexicon._LIST_ROW): three rows, or one with a sensitive topic after the name;
* batch d11g: a spaced full name right before a bracket that opens on a specific topic (小松 里美（母子世帯、月収11万円）)
  is the topic's subject, not a clinic's department in brackets (山田 太郎（精神科）) (person_lexicon.topic_after_name);
  a hiragana surname before さん / 様 and a household word (おおはしさんの奥さん) is read when it or its katakana form is
  one dictionary surname and no native word (person_kana._kana_household_surnames);
* batch d11h: a quoted spaced full name as a value of an array or a tuple literal with no keys (["佐久間 亮",
  "1987-02-11","うつ病"], VALUES (1,'高野 誠','1949-04-01','要介護3')) is a record's name when the same brackets hold a
  quoted date or a specific topic (person_shapes._quoted_row_names); an elder who stops eating (食事をとらなくなって);
* a line saying data was taken from production (本番から抽出した1件を併用する) ends a dummy-data region
  (document._REAL_CUE).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("assessment_child", "みさきちゃんの知能検査の結果が出ました。WISCで境界知能とのことです。保護者への説明文を作って"),
    ("assessment_hatatsu", "そうたくんの発達検査、言語面が年齢より1年遅れ。療育の案内を保護者に送りたい"),
    ("biting_nursery", "りくとくん、今日もお昼寝前にお友だちの腕に噛みついてしまいました。お迎えの時に伝える言い方を考えて"),
    ("hurt_other_child", "はるきくんが学童でほかの子にけがをさせてしまいました。保護者への連絡文を"),
    ("illness_personal_still", "吉田さん、インフルエンザで今週いっぱい休むそうです。熱が40度あって入院も検討とのこと"),
    ("surname_age_band", "関口（70代男性）、年金だけでは家賃払えず生活保護の相談。記録にして"),
    ("surname_age_exact", "窓口に来た森（45歳女性）、夫からの暴力で避難したいと。対応メモを"),
    ("surname_age_dot", "原田（80代・女）が認知症で徘徊、警察から連絡あり"),
    ("surname_after_role", "相談者関口（60代男性）はアルコール依存で通院中"),
    ("leader_form", "内容を確認して\n\n氏名…………………村上　孝\n生年月日…………昭和31年11月3日\n電話…………………052-741-6620"),
    ("leader_ascii_dots", "転記して\n氏名......坂井 美穂\n住所......北区東町3-3-3\n電話......090-4412-7783"),
    ("possessive_en", "Mr. Kobayashi's wife phoned: he was admitted to hospital with a stroke last night. Mobile 090-2231-4456."),
    ("possessive_curly", "Ms. Ogawa’s son says she has dementia and keeps getting lost."),
    ("ldif_cn", "dn: uid=k.ito,ou=people,dc=city,dc=local\ncn: 伊藤 和美\nhomePostalAddress: 東区本町2-4-11\n"
                "mobile: 090-7781-2036"),
    ("ldif_display", "displayName: 松田 宏\ntelephoneNumber: 090-3345-1120\ndescription: 休職中（うつ病）"),
    ("hl7_pid", "PID|1||00051234||高橋^美穂^^^||19820410|F|||西区姪浜2-3-4||092-881-2233|\nDG1|1||F32^うつ病||"),
    ("real_beside_dummy", "テストデータは原則ダミーデータを使う。\nただし、外字確認のため本番から抽出した1件を使う。\n"
                          "氏名：髙橋 美穂　電話：090-7781-2036"),
]

BLOCK += [
    ("child_given_grade", "大翔（中2）が昨日から学校に行けていません。担任への相談メールを"),
    ("child_given_age", "結衣（5歳）、保育園で腕にあざ。母親は転んだと説明"),
    ("md_rows_no_header", "整えて\n\n| 1 | 田村 圭 | 国保税滞納 3期分 |\n| 2 | 川島 るり | 分納中 |\n"
                          "| 3 | 新井 亘 | 差押え予告済 |"),
    ("md_row_single_topic", "| 7 | 堀江 智子 | うつ病で休職中 |"),
    ("csv_quoted_surname_first", 'Name,DOB,Condition\n"Sato, Keiko",1948-03-02,dementia\n"Ono, Masaru",1951-11-19,dialysis'),
    ("pdf_stacked_labels", "整形して\n\n氏\n名\n阿部 翔\n住\n所\n南区高宮1-2-3\n電\n話\n090-5532-1876"),
    ("slashed_labels", "氏名／阿部 翔　生年月日／H2.4.5　電話／090-5532-1876"),
    # batch d11h
    ("json_array_rows", '[["佐久間 亮","1987-02-11","うつ病"],["岩井 ゆかり","1990-08-30","適応障害"]]'),
    ("sql_values_rows", "INSERT INTO kyufu VALUES (1,'高野 誠','1949-04-01','要介護3'),(2,'宮下 恵子','1952-10-20','要支援2')"),
    ("python_tuple_topic", "rows = [('石原 孝', '生活保護'), ('北野 美和', 'DV避難中')]"),
    ("elder_stops_eating", "トミ子様（92）、最近食事をとらなくなってきたとヘルパーさんから"),
    # batch d11g
    ("name_bracket_topic", "当選：青木 健（障害者世帯、精神2級）"),
    ("name_bracket_welfare", "内定　杉本 美咲（生活保護受給中）"),
    ("kana_surname_wife", "おおはしさんの奥さん、がんで入院中らしい"),
    ("kana_surname_grandma", "はしもとさんちのおばあちゃん、認知症が進んできたって"),
]

ALLOW = [
    ("assessment_general", "発達検査ではどんなことを調べるのか、保護者向けにやさしく説明して"),
    ("biting_general", "保育園での噛みつきが多い時期の対応について、職員研修の資料を作りたい"),
    ("flu_going_round", "インフルエンザが流行ってるので、課内に手洗いを呼びかける一言を考えて。吉田さんから頼まれました"),
    ("noro_season", "ノロウイルスの流行期に入ります。調理担当の田中さん向けに注意点を箇条書きで"),
    ("heatstroke_measures", "熱中症対策のチラシ、佐藤さんが作った案をもっと読みやすくして"),
    ("place_age_band", "新宿（40代男性）の生活保護の相談件数の推移をグラフにしたい"),
    ("common_noun_age", "市役所（70代男性）向けの説明会で生活保護制度を解説する原稿"),
    ("leader_blank", "この様式を表にして\n\n氏名…………………\n生年月日…………　　年　　月　　日\n電話…………………"),
    ("leader_prose", "読み込み中......完了しました。ログの意味を教えて"),
    ("xsd_fields", '<xs:element name="氏名" type="xs:string"/>\n<xs:element name="生年月日" type="xs:date"/>\n'
                   '<xs:element name="届出者" type="xs:string"/>\n<xs:element name="住所" type="xs:string"/>'),
    ("form_def_json", '[{"name": "氏名", "type": "text"}, {"name": "電話番号", "type": "tel"}, {"name": "申請者", "type": "text"}]'),
    ("kouhou_consented", "広報誌の原稿です（ご本人の了承を得て掲載）。\n「病気を抱えながらも続けてきた」――糖尿病と付き合いながら"
                         "20年、地域の食堂を営む藤田 勝さん（72・北区）。「同じ病気の人の励みになれば」と話します。"),
    ("possessive_public", "Mr. Smith's book on hospital care was published last year. Please summarise its reviews."),
    ("ldif_devices", "dn: cn=scan-svc,ou=services,dc=city,dc=local\ncn: scan-svc\ndescription: スキャン保存用"),
    ("hl7_spec_fields", "HL7のPIDセグメントの項目を教えて。PID|1||患者ID||氏名||生年月日|性別| という並びで合ってる？"),
    ("dummy_only", "テストデータは原則ダミーデータを使う。\n\n氏名：試験 太郎　電話：090-0000-0000"),
]

BLOCK += [
    ("consent_not_yet", "市政だよりの原稿です。掲載の同意はまだ取れていません。\n発達障害と診断された長男を育てる松尾 由香さん"
                        "（東区）に話を聞いた。「療育に通い始めて変わった」と話す。"),
    ("en_grade_school", "Internal note: Yuna Sato (Grade 2, Kita Elementary) has asthma and was taken to hospital today."),
    ("en_age_ward", "Ken Mori (82, Higashi Ward) has dementia and lives alone; his son asked us to visit."),
    ("newsletter_no_consent", "Draft for the newsletter: Ken Sato, 68, told us his cancer came back this spring; "
                              "he has not told the other volunteers."),
]

BLOCK += [
    ("csv_lead_cells_roster", "列を推定して\nA-001,2026/10/01,石井 和也,38\nA-002,2026/10/01,中山 美紀,45\n"
                              "A-003,2026/10/02,今井 浩,61"),
    ("csv_lead_cell_topic", "1023,高田 純一,47,失業して家賃が払えない"),
    ("tsv_lead_cells_topic", "R08-0125\t2026/11/05\t松永 武\t72\t生活保護の申請希望"),
]

ALLOW += [
    ("csv_lead_cells_places", "2026/12/01,中央公民館,健康体操教室,30\n2026/12/03,北体育館,親子ヨガ,20\n"
                              "2026/12/07,市民図書館,おはなし会,15"),
    ("csv_lead_cell_one_name", "1023,高田 純一,見積書受領,2026/11/02"),
    # batch d11h
    ("json_array_products", '[["ノートPC","2024-04-01","情報政策課"],["複合機","2023-10-12","総務課"]]'),
    ("sql_values_codes", "INSERT INTO m_kaigo VALUES (1,'要支援1'),(2,'要支援2'),(3,'要介護1')"),
    ("tuple_name_only", "owners = [('山岸 徹', 'admin'), ('中島 彩', 'editor')]  # 権限の一覧"),
    ("eating_general", "高齢者が食事をとらなくなったときに考えられる原因を、研修資料用に一般論で"),
    # batch d11g
    ("duty_doctor_department", "当番医：山田 太郎（精神科）、佐藤 花子（内科）"),
    ("kana_word_household", "おとなりさんの奥さん、入院中の方へのお見舞いの言葉を一般的に教えて"),
    ("kana_kin_household", "おばさんの娘さんが入院したときのお見舞いマナーを教えて"),
]

ALLOW += [
    ("shiseidayori_consent", "市政だより「わたしの子育て」欄の原稿です（掲載にあたりご本人の同意をいただいています）。\n"
                             "長男が自閉スペクトラム症と診断された松尾 由香さん（東区）。「一人で悩まず相談を」と話す。"),
    ("shiho_consent", "市報の「ひと」欄です（ご本人の了承を得て掲載）。\n難病と向き合いながら陶芸を続ける川端 進さん（70）。"),
    ("newsletter_permission", "Please edit this newsletter feature (published with Mr. Sato's permission).\n\nKen Sato, 68, "
                              "guides visitors every weekend. After recovering from cancer in 2019, he says the work helped."),
]

ALLOW += [
    ("place_before_grade", "北区（小3）の児童数と不登校の推移をグラフにしたい"),
    ("word_before_age", "市長（5歳）の頃の写真を広報で使う企画。キャプション案を"),
    ("md_rows_budget", "| 1 | 庁舎清掃 | 4,200,000 |\n| 2 | 警備委託 | 6,800,000 |\n| 3 | 植栽管理 | 1,150,000 |"),
    ("csv_quoted_company", 'Company,Tel\n"Acme, Inc.",03-1234-5678\n"Nikko, Ltd.",06-2345-6789'),
    ("stacked_blank_form", "この様式を直して\n\n氏\n名\n\n住\n所\n\n電\n話\n"),
    ("slashed_header", "列は 氏名/住所/電話 の順で並べ替えてください。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)


def test_consented_article_private_line_still_blocks(scanner):
    """A consented article with one interviewee's home address and mobile beside the story is still a record."""
    text = ("広報誌の原稿です（ご本人の了承を得て掲載）。\n藤田 勝さん（72）北区東町3-3-3 携帯 090-4412-7783 糖尿病で通院中")
    assert scanner.scan(text).action == "block"
