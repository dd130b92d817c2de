"""Round-5 public-document mechanisms (gateway/scan/public_context.py, example markers in
gateway/scan/document.py) end to end through the default scanner: each table has rows a published
document explains (allow) and rows where one private person's data sits in the same shape (block).
Synthetic names and numbers written for this test."""

from __future__ import annotations

import pytest

from gateway.scan import public_context
from gateway.scan.aggregate import Hit
from gateway.scan.api import load_scanner
from tests.unit.scan._helpers import RULES

SCANNER = load_scanner(RULES)
B, A = "block", "allow"


def verdict(text: str) -> str:
    return "block" if SCANNER.scan(text).action == "block" else "allow"


# council speakers: 君 in a council record is a member or an executive speaking -----------------
COUNCIL = [
    ("speaker_lines", "会議録\n○議長（井上浩一君）　7番 大川 美鈴君。\n○7番（大川美鈴君）　保育所の待機児童について伺います。\n"
                      "○議長（井上浩一君）　福祉部長 堀田 誠君。\n○福祉部長（堀田誠君）　お答えします。", A),
    ("council_doc_without_speaker_lines", "市議会 本会議 議事録より\n3番 今西 隼人君、11番 坂口 由紀君、14番 三浦 慎吾君が質問に立った。", A),
    ("kun_outside_council", "運動会の写真です。\n1位 中川 翔太君\n2位 原田 陸君\n3位 本田 湊君", B),
    ("council_with_petitioner_contact", "会議録\n○議長（井上浩一君）　陳情第2号。陳情者 緑野市本町2丁目4番6号 梶原 正人（携帯 090-6612-4471）。", B),
]

# speakers and authors named after their role -----------------------------------------------------
SPEAKERS = [
    ("lecturer_and_continuation", "市民講座「こころの健康」\n講師：北斗大学 教授 水谷 浩 氏\n　　　精神保健福祉士 宮坂 奈緒 氏\n"
                                  "会場：緑野市文化会館（緑野市本町3丁目2番1号）\n申込 保健センター 0467-55-2101", A),
    ("panelist", "パネリスト 大石 由香里 氏（NPO法人こども未来 理事）、コーディネーター 岩田 拓 氏", A),
    ("lecturer_home_landline", "講師：防災士 片山 栄治 氏（ご自宅 0467-55-6620、夜間のみ）", B),
    ("lecturer_office_landline", "講師：防災士 片山 栄治 氏（緑野防災士会 事務局 0467-55-0720）", A),
    ("lecturer_with_mobile", "講師：水谷 浩 氏（携帯 090-2214-7730、自宅 緑野市本町5丁目8番2号）", B),
    ("patient_not_speaker", "相談記録\n相談者：宮坂 奈緒 様（緑野市本町5丁目8番2号）うつ病で通院中", B),
]

