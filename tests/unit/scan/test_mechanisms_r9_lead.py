"""Issue 13, round 9, the lead's mechanisms (table tests of positive and negative rows, written apart from the
probe files): a full name in brackets, with the person's age after it, following the word a record uses for its
subject (保護観察中の少年（内田 海斗、17）, 患者（…）, 被保険者（…）); the person who speaks in a consultation's
transcript opposite the member of staff (相談員：… / 今村：借金が…); several people listed on one line each with a
bracketed note, one of them a health matter (欠席は小川（インフル）、藤田（通院・喘息）); thoughts of dying in a
person's own words (死んだほうが楽, 消えてしまいたい) as health information; a romanised address given as the block and
a -cho town before the flat (3-14-7 Sakae-cho, Apt 202); a hyphenated romanised given name (Kim Ji-hoon); a mail's
subject naming a sensitive topic, then the person after a dash (Subject: Sick leave — Tanaka Hiroshi); a lost job, an
unpaid rent and an illness in Tagalog, Portuguese, Spanish and Vietnamese; a password as a later positional argument of
PHP's PDO and mysqli; a table header whose words hold digits (HbA1c, 第1回) is a header (a cell that is a number
makes a data row); 請求者 / 届出者 as labels like 請求人 / 届出人; a home visit's note in English (a fall, a walker, the
pills a person skips); a form's name or address label alone on its line joined to its value's lines (same length);
a quoted message opening with its writer's surname (「山﨑です😊 …」); variant kanji of names folded (﨑, 𠮷, 髙, 德);
half-width katakana field names (ｼﾒｲ)."""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    # a full name (and age) in brackets after the word for the record's subject
    ("juvenile_name_age", "関係機関会議：保護観察中の少年（内田 海斗、17）の就労先について保護司から相談。"),
    ("patient_bracket", "退院調整：患者（安田 光子）は誤嚥性肺炎で入院中、12/5退院予定。"),
    ("insured_bracket_age", "被保険者（森永 キヨ、98歳）要介護3、夜間の徘徊あり。"),
    ("girl_bracket_kana", "一時保護した少女（たなか みく）は腕にあざがあり、父親からの暴力を訴えている。"),
    # the person speaking opposite the member of staff in a consultation's transcript
    ("transcript_colon", "相談員：今日はどうされました？\n今村：借金が400万あって、家族にも言えなくて。"),
    ("transcript_brackets", "保健師「最近眠れていますか」\n須藤「いえ、うつ病の薬を飲んでも眠れなくて」"),
    ("transcript_cw", "CW：お変わりありませんか。\n大野：先月から透析が週3回になりました。"),
    # several people on one line, each with a bracketed note, one of them a health matter
    ("absence_list", "今日の欠席は小川（インフル）、藤田（通院・喘息）、遅刻は村井（父親の入院）です。"),
    ("duty_exemption_list", "夜勤免除：石原（妊娠中）、川口（通院のため）"),
    # thoughts of dying in a person's own words, with the person named
    ("dying_wish_named", "面談メモ：杉本 亮さん、「消えてしまいたい」と繰り返す。"),
    ("dying_better_named", "吉川 正さん（58）は「死んだほうが楽だ」と話していた。"),
    # a romanised address: the block and a -cho town, then the flat
    ("romaji_town_flat", "Visit note: Ms. Rosa Mendes (3-14-7 Sakae-cho, Apt 202) asked about the child allowance."),
    # a hyphenated romanised given name after a label; a mail's subject naming a topic, then the person after a dash
    ("hyphen_given_name", "Applicant: Kim Ji-hoon. New address: Green Court 101, 2-8-15 Midori-cho."),
    ("subject_topic_dash", "Subject: Sick leave — Tanaka Hiroshi (Tax Division)\nHis doctor recommends two months off."),
    ("subject_topic_arrears", "Subject: Re: Rent arrears - Gabriel Costa\nPlease see the notes from the visit."),
    # a lost job, an unpaid rent, an illness in the residents' languages, with the writer named
    ("tagalog_job_heart", "Ako si Maricel Dela Cruz. Nawalan ako ng trabaho at may sakit sa puso ang anak ko."),
    ("portuguese_job", "Meu nome é Juliana Costa. Meu marido Paulo perdeu o emprego e não consigo pagar o aluguel."),
    ("spanish_job", "Me llamo Lucía Pérez. Perdí mi trabajo y mi hija está hospitalizada."),
    # a password as a later positional argument of PHP's PDO / mysqli (the DSN or a $variable first)
    ("pdo_dsn_literal", "$pdo = new PDO('mysql:host=192.168.40.12;dbname=yoyaku', 'yoyaku_app', 'Rk8$vN2q!Lp');"),
    ("pdo_dsn_variable", "$pdo = new PDO($dsn, 'app', 'Kq7#mZ2v!x');"),
    ("mysqli_args", "$db = new mysqli('10.1.2.3', 'jumin', 'Zx8!kP3#qW', 'kiroku');"),
    # a header whose words hold digits (HbA1c) is still a header: its name column is read
    ("header_word_with_digit", "受診番号,氏名,年齢,HbA1c,LDL,判定\n10231,西村 浩二,58,7.9,162,要精密\n"
                               "10232,古川 典子,61,5.6,118,異常なし"),
    ("header_round_number", "氏名\t第1回\t第2回\t備考\n高野 光\t出席\t欠席\t入院のため"),
    # 請求者 / 届出者 as labels, like 請求人 / 届出人
    ("claimant_label_spaced", "請求者 荒川 俊介 生年月日 昭和58年7月3日 住所 北区赤羽台4-17-2-1305"),
    ("notifier_label", "届出者：野沢 恵美\n続柄：母\n理由：長男の不登校について相談したい"),
    # a home visit's note in English: a fall, a walker, the pills a person skips
    ("visit_note_english", "Visited Mr. Hasegawa Tomio (81) at home. He fell in the bathroom and now uses a walker. "
                           "His daughter says he skips his blood pressure pills."),
    # a form's label alone on its line, its value on the lines after it (a PDF pasted as text)
    ("label_lines_name_address", "転居先：\n埼玉県さいたま市\n緑区東浦和\n５－１２－８\n氏名：\n浅井\n理恵"),
    ("label_line_name_dob", "氏名：\n浅井 理恵\n生年月日：\n昭和50年1月1日"),
    # a quoted message opening with its writer's surname (a variant kanji folded: 﨑 → 崎), with a mobile
    ("quoted_intro_mobile", "このLINEの返信考えて\n「山﨑です😊 息子の件、また相談させてください📱０８０‐４４２１‐７７９３」"),
    ("quoted_intro_topic", "「田中です。うつ病で通院しています。来週の面談を変更したいです」"),
    ("variant_kanji_name", "髙橋 㐂代子さん（８６）宅訪問。最近もの忘れがひどく、入浴はデイサービスで。"),
    # a system's half-width katakana field names
    ("katakana_labels", "ｼﾒｲ:ﾀｹｳﾁ ﾏｻﾙ\nﾃﾞﾝﾜ:090-3318-4420"),
]

