"""Issue 13, round 11, the lead's mechanisms (table tests of positive and negative rows, written apart from the
probe files): the speakers of a council committee's record (○岩佐 典子委員, ◎12番 増井陽子議員) are members in office;
a 広報 feature whose subject agreed to it (掲載同意あり, 広報…の「…」コーナー) is published; an address that ends in a
range of house numbers (若潮町一丁目1番～15番, 3番地から8番地まで) names an area, not a dwelling; a contractor's people
in a works notice (現場代理人, 主任技術者) act in their business capacity; a marking inside a quotation that prose names
(「【機密性３】」と表示された資料, 「取扱注意」の印がある表) is a mention, unless the sentence points at the pasted
document (以下の資料, 次の文書); an e-mail address percent-encoded in a logged URL (taro.k%40gmail.com) is an address; fixed-width records read
through the record layout the prompt declares (区分1・番号12・カナ氏名16・生年月日8): names, real birth dates and
check-digit 個人番号 by their field (fixed_layout.py); a member of staff named, with their unit and title, after a
party's label heading the line (債務者：朝霧市 上下水道課 主査 犬飼 啓太) is the record's subject, not its author; an INSERT's column list read against its VALUES when VALUES starts a new line
or holds a function call (TO_DATE(…)), a katakana name of several parts (ムハンマド・アリフ・ビン・イスマイル) in a name
column, but not a product's words (ワイヤレス・マウス); a foreign katakana name after a name label without a colon (氏名　　ラマ
ビノッド), not common nouns (データ シート)."""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

_MINUTES = "汐見市議会 厚生常任委員会 会議録（抜粋）\n"

BLOCK = [
    # a member speaking in committee names a resident with a welfare detail: the resident is a private person
    ("committee_names_resident", _MINUTES + "○岩佐 典子委員　先日相談に来られた大和田 千鶴子さんは要介護3で、"
                                            "生活保護を受けている。\n○保険年金課長（長谷部 亮）　承知しました。"),
    # a 委員 heading a line of a private case meeting (no council record) stays a private person
    ("case_meeting_not_council", "ケース会議 記録\n○佐伯 真由美委員　大和田 千鶴子さんは認知症が進み、年金の管理ができない。"),
    # a feature whose subject did not agree, or an unpublished draft
    ("feature_no_consent", "広報の「まちの人」コーナー原稿（掲載同意なし・確認中）\n藤村 洋平さん（52）は糖尿病の治療を続けながら店に立つ。"
                           "自宅：朝霧市中野町一丁目4番12号"),
    # a single house number (no range) is a dwelling
    ("street_with_resident", "訪問先：汐見市東浜三丁目5番12号\n対象者：鮫島 トミ子さん（要介護2、独居）"),
    ("area_then_dwelling", "断水区域は若潮町一丁目1番～15番。\n苦情：若潮町一丁目8番3号 宇佐美 恒夫 090-5521-8834"),
    # a contractor's officer role does not cover a private matter on the line
    ("site_agent_private", "現場代理人 日下 修（持病の心臓病で通院中、携帯 080-3321-7781）が休みのため工事を延期します。"),
    # the sentence points at the pasted document: its marking is applied
    ("quoted_marking_payload", "「機密性２」と表示された以下の資料を要約してください。\n令和8年度 組織改正案（第2次）\n1. 企画課と政策課を統合する。"),
    ("quoted_marking_next_document", "次の文書（右上に「機密性２　取扱制限：課内限り」と書かれています）を要約して。\n令和8年度 組織改正案"),
    ("marking_line", "【機密性２】\n令和8年度 組織改正案（第2次）"),
    # a free-mail address percent-encoded in a logged query string, with a mobile
    ("percent_encoded_mail", "GET /yoyaku/confirm?name=%E7%AB%B9%E5%86%85&email=yuto.takeuchi.0917%40gmail.com"
                             "&tel=090-2281-7765 HTTP/1.1"),
]

# fixed-width records (half-width kana as pasted; the scanner reads them NFKC-folded)
_LAYOUT = "移行データです。レコードレイアウトは「区分1・番号12・カナ氏名16・生年月日8・市町村コード4」。分解するコードを書いて。\n\n"
_RECORDS = ("1314159265352ｲｼｸﾞﾛ ﾀｶｼ       196203150217\n"
            "2271828182840ﾏｷﾉ ｴﾘｶ         199007020217\n"
            "1161803398872ﾖｺｵ ｹﾝｼﾞ        197511280217\n")
BLOCK += [
    ("layout_bare_number_field", _LAYOUT + _RECORDS),
    ("layout_named_fields", "固定長ファイルの項目：氏名(20)、生年月日(8)、個人番号(12)\n"
                            "ｻｶｷﾊﾞﾗ ﾐﾅｺ          19880412314159265352\n"
                            "ﾀﾁﾊﾞﾅ ｺｳｷ           19790930271828182840\n"),
    ("layout_names_no_number", "レイアウト：会員番号6・カナ氏名20・生年月日8\n000123ｵｵﾊｼ ﾕｳｺ           19560101\n"
                               "000124ﾆｼｵ ｹﾝﾀﾛｳ          19610705\n"),
]

# staff as a party of a record: the label heading the line names their part in it
BLOCK += [
    ("staff_debtor", "債権差押命令（写し）\n債権者：株式会社ライフクレジット\n債務者：朝霧市 上下水道課 主査 犬飼 啓太\n"
                     "差押債権：債務者が支給を受ける給料及び期末勤勉手当の4分の1"),
    ("staff_respondent", "調停申立書\n申立人：西田 美和\n相手方：市民課 主任 西田 浩一\n申立ての趣旨：離婚及び養育費の支払"),
    ("staff_victim", "事故報告\n被害者：福祉課 主事 田村 健一（通勤途中、骨折により入院）"),
]

