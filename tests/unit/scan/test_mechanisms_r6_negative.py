"""Round-6 false-block mechanisms end to end through the default scanner: each table has rows a published document
or an ordinary piece of office work explains (allow) and rows where one private person's data sits in the same
shape (block). Synthetic names and numbers written for this test.

Mechanisms: columns of officials found by their header (議員名, 医師名, a title column with unit titles such as
総務課長; person_columns), staff with a private number on their line (public_context), mobiles labelled as the
office's (公用携帯) and contact blocks under 問合せ先 / Contact (public_contacts), a place glued to a name read
from a label (あおば|台市長), clinics and company head offices as facilities, captions over code blocks and
"実在しません" as example markers (document), the digits in order inside a 記入例 (public_context placeholders),
instruction-phrase credentials (replace-with-…), Latin names with an age in brackets next to a mobile."""

from __future__ import annotations

import pytest

B, A = "block", "allow"


# columns of officials named by their header ----------------------------------------------------------------
COLUMNS = [
    ("council_question_list", "一般質問通告一覧\n順位\t議員名\t会派\t質問項目\n1\t森永 さやか\t市民ネット\t不登校支援について\n"
                              "2\t江口 隆司\t公明党\t交通弱者対策について\n3\t高木 ゆかり\t無所属\t生成AIの利活用について", A),
    ("council_list_home_contacts", "議員名\t会派\t自宅住所\t携帯電話\n田中 一郎\t市民クラブ\tあおば台市本町1丁目2番3号\t090-4417-2816\n"
                                   "山本 花子\t公明党\tあおば台市若葉町4丁目5番6号\t080-2345-6789", B),
    ("clinic_list_doctor_column", "実施医療機関（インフルエンザ予防接種）\n医療機関名\t医師名\t所在地\t電話番号\n"
                                  "中央クリニック\t院長 青山 大介\t本町1-4-3\t0463-55-6101\n"
                                  "わかば内科医院\t若林 尚子\t若葉町2-10-1\t0463-55-6212\n東浜診療所\t三好 正樹\t東浜2-7-5\t0463-55-6455", A),
    ("clinic_list_patient_row", "予防接種の予診票確認\n医療機関名\t医師名\t所在地\t電話番号\n中央クリニック\t院長 青山 大介\t本町1-4-3\t0463-55-6101\n"
                                "接種者：北村 ふみ（昭和15年4月2日生、本町3丁目4番5号、携帯 090-4412-7781）持病 心不全", B),
    ("doctor_column_before_patients", "医師名\t患者名\t病名\n青山 大介\t北村 ふみ\t心不全\n若林 尚子\t大野 正一\t糖尿病", B),
    ("lecturer_column_with_mobile", "講師名\t受講者名\t電話\n青山 大介\t北村 ふみ\t090-3318-7742", B),
    ("title_column_unit_heads", "| 部局 | 職名 | 氏名 | 直通電話 |\n|---|---|---|---|\n| 総務部 | 総務課長 | 川原 さとみ | 0463-55-1110 |\n"
                                "| 健康福祉部 | 子育て支援課長 | 野口 亜紀 | 0463-55-1340 |\n| 都市整備部 | 道路課長 | 内藤 昭 | 0463-55-1520 |", A),
    ("title_column_association_officers", "役職\t氏名\t電話\n自治会長\t田中 一郎\t0463-55-1234\n副会長\t山本 花子\t0463-55-5678", B),
    ("title_column_private_mobiles", "部局\t職名\t氏名\t携帯（私用）\n総務部\t総務課長\t田中 一郎\t090-6124-3379\n"
                                     "総務部\t人事課長\t山本 花子\t080-2345-6789", B),
]

# staff with a private number on their line --------------------------------------------------------------------
STAFF_NUMBERS = [
    ("emergency_network", "職員緊急連絡網\n総務課 課長 田中 一郎 携帯 090-5527-1184\n総務課 主査 山本 花子 携帯 080-2345-6789", B),
    ("home_phone_column", "職名\t氏名\t自宅電話\n課長\t田中 一郎\t0463-22-1234\n課長\t山本 花子\t0463-22-5678", B),
    ("press_release_day_contact", "報道発表資料\n当日連絡先　道路課 係長 久保田 彩（携帯 080-9911-0231）\n"
                                  "※ 9時から12時まで対応します。それ以外は道路課（0463-55-1520）へ。", A),
    ("directory_with_extensions", "市民部 内線表\n市民課長　平野 聡子　内線1101\n市民課 住民記録係長　黒田 智美　内線1111\n"
                                  "※自宅での待機時は代表電話へ", A),
]

