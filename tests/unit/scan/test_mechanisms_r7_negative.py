"""Round-7 false-block mechanisms (helper r7-negative) end to end through the default scanner: each table has rows a
published document or an ordinary piece of work explains (allow) and rows where one private person's data sits in
the same shape (block). Synthetic names and numbers written for this test.

Mechanisms: research abstracts whose topics are the study's subject (public_studies), informational topics never
pairing with a contact (aggregate.rule_sensitive_with_contact), university and government second-level mail domains
under any country code (email), clinics named by their department and weak name readings that do not make a facility
line private (public_contacts, public_context), 設例 / 例題 as example markers and a real case in the same paragraph
ending the example (document), council question lists (public_council), labelled row numbers before a listed name and
rows with a topic in a list the dictionary cannot all confirm (person_lexicon, person_tables), a bracketed qualifier
between a weak label and its colon (person_cues), 編 alone no author role (public_context); a passage closed by its
book citation (document), Questions / ご質問 contact headings (public_contacts), English names followed by their unit
and the landlines on their lines (public_staff), a company's row under a title column (person_columns), an address followed by the venue held there
(public_contacts), the representative in brackets after a business (public_staff), a company's mail address in a
mail header, a commit trailer or a mailbox opening a line (public_contacts), a speaker's line (public_staff), topic words
inside other words (sensitive_personal_info guards: 送信者, 対処方法, 物流産業), duties in brackets after a member of staff
(public_staff; the name reads on after the bracket, aggregate.rule_staff_record_subject) and duty columns of staff
tables (public_staff; a staff row's remark column is about them, person_columns), Latin rows with a passport or a DOB
(person_contacts)."""

from __future__ import annotations

import pytest

B, A = "block", "allow"

ABSTRACT_JA = ("第85回日本公衆衛生学会総会　一般演題\n高齢者の通いの場参加と要介護認定の関連\n○高田 真理子1)、北村 大輔1)\n"
               "1) 東雲大学大学院医学研究科\n【目的】通いの場への参加が要介護認定に与える影響を明らかにする。\n"
               "【方法】65歳以上の住民4,812人を5年間追跡した。\n【結果】参加者は要介護認定の発生リスクが低かった。\n"
               "【結論】通いの場は介護予防に有効である可能性がある。\n連絡先：高田 真理子（takada.mariko@med.shinonome-u.ac.jp）")
ABSTRACT_EN = ("Social isolation and dementia in a commuter city\nAnna Kowalski (1), Priya Raman (1)\n"
               "Background: Social isolation is a suspected risk factor for dementia.\n"
               "Methods: We followed 6,104 residents aged 65 or older.\n"
               "Results: Isolated participants had a higher incidence of dementia and depression.\n"
               "Conclusions: Programmes that reduce isolation may help prevent dementia.\n"
               "Correspondence: Dr Anna Kowalski, a.kowalski@uw.edu.pl")

# research abstracts ------------------------------------------------------------------------------------------
STUDIES = [
    ("abstract_ja_contact_author", ABSTRACT_JA, A),
    ("abstract_en_correspondence", ABSTRACT_EN, A),
    ("abstract_then_case_note", ABSTRACT_JA + "\n\n相談記録：北原 トミ 様（緑町2丁目8番14号、090-3318-5274）は認知症で要介護3。", B),
    ("abstract_en_then_private_participant", ABSTRACT_EN + "\n\nOne participant, Mrs Keiko Arai (born 3 May 1944, "
     "2-11-5 Minamidai, Kashiwadai City), was diagnosed with dementia.", B),
    ("two_headings_are_no_abstract", "【目的】生活相談\n【方法】面談\n相談者 山口 花子 様 携帯 090-4412-7781 うつ病で通院中", B),
    ("abstract_colon_headings", "演題12　精神障害者の地域移行後の再入院\n発表者：佐々木 美和（かしわ台市保健センター）\n"
                                "目的：退院後の再入院の要因を明らかにする。\n方法：統合失調症・うつ病の患者128人を分析した。\n"
                                "結果：服薬中断が再入院と関連していた。\n考察：訪問支援の強化が必要である。\n"
                                "連絡先：岡 俊介（oka-s@shinonome-pu.ac.jp）", A),
    ("abstract_headings_alone_on_lines", "Isolation and dementia\nBackground\nDementia is common among isolated older adults.\n"
                                         "Methods\nWe followed 6,104 residents.\nResults\nIsolated participants had more dementia.\n"
                                         "Discussion\nPrograms may help.\nCorrespondence: Dr Anna Kowalski, a.kowalski@warsaw-research.pl", A),
    ("visit_record_aim_method_result", "対象者：山口 花子 様\n目的：安否確認\n方法：自宅訪問\n結果：本人と面会。認知症の進行が見られる。", B),
    ("abstract_headings_free_mail_topic_line", "【目的】調査\n【方法】追跡\n【結果】認知症の 山口 花子 さん 090-4412-7781\n【結論】なし", B),
]

