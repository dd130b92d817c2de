"""Table tests of the round-6 mechanisms (identifiers, credentials, markings, internal matters): each
mechanism with rows it must catch and lookalikes it must leave alone. Whole prompts through the default
scanner; a row names the entity that must (or must not) be among the counted findings."""

from __future__ import annotations

import pytest

from tests.unit.scan import test_mechanisms_r5_ident as r5

MN = "751631959500"        # 個人番号, check digit valid
MN2 = "529466322084"       # 個人番号, check digit valid
MN_BAD = "751631959501"    # check digit wrong

CASES = [
    # 個人番号 in any grouping as the value of a message naming it after a colon (error and log messages)
    ("mn_message_odd_group", f"IllegalArgumentException: 個人番号の桁区切りが不正です: {MN[:4]}-{MN[4:7]}-{MN[7:]}",
     "JP_MY_NUMBER", True),
    ("mn_message_english", f"ValidationError: invalid my_number format = {MN[:3]} {MN[3:9]} {MN[9:]}", "JP_MY_NUMBER", True),
    ("mn_message_bad_check", f"個人番号の桁区切りが不正です: {MN_BAD[:4]}-{MN_BAD[4:7]}-{MN_BAD[7:]}", "JP_MY_NUMBER", False),
    ("mn_message_no_colon", f"個人番号の確認は済み。整理番号 {MN[:4]}-{MN[4:7]}-{MN[7:]} で受付", "JP_MY_NUMBER", False),
    ("mn_message_negative_label", f"個人番号カード交付予約の受付番号: {MN[:4]}-{MN[4:7]}-{MN[7:]}", "JP_MY_NUMBER", False),
    ("mn_message_other_line", f"個人番号の確認は済み\n受付票: {MN[:4]}-{MN[4:7]}-{MN[7:]}", "JP_MY_NUMBER", False),
    # a document's own number after its name: 年金手帳の番号は … (spaced separators), マイナンバーカードの番号：
    ("pension_book_number", "年金手帳の番号は 4120 - 389471 とのこと。", "JP_BASIC_PENSION_NUMBER", True),
    ("pension_book_count", "年金手帳の再交付 2件、来所 14名", "JP_BASIC_PENSION_NUMBER", False),
    ("mn_card_no_number", f"マイナンバーカードの番号は {MN2[:4]} - {MN2[4:8]} - {MN2[8:]} です", "JP_MY_NUMBER", True),
    # assignments through a subscript, and environment variables glued to the tool's name
    ("cred_subscript", "DATABASES['default']['PASSWORD'] = 'Mdr!2026kanri'", "CREDENTIAL", True),
    ("cred_environ_subscript", 'os.environ["SMTP_PASSWORD"] = "Sm7p#Relay26"', "CREDENTIAL", True),
    ("cred_subscript_reference", "DATABASES['default']['PASSWORD'] = os.environ['DB_PASSWORD']", "CREDENTIAL", False),
    ("cred_pgpassword_export", "export PGPASSWORD='Kk7$vR2q9w'", "CREDENTIAL", True),
    ("cred_glued_env_placeholder", "export PGPASSWORD=${PGPASSWORD_FROM_VAULT}", "CREDENTIAL", False),
    ("cred_bypass_not_key", "BYPASS=Enabled2026 # proxy bypass list switch", "CREDENTIAL", False),
    # documented example keys
    ("github_docs_token", 'curl -H "Authorization: Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a" https://api.github.com/user',
     "CREDENTIAL", False),
    ("github_real_looking_token", 'curl -H "Authorization: Bearer ghp_9Qe2LrT7vXk4Wm1Zc8Yb5Nn3Hd6Fs0Ja2Pu7" https://api.github.com/user',
     "CREDENTIAL", True),
    # an insurer's own number named by the insurer is public; a number on a member's card is not
    ("insurer_owned_public", "緑野市国民健康保険の保険者番号は 139139 です。", "JP_HEALTH_INSURANCE", False),
    ("insurer_kumiai_owned", "みどり製作所健康保険組合の保険者番号 06130017 へ照会", "JP_HEALTH_INSURANCE", False),
    ("insurer_on_member_card", "被保険者証：保険者番号 06130017　記号 7853　番号 504", "JP_HEALTH_INSURANCE", True),
    ("insurer_label_alone", "保険者番号 06130017", "JP_HEALTH_INSURANCE", True),
    # internal matters: host firewall commands, English insider secrecy about transfers
    ("ps_firewall_rule", "New-NetFirewallRule -DisplayName \"DB\" -RemoteAddress 172.20.10.0/24 -LocalPort 1521 -Action Allow",
     "INTERNAL_MATTER", True),
    ("ufw_rule", "sudo ufw allow from 10.8.3.0/24 to any port 22", "INTERNAL_MATTER", True),
    ("ufw_question_public", "ufw で 22 番ポートだけ開けるにはどうすればいい？", "INTERNAL_MATTER", False),
    ("keep_between_us_casual", "Please keep it between us, but I really liked the new library design!",
     "INTERNAL_MATTER", False),
    ("naiji_not_gone_out", "The naiji hasn't gone out yet – Sato is moving to the Tax Division.", "INTERNAL_MATTER", True),
    ("transfers_published_en", "The city published its April personnel transfers on 20 March.", "INTERNAL_MATTER", False),
    # batch 2 — a column list naming the number, its value in the tuple (SQL INSERT, Key (…)=(…))
    ("sql_insert_my_no", f"INSERT INTO taxpayer (taxpayer_id, my_no, fy) VALUES (10482, '{MN}', 2026);", "JP_MY_NUMBER", True),
    ("sql_insert_other_column", f"INSERT INTO orders (order_id, item_no, fy) VALUES (10482, '{MN}', 2026);", "JP_MY_NUMBER", False),
    ("camel_field_query", f"GET /api/kojin/search?kojinNo={MN}&fy=2026 HTTP/1.1", "JP_MY_NUMBER", True),
    # a column named for something else is not named by words around the table
    ("reservation_code_column", f"マイナンバーカード交付 予約状況\n予約コード,時間,窓口\n{MN},9:00,2番", "JP_MY_NUMBER", False),
    ("generic_number_column", f"個人番号の一覧\n番号,区分\n{MN},扶養", "JP_MY_NUMBER", True),
    # 在留カード番号 with the digits in two groups
    ("residence_card_spaced", "在留カード番号：AB 1234 5678 CD", "JP_RESIDENCE_CARD", True),
    ("residence_card_spaced_no_context", "型式 AB 1234 5678 CD の部品", "JP_RESIDENCE_CARD", False),
    # an account held for a relief fund or a collection is an organisation's
    ("account_relief_fund", "振込先：みどり銀行 本店 普通 3082714 口座名義 ミドリノシサイガイギエンキン", "JP_BANK_ACCOUNT", False),
    ("account_person_refund", "振込先：みどり銀行 本店 普通 3082714 口座名義 タカハシ ユウコ（返金）", "JP_BANK_ACCOUNT", True),
    # command lines: quoted -p, htpasswd -b, a password piped to sudo -S, net user, SNMP communities
    ("mysqldump_quoted_p", "mysqldump -u backup -p'Bk#2026!dump' zeimu > dump.sql", "CREDENTIAL", True),
    ("mysql_prompt_p", "mysql -u root -p zeimu", "CREDENTIAL", False),
    ("htpasswd_batch", "htpasswd -c -b /etc/httpd/.htpasswd kanri Kanri#2026web", "CREDENTIAL", True),
    ("htpasswd_prompt", "htpasswd -c /etc/httpd/.htpasswd kanri", "CREDENTIAL", False),
    ("echo_sudo_stdin", "echo 'Sv!r3start26' | sudo -S systemctl restart tomcat", "CREDENTIAL", True),
    ("echo_pipe_grep", "echo 'Sv!r3start26' | grep Sv", "CREDENTIAL", False),
    ("net_user_password", "net user kiosk01 Ksk#2026lobby /add", "CREDENTIAL", True),
    ("net_user_prompt", "net user kiosk01 * /add", "CREDENTIAL", False),
    ("net_user_domain", "net user tanaka /domain", "CREDENTIAL", False),
    ("snmp_community", "snmp-server community Mdr#ro2026 RO", "CREDENTIAL", True),
    ("snmp_community_default", "snmp-server community public RO", "CREDENTIAL", False),
    ("radius_secret", "client wlc01 {\n    ipaddr = 10.40.0.5\n    secret = Rad!usWlc2026\n}", "CREDENTIAL", True),
    ("secret_short_word", "secret = enabled", "CREDENTIAL", False),
    ("ansible_vault_tag", "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6231336539666234", "CREDENTIAL", False),
    # markings: FOR OFFICIAL USE ONLY, polite prohibitions on a document
    ("fouo_line", "FOR OFFICIAL USE ONLY\nSubject: evacuation routes", "CLASSIFICATION_MARKING", True),
    ("fouo_training_question", "What is the difference between For Official Use Only and Confidential?", "CLASSIFICATION_MARKING", False),
    ("polite_forward_restriction", "※本資料は外部への転送・提供はご遠慮ください。\n窓口業務委託 仕様書（素案）", "HANDLING_RESTRICTION", True),
    ("polite_restriction_parking", "会場には駐車場がありませんので、お車でのご来場はご遠慮ください。", "HANDLING_RESTRICTION", False),
    # internal matters: an amount declared unpublished, promotion lists, command output naming internal hosts
    ("design_amount_unpublished", "設計金額は 41,800,000円（非公表）です。来月の入札公告の準備を進めてください。", "INTERNAL_MATTER", True),
    ("price_unpublished_result", "予定価格（非公表）　落札金額 39,600,000円　落札者 みどり建設株式会社", "INTERNAL_MATTER", False),
    ("promotion_list_unannounced", "係長昇任予定者（発表前）\n税務課　主査　岡田 直樹", "INTERNAL_MATTER", True),
    ("tracert_internal", "tracert fs01\n 1 <1 ms 10.20.5.1\n 2 1 ms 10.20.0.1", "INTERNAL_MATTER", True),
    ("arp_internal", "arp -a\n  10.20.5.1   00-1a-2b-3c-4d-5e 動的\n  10.20.5.20  00-1a-2b-3c-4d-61 動的", "INTERNAL_MATTER", True),
    ("route_print_home", "自宅のPCで route print を実行したら\n0.0.0.0 0.0.0.0 192.168.0.1 192.168.0.12 25", "INTERNAL_MATTER", False),
    ("vpn_from_home_office_net", "自宅からVPNで接続すると tracert が 10.20.0.1 → 10.20.5.1 で止まる", "INTERNAL_MATTER", True),
    ("traceroute_public", "traceroute example.org\n 1 203.0.113.1 0.5 ms\n 2 198.51.100.7 3 ms", "INTERNAL_MATTER", False),
    # batch 3 — 個人番号 read out in groups parted by の after the label's question (a call transcript)
    ("mn_spoken_groups", f"職員：マイナンバーをお願いします。\n市民：えっと、{MN2[:4]} の {MN2[4:8]} の {MN2[8:]} です。",
     "JP_MY_NUMBER", True),
    ("mn_spoken_bad_check", "職員：マイナンバーをお願いします。\n市民：えっと、1490 の 3253 の 4907 です。", "JP_MY_NUMBER", False),
    ("mn_spoken_no_label", f"受付は {MN2[:4]} の {MN2[4:8]} の {MN2[8:]} 番窓口", "JP_MY_NUMBER", False),
    ("json_individual_number", f'{{"applicantId": 88213, "individualNumber": "{MN}"}}', "JP_MY_NUMBER", True),
    # abbreviated member-number labels
    ("hihoban_abbrev", "被保番号：0004127785\n保険者：緑野市", "JP_HEALTH_INSURANCE", True),
    # a directory of insurers: each number in the row of the insurer it belongs to
    ("insurer_directory_row", "保険者名,保険者番号\n緑野市国民健康保険,139139\n県後期高齢者医療広域連合,39140017",
     "JP_HEALTH_INSURANCE", False),
    ("insurer_member_record_row", "氏名,保険者名,保険者番号,記号,番号\n山田 太郎,協会けんぽ,06130017,7853,504",
     "JP_HEALTH_INSURANCE", True),
    ("insurer_row_no_org", "区分,保険者番号\n本人,06130017", "JP_HEALTH_INSURANCE", True),
    # a password word, a comma, then the value (chat)
    ("chat_pass_comma", "サーバーのrootパス、Tr0ub4dor&3 だよ", "CREDENTIAL", True),
    ("chat_pass_comma_path", "ログのパス、/var/log/app を確認して", "CREDENTIAL", False),
    ("pw_list_comma", "パスワード、ID、メールアドレスを入力してください", "CREDENTIAL", False),
    # a marking given as the reason for a handling instruction
    ("marking_reason_nitsuki", "機密性２情報につき取扱注意でお願いします。\n見直し案を添付します。", "CLASSIFICATION_MARKING", True),
    ("marking_about_nitsuki", "機密性２情報について、どう扱えばよいか教えてください。", "CLASSIFICATION_MARKING", False),
    # a sign, not a document marking
    ("restricted_area_sign", "RESTRICTED AREA – Authorized personnel only beyond this point.", "CLASSIFICATION_MARKING", False),
    ("restricted_line", "RESTRICTED\nBriefing: land purchase negotiations", "CLASSIFICATION_MARKING", True),
    # batch 4 — framework signing keys and Japanese names of keys and tokens
    ("rails_secret_key_base", "  secret_key_base: eb8450ae2a1c5ed5571342c3967d286c8a160d1cf407d30366a02402f6d2c624", "CREDENTIAL", True),
    ("laravel_app_key", "APP_KEY=base64:cf0W033VTw7kvuVuq71ZvZuMFNJknOqoF531NyIXm7c=", "CREDENTIAL", True),
    ("app_key_identifier", "app_key: jp.lg.midorino.yoyaku.app", "CREDENTIAL", False),
    ("laravel_app_key_empty", "APP_KEY=\nDB_PASSWORD=", "CREDENTIAL", False),
    ("jp_client_secret", "クライアントシークレットの値：lED8Q~Xkw9Hid3NiMiCrnm_6h_gdVF6DV.Fekg00", "CREDENTIAL", True),
    ("jp_api_key", "APIキー：LefmcMWlfebwNEJIEbTXevfYuaD9CLjyE1ig5wQo", "CREDENTIAL", True),
    ("jp_api_key_howto", "APIキー：利用登録後にマイページで発行されます。", "CREDENTIAL", False),
    ("jp_api_key_masked", "APIキー: ********-****-****（非表示）", "CREDENTIAL", False),
    ("jp_access_token", "チャネルアクセストークン（長期）：Xy7kQ2pLm9vR4tW8zN3bC6dF1gH5jK0sA2eU7iO9", "CREDENTIAL", True),
    ("jp_token_expiry", "アクセストークンの有効期限は60日です。", "CREDENTIAL", False),
    # SQL*Plus with a TNS alias
    ("sqlplus_tns", "sqlplus kanri/Kanri#2026@ZEIDB @monthly.sql", "CREDENTIAL", True),
    ("sqlplus_prompt", "sqlplus kanri@ZEIDB", "CREDENTIAL", False),
    ("sqlplus_sysdba", "sqlplus / as sysdba", "CREDENTIAL", False),
    # an account number one digit a box after its label
    ("account_boxes", "金融機関：みどり信用金庫 本店\n預金種目：普通\n口座番号：｜4｜0｜7｜1｜8｜3｜6｜", "JP_BANK_ACCOUNT", True),
    ("account_boxes_blank", "口座番号：｜0｜0｜0｜0｜0｜0｜0｜（右詰め） 普通", "JP_BANK_ACCOUNT", False),
    ("account_boxes_city", "口座番号：｜4｜0｜7｜1｜8｜3｜6｜ 普通 名義 緑野市会計管理者", "JP_BANK_ACCOUNT", False),
    # English markings after a classification label; departments are not markings
    ("classification_internal", "Classification: Internal\nTo: Section chiefs", "CLASSIFICATION_MARKING", True),
    ("classification_public", "Classification: Public\nThe open data catalogue lists 212 datasets.", "CLASSIFICATION_MARKING", False),
    ("internal_audit_heading", "INTERNAL AUDIT REPORT 2025\nThe audit committee reviewed 14 divisions.", "CLASSIFICATION_MARKING", False),
    ("double_angle_brackets", "≪庁内限り≫\n組織・定数の見直しについて", "CLASSIFICATION_MARKING", True),
    # batch 5 — markings: 【要機密】, 課内限定, 機密性レベル：2; English insurer numbers
    ("you_kimitsu_bracket", "【要機密】\n仮庁舎候補地の比較", "CLASSIFICATION_MARKING", True),
    ("you_hogo_jido_committee", "【要保護児童対策地域協議会】の開催について（お知らせ）", "CLASSIFICATION_MARKING", False),
    ("kanai_gentei_subject", "件名：【課内限定】来年度の係編成について", "CLASSIFICATION_MARKING", True),
    ("kanai_gentei_lunch", "課内限定のランチ会を12月18日に開催します。", "CLASSIFICATION_MARKING", False),
    ("kikan_gentei_sale", "【期間限定】年末セール開催中", "CLASSIFICATION_MARKING", False),
    ("level_word_label", "機密性レベル：2\n主要事業一覧", "CLASSIFICATION_MARKING", True),
    ("level_word_question", "機密性レベル2と3の違いを教えてください。", "CLASSIFICATION_MARKING", False),
    ("insurer_no_english", "My new health insurance card says: Insurer No. 06130017, Symbol 7853, Number 504.", "JP_HEALTH_INSURANCE", True),
    ("insurer_no_english_bad_luhn", "Insurer No. 06130018 was printed on the old card.", "JP_HEALTH_INSURANCE", False),
    # personnel: a promotion list marked （案）
    ("promotion_training_notice", "令和9年度 係長昇任予定者研修のご案内\n対象：係長昇任予定者\n日時：3月25日 午前9時",
     "INTERNAL_MATTER", False),
    ("event_before_announcement", "新製品発表会（発表前）の会場設営の手順書を作って。", "INTERNAL_MATTER", False),
    ("promotion_an", "課長級昇任者（案）\n総務課　課長補佐　森田 和也", "INTERNAL_MATTER", True),
    ("promotion_published", "4月1日付の課長級昇任者は次のとおりです。\n総務課長　森田 和也", "INTERNAL_MATTER", False),
    # batch 6 — SQL users created with a password; DNS zone files and ssh configs; コンフィデンシャル; titles
    ("sql_identified_by", 'CREATE USER report_ro IDENTIFIED BY "Rp#2026ro!";', "CREDENTIAL", True),
    ("sql_identified_by_placeholder", "CREATE USER ユーザー名 IDENTIFIED BY パスワード;", "CREDENTIAL", False),
    ("prose_identified_by", "Each visitor is identified by Tanaka2026 style badges.", "CREDENTIAL", False),
    ("zone_file_internal", "$ORIGIN soumu.local.\nfs01 IN A 10.1.2.31\nfs02 IN A 10.1.2.32", "INTERNAL_MATTER", True),
    ("zone_file_public", "$ORIGIN example.org.\nwww IN A 203.0.113.10\nmail IN A 203.0.113.25", "INTERNAL_MATTER", False),
    ("ssh_config_internal", "Host ap\n  HostName 10.10.1.5\nHost db\n  HostName 10.10.1.6", "INTERNAL_MATTER", True),
    ("katakana_confidential_bracket", "【コンフィデンシャル】\n事業者選定の評価（速報）", "CLASSIFICATION_MARKING", True),
    ("katakana_confidential_prose", "コンフィデンシャルな話題はメールで送らないでください。", "CLASSIFICATION_MARKING", False),
    ("marking_in_film_title", "『コンフィデンシャル／共助』は南北の刑事が組むアクション映画だ。", "CLASSIFICATION_MARKING", False),
    ("marking_in_book_title_secret", "『社外秘の経営学』を読んだ感想を書いて。", "CLASSIFICATION_MARKING", False),
    # batch 7 — camelCase field names of identifiers; XML passwords with attributes or a nested <Value>
    ("camel_pension", '{"caseId": 1021, "basicPensionNumber": "4120389471"}', "JP_BASIC_PENSION_NUMBER", True),
    ("camel_pension_schema", '{"basicPensionNumber": {"type": "string", "pattern": "^[0-9]{10}$"}}',
     "JP_BASIC_PENSION_NUMBER", False),
    ("camel_licence", '{"staffId": 20415, "driverLicenseNumber": "301204567810"}', "JP_DRIVERS_LICENSE", True),
    ("camel_licence_other_code", '{"staffId": 20415, "serialCode": "301204567810"}', "JP_DRIVERS_LICENSE", False),
    ("unattend_nested_value", "<AdministratorPassword>\n  <Value>Un#2026setup</Value>\n</AdministratorPassword>",
     "CREDENTIAL", True),
    ("unattend_redacted", "<AdministratorPassword>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n</AdministratorPassword>",
     "CREDENTIAL", False),
    ("xml_password_attribute", '<Pass encoding="plain">Ftp#2026upload</Pass>', "CREDENTIAL", True),
    ("draft_transfer_list_en", "Attached is the draft transfer list for April: Ogawa (Tax) to Welfare.", "INTERNAL_MATTER", True),
    ("transfer_policy_en", "The personnel transfer policy was revised: staff move every three to five years.",
     "INTERNAL_MATTER", False),
    # batch 8 / format sweep — the label in brackets after a 基礎年金番号; a 住民票コード parted by spaced dashes or box rules
    ("pension_label_after_plain", "4120389471（基礎年金番号）の方の照会", "JP_BASIC_PENSION_NUMBER", True),
    ("pension_other_label_after", "4120389471（受付番号）の照会", "JP_BASIC_PENSION_NUMBER", False),
    ("resident_code_spaced_dashes", "住民票コード：081 - 2294 - 7715", "JP_RESIDENT_CODE", True),
    ("resident_code_boxes", "住民票コード |0|8|1|2|2|9|4|7|7|1|5|", "JP_RESIDENT_CODE", True),
    ("resident_code_label_then_count", "住民票コード 11桁の入力欄 3箇所", "JP_RESIDENT_CODE", False),
    # credential sweep — camelCase variables, := and => assignments, long options, quoted references, resource names
    ("camel_java_field", 'private static final String dbPassword = "Kq7#mZ2026x!";', "CREDENTIAL", True),
    ("camel_js_token", "const accessToken = 'b7Q2xK9mL4vR8tW1zN6cF3gH5jP0sD2e';", "CREDENTIAL", True),
    ("camel_csrf_token", "const csrfToken = 'b7Q2xK9mL4vR8tW1zN6cF3gH5jP0sD2e';", "CREDENTIAL", False),
    ("camel_show_password", "showPassword = false", "CREDENTIAL", False),
    ("go_short_assign", 'password := "Go#2026zeiApp"', "CREDENTIAL", True),
    ("ruby_hash_rocket", ":password => 'Rb#2026mailer',", "CREDENTIAL", True),
    ("php_validation_rule", "'password' => 'required|min:12|confirmed',", "CREDENTIAL", False),
    ("long_option_api_key", "./sync.sh --api-key b7Q2xK9mL4vR8tW1zN6cF3gH5jP0sD2e --dry-run", "CREDENTIAL", True),
    ("long_option_password_eq", "backup-tool --db-password=Kq7#mZ2026x! --target /mnt", "CREDENTIAL", True),
    ("long_option_variable", "backup-tool --db-password=$DB_PASSWORD --target /mnt", "CREDENTIAL", False),
    ("long_option_prompt_flag", "backup-tool --password --target /mnt", "CREDENTIAL", False),
    ("spaced_quoted_reference", "password \"os.environ['DB_PASSWORD']\"", "CREDENTIAL", False),
    ("template_close_after_pw", "<dbPassword>{{ vault_pw }}</dbPassword>", "CREDENTIAL", False),
    ("secret_resource_name", "existingSecret: yoyaku-db-secret", "CREDENTIAL", False),
    ("secret_token_value", "SONAR_TOKEN: squ_3f9a1c7e2b8d4a6f0e1c3b5d7f9a2c4e6b8d0f1a", "CREDENTIAL", True),
    # amounts in kanji numerals or in 百万円 next to a bid price
    ("yotei_kanji_amount", "来週開札の件、予定価格は一千二百三十四万円です。", "INTERNAL_MATTER", True),
    ("yotei_hyakuman_unit", "予定価格：12.34百万円（入札前）", "INTERNAL_MATTER", True),
    ("yotei_sen_en_rounding", "予定価格の千円未満は切り捨てることとする。", "INTERNAL_MATTER", False),
    ("yotei_kanji_published", "開札結果：予定価格 一千二百三十四万円、落札金額 一千百万円。", "INTERNAL_MATTER", False),
    # study material: addresses in a textbook exercise, a tutorial, a learner's question
    ("arp_textbook_exercise", "教科書の演習です。arp -a の結果の見方を解説して。\n  192.168.0.1  00-11-22-33-44-55\n  192.168.0.10 00-11-22-33-44-66",
     "INTERNAL_MATTER", False),
    ("ufw_exercise", "Linux 入門の練習問題：sudo ufw allow from 192.168.1.0/24 to any port 22 の意味を答えなさい。",
     "INTERNAL_MATTER", False),
    ("zone_file_study", "DNS の勉強中です。書き方の例：\n$ORIGIN example.local.\nwww IN A 192.168.10.10\nmail IN A 192.168.10.20",
     "INTERNAL_MATTER", False),
    ("school_learning_terminal_vlan", "学習用端末の VLAN 設定です。\nvlan 50 10.50.0.0/16\nvlan 60 10.60.0.0/16", "INTERNAL_MATTER", True),
    # ゆうちょ 記号・番号 in English
    ("yucho_english", "Please use my Japan Post Bank account: symbol 10180, number 27394851, name GARCIA MARIA.",
     "JP_BANK_ACCOUNT", True),
    ("symbol_number_no_bank", "Chemical symbol 10180, number 27394851 in the catalogue.", "JP_BANK_ACCOUNT", False),
    # a JWT wrapped over lines after Bearer; one blank line between a form's label and its value
    ("bearer_jwt_wrapped", "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MjA0MTgiLCJyb2xlIjoia2lr\n"
     "YW4tYmF0Y2giLCJpYXQiOjE3NjQ1NzAwMDB9.793NG5OJQqNQamyceBkL7D29XG4v3b03bSa2U6ocN8A", "CREDENTIAL", True),
    ("bearer_dotted_reference", "Authorization: Bearer settings.api_token_value", "CREDENTIAL", False),
    ("mn_label_blank_line", f"【個人番号】\n\n{MN[:4]} {MN[4:8]}\n{MN[8:]}\n\n【氏名】", "JP_MY_NUMBER", True),
    ("mn_label_blank_line_too_many_digits", f"【個人番号】\n\n{MN[:4]} {MN[4:8]}\n{MN[8:]} 7", "JP_MY_NUMBER", False),
    # network device configs: plain-text Wi-Fi keys and FortiGate secrets (not the encrypted forms)
    ("cisco_wpa_psk_plain", " wpa-psk ascii 0 Mdr#wlan2026staff", "CREDENTIAL", True),
    ("cisco_wpa_psk_encrypted", " wpa-psk ascii 7 0822455D0A16544541", "CREDENTIAL", False),
    ("forti_psksecret_plain", "        set psksecret Fg#2026vpnBranch", "CREDENTIAL", True),
    ("forti_psksecret_enc", "        set psksecret ENC AbCdEf0123456789==", "CREDENTIAL", False),
    ("forti_set_password_placeholder", "        set password <パスワード>", "CREDENTIAL", False),
]


@pytest.mark.parametrize("name,text,entity,found", CASES, ids=[c[0] for c in CASES])
def test_mechanism_r6_ident(scanner, name, text, entity, found):
    r5.test_mechanism(scanner, name, text, entity, found)  # the same check as round 5's table
