"""Issue 13, round 7, the lead's mechanisms (table tests of positive and negative rows, written apart from the
probe files): residents writing in their own language (a self-introduction or a name label in Portuguese,
Vietnamese, Chinese, Korean …, and the words a consultation turns on in those languages); romanised headers of a
legacy export (Shimei, Namae); staff named in brackets after 本人 in an interview record; a pupil's absences counted
and the school social worker; English words of labour exploitation; the documentation IP ranges and a documented
example key inside a finding; a birth date written as a date followed by 生 beside a name; a password after an arrow;
an old person's memory loss; record numbers of municipal systems beside a name; a vehicle's plate beside its
owner; a member of staff named after "<title>の" as the subject of a health sentence; English signs of domestic abuse and
a draft not to be shared before its announcement; one space between a town and its lot number; signs of dementia; a
request on the first line declaring the data it introduces fictitious; a foreign name's dotted katakana reading
before an honorific and an unreported workplace injury."""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("portuguese_intro_phone", "Meu nome é Ricardo Oliveira, moro em Hamamatsu. Por favor, me liguem no 090-6621-4738."),
    ("spanish_intro_pregnant", "Me llamo Lucía Fernández. Estoy embarazada de seis meses y no tengo seguro."),
    ("vietnamese_intro_pregnant", "Tôi là Trần Thị Hoa, thực tập sinh. Tôi đang mang thai 4 tháng."),
    ("vietnamese_intro_dv", "Tôi tên là Phạm Văn Minh. Vợ tôi bị bạo lực gia đình."),
    ("chinese_intro_unemployed", "您好，我叫王芳，我丈夫失业了，没有收入。"),
    ("korean_label_dv", "성명: 박서연\n사유: 가정폭력으로 별거 중"),
    ("korean_intro_depression", "제 이름은 이지은입니다. 우울증 때문에 일을 할 수 없습니다."),
    ("tagalog_intro_phone", "Ako si Maria Santos. Ang numero ko ay 080-2231-4471."),
    ("romaji_header_csv", "No,Shimei,Seinengappi\n1,Ishikawa Mai,1992/08/14\n2,Kondo Takeshi,1958/01/30"),
    ("romaji_header_tsv", "Namae\tJusho\tDenwa\nSato Ken\tChuo 1-2-3\t090-1111-2222"),
    ("staff_self_in_brackets", "出席：人事課長、保健師、本人（市民税課 主事 森本 亜美）\n本人より、うつ状態と診断されたとの申し出。"),
    ("pupil_absences_counted", "2年3組 佐々木 蓮：欠席が月8日。スクールソーシャルワーカーと家庭訪問予定。"),
    ("private_range_firewall", "FWルール：許可 10.40.2.0/24 → 10.40.9.10 tcp/443"),
    ("other_azure_key", "AccountName=cityopendata01;AccountKey=q7Nf3Lx9Rk2Tz8Pw1Vm4Hc6Bd0Yg5Js7Ua3Ei9Ol2Qr8Wt1Xn6Zk4Mp0C"
                        "v5Bs3Dh7Fj2Gl=="),
    # a birth date written as a date followed by 生 opens the name window (a code comment, a memo)
    ("name_before_iso_birth", "# 実データで確認: 長尾 和彦 1961-10-03 生 → 65歳のはず"),
    ("name_before_era_birth", "堀井 トシ子 S13.2.27生 から電話。"),
    ("name_before_kanji_birth", "長尾 和彦 1961年10月3日生"),
    # a password word, a remark, then an arrow and the value
    ("password_after_arrow", "このパスワードって強度的に大丈夫？ 管理者用に設定したやつ → Tz8#Kq2!mVw9Lp"),
    # an old person's memory loss beside their name
    ("memory_loss", "吉野さん（87）が最近物忘れがひどくて、ガスを付けっぱなしにしていたらしい。"),
    # a record number with its value beside a name (a welfare case, a student, a member of staff, a recipient)
    ("student_number_name", "学籍番号 24S0317 谷口 美月 の成績、数学が2学期 38点"),
    ("case_number_name", "ケース番号 2031-0457 の三上 春男さん、来月から年金が入る"),
    ("staff_number_absence", "職員番号 108422 小沢 健 の件、無断欠勤が3日続いている。"),
    ("welfare_shorthand", "三上 春男さん（生保）の収入認定が変わる"),
    # a vehicle's plate beside its owner's name (所有者 is a person's label when a name follows)
    ("plate_owner", "車両：品川 300 さ 48-21\n所有者：青木 孝之"),
    # a member of staff named after "<title>の" as the subject of a health or leave sentence
    ("title_no_name_leave", "※体制面の懸念：担当係長の 石川 和樹 がうつ病で10月から病気休暇中。"),
    ("title_no_name_health", "係長の石川 和樹が、うつ病で休職中です。"),
    # English: signs of domestic abuse; a draft declared not to be shared before its announcement
    ("english_dv_signs", "Client: Ms. Fatima Rahman, 38. Husband controls all money. She has bruises on her arms."),
    ("english_do_not_share_before", "Improve this draft. (Internal — do not share before the council briefing)\n"
                                    "The city intends to close two branch libraries in April 2028."),
    # one space between a town and its lot number; signs of dementia in a visit report
    ("address_space_before_lot", "所有者：山野 仁\n住所：伊勢市小俣町本町 1182-3"),
    ("farmland_lot_with_space", "相談者：堤 信夫（78）\n農地：笠間市石井字前田 1024番（田、1,850㎡）"),
    ("dementia_signs", "訪問先：宮崎 キヨ さん（89）\n様子：同じ話を何度も繰り返す。薬を飲み忘れている様子。"),
    # a declaration on a later line or after the data covers only its own paragraph
    ("dummy_declared_after_data", "CSVの形式を見て。\n\n氏名,生年月日,電話\n森本 悠真,1988/04/17,090-7731-2284\n\n"
                                  "（上はダミーデータです）"),
    # a foreign name's pronunciation in dotted katakana before an honorific; a workplace injury not reported
    ("dotted_reading_injury", "王 偉（ワン・ウェイ）さん、30歳。工場で右手を負傷したが、会社が労災の手続きをしてくれない。"),
    ("english_passport_kept", "Client: Mr. Bahadur Gurung, 41. He has not been paid for four months and his employer "
                              "kept his passport."),
]
ALLOW = [
    ("portuguese_notice", "Aviso: A coleta de lixo reciclável será às quartas-feiras. Dúvidas: tel. 053-457-2111."),
    ("vietnamese_notice", "Thông báo: Lớp học tiếng Nhật miễn phí sẽ bắt đầu vào ngày 10 tháng 1."),
    ("vietnamese_role_not_name", "Tôi là thực tập sinh kỹ năng. Xin hỏi về lớp học tiếng Nhật."),
    ("chinese_notice", "欢迎来到本市！外国居民可以在多语言咨询窗口免费咨询生活和工作问题。"),
    ("korean_notice", "안내: 12월 29일부터 1월 3일까지 시청 민원 창구는 휴무입니다."),
    ("pregnancy_guidance", "If you are pregnant, please collect your maternal and child health handbook at City Hall."),
    ("portuguese_topic_no_person", "A depressão é uma doença comum. Procure ajuda no centro de saúde."),
    ("romaji_header_facilities", "No,Shisetsu,Jusho,Teiin\n1,Chuo Hoikuen,Sakuragi-cho 1-2-3,120"),
    ("romaji_header_no_rows", "列は Shimei,Furigana,Seinengappi の順です。"),
    ("staff_attends_interview", "出席：人事課長、保健師\n議題：ストレスチェックの実施方法について"),
    ("absence_policy", "欠席が月3日を超えた場合の対応手順を、スクールソーシャルワーカーとの連携も含めて整理してください。"),
    # documentation IP ranges (RFC 5737) are examples, not an internal network; a documented example key inside the
    # finding (the Azure Storage emulator's AccountKey=…)
    ("doc_range_firewall", "FWルールの書き方の例：許可 203.0.113.0/24 → 198.51.100.10 tcp/443"),
    ("doc_range_v6", "VPN の設定例：2001:db8::1 を 2001:db8:1::1 へルーティング"),
    ("azurite_connection_string", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJ"
                                  "PLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"),
    ("grade_before_name", "中3生 山田 太郎 が県大会で優勝しました。"),
    ("password_steps_arrow", "パスワード変更の手順 → 設定画面を開く → 新しいパスワードを入力"),
    ("password_rule_arrow", "パスワードの条件 → 12文字以上、英大文字・小文字・数字・記号を含む"),
    ("memory_loss_guidance", "物忘れがひどくなってきた高齢者の相談は、地域包括支援センターにつないでください。"),
    ("record_number_column", "職員番号,氏名の順に並べ替える関数を書いて。"),
    ("record_number_rule", "学籍番号は入学年度と連番の7桁です。"),
    ("plate_without_person", "公用車（横浜330あ12-34）の車検は3月です。"),
    ("owner_is_the_city", "所有者：若葉市\n所在地：若葉市中央1-1"),
    ("owner_is_a_company", "建物の所有者：株式会社若葉不動産 代表取締役 石井 敦"),
    ("title_no_name_duty", "係長の石川 和樹が、健康診断の受付を担当します。"),
    ("title_no_name_business", "係長の石川 和樹が、会議の資料を作成します。"),
    ("english_dv_article", "Domestic abuse shelters reported a 12% rise in admissions; a women's shelter opened in May."),
    ("english_announced_closure", "The Kita branch library will close in April 2028, as announced at the council meeting."),
    ("city_space_before_number", "相談者：堤 信夫さん\n横浜市 1-2月の人口の推移について"),
    ("dementia_course", "見守りボランティア講座：同じ話を何度も繰り返す方への声かけのコツを学びます。"),
    # the request on the first line declares the data it introduces fictitious
    ("dummy_declared_in_request", "テスト用のダミーデータです。CSVの形式に問題がないか見て。（すべて架空の人物です）\n\n"
                                  "氏名,生年月日,電話\n試験 太郎,1990/01/01,000-0000-0000\n試験 花子,1991/02/02,000-0000-0001"),
    ("furigana_on_common_noun", "大工（だいく）さんの仕事を紹介します。"),
    ("workers_comp_guidance", "労災の手続きの流れを、外国人労働者向けにやさしく説明してください。"),
    ("english_pay_news", "Workers at the factory say they have not been paid since October, a union said."),
]


test_blocks, test_allows = action_tests(BLOCK, ALLOW)