# university and government second-level mail domains ---------------------------------------------------------
MAIL = [
    ("edu_pl_author_near_topic", "Correspondence: Dr Anna Kowalski, a.kowalski@uw.edu.pl\n"
                                 "Background: dementia in older adults, a cohort study.", A),
    ("ac_kr_author_near_topic", "연락처 / Contact: Min-jun Park, mjpark@snu.ac.kr\nTopic: depression among young workers.", A),
    ("gov_br_official", "Please reply to Ana Souza (ana.souza@saude.gov.br) about the dementia prevention programme.", A),
    ("freemail_author_near_topic", "Correspondence: Anna Kowalski, anna.kowalski1980@gmail.com\n"
                                   "She was diagnosed with dementia last year.", B),
]

# facility lines: clinics named by their department, weak readings -------------------------------------------
FACILITIES = [
    ("holiday_clinics_department_names", "■ 12月の休日当番医\n12月14日（日）　ひがし整形外科　東町1-15-2　電話 0471-22-4410\n"
                                         "12月21日（日）　みなみ小児科医院（小児科）　南台3-1-6　電話 0471-22-5522\n"
                                         "年末年始は休日診療所で診療します。", A),
    ("eye_clinic_line", "ご案内：さくら眼科　本町2-3-8　電話 0471-22-3301（白内障の手術相談も受け付けます）", A),
    ("department_as_visit_not_name", "糖尿病で内科に通院中。自宅 0471-22-5522、本町2-3-8", B),
    ("clinic_line_with_resident", "ひがし整形外科　東町1-15-2　電話 0471-22-4410\n患者 北村 ふみ 様 骨折で入院中 携帯 090-4412-7781", B),
]

# 設例 / 例題, and a real case in the example's paragraph -----------------------------------------------------
EXAMPLES = [
    ("setsurei_textbook_names", "【設例】甲野太郎（昭和60年4月2日生、本籍 東京都千代田区平河町一丁目10番地）と乙川梅子"
                                "（昭和62年9月17日生）が婚姻の届出をした。新戸籍を編製する。", A),
    ("reidai_numbered", "〔例題2〕山田 一郎（昭和45年5月1日生、住所 大阪府大阪市北区梅田1丁目2番3号）の所得税額を計算せよ。", A),
    ("setsurei_then_real_same_paragraph", "【設例】甲野太郎と乙川梅子の婚姻届\n【実際の届出（11月20日受付）】\n"
                                          "夫になる人：森下 拓真（平成6年3月11日生）本籍 かしわ台市南台三丁目420番地", B),
    ("kinyurei_then_real_same_paragraph", "【記入例】氏名 見本 太郎 生年月日 昭和50年1月1日\n"
                                          "実際に受け付けた申請書：氏名 大野 正一 生年月日 昭和33年8月19日 携帯 090-2281-6604", B),
    ("real_case_before_example", "実際の相談記録：北村 ふみ 様 昭和15年4月2日生 携帯 090-4412-7781\n記入例と見比べてください", B),
]

# council question lists -------------------------------------------------------------------------------------
COUNCIL = [
    ("tsukoku_tsv_questioner", "一般質問の通告一覧\n順番\t質問者\t質問事項\n1\t寺岡 由香\t生活保護の扶養照会について\n"
                               "2\t村瀬 健太郎\t不登校児童生徒の居場所づくりについて\n3\t大槻 みどり\tDV被害者の住民票の閲覧制限について", A),
    ("daihyo_shitsumon_bullets", "代表質問（12月定例会）\n・杉本 恵一 議員　認知症の方の行方不明対策について\n"
                                 "・小野寺 さおり 議員　ひとり親家庭の養育費確保について", A),
    ("tsukoku_row_with_mobile", "一般質問の通告一覧\n順番\t質問者\t質問事項\t連絡先\n1\t寺岡 由香\t生活保護について\t090-3318-5274\n"
                                "2\t村瀬 健太郎\t不登校について\t080-4412-9037", B),
    ("council_question_then_residents", "寺岡議員の一般質問に関連して、次の相談者の状況を確認してください。\n"
                                        "1\t山田 花子\t生活保護の申請\n2\t森 ツネ子\t認知症の相談\n3\t北川 修二\t障害年金", B),
    ("resident_rows_without_council", "相談者一覧\n1\t寺岡 由香\t生活保護の申請\n2\t村瀬 健太郎\t不登校の相談\n3\t大槻 みどり\tDV被害の相談", B),
]

