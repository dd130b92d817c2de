"""Issue 13 mechanisms end to end through the default scanner, with positive AND negative rows
written for this test (independent of the shared corpora; synthetic names and numbers)."""

import pytest

from gateway.scan.api import load_scanner
from tests.unit.scan._helpers import RULES

SCANNER = load_scanner(RULES)
B, A = "block", "allow"


def verdict(text: str) -> str:
    return "block" if SCANNER.scan(text).action == "block" else "allow"


# digit runs assembled across separators when a label or a column header names them ---------
DIGITS = [
    ("every_digit_spaced", "個人番号：3 1 4 1 5 9 2 6 5 3 5 2", B),
    ("groups_of_three", "マイナンバー 314-159-265-352 を記入", B),
    ("bracketed_groups", "個人番号（3141）（5926）（5352）", B),
    ("broken_over_lines", "個人番号\n3141 5926\n5352\nです", B),
    ("dots", "個人番号: 3141.5926.5352", B),
    ("full_width_spaced", "マイナンバー：２３４５　６７８９　０１２１", B),
    ("hyphen_each_digit", "個人番号 2-3-4-5-6-7-8-9-0-1-2-1", B),
    ("csv_header_names_column", "氏名,個人番号,電話\n佐々木 恵,314159265352,090-1111-2222\n", B),
    ("tsv_header_names_column", "No\t個人番号\t備考\n1\t2345 6789 0121\t転入\n", B),
    ("csv_row_with_other_numbers", "name,number,phone\n田村 和也,234567890121,080-3333-4444\n", B),
    ("order_number_label", "注文番号 314159265352 の配送状況を教えて", A),
    ("unlabelled_stock_code", "在庫コード314159265352の商品", A),
    ("csv_header_order_column", "注文番号,数量\n314159265352,3\n", A),
    ("label_then_too_many_digits", "個人番号：3141 5926 5352 7", A),
    # a complete unbroken number, then the next token starting with a digit: the number stands on its own
    ("label_run_then_month", "個人番号 314159265352 7月に転入予定", B),
    ("label_run_then_count", "個人番号：314159265352 3人世帯の世帯主", B),
    ("label_run_then_phone", "マイナンバー 314159265352 090-1111-2222", B),
    ("label_run_then_hex_id", "個人番号 314159265352 7a3785f1c2 の照会", B),
    ("label_run_glued_to_more_digits", "個人番号 3141592653527月", A),
    # the same for every identifier: a long space-separated piece is a number of its own
    ("licence_then_years", "運転免許証番号 123456789012 3年更新", B),
    ("pension_then_month", "基礎年金番号 1234-567890 7月から受給", B),
    ("two_numbers_one_space", "個人番号 314159265352 526018159084 の2名分", B),
    ("order_number_then_count", "注文番号 314159265352 7個", A),
    ("thousands_amounts", "予算額,執行額\n1,234,567,890,123\n", A),
]