# mobiles labelled as the office's ------------------------------------------------------------------------------
MOBILES = [
    ("official_mobile_in_mail", "危機管理課 村上 様\n総務課の川原です。急ぎの用件は公用携帯（070-5555-0182）にお願いします。", A),
    ("work_smartphone_english", "Dear Ms. Walsh,\nDuring the visit please call my office mobile: 080-3312-0045.\n"
                                "Aoba City International Affairs Division", A),
    ("private_mobile_in_mail", "相談者 田中 一郎 様\n急ぎの用件は私用携帯（070-5555-0182）にお願いします。", B),
    ("official_label_with_welfare_record", "相談者 田中 一郎 様（公用携帯 070-5555-0182）生活保護の相談、本町3丁目4番1号", B),
]

# contact blocks under 問合せ先 / Contact ------------------------------------------------------------------------
CONTACT_BLOCKS = [
    ("english_contact_block", "Coordinator for International Relations wanted.\n\nContact\n"
                              "International Affairs Division, Aoba City Hall\nPerson in charge: Ms. Naomi Fujita\n"
                              "Phone: 0463-55-1190 (weekdays 8:30-17:15)\nEmail: kokusai@city.aoba.lg.jp", A),
    ("japanese_contact_block", "お知らせ\n\n問合せ先\n環境政策課 脱炭素推進係\n担当 森田 恵美、石川 翔\nTEL 0463-55-1410（直通）", A),
    ("contact_block_applicant_freemail", "Contact\nInternational Affairs Division\nMs. Naomi Fujita (applicant), "
                                         "2-5-7 Wakaba-cho, Aoba City\nPhone: 0463-55-1190, email naomi.f1988@gmail.com", B),
    ("contact_block_association_mobile", "お問い合わせ\nあおば台自治会 事務局　会長 田中 一郎（携帯 090-2214-7730）", B),
    ("inquiry_heading_with_resident_topic", "お問い合わせ　福祉課に山田 太郎 様（0463-22-1234）から生活保護の相談がありました。", B),
]

# places and facilities -----------------------------------------------------------------------------------------
PLACES = [
    ("mayor_after_attendee_label", "協定締結式\n出席者　　あおば台市長　星野 恵子\n株式会社東海ソーラー 代表取締役社長　中川 博\n"
                                   "本社　神奈川県平塚市八重咲町3-8　TEL 0463-22-0001\n問合せ先　環境政策課　担当 森田・石川　TEL 0463-55-1410", A),
    ("mayor_label_then_resident", "協定締結式\n出席者　　あおば台市長　星野 恵子\n"
                                  "見学希望の住民：吉川 俊夫 様（若葉町2丁目3番4号、携帯 090-7781-2204）", B),
    ("head_office_line", "事業者の概要\n株式会社みなと設備（代表取締役 高田 修）\n本店　横浜市中区山下町22番1号\n担当 営業部 小島", A),
]

# example forms and placeholders --------------------------------------------------------------------------------
EXAMPLES = [
    ("caption_over_code_block", "### GET /api/v1/residents/{id}\nレスポンス例（サンプルデータ）\n\n```json\n"
                                "{\"name\": \"見本 花子\", \"birth_date\": \"1990-01-01\", \"tel\": \"03-1234-5678\"}\n```", A),
    ("not_real_people_marker", "テスト用の名簿です（実在の人物ではありません）。\n山田 太郎\t090-1111-2222\t1985年4月1日生\n"
                               "鈴木 花子\t080-3333-4444\t1990年7月7日生", A),
    ("caption_then_real_record_after_code", "レスポンス例\n\n```json\n{\"name\": \"見本 花子\", \"tel\": \"03-1234-5678\"}\n```\n\n"
                                            "本番で失敗したデータ：氏名 小松 夏美、生年月日 1987年3月14日、携帯 090-5521-7734", B),
    ("account_in_order_in_kinyurei", "【記入例】口座振替依頼書\n納税義務者氏名　青葉 太郎\n金融機関　あおば信用金庫 本店\n"
                                     "預金種目　普通\n口座番号　1234567\n口座名義　アオバ タロウ", A),
    ("real_account_after_kinyurei", "【記入例】口座振替依頼書\n口座番号　1234567\n口座名義　アオバ タロウ\n\n"
                                    "実際に届いた依頼書：あおば信用金庫 本店 普通 口座番号 4829173 名義 サカキ ユウジ", B),
]

