"""Table tests of the round-7 identifier mechanisms (OCR'd cards and forms, config and log shapes, VPN keys,
network details, markings): each mechanism with rows it must catch and lookalikes it must leave alone. Whole prompts
through the default scanner (a row names the entity that must, or must not, be among the counted findings), and the
same-length text transforms on their own."""

from __future__ import annotations

import pytest

from gateway.scan.markup import as_structure, letter_spaced_packed, unicode_escapes_decoded, wrapped_cells_joined
from gateway.scan.normalise import normalise
from tests.unit.scan import test_mechanisms_r5_ident as r5

MN = "419372058162"        # 個人番号, check digit valid
DL = "301509384700"        # 運転免許証番号, check digit valid
INSURER = "06130017"       # 保険者番号, Luhn valid

CASES = [
    # batch 1 — letters an OCR engine reads for digits inside a number (O/o → 0, l/I → 1)
    ("ocr_residence_card", "在留カード 番号 UH4O219375EA\n在留資格 技能実習", "JP_RESIDENCE_CARD", True),
    ("ocr_license_groups", "運転免許証\n番号 第 3Ol5 O938 47OO 号\n交付 令和5年", "JP_DRIVERS_LICENSE", True),
    ("ocr_license_bad_check", "運転免許証\n番号 第 3Ol5 O938 47lO 号\n交付 令和5年", "JP_DRIVERS_LICENSE", False),
    ("ocr_my_number", "個人番号 4l93 72O5 8l62", "JP_MY_NUMBER", True),
    ("ocr_letters_in_words", "個人番号 Hello2026 world CO2 H2O", "JP_MY_NUMBER", False),
    ("ocr_code_between_letters", "C3I2A2\n来年度の組織再編案：企画課と財政課を統合する。", "CLASSIFICATION_MARKING", True),
    # a card or form read by OCR letter by letter: labels, dates and numbers packed back together
    ("ocr_spaced_insurer", f"保 険 者 番 号  {' '.join(INSURER)}\n氏 名  宮 下  恵 美 子", "JP_HEALTH_INSURANCE", True),
    ("ocr_spaced_birth_date", "氏 名  宮 下  恵 美 子\n生 年 月 日  昭 和 3 6 年 8 月 2 日\n電 話  0 9 0 4 4 1 7 2 2 8 6",
     "DATE_OF_BIRTH", True),
    ("ocr_spaced_my_number", f"個 人 番 号  {' '.join(MN)}\n氏 名  宮 下  恵 美 子", "JP_MY_NUMBER", True),
    ("spaced_weekdays_no_number", "開 館 日  月 火 水 木 金\n休 館 日  土 日 祝", "JP_HEALTH_INSURANCE", False),
    # VPN configurations: OpenVPN static keys and WireGuard private keys (not the wg(8) manual's example)
    ("openvpn_static_key", "<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n4f1e8b2c9d07a3e65b8c1f40d29e7a31\n"
     "-----END OpenVPN Static key V1-----\n</tls-auth>", "CREDENTIAL", True),
    ("openvpn_tls_auth_file_ref", "tls-auth ta.key 1\nremote vpn-gw.example.jp 1194", "CREDENTIAL", False),
    ("wireguard_private_key", "[Interface]\nPrivateKey = 0Kq3vXb7mT2pL9wR4sY8nD1fG6hJ5kZ3cV0bN7mQ2Ec=\nAddress = 10.8.0.2/32",
     "CREDENTIAL", True),
    ("wireguard_manual_example", "[Interface]\nPrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\nListenPort = 51820",
     "CREDENTIAL", False),
    ("wireguard_placeholder", "[Interface]\nPrivateKey = <client-private-key>\nAddress = 10.8.0.2/32", "CREDENTIAL", False),
    ("wireguard_public_key_only", "[Peer]\nPublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=\nEndpoint = vpn.example.jp:51820",
     "CREDENTIAL", False),
    # batch 2 — English labels of several words as field names in code and JSON (accountNumber, residentRegistryCode)
    ("account_number_camel", '{"bankCode": "0001", "accountNumber": "4071836"}', "JP_BANK_ACCOUNT", True),
    ("account_number_snake", "account_number=4071836&holder=SATO", "JP_BANK_ACCOUNT", True),
    ("order_number_camel", '{"orderNumber": "4071836", "items": 3}', "JP_BANK_ACCOUNT", False),
    ("resident_registry_code_camel", "RecordNotFoundException: residentRegistryCode=40271938465", "JP_RESIDENT_CODE", True),
    ("registry_code_other", "RecordNotFoundException: registryCode=40271938465", "JP_RESIDENT_CODE", False),
    # other countries' passport numbers right after a passport label
    ("passport_foreign_json", '{"nationality": "PHL", "passportNumber": "P4417208B"}', "JP_PASSPORT", True),
    ("passport_foreign_label", "旅券番号 C7730184（ベトナム）", "JP_PASSPORT", True),
    ("passport_foreign_no_label", '{"serialNumber": "P4417208B"}', "JP_PASSPORT", False),
    ("passport_foreign_example", "旅券番号（例：M12345678）を入力", "JP_PASSPORT", False),
    # マル秘 as a marking; quoted markings listed in a rule are named, not applied
    ("maruhi_bracketed", "（マル秘）\n市立病院 経営改善計画の見直し（第2次素案）", "CLASSIFICATION_MARKING", True),
    ("maruhi_named_in_list", "「マル秘」「部外秘」などの独自の表示は使わず、区分に統一してください。", "CLASSIFICATION_MARKING", False),
    ("maruhi_in_word", "マル秘テクニックを紹介します", "CLASSIFICATION_MARKING", False),
    # a password announced, then alone on the next line (the second mail of a zip and its password)
    ("password_next_line", "解凍パスワードをお知らせします。\n　Zk8#mdr1130\nよろしくお願いします。", "CREDENTIAL", True),
    ("password_next_line_en", "The password for the file is below:\nZk8#mdr1130", "CREDENTIAL", True),
    ("password_next_line_later", "パスワードは別途お知らせします。\n\nよろしくお願いします。", "CREDENTIAL", False),
    ("password_next_line_url", "パスワードの再設定は以下のURLから\nhttps://example.jp/reset2026", "CREDENTIAL", False),
    ("password_next_line_file", "パスワードの規則は下記のファイルに記載\nmanual_v2.pdf", "CREDENTIAL", False),
    # a public marker still ahead (公告は来週), a move with its verb left out (…係長が財政課に、), the move named before
    ("price_notice_next_week", "予定価格は 3,280万（税抜）で決裁とれました。公告は来週月曜の予定です。", "INTERNAL_MATTER", True),
    ("price_notice_done", "本件の予定価格は 8,800,000円です。入札公告で公表しています。", "INTERNAL_MATTER", False),
    ("naiji_move_elided", "まだ内示前ですが、4月の異動で田島係長が財政課に、後任には森主査が来る方向です。", "INTERNAL_MATTER", True),
    ("naiji_rule_only", "内示前の情報は口外しないでください。係長級の研修は4月です。", "INTERNAL_MATTER", False),
    # batch 3 — 全銀 transfer-file data records (a person's account; not a company's, not sample digits in order)
    ("zengin_record_person", "全銀データ\n20158ﾐﾄﾞﾘｷﾞﾝｺｳ      214ｴｷﾏｴ          000014071836ｻｻｷ ﾐﾂﾙ"
     "                      00000385001", "JP_BANK_ACCOUNT", True),
    ("zengin_record_company", "全銀データ\n20158ﾐﾄﾞﾘｷﾞﾝｺｳ      214ｴｷﾏｴ          000014071836ｶ)ﾐﾄﾞﾘｹﾝｾﾂ"
     "                   00000385001", "JP_BANK_ACCOUNT", False),
    ("zengin_record_sample", "全銀データ（サンプル）\n20000ｻﾝﾌﾟﾙｷﾞﾝｺｳ      000ﾎﾝﾃﾝ          000011234567ﾔﾏﾀﾞ ﾀﾛｳ"
     "                     00000010001", "JP_BANK_ACCOUNT", False),
    # 鍵 for キー in key names (事前共有鍵, 暗号鍵); not a door key
    ("psk_kagi", "事前共有鍵：Tw#2026mdrPsk", "CREDENTIAL", True),
    ("door_key_note", "会議室の鍵：受付で貸し出し（返却は17時まで）", "CREDENTIAL", False),
    # markings 【庁内専用】, 【非公表】, 公開不可 standing alone; the same words inline are not markings
    ("chonai_senyo_bracket", "【庁内専用】\n令和9年度 組織機構の見直し（第1次案）", "CLASSIFICATION_MARKING", True),
    ("chonai_senyo_parking", "市役所東側の第2駐車場は庁内専用です。来庁者は第1駐車場へ。", "CLASSIFICATION_MARKING", False),
    ("hikohyo_bracket", "【非公表】\n北団地は令和11年度末で用途廃止とする方向で調整中。", "CLASSIFICATION_MARKING", True),
    ("hikohyo_inline", "個人の氏名など、公開すると権利利益を害するおそれがある情報は非公表とし、黒塗りにしています。",
     "CLASSIFICATION_MARKING", False),
    ("kokai_fuka_line", "公開不可\n第3回 選定委員会 採点結果（速報）", "CLASSIFICATION_MARKING", True),
    # internal networks: a lookup of internal hosts; a version number shaped like an address is none
    ("nslookup_internal", "> nslookup jumin-ap01.kikan.local\nサーバー: dc01.midorino.local\nAddress: 10.0.0.10\n"
     "名前: jumin-ap01.kikan.local\nAddress: 10.20.1.15", "INTERNAL_MATTER", True),
    ("nslookup_public", "> nslookup www.google.com 8.8.8.8\nAddress: 142.250.196.100", "INTERNAL_MATTER", False),
    ("version_like_address", "基幹系システムのクライアントをバージョン 10.2.1.15 に更新しました。", "INTERNAL_MATTER", False),
    ("version_like_address_ver", "基幹系 端末ソフト ver.10.20.1.15 を全庁に配布", "INTERNAL_MATTER", False),
    # bid prices: an English result (winning bid), a worked example after （例）
    ("ceiling_price_winning_bid", "Ceiling price JPY 187,400,000; winning bid JPY 176,000,000 (Midori Kikai).",
     "INTERNAL_MATTER", False),
    ("ceiling_price_before", "The ceiling price is JPY 187,400,000. Please keep it internal until the bid on 18 December.",
     "INTERNAL_MATTER", True),
    ("price_worked_example_paren", "最低制限価格は、予定価格に一定の割合を乗じて算定します。（例）予定価格 1,000万円、算定率 90% の場合、"
     "最低制限価格は 900万円となります。", "INTERNAL_MATTER", False),
    # a 保険者番号 column of a markdown table, header above a rule line
    ("insurer_md_column", "| 区分 | 保険者番号 | 記号 | 番号 |\n|---|---|---|---|\n| 国保 | 19273051 | 緑12 | 40731 |",
     "JP_HEALTH_INSURANCE", True),
    ("insurer_md_column_bad_check", "| 区分 | 保険者番号 | 記号 | 番号 |\n|---|---|---|---|\n| 国保 | 19273052 | 緑12 | 40731 |",
     "JP_HEALTH_INSURANCE", False),
    # batch 4 — SNMPv3 users on devices and in Net-SNMP tools
    ("snmpv3_cisco_user", "snmp-server user monitor MONGRP v3 auth sha Au#2026snmp priv aes 128 Pv#2026snmp",
     "CREDENTIAL", True),
    ("snmpv3_createuser", 'createUser monitor SHA "Au#2026snmp" AES "Pv#2026snmp"', "CREDENTIAL", True),
    ("snmpwalk_auth_pass", "snmpwalk -v3 -l authPriv -u monitor -a SHA -A Au#2026snmp -x AES -X Pv#2026snmp 10.40.0.5",
     "CREDENTIAL", True),
    ("snmpwalk_placeholder", "snmpwalk -v3 -u monitor -a SHA -A <authpass> -x AES -X $PRIV_PASS host", "CREDENTIAL", False),
    ("snmpv3_group_only", "snmp-server group MONGRP v3 priv read MONVIEW", "CREDENTIAL", False),
    # amounts in English (JPY 56.4 million) after a bid-price word
    ("engineers_estimate_million", "the engineer's estimate for the North Pool renovation is JPY 56.4 million (not public yet).",
     "INTERNAL_MATTER", True),
    ("estimated_cost_published", "The new library will cost an estimated JPY 1.2 billion, according to the budget passed in March.",
     "INTERNAL_MATTER", False),
    # English personnel moves kept until the naiji
    ("reassignments_until_naiji", "Proposed April reassignments (confidential until the naiji on 23 March):\n"
     "- Kenji Sato, Tax Division -> Welfare Division", "INTERNAL_MATTER", True),
    ("naiji_schedule_en", "The April personnel changes will be notified internally on 23 March and announced on 25 March.",
     "INTERNAL_MATTER", False),
    # one private address in a short prompt that is a question about the writer's own trouble
    ("local_host_short_question", "raspberrypi.local に ssh でつながりません。ping 192.168.1.23 は通ります。なぜでしょうか？",
     "INTERNAL_MATTER", False),
    ("local_hosts_listed", "社内の機器一覧です。\nnas01.midorino.local 10.40.2.11\nprn-3f.midorino.local 10.40.2.31",
     "INTERNAL_MATTER", True),
    # 禁 before the action (a stamp); not 禁無断転載 of a copyright line
    ("kin_fukusha_bracket", "【禁複写・禁転送】\n令和9年度 予算編成方針（財政課案）", "HANDLING_RESTRICTION", True),
    ("kin_mudan_tensai_copyright", "©2026 緑野市教育委員会　禁無断転載", "HANDLING_RESTRICTION", False),
    # a level marking with a handling note in brackets
    ("level_with_kanri_note", "機密性２（要管理）\n庁舎非常用発電設備の更新計画", "CLASSIFICATION_MARKING", True),
    ("level_one_with_note", "機密性１（公開）\n庁舎案内図", "CLASSIFICATION_MARKING", False),
    # batch 5 — levels graded in words (機密性：高 / 中; 低 is the public grade; 機密性が高い is prose)
    ("level_word_high", "【機密性：高】\n情報システム 障害対応手順（管理者向け）", "CLASSIFICATION_MARKING", True),
    ("level_word_middle_line", "機密性：中\n庁舎警備 委託仕様の見直し案", "CLASSIFICATION_MARKING", True),
    ("level_word_low", "【機密性：低】\n庁舎案内図", "CLASSIFICATION_MARKING", False),
    ("level_word_adjective", "機密性高い情報はメールで送らないでください。", "CLASSIFICATION_MARKING", False),
    # a bid's public marker with a past date; a Japanese result (落札しました) marks the price public
    ("notice_done_on_date", "本件の予定価格は 12,480,000円（税抜）です。公告は11月1日に行いました。", "INTERNAL_MATTER", False),
    ("price_after_winning_bid_jp", "12月10日に開札し、株式会社みどり設備が 30,950,000円で落札しました（予定価格 32,800,000円）。",
     "INTERNAL_MATTER", False),
    # a spreadsheet cell wrapped over lines (quoted by Excel): the header reads as one label
    ("wrapped_header_my_number", '"氏名"\t"個人\n番号"\n"井上 陽太"\t"384729105638"', "JP_MY_NUMBER", True),
    ("wrapped_header_order_number", '"品名"\t"注文\n番号"\n"トナー"\t"384729105638"', "JP_MY_NUMBER", False),
    # batch 6 — a service's own HTTP header (X-Cybozu-Authorization, X-ChatWorkToken) assigned a value
    ("x_header_authorization_ps", '$headers = @{ "X-Cybozu-Authorization" = "a2ludG9uZS1ib3Q6S3QjMjAyNmJvdA==" }',
     "CREDENTIAL", True),
    ("x_header_token_curl", 'curl -H "X-ChatWorkToken: 3c9e1a7f5b2d8e4c6a0f9b1d7e3c5a28" https://api.chatwork.com/v2/me',
     "CREDENTIAL", True),
    ("x_header_placeholder", 'X-Cybozu-API-Token: (APIトークン)', "CREDENTIAL", False),
    ("x_header_not_secret", '"X-Request-Id": "8c1e2f4a-77b0-4d1c-9a3e-5f6b7c8d9e0a"', "CREDENTIAL", False),
    # IPv6 unique local addresses next to a network word; documentation addresses are not
    ("ipv6_ula_fw_rule", "ファイアウォール 許可ルール追加\n送信元 fd12:3456:789a:10::/64\n宛先 fd12:3456:789a:20::15\nポート 443/tcp",
     "INTERNAL_MATTER", True),
    ("ipv6_doc_fw", "FW の設定例：送信元 2001:db8::/32 から 443/tcp を許可", "INTERNAL_MATTER", False),
    # bid-price words (設計価格, 予価) and amounts in 万 without 円; a shop's small price is none
    ("sekkei_kakaku_before", "第2工区の設計価格は 12,480,000円（税抜）で確定しました。入札は来月15日です。", "INTERNAL_MATTER", True),
    ("yoka_man_chat", "予価は1,248万で起案しといて。開札まで業者には言わないように", "INTERNAL_MATTER", True),
    ("yoka_book_price", "『みどり野の歴史 増補版』12月下旬刊行予定　予価 1,980円（税込）", "INTERNAL_MATTER", False),
    ("sekkei_kakaku_explained", "設計価格とは、工事に必要な材料費や労務費を積み上げた価格のことです。", "INTERNAL_MATTER", False),
    # English handling caveats
    ("official_sensitive", "OFFICIAL-SENSITIVE\nSubject: Sister-city visit - security arrangements", "CLASSIFICATION_MARKING",
     True),
    ("sensitive_prose", "Please treat residents' data as sensitive and keep it official.", "CLASSIFICATION_MARKING", False),
    # a licence number as the card prints it (第 … 号, spaced groups, check digit valid) with the card's fields near
    ("license_card_dai_go_spaced", "免許の条件等 眼鏡等\n第 3022 1874 6560 号", "JP_DRIVERS_LICENSE", True),
    ("license_card_dai_go_bad_check", "免許の条件等 眼鏡等\n第 3022 1874 6570 号", "JP_DRIVERS_LICENSE", False),
    # batch 7 — individual_no as a field name; an SMTP AUTH PLAIN payload (not the server's LOGIN prompts)
    ("individual_no_field", " individual_no: 419372058162\n  household_id: H0031177", "JP_MY_NUMBER", True),
    ("individual_no_masked", "Lookup ok: individual_no=4193****8162 household=H0031177", "JP_MY_NUMBER", False),
    ("smtp_auth_plain", "250-AUTH PLAIN LOGIN\nAUTH PLAIN AGtvdWhvdTAyAEtoIzIwMjZzbXRw\n535 5.7.8 failed", "CREDENTIAL", True),
    ("smtp_auth_login_prompts", "AUTH LOGIN\n334 VXNlcm5hbWU6\n334 UGFzc3dvcmQ6", "CREDENTIAL", False),
    ("smtp_auth_plain_not_sasl", "AUTH PLAIN VXNlcm5hbWU6UGFzc3dvcmQ6", "CREDENTIAL", False),
    # a door's code (digits, a closing #); not a bank's code, not a blank, not an instruction
    ("door_unlock_code", "・電子錠の解錠コード：482915#\n・入退室は記録簿に記入", "CREDENTIAL", True),
    ("door_code_keybox", "キーボックスの暗証番号は 7319 です", "CREDENTIAL", True),
    ("door_code_instruction", "入館コードは当日受付でお渡しします。", "CREDENTIAL", False),
    ("door_code_blank", "解錠コード：0000（初期値。設置時に変更）", "CREDENTIAL", False),
    ("shinkin_bank_code", "あおば信用金庫コード：1158　支店コード：021", "CREDENTIAL", False),
    # batch 8 — a CSRF token in a hidden field is no secret; a refresh token is
    ("hidden_csrf_token", '<input type="hidden" name="csrf_token" value="Xq8vLm2Tz7Rw4Np1Kb9Hc3Jd6Fs0Ga5">', "CREDENTIAL", False),
    ("xml_refresh_token", '<add key="RefreshToken" value="Xq8vLm2Tz7Rw4Np1Kb9Hc3Jd6Fs0Ga5"/>', "CREDENTIAL", True),
    ("json_refresh_token", '{"refresh_token": "1//0gQx8vLm2Tz7Rw4Np1Kb9Hc3Jd6Fs0Ga5Yq"}', "CREDENTIAL", True),
    # 取扱注意事項 of a safety data sheet is a term, not a marking
    ("sds_toriatsukai_chuui_jiko", "取扱注意事項：換気の良い場所で使用すること。", "CLASSIFICATION_MARKING", False),
    ("toriatsukai_chuui_header", "取扱注意\n新ごみ処理施設 用地買収の進捗", "CLASSIFICATION_MARKING", True),
    # batch 10 — 社外厳秘 / 部外極秘; a bracketed English tag in any case ([Internal]); not prose or a sale
    ("shagai_genpi_line", "社外厳秘\n指定管理者 更新時の賃料改定案", "CLASSIFICATION_MARKING", True),
    ("bugai_gokuhi_bracket", "【部外極秘】市長公約の見直し案", "CLASSIFICATION_MARKING", True),
    ("internal_tag_bracket", "[Internal]\nDigital Transformation roadmap (draft v0.3)", "CLASSIFICATION_MARKING", True),
    ("internal_tag_subject", "Subject: [Restricted] Budget cuts by department", "CLASSIFICATION_MARKING", True),
    ("internal_prose", "Internal controls are the processes the city uses to prevent errors.", "CLASSIFICATION_MARKING", False),
    ("internal_link_text", "See the [internal link](https://example.jp/docs) for details.", "CLASSIFICATION_MARKING", False),
    ("shanai_gentei_sale", "社内限定セールのお知らせ文を、職員互助会向けに書き直して。", "CLASSIFICATION_MARKING", False),
    # batch 11 — a record's subject named by the record's number (ケース番号, 受給者番号, 手帳 第…号) beside a topic
    ("case_number_topic", "ケース番号 2026-0381\n家庭訪問。本人の体調不良が続き、家賃の滞納が2か月分ある。", "PERSON", True),
    ("jukyusha_number_topic", "受給者番号 3801247 の保護者から電話。児童が肺炎で入院したとのこと。", "PERSON", True),
    ("techo_dai_go_topic", "身体障害者手帳（第 0412387 号、1種2級）の再交付申請。本人は下肢障害のため車いす使用。", "PERSON",
     True),
    ("atena_number_tax", "宛名番号 0004471028 の方の市県民税の滞納について、差押えを予告しました。", "PERSON", True),
    ("case_number_no_value", "ケース番号の採番ルールは来年度から変更予定。月末ケース数 1,024件。", "PERSON", False),
    ("jukyusha_number_format", "受給者番号欄には、右上に記載された7桁の番号を記入してください。", "PERSON", False),
    ("atena_number_blank", "宛名番号 0000000000 （未登録）", "PERSON", False),
    ("case_number_count", "ケース番号 1024件を再採番しました。", "PERSON", False),
    # batch 12 — an amount letter-spaced with its commas (OCR); care stations are facilities with public numbers
    ("letter_spaced_price", "予 定 価 格 調 書\n予 定 価 格  2 8 , 6 0 0 , 0 0 0 円 （ 税 抜 ）\n開 札 予 定  令 和 9 年 1 月 2 0 日",
     "INTERNAL_MATTER", True),
    ("care_station_public_row", "事業所番号\t事業所名\t所在地\t電話\n2370100456\tあおば訪問介護ステーション\t緑野市栄町1-8-2\t"
     "0561-73-6620", "PHONE_NUMBER", False),
]