# names: label grammar, self-introductions, signatures, From lines, hiragana, English, romanised --
NAMES = [
    ("self_intro_kanji", "私は三浦 環と申します。息子が不登校で悩んでいます。", B),
    ("self_intro_hiragana", "わたくし、ひらの みさきと申します。児童手当の件で携帯080-5566-7788までご連絡ください。", B),
    ("from_line", "From: 小川 菜々子 <nanako.ogawa1988@gmail.com>\nSubject: 保育園\n\n子どもの発達障害のことで相談です。", B),
    ("signature_with_mobile", "ご確認よろしくお願いします。\n\n--\n石井 くるみ\n携帯 090-8765-4321\n", B),
    ("compound_label", "照会対象者：大家 亜紀弘（昭和三十二年九月十二日生）", B),
    ("victim_label", "被害児童：森田 光輝（小学3年）\n状況：同級生からのいじめで不登校", B),
    ("hiragana_after_label", "相談者：すずき はなこ\n相談内容：生活保護の申請について", B),
    ("english_with_title", "Mr. Kenji Watanabe (DOB 1979-04-12) was admitted to hospital with depression.", B),
    ("english_before_contact", "Please reply to Emily Johnson (emily.johnson77@gmail.com), who reported abuse.", B),
    ("romanised_surname_first", "Applicant name: SATO Yuki, mobile 080-1234-9876", B),
    ("place_like_given_name", "事業の利用者のうち、中島 伊予さん（昭和26年3月30日生）から要望があった。", B),
    ("staff_signature_with_unit", "ご確認ください。\n\n山田 太郎\nみどり野市 総務課\n携帯 090-3141-5926\n", A),
    ("staff_self_intro_business", "市民課の田中と申します。来週の窓口当番表を送ります。", A),
    ("staff_signature_office_line", "総務課の山田です。会議資料を添付します。\n総務課 山田 太郎\n内線 1234", A),
    ("historical_figure", "徳川家康は1543年1月31日に三河国岡崎城で生まれた。", A),
    ("news_style", "山田太郎氏は1965年に東京都で生まれ、2010年に市長に就任した。", A),
    ("relationship_value", "世帯主との続柄：本人\n届出日：令和8年4月1日", A),
    ("english_heading", "Patient Care Plan and Customer Service Guide for new staff.", A),
    ("english_label_and_title", "Client: Mr. Samuel Mensah\nDOB 2 June 1990, diagnosed with diabetes.", B),
    ("english_three_part_name", "Dear Ms. Tran Thi Mai, your address 4-2-8 Kitamachi and mobile 080-3311-2290 are", B),
    ("english_title_alone", "Dear Ms. Tran, thank you for coming to the library event.", A),
    ("pupil_with_class_health", "あおいちゃん（1年2組）は喘息の発作で入院しました。欠席連絡です。", B),
    ("pupil_with_class_plain", "そうたくん（4年1組）が図書委員に選ばれました。", A),
    ("class_without_name", "5年3組のみなさん、遠足のしおりを配ります。", A),
]

# staff as the subject of personnel / health / disciplinary records --------------------------
STAFF = [
    ("evaluation_headings", "■大河原 佐菜江（税務課 主任）\n　評語：C\n　所見：進捗管理が甘い。\n"
                            "■野尻 夏津代（都市計画課 係長）\n　評語：B\n　所見：正確。", B),
    ("health_heading", "■村田 里奈（福祉課 主事）\n療養中：適応障害により3か月の病気休暇", B),
    ("discipline_inline", "税務課の佐藤主任が飲酒運転で懲戒処分の対象となる見込みです。", B),
    ("discipline_label", "懲戒処分（案）\n対象者：土木課 主査 岡本 健司\n事案：公用車での速度超過", B),
    ("press_release_anonymous", "本市職員の懲戒処分について\n所属：建設部\n職位：主査\n年齢：40歳代\n処分内容：停職3月", A),
    ("staff_directory_no_record", "■山本 健（市民課 課長）\n■伊藤 聡（企画課 係長）\n窓口の担当者一覧です。", A),
    ("training_notice", "人事課の山田主任から、ハラスメント防止研修の案内です。\n日時：6月3日", A),
    # a staff title before the name, the record about them ("… について")
    ("title_before_about", "職員 会計課 主査 大西 千尋 について、適応障害のため療養休暇を2か月取得予定。", B),
    ("title_before_leave", "復職支援の面談記録\n土木課 技師 三好 航 に関し、病気休暇からの復帰時期を相談した。", B),
    ("title_before_contact", "病気休暇の取得手続きは 人事課 主事 杉本 まで お問い合わせください。", A),
    ("title_before_health_class", "健康づくり課 保健師 岩田 による 糖尿病予防教室を開催します。", A),
]

# combination by personal-contact attributes without a parsed name --------------------------
COMBINATION = [
    ("address_and_mobile", "申出者の住所は大阪府堺市北区長曽根町3-12-7、携帯は090-4455-6677です。", B),
    ("address_and_freemail", "送付先：福岡県久留米市東町25-3\n連絡先メール：haruka.k2020@yahoo.co.jp", B),
    ("address_and_birth_date", "住所 静岡県浜松市中区元城町103-2 生年月日 平成2年5月6日", B),
    ("office_address_and_number", "本庁舎の住所は東京都みどり野市中央1-1-1、代表電話は042-555-0100です。", A),
    ("facility_and_office_number", "市民会館（みどり野市本町2-3-4）で講座を開催します。申込は子育て支援課 042-555-0150まで。", A),
]