# company officers, published lists and historical persons -------------------------------------------------
LISTS = [
    ("vendor_officers", "業者名,所在地,電話,代表者\n緑野建設株式会社,緑野市本町2丁目8番1号,0467-55-1180,代表取締役 本郷 隆\n"
                        "有限会社若葉造園,緑野市西町4丁目2番3号,0467-55-7710,取締役 森 進一\n"
                        "光南電設株式会社,緑野市本町5丁目1番20号,0467-55-4400,代表取締役社長 南雲 和也", A),
    ("award_recipients_by_district", "市政功労者表彰（文化の日）\n　元市議会議員 秋山 正治 さん（本町）\n"
                                     "　保護司 小野 勝利 さん（西町）\n　民生委員 川島 千代 さん（東町）", A),
    ("english_role_line", "Guest lecturers: Dr. Ana Souza (University of Porto); Ms. Lena Fischer (City of Bonn)\n"
                          "Contact: lena.fischer@bonn.example.de", A),
    ("commendation_press_release", "人命救助の感謝状を贈呈します。\n贈呈を受ける方　会社員 岸 大輔 さん（34歳、西町在住）、"
                                   "看護師 白井 美穂 さん（41歳、本町在住）\n問い合わせ　緑野消防署 0467-55-0119", A),
    ("award_recipients_with_birth_dates", "市政功労者表彰\n　秋山 正治（昭和24年5月3日生、本町2丁目4番7号）\n"
                                          "　小野 勝利（昭和21年11月30日生、西町1丁目2番5号）", B),
    ("committee_roster_affiliations", "緑野市環境審議会 委員名簿\n区分\t氏名\t所属\n学識経験者\t石原 和彦\t北斗大学 教授\n"
                                      "関係団体\t中川 徹\t自治会連合会\n公募市民\t早川 美里\t―", A),
    ("committee_roster_home_contacts", "緑野市環境審議会 委員名簿\n氏名\t住所\t電話\n石原 和彦\t緑野市本町2丁目4番7号\t0467-55-1234\n"
                                       "中川 徹\t緑野市西町1丁目2番5号\t0467-55-5678\n早川 美里\t緑野市東町3丁目9番1号\t090-1234-8765", B),
    ("obituary_corner_by_request", "おくやみ（ご遺族が掲載を希望された方のみ）\n　浅見 キヨ さん（92歳）本町\n"
                                   "　北川 正 さん（85歳）西町\n　宮本 トシ子 さん（88歳）東町", A),
    ("award_address_on_next_line", "市政功労者表彰 受賞者\n　秋山 正治 さん\n　　住所 緑野市本町2丁目14番9号 電話 0467-55-2245\n"
                                   "　小野 勝利 さん\n　　住所 緑野市西町1丁目3番22号 電話 0467-55-7781", B),
    ("award_candidates_not_published", "市政功労者表彰 候補者（選考中）\n　秋山 正治 さん\n　小野 勝利 さん\n　川島 千代 さん", B),
    ("officer_title_with_private_mobile", "代表取締役 本郷 隆（携帯 090-7731-2284、自宅 緑野市本町6丁目1番9号）", B),
]

HISTORY = [
    ("born_before_1900", "人物,生年月日,業績\n間宮 林蔵,1780年3月2日,樺太の探検\n伊能 忠敬,1745年2月11日,日本地図の作成", A),
    ("death_date_column", "人物\t生年月日\t没年月日\n秋山 正治\t1935年1月20日\t2026年10月2日\n"
                          "本郷 静\t1921年4月8日\t2009年2月14日", A),
    ("living_person_birth_date", "児童 早川 ゆい\n生年月日 2023年6月14日\n住所 緑野市西町2丁目6番3号", B),
    ("table_without_death_column", "氏名\t生年月日\t入会日\n秋山 正治\t1935年1月20日\t2026年10月2日\n"
                                   "本郷 静\t1941年4月8日\t2009年2月14日", B),
]

# facility names read as names, and published corners with consent --------------------------------------
NAMES = [
    ("facility_name_key", '{"items": [{"name": "本町公民館", "address": "緑野市本町3丁目2番8号", "tel": "0467-55-0601"},\n'
                          ' {"name": "西町図書館", "address": "緑野市西町3丁目5番1号", "tel": "0467-55-0501"}]}', A),
    ("person_name_key", '{"items": [{"name": "片桐 正美", "address": "緑野市本町3丁目2番8号", "tel": "0467-55-8812"},\n'
                        ' {"name": "小野 勝利", "address": "緑野市西町3丁目5番1号", "tel": "0467-55-9021"}]}', B),
    ("baby_corner_with_consent", "すくすくベビー（掲載は保護者の同意済み）\n・みおちゃん（令和7年10月生まれ）（本町）\n"
                                 "・はるとくん（令和7年11月生まれ）（西町）", A),
    ("baby_with_full_birth_date", "すくすくベビー（掲載は保護者の同意済み）\n・みおちゃん（令和7年10月3日生まれ、"
                                  "本町2丁目4番7号）", B),
]

# facility lines: a landline or an address beside a facility name ----------------------------------
FACILITIES = [
    ("shelter_table", "No,施設名,所在地,電話\n1,緑野市立本町小学校,緑野市本町1丁目3番2号,0467-55-3301\n"
                      "2,特別養護老人ホーム 若葉苑,緑野市西町4丁目1番9号,0467-55-8120", A),
    ("venue_label", "日時 6月1日\n会場：緑野市西町4丁目1番9号 西町集会所\n持ち物 筆記用具", A),
    ("facility_row_with_resident", "若葉苑 入所者 片桐 トメ 様 緑野市西町4丁目1番9号 家族連絡先 090-4471-2290 認知症", B),
    ("address_under_a_name_label", "送付先　緑野市東町1丁目12番3号\n氏名　かわの みゆき", B),
]