@pytest.mark.parametrize("name,text,entity,found", CASES, ids=[c[0] for c in CASES])
def test_mechanism_r7_ident(scanner, name, text, entity, found):
    r5.test_mechanism(scanner, name, text, entity, found)  # the same check as round 5's table


OCR_FOLD = [
    ("l996年O3月l4日", "1996年03月14日"),
    ("第 3Ol5 O938 47OO 号", "第 3015 0938 4700 号"),
    ("UH4O219375EA", "UH40219375EA"),
    ("2O28年(令和1O年)11月2O日まで", "2028年(令和10年)11月20日まで"),
    # letters of a word stay: a word glued to a number, chemical formulae, codes between letters, more letters than digits
    ("Hello2026", "Hello2026"),
    ("CO2 and H2O", "CO2 and H2O"),
    ("C3I2A2", "C3I2A2"),
    ("2OO Ol2 lO", "2OO Ol2 lO"),
    ("iOS 17, Office 365, Windows 11", "iOS 17, Office 365, Windows 11"),
]


@pytest.mark.parametrize("src,want", OCR_FOLD, ids=[s for s, _ in OCR_FOLD])
def test_ocr_digits(src, want):
    n = normalise(src)
    assert n.text == want
    assert len(n.text) == len(src) and n.to_original(0, len(n.text)) == (0, len(src))