# credentials in code and config forms; documented example values ---------------------------
CREDENTIALS = [
    ("dict_value", 'settings = {"db_password": "Tr0ub4dor&3xK", "host": "db01"}', B),
    ("config_attribute", 'config.api_key = "sk-live-9f8a7b6c5d4e3f2a1b0c9d8e"', B),
    ("positional_arguments", 'client = Client("admin", "Xy7#pQ2!mL9z")', B),
    ("connection_string", "DATABASE_URL=postgres://app:S3cr3tPw0rd@10.0.3.5:5432/juki", B),
    ("wifi_password", "職員用Wi-Fi SSID: midori-staff パスワード: Gr33nF1eld2026!", B),
    ("wifi_psk", "会議室のWi-FiのPSKは Kaigi#2026Spring です", B),
    ("environment_reference", 'api_key = os.environ["OPENAI_API_KEY"]  # set in .env', A),
    ("constant_reference", 'conn = connect(host="localhost", user="app", password=DB_PASSWORD)', A),
    ("aws_documentation_key", "AWSのドキュメントにある AKIAIOSFODNN7EXAMPLE というキーの形式を説明して", A),
    ("stripe_test_card", "Stripeのテストカード 4242 4242 4242 4242 で決済テストをしたら失敗しました", A),
    ("official_my_number_example", "省令の計算例 123456789018 を使って検査数字の計算を説明して", A),
    ("live_card", "カード番号 4980 1234 5678 9011 の決済が失敗しました", B),
    ("login_pair_memo", "複合機の管理画面 ログイン kanri / Mf!7302xq（変更しないこと）", B),
    ("account_pair", "検証環境のアカウント: dev-ops / 9Lq#vT2wZ を使ってください", B),
    ("login_pair_default", "初期設定のログインは admin / admin です。必ず変更してください。", A),
    ("login_roles", "ログイン画面の権限は admin / viewer の2種類です。", A),
]

# markings and handling restrictions ---------------------------------------------------------
MARKINGS = [
    ("roman_numeral", "機密性Ⅱ\n令和8年度 組織改編の検討状況", B),
    ("spaced", "【 機 密 性 ２ 】\n予算要求の内部調整メモ", B),
    ("bracketed_caution", "［取扱注意］\n議会答弁の想定問答（未定稿）", B),
    ("takeout_prohibited", "持出禁止\n避難行動要支援者名簿の運用について", B),
    ("takeout_outside_office", "（庁外持ち出し禁止）\n職員の連絡網", B),
    ("parcel_sticker", "宅配便の伝票に「取扱注意」「ワレモノ」のシールを貼るのを忘れました。再配達の依頼文を書いて。", A),
    ("rules_question", "機密性２の文書を生成AIに入力してよいか、規程の該当箇所を教えてください。", A),
]

# non-public internal matters (shipped default list) ----------------------------------------
INTERNAL = [
    ("bid_price_before_opening", "来週開札の道路改良工事、予定価格は38,500,000円（税抜）、最低制限価格は33,880,000円。", B),
    ("minimum_price_line", "最低制限価格：12,800,000円\n開札日：令和8年6月15日", B),
    ("bid_result_published", "入札結果：予定価格 38,500,000円、落札価格 34,100,000円（株式会社緑建設）", A),
    ("price_published_in_advance", "予定価格は事前公表です（予定価格 5,500,000円）。", A),
    ("price_question", "予定価格と最低制限価格の違いを教えてください。", A),
    ("personnel_plan", "4月1日付 人事異動案（内示前）\n総務課長 → 企画課長 佐藤 一郎", B),
    ("pre_naiji_sentence", "内々示の段階ですが、来年度は田中さんを子育て支援課長とする方向です。", B),
    ("network_vlans", "本庁のコアスイッチ設定です。VLAN10 192.168.10.0/24 職員端末、VLAN20 10.20.0.0/16 基幹系", B),
    ("firewall_rules", "# FW設定\nrule 10 permit tcp from 172.27.1.5/32 to 172.24.19.192/32 port 1521 # 住基DB", B),
    ("home_router_manual", "家庭用ルータの初期設定では 192.168.0.1 にブラウザでアクセスします。", A),
    ("docker_dev_network", "docker network create --subnet 172.28.0.0/16 devnet\n# ローカル開発用のネットワークです", A),
]