# list rows: labelled row numbers, rows with a topic ---------------------------------------------------------
LIST_ROWS = [
    ("exam_numbers_with_disability", "申込者一覧\n受験番号1001　三好 陽介　精神障害者保健福祉手帳2級\n"
                                     "受験番号1002　北条 あかり　身体障害者手帳1級\n受験番号1003　土井 健　療育手帳B2", B),
    ("exam_numbers_passing_only", "合格者の受験番号\n受験番号1001\n受験番号1004\n受験番号1009", A),
    ("numbered_officers_without_topic", "委員一覧（敬称略）\n整理番号1 三好 陽介 東雲大学教授\n整理番号2 土井 健 弁護士", A),
]

# a bracketed qualifier between a weak label and its colon ---------------------------------------------------
LABEL_QUALIFIER = [
    ("rejected_applicants_marked", "不採用者（課内限り）：平野 勝（南台、72歳、作文は近隣への苦情）、木島 玲奈（本町、精神科に通院中）", B),
    ("qualifier_in_prose", "患者（20代）の数が増えています。精神科の受診者も前年より多い。", A),
]

# 編 alone is no author role ---------------------------------------------------------------------------------
ROLES = [
    ("hensan_memo_bereaved_family", "（市史編さん室メモ）送付先：遺族 森下 和子 様 かしわ台市北原4丁目2番9号 電話 0471-23-5586", B),
    ("editor_of_book", "『かしわ台の戦国時代』編者 森下 和子（郷土史家）　2026年3月刊", A),
]

# a passage closed by its book citation -----------------------------------------------------------------------
CITATIONS = [
    ("novel_resume_quote", "　履歴書にはこう書かれていた。\n　氏名　早瀬 ことり　　生年月日　平成十年七月七日\n"
                           "　住所　東京都杉並区阿佐谷南二丁目\n（岡野 深雪『七月の履歴書』かしわ書房、2025年）", A),
    ("essay_quote_address_phone", "「母の手帳には、横浜市中区山手町2番地の住所と、045-622-1187の番号が書かれていた」\n"
                                  "（中川 菜緒『白い手帳』東雲書房、2024年、p.112）", A),
    ("citation_then_real_record", "（中川 菜緒『白い手帳』東雲書房、2024年）\n\n相談者 早瀬 ことり 様 平成10年7月7日生 携帯 090-4412-7781", B),
    ("book_title_without_citation", "『白い手帳』を読んだ 早瀬 ことり さん（平成10年7月7日生、携帯 090-4412-7781）から感想が届いた。", B),
]

# contact headings in English and staff named with their unit -------------------------------------------------
STAFF_EN = [
    ("questions_heading", "Questions: Ms. Hana Kobayashi, Diversity Promotion Section, tel. 0471-22-1170, "
                          "tabunka@city.kashiwadai.lg.jp", A),
    ("name_comma_section_phone", "For details, please call Ms. Hana Kobayashi, Diversity Promotion Section, at 0471-22-1170.", A),
    ("name_of_the_division_topic", "Ms. Hana Kobayashi of the Diversity Promotion Section (tel. 0471-22-1170) will answer "
                                   "your questions about dementia care.", A),
    ("name_city_hall_address", "Send it to Ms. Hana Kobayashi, Diversity Promotion Section, Kashiwadai City Hall, "
                               "1-1-1 Honcho, Kashiwadai City.", A),
    ("staff_unit_sick_leave", "Mr Ken Ito, Public Assistance Section, has been on sick leave for depression since May.", B),
    ("patient_of_department", "Mrs Keiko Arai, Patient of the Internal Medicine Department, mobile 090-4412-7781, dementia.", B),
    ("unit_with_private_mobile", "Ms. Hana Kobayashi, Diversity Promotion Section, private mobile 090-4412-7781", B),
    ("no_unit_landline_topic", "Hana Kobayashi (tel. 0471-22-1170) has dementia.", B),
]