# credentials and English names -----------------------------------------------------------------------------
OTHERS = [
    ("instruction_secret", "```\nSECRET_KEY=replace-with-a-long-random-string\nJWT_SECRET=generate-a-new-secret-here\n```", A),
    ("no_secret_phrase", "```python\nSECRET_KEY = os.environ.get(\"SECRET_KEY\", \"dev-only-not-secret\")\n```", A),
    ("passphrase_secret", "本番の設定です。\n```\nADMIN_PASSWORD=correct-horse-battery-staple\n```", B),
    ("live_looking_secret", "```\nSECRET_KEY=Zq8#vR2kLm9!wT4sNb8Yc\nJWT_SECRET=replace-with-a-long-random-string\n```", B),
    ("latin_name_with_age_and_mobile", "Cycling lane opened.\nNote: the injured cyclist, Daniel Price (41), of 2-5-7 Wakaba-cho, mobile 080-3391-4472, "
                                       "asked not to be named.", B),
    ("latin_name_with_age_office_phone", "Mayor Keiko Hoshino (58) opened the lane. Media contact: Public Relations "
                                         "Division, Tel: 0463-55-1111", A),
]

# batch 2: personnel announcements, marking manuals, staff as the subject with a space before は ---------------
BATCH2 = [
    ("personnel_announcement_new_post", "令和9年4月1日付 係長級人事異動（発表）\n新所属\t新職名\t氏名\t旧所属\n"
                                        "総務課\t庶務係長\t西田 恭平\t市民課\n財政課\t予算係長\t岩崎 智也\t財政課\n"
                                        "税務課\t市民税係長\t松岡 彩\t収納課", A),
    ("personnel_announcement_sick_leave", "令和9年4月1日付 係長級人事異動（発表）\n新所属\t新職名\t氏名\t旧所属\n"
                                          "総務課\t庶務係長\t西田 恭平\t市民課\n"
                                          "（人事課メモ）税務課 主査 松岡 彩 は、適応障害により病気休職中。", B),
    ("staff_subject_absent", "総務課 主査 松岡 彩 は、本日研修のため不在です。急ぎの用件は総務課（内線1110）へ。", A),
    ("marking_manual_example_label", "3　表示の方法\n（1）紙文書　右上に表示する。\n　　表示例：「機密性２」「機密性２　複製禁止」\n"
                                     "（2）電子メール　件名の先頭に【機密性２】のように表示する。", A),
    ("marking_manual_then_marked_doc", "表示例：「機密性２」\n\n【機密性２】\n令和9年度 組織改正（案）\n子育て支援課と保育課を統合する。", B),
]

# batch 3: 広報 features, appointment bills, teachers by class, foreign officials, Latin names before a street ------
BATCH3 = [
    ("kouhou_feature_residents", "広報あおば台 特集「まちの元気人」\n■ 子ども食堂を続ける　高田 由紀子さん（64）・若葉町\n"
                                 "■ 86歳の現役ガイド　小島 正さん（86）・本町\n■ 日本語教室を手伝う　ナタリア・サントスさん（38）・東浜", A),
    ("kouhou_feature_with_memo", "広報あおば台 特集「まちの元気人」\n■ 子ども食堂を続ける　高田 由紀子さん（64）・若葉町\n"
                                 "■ 86歳の現役ガイド　小島 正さん（86）・本町\n（取材メモ）小島さんは認知症の初期、連絡は長男 080-4471-2086", B),
    ("appointment_bill", "議案第45号\n　副市長の選任について\n　次の者を副市長に選任したいので、議会の同意を求める。\n"
                         "　住所 あおば台市若葉町\n　生年月日 昭和40年6月18日\n提案理由　副市長 小林 誠司 氏の任期満了に伴い、"
                         "長谷部 恵 氏を選任しようとするもの。", A),
    ("appointment_bill_private_mobile", "議案第45号\n　副市長の選任について\n　生年月日 昭和40年6月18日\n"
                                        "　長谷部 恵 氏（私用携帯 090-7712-3340、生年月日 昭和40年6月18日）", B),
    ("teachers_by_class", "今年度の先生\n1年1組　田中 美穂 先生　　1年2組　小川 翔 先生\n2年1組　佐々木 彩 先生　　2年2組　森 大輔 先生", A),
    ("pupils_by_class", "要配慮児童の引継ぎ\n1年1組　田中 美穂　　1年2組　小川 翔\n2年1組　佐々木 彩（不登校傾向、就学援助）", B),
    ("foreign_official_gov_mail", "Dear Mayor Hoshino,\nOur International Programs Manager, Emily Roberts "
                                  "(eroberts@belleville-or.gov, +1-541-555-0142), will coordinate with Ms. Fujita.", A),
    ("foreign_resident_freemail", "Dear Ms. Fujita,\nThe host family, Emily Roberts (emily.roberts1990@gmail.com, "
                                  "080-5512-7790), will meet the students.", B),
    ("latin_name_before_street", "Playground opened.\nInternal note: Sarah Lee, 3-4-1 Higashihama, Aoba City, mobile "
                                 "080-5512-7790. Her son has cerebral palsy.", B),
    ("office_before_street", "Playground opened.\nContact: Aoba City, 1-1-1 Honcho, Parks Division, Tel 0463-55-1530", A),
]