# public-document context and other false blocks ---------------------------------------------
PUBLIC = [
    ("council_minutes", "○議長（山本一郎君）　次に、日程第2、一般質問を行います。\n○12番（佐藤花子君）　防災について。\n"
                        "○市長（田中太郎君）　お答えします。", A),
    ("committee_minutes", "◯委員長（高橋健一君）　開会します。\n◯5番（中村由美君）　質疑します。\n◯福祉部長（木村聡君）　お答えします。", A),
    ("manager_directory", "令和8年度 幹部職員名簿\n総務部長　高橋 誠\n企画課長　伊藤 聡\n税務課長　渡辺 美穂\n市民課長　山本 健", A),
    ("department_names", "障害福祉課では事業計画の説明会を開催します。問い合わせは障害福祉課（内線2345）まで。", A),
    ("department_list", "高齢介護課、障害福祉課、生活福祉課、こども家庭課の4課で連携会議を開きます。", A),
    ("kinyurei_form", "【記載例】転入届\n氏名：市民 花子\n生年月日：平成元年1月1日\n住所：○○県○○市本町1-2-3\n電話：090-0000-0000", A),
    ("kinyurei_inline", "申請書の記入例：氏名 日本 花子、生年月日 平成2年2月2日、電話 090-0000-0000", A),
    ("real_record_after_example", "【記入例】\n氏名：見本 太郎\n\n今回の申請：\n氏名：北原 美保\n住所：川崎市中原区小杉町3-264-1\n"
                                  "携帯：090-2345-6789", B),
    ("fraud_word_is_not_example", "架空請求の被害に遭った北原 美保さん（携帯090-2345-6789）から相談がありました。", B),
    ("markdown_statistics", "| 地区 | 人口 | 世帯数 |\n|---|---|---|\n| 本町 | 12,345 | 5,678 |\n| 中央 | 8,901 | 4,321 |", A),
]