LETTER_SPACED = [
    ("保 険 者 番 号  0 6 1 3 0 0 1 7", "保険者番号      06130017       "),
    ("生 年 月 日  昭 和 3 6 年 8 月 2 日", "生年月日     昭和36年8月2日        "),
    ("在 留 カ ー ド  番号 UH4O219375EA", "在留カード      番号 UH4O219375EA"),
    # lines that are not letter-spaced: a name, an English line, a table row, numbers alone
    ("氏名 林 優 様", "氏名 林 優 様"),
    ("I am a B student", "I am a B student"),
    ("| 男 | 女 | 計 |", "| 男 | 女 | 計 |"),
    ("金 額  2 8 , 6 0 0 円", "金額   28,600円      "),
    ("1 2 3 4 5 6", "1 2 3 4 5 6"),
    ("山田 太郎 090 1234 5678", "山田 太郎 090 1234 5678"),
]


@pytest.mark.parametrize("src,want", LETTER_SPACED, ids=[s for s, _ in LETTER_SPACED])
def test_letter_spaced_packed(src, want):
    assert letter_spaced_packed(src) == want
    assert len(as_structure(src)) == len(src)


def test_field_name_forms():
    from gateway.scan.recognizers._numeric import field_name_forms
    assert field_name_forms(["account number", "口座番号", "passport"]) == [
        "account number", "口座番号", "passport", "accountnumber", "account_number", "account-number"]


