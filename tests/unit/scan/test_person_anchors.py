"""Full-pipeline rows for person + attribute forms without labels or honorifics."""

import pytest


@pytest.mark.parametrize("text,action", [
    ("田中一郎 090 3141 5926 に折り返し電話してください", "block"),  # bare full name + spaced mobile
    ("田中一郎 09031415926 に折り返し", "block"),
    ("木村拓也（昭和60年5月3日生）の健康診断結果をまとめて", "block"),  # name + 和暦 birth date
    ("部長の井上から連絡があった件、090-8765-4321へ電話をお願いします", "allow"),  # staff in capacity
    ("090 1234 5678 は誰の番号か調べる方法は？", "allow"),  # a number alone
    ("昭和60年5月3日生まれの人が今年何歳になるか計算して", "warn"),  # a birth date alone, no person
    ("夏目漱石（1867年2月9日生）の代表作を教えて", "allow"),  # public figure
    ("以下の名簿をExcel用に整形して\n1 井上 健太 総務課\n2 木下 さくら 税務課\n3 松田 翔 福祉課\n4 中島 愛 市民課",
     "block"),  # a roster without a 氏名 header
    ("・佐藤　健一（総務課）\n・高橋　美咲（税務課）\n・渡辺　大輔（福祉課）", "block"),
    ("会議の議題\n1 予算 編成\n2 人事 異動\n3 施設 管理", "allow"),  # list rows that are not names
    ("出張先\n・東京 本社\n・大阪 支社\n・名古屋 営業所", "allow"),
    ("参考文献\n1 夏目 漱石 こころ\n2 森 鴎外 舞姫\n3 芥川 龍之介 羅生門", "allow"),  # famous authors
    ("1 井上 健太 総務課\n本文が続きます。\n2 木下 さくら 税務課", "allow"),  # not three consecutive rows
    ("ユーザー名 admin パスワード P@ssw0rd123! でログインできない", "block"),  # password without a colon
    ("下記の職員の人事評価コメントを書き直して。対象：経理課 岡田 直人（評価C、遅刻が多い）", "block"),  # label, unit, name
    ("対象：経理課の全職員に研修の案内を送る文面", "allow"),
    ("Please summarize: Patient Hanako Suzuki (DOB 1979-02-14) was admitted for depression treatment.", "block"),
    ("Contact: Ms. Emily Clark, emily.clark@gmail.com, +81 90-3141-5926", "block"),
    ("Name: Taro Yamada, Tel 090-3141-5926", "block"),
    ("Mr. Smith に会議の御礼メールを英語で", "allow"),  # a name alone
    ("Patient Care Plan の翻訳をお願いします。問い合わせ 090-3141-5926", "allow"),  # a heading, not a name
    ("Customer Service の英語メールを書いて", "allow"),
    ("メールアドレス hanako.tanaka1985@yahoo.co.jp 宛に督促状を送る文面", "block"),  # sensitive + personal contact
    ("携帯 090-2222-3333 の方から生活保護の申請について相談があった", "block"),
    ("生活保護の相談窓口は 0120-123-456 です。案内文を作って", "allow"),  # toll-free office number
    ("生活保護の申請方法を info@city.midorino.lg.jp に問い合わせる文面", "allow"),  # the office's own address
], ids=["spaced-mobile", "plain-mobile", "wareki-dob", "staff-title", "number-alone", "dob-alone", "public-figure",
        "roster-numbered", "roster-bullets", "list-not-names", "list-places", "famous-authors", "rows-apart",
        "password-space", "label-unit-name", "label-unit-no-name", "latin-patient-dob", "latin-ms-email",
        "latin-name-label", "latin-name-alone", "latin-heading", "latin-customer-service",
        "sensitive-personal-email", "sensitive-personal-mobile", "sensitive-office-number", "sensitive-office-email"])
def test_person_with_attribute(scanner, text, action):
    assert scanner.scan(text).action == action