# records in other shapes, and public texts that must stay allowed ------------------------------
RECORDS = [
    ("welfare_case_table", "ケース番号,氏名,年齢,保護開始日\nC-1023,岡田 信二,67,2024/05/01\nC-1024,石川 陽子,45,2025/01/15\n", B),
    ("english_case_note", "Case note: Ms. Anna Kowalski, resident of 3-5-2 Motomachi, reported domestic violence.", B),
    ("child_bruise", "児童名：こばやし ゆうと（5歳）\n保育園での様子：登園時にあざを確認。", B),
    ("mixed_language_dv", "Please rewrite politely: 佐藤 美咲さん（42）は夫からのDVで避難中。", B),
    ("password_memo", "サーバ移行メモ：管理画面のID admin / PW Midori!2026x で入れます", B),
    ("yaml_api_key", "openai:\n  api_key: sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z\n  model: gpt-4o", B),
    ("bracket_marking_title", "〔機密性２〕令和9年度予算 要求状況（部長会議資料）", B),
    ("scope_limit_line", "関係者限り\n新庁舎整備事業の事業者選定に関する評価結果", B),
    ("bid_price_table", "工事名\t予定価格\t最低制限価格\n市道12号線改良\t24,500,000\t21,315,000\n", B),
    ("press_new_deputy_mayor", "【報道発表】新副市長の選任について\n山口 隆之氏（前企画部長）を副市長に選任しました。\n"
                               "担当：秘書課 042-555-0101", A),
    ("published_personnel_changes", "令和8年4月1日付 人事異動（部長級）\n総務部長　佐々木 学（企画部次長）\n"
                                    "福祉部長　今井 由紀（高齢介護課長）\n※本日公表", A),
    ("festival_notice", "みどり野市民まつり\n会場：中央公園（みどり野市中央2-1）\n問合せ：観光課 042-555-0120", A),
    ("fiction", "小説の続きを書いて：「山田花子は、昭和の終わりに小さな町で生まれた。彼女は病院で働いていた…」", A),
    ("welfare_statistics", "令和7年度 生活保護の状況\n被保護世帯数 1,234世帯（前年比+2.1%）\n保護率 12.3‰", A),
    ("test_code_placeholder_password", "def test_login():\n    client.login('testuser', 'password')\n", A),
    ("log_line_numbers", "2026-04-01 10:23:45 INFO request_id=8f3a2b order=20260401000123 status=200", A),
    ("restriction_question", "「持出禁止」と書かれた書類を自宅で作業してよいか、規程ではどうなっていますか？", A),
    ("english_public_official", "The mayor, Taro Yamada, announced the new disaster plan at a press conference.", A),
    ("network_guideline", "総務省のガイドラインでは、LGWAN接続系とインターネット接続系を分離することが求められています。", A),
    ("birth_date_question", "生年月日から年齢を計算するExcel関数を教えて。例：1990/4/1生まれなら今何歳？", A),
    ("dummy_json", '{"name": "山田 太郎", "email": "taro@example.com"}  ← テスト用のダミーデータです', A),
    ("json_record", '{"name": "長谷川 美和", "birth_date": "1987-11-03"}', B),
    ("python_dict_record", "row = {'name': '木下 彩', 'tel': '090-2222-3333'}", B),
    ("query_string", "name=長谷川 美和&tel=090-3141-5926", B),
    ("error_log_named_freemail", "ValueError: invalid address for user kenta.morimoto@gmail.com (id=10293)", B),
    ("error_log_role_mail", "SMTP 550: mailbox unavailable for support@gmail.com", A),
    ("db_error_detail", "ERROR: duplicate key\nDETAIL: Key (name, birth_date)=(長谷川 美和, 1987-11-03) already exists.", B),
    ("sql_insert", "INSERT INTO r (name, birth_date) VALUES ('長谷川 美和', '1987-11-03');", B),
    ("sql_insert_items", "INSERT INTO items (code, price) VALUES ('A-1', 100);", A),
    ("db_error_id_only", "DETAIL: Key (id)=(42) already exists.", A),
    ("sql_column_list", 'const columns = ["name", "birth_date", "address"];', A),
    ("vivid_colours", "あざやかな色の花が咲く公園で、子どもたちが遊んでいます。", A),
]


@pytest.mark.parametrize("name,text,expect", RECORDS + DIGITS + NAMES + STAFF + COMBINATION + CREDENTIALS + MARKINGS
                         + INTERNAL + PUBLIC, ids=lambda x: x if isinstance(x, str) and len(x) < 40 else None)
def test_mechanism(name, text, expect):
    assert verdict(text) == expect, (name, SCANNER.scan(text).reasons)


# other spellings of labels and markings (readings, spaced-out labels, look-alike numerals) -------------------
SPELLINGS = [
    ("spaced_label", "個 人 番 号：3141 5926 5352", B),
    ("full_width_spaced_label", "個　人　番　号　314159265352", B),
    ("half_width_katakana_reading", "ｺｼﾞﾝﾊﾞﾝｺﾞｳ：3141 5926 5352", B),
    ("hiragana_reading", "こじんばんごう 3141-5926-5352", B),
    ("katakana_ni_marking", "機密性ニ\n令和8年度 人事異動方針（案）", B),
    ("formal_numeral_marking", "機密性弐\n予算編成方針（案）", B),
    ("reading_without_number", "こじんばんごうの読み方を教えてください", A),
    ("ni_inside_a_word", "ニンジンの機密性ニつについて", A),
]


@pytest.mark.parametrize("name, text, expected", SPELLINGS, ids=[r[0] for r in SPELLINGS])
def test_spellings(name: str, text: str, expected: str) -> None:
    assert verdict(text) == expected