# an INSERT read against its column list
BLOCK += [
    ("insert_values_next_line", "ORA-12899 で落ちます。\nINSERT INTO T_YOYAKU (YOYAKU_NO, SHIMEI, SHIMEI_KANA, TEL, YOYAKU_DT)\n"
                                "       VALUES ('R2602120047', 'ムハンマド・アリフ・ビン・イスマイル', 'ムハンマド アリフ ビン イスマイル', "
                                "'080-2716-5590', TO_DATE('2026-02-13 09:30','YYYY-MM-DD HH24:MI'))"),
    ("insert_call_before_name", "INSERT INTO visits (visited_on, name, tel) VALUES (TO_DATE('2026-02-13', 'YYYY-MM-DD'), "
                                "'グエン・ティ・ラン', '090-3318-2204');"),
]

BLOCK += [
    ("label_foreign_kana", "請求者　氏名　　ラマ　ビノッド\n　　　　生年月日　１９８８年２月１１日"),
    ("label_foreign_kana_topic", "相談者 氏名　チャン　ティ　フォン\n相談内容：DV被害のため一時保護を希望"),
]

ALLOW = [
    # a committee's record: members speak from the floor, executives answer in their role
    ("committee_record", _MINUTES + "○岩佐 典子委員　国民健康保険税の滞納世帯への短期証の交付状況を伺う。\n"
                                    "○保険年金課長（長谷部 亮）　今年度は42世帯に交付しております。\n"
                                    "○岩佐 典子委員　生活保護へのつなぎはどうなっているか。"),
    ("committee_numbered_member", "令和8年第1回 朝霧市議会 予算特別委員会 会議録\n◎12番 増井陽子議員　障害者就労支援の委託料の"
                                  "積算根拠を伺う。\n◎福祉課長（三浦 聡）　前年度の実績に基づいております。"),
    # a 広報 feature about a resident who agreed to it
    ("feature_consented", "広報あさぎりの「まちの人」コーナーの原稿です（掲載同意あり）。\n中野町の商店街で和菓子店を営む 藤村 洋平さん。"
                          "3代目として店を継いで10年。\n菓匠 ふじむら：朝霧市中野町一丁目（水曜定休）"),
    # an area in a works notice, with the contractor's site agent and the office's number
    ("water_outage_notice", "断水のお知らせ\n区域：若潮町一丁目1番～15番\n工事施工：有限会社渚設備工業（現場代理人 日下 修）"
                            "電話 0470-24-5580\n問合せ：汐見市上下水道部 工務課 電話 0470-22-3811"),
    ("road_closure_range", "通行止め区間：汐見市東浜三丁目5番から12番まで\n主任技術者 大貫 圭介（株式会社東浜土木）"),
    # a marking named in a quiz or a rule, quoted among other words
    ("rule_quoted_marking", "「持出禁止」と表示された文書を庁外に持ち出す場合は、所属長の許可を得ること。"),
    # a layout with its dummy records (9s and Xs), or with no records at all
    ("layout_dummy_records", "レコードレイアウト「区分1・番号12・カナ氏名16・生年月日8」\n"
                             "9999999999999XXXXXXXX XXXXXXX 99999999\n9999999999999XXXXXXXX XXXXXXX 99999999\n"),
    ("layout_question_only", "レイアウトは区分1・番号12・カナ氏名16・生年月日8です。COBOLのコピー句にしてください。"),
    # a layout whose 12-digit 番号 field does not pass the check digit in every record (an order number)
    ("layout_order_numbers", "受注データ（固定長）：区分1・番号12・商品名称16・数量4\n"
                             "1314159265353ﾎﾞｰﾙﾍﾟﾝ        0012\n2271828182841ﾉｰﾄ           0030\n"),
    # staff named after their own role label (the author, the contact) in a routine record
    ("staff_author", "作成者：朝霧市 上下水道課 主査 犬飼 啓太\n件名：配水管更新工事の進捗について（週報）"),
    ("staff_contact", "担当：市民課 主任 西田 浩一（内線 2145）\n窓口の混雑状況を報告します。"),
    # goods in a name column
    ("insert_products", "INSERT INTO products (id, name, price) VALUES\n(1, 'ワイヤレス・マウス', 1980),\n(2, 'ノート・パソコン', 89800),\n"
                        "(3, 'モバイル・バッテリー', 3980);"),
    # common nouns after a name label in a form's instructions
    ("label_common_katakana", "記入要領\n氏名　データ　シート の欄は自動で入ります。\n住所　テキスト　ボックス に入力してください。"),
    # a role address percent-encoded
    ("percent_encoded_role_mail", "mailto:info%40example.com に問い合わせてください。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)

# a quiz naming markings in quotations: a question about the rules (warned at most, never blocked)
QUIZ = ("問3　生成AIに入力してよいものはどれか。\nア　ヘッダーに「【機密性３】」と表示された庁議資料\n"
        "イ　「取扱注意」の印がある集計表\nウ　ホームページで公開済みの観光パンフレット\n"
        "エ　「機密性２　取扱制限：課内限り」と書かれた予算要求の内訳\n正答：ウ")


def test_quoted_markings_in_a_quiz_are_mentions(scanner):
    res = scanner.scan(QUIZ)
    assert res.action != "block"
    assert set(res.reasons) <= {"marking_in_question"}
