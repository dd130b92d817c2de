"""Table tests of the round-5 mechanisms (identifiers, credentials, markings, internal matters): each
mechanism with rows it must catch and lookalikes it must leave alone. Whole prompts through the default
scanner; a row names the entity that must (or must not) be among the counted findings."""

from __future__ import annotations

import pytest

DL = "543775945870"        # 運転免許証番号, check digit valid
CARD = "4115109549413485"  # Luhn valid, Visa prefix
CARD2 = "3526905929818846"  # Luhn valid, JCB prefix
INSURER = "71872071"       # 保険者番号, Luhn valid

CASES = [
    # passport numbers followed by another number
    ("passport_then_count", "旅券番号 RK5092716 3名分の申請", "JP_PASSPORT", True),
    ("passport_then_nights", "Passport: TN 7730184 4 nights at the hotel", "JP_PASSPORT", True),
    ("passport_format_example", "旅券番号の形式は英字2文字と数字7桁（例：TK1234567）です。", "JP_PASSPORT", False),
    ("residence_card_format", "在留カード番号は、例えば XY98765432ZW のような形式です。", "JP_RESIDENCE_CARD", False),
    # card numbers read out over lines after the label
    ("card_over_lines", f"カード番号\n{CARD[:4]} {CARD[4:8]}\n{CARD[8:12]} {CARD[12:]}", "CREDIT_CARD", True),
    ("card_over_lines_jcb", f"クレジットカード番号：\n{CARD2[:8]}\n{CARD2[8:]}", "CREDIT_CARD", True),
    ("card_label_other_digits", "カード番号\n1234 5678\n9012 3456", "CREDIT_CARD", False),  # Luhn fails
    # licence numbers read out in spaced groups after the label
    ("licence_spaced_groups", f"運転免許証番号は {DL[:4]} {DL[4:8]} {DL[8:]} です", "JP_DRIVERS_LICENSE", True),
    ("licence_spaced_no_label", f"整理番号 {DL[:4]} {DL[4:8]} {DL[8:]}", "JP_DRIVERS_LICENSE", False),
    # 保険者番号 with the label after the number
    ("insurer_label_after", f"{INSURER}（保険者番号）の組合に照会", "JP_HEALTH_INSURANCE", True),
    ("insurer_number_other_label_after", f"{INSURER}（受付番号）の件", "JP_HEALTH_INSURANCE", False),
    # an account held by an organisation is not personal data
    ("account_city_holder", "振込先 みどり銀行 本店 普通 口座番号 2718281 口座名義 みどり野市会計管理者", "JP_BANK_ACCOUNT", False),
    ("account_company_holder", "振込先：あおば銀行 駅前支店 普通 3141592 名義 カ）アオバケンセツ", "JP_BANK_ACCOUNT", False),
    ("account_person_holder", "振込先：あおば銀行 駅前支店 普通 3141592 名義 ヤマモト ハナコ", "JP_BANK_ACCOUNT", True),
    # credentials
    ("tf_variable_default", 'variable "api_token" {\n  default = "q8Z2vL5xN7mP3kR9tW4y"\n}', "CREDENTIAL", True),
    ("tf_variable_no_default", 'variable "api_token" {\n  type      = string\n  sensitive = true\n}', "CREDENTIAL", False),
    ("tf_variable_plain_name", 'variable "region" {\n  default = "ap-northeast-1"\n}', "CREDENTIAL", False),
    ("pgpass_line", "~/.pgpass:\ndb01.mdr.local:5432:*:report:Rp#7731xq", "CREDENTIAL", True),
    ("pgpass_placeholder", "~/.pgpass の書式: hostname:port:database:username:password", "CREDENTIAL", False),
    ("ldap_bind_password", "ldapwhoami -x -H ldap://dc01 -D admin@mdr.local -w Qz7!bind2026", "CREDENTIAL", True),
    ("ldap_prompt_flag", "ldapsearch -x -H ldap://dc01 -D admin@mdr.local -W -b dc=mdr", "CREDENTIAL", False),
    ("sqlcmd_password", "sqlcmd -S 10.1.2.3 -U sa -P Sq#2026admin -Q \"SELECT 1\"", "CREDENTIAL", True),
    ("env_default_syntax", "DB_PASS: ${DB_PASS:-please-set-me}", "CREDENTIAL", False),
    ("fake_slack_token", "例: xoxp-not-a-real-token-do-not-use", "CREDENTIAL", False),
    # markings
    ("marking_metadata_field", "文書番号 企第88号　機密性 ３　保存期間 10年\n新庁舎の配置計画", "CLASSIFICATION_MARKING", True),
    ("marking_csv_cell", "文書区分,機密性２\n件名,組織改正案", "CLASSIFICATION_MARKING", True),
    ("marking_shown_in_training", "文書の表紙に【機密性３】と表示してください。", "CLASSIFICATION_MARKING", False),
    ("marking_shown_restriction", "回収が必要な資料には（会議後回収）と明記する。", "HANDLING_RESTRICTION", False),
    ("restriction_declared_rule", "本文書の転送を禁止します\n令和９年度 組織再編の考え方", "HANDLING_RESTRICTION", True),
    ("restriction_copyright", "本資料の無断複製を禁止します。講師：市民活動センター", "HANDLING_RESTRICTION", False),
    # internal matters
    ("estimate_before_opening", "来週の入札に向けた積算です。\n直接工事費 8,420,000円\n共通仮設費 610,000円", "INTERNAL_MATTER", True),
    ("estimate_after_opening", "開札済みの案件の積算です。\n直接工事費 8,420,000円\n共通仮設費 610,000円\n落札率 95%", "INTERNAL_MATTER", False),
    ("estimate_manual", "積算の手引き：例えば直接工事費 1,000,000円、共通仮設費 50,000円 として計算する（入札前の確認用）。", "INTERNAL_MATTER", False),
    ("opened_bid_price", "4月8日開札済み。予定価格 12,300,000円、落札率 92.1%。", "INTERNAL_MATTER", False),
    ("naiji_post_of", "内示前ですが、市民課の課長補佐が4月から福祉課へ移る見込みです。", "INTERNAL_MATTER", True),
    ("naiji_rule_no_post", "内示前に異動先を口外しないよう注意してください。", "INTERNAL_MATTER", False),
    ("unannounced_plan", "まだ発表前の内容です。来年度から市内3か所の公民館を統合する方針。", "INTERNAL_MATTER", True),
    ("announced_plan", "3月に公表しました「公民館統合方針」について、発表前の内容との違いを説明して。", "INTERNAL_MATTER", False),
    ("unc_share_private_ip", "共有フォルダ \\\\10.8.2.40\\kyouiku をマウントできません", "INTERNAL_MATTER", True),
    # second round: romanised field names, quotes between label and value, blanks
    ("resident_code_romanised", '{"jumin_code": "52918407736", "name": "x"}', "JP_RESIDENT_CODE", True),
    ("insurer_romanised", 'hokensha_bango: "71872071"', "JP_HEALTH_INSURANCE", True),
    ("pension_romanised", 'kiso_nenkin: "4102-558193"', "JP_BASIC_PENSION_NUMBER", True),
    ("account_blank_digits", "口座番号：1111111（普通）名義 カナで記入", "JP_BANK_ACCOUNT", False),
    ("bearer_in_dict", 'h = {"Authorization": "Bearer Zq8Lm2Xv7Np4Rt9Wy1Kb6Hc3Jd5Fg0S"}', "CREDENTIAL", True),
    ("bearer_fstring", 'h = {"Authorization": f"Bearer {token}"}', "CREDENTIAL", False),
    ("vba_const_as_string", 'Const DB_PASSWORD As String = "Vb#2026const"', "CREDENTIAL", True),
    ("vba_const_plain", 'Const DB_HOST As String = "10.1.1.1"', "CREDENTIAL", False),
    ("connection_key_prose", "新しい無線LANの接続キーは Wz4#q9Lp2m です。", "CREDENTIAL", True),
    ("marking_contains_declared", "※本資料は機密性３情報を含みます\n議会対応方針", "CLASSIFICATION_MARKING", True),
    ("marking_stamp_goods", "ゴム印「部外秘」 2個、「持出禁止」スタンプ 1個を発注", "CLASSIFICATION_MARKING", False),
    # third round: numbers read out with の, licence numbers over lines, the format shown
    ("pension_read_with_no", "基礎年金番号は四一〇二の五五八一九三です", "JP_BASIC_PENSION_NUMBER", True),
    ("licence_over_lines", f"運転免許証番号\n{DL[:6]}\n{DL[6:]}", "JP_DRIVERS_LICENSE", True),
    ("licence_over_lines_bad_check", "運転免許証番号\n543775\n945880", "JP_DRIVERS_LICENSE", False),
    ("my_number_format_shown", "個人番号欄には、123456789012 のような12桁を書きます（番号 351579173480 のような形）", "JP_MY_NUMBER", False),
    ("customer_number_negative_label", "個人番号の提出は不要です。お客様番号 351579173480", "JP_MY_NUMBER", False),
    ("collect_after_meeting", "資料３（会議終了後回収）\n公共施設の統廃合案", "HANDLING_RESTRICTION", True),
    ("ansible_yaml_inventory", "inventory:\n  fs01:\n    ansible_host: 10.4.0.21\n  fs02:\n    ansible_host: 10.4.0.22",
     "INTERNAL_MATTER", True),
    ("ip_example_sentence", "例えば 192.168.10.20、サブネットマスク 255.255.255.0、ゲートウェイ 192.168.10.1 の場合の設定は？",
     "INTERNAL_MATTER", False),
    ("ip_jourei_not_example", "条例改正に伴い、ファイアウォールで 10.40.0.0/16 から 10.50.1.5 への通信を許可した。",
     "INTERNAL_MATTER", True),
    ("licence_british_spelling", f"Driving licence no. {DL}, issued in Aichi", "JP_DRIVERS_LICENSE", True),
    ("marking_in_file_name", "添付：部外秘_査定結果_0612.pdf を要約して", "CLASSIFICATION_MARKING", True),
    ("marking_in_sheet_name", "シート「機密性3_人事評価」\n職員番号,評価点\n10234,4.2", "CLASSIFICATION_MARKING", True),
    ("english_marking_in_identifier", "INTERNAL_ONLY_FLAG = True  # feature switch", "CLASSIFICATION_MARKING", False),
    ("json_camel_secret", '{"dbPassword": "Lp#2026json!x"}', "CREDENTIAL", True),
    ("js_object_api_key", "const cfg = { apiKey: 'Zr7Lq2Xm9Vp4Nt8Kw3Hb6Jc1' };", "CREDENTIAL", True),
    ("json_page_token", '{"nextPageToken": "CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3", "items": []}', "CREDENTIAL", False),
    ("json_secret_placeholder", '{"ClientSecret": "<Key Vault から取得>"}', "CREDENTIAL", False),
    ("teams_webhook_url", "https://contoso.webhook.office.com/webhookb2/" + "a1b2c3d4-" * 8 + "/IncomingWebhook/x",
     "CREDENTIAL", True),
    ("teams_webhook_format", "URL は https://xxxxx.webhook.office.com/webhookb2/... の形式です", "CREDENTIAL", False),
    ("flow_log_private", "DENY SRC=10.8.1.4 DST=10.9.2.7 DPT=445", "INTERNAL_MATTER", True),
    ("pac_proxy", 'return "PROXY 10.6.0.9:3128"; // FindProxyForURL', "INTERNAL_MATTER", True),
    ("english_draft_personnel", "Draft personnel moves: Mr. Ito, Roads → Parks; Ms. Abe, Parks → Roads.", "INTERNAL_MATTER", True),
    ("english_announced_personnel", "The city announced personnel changes: Mr. Ito becomes head of Parks.", "INTERNAL_MATTER", False),
    ("unannounced_rule_sentence", "記者発表前の資料の扱いは広報課に相談すること。", "INTERNAL_MATTER", False),
    ("plan_with_secrecy_request", "人事異動案です。他言しないでください。\n・税務課 主査 → 福祉課", "INTERNAL_MATTER", True),
    ("resident_code_over_lines", "住民票コード\n5291\n8407\n736", "JP_RESIDENT_CODE", True),
    ("member_number_over_lines", "被保険者番号\n0045\n7712", "JP_HEALTH_INSURANCE", True),
    ("member_label_then_text", "被保険者番号\nは保険証の表面に記載されています", "JP_HEALTH_INSURANCE", False),
    ("pin_four_digits", "キャッシュカードの暗証番号：7392", "CREDENTIAL", True),
    ("pin_blank", "暗証番号：0000 の欄は記入不要", "CREDENTIAL", False),
    ("pin_textbook", "暗証番号：1234 のような推測されやすい番号は避けましょう", "CREDENTIAL", False),
    ("backup_codes", "リカバリーコード: 5501-2284, 9917-0036", "CREDENTIAL", True),
    ("backup_codes_howto", "バックアップコードは10個発行されます。安全な場所に保管してください。", "CREDENTIAL", False),
    ("budget_before_assessment", "査定前の要求額です。\n道路補修 42,000,000円\n公園整備 8,500,000円", "INTERNAL_MATTER", True),
    ("budget_published", "一次査定の結果を公表しました。道路補修 42,000,000円", "INTERNAL_MATTER", False),
    ("english_account_person", "Refund to Aoba Bank, Central Branch, savings 3141592, account holder TANAKA HANA",
     "JP_BANK_ACCOUNT", True),
    ("english_account_person_city_after", "Refund to Aoba Bank, Central Branch, savings 3141592, account holder TANAKA HANA, "
     "Midorino City", "JP_BANK_ACCOUNT", True),
    ("english_account_company", "Pay to Aoba Bank, Central Branch, savings 3141592, account name Aoba Kensetsu Co., Ltd.",
     "JP_BANK_ACCOUNT", False),
    ("english_pass_is", "the wifi pass is Gr33n#Leaf77 for today", "CREDENTIAL", True),
    ("english_bus_pass", "your bus pass is valid until March", "CREDENTIAL", False),
    ("english_marking_between_bars", "Midorino City | Confidential | Page 3", "CLASSIFICATION_MARKING", True),
    ("english_marking_in_prose", "Treat the results as confidential until they are published.", "CLASSIFICATION_MARKING", False),
    ("grouped_number_then_count", "個人番号 3515 7917 3480 2名分", "JP_MY_NUMBER", True),
    ("grouped_number_then_more_digits", "個人番号 3515 7917 3480 7", "JP_MY_NUMBER", False),
    ("marking_deciding", "この資料を機密性２に該当するか判断したい", "CLASSIFICATION_MARKING", False),
    ("marking_deciding_toriatsukai", "部外秘扱いにすべきか迷っています", "CLASSIFICATION_MARKING", False),
    ("dotted_env_reference", "<password>${env.DB_PASSWORD}</password>", "CREDENTIAL", False),
    ("scope_word_in_field_line", "講座名 防災研修　対象 職員限り　定員 20名", "CLASSIFICATION_MARKING", False),
    ("news_not_announced", "The winners have not yet been announced.", "INTERNAL_MATTER", False),
    ("insider_not_announced", "We have not yet announced it, but we will close the east branch in April.",
     "INTERNAL_MATTER", True),
    ("marking_not_contained", "※本資料は機密性３情報を含みません\n窓口案内", "CLASSIFICATION_MARKING", False),
    ("pension_format_shown", "基礎年金番号は 4102-558193 のように表示されます", "JP_BASIC_PENSION_NUMBER", False),
    ("pension_real", "基礎年金番号 4102-558193 の方から相談", "JP_BASIC_PENSION_NUMBER", True),
    ("resident_code_format_shown", "住民票コード（例：52918407736）", "JP_RESIDENT_CODE", False),
    ("password_remark_then_value", "PW：変更済み（新しい値：Zx9#mQ2026p）", "CREDENTIAL", True),
    ("password_remark_then_date", "PW：変更済み（変更日：2026-06-12）", "CREDENTIAL", False),
    ("marking_in_register_row", "| 組織改正 第2版 | 機密性2 | 人事課 |", "CLASSIFICATION_MARKING", False),
    ("post_of_speaker", "内示は来週です。内示後に、総務課の課長から説明があります。", "INTERNAL_MATTER", False),
    ("underscore_then_space", "機密性3_ を先頭に付けたファイルは共有しないこと", "CLASSIFICATION_MARKING", False),
    ("estimate_fees_only", "入札は来月です。設計書の閲覧手数料 300円、図面代 1,500円。", "INTERNAL_MATTER", False),
    ("bare_satei_chuu", "車の査定中ですが、買取価格 850,000円 と言われました", "INTERNAL_MATTER", False),
    ("json_key_secret_word_inside", '{"passwordHashAlgorithm": "argon2id-v19-m65536"}', "CREDENTIAL", False),
    ("json_key_path_value", '{"secret_file": "/etc/app/secrets/db.json"}', "CREDENTIAL", False),
    ("json_key_tokenizer", '{"tokenizer": "sudachi-core-dictionary"}', "CREDENTIAL", False),
    ("password_rule_example_colon", "パスワード: 12文字以上（例: Abc#1234xyz）", "CREDENTIAL", False),
    ("password_bad_example_quoted", "パスワードは「Tokyo2020!」のような推測されやすいものは避ける", "CREDENTIAL", False),
    ("nmap_private_host", "Nmap scan report for fs01.mdr.local (172.18.4.9)\n445/tcp open", "INTERNAL_MATTER", True),
]


@pytest.mark.parametrize("name,text,entity,found", CASES, ids=[c[0] for c in CASES])
def test_mechanism(scanner, name, text, entity, found):
    res = scanner.scan(text)
    entities = {f.entity for f in res.findings}
    if found:
        assert entity in entities and res.action == "block", (name, res.action, entities)
    else:
        assert entity not in entities or res.action != "block", (name, res.action, entities)