ALLOW = [
    # brackets after a subject word holding no name: an age band, an anonymised label, a role
    ("juvenile_age_band", "保護観察中の少年（10代後半）の就労支援について、制度の概要を教えてください。"),
    ("patient_anonymised", "患者（Ａさん）の事例を使った研修資料の作り方を教えて。"),
    ("insured_role", "被保険者（世帯主）が納付義務者となります。"),
    # a transcript with no member of staff, an oral-history interview, a staff briefing
    ("interview_oral_history", "聞き手：戦争のころは？\n山田：兄が結核で入院していました。"),
    ("staff_briefing", "職員：病気休暇の制度について説明します。\n田中：通院の場合も使えますか？"),
    ("transcript_no_topic", "相談員：今日はどうされました？\n今村：近所の公園の遊具が壊れていて危ないです。"),
    ("play_script", "脚本の続きを書いて。\n太郎「おばあちゃん、入院したって本当？」\n花子「うん、でも元気だよ」"),
    # lists of people with bracketed departments, places or posts
    ("lecturers_departments", "講演会の講師は山田（精神科）、鈴木（心療内科）、佐藤（保健師）です。"),
    ("players_prefectures", "出場選手：佐藤（東京）、鈴木（大阪）、田中（愛知）。"),
    ("absence_rule_list", "欠席理由の区分：病気（通院・入院）、家庭（法事）、その他（　）"),
    # thoughts of dying in the abstract, in a helpline notice and in literature
    ("helpline_notice", "「死にたい」「消えてしまいたい」と思ったら、こころの健康相談ダイヤルへお電話ください。"),
    ("literature_quote", "太宰治の作品に見られる「死にたい」という表現について、レポートの構成を考えて。"),
    # a public facility's romanised address, a room to book
    ("romaji_facility_room", "Ms. Rosa Mendes asked where the community centre (3-14-7 Sakae-cho) is; Room 2 can be booked."),
    # a subject naming a public event and its speaker, a subject with no topic
    ("subject_seminar_speaker", "Subject: Mental health seminar — Maria Lopez\nThe seminar will be held on Friday."),
    ("subject_meeting_name", "Subject: Budget meeting - Tanaka Hiroshi\nPlease see the attached file on sick leave rules."),
    ("hyphen_public_figure", "Translate: President Moon Jae-in visited the city in 2019 and planted a tree in Chuo Park."),
    # the same words in a general notice in the residents' languages
    ("tagalog_notice", "Kung nawalan ka ng trabaho, maaari kang kumonsulta sa Hello Work tuwing Miyerkules."),
    ("portuguese_notice", "Se você perdeu o emprego, procure a Hello Work. Atendimento em português às quartas-feiras."),
    # PDO / mysqli with variables, an empty password, the manual's placeholders
    ("pdo_variables", "$pdo = new PDO($dsn, $user, $pass);"),
    ("pdo_empty_password", "$pdo = new PDO('mysql:host=localhost;dbname=test', 'root', '');"),
    ("mysqli_manual", "$db = new mysqli('localhost', 'my_user', 'my_password', 'my_db');"),
    # a table whose header cells are numbers is no header (a data row): statistics by year
    ("year_columns", "氏名,2026,2027\n佐藤 一郎,3,4"),
    ("stats_by_year", "区分,R7,R8\n相談件数,38,45\n入院件数,12,9"),
    # the label word in a form's instructions; health words in a general leaflet
    ("claimant_instruction", "請求者の欄には本人の氏名を書いてください。"),
    ("falls_leaflet", "Many older people have a fall at home. Check your blood pressure and take your pills as prescribed."),
    # a blank form's labels on their own lines; a template's placeholders
    ("label_lines_blank", "氏名：\n\n（記入しないでください）\n住所：\n"),
    ("label_lines_placeholder", "住所：\n〇〇市〇〇町\n氏名：\n〇〇 〇〇"),
    # a quoted business message opening with the unit, an office's message, a name given by a caller in a story
    ("quoted_unit_intro", "「総務課の山﨑です😊 明日の会議資料、共有フォルダに入れました」"),
    ("quoted_office_intro", "「市役所です。本日の面談の件でお電話しました。折り返しお願いします」"),
    ("katakana_label_question", "シメイ（氏名）欄の書き方を教えて"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
