"""Issue 13, round 16, the lead's mechanisms (table tests of positive and negative rows, written apart from the
held-out probe files, with other names, towns, numbers and wording):

- a "name" whose token goes on to a facility's ending is the facility's, even when the tagger split it (深見川 +
  市立第一小学校, 北浜市民 + センター): an open-data facility list (JSON, YAML, CSV) is no roster
  (public_contacts.facility_token);
- the payment providers' documented outcome and 3-D Secure test cards (Stripe's 4000 0027 6000 3184, the expired /
  CVC / declined cards) are examples (_examples.TEST_CARDS); any other Luhn-valid card stays live;
- a pupil named after the school and the grade with no class (北浜市立西中学校 2年 宮田 結衣（14）) is named as a class
  code names one, and that reading wins over a window's weaker reading of the same name (person_classcode._grade_pupils,
  person_rules.add_structural); without it, the school's place name was the "person" and the pupil went unseen;
- a pre-shared or encryption key named in Japanese with only spaces before its value (事前共有鍵 Hx4!…) is a credential
  like パスワード is (credential.ASSIGN_WS);
- a number's label followed by a resident's topic particle or copula (여권번호는 M…, passport number is …) still labels it
  (_numeric._GAP_NOISE);
- a pseudonymised case (Aさん 80代女性) whose dwelling is introduced as theirs before the address (住まいは…112番地,
  自宅：…) or is a numbered flat after the district (…五丁目（…団地8号棟）) points at one household: a street-level
  address with its resident (address_residents.resident_before / dwelling_after);
- a marking quoted on a code comment line (# 追加したいもの: 「外部提供禁止」) is a value the code handles, not the file's
  marking (_marking_form._quoted_in_comment); a bracketed one there still applies;
- a password typed by a script's keystrokes (SendKeys::SendWait("…"), pyautogui.write) or given in a chat as the answer
  to a question about a password (パス何でしたっけ → [17:33] 名前：… です) is a credential (_credential_typed);
- from the third pair of batches (h16e/h16f): an account's ``user / password`` line under an account heading or after a
  login word on one of the three lines before (_credential_typed.account_lines); a 4-4-4 or 12-digit number passing
  the 個人番号 check right after a spaced full name on its line (my_number._named_before); a company's name and a
  business-facing role before a person (東邦ガス工業 営業 大槻さん) make a business contact whose number is the company's
  (public_business.business_caller); a school's guidance record's words (生徒指導, SC面談, 両親が別居) are topics
  about the pupil; an internal matter's term quoted in a list a rules text adds or defines (例示に「予定価格」「…」を追加) is
  the category named, not a matter (internal_matter._quoted_as_category);
- a Korean birth suffix (1992년 11월 5일생) and a row's sex field right after the date (蒲生 節子,1958/10/02,女) make
  the date a birth date (date_of_birth._BORN_RE, _SEX_AFTER);
- an addressee's spaced full name closing the line of a street address with a house number (〒… 字新田前 42-6　柳沢 正二)
  is a person (person_addressee); a district (…1丁目　名前: a published list's area) or a facility there is not;
- an insurer's own number named by its owner in the first person (当市の保険者番号, 本組合の保険者番号) identifies the
  insurer, not an insured person (health_insurance.INSURER_OWNER); a member's card number stays live.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests, not_blocked_test

BLOCK = [
    ("json_person_record", 'この顧客データを整形して\n{"id": "U2", "name": "森下直樹", "address": "北浜市旭町2-8-1", '
                           '"tel": "090-3847-2915"}'),
    ("json_facility_then_person", '{"items": [{"id": "E001", "name": "北浜市立第二中学校 体育館", "address": '
                                  '"北浜市港町3-4-5", "tel": "0270-21-3301"}, {"id": "U2", "name": "森下直樹", '
                                  '"address": "北浜市旭町2-8-1", "tel": "090-3847-2915"}]}'),
    ("labelled_person_then_facility_word", "氏名：田中一郎　住所：北浜市本町1-2-3　電話：080-2345-6789\n勤務先：北浜市民センター"),
    ("csv_person", "name,address,phone\n佐藤花子,北浜市旭町2-8-1,090-3456-7890"),
    ("pupil_after_school_and_grade", "教育委員会への報告文に直して。\n連絡者：北浜警察署 生活安全課\n"
                                     "対象：北浜市立西中学校 2年 宮田 結衣（14）\n内容：深夜に公園で保護された。\n\n\n"
                                     "警察の措置：補導、保護者に引き渡し。児童相談所への通告を検討中。"),
    ("pupil_after_elementary_grade", "面談記録を要約して。\n南浜小5年　森本 陽向（欠席30日）\n家庭：父子家庭、生活保護受給中。"),
    ("psk_after_spaces", "引継ぎ用に説明を書いて。\n・拠点間VPN：YAMAHA RTX830　事前共有鍵 Hx4!qWm7#Lz9"),
    ("encryption_key_after_spaces", "バックアップ装置の設定値：暗号化キー  Pn6$vRt2#kQ8"),
    ("korean_passport_topic", "번역해 주세요. 제 이름은 김서연입니다. 여권번호는 M58103274 입니다."),
    ("english_passport_is", "Please translate. My name is Ana Souza and my passport number is FZ8841207."),
    ("case_dwelling_before_address", "事例検討の論点を整理して。\n【事例】Cさん　70代男性　要支援1\n・独居。"
                                     "住まいは柿ノ木町字中原45番地、郵便局の裏の平屋。\n・認知症の初期症状あり。受診を拒否している。"),
    ("case_numbered_flat_after_district", "研修用の事例です。\nDさん（仮名）50代女性\n生年月日：昭和47年3月8日\n"
                                          "住所：柿ノ木市 若葉台三丁目（若葉台団地12号棟）\n経過：うつ病で休職中。"),
    ("keystroke_password", "このVBSが動かない原因は？\nSet wsh = CreateObject(\"WScript.Shell\")\nwsh.SendKeys.SendWait(\"zeimu01\")\n"
                           "wsh.SendKeys.SendWait(\"{TAB}\")\nwsh.SendKeys.SendWait(\"Rb7!kPq2#Wz\")"),
    ("chat_password_answer", "要点をまとめて。\n[09:12] 坂口：サーバ室のPCのパスワード教えてください\n"
                             "[09:13] 宮本：Hk7#wQ2m!Zr です。使ったら変えます\n[09:14] 坂口：了解"),
    ("comment_bracketed_marking", "# 【機密性２】 このスクリプトは庁内限り\nimport os\nprint(os.getcwd())"),
    ("account_line_under_heading", "引継書を確認して。\n３　管理者アカウント\n・図書館システム 管理画面 lib-admin / Vx8!nQ3r#Kd2\n"
                                   "（着任後に変更のこと）"),
    ("account_line_after_login_word", "Is this strong enough? The shared login for the museum's X account:\n"
                                      "kitahama_museum / Kitahama2026!!autumn"),
    ("my_number_after_name", "この番号は何の番号？書類の余白にありました\n森川 沙耶　2609 4817 3559"),
    ("guidance_record_pupil", "面談で読み上げる表現に直して。\n指導記録（生徒指導）\n北浜中学校 1年2組\n対象：真壁 樹（まかべ いつき）\n"
                              "11/5 同級生と口論、相手の胸を押す。家庭では両親が別居中。\n11/8 SC面談。"),
    ("korean_born_suffix", "번역해 주세요. 저는 이수진이라고 합니다. 1988년 3월 14일생이고 북빈시 항구동 3-4-5 에 삽니다."),
    ("log_row_sex_after_date", "このエラーの原因は？\n[ImportError] raw: 0000512994,真壁 結子,1961/04/22,女,LDL=188mg/dl,要精密"),
    ("addressee_after_address", "この住所を英語表記にしてください（海外の年金機関に出す書類用）\n"
                                "〒981-4417 宮城県 柿ノ木郡 中原町 字新田 17-3　森下 直樹"),
    ("live_card", "お客様のカード番号 4539 1488 0343 6467 で決済できません。原因を調べて。"),
    ("member_insurance_card", "返信を考えて。\n被保険者 宮原 恵子 様\n保険者番号 06139011　記号 12 番号 3456\n住所 北浜市港町3-4-5"),
]

ALLOW = [
    ("json_facility_list", 'このレスポンスを読む Python コードを書いて\n{"items": [{"id": "E001", "name": "北浜市立第二中学校 体育館", '
                           '"address": "北浜市港町3-4-5", "tel": "0270-21-3301"}, {"id": "E002", "name": "北浜市民センター", '
                           '"address": "北浜市旭町2-8", "tel": "0270-21-5500"}]}'),
    ("yaml_facility", "この YAML を CSV に\n- name: 西谷区民ホール\n  address: 西谷区本通4-1-2\n  tel: 045-123-4567\n"
                      "- name: 西谷区立中央図書館\n  address: 西谷区本通5-3\n  tel: 045-123-7777"),
    ("school_grade_event", "お知らせ文を整えて。\n北浜市立東中学校 2年 体育 祭り（10月）の練習日程を配布します。"),
    ("school_grade_assembly", "西中学校 3年 学年 集会（体育館）は、雨天のため延期します。"),
    ("psk_explained", "事前共有鍵 は20文字以上のランダムな文字列にしてください。"),
    ("korean_passport_question", "여권번호는 어디에 적혀 있나요? 신청서 작성 방법을 알려주세요."),
    ("case_no_dwelling", "事例検討の論点を整理して。\n【事例】Cさん　70代男性　要支援1\n・独居。柿ノ木町在住。\n"
                         "・認知症の初期症状あり。受診を拒否している。"),
    ("chat_password_policy", "要点をまとめて。\n[10:00] 田中：パスワード何文字以上でしたっけ？\n[10:01] 佐藤：12文字以上です\n"
                             "[10:02] 田中：設定画面は？\n[10:03] 佐藤：https://intra.example.jp/pw です"),
    ("keystroke_plain_text", "pyautogui.write(\"Hello World\")\npyautogui.press(\"enter\")\nSendKeys.SendWait(\"{TAB}\")"),
    ("account_word_no_pair", "アカウント管理の手順を整理して。\n・申請 / 承認\n・uses: docker/login-action@v3"),
    ("order_number_grouped", "注文番号 2609 4817 3559 の配送状況を問い合わせる文面を作って。"),
    ("business_caller_memo", "電話メモ整えて\n12/3 10:30 北斗設備工業 営業 千葉さん 011-555-0142 見積書は金曜発送"),
    ("guidance_policy", "学校だよりの原稿を直して。\n本校では生徒指導の方針として、一人一人の声を聴くことを大切にしています。"),
    ("korean_life_word", "2026년 1월 5일생활 안내문을 일본어로 번역해 주세요."),
    ("district_then_volunteer", "市ホームページ掲載の民生委員一覧です。人数を数えて。\n　担当区域：若葉台1丁目　　鳴瀬 幸江\n"
                                "　担当区域：若葉台2丁目　　大河内 修"),
    ("venue_after_address", "案内文を整えて。\n会場：北浜市港町3-4-5　北浜市民会館"),
    ("stripe_outcome_cards", "決済のテスト手順をまとめて。3Dセキュアのテストカード 4000 0027 6000 3184、期限切れの "
                             "4000 0000 0000 0069、CVC エラーの 4000 0000 0000 0127 を使います。"),
    ("own_insurer_number", "新人研修用に説明文を作って。\n例として、当市の保険者番号「312348」は、都道府県番号（2桁）、"
                           "保険者別番号（3桁）、検証番号（1桁）で構成されています。公開情報です。"),
]

# named, not applied: a warning at most (a warn is not a block)
NOT_BLOCKED = [
    ("quoted_category_rule", "規程の改正案です。要点を表に。\n機密性２の例示に「予定価格」「人事異動の内示前情報」を追加する。"),
    ("comment_quoted_marking", "格付けの選択肢を追加したい。\nHANDLING = [\"取扱注意\", \"持出禁止\"]\n# 追加したいもの: 「外部提供禁止」"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
test_not_blocked = not_blocked_test(NOT_BLOCKED)