# batch 4: a landline on the line of a role's mail address ------------------------------------------------------
BATCH4 = [
    ("vendor_call_me_role_mail", "Hi Ms. Fujita,\nOur technician, Mr. Ryo Kaneda, will visit on December 7.\n"
                                 "If anything changes, call me at 03-5555-0198 or email sales@linguatech.example.co.jp.", A),
    ("resident_line_role_mail", "相談記録\n相談者 山田 太郎 様 0463-22-1234 info@yamada-farm.jp 生活保護の申請について相談", B),
]

# batch 5: textbook placeholder mail names, offices named after a person, English company signatures ------------
BATCH5 = [
    ("placeholder_names_in_test_cases", "メールアドレスのテストケース\n有効：taro.yamada@gmail.com、hanako.yamada@yahoo.co.jp\n"
                                        "無効：taro.yamada@、@gmail.com", A),
    ("name_like_freemail", "返信先を変えてください。\n新しいアドレス：kenta.morimoto@gmail.com", B),
    ("councillor_office_line", "市政報告 第12号　あおば台市議会議員　田辺 和夫\n"
                               "田辺和夫 事務所　あおば台市本町2-4-6　TEL 0463-22-3344", A),
    ("constituent_beside_office", "市政報告 第12号　田辺和夫 事務所　TEL 0463-22-3344\n"
                                  "相談者：北山台1丁目9番4号 松下 幸枝 様（090-3381-4457）生活保護の相談", B),
    ("english_company_signature", "Dear Mr. Matsui,\nAttached is the revised proposal.\n------------------------------\n"
                                  "Laura Chen\nSenior Consultant, Civic Data Partners Ltd.\n2-1-12 Shibuya, Shibuya-ku, Tokyo\n"
                                  "Tel: +81-3-5555-0230 | Mobile: +81-90-5555-0231\n------------------------------", A),
    ("english_private_signature", "Dear Mr. Matsui,\nI am writing about my son's school placement.\n"
                                  "------------------------------\nLaura Chen\n2-1-12 Shibuya, Shibuya-ku, Tokyo\n"
                                  "Mobile: +81-90-5555-0231 (home)\n------------------------------", B),
]

# batch 6: questions on classifying internal matters, announced personnel changes, English SAMPLE headings ---------
BATCH6 = [
    ("question_classifying_draft_personnel", "質問です。内示前の人事異動案は、機密性でいうとどの区分になりますか？", A),
    ("request_on_draft_personnel", "次の人事異動案（内示前）を表にしてもらえますか？\n総務部長　木下 浩（人事課長）\n"
                                   "健康福祉部長　吉永 伸也（生活支援課長）", B),
    ("announced_personnel_prose", "令和9年4月1日付 人事異動について\n本日、人事異動の内示を行いました。部長級は次のとおりです。\n"
                                  "総務部長　木下 浩（人事課長）\n健康福祉部長　吉永 伸也（生活支援課長）", A),
    ("personnel_before_naiji_prose", "令和9年4月1日付 人事異動について\n内示は3月24日の予定です。それまで口外しないこと。\n"
                                     "総務部長　木下 浩（人事課長）\n健康福祉部長　吉永 伸也（生活支援課長）", B),
    ("individual_naiji_notice", "異動内示通知書\n4月1日付で下記のとおり内示を行います。\n氏名　総務課 主事 山田 花子\n新所属　税務課", B),
    ("english_sample_heading", "How to fill in the form — SAMPLE\nName (Alphabet): YAMADA Taro\nDate of birth: 1985/01/01\n"
                               "Address: 1-1-1 Honcho, Aoba City\nPhone: 090-1234-5678", A),
    ("english_sample_then_real", "How to fill in the form — SAMPLE\nName (Alphabet): YAMADA Taro\n\nA real form we received:\n"
                                 "Name (Alphabet): NGUYEN Thi Hoa\nDate of birth: 1996/07/19\nPhone: 080-6651-2093", B),
]