# business cards: a company's row names its staff by any job title -------------------------------------------------
COMPANY_ROWS = [
    ("meishi_csv_engineering_title", "会社名,部署,役職,氏名,電話,メール\n"
                                     "株式会社ウェブクラフト,公共ソリューション部,部長,宮田 浩平,03-5321-8810,k.miyata@webcraft.co.jp\n"
                                     "東雲測量設計株式会社,技術部,技師長,松井 隆之,0471-23-7781,matsui@shinonome-survey.co.jp", A),
    ("meishi_tsv_manager_title", "会社名\t役職\t氏名\tメール\nNexa Analytics Pte. Ltd.\tマネージャー\t陳 美玲\tml.chen@nexa.example.sg\n"
                                 "UrbanLoop Inc.\tエンジニア\t佐野 健\tk.sano@urbanloop.com", A),
    ("company_row_private_mobile", "会社名,役職,氏名,携帯（私用）\n東雲測量設計株式会社,技師長,松井 隆之,090-2218-6634", B),
    ("company_employees_birth_dates", "会社名,役職,氏名,生年月日\n東雲測量設計株式会社,技師長,松井 隆之,昭和50年1月1日\n"
                                      "東雲測量設計株式会社,主任技師,北川 修二,昭和49年6月2日", B),
    ("association_row_any_title", "会社名,役職,氏名,電話,メール\nみどり野台自治会,会計,松井 隆之,090-2218-6634,takayuki.matsui@gmail.com", B),
    ("no_company_column_title", "所属,役職,氏名,メール\n南台みまもり隊,技師長,松井 隆之,t.matsui1960@yahoo.co.jp", B),
]

# an address followed by the venue held there -----------------------------------------------------------------------
VENUES = [
    ("obituary_funeral_hall", "◇服部 トシ子さん（87）元市議会議員　22日死去。告別式は25日午前11時から、かしわ台市本町2の3の4、"
                              "かしわ台斎場で。喪主は長男 誠さん。", A),
    ("lecture_hall_after_address", "講師 岡 俊介 先生の講演会は、東雲市中央1丁目5番2号、東雲会館にて開催します。", A),
    ("address_hospital_stay", "山田 太郎さん 本町2丁目3番4号、東雲病院で入院中", B),
    ("venue_with_private_mobile", "山田 太郎さん 本町2丁目3番4号、かしわ台斎場で 携帯 090-4412-7781", B),
    ("home_address_then_home_care", "山田 太郎さん 東京都かしわ台市本町2丁目3番4号、自宅で療養中", B),
]

# the representative in brackets after a business ------------------------------------------------------------------
REPRESENTATIVES = [
    ("business_representative_address", "返礼品の提供事業者：山口造園（代表 山口 隆）北原2丁目14番3号 電話 0471-23-6621", A),
    ("survey_office_representative", "測量業務委託先：東雲測量（代表者 松井 隆之）東雲市中央1丁目5番2号", A),
    ("residents_association_representative", "南台自治会（代表 田村 善一）南台3丁目18番6号 電話 0471-23-8841", B),
    ("representative_with_mobile", "山口造園（代表 山口 隆）北原2丁目14番3号 携帯 090-2218-6634", B),
    ("representative_with_tax_arrears", "山口造園（代表 山口 隆）北原2丁目14番3号 電話 0471-23-6621 市県民税を滞納中", B),
    ("bracket_without_org", "相談者 山口 隆（代表 ではない）北原2丁目14番3号", B),
]

# a company's mail address in a mail header, a commit trailer or a mailbox opening a line ------------------------------
MAIL_HEADERS = [
    ("from_header_company", "From: 田島 健吾 <k.tajima@office-one.co.jp>\nSubject: 見積書送付の件\n\nいつもお世話になっております。", A),
    ("sashidashinin_company", "差出人: 北野 彩 <a.kitano@webcraft.co.jp>\n件名: 打合せ日程\n\n来週の打合せの件です。", A),
    ("english_from_company", "From: Daniel Brooks <d.brooks@urbanloop.com>\nSubject: Pilot schedule\n\nHi team, attached.", A),
    ("commit_trailers", "fix: mask phone numbers\n\nReviewed-by: 宮田 浩平 <k.miyata@webcraft.co.jp>\n"
                        "Signed-off-by: Mina Park <mina.park@webcraft.co.jp>", A),
    ("git_log_mailbox_lines", "4e1a9c2 Mina Park <mina.park@webcraft.co.jp> feat: add Korean translation\n"
                              "9b2f6c1 北野 彩 <a.kitano@webcraft.co.jp> fix: postal code validation", A),
    ("from_header_freemail_topic", "From: Daniel Brooks <d.brooks1985@gmail.com>\nSubject: My daughter's asthma\n\n"
                                   "Hi, my daughter has asthma.", B),
    ("from_header_company_resident_topic", "From: 山田 太郎 <t.yamada@acme.co.jp>\nSubject: 母の介護について\n\n"
                                           "母が認知症で、要介護認定の申請をしたいと考えています。", B),
    ("company_mail_outside_header", "相談者 山田 太郎 t.yamada@acme.co.jp", B),
]

