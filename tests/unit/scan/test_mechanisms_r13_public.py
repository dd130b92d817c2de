"""Issue 13, round 13, helper r13-detect-public: table tests of the mechanisms the q13p probe batches led to
(positive and negative rows, written apart from the probe file's rows).

* batch q13p001-034: English markers of a published list — "published list / roster / directory / committee",
  "committee / council / board members", a body's "(2025–2027 term)" — and English words that say a list is not
  public ("do not share", "not for publication", "internal use", "confidential", "shortlist")
  (public_context._PUBLISHED_LIST, _UNPUBLISHED);
* batch q13p035-062: a municipality's head with the place glued to the title opens a label's value as a title does
  (宛名：汐見台市長 高千穂 雅彦: the mayor, not a person named 汐見台市長) (person_labels._TITLE_FIRST); a numbered notice
  given under a law (…告示第171号 alone on its line, …の規定により…告示する) publishes the parties it names with their
  addresses (代表者の氏名及び住所), unless a personal partner or a topic is on the name's line or the text says it is not
  public (public_notices.notice_parties);
* batch q13p063-095: more providers' token formats (Atlassian ATATT3 / ATBB, Telegram bot tokens, Notion ntn_ /
  secret_, Groq gsk_, Perplexity pplx-, Replicate r8_, xAI, npm_, PyPI, DigitalOcean, Shopify, Linear, Postman, Figma,
  Supabase, Databricks, Grafana, GitLab's runner and deploy tokens, New Relic, Doppler, Mailgun)
  (_credential_providers.PROVIDER_KEYS); a bare キー： under an SSID is the network's key (credential.ASSIGN with
  _credential_providers.near_ssid); the documented examples of RFC 7617 / MDN's Basic header and the Telegram Bot API's
  sample token (_examples.CREDENTIAL_EXAMPLES).
* batch q13p096-121: the parties of a lawsuit or an appeal as labels (原告：, 控訴人：, 上告人：, 異議申立人：, 告訴人：;
  person_lexicon.LABELS, weak: field form only); a list row opened by a pupil's school and grade or class (北原小 2年,
  4年2組, ひまわり組) before the name (person_lexicon._LIST_ROW); a SAMPLE / Example heading followed by a dash
  (SAMPLE — Notification of Moving In) marks an example form (document._EXAMPLE_MARK); a card's PINs after 暗証番号…：
  may start on the next line and go on one a line (_credential_pins.PIN_LIST); English words for fleeing a partner's
  violence (husband's violence, fled her husband, restrict access to her resident record) are DV topics
  (_sensitive_words.ENGLISH_TOPICS).
* batch q13p122-143: a member of a body named by surname and post (丹羽委員, 荒巻議員, 樫村会長) as the subject of
  being treated is one person, as a unique title or 小此木先生 was, and 入院中のため is a predicate
  (person_titles._TITLE_SUBJECT, _PREDICATE_AFTER); a councillor's own name field (議員氏名：) names an elected official
  (person_capacity.councillor_label); an identifier that is one of a multiple-choice question's options (a choice
  mark ア / イ / A. / (1) right before it and another on its line) is no one's number
  (public_placeholders._quiz_choice); English words of a child-welfare referral (child guidance centre, bruises were
  found, denies abuse) are topics (_sensitive_words.ENGLISH_TOPICS).
* batch q13p144-155: a key ending in credential (bindCredential, SmtpCredential; not credentialFile, credentials) names
  a secret in key/value attributes and quoted keys (_credential_forms._SECRET_NAME, _credential_values._PW_KEYS).
* batch q13p156-167: a bracket holding サンプル after a heading (画面イメージ（サンプル）, 【サンプル】) marks an example, as
  one holding 見本 did (document._EXAMPLE_MARK).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    # English lists: not published
    ("english_members_internal", "Advisory committee members (internal use only)\nMr. Kenji Ota, 080-3391-2274, "
                                 "kenji.ota.77@gmail.com\nMs. Yui Mori, 090-4418-2290\nMr. Samuel Lee, 070-2281-5530"),
    ("english_shortlist", "Shortlist for the citizens' panel (do not share)\nMs. Haruka Ueda — lives at 2-5-14 Kitahara, "
                          "mobile 090-2218-4431\nMr. Tomas Silva — 080-7712-3390"),
    # a label's value: a place in a person's name is no title
    ("label_name_with_town", "申請者：長町 市郎\n住所：汐見台市本町2丁目3番4号\n携帯：090-3318-2241"),
    ("label_name_machi", "氏名：北原 町子\n生年月日：昭和45年3月2日\n住所：汐見台市南台1丁目9番5号"),
    # notices: a private partner, a topic, not public, or no notice heading
    ("notice_with_mobile", "汐見台市告示第171号\n地方自治法第260条の2第1項の規定により、次の地縁による団体を認可したので告示する。\n"
                           "代表者の氏名及び住所　久我 忠　汐見台市北原3丁目2番10号　携帯 090-2281-4437"),
    ("notice_with_topic", "汐見台市告示第88号\n道路法の規定により、次のとおり告示する。\n"
                          "申請者　江波 典子　汐見台市本町5丁目3番2号　うつ病で通院中のため代理人が手続"),
    ("notice_not_public", "汐見台市告示第171号（公表前・取扱注意）\n地方自治法第260条の2の規定により告示する。\n"
                          "代表者の氏名及び住所　久我 忠　汐見台市北原3丁目2番10号"),
    ("notice_cited_in_memo", "告示第171号で認可した自治会の件です。規定により告示する手続は済みました。\n"
                             "代表者の 久我 忠（汐見台市北原3丁目2番10号）から、会員の名簿を出したいと電話がありました。"),
    # provider tokens
    ("atlassian_token", "auth=(\"it@city.example.lg.jp\", \"ATATT3xFfGF0PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UMFx"
                        "FkM-R5Kjp1vRt_1fjORS-6ilI8ihN5KXSc7Tvo-hBKqFYY-kv5ZJr3J1TWDtkwtDDb_xHKas1VOqg6YYZYn9ZhyiA4uoRgna"
                        "tmUdjAWtGSU8po_799NksnRH9u\")"),
    ("telegram_token_url", "https://api.telegram.org/bot6620418853:AAcAUsdMlHUvTCQCyEZDz-TddJ8HyS5SUkC/getUpdates"),
    ("telegram_token_env", "TELEGRAM_BOT=6620418853:AAcAUsdMlHUvTCQCyEZDz-TddJ8HyS5SUkC"),
    ("notion_ntn", "const notion = new Client({ auth: \"ntn_goEmvnEN5N1aE6PwZPf1Qh6yYTWmE4lBYOvfZ8UzDzV8fU\" })"),
    ("notion_secret", "NOTION=secret_kkibjL5DZPjN0MEQ7wjJJibaZUPgHV7iB3m03nbqnsG で動きません"),
    ("groq_bare", "このキー 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 でエラーになります"),
    ("perplexity_bare", "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 を設定しました"),
    ("replicate_bare", "REPLICATE=r8_58m1CiAhzCueQpBenQtYh5Xj8TPQxjq4i9DoV"),
    ("npm_token", "//registry.npmjs.org/:_authToken=npm_8gz4FkQ1okTBGzvAmwufUxbvJDCTbyvHNsG9"),
    ("pypi_token", "[pypi]\nusername = __token__\ncredential = pypi-AgEIcHlwaS5vcmcioDnkHIfxIq2HZt-PlJhx2jIclHkCiHp6bR1Iq"
                   "fEouHgxzNNAL5wIScGebcy"),
    ("digitalocean_cli", "doctl auth init -t dop_v1_f7e3dfc967a64cb14028d512c9791e558e08baa7196b50ac2f86702824c1c099"),
    ("shopify_header", "curl -H 'X-Shop: 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' https://shop.example.jp/admin"),
    ("linear_bare", "Linear のキーは lin_api_VVEqZe2qpUWnoVPDF2yeE6RsXcNOPmeMjvqPVStN です"),
    ("gitlab_runner", "gitlab-runner register --url https://git.city.local --token glrt-KiaEdFrRgSnRFsTHsDDD"),
    ("mailgun_key", "mg = Mailgun(\"key-3692f09e2e8c662248b483b7ffc050fe\")"),
    # a Wi-Fi block's bare key
    ("wifi_bare_key", "会議室Wi-Fi\nSSID：KAIGI-5G\n暗号化：WPA2\nキー：Kg#2025!room-b"),
    ("wifi_bare_key_network_name", "ネットワーク名：SHIOMI-STAFF\nキー：Q8s!mv-2291x"),
    # a real Basic header
    ("basic_header_real", "Authorization: Basic c3ZjX2dpczpHaXMjMjAyNS1ob2t1c2Vp"),
    # batch q13p096-121
    ("plaintiff_label", "訴訟メモ\n原告：和久井 健吾\n令和6年に停職6月。その後うつ病で休職し退職。"),
    ("appellant_label", "控訴人：砂川 優子\n生活保護の廃止決定の取消しを求める。"),
    ("grade_row_allergy", "除去食対応\n北原小 2年 森下 陽葵　卵・乳（アナフィラキシーの既往あり）"),
    ("class_row_adhd", "4年2組 沖田 湊　ADHDの診断あり、服薬中。席は前方。"),
    ("nursery_class_row", "ひまわり組 森下 陽葵　卵アレルギー（除去食）"),
    ("pins_one_a_line", "預かり品メモ\n暗証番号のメモが同封：\n利用者証明用 7392\n署名用 Kinu1943kw"),
    ("english_fled_violence", "Counter note: Ms. Priya Raman (34) said she fled her husband's violence and asked us to "
                              "restrict access to her resident record."),
    ("samples_heading_real", "SAMPLES — Name: Ana Carvalho, born March 22, 1991, mobile 080-6637-2210"),
    # batch q13p122-143
    ("member_surname_hospital", "第4回（10月30日）答申案について（丹羽委員は乳がんの治療で入院中のため欠席）"),
    ("councillor_surname_surgery", "荒巻議員は先週手術を受け、療養中のため次の委員会は欠席の見込み。"),
    ("member_fullname_hospital", "丹羽 里美委員は乳がんの治療で入院中のため欠席。"),
    ("councillor_label_with_mobile", "議員氏名：荒巻 宏　携帯 090-3318-2241\n住所：汐見台市北原3丁目4番5号"),
    ("member_label_address", "委員氏名：荒巻 宏\n住所：汐見台市北原3丁目4番5号"),
    ("resident_code_real", "住民票コード：38104729561\n氏名：鹿島 伸行"),
    ("resident_code_one_mark", "住民票コード：38104729561\nア　氏名 鹿島 伸行"),
    ("licence_in_order_no_choice", "運転免許証番号 123456789012 3年更新"),
    ("xml_bind_credential", "<config name=\"bindCredential\" value=\"Kc!2025-ldap#bind\"/>"),
    ("xml_smtp_credential", "<add key=\"SmtpCredential\" value=\"Sm#2025pw\"/>"),
    ("sample_survey_real", "サンプル調査の結果、次の方が対象です。\n氏名：石黒 多恵　生年月日：昭和41年9月14日　"
                           "住所：汐見台市北原1丁目15番7号"),
    ("english_referral", "Pupil: Kaito Ishida (Grade 8) was referred to the child guidance centre after bruises were "
                         "found on his arms."),
]

ALLOW = [
    # English published lists
    ("english_board_term", "Shiomidai City Board of Education (2024–2028 term)\nChair: Dr. Keiko Aoyama\nMembers: "
                           "Mr. Hiroshi Tanabe, Ms. Mei Lin, Mr. Omar Haddad"),
    ("english_published_roster", "Published list of council members\nMr. Kenji Ota (Ward 3)\nMs. Yui Mori (Ward 5)\n"
                                 "Mr. Samuel Lee (Ward 7)"),
    # place-head titles in a label's value
    ("label_mayor_with_place", "宛名：汐見台市長 高千穂 雅彦\n所在地：〒253-8501 汐見台市本町1丁目1番1号\n電話：0467-33-1111"),
    ("label_governor", "提出先：神奈川県知事 黒川 博之\n所在地：横浜市中区日本大通1\n電話：045-210-1111"),
    ("label_town_head", "届出先：北原町長 三輪 恭介\n北原町中央1丁目1番1号（北原町役場）"),
    # notices that publish their parties
    ("notice_association", "北原町告示第12号\n地方自治法第260条の2第1項の規定により、地縁による団体を認可したので、同条第10項の"
                           "規定により告示する。\n代表者の氏名及び住所　城島 保　北原町大字上野412番地"),
    ("notice_development", "汐見台市公告第47号\n都市計画法第36条第3項の規定により、工事が完了したので公告する。\n"
                           "開発許可を受けた者の住所及び氏名　汐見台市南台3丁目4番8号　宮地 康平"),
    ("notice_publicly_named_applicant", "汐見台市告示第90号\n土地区画整理法第21条の規定により、次のとおり公告する。\n"
                                        "施行者　汐見台市北原2丁目14番3号　北原 一郎"),
    # near the new provider shapes, not tokens
    ("telegram_docs_token", "The token looks something like 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11, but we'll use "
                            "<token> here."),
    ("npm_env_names", "npm_config_cache と npm_package_version の違いを教えてください。"),
    ("key_value_words", "key-value store と secret_key_base の説明をしてください。"),
    ("time_with_aa", "会議は12:AAの部屋ではなく、第3会議室です。"),
    # bare キー without an SSID, or with no key
    ("search_key", "検索条件\n検索キー：氏名カナ\n並び順：受付日"),
    ("primary_key", "テーブル定義\n主キー：resident_id\n外部キー：household_id"),
    ("wifi_no_key", "来庁者Wi-Fi\nSSID：SHIOMI-FREE\nキー：不要（ブラウザで同意）"),
    # documented Basic headers
    ("rfc7617_example", "例：Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="),
    ("mdn_example", "Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l"),
    # batch q13p096-121
    ("plaintiff_anonymised", "【事案の概要】市の職員である原告Xが、停職6月の懲戒処分を受けたため、その取消しを求めた事案。"),
    ("plaintiff_city", "原告：汐見台市\n被告：株式会社 北原設備工業\n請求：損害賠償 1,200万円"),
    ("grade_rows_consented", "吹奏楽部 金賞（木管五重奏）\n2年 今村 咲良\n2年 須貝 律\n1年 長沼 陽菜\n"
                             "※氏名の掲載は保護者の同意を得ています。"),
    ("grade_timetable", "3年1組 時間割\n1年 国語 算数\n2年 理科 社会"),
    ("sample_dash_form", "SAMPLE — Notification of Moving In\nName: Taro Shiomi\nDate of birth: January 1, 1985\n"
                         "New address: 1-1-1 Honcho, Shiomidai City\nPhone: 0467-00-0000"),
    ("pin_rules_one_a_line", "暗証番号の設定ルール：\n利用者証明用 数字4桁\n署名用 英数字6～16文字"),
    ("english_fled_anonymised", "Case study: Ms. A (30s) said she had fled her husband's violence and asked that her "
                                "address not be disclosed."),
    ("english_fled_general", "Shelters help women who fled domestic violence. Call 0120-279-889."),
    # batch q13p122-143
    ("member_in_published_minutes", "○委員長（間瀬 勝）　丹羽委員は入院中のため欠席です。\n○総務部長（保科 ゆう子）　報告します。\n"
                                    "総務常任委員会 記録"),
    ("councillor_asks_about_treatment", "荒巻議員は、がん治療と仕事の両立支援について質問した。"),
    ("chair_on_patients", "樫村会長は、入院患者の退院支援について説明した。"),
    ("councillor_assets", "資産等報告書（令和7年）　議員氏名：荒巻 宏\n土地　汐見台市北原字上田1120番　田\n"
                          "建物　汐見台市北原3丁目4番5号　居住用"),
    ("my_number_quiz", "問　正しい個人番号の形式は？\n(1) 4821 3975 1609　(2) 4821-3975-160　(3) 4821397516090"),
    ("resident_code_quiz", "問3　正しい形式はどれか。\nア　1234-5678-901　イ　1234 5678 9018\n問4　住民票コードは何桁か。"),
    ("xml_credential_file", "<config name=\"credentialFile\" value=\"/etc/keycloak/creds.json\"/>"),
    ("xml_credential_masked", "<config name=\"bindCredential\" value=\"**********\"/>"),
    ("xml_credential_env", "<config name=\"bindCredential\" value=\"${LDAP_BIND_PASSWORD}\"/>"),
    ("screen_sample_bracket", "画面イメージ（サンプル）\n氏名：市民 花子　生年月日：昭和55年1月1日　住所：汐見台市本町1丁目1番1号"),
    ("sample_heading_bracket", "【サンプル】\n氏名：市民 花子　生年月日：昭和55年1月1日"),
    ("english_guidance_centre_info", "The child guidance centre (tel. 0467-33-4152) gives advice on parenting and "
                                     "signs of abuse."),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