WRAPPED = [
    ('"No"\t"基礎年金\n番号"\t"備考"', '"No"\t"基礎年金番号" \t"備考"'),
    ('"申請者"\t"振込先"\n"岡本 真由美"\t"みどり銀行\n駅前支店"', '"申請者"\t"振込先"\n"岡本 真由美"\t"みどり銀行駅前支店" '),
    # a quotation over lines in prose, not next to a separator; a quoted cell on one line
    ('彼はこう書いた。\n"こんにちは\nさようなら"\n以上', '彼はこう書いた。\n"こんにちは\nさようなら"\n以上'),
    ('"井上 陽太"\t"長男"', '"井上 陽太"\t"長男"'),
]


@pytest.mark.parametrize("src,want", WRAPPED, ids=[s[:12] for s, _ in WRAPPED])
def test_wrapped_cells_joined(src, want):
    assert wrapped_cells_joined(src) == want
    assert len(as_structure(src)) == len(src)


ESCAPES = [
    (r'{"field": "\u500b\u4eba\u756a\u53f7"}', '{"field": "個人番号' + " " * 20 + '"}'),
    (r'"\ud83d\ude00\ud83d\ude00"', '"😀😀' + " " * 22 + '"'),
    # escaped quotes and ASCII stay (JSON structure); one escape alone stays; a Windows path is no escape
    (r'"q": "\u0022x\u0022"', r'"q": "\u0022x\u0022"'),
    (r'"\u500b"', r'"\u500b"'),
    (r"C:\users\ueda\u1234x", r"C:\users\ueda\u1234x"),
]


@pytest.mark.parametrize("src,want", ESCAPES, ids=[s[:16] for s, _ in ESCAPES])
def test_unicode_escapes_decoded(src, want):
    assert unicode_escapes_decoded(src) == want
    assert len(as_structure(src)) == len(src)


def test_escaped_log_label_read(scanner):
    res = scanner.scan(r'ERROR validation failed {"field": "\u500b\u4eba\u756a\u53f7", "value": "264739150822"}')
    assert res.action == "block" and "JP_MY_NUMBER" in {f.entity for f in res.findings}
    res = scanner.scan(r'{"event": "notice", "title": "\u5e02\u6c11\u307e\u3064\u308a", "code": "264739150822"}')
    assert res.action != "block"