# a speaker's line: a company's mail address or a landline on it --------------------------------------------------
SPEAKER_LINES = [
    ("speaker_bio_contact", "Speaker bio: Dr. Rahul Mehta is a psychiatrist who has worked with refugees suffering from "
                            "PTSD for 15 years. Contact: rmehta@healthinsight.co.uk", A),
    ("koushi_shoukai_clinic", "講師紹介：精神科医 岡 俊介（oka@clinic-oka.jp、0471-23-1111）専門は統合失調症", A),
    ("speaker_free_mail", "Speaker: Hana Ito, hana.ito@gmail.com, survivor of domestic violence", B),
    ("koushi_home_landline", "講師：防災士 片山 栄治 氏（ご自宅 0467-55-6620）PTSDの体験を語る", B),
    ("koushi_private_mobile", "講師：山田 太郎（携帯 090-4412-7781）うつ病の体験を語る", B),
]

# topic words inside other words: 送信者 (信者), 対処方法 (処方), 物流産業 (流産) ----------------------------------------------
TOPIC_GUARDS = [
    ("soushinsha_header", "送信者：北野 彩（株式会社ウェブクラフト）\n送信日時：2026年11月18日 15:12\n宛先：小松 様（企画課）", A),
    ("jushinsha_label", "受信者：小松 様（企画課）　発信者：北野 様", A),
    ("taisho_houhou_free_mail", "エラーの対処方法はサポート窓口 support.center2026@gmail.com までお問い合わせください。", A),
    ("butsuryuu_sangyou_free_mail", "物流産業の振興についてのご意見は logicenter2026@gmail.com まで。", A),
    ("shougai_houkoku_free_mail", "このSlackのやりとりを障害報告にまとめて。ベンダー窓口 support.center2026@gmail.com", A),
    ("disability_free_mail", "精神障害のある方の就労相談。連絡は logicenter2026@gmail.com へ。", B),
    ("believer_named", "北野 彩 様は○○教の信者で、献金トラブルの相談があった", B),
    ("miscarriage_free_mail", "先月流産したとのこと。連絡は logicenter2026@gmail.com へ。", B),
    ("prescription_named", "北野 彩 様 睡眠薬を処方された（090-4412-7781）", B),
]

# duties in brackets after a member of staff ------------------------------------------------------------------------
DUTIES = [
    ("duties_in_brackets", "係長 石川 拓也（生活保護・医療扶助担当）、主事 村松 恵（障害福祉サービス担当）", A),
    ("duty_window_staff_list", "窓口案内：主任 大倉 智子（介護保険の認定業務）、主事 柴田 亮（児童手当の窓口）", A),
    ("record_in_brackets", "主事 村松 恵（うつ病で休職中）", B),
    ("duty_then_record", "主事 村松 恵（障害福祉サービス担当）は、うつ病で休職中", B),
    ("resident_with_care_manager", "山田 花子 様（要介護3、担当ケアマネ 森）", B),
    ("duty_column_tsv", "係\t職名\t氏名\t担当事務\n障害福祉係\t係長\t石川 拓也\t障害者手帳の交付、特別障害者手当\n"
                        "障害福祉係\t主事\t村松 恵\t障害福祉サービスの支給決定", A),
    ("duty_column_markdown_bare", "| 係 | 氏名 | 担当 |\n|---|---|---|\n| 保護係 | 石川 拓也 | 生活保護 |\n| 障害係 | 村松 恵 | 障害者手帳 |", A),
    ("resident_table_tantou_column", "利用者名,住所,担当\n山田 花子,南台2丁目,生活保護\n森 ツネ子,北原1丁目,認知症の見守り", B),
    ("remark_column_staff_health", "係\t職名\t氏名\t備考\n障害福祉係\t係長\t石川 拓也\t\n障害福祉係\t主事\t村松 恵\t適応障害で病気休暇", B),
    ("remark_after_duty_column", "係\t職名\t氏名\t担当事務\t備考\n障害福祉係\t主事\t村松 恵\t障害福祉サービス\t適応障害で病気休暇", B),
    ("remark_markdown_staff_health", "| 係 | 職名 | 氏名 | 備考 |\n|---|---|---|---|\n| 障害福祉係 | 主事 | 村松 恵 | 適応障害で病気休暇 |", B),
]

