"""Issue 13, round 13, the lead's mechanisms (table tests of positive and negative rows, written apart from the
held-out probe files, with other names, towns, numbers and wording):

- a member of staff who is the record's subject (対象：…, 当事者：…) and their own debts or arrears (自己破産, 多重債務,
  差押え of their pay): the tax family counts for a subject only, never for a tax official doing their job
  (aggregate.STAFF_SUBJECT_ONLY_FAMILIES);
- the addressee of a notice on a line of its own (農政課 主事　桐生 遥 様) whose body speaks to them (ご本人から…,
  あなたは…) is its subject (person_cues._addressee_spoken_to);
- the writer's "before the 内示" declaration in the request's preface covers the material pasted after it
  (internal_matter._DECLARED); exam questions and answers before the exam (`exam_before_test`, `requires: exam`);
- an OCR'd text's Latin lines spaced one letter apart are packed too (P I N : 4 8 2 0 5 9), not only its Japanese ones
  (markup.letter_spaced_packed);
- a 個人番号 given in pieces after the word asking for it: two chat messages, digits read aloud in kana
  (recognizers/_fragments.py), or a table's adjacent cells under headers that name a number (番号（前）| 番号（後）);
- an addressee under an office unit's line (…課 …係 ⏎ 降旗様) is the office's staff (person_capacity);
- a line headed by an office's label (連絡所, 選挙事務所, 営業所): its address and landline are the office's
  (public_contacts._OFFICE_LINE);
- a town's 大字 part and a bare lot number (…町大字中村612) is a street address, also right after a label;
- a name referred to as 「…という男」「…って女」 after other words (隣に住む…という男);
- romanised Japanese: an address in the Japanese order (Midorino-shi Kitamachi 3-8-2) and "namae wa …"
  (address_romaji, person_lexicon._LATIN_INTRO);
- a Korean name glossed with its hanja in brackets (이서연(李 瑞姸)) (person_foreign._HANGUL_HANJA);
- a payee's or a dependant's column (支払を受ける者, 被扶養者) names the people of the rows (person_columns);
- an ORM's debug log binding values to a statement's columns (Hibernate's binding parameter [k], MyBatis's
  Parameters:) read as column=value fields (markup_binds).

After the round's end-of-round held-out set (h13d/e) was scored:
- an addressee ending the office unit's own line (…総務課 管財係　鬼塚様) is the office's staff (person_capacity);
- a person named as the matter's subject (本日の対象は6年1組 市来 陽菜さんです) is what the record goes on about: a
  topic within the person window is theirs, as for a labelled subject (aggregate, person_cues._TOPIC_BEFORE);
- self-harm described (自分でつけたような切り傷) is a health word;
- a data frame's name column written as code (R c(), pandas/JSON lists under 氏名 / name) (person_vectors);
- the writer's declaration that nobody outside has been told (まだ地元にも議会にも説明していない段階, まだ誰にも金額は
  示していません, （内部資料）) is an unannounced matter.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("staff_subject_bankruptcy", "面談記録\n対象：下水道課 技師　荻窪 慎吾（41）\n・本人から、自己破産の申立てを行ったと報告あり。"),
    ("staff_party_multiple_debts", "当事者：会計課 主任 杉崎 麻美\n多重債務の相談あり。給与の差押えの可能性。"),
    ("addressee_notice_health", "件名：夜間勤務について（通知）\n下水道課 主事　桐生 遥 様\n\n"
                                "ご本人からの申出のとおり、主治医から睡眠障害との診断があったため、当面の間、夜間の宿直から外れていただきます。"),
    ("addressee_notice_you", "建築指導課 技師　宇佐美 拓 様\n\nあなたが提出した診断書（うつ病）を受け、療養休暇を承認します。"),
    ("naiji_preface_table", "内示前なので取扱注意でお願いします。この表を部ごとに並べ替えて。\n\n"
                            "| 新所属 | 職名 | 氏名 | 現所属 |\n|---|---|---|---|\n"
                            "| 農政課 | 課長 | 鷲見 孝之 | 商工課 課長補佐 |\n| 商工課 | 係長 | 真鍋 奈緒 | 企画課 |"),
    ("exam_before", "来週の昇任試験の択一問題です。試験当日までは課内限りで。\n問3　地方自治法に定める…\n【正答】4"),
    ("ocr_latin_spaced", "OCRしたら字間が空いてしまいました。\n\n管 理 者 メ モ\n　 i d 　 s y s a d m\n"
                         "　 p a s s 　 M i d o r i # 8 8 2 1"),
    ("my_number_two_messages", "[10:02] 人事係 小室：扶養控除の申告書、奥さんの番号をお願いします\n"
                               "[10:05] 税務課 岩井：2032 1751\n[10:05] 税務課 岩井：続きは 5430 です"),
    ("my_number_kana_digits", "（通話記録）個人番号の確認です。\n相手：ご ろく に なな、ろく よん に なな、きゅう はち なな さん です"),
    ("my_number_named_columns", "源泉徴収票の個人番号欄の転記用です。\n| 氏名 | 番号上6桁 | 番号下6桁 |\n|---|---|---|\n"
                                "| 日下部 俊 | 274080 | 844533 |"),
    ("oaza_lot_with_mobile", "高根町大字西原407の者です。用水路の件で折り返しを。080-6621-3390"),
    ("oaza_lot_after_label", "申出者 住所：松原村大字北野1182\n氏名：樋渡 恒夫"),
    ("named_as_that_man", "向かいに住む小宮山 剛という男が、生活保護を受けながら働いていると聞いた。"),
    ("romaji_japanese_order", "Konnichiwa. Jusho wa Midorino-shi Kitamachi 3-8-2 desu. Keitai 090-3381-5520"),
    ("romaji_namae_wa", "Watashi no namae wa Santos Mariana Akemi desu. Keitai 080-2297-6643 ni denwa kudasai."),
    ("korean_name_hanja", "저는 북정 지구에 사는 이서연(李 瑞姸)입니다. 전화: 090-4418-2075"),
    ("payee_column", "謝金の一覧を集計して。\n| No | 支払を受ける者 | 市区町村 | 金額 |\n|---|---|---|---|\n"
                     "| 1 | 日下部 俊 | 緑野市 | 30,000 |\n| 2 | 真鍋 奈緒 | 青葉市 | 20,000 |\n| 3 | 荻窪 慎吾 | 高根町 | 15,000 |"),
    ("hibernate_binds", "このログのエラー原因は？\nDEBUG org.hibernate.SQL : insert into applicant (shimei, birth, addr) "
                        "values (?, ?, ?)\nTRACE BasicBinder : binding parameter [1] as [VARCHAR] - [日下部 俊]\n"
                        "TRACE BasicBinder : binding parameter [2] as [DATE] - [1984-02-11]\n"
                        "TRACE BasicBinder : binding parameter [3] as [VARCHAR] - [緑野市北町3丁目8番2号]"),
    ("meeting_subject_child", "支援会議のチャット\n10:01 From 教頭 to Everyone: 本日の対象は4年2組 真鍋 葵さんです\n"
                              "10:03 From 担任 to Everyone: 欠席が続いています\n10:05 From 養護 to Everyone: 腕に自分でつけたような傷がありました"),
    ("r_vector_names", "このデータで未受診者を抽出するコードを書いて\nstructure(list(\n  氏名 = c(\"日下部 俊\", \"真鍋 奈緒\"),\n"
                       "  結果 = c(\"要精検（乳がん）\", \"異常なし\")\n), class = \"data.frame\")"),
    ("pandas_name_column", 'df = pd.DataFrame({"氏名": ["荻窪 慎吾", "杉崎 麻美"], "病名": ["糖尿病", "うつ病"]})'),
    ("not_told_anyone", "まだ地元にも議会にも一切説明していない段階の案です。やわらかい表現にして。\n統合対象：北谷小学校"),
    ("internal_doc_heading", "用地交渉の想定問答を作って。\n用地補償額算定表（内部資料）\n地権者A 買収面積 86㎡ 補償額 1,850,000円"),
    ("mybatis_params", "==>  Preparing: UPDATE taxpayer SET name=?, birth=? WHERE id=?\n"
                       "==> Parameters: 真鍋 奈緒(String), 1979-10-30(Date), 1043(Integer)"),
]

ALLOW = [
    ("tax_official_doing_job", "徴収係 主任 杉崎 麻美：本日、滞納者3名の預金の差押えを実施。"),
    ("staff_speaker_tax_topic", "【研修】講師：税務課 主査 荻窪 慎吾\n内容：滞納整理と差押えの実務"),
    ("addressee_without_own_matter", "総務課 主事　桐生 遥 様\n\n研修報告書を受領しました。健康づくり講座の資料も添付します。"),
    ("naiji_later_no_material", "内示は3月下旬の予定です。異動の手続きの流れを新人向けに説明する文を作って。"),
    ("exam_past_questions", "昨年度の採用試験の過去問です（公表済み）。問1の解説を作ってください。【正答】3"),
    ("exam_schedule_only", "採用試験の日程を案内する文を作って。試験当日までに受験票が届きます。持ち物：筆記用具"),
    ("latin_code_spaced", "この式の意味を教えて\nx = a + b * c - d"),
    ("two_numbers_not_my_number", "扶養控除の申告書の書き方を教えて。会社の番号は 2032 1751 5431 です。"),
    ("amounts_not_pieces", "扶養控除の番号欄について。控除額 380,000円、所得 480,000円の場合はどう書く？"),
    ("columns_not_number", "| 地区 | 世帯数 | 人口 |\n|---|---|---|\n| 北地区 | 274080 | 844533 |"),
    ("election_office_line", "選挙公報の原稿です。読み上げ用に直して。\n候補者　小宮山 剛　52歳\n"
                             "連絡所　高根町大字西原407　電話 0551-20-3300"),
    ("company_branch_line", "株式会社ミドリ設備からの見積です。\n営業所　松原村大字北野1182　電話 0263-55-1200"),
    ("romaji_city_only", "Midorino-shi no toshokan wa nanji made desu ka? Kitamachi 3 chome no chikaku desu."),
    ("korean_place_hanja", "서울(京城)의 역사에 대해 알려 주세요. 저는 학생입니다."),
    ("binds_no_personal", "DEBUG SQL : insert into log (level, code) values (?, ?)\n"
                          "TRACE BasicBinder : binding parameter [1] as [VARCHAR] - [WARN]\n"
                          "TRACE BasicBinder : binding parameter [2] as [INTEGER] - [4031]"),
    ("addressee_same_line_contractor", "返信文を作って。\n件名：見積の件\n高根町 総務課 管財係　鬼塚様\n"
                                       "いつもお世話になっております。山陽設備株式会社の犬飼です。\n私の携帯（080-3320-5417）までご連絡ください。"),
    ("vector_of_towns", 'towns = c("北町", "南町", "西町")\nnames = c("Alpha", "Beta")'),
    ("told_publicly", "議会に説明し、公表した統合計画の概要を、住民向けにやさしく書き直して。"),
    ("oaza_area_range", "断水のお知らせ：高根町大字西原407から412まで、午前9時から12時まで断水します。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)


def test_addressee_under_unit_line_is_staff(scanner):
    """An addressee under the office unit's line is the office's staff: with a corporate signature the mail is
    business correspondence (no private person beside the e-mail address)."""
    res = scanner.scan("返信を作って。\n\n件名：点検日程\n高根町 建設課 管理係\n降旗様\n\nいつもお世話になっております。"
                       "株式会社甲信設備の丸山です。点検は3/4でいかがでしょうか。\n丸山 浩二（代表 0263-40-1180）\n"
                       "maruyama@koshin-setsubi.co.jp")
    assert res.action != "block"


def test_pieces_never_come_from_identifiers_beside_half_a_number(scanner):
    """Half a 個人番号 after its label, then a chat body's ids (UUIDs, hex, dashed numbers) in the same text: the pieces
    assembled after 番号 never take their digits from an identifier (CI, round 13: the split-across-turns evasion test's
    first turn blocked once in eleven runs on the UUID of the ChatGPT body)."""
    import random
    import uuid

    rnd = random.Random(13)
    for _ in range(300):
        ids = " ".join(str(uuid.UUID(int=rnd.getrandbits(128))) for _ in range(3))
        text = f'{{"parts": ["申請者の個人番号は2032175"], "id": "{ids}", "tel": "03-{rnd.randint(1000, 9999)}-{rnd.randint(1000, 9999)}"}}'
        assert "JP_MY_NUMBER" not in {f.entity for f in scanner.scan(text).findings}, ids
