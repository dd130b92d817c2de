"""Issue 13, round 8, helper r8-negative: table tests of the false-block mechanisms (allow) next to the rows where
one private person's data sits in the same shape (block). Whole prompts through the default scanner; synthetic names
and numbers written for this test.

* document: an example sentence quoted in a guide, a leaflet or a textbook after an example word in the office's
  languages (例えば「…」, 例如："我叫…", Exemplo: "Meu nome é …", Ví dụ: "Tôi là …", 예: "…"), and a textbook's
  example line (例）わたしは …): the quoted sentence is an example, not a resident's words; 条例「…」 / 事例「…」 are
  no example words, and a resident's letter after the example still counts;
* document: 架空データ / 架空人物 declare data fictitious as 架空のデータ does;
* person_foreign: a Korean name before 이라고 합니다 is the name without the particle (최유진이라고 → 최유진);
* sensitive_personal_info: a partner's blows and labour exploitation in residents' languages (남편이 때려서, me pega,
  bị đánh; không trả lương, giữ hộ chiếu, 拖欠工资, 임금 체불, salário atrasado, no me pagan);
* person_cues._duty_line: a duty word counts only in the rest of the name's sentence — a member of staff off sick
  ("主査の 坂本 拓海 さんは、うつ病の診断で…病気休暇となります。") is the subject of the record even when the next
  sentence rearranges the counter's rota (窓口当番表);
* phone: the helpline of a notice in residents' languages (centro, trung tâm, 中心, 센터, 市政府, 咨询 …) is the
  office's number, and a letter's "my phone" in those languages (meu telefone, 집 전화, 我的电话) the writer's own;
* engine: a topic inside a quoted example sentence is nobody's (예: "… 실직해서 …");
* _examples / engine: a name whose surname is a placeholder word (テスト 太郎, サンプル 花子, 見本 一郎, ○○ 花子) and an
  address in a placeholder prefecture or city (テスト県テスト市1-1-1, ○○市△△町) are test data (a real surname that
  starts like one, 仮屋, is not);
* _credential_values: "Example of a strong passphrase: …", 設定例 / 記入例 on the value's line, and "(do not use this
  one)" after it mark a password as an example; _credential_forms: "password is: <value>" (a colon after is);
* person_labels: a label's value naming only a post (被処分者：建設部 所属 主任（30代男性）) is no name;
* _examples: a token spelling out its blank (xoxb-your-token-here, sk-replace-me, changeme) is a documented example;
* person_contacts: a Latin full name before ", mobile / email / tel …" (an optional bracket between) on the line of a
  personal contact is a person;
* person_foreign: a form's name labels in Portuguese, Spanish, Vietnamese, Tagalog and Indonesian (Nome do aluno:,
  Nombre completo:, Họ và tên:, Pangalan:) before a Latin full name; sensitive_personal_info: anaphylaxis in those
  languages; _examples: each language's John Doe (Nguyễn Văn A, 张三 / 李四, 홍길동, Max Mustermann) is a sample;
* document: a bracketed heading ending in 見本 (【履歴書の見本】) and a note that the card shown is a sample (※上の内容は
  見本です, 見本であり, 見本のため) mark their paragraph as an example;
* person_labels: a unit's head as a label's value (答弁者：福祉部長) is a post, no name; person_foreign: Korean labels of
  a booking or an application (예약자:, 신청자:, 상담자:, 보호자:) before a name;
* document: （架空） in brackets, and a role play's parts (利用者役（…）, 相談者役：, 職員役「…」) mark their paragraph as an
  example;
* internal_matter: a product's manual (取扱説明書, 工場出荷時, factory default) gives a device's factory address, not the
  office's network; person_columns: the holder of a record in a system export (世帯主, 被保護者, 被保険者, 納税義務者 …)
  names a person column, also as the header's last cell; sensitive_personal_info: 認知機能の低下が / 道が分からなくな as
  signs of dementia;
* sensitive_personal_info: an overstay in plain words (在留期限が切れ, ビザが切れ); person_contacts: a Latin full name
  with its age in brackets opening a line or a sentence (Maria Lopes (34) came …) is a case note's subject
  (Program, Series, Server … are no name parts), and so is one anywhere before a bracket giving the birth date
  ((DOB …), (date of birth …); not a biography's "(born …)");
* public_context: a birth date followed by the year of death (…生まれ、2009年没 / 〜…死去) is a life span: the
  person is historical, nobody living; a death in a record (死亡) is not.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    # residents' letters, not examples
    ("chinese_letter_no_example", "外国人相談の記録です。訳してください。\n我叫李明，我丈夫失业了，没有收入。电话：090-3321-7781"),
    ("chinese_letter_after_example", "案内文：\n例如：“我叫李明，我想给孩子办理入学手续。”\n下面是实际来信：我叫王芳，我丈夫失业了，没有收入。"),
    ("portuguese_after_quoted_example", "Exemplo: \"Meu nome é João Silva.\" Meu nome é Ricardo Oliveira, estou desempregado. "
                                        "Tel 090-6621-4738"),
    ("ordinance_quote_not_example", "条例「個人情報保護」の件で、相談者 松浦 直子（090-7712-4480）から苦情。"),
    # Korean names before 이라고 and the words a consultation turns on
    ("korean_intro_iragu_dv", "저는 최유진이라고 합니다. 남편이 술을 마시면 때려서 집을 나왔습니다."),
    ("spanish_partner_hits", "Me llamo Rosa Medina. Mi esposo me pega cuando bebe."),
    ("vietnamese_wages_passport", "Tôi là Lê Thị Thu Trang. Công ty giữ hộ chiếu của tôi và không trả lương tháng 9."),
    ("chinese_wages", "我叫张伟，老板拖欠工资三个月了。"),
    ("korean_wages", "제 이름은 박민수입니다. 회사에서 임금 체불이 3개월째입니다."),
    ("portuguese_wages", "Meu nome é Carlos Souza. Meu salário atrasado há dois meses."),
    # staff off sick, the next sentence about the rota
    ("staff_sick_then_rota", "保育課 入所係の皆さんへ\n主査の 坂本 拓海 さんは、うつ病の診断で12月末まで病気休暇となります。"
                             "入所係の窓口当番表を組み直しますので、ご協力ください。"),
    ("staff_title_ga_sick", "係長の 石川 和樹 が、心筋梗塞で入院しました。窓口は当面2名で対応します。"),
    # a death in a record, a living person's birth date
    ("death_in_record", "相続手続の相談メモ\n被相続人：故 山田 太郎（昭和10年5月1日生、令和8年10月3日死亡）\n相談者：長男 山田 一郎"),
    ("portuguese_own_landline", "Meu nome é Ana Lima. Meu marido me bate. Meu telefone: 053-421-7789"),
    ("korean_letter_own_landline", "저는 최유진이라고 합니다. 남편이 때려서 집을 나왔습니다. 집 전화 045-802-3317"),
    # real names and towns beside placeholder-looking ones; a password given, not shown as an example
    ("real_surname_kariya", "番号,氏名,電話番号\n1,仮屋 健,090-4471-2083\n2,安藤 里美,080-2290-6634"),
    ("real_rows_after_test_row", "番号,氏名,電話番号,住所\n1,テスト 太郎,000-0000-0000,テスト県テスト市1-1-1\n"
                                 "2,久保田 圭,090-4471-2083,緑野市本町2-7-15\n3,安藤 里美,080-2290-6634,緑野市若葉台1-4-9"),
    ("password_is_colon", "Hi Ken, your new password is: Xk9#mQ2vLp7! Please change it after logging in."),
    ("password_example_word_far", "Example agenda attached. Your VPN password is Kq8#vLm2Tz9!wR for tomorrow."),
    # a named holder of the post; a floor price before the notice; a token pasted; an English name before its mobile
    ("post_and_name", "被処分者：建設部 主任 樋口 隼人（34）\n酒気帯び運転で検挙。懲戒免職の方向（公表前）。"),
    ("slack_token_real", "export SLACK_BOT_TOKEN=xoxb-4812037755-6630918274413-Kd8QmW2vXr7Lp9TzHn3Yb6Fa\npython bot.py"),
    ("english_name_before_mobile", "ALTの連絡先を共有します。\nNew ALT: Emma Wilson (from Perth), mobile 080-7742-3318."),
    ("english_name_comma_email", "保護者の連絡先です。\nParent: Liam Carter, email liam.carter1988@gmail.com"),
    # a form in a resident's language filled in
    ("portuguese_form_filled", "Nome do aluno: Gabriel Nakamura Silva\nData de nascimento: 14/05/2017\n"
                               "Telefone: 080-6621-0954\nAlergias: Sim: amendoim (anafilaxia)"),
    ("spanish_form_filled", "Nombre completo: Lucía Fernández Ortiz\nTeléfono: 090-2218-4406"),
    ("vietnamese_form_filled", "Họ và tên: Trần Minh Khoa\nSố điện thoại: 080-5512-3349"),
    ("real_name_like_placeholder_part", "氏名：張 三郎\n電話：090-7712-4480"),
    # real data after a sample's instructions, in the next paragraph
    ("real_after_sample_note", "記入見本を参考に、以下を記入してください。\n\n氏名：村井 栞\n生年月日：平成24年6月9日\n電話：090-4412-7731"),
    ("real_after_sample_heading", "【申請書の見本】\n氏名：緑野 太郎\n\n【実際の申請】\n氏名：村井 栞\n生年月日：平成24年6月9日"),
    # a unit's head beside a named resident; a real care record; rows with no 架空 note; a Korean booking
    ("unit_head_and_resident", "答弁者：福祉部長\n対象者：石塚 秀明（本町在住、統合失調症で入院中）"),
    ("care_record_not_role_play", "研修記録\n利用者 山田 花子（85歳・認知症）が「家に帰る」と繰り返した。"),
    ("csv_without_fiction_note", "# 会員名簿\nname,email,phone\n青木 一郎,aoki.ichiro@gmail.com,090-3321-0001\n"
                                 "石井 花子,ishii.hanako@yahoo.co.jp,090-4471-0002"),
    ("korean_booking_label", "예약자: 정수빈\n연락처: 080-3319-2275\n상담 내용: 남편이 때려서 이혼하고 싶습니다."),
    # the office's own network; a system export's holders; signs of dementia
    ("branch_network", "北山支所のネットワーク構成\nルーター：192.168.20.1（YAMAHA RTX1220）\nファイルサーバ：192.168.20.10"),
    ("household_head_column", "旧ケース番号\t新ケース番号\t宛名番号\t世帯主\n02-1187\tC2026-00412\t0031847722\t根本 沙織\n"
                              "02-1190\tC2026-00413\t0031852241\t吉川 剛\n02-1203\tC2026-00414\t0031860078\t三浦 久美"),
    ("dementia_signs_lost_way", "参加者 浅野 とし子（79）：会場までの道が分からなくなり1時間遅れて到着。認知機能の低下が疑われる。"),
    # an overstay in plain Japanese; an English case note's subject with her age
    ("overstay_plain_words", "受講生のグエン・ティ・マイさん（27）が、在留期限が切れたまま働いていると打ち明けた。"),
    ("english_aged_subject", "メモ\nMaria Lopes (34) came to the counter with two children. Her husband controls all the money."),
    ("english_name_before_dob_bracket", "Ticket: got Saori Nemoto (DOB 18 March 1990, 3-12-7 Wakabadai) instead."),
    ("birth_no_death", "相談者 川端 与志夫 氏（1951年4月2日生まれ）から電話、年金の件。"),
]
ALLOW = [
    ("chinese_notice_quoted_example", "外国人居民生活咨询窗口\n例如：“我叫李明，我想给孩子办理入学手续。”\n"
                                      "电话：0544-22-1111（市民咨询课）"),
    ("japanese_quoted_example", "相談窓口のご案内\n例えば「私は山田 花子です。夫が仕事を失いました。」のような相談も受け付けます。\n"
                                "電話 045-831-2200（生活支援課）"),
    ("portuguese_quoted_example", "Consulta gratuita. Exemplo: \"Meu nome é João Pereira. Perdi o emprego.\"\n"
                                  "Tel.: 053-457-2101 (Divisão de Relações Internacionais)"),
    ("korean_quoted_example", "상담 안내\n예: \"제 이름은 김민수입니다. 실직해서 생활이 어렵습니다.\"\n전화: 045-831-2200"),
    ("textbook_example_line", "【れんしゅう】なまえと くにを いってください。\n例）わたしは マリア・シルバ です。ブラジルから きました。"),
    ("fictitious_data_declared", "Fakerで作った架空データです。列の型を推定してください。\n\n"
                                 "id,name,birthdate\n1,佐々木 美穂,1988-02-14\n2,石田 航,1975-09-30"),
    ("life_span_death_year", "緑野市名誉市民 故・川端 与志夫 氏（1921年4月2日生まれ、2009年没）は、日本画家として文化勲章を受章。"),
    ("life_span_era_death", "初代村長 大森 清 氏（明治35年3月1日生〜昭和58年7月9日逝去）の功績を紹介します。"),
    ("life_span_1950s", "創業者 高木 誠一 氏（1930年5月12日生まれ、2015年死去）が昭和47年に設立。"),
    ("staff_duty_same_sentence", "主事の 村瀬 拓海 さんは、健康診断の受付を担当します。"),
    ("placeholder_names_csv", "番号,氏名,電話番号,住所\n1,テスト 太郎,000-0000-0000,テスト県テスト市1-1-1\n"
                              "2,サンプル 花子,000-0000-0001,テスト県テスト市2-2-2\n3,見本 一郎,000-0000-0002,テスト県テスト市3-3-3"),
    ("placeholder_circle_names", "氏名：○○ 花子\n住所：○○市△△町1-2-3\n電話：090-0000-0000"),
    ("password_policy_example", "Example of a strong passphrase: Correct-Horse-Battery-Staple-42 (do not use this one)."),
    ("password_example_jp", "パスワードの設定例：Blue-River-Stone-88 のように単語を組み合わせると覚えやすくなります。"),
    ("post_withheld", "職員の懲戒処分について\n被処分者：建設部 所属　主任（30代男性）\n処分内容：懲戒免職（酒気帯び運転）"),
    ("post_only_value", "対象者：福祉部 所属 主事（20代女性）\n処分：戒告"),
    ("land_sale_result", "市有地売払い結果\n最低売却価格：18,500,000円\n落札者：株式会社 みどり住建\n落札価格：21,030,000円"),
    ("slack_token_placeholder", "Set it as an environment variable: `export SLACK_BOT_TOKEN=xoxb-your-token-here`"),
    ("api_key_replace_me", "OPENAI_API_KEY=sk-replace-me  # 自分のキーに置き換えてください"),
    ("english_office_before_phone", "観光案内所の連絡先です。\nTourist Information Center (Midorino Station), tel 045-831-2200"),
    ("portuguese_form_blank", "FICHA DE MATRÍCULA\nNome do aluno: __________\nTelefone: __________"),
    ("portuguese_label_org", "Nome da escola: Escola Primária Midorino Daiichi, Tel. 045-831-7001"),
    ("korean_john_doe", "신청서 작성 예시\n성명: 홍길동\n전화: 010-1234-5678"),
    ("chinese_john_doe", "请填写家属的姓名。我叫张三，电话：090-3321-7781"),
    ("english_john_doe", "Name: John Doe\nMobile: 080-3318-2274"),
    ("sample_note_after_card", "■ 受給者証の見方\n受給者番号：8桁の番号です\n氏名：緑野 太郎\n生年月日：平成元年1月1日\n"
                               "※上の内容は見本です。"),
    ("sample_heading_of_form", "【履歴書の見本】\n氏名：グエン ヴァン ナム\n生年月日：1995年5月10日\n住所：緑野市中央1-2-3"),
    ("unit_head_answers", "質問者：荒木 聡 議員\n答弁者：福祉部長\n答弁案：生活保護の申請から決定までの平均日数は12.4日でございます。"),
    ("role_play_script", "利用者役（山田さん・85歳・認知症）：「ここはどこ？家に帰らないと。」\n職員役：「山田さん、一緒にお茶を飲みましょう。」"),
    ("fiction_note_in_brackets", "# サンプル（架空）\nname,email,phone\n青木 一郎,aoki@example.com,090-3321-0001\n"
                                 "石井 花子,ishii@example.jp,090-4471-0002"),
    ("korean_booking_blank", "예약자: ________\n연락처: ________\n상담 내용: 비자, 노동, 이혼, 가정폭력 등"),
    ("household_head_column_words", "世帯主\t世帯員数\t地区\n高齢単身\t1\t北\n夫婦のみ\t2\t南"),
    ("dementia_prevention_notice", "脳いきいき教室：認知機能の低下を防ぐ体操を学びます。講師 池田 千尋 氏。申込：高齢介護課 045-831-5100"),
    ("overstay_guidance", "在留期限が切れる前に、入管で更新の手続きをしてください。相談：国際交流課 045-831-2290"),
    ("english_titles_with_numbers", "メモ\nApollo Program (11) launched in 1969. Windows Server (2019) is installed."),
    ("english_fictional_case", "Case study (fictional): \"Maria\", 34, says her husband controls all the money."),
    ("english_biography_born", "メモ\nAlbert Einstein (born 14 March 1879) was a physicist."),
    ("korean_helpline_notice", "안내: 가정폭력 상담은 여성센터(045-831-3300)로 연락하세요."),
    ("portuguese_helpline_notice", "Aviso: violência doméstica, ligue para o Centro da Mulher (045-831-3300)."),
    ("chinese_helpline_notice", "如果遭受家庭暴力，请联系市政府妇女咨询窗口：045-831-3300"),
    ("vietnamese_guidance_wages", "Nếu công ty không trả lương, hãy liên hệ Văn phòng Thanh tra Lao động."),
]


test_blocks, test_allows = action_tests(BLOCK, ALLOW)


def test_router_manual_not_blocked(scanner):
    """A product manual's factory address is no internal matter (the bare private address may still warn)."""
    text = "ルーターの取扱説明書\n1. ブラウザで http://192.168.1.1 を開きます。\n2. 工場出荷時のユーザー名 admin でログインします。"
    assert scanner.scan(text).action != "block"