# Latin rows with an identifying record (passport, DOB) ------------------------------------------------------------
LATIN_RECORD_ROWS = [
    ("delegation_roles_only", "Delegation list\n1. Michael Torres — Mayor\n2. Jennifer Park — Director, International Affairs", A),
    ("born_in_place", "- Emma Richardson, born in Auckland, teaches at Higashi JHS", A),
    ("delegation_passports", "1. Michael Torres — passport 567281934, DOB 14 Feb 1968\n2. Jennifer Park — passport 488120377", B),
]

TABLES = {"latin_record_rows": LATIN_RECORD_ROWS, "duties": DUTIES, "topic_guards": TOPIC_GUARDS, "mail_headers": MAIL_HEADERS, "speaker_lines": SPEAKER_LINES, "representatives": REPRESENTATIVES, "venues": VENUES, "company_rows": COMPANY_ROWS, "citations": CITATIONS, "staff_en": STAFF_EN, "studies": STUDIES, "mail": MAIL, "facilities": FACILITIES, "examples": EXAMPLES, "council": COUNCIL,
          "list_rows": LIST_ROWS, "label_qualifier": LABEL_QUALIFIER, "roles": ROLES}
ROWS = [row for table in TABLES.values() for row in table]


@pytest.mark.parametrize("name,text,want", ROWS, ids=[r[0] for r in ROWS])
def test_r7_negative_rows(scanner, name, text, want):
    assert (scanner.scan(text).action == "block") == (want == B), name


def test_tables_hold_both_verdicts():
    for table, rows in TABLES.items():
        assert {r[2] for r in rows} == {A, B}, table


def test_explain_names_the_new_contexts(scanner):
    """The public-context reasons are visible to a reviewer (``aigw scan --explain``)."""
    ex = scanner.explain(ABSTRACT_JA)
    assert any(f.get("public_context") == "study_topic" for f in ex["findings"])
    ex = scanner.explain(COUNCIL[0][1])
    assert any(f.get("public_context") == "council_question" for f in ex["findings"])


def test_qualified_label_names_the_person(scanner):
    found = {f.entity for f in scanner.scan(LABEL_QUALIFIER[0][1]).findings}
    assert "PERSON" in found


def test_abstract_blocks():
    from gateway.scan.public_studies import abstract_blocks
    assert len(abstract_blocks(ABSTRACT_JA)) == 1
    assert abstract_blocks("【目的】a\n【方法】b\n") == []  # no results: no study
    assert abstract_blocks("目的：a\n方法：b\n結果：c\n") == []  # no conclusion: a visit record, no study
    assert len(abstract_blocks("■目的：a\n■方法：b\n■結果：c\n■考察：d\n")) == 1
    assert len(abstract_blocks("1. 目的\na\n2. 方法\nb\n3. 結果\nc\n4. 考察\nd")) == 1  # headings alone on their lines
    assert abstract_blocks("Results of the survey\nMethods are listed below") == []
    two = ABSTRACT_EN + "\n\nsomething else\n\n" + ABSTRACT_EN
    assert len(abstract_blocks(two)) == 2
    lo, hi = abstract_blocks(ABSTRACT_JA + "\n\n相談記録：…")[0]
    assert ABSTRACT_JA.startswith(ABSTRACT_JA[lo:hi][:10]) and hi <= len(ABSTRACT_JA)


def test_public_sld_mail_is_organisation():
    from gateway.scan.recognizers.email import _PUBLIC_SLD
    for domain in ("uw.edu.pl", "snu.ac.kr", "saude.gov.br", "u-tokyo.ac.jp", "mof.go.th", "educacion.gob.es"):
        assert _PUBLIC_SLD.search(domain), domain
    for domain in ("gmail.com", "acme.co.jp", "edu-service.com", "govtech.io", "example.ac"):
        assert not _PUBLIC_SLD.search(domain), domain