# organisation signatures ---------------------------------------------------------------------------
SIGNATURES = [
    ("org_signature", "総務課 内田様\n打合せの件、承知しました。\n------------------------\n一般社団法人 緑野観光協会\n事業課 北条 和美\n"
                      "〒248-0011 神奈川県緑野市本町2丁目1番1号\nTEL 0467-55-7001\nkitajo@midorino-kanko.or.jp", A),
    ("business_signature_company_mobile", "ご挨拶まで。\n―――――――――\n株式会社若葉設備 工事部\n三輪 雄一\n"
                                          "TEL 0467-55-4410　携帯 080-2231-5507\ny.miwa@wakaba-setsubi.example.co.jp", A),
    ("private_signature_with_employer", "転入の件でご相談です。\n--------------------\n株式会社若葉物流 勤務\n森 恵介\n"
                                        "自宅：緑野市西町3丁目4番11号\n携帯：090-6632-1187", B),
    ("private_signature_no_org", "区画の件でご相談です。\n------------------------\n北条 和美\n神奈川県緑野市本町6丁目2番8号\n"
                                 "携帯 090-5120-3381\nkazumi.h1980@gmail.com", B),
]

# public accounts: the city's fee-payment account is published -----------------------------------
ACCOUNTS = [
    ("city_account_holder", "振込先\n緑野信用金庫 本店 普通預金 口座番号 7654321\n口座名義 緑野市会計管理者", A),
    ("city_account_label", "指定金融機関 緑野銀行 市役所出張所 普通 7012345 へお振り込みください。", A),
    ("placeholder_account", "振込先口座（記入例）　緑野銀行 本店 普通 0000000　口座名義 ミドリノ タロウ", A),
    ("company_account_zengin_abbreviation", "請求書の振込先：緑野銀行 本店営業部 当座 0456789 カ）ミドリノサービス", A),
    ("company_account_holder_label", "振込先 緑野銀行 駅前支店 普通 口座番号 2233445 口座名義 株式会社緑野サービス", A),
    ("sole_trader_account", "請求書の振込先：緑野銀行 本店営業部 普通 0456789 カタギリ マサミ", B),
    ("resident_refund_account", "還付先 緑野銀行 駅前支店 普通 口座番号 3349021 口座名義 カタギリ マサミ", B),
    ("city_then_resident", "市の収納口座 緑野銀行 本店 普通 7654321 口座名義 緑野市会計管理者\n"
                           "還付先 緑野銀行 駅前支店 普通 口座番号 3349021 口座名義 カタギリ マサミ", B),
]

# published bid results ------------------------------------------------------------------------------
BIDS = [
    ("result_table", "入札結果（公表）\n件名 本町公園トイレ改修工事\n予定価格 18,400,000円\n最低制限価格 16,100,000円\n"
                     "落札者 緑野建設株式会社\n落札金額 16,900,000円", A),
    ("next_bid_not_public", "入札結果（公表）\n落札者 緑野建設株式会社 落札金額 16,900,000円\n\n"
                            "次の案件（開札前）\n予定価格 42,000,000円", B),
    ("no_result_in_paragraph", "来週の工事の予定価格は 42,000,000円 で決裁済みです。", B),
]

# example markers in English forms and API documents ------------------------------------------------
EXAMPLES = [
    ("bracketed_sample_heading", "Residence form guide (SAMPLE)\nName: SAKURA Hanako\nDate of birth: 2 March 1991\n"
                                 "Phone: 090-0000-0000", A),
    ("example_response", "Example response:\n{\"name\": \"Hanako Sakura\", \"tel\": \"0467-55-9999\"}", A),
    ("examples_only_note", "Name: SAKURA Hanako\nDate of birth: 2 March 1991\n*The details above are examples only.", A),
    ("real_record_no_marker", "Name: Hanako Sakura\nDate of birth: 2 March 1991\nPhone: 090-4471-8823", B),
]

