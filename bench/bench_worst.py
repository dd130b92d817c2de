"""Worst-case benchmark: crafted inputs per recognizer family, 25 KB and 100 KB each (issue 12).

    python bench/bench_worst.py [--rounds 3] [--only public_context]

For every family the scanner (the full default pipeline, in-process, as the gateway runs it) scans an
adversarial text built to make that recognizer work hardest — long separator chains after a label, labels
repeated thousands of times, zero-width characters after every digit, runs of ``@``, ``::``, ``P<`` … — at
25 KB and at 100 KB. Reported: the fastest of the rounds in milliseconds for each, characters per second at 100 KB, and the growth
ratio t(100 KB) / t(25 KB): about 4 for linear work, 16 for quadratic. A ratio above 6 is flagged. The
`unwrap` rows time the hidden-text decoder (base64 / percent / quoted-printable) the pipeline runs as well.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gateway.rules import DEFAULT_RULES_DIR  # noqa: E402
from gateway.scan.api import load_scanner  # noqa: E402
from gateway.unwrap import hidden_texts  # noqa: E402


def fill(unit: str, size: int) -> str:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


# family -> a function of the size in characters
CASES: dict[str, Callable[[int], str]] = {
    "my_number: label + endless separated digits": lambda n: "個人番号：" + fill("1 ", n),
    "my_number: label repeated with 11 digits": lambda n: fill("個人番号 12345678901 ", n),
    "digits: zero-width after every digit": lambda n: fill("5\u200b", n),
    "digits: full-width with dashes": lambda n: fill("５－", n),
    "digits: long pieces joined by spaces": lambda n: fill("526018159084 ", n),
    "phone: 0 with dash chains": lambda n: "電話 " + fill("0-", n),
    "phone: labels and numbers": lambda n: fill("携帯 090-1234-56 ", n),
    "address: prefecture/city chains": lambda n: fill("東京都千代田区霞が関1-", n),
    "address: towns with 丁目 and no city": lambda n: fill("若葉台2丁目14-", n),
    "html: table cells": lambda n: fill("<tr><td>田中 一郎</td><td>090-1234-5678</td>", n),
    "html: cell tags with long attributes": lambda n: fill('<td class="' + "x" * 190, n),
    "date_of_birth: era words": lambda n: fill("生年月日 昭和", n),
    "date_of_birth: dates everywhere": lambda n: fill("1980年1月2日生 ", n),
    "email: at signs": lambda n: fill("a@", n),
    "email: dotted local parts": lambda n: fill("a.b.c.", n) + "@x",
    "credential: password labels": lambda n: fill("password=", n),
    "credential: key prefixes": lambda n: fill("AKIA sk-", n),
    "credential: Wi-Fi QR payloads": lambda n: fill("WIFI:T:WPA;S:a;", n),
    "ip_address: colons": lambda n: fill("::", n),
    "ip_address: dotted digits": lambda n: fill("1.2.3.", n),
    "passport: MRZ starts": lambda n: fill("P<", n),
    "credit_card: groups": lambda n: fill("4111 ", n),
    "bank_account: labels and digits": lambda n: fill("口座 普通 1234567 ", n),
    "person: honorifics": lambda n: fill("様", n),
    "person: label then surnames": lambda n: "氏名：" + fill("田中", n),
    "person: self-introductions": lambda n: fill("田中と申します。", n),
    "person: roster rows": lambda n: fill("田中 一郎\n", n),
    "person: role labels (…者:) with names": lambda n: fill("被害申告者:山田 ", n),
    "person: spoken self-identification (…です)": lambda n: fill("はい、あの、わたなべ ゆりです。携帯 090-1234-5678 ", n),
    "person: kana pairs before です, no name": lambda n: "携帯 090 " + fill("、ああ いいです", n),
    "person: Latin names before honorifics": lambda n: fill("Aoife Murphy-Kelly O'Brienさん", n),
    "person: Latin rows with contacts": lambda n: fill("- Aoife Murphy-Kelly, 2-8-3 Nishi-machi, 080-3314-7720\n", n),
    "person: English intros": lambda n: fill("Hi, this is Siobhan O'Brien. ", n),
    "person: kana names after labels without a colon": lambda n: fill("氏名 かわの みゆき ", n),
    "person: single Latin names before honorifics": lambda n: fill("Smithさん ", n),
    "person: katakana dotted names before honorifics": lambda n: fill("グエン・ヴァン・ナム・ア・イさん", n),
    "person: SURNAME, Given rows": lambda n: fill("SANTOS, Maria — 090-2281-4470\n", n),
    "person: kanji names before です after verbs": lambda n: "電話 " + fill("した杉山 礼子です。", n),
    "person: children with school grades": lambda n: fill("・湊 ひかり(小4)(中 (年長)", n),
    "person: residents' self-introductions in other languages": lambda n: fill("Tôi là Nguyễn Thị Lan, 我叫李娜，성명: 김민지 ", n),
    "person: record numbers before names": lambda n: fill("学籍番号 24S0317 谷口 美月 職員番号 ", n),
    "vehicle_plate: plate-shaped runs": lambda n: "車両 " + fill("品川 300 さ 48-21 300 さ ", n),
    "credential: password words then arrows": lambda n: fill("パスワード → ", n),
    "example: English SAMPLE headings": lambda n: fill("SAMPLE\nExample: ", n),
    "marking: repeated words": lambda n: fill("機密性", n),
    "marking: open brackets": lambda n: fill("【", n),
    "restriction: action lists without a restriction": lambda n: fill("複製・転送・", n) + "禁止",
    # one long line packed with markings: every match checks its line and sentence (bounded reach)
    "marking: one line packed with 部外秘": lambda n: fill("部外秘 ", n),
    "restriction: one line packed with 複製禁止": lambda n: fill("複製禁止 ", n),
    "marking: ruled and note lines": lambda n: fill("――― 庁内限り ―――\n※他言無用\n", n),
    "marking: bracketed lists of markings": lambda n: fill("（開札前・取扱厳重注意・", n) + "）",
    "credential: password table columns": lambda n: "host\tuser\tpassword\n" + fill("srv01\tadmin\tPa55w0rd!x\n", n),
    "credential: command-line passwords": lambda n: fill("mysql -u root -pS3cr3t! sshpass -p x ", n),
    "credential: connection strings": lambda n: fill("postgres://u:p@h/db Pwd={a;b} redis://:x@h ", n),
    "internal_matter: private host tables": lambda n: fill("192.168.10.1 srv-a VLAN20\n", n),
    "internal_matter: amounts under a price header": lambda n: "予定価格\n" + fill("1,234,000円\n", n),
    "passport: letters before spaced 7-digit runs": lambda n: fill("旅券 TK1234567 2 ", n),
    "credit_card: label then digits over lines": lambda n: fill("カード番号\n4460 1286\n", n),
    "health_insurance: numbers with the label after": lambda n: fill("91728683（保険者番号）", n),
    "bank_account: holders without an organisation": lambda n: fill("口座番号 1234567 名義 あいうえおかきくけこさしす", n),
    "credential: Terraform variables without a default": lambda n: fill('variable "db_password" { type = string ', n),
    "credential: pgpass-like lines": lambda n: "~/.pgpass\n" + fill("h:5432:d:u:", n),
    "credential: ldap / sqlcmd / redis-cli command lines": lambda n: fill("ldapsearch -x sqlcmd -S h redis-cli mongo ", n),
    "marking: aligned metadata fields": lambda n: fill("文書番号 第31号 機密性 2 保存期間 5年 ", n),
    "marking: markings shown in training text": lambda n: fill("【機密性2】と表示し（庁内限り）などと併記", n),
    "restriction: declared on the document": lambda n: fill("本資料の複製を禁ず\n", n),
    "internal_matter: estimate before the opening": lambda n: fill("入札前 積算 1,234,000円 ", n),
    "internal_matter: posts named with の": lambda n: fill("内示前 税務課の係長 ", n),
    "internal_matter: unannounced plans": lambda n: fill("まだ公表前 not yet announced ", n),
    "credential: Authorization in dicts": lambda n: fill('{"Authorization": "Bearer ', n),
    "credential: typed constants": lambda n: fill("Const FTP_PASS As String ", n),
    "marking: quoted markings before goods": lambda n: fill("「秘」スタンプ 1個、", n),
    "identifiers: romanised labels and quotes": lambda n: fill('hokensha_bango: "jumin_code": "', n) + "12345678",
    "identifiers: labels then numbers read out with の and over lines": lambda n: fill("基礎年金番号 12の34\n免許証番号\n12\n", n),
    "credential: secret words inside long keys": lambda n: fill("clientSecretPasswordToken", n) + ": 'x'",
    "credential: JSON secret keys": lambda n: fill('"apiKey": "x", "ClientSecret": ', n),
    "credential: webhook URL prefixes": lambda n: fill("https://a.webhook.office.com/webhookb2/ /api/webhooks/1 ", n),
    "identifiers: member and resident-code labels then short groups": lambda n: fill("被保険者番号\n12\n住民票コード\n34\n", n),
    "credential: backup-code and PIN labels": lambda n: fill("backup code: 12 暗証番号：12 recovery ", n),
    "internal_matter: assessment words": lambda n: fill("査定前 一次査定 ", n),
    "digits: spaced groups each followed by a count": lambda n: fill("1234 5678 9012 3人 ", n),
    "credential: password labels with remarks and colons": lambda n: fill("PW：あいうえおかきくけこ：", n),
    "sensitive: topic words": lambda n: fill("生活保護 ", n),
    "internal_matter: price words": lambda n: fill("予定価格 ", n),
    "table: CSV with headers": lambda n: "氏名,個人番号,電話\n" + fill("田中,1234,090\n", n),
    "address_romaji: blocks and suffixes": lambda n: fill("1-2-3 Kita Minami Naka, Aoba-ku ", n),
    "address_romaji: suffixes without blocks": lambda n: fill("Aaaa Bbbb-shi Cccc City ", n),
    "address_romaji: labels": lambda n: fill("my address is 1-2 Aa live at ", n),
    "credential: env name then value": lambda n: fill("- name: DB_PASSWORD_X\n  value: ", n),
    "internal_matter: surnames with titles": lambda n: "内示前 " + fill("佐々木主査を", n),
    "marking: quoted markings listed": lambda n: fill("「機密性３」と、", n),
    # public-document context (gateway/scan/public_context.py): every finding reads one bounded line
    "public_context: council speaker lines (君)": lambda n: "会議録\n" + fill("○議長（山田太郎君）12番 鈴木花子君\n", n),
    "public_context: speaker roles and continuations": lambda n: fill("講師：教授 山田 太郎 氏\n　　代表 鈴木 花子 氏\n", n),
    "public_context: one line of facility phones": lambda n: fill("公民館 042-555-0101 住所 みどり野市緑町1-2-3 ", n),
    "public_context: separators and signatures": lambda n: fill("-----\n総務課 042-555-0101\n", n),
    # (round 15: the facility-name and legal-form line passes try only the lines holding their cue words)
    "public_context: facility, legal-form words a line": lambda n: "電話 042-555-0101\n" + fill(
        "北町小学校 センター 株式会社 事務所 大学 研究所\n", n),
    "public_context: long lines, a facility word last": lambda n: "電話 042-555-0101\n" + fill("あ" * 200 + "センター\n", n),
    "public_context: accounts with holders": lambda n: fill("口座 普通 1234567 口座名義 みどり野市会計管理者\n", n),
    "public_context: bid prices beside results": lambda n: fill("予定価格 1,234,000円 落札者 開札前\n\n", n),
    "public_context: placeholder identifiers": lambda n: fill("個人番号 0000 0000 0000 ", n),
    "public_context: topics before inquiry words": lambda n: fill("生活保護対応食対応の相談", n),
    "public_context: role-headed lines of names": lambda n: fill("Guest lecturers: Ms. Ana Souza; Dr. Lena Fischer; ", n),
    "public_context: published lists and officers": lambda n: "表彰\n" + fill("代表取締役 山田 太郎 さん（本町）\n", n),
    "public_context: birth and death date rows": lambda n: "没年月日\n" + fill("山田 太郎\t1935年1月20日\t2026年10月2日\n", n),
    "public_context: test-card paragraphs": lambda n: fill("テストカード 4000 0027 6000 3184 ", n),
    "public_context: business signatures with mobiles": lambda n: fill("-----\n株式会社A 工事部\nTEL 042-555-0101 携帯 080-1234-5678\n", n),
    "public_context: facility names in name keys": lambda n: fill('{"name": "中央公民館", "tel": "042-555-0601"}, ', n),
    "example: bracketed SAMPLE and example responses": lambda n: fill("(SAMPLE) Example response: ", n),
    # round 5 (personal data and names): every line a header, split-name columns, "/" field lists, OCR'd label
    # lines, spoken kana numbers, relation-age subjects, fiction cues, staff numbers before names
    "table: every line a 氏名 header": lambda n: fill("氏名|\n", n),
    "table: 姓|名 split-name headers and rows": lambda n: fill("姓|名\n", n),
    "table: English name, headers": lambda n: fill("name,\n", n),
    "table: cell-reference headers": lambda n: fill("A1: Name  B1: DOB\nA2: Lin Mei  B2: x\n", n),
    "table: cell references on one line": lambda n: "A1: Name B1: DOB\n" + fill("A2: Lin Mei B2: x ", n),
    "table: '/' field lists with gaps": lambda n: fill("項目:氏名/ふりがな/生年月日\n\n\n", n),
    "date_of_birth: one line of labels, cell references": lambda n: fill("A2: 名前 B2: 生年月日 ", n) + "\n",
    "date_of_birth: label lines before dates": lambda n: fill("生年月日\n昭和60年\n", n),
    "person: labels alone on their line": lambda n: fill("氏名\n漆原\n", n),
    "person: relation, age and sex": lambda n: fill("本人(84歳・女性、", n),
    "person: fiction cues": lambda n: fill("小説の", n),
    "person: staff numbers before headings": lambda n: fill("職員番号 20415 河内 亮介(子育て支援課 主事)", n),
    "person: intros after の": lambda n: fill("在住の井ノ口と申します", n),
    "person: pupils after a class, more words": lambda n: fill("2年3組 千葉 蒼空 ", n),
    "person: event roles before names": lambda n: fill("講師：北村 直子 氏 ", n),
    "person: labels read as names (申立人)": lambda n: fill("申立人 大塚 由佳 ", n),
    "sensitive: specialties before 医": lambda n: fill("精神科医 ", n),
    "person: hiragana roster rows": lambda n: fill("1 あべ ひなの 母\n", n),
    "person: passport-style names after labels": lambda n: fill("氏名:TRAN/THI MAI ", n),
    "person: staff titles near health-check words": lambda n: fill("主査 小川 誠 要精密検査 ", n),
    "person: hiragana signatures": lambda n: fill("いしかわ ななみ\n携帯 070-5512-3397\n", n),
    "person: list rows with a political group": lambda n: fill("1 高畑 義明 君(市民クラブ)\n", n),
    "date_of_birth: の after the year": lambda n: fill("平成十年の五月二十日生まれ ", n),
    "person: romanised honorifics": lambda n: fill("Mayor Yamada Haruto-san ", n),
    "person: romanised honorifics without names": lambda n: fill("-san ", n),
    "phone: numbers read out in kana": lambda n: fill("ゼロキューゼロ、イチニーサンヨン、", n),
    "phone: digit group then kana": lambda n: fill("090の、よんいちにー ", n),
    "phone: kana readings of zero in prose": lambda n: fill("れいの", n),
    "fixed_layout: a layout on every line": lambda n: fill("12桁 区分1・番号12・カナ氏名16・生年月日8\n", n),
    "fixed_layout: one layout, every line a record": lambda n: "レイアウト：区分1・番号12・カナ氏名16・生年月日8\n" + fill(
        "1314159265352ｲｼｸﾞﾛ ﾀｶｼ       19620315\n", n),
    "marking: quotations named in one long line": lambda n: fill("「機密性２」と書かれた ", n),
    "insert: VALUES with nested calls": lambda n: fill("INSERT INTO t (a, name) VALUES (f(1), 'ア イ'),\n", n),
    "mixed: everything at once": lambda n: fill("氏名：田中 個人番号 1 2 3 電話 0-0 a@b 機密性 :: 【 様 ", n),
    # round 14's passes: line decoration, spaced addresses, label values, indexed secrets, document columns
    "lines: nested quote prefixes": lambda n: fill("> > > 氏名 ", n),
    "lines: numbered listing": lambda n: fill("1: 番号\n2: 番号\n", n),
    "lines: escaped breaks": lambda n: fill("氏名\\n住所\\t", n),
    "address: spaced city, town and block": lambda n: fill("北浜市 汐入台 4丁目 ", n),
    "person: relation words after a label": lambda n: fill("相談者：本人　母　父　", n),
    "credential: indexed by a schema URL": lambda n: fill('.Item("http://a/b/c/d/e/f/g/h/password") = ', n),
    "table: document cells before numbers": lambda n: fill("運転免許証,620812942542,書類番号,", n),
    "table: prose with commas over lines": lambda n: fill("To make it easy, please charge it to my card: more,\n", n),
    # round 15, the lead: each new look around a marking, a label or a list on one endless line
    "marking: template placeholders after marks": lambda n: fill("秘　令和○年○月○日まで ", n),
    "marking: stamps and displays quoted": lambda n: fill("浸透印「取扱注意」、「秘」の表示が必要 ", n),
    "marking: declared by the record's sentence": lambda n: fill("本記録は記録であり、関係者限り。", n),
    "public: artefact cues with markings": lambda n: fill("市史の翻刻（公文書館所蔵）昭和十九年 極秘 ", n),
    "public: register with charges words": lambda n: fill("ホームページで公開済みの名簿 利用者 「利用者」 山田 太郎 ", n),
    "person: sex fields between names and dates": lambda n: fill("鈴木 一郎　男　1962/03/05　", n),
    "person: party labels over indented lines": lambda n: fill("債務者　〒１２３－４５６７\n　　　　根岸　隆之\n", n),
    "table: columns named in the request": lambda n: fill("列は左から 番号・氏名・生年月日 です。\n", n),
    # round 16, the lead: each new look (facility tokens, pupils after a grade, account lines, chat answers,
    # keystrokes, a name before a number, a business caller, a dwelling after a district, quoted categories)
    "person: facility-name tokens in a JSON list": lambda n: fill('{"name": "北浜市立第二中学校 体育館", ', n),
    "person: school and grade before names": lambda n: fill("北浜中学校 2年 宮田 結衣（14）", n),
    "credential: account words over user / password lines": lambda n: fill("アカウント\n・lib-admin / Vx8!nQ3r#Kd2\n", n),
    "credential: password questions and chat answers": lambda n: fill("パス何でしたっけ？\n[09:13] 宮本：Hk7#wQ2m!Zr です\n", n),
    "credential: keystrokes": lambda n: fill('SendKeys::SendWait("Tq9!mLx2#Vb")\n', n),
    "my_number: a full name before each 4-4-4 number": lambda n: fill("森川 沙耶　2609 4817 3559 ", n),
    "public: company and role before names": lambda n: fill("北斗設備工業 営業 千葉さん 011-555-0142 ", n),
    "address: numbered flats after districts": lambda n: fill("若葉台三丁目（若葉台団地12号棟）", n),
    "internal: quoted categories a rules text adds": lambda n: fill("例示に「予定価格」「人事異動の内示前情報」を追加する。", n),
    "person: addressees after street addresses": lambda n: fill("北浜市港町3-4-5　森下 直樹\n", n),
    "person: house numbers with no name after": lambda n: fill("北浜市港町3-4-5 ", n),
    # round 17: each new look (era letters, kana names before a birth, rosters below a rule, passport order, a subject
    # singled out, facility rows, household rows, quoted marking lists, table cells, cookies are in carriers)
    "records: era-letter dates after padded kana names": lambda n: fill("0021ﾀｶﾏﾂ ﾖｼｵ          S330712M0100\n", n),
    "person: kana names before birth dates": lambda n: fill("イシワタ マサコ 平成2年11月3日生\n", n),
    "public: rosters below a rule line": lambda n: fill("――――\n1 筧 正之 北浜市旭町2-11 090-3381-5520\n", n),
    "person: passport-order Latin names": lambda n: fill("ネパール国籍 SHRESTHA Anil Kumar（31・", n),
    "person: capitals with no cue": lambda n: fill("ABCDEF Ghijk ", n),
    "person: subjects and uniqueness cues": lambda n: fill("対象者：Ｘ氏 唯一の ", n),
    "person: uniqueness cues alone": lambda n: fill("うち唯一の中は本人のみ ", n),
    "person: staff after facilities": lambda n: fill("長峰西中学校　　　根岸 孝雄　※\n", n),
    "person: household rows": lambda n: fill("①　３－１２　志賀　正道　□\n", n),
    "marking: quoted lists in a rules text": lambda n: fill("（１）「複製禁止」又は「持出禁止」\n", n),
    "marking: cells of a glossary": lambda n: fill("取扱注意\t\t\n", n),
    "internal: prices under titled results": lambda n: fill("入札結果一覧\n予定価格 19,800,000円\n\n", n),
    # round 18: dwellings by estate, record cells with a reading, layouts' positions, broken numbers, key bodies, uniqueness
    # cues before their subject, free-mail senders, talk titles, table bars of levels
    "address: estates with blocks and rooms": lambda n: fill("市営桜ヶ丘団地3号棟405号室の世帯、", n),
    "address: estate words without a room": lambda n: fill("北野台団地住宅団地住宅", n),
    "dob: name, reading and date cells": lambda n: fill("VALUES (1,'奥寺 茂','オクデラ シゲル','1952-11-08'),", n),
    "my number: a layout and its records": lambda n: " 5-16　個人番号\n" + fill("0001739104826658202504010112\n", n),
    "phone: numbers broken over lines": lambda n: fill("電話：070-\n4418-2093\n", n),
    "credential: key bodies before END lines": lambda n: fill("QUJDQUJDQUJDQUJDQUJDQUJDQUJD\n-----END RSA PRIVATE KEY-----\n", n),
    "person: cues before their subject": lambda n: fill("唯一の女性救急救命士、１世帯だけのご家庭 the only fourth grader ", n),
    "person: free-mail senders and sign-offs": lambda n: fill("差出人：a.b@gmail.com\n本文\n亀田\n", n),
    "marking: bar tables of levels": lambda n: fill("機密性３ | 持出禁止\n", n),
    "person: people described, not named": lambda n: fill("2年3組の窓側の席の女子生徒 サッカー部キャプテン 副市長のご長男 ", n),
    "restriction: asked in words": lambda n: fill("このメモは持ち出したり転送したりしないようお願いします。", n),
    "restriction: requests with no document": lambda n: fill("持ち出したりコピーしたり印刷したり", n),
    "address: city housing units in English": lambda n: fill("city housing the lady in unit C-204 ", n),
    "marking: quoted markings shown": lambda n: fill("「取扱制限：持出禁止」「部外秘」", n),
    # round 19: conditions named by their shape, lists of names under a colon, names with their romanisation, list
    # items on a Latin name, passwords in prose, ipsec secrets, enumerated markings, names said before "full name ko"
    "sensitive: condition suffixes": lambda n: fill("夜尿症ダウン症候群川崎病", n),
    "sensitive: suffixes after long kanji runs": lambda n: fill("漢字漢字漢字漢字漢字症", n),
    "person: colon lists of full names": lambda n: fill("305号室：小松 悠人、榎本 颯、平田 晴、宇野 蒼\n夜尿症\n", n),
    "person: names with romanisation": lambda n: fill("Aoyama Tomoki（青山 智樹）", n),
    "person: Latin list items": lambda n: fill("- Sofia Reyes-Nakamura: allergy\n", n),
    "person: Tagalog names before full name ko": lambda n: fill("Maricel Dela Torre Hasegawa po ", n) + "full name ko",
    "credential: passwords in prose": lambda n: fill("PWは当面 Kanri#2026mz で", n),
    "credential: ipsec secrets lines": lambda n: fill('@a 10.0.0.1 : PSK "', n),
    "marking: enumerated in a rules text": lambda n: "次に掲げる取扱制限\n" + fill("　ア　複製禁止\n", n),
    "person: Latin subjects with bracket notes": lambda n: fill("Anna Kowalski (ALT, Kita JHS) was ", n) + "arrested.",
    "person: hiragana surnames before kanji": lambda n: fill("もりたもりた翔くん", n),
    "person: grades heading roster rows": lambda n: "学童\n" + fill("1年 ひらの ゆい　卵\n", n),
    "document: example leads": lambda n: fill("for example:\n", n),
    "credential: romaji passwords": lambda n: fill("pasu wa Kg4!rv_Tm2026q ", n),
    "card: numbers with an English expiry": lambda n: fill("4539 1488 0343 6467, expiry 11/28 ", n),
    "internal: romaji keys with figures": lambda n: fill('"yotei_kakaku": 127600000, ', n),
    # round 20: vertical text, landmarks before homes, residents on the next line, sample captions, stamps described,
    # staff records after の, headers with bracketed code systems
    "markup: one character a line": lambda n: fill("個\n人\n番\n号\n１\n２\n", n),
    "markup: single-character lines broken by blank lines": lambda n: fill("a\n\nb\n", n),
    "address: landmarks before homes": lambda n: fill("森田商店の裏のアパートの向かいの家の隣の", n),
    "address: residents on the next line": lambda n: fill("市営若葉台住宅 2号棟105号室\n対象：70代", n),
    "marking: sample captions over markings": lambda n: fill("【見本】\n機密性２\n", n),
    "marking: stamps described": lambda n: fill("[スタンプ:取扱注意]", n),
    "person: staff records after の": lambda n: fill("芦田主査の前期の人事評価、", n),
    "table: headers with bracketed code systems": lambda n: fill("| 氏名 | 病名(ICD-10) |\n", n),
    # round 21: initials, class lists, house names heading items, counts leaving one, chat pieces, form layouts (checkbox
    # choices, key,value rows, digit lines, URL queries), the writer's first-person cues
    "person: dotted initials": lambda n: fill("A.B.C.さん K. T.（3年 ", n),
    "person: class list rows": lambda n: "学年組,出席番号,備考\n" + fill("4年2組,17,卵\n", n),
    "person: house names heading items": lambda n: fill("・カネ十（かねじゅう）さん：\n", n),
    "person: counts leaving one": lambda n: fill("（団員14名、うち女性は1名）の", n),
    "markup: chat pieces": lambda n: fill("[09:01] 岩城: aB3#kQ\n", n),
    "markup: checkbox choices": lambda n: fill("□大正 □昭和 ■平成 ", n),
    "markup: key,value rows": lambda n: fill("氏名,平良 朝子\n", n),
    "markup: digit lines under a label": lambda n: "番号\n" + fill("4539 8812\n", n),
    "markup: URL query fields": lambda n: "GET /a?" + fill("child_name=Ito+Mei&", n) + "x=1",
    "person: first-person cues after units": lambda n: fill("市民課の佐藤です。私は", n),
    # round 22: DataFrame rows, backup-code lists, chat phrases left open, key prefixes before labels, staff list rows,
    # schedule lines, quoted shop names, fixed layouts with remarks, bracket notes before markings
    "markup: DataFrame rows under a name header": lambda n: "      番号      氏名  年齢\n" + fill("0  1001  堀内 紀子   66\n", n),
    "credential: backup code lines": lambda n: "バックアップコード\n" + fill("5521 8807\n", n),
    "markup: chat phrases left open": lambda n: fill("20:01 相談者「平成9年の」\n", n),
    "person: identifiers ending in name": lambda n: fill("cityName:緑川市 companyName:", n),
    "person: staff rows under a record heading": lambda n: "時間外勤務実績\n" + fill("税務課　主査　片岡 亮　112.5時間\n", n),
    "internal: schedule lines": lambda n: fill("公告 1/31、開札 2/18 設計書 27,830,000円 ", n),
    "person: quoted shop names": lambda n: fill("「まるや酒店」の主人（", n),
    "layout: remarks after items": lambda n: fill("氏名20桁（半角）／", n),
    "marking: bracket notes before markings": lambda n: fill("「資料」（貸与、機密性２）", n),
    # round 23: people singled out by description (anchors, uniqueness cues, habits), grades in plain words, a
    # pseudonym's key, first-person writers, dated row cells, notes inside a public document
    "person: described with anchors": lambda n: fill("毎朝駅前の広場で赤いキャップの82歳の元運転手の男性（", n),
    "person: uniqueness cues with nouns": lambda n: fill("司書（1名のみ）、唯一、店主は", n),
    "sensitive: grades after 評価": lambda n: fill("評価、やっぱり", n) + "C",
    "person: pseudonym keys": lambda n: fill("ハル＝穂積 拓海（南町）／", n),
    "person: first-person writers": lambda n: fill("市民課の佐藤 一郎です。私は適応障害", n),
    "identifiers: dated row cells": lambda n: fill("SATO,KEN,TR1234567,1988/02/11\n", n),
    "public: editor's notes": lambda n: fill("【編集メモ・掲載前に削除】\n", n),
    # round 24: the profile of a described person, tables of described rows, glued names with readings, interview
    # transcripts, relatives of a post, schedules ahead
    "person: profiles of described people": lambda n: fill("駅前の赤い帽子で黄色い軽トラに犬を乗せた元大工の男性（82）、", n),
    "person: profile nouns without details": lambda n: fill("方の人の家の男性の", n),
    "person: relatives of a post": lambda n: fill("分団長（元消防士）の長男の", n),
    "person: described table rows": lambda n: "地区,目印,年齢,性別,状況\n" + fill("柳町3丁目,橋の手前,88,女,独居\n", n),
    "person: glued names with readings": lambda n: fill("宮後隆之（みやご・たかゆき）、", n),
    "person: interview speaker lines": lambda n: "面談記録\n職員 汐見 匠（主事）\n" + fill("汐見：督促の電話が怖くて\n", n),
    "internal: schedules ahead": lambda n: fill("予定価格は1億円、公告は11/20、開札12/9の予定 ", n),
    # round 25: cue words packed (each tries the described pattern at its reach before it), delimited name and reading
    # cells, spaced OCR amounts, community posts, quoted restriction lists, resident introductions
    "person: described cues packed": lambda n: fill("副市長の奥さんの母の娘の姉の店主の", n),
    "person: referent cues packed": lambda n: fill("職員の看護師の主任の係員の", n),
    "person: name and reading cells": lambda n: fill("1001,柊木 早苗,ヒイラギ サナエ,", n),
    "internal: spaced amounts": lambda n: fill("予定価格 4 8 , 6 2 0 ", n),
    "person: community posts": lambda n: fill("第3分団の分団長さん、", n),
    "marking: quoted restriction lists": lambda n: fill("「複製禁止」「持出禁止」", n) + "等",
    "person: resident introductions": lambda n: fill("\n弁天町の鶴巻です。", n),
    "identifiers: long cell before numbers": lambda n: fill("x" * 1500 + ",1234567,7654321,1357913\n", n),
    # round 26: surnames with ages as list rows, colleagues after the writer's unit, spaced names with readings and ages,
    # a staff introduction before many names, private host maps, example values printed again, shop-and-home addresses,
    # a figure's life span at another mention, estates' floors and rooms
    "r26: surname and age rows": lambda n: fill("\n・柿沼(84) 独居、在宅酸素", n),
    "r26: colleagues before patient words": lambda n: fill("弊課の田中は入院し、", n),
    "r26: spaced names with readings and ages": lambda n: fill("男性 上遠野 稔（うえとおの みのる）33歳、", n),
    "r26: staff introduction then names": lambda n: "職員を紹介します。\n" + fill("園長 望月 久美子さん\n", n),
    "r26: private host map": lambda n: fill("remote=10.1.%d.%d:502 " % (1, 2), n),
    "r26: example value printed again": lambda n: '"AB12345678CD"\n' + fill("ab12345678cd True\n", n),
    "r26: shop-and-home addresses": lambda n: fill("本町1丁目3-9、店舗兼住宅 滞納 ", n),
    "r26: life span at another mention": lambda n: fill("斎部玄周（いんべ げんしゅう）は結核、", n) + "斎部玄周（1841～1897）",
    "r26: estate floors and rooms": lambda n: fill("市営桜ヶ丘団地 C棟3階 307号室の世帯、", n),
    # round 27: katakana surnames glued to staff titles before patient words, titled heading brackets, matter headings and
    # record titles, names spelled out after a comma, Latin roster rows with dates, Latin names with 先生 as a matter,
    # greeting writers with full names, letter-spaced licence numbers after their label
    "r27: katakana surname and title before patients": lambda n: fill("カツラギ主任は入院し、", n),
    "r27: titled heading brackets": lambda n: fill("\n■ 小川 みどり　教諭（第3学年2組担任）", n),
    "r27: matter headings and record titles": lambda n: fill("\n【道路課　萩行係長　件】\n■ 面談記録　福祉課　嶌田", n),
    "r27: names spelled out after a comma": lambda n: fill("満留 康夫、みつどめ、です。", n),
    "r27: Latin roster rows with dates": lambda n: fill("\n1. Emily Carter / 2009年4月3日 / ", n),
    "r27: Latin names with 先生 as a matter": lambda n: fill("Daniel Okafor先生について、", n),
    "r27: greeting writers with full names": lambda n: fill("お疲れさまです。芦原 ひかり です。長男が", n),
    "r27: licence numbers letter-spaced": lambda n: fill("運転免許証番号　第 5 3 0 8 1 2 4 6 7 7 0 1 号\n", n),
    # round 28: the label and heading readers' new shapes
    "r28: labels with units and a post": lambda n: fill("\n相談者　子育て支援課 こども給付係 主事　兵頭 みのり（入庁2年目）", n),
    "r28: unit, post and name lines above items": lambda n: fill("\n環境部 清掃事務所 主任　大曽根 健吾\n・眠れず", n),
    "r28: circled list items and compound labels": lambda n: fill("\n①百々 雅美（中央図書館 担当、任用4年目）\n２　被害生徒　樋渡 ゆずは", n),
    "r28: glued ranks and memo matter lines": lambda n: fill("\n鰐淵消防士長の件（中央署）\n五十嵐士長の件、", n),
    "r28: commands continued over lines": lambda n: fill("ldapsearch -x \\\n    -D cn=a \\\n", n),
    "r28: quoted kinds and classification lists": lambda n: fill("\n・取扱制限の表示：「複製禁止」「持出禁止」「部外秘」\n1. 内示前の人事異動案", n),
    "r29: flattened vertical columns": lambda n: fill("\n　氏名　久\n　我　悠斗\n　様（三十\n　一歳）。", n),
    "r29: PDF cell tails and lone labels": lambda n: fill("\n対象児\n童\n浦野　ひ\nなた\n4年2\n組", n),
    "r29: HTML character references": lambda n: fill("<td>鹿島&nbsp;理沙&#52;&#x592A;&amp;</td>", n),
    "r29: employment classes and matter names": lambda n: fill("\n技能労務職員 鷲見 徳治 に対する処分\n教諭の 比留間 陽介の件で", n),
    "r29: fixed-width records with glued dates": lambda n: fill("\n0031774402ﾄﾄﾞﾛｷ ｹﾝｼﾞ          19610824012010000250000R04", n),
    # round 30: the new table, label, record and sentence readers
    "r30: place tables and class-number columns": lambda n: "店名\t住所\t営業時間/定休日\n学年組番\t主訴\n" + fill(
        "本町1-3-8\t0823-21-0294\t9:30／水\n2-3-18\t腹痛\n", n),
    "r30: unit heads and post holders as subjects": lambda n: fill("北口出張所の所長が入院、県から来た企画係の係長ですが、", n),
    "r30: JSON place names and staff numbers": lambda n: "オープンデータ\n" + fill(
        '{"name": "白浜海水浴場", "name_en": "Shirahama Local History Museum", "staff_no": "207734"}\n', n),
    "r30: memos between rules and quizzes": lambda n: "確認テスト 問1 どれか\n---\n" + fill(
        "総務課の窓口で受け付けた相談の内容を記録しておきます。機密性２以上に当たるもの。\n", n) + "---",
    # round 31: readings, capitals, flats, passing names, chat headers and spreadsheet rows, bid lines
    "r31: readings and Latin capitals": lambda n: "うつ病\n" + fill("佐竹心結（みゆ）、ALT Ryan KOWALCZYK（JET）、YAMADA Taro、名字は戸次（べっき）。", n),
    "r31: flats, districts and passing names": lambda n: "生活保護\n" + fill(
        "若葉台2丁目のコーポ若葉、205号室の男性。東三条2丁目の小笠原です。宮島 早苗、です。1階の 樋渡 っていう男。", n),
    "r31: dated chat headers and spreadsheet rows": lambda n: "適応障害\n" + fill(
        "[2024/11/05 08:47] 阿久津 翔: 一ノ瀬さん、お休みです\n10/2\tAさん\t本町2-14 みどり荘1階東\t認知症\n", n),
    "r31: bid lines and quiz items": lambda n: "この入札結果を掲載用に。確認テスト\n" + fill(
        "・R6-土-087 落札：北斗道路㈱ 34,900,000円（予定価格 38,420,000円）3/12開札の件は決裁がおりて確定。Q1 どれが機密性２か。\n", n),
    # round 32: surnames taken up again, tenure notes, seat charts and class numbers, mobile rows, bar-table homes
    "r32: surnames taken up again and tenure notes":
        lambda n: "適応障害\n" + fill("主将の 東條 菜摘（2年）が欠場。東條は両親が別居。主事 檜山 葵（入庁3年目）から診断書。", n),
    "r32: seat charts, class numbers and seat records":
        lambda n: "5年1組 座席\n席\t性別\t配慮\n" + fill("A-1\t女\tてんかん\n4-2担任: 17番、欠席。{\"class\": 2, \"seat_no\": 9}\n", n),
    "r32: mobile rows and bar-table homes": lambda n: "滞納整理\n" + fill("| 1 | 静岡県沼津市大手町四丁目8-3 | 090-4412-7760 |\n", n),
    # round 33: described households and patients, glued kana records and broken amounts, matters kept in ordinary words
    "r33: village households, rooms and wards":
        lambda n: "市営みどり台住宅\n棟\t号室\t備考\n" + fill("A\t203\t入院中\nお寺（光明寺）の奥さん、「かどや」のおばあさん、"
                                                  "郵便局の裏の家のじいちゃん、3号棟203の若いお母さん、3東 312号 窓側 82歳男性。\n", n),
    "r33: glued kana records and broken amounts":
        lambda n: "扶助費\n" + fill("2014900000ﾋｶﾞｼｷﾞﾝｺｳ 412ｽｴﾋﾛ 000011085523ｱﾂﾐ ﾋﾃﾞｷ    0000072480\n予定価格　52,81\n0,000円\n", n),
    "r33: matters kept in ordinary words":
        lambda n: "入札の件\n" + fill("上は4,180万で確定、下はその89%。知っているのは課長と私だけ。150万までは下げてもいい。鍵は Kq7#m2931 ", n),
    # round 34: memos under one person, checked number columns, private-number notes, OCR label values, example forms
    "r34: memos under one person and private-number notes":
        lambda n: "【原稿】鷹取 悠真さん。\n【取材メモ】\n" + fill("・うつ病で休職、通院中。中西が自分の携帯で受けます（080-3391-6274、私用携帯のため）。\n", n),
    "r34: checked number columns and OCR label values":
        lambda n: "id,k_no,birth\n" + fill("1,482157306191,1958-03-14\n世帯主氏名　 飯 田  正 和　調査番号 1-0388\n", n),
    "r34: example forms and fragments":
        lambda n: "【記入例】\n個人番号　XXXX XXXX XXXX\n\n" + fill("氏名　山田 太郎\n住所　〇〇市〇〇町1-2-3\n\n若林 聡史は入居、無職。滞納あり。\n", n),
    # round 35: Latin names used again by surname, HTML cells, a password changed, markings under a display example
    "r35: English names and their later mentions":
        lambda n: fill("Daniel Whitcombe rang me. He has been seeing a doctor. Whitcombe asked that Daniel not be named; "
                       "a woman from Peru, Rosa Quispe Mamani, came. Kim Min-jun (student, Kaisei) came. ", n),
    "r35: HTML cells, changed passwords, display examples":
        lambda n: "<table>\n<tr><th>No</th><th>利用者</th><th>区分</th></tr>\n" + fill(
            "<tr><td>1</td><td>柳田 晴美</td><td>生活保護</td></tr>\nPWが変わりました。新しいのは Hm7#kq2Lz9 です。\n"
            "・表示例（見本）：\n　　【機密性２】\n・公告前の予定価格 → 機密性２\n", n),
    # round 36: kept-from grammar (まで … with no party or verb after it), rigging words, attendee lines, salutations,
    # contact rows with work mails, described colleagues
    "r36: kept-from grammar and rigging words":
        lambda n: "メモ\n" + fill("通知日までは各社からの問い合わせがあっても順位は、それまでは、まで、ほかの業者は高めの額で、が取ることで、 ", n),
    "r36: attendee lines, salutations, contact rows, described colleagues":
        lambda n: "Attendees: Priya Raman, Arvind Raman, Kenji Oda\nHi Fatima,\n" + fill(
            "Sato's mum said you said your doctor. ・PM：鳴海 拓郎　t.narumi@aoba-rs.co.jp 内線2301\n"
            "去年税務課から来た、水曜だけ早く帰る再任用の人（採用3年目）。 ", n),
    # round 37: chat exports in every shape (tab rows, headers alone, time after the sender), staff tables under a unit's
    # title; a selection's scores with the result ahead, cover stories, kept-only-to-some
    "r37: chat exports, staff tables under a unit":
        lambda n: "情報政策課 システム係（6/16〜6/20）\n氏名\t月\t火\n" + fill(
            "國枝 亮\t出\t在\n14:05\t相馬 美咲\t育休は子が3歳まで\n[2024/10/09 16:02] 河合 遥\n母の通院で早退させてください\n"
            "山本 恵理 (建築指導課 審査係)  11:50\n了解です\n", n),
    "r37: a long table under a unit's title":
        lambda n: "情報政策課 システム係\n氏名\t月\t火\t備考\n" + fill("國枝 亮\t出\t在\t通院\n望月 大地\t在\t出\t\n", n),
    "r37: selection scores, cover stories, kept-only":
        lambda n: "プロポーザル 採点集計（暫定）結果通知は来週の予定\n" + fill(
            "株式会社ミナト情報 412点\nAグループ 計 692.6\n業者から聞かれても「審査中」と答えて、それまでは市長のみ、"
            "外向けには「所用」で統一。 ", n),
    # round 38: Slack copies with the sender, time and message on one line; a sender's run of messages; kept-unpublished
    # and parties kept out with figures; per-unit ceilings; desks, reading cells, schedules, one-word case-note labels
    "r38: inline chat lines, sender runs, story words":
        lambda n: "#課の雑談\n" + fill("井川 みのり  12:01  私、夫から暴力があって通院してます\n松永 広  12:05  小説の主人公の場面の描写\n"
                                     "[10/6 9:03] 駅前 堀: 証明係から石塚さんが向かいます\n", n),
    "r38: kept unpublished, parties kept out, per-unit ceilings":
        lambda n: "メモ\n" + fill("最低売却価格は公告まで非公開。事業協力者には伝えないこと。月坪2,900円、最悪2,600円までは飲む。"
                                "評価項目,30,25,21\n｜26｜21｜\n", n),
    "r38: desks, reading cells, schedules, case-note labels":
        lambda n: "1 庁内相談員\n" + fill("市長｜大河内 正毅｜おおこうち まさき｜0288-41-2106\n14:00　非公開\nChild: Rosa. Family: Santos. "
                                       "Re: Lima, Joana P. Sra. Silva\n受講者：市民課 安斎 優斗さん\n", n),
    # round 39: swallowed honorifics, towns read as names and names again, letters to one person, quiet ceilings, digits
    # after a passport's word, bracketed item notes, Latin names with 先生
    "r39: swallowed honorifics, towns, letters, quiet ceilings":
        lambda n: "ダニエル・オティエノ 様\n" + fill("宇佐美 ののかさん、北浦見市は25日、北浦見市内で。あなたの任用は更新しない。"
                                          "上限は㎡あたり38,000円までって絶対言わないで。口外無用。पासपोर्ट (नम्बर 10482736) "
                                          "個人事業者（非公表）｜ALTのDaniel Reyes先生が\n", n),
    # round 40: posts as topics (units, initials, the only one), staff titles heading lines, duty lines, day columns,
    # news source lines, numbered items' notes, texts of the past
    "r40: posts as topics, staff subjects, duty lines, clippings":
        lambda n: "件名：本校教頭の件\n" + fill("清掃センター 収集第二班長（技能労務職、59歳）の長期病休について。下水道課のS主査（40代）は、"
                                      "学芸員の野々村（2年目）から相談。係員は彼女一人。・西脇 主任：人工透析の通院。主任 伊佐：特定健診（主）\n"
                                      "所属,氏名,10/2,欠席理由\n【北港日報 3月4日 朝刊】\n4 最低制限価格　設定あり（非公表）\n天保4年 ", n),
    # round 41: colleagues by a letter and again by surname, Latin names with placing brackets, business cards on one
    # line, attendance lists, restrictions applied until a day
    "r41: letters, second mentions, bracketed Latin names, cards":
        lambda n: "Attendees:\n" + fill("例のKさん、元出納にいて今は図書館に行った人、休職。弊社担当の三上につきまして、三上は適応障害で休職。"
                                      "Hannah Okafor（CIR）、入院。株式会社ミツバ 部長 桐谷 みお／06-6271-5500／m.k@mitsuba.jp／"
                                      "大阪市中央区本町3-2-11\n※7/8の記者発表まで関係者限り\n", n),
    # round 42: colleagues by nickname, letter or description; company mobiles, plates and counterparts; writers naming
    # themselves; closed meetings; staff tables by months
    "r42: nicknames, record subjects, company contacts, writers":
        lambda n: "対象：T（清掃事業課 収集第2班、50代前半）\n" + fill("ヤマちゃん、ナベ（主事）の奥さんが入院。Sくん（4月採用、市民課）うつ病。"
                                                      "㈱みどり流通 冷蔵車 名古屋 100 う 61-27 会社携帯 090-2651-4318（先方連絡先：武藤 様）"
                                                      "私、環境部 ごみ減量推進課 主査 下地 剛は、全員協議会（非公開）やります。高城です 入院します\n"
                                                      "No｜所属｜氏名｜4月時間外(h)｜2～4月平均\n", n),
}
UNWRAP: dict[str, Callable[[int], str]] = {
    "unwrap: percent runs": lambda n: fill("%41" + "a" * 30, n),
    "unwrap: lone percent after text": lambda n: "a" * n + "%",
    "unwrap: base64-like words": lambda n: fill("QUJDQUJDQUJDQUJD ", n),
    "unwrap: quoted-printable runs": lambda n: fill("=41", n),
    # (round 40) MIME bodies read whole: base64 lines, soft-broken quoted-printable lines, ISO-2022-JP escapes
    "unwrap: MIME base64 lines": lambda n: fill("5bGx55Sw5aSq6YOO5qeY77yIMTk4NeW5tDTmnIgz5pel55Sf77yJ44Gu5Lu244Gn44GZ44CC5L2P\n", n),
    "unwrap: soft-broken QP lines": lambda n: fill("=E5=B1=B1=E7=94=B0=E5=A4=AA=E9=83=8E=E6=A7=98 abc =\n", n),
    "unwrap: ISO-2022-JP escapes": lambda n: fill("\x1b$B;3ED\x1b(B 090 \n", n),
}
SIZES = (25_000, 100_000)


def timed(fn: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return min(samples)  # the least disturbed run: 2 noisy cores add time, never remove it


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--only", default="", help="only the inputs whose name holds this text (e.g. public_context)")
    a = ap.parse_args()
    scanner = load_scanner(DEFAULT_RULES_DIR)
    scanner.scan("warm up 個人番号 1234 田中様 a@b.jp")
    rows = []
    for name, make in list(CASES.items()) + list(UNWRAP.items()):
        if a.only not in name:
            continue
        run = (lambda t: (lambda: hidden_texts(t))) if name.startswith("unwrap") else \
            (lambda t: (lambda: scanner.scan(t)))
        small, big = (make(n) for n in SIZES)
        t_small, t_big = timed(run(small), a.rounds), timed(run(big), a.rounds)
        rows.append((name, t_small * 1000, t_big * 1000, len(big) / t_big, t_big / max(t_small, 1e-9)))
    print(f"{'input (crafted)':48} {'25 KB ms':>9} {'100 KB ms':>10} {'chars/s at 100 KB':>18} {'growth':>7}")
    flagged = 0
    for name, ms_s, ms_b, cps, growth in rows:
        flag = "  SUPER-LINEAR" if growth > 6 else ""
        flagged += bool(flag)
        print(f"{name:48} {ms_s:9.1f} {ms_b:10.1f} {cps:18,.0f} {growth:7.1f}{flag}")
    worst = max(rows, key=lambda r: r[2])
    print(f"\nworst 100 KB input: {worst[0]} — {worst[2]:.0f} ms; growth 25→100 KB: median "
          f"{statistics.median(r[4] for r in rows):.1f} (4 = linear), {flagged} flagged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