# batch 7: a memo naming nobody under a profile, vendor lists with representatives, letter-spaced PDF text -------
BATCH7 = [
    ("feature_then_orphan_health_memo", "広報あおば台 特集「まちの元気人」\n■ 子ども食堂を続ける　高田 由紀子さん（64）・若葉町\n"
                                        "■ 86歳の現役ガイド　小島 正さん（86）・本町\n（取材メモ・掲載しない）持病の糖尿病で通院中とのこと。", B),
    ("feature_then_public_note", "広報あおば台 特集「まちの元気人」\n■ 子ども食堂を続ける　高田 由紀子さん（64）・若葉町\n"
                                 "■ 86歳の現役ガイド　小島 正さん（86）・本町\n子ども食堂は毎月第2土曜日、公民館で開いています。", A),
    ("vendor_list_representatives", "返礼品提供事業者一覧\n事業者名\t代表者\t所在地\t電話\n"
                                    "鈴木梨園\t鈴木 一郎\tあおば台市北山台5-12\t0463-33-2101\n"
                                    "松尾製菓株式会社\t代表取締役 松尾 良平\tあおば台市東浜4-2-8\t0463-22-5511", A),
    ("association_officers_list", "自治会長一覧\n団体名\t代表者\t住所\t電話\nあおば台自治会\t田中 一郎\t"
                                  "あおば台市本町1丁目2番3号\t0463-22-1234\n北山台自治会\t山本 花子\tあおば台市北山台2丁目4番6号\t"
                                  "0463-22-5678", B),
    ("letter_spaced_pdf_text", "問 合 せ 　 秘 書 広 報 課 　 T E L 0 4 6 3 - 5 5 - 1 1 0 5", A),
    ("secret_marking_in_field", "文書番号 あ総第12号　秘密区分　秘　保存期間 5年\n職員の懲戒処分について", B),
]

# batch 8: a range of eligible birth dates, which a public notice states ---------------------------------------------
BATCH8 = [
    ("eligible_birth_range", "成人式（二十歳のつどい）\n会場　あおば台市民会館 大ホール（本町2-3-1）\n"
                             "対象　平成17年4月2日～平成18年4月1日生まれの方\n問合せ　生涯学習課　TEL 0463-55-1610", A),
    ("one_birth_date_with_address", "成人式の案内を送ってください。\n送付先　本町2-3-1 コーポ青葉102\n"
                                    "生年月日　平成18年4月1日\n携帯 080-3317-5529", B),
]

TABLES = {"columns": COLUMNS, "staff_numbers": STAFF_NUMBERS, "mobiles": MOBILES, "contact_blocks": CONTACT_BLOCKS,
          "places": PLACES, "examples": EXAMPLES, "others": OTHERS, "batch2": BATCH2,
          "batch3": BATCH3, "batch4": BATCH4,
          "batch5": BATCH5, "batch6": BATCH6, "batch7": BATCH7,
          "batch8": BATCH8}
ROWS = [row for table in TABLES.values() for row in table]


@pytest.mark.parametrize("name,text,want", ROWS, ids=[r[0] for r in ROWS])
def test_r6_negative_rows(scanner, name, text, want):
    assert (scanner.scan(text).action == "block") == (want == B), name


def test_tables_hold_both_verdicts():
    for table, rows in TABLES.items():
        assert {r[2] for r in rows} == {A, B}, table


def test_explain_names_the_new_contexts(scanner):
    """The public-context reason is visible to a reviewer (``aigw scan --explain``)."""
    assert scanner.explain(CONTACT_BLOCKS[0][1])["action"] == "allow"
    ex = scanner.explain(MOBILES[0][1])
    assert any(f.get("public_context") == "official_mobile" for f in ex["findings"])