# placeholders: an identifier of one repeated digit ------------------------------------------------------
PLACEHOLDERS = [
    ("zero_my_number_in_form", "申告書（記入例）\n個人番号　0000 0000 0000（実際の番号を記入）", A),
    ("zero_my_number_without_marker", "個人番号欄には 000000000000 のように12桁で記入します。", A),
    ("real_my_number", "個人番号　4819 2736 5047 の方の申告書です。", B),
    ("digits_in_order", "住民票コードは「12345678901」のような11桁の番号ですか？", A),
    ("digits_in_order_in_a_record", "相談者 グエン・ミン さん（在留カード番号 UV12345678WX）、賃金未払いの相談。", B),
    ("provider_test_card_in_test_paragraph", "テスト環境ではテストカードを使います。\n3Dセキュアのテスト 4000 0027 6000 3184", A),
    ("card_beside_test_cards_but_real", "テストカード 4242 4242 4242 4242 は通るのに、お客様のカード 4539 1488 0343 6467 が失敗します。", B),
    ("card_without_test_context", "決済に使ったカード 4539 1488 0343 6467 の明細を確認したい。", B),
]

# a sensitive topic as what readers may ask about -----------------------------------------------------------
INQUIRIES = [
    ("service_inquiry_after_named_producer", "生産者の 宮内 和夫 さんの畑で収穫体験をしました。\n"
                                             "アレルギー対応食の問い合わせは給食センター 0467-55-2650 へ。", A),
    ("consultation_direction", "広報 12月号\n緑野市 文化祭の実行委員長 根本 大輔 さん\n生活保護のご相談は福祉課へ。", A),
    ("topic_about_the_named_person", "宮内 和夫 さん（86歳）はアレルギー対応食が必要です。", B),
    ("inquiry_word_on_the_person_line", "宮内 和夫 さんの生活保護の相談は来週に延期。", B),
]

TABLES = {"council": COUNCIL, "speakers": SPEAKERS, "lists": LISTS, "history": HISTORY, "names": NAMES,
          "facilities": FACILITIES, "signatures": SIGNATURES,
          "accounts": ACCOUNTS, "bids": BIDS, "examples": EXAMPLES,
          "placeholders": PLACEHOLDERS, "inquiries": INQUIRIES}
ROWS = [(f"{t}-{name}", text, want) for t, rows in TABLES.items() for name, text, want in rows]


@pytest.mark.parametrize("name,text,want", ROWS, ids=[r[0] for r in ROWS])
def test_public_context_rows(name, text, want):
    assert verdict(text) == want, name


def test_every_table_has_both_kinds():
    for t, rows in TABLES.items():
        assert {want for _, _, want in rows} == {A, B}, t


def test_apply_marks_only_what_it_explains():
    text = "会場：緑野市本町1丁目3番2号\n氏名：片桐 正美"
    addr = Hit("JP_ADDRESS", 3, 14, 0.9, {"level": "street"}, 0)
    person = Hit("PERSON", 18, 23, 0.8, {"official": False}, 1)
    public_context.apply(text, [addr, person])
    assert not addr.meta.get("informational")  # an address on the line above a private person's name
    assert "public_context" not in person.meta
    public_context.apply("会場：緑野市本町1丁目3番2号", [addr2 := Hit("JP_ADDRESS", 3, 14, 0.9, {}, 0)])
    assert addr2.meta.get("informational") and addr2.meta["public_context"] == "facility"


def test_apply_ignores_examples_and_empty():
    public_context.apply("", [])
    h = Hit("PERSON", 0, 2, 0.8, {"example": True, "honorific": "君"}, 0)
    public_context.apply("○議長（井上浩一君）", [h])
    assert "official" not in h.meta


def test_explain_shows_why_a_finding_was_public():
    ex = SCANNER.explain("会議録\n○議長（井上浩一君）　7番 大川 美鈴君。")
    kinds = {f.get("public_context") for f in ex["findings"] if f["entity"] == "PERSON"}
    assert "council" in kinds and ex["action"] != "block"
    assert "大川" not in str(ex)  # masked shapes only
