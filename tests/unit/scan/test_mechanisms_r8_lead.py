"""Issue 13, round 8, the lead's mechanisms (table tests of positive and negative rows, written apart from the
probe files): health words written in kana (a child's or a parent's note, handwriting read by OCR, voice input left
unconverted) and a few health words of home care; a contact card's formatted name (vCard ``FN:``); percent-escaped UTF-8 in a log or a query string, and ``name=`` as a
label; a name given in answer to a question for it (Q. お名前は？ / A. 河合 蓮です); a resident's own words about the
rent, the job and a notice to leave; an election's published list of candidates (ages and parties are public); a
member of staff given as the value of 職員: in a personnel record (a transfer wish, a self-report) is its subject; a
個人番号 assigned to a field named for it (SET my_no = '…'); a member of staff followed by their own family member
(回答者：保育課 平田 真理子）夫のDVで…) is the subject of what follows on the line; a full name in brackets after a
record role (本人（飯田 哲也）, 相談者（…）, 世帯主（…）); in a prompt that asks for an age, a date of reference or of
a period (…現在, …から受付) or an example input (例えば …) is no birth date."""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    # a full name in brackets after the person's role in a case record
    ("self_bracket_arrears", "11/5 臨戸。本人（飯田 哲也）不在。\n11/12 電話。住民税・国保税あわせて約48万円滞納。"),
    ("consultant_bracket_rent", "相談者（小野 由美）は家賃を3か月滞納、来月退去を求められている。"),
    ("householder_bracket_kana", "世帯主（たなか ひろし）、生活保護の申請を検討中。"),
    # health words in kana beside a named person
    ("kana_fever_child", "れんらくちょう\n田中 蒼太（4さい）\nゆうべ から ねつ が あって くすり を のませました"),
    ("kana_hospital_stay", "きむら はなこ さん（82）は きのう から にゅういん して います"),
    ("kana_dementia", "本町の 佐久間 トメさん、にんちしょう が すすんで ひとりで くらすのが むずかしい"),
    ("insulin_visit_nurse", "利用者：井上 一郎（79）\nインスリンの自己注射が難しくなり、訪問看護を週3回に増やす。"),
    ("high_fever_name", "保育園から連絡：森田 ひなた ちゃん、朝から高熱のためお迎えをお願いしたいとのこと。"),
    # a spaced full name in kana right before an age (the dictionary reads ソウタ as a common noun)
    ("kana_name_age_fever", "れんらくちょう\nﾀﾅｶ ｿｳﾀ（4さい）\nゆうべ から ねつ が あって くすり を のませました"),
    ("hiragana_name_age_hospital", "ほうもん メモ\nいしかわ さだお（82歳） にゅういん ちゅう"),
    # a contact card's formatted name with a personal mobile and a home address
    ("vcard_fn_mobile", "BEGIN:VCARD\nVERSION:3.0\nFN:高橋 直美\nTEL;TYPE=CELL:090-4417-2281\nEND:VCARD"),
    ("vcard_fn_home", "BEGIN:VCARD\nVERSION:4.0\nFN:Daniel Okafor\nADR;TYPE=home:;;2-5-7 Motomachi;Naka-ku;Yokohama;;\n"
                      "TEL;TYPE=cell:080-3312-9904\nEND:VCARD"),
    # percent-escaped UTF-8 in a request log, the name after name=
    ("percent_name_in_log", '"POST /apply HTTP/1.1" 200 "name=%E5%AE%AE%E6%9C%AC%20%E7%BF%94&tel=090-5521-7783"'),
    ("percent_plus_spaces", "GET /search?shimei=%E5%B0%8F%E6%9E%97+%E5%84%AA%E5%AD%90&birth=1979-03-02 HTTP/1.1"),
    # a name answering a question for it, in a Q&A record and in a call's transcript
    ("qa_name_answer", "Q. お名前は？\nA. 河合 蓮です。\nQ. ご用件は？\nA. 会社をクビになって、家賃が払えません。"),
    ("transcript_name_answer", "相談員：お名前をお願いします。\n相談者：石井 和美と申します。\n相談者：夫が失業して生活が苦しいです。"),
    ("staff_label_transfer_wish", "異動希望の面談記録\n職員：市民課 主事 木下 彩\n理由：夫の転勤に伴い、通勤時間の短い支所を希望。"
                                  "不妊治療で通院中。"),
    ("staff_label_self_report", "自己申告書の内容を要約して。\n職員名：高橋 誠（建設課 技師）\n家庭の事情：父が要介護2、週2回通院の付き添いあり"),
    # a list of candidates that is no election's: an internal selection with evaluations
    ("internal_candidates", "係長昇任候補者（内部検討用）\n1 山下 大輔（42）税務課 主査 人事評価A\n2 藤原 さとみ（39）市民課 主査 "
                            "人事評価B 病気休暇あり\n3 大島 隆（45）福祉課 主査 人事評価A"),
    ("sql_set_my_no", "UPDATE jumin SET my_no = '602177533840' WHERE atena_no = 40021987;"),
    ("camel_assignment", "const payload = { myNo: \"602177533840\", status: 'new' };"),
    ("staff_own_husband_dv", "・（回答者：保育課 平田 真理子）夫のDVで別居中のため、旧姓での表示を継続してほしい。"),
    ("staff_own_mother_care", "主事 森 健太、母の認知症が進み、来月から介護休暇を取りたいとの相談あり。"),
]

ALLOW = [
    # a prompt about ages: dates of reference, of a period, and example inputs are no birth dates
    ("age_table_as_of", "年齢別人口（令和8年4月1日現在）を表にして。0〜14歳 12,345人、15〜64歳 56,789人"),
    ("age_example_input", "この日付から年齢を計算する関数を書いて。例えば 1990-01-01 なら36歳です。"),
    ("age_question_start_date", "何歳から受けられますか？ 2026年12月1日から受付開始です。"),
    # a role with a bracket that holds no name
    ("self_bracket_blank", "本人（記入不要）欄は空欄のままで、滞納の有無を確認してください。"),
    ("consultant_bracket_count", "相談者（延べ 128 人）のうち、家賃の滞納に関する相談が2割を占めた。"),
    # kana health words with no person: a notice, a leaflet, a picture book
    ("kana_fever_notice", "ほけんだより\nねつ が あるときは むりを せず おやすみ しましょう。くすり の のみかた にも きをつけて。"),
    ("kana_hospital_checklist", "にゅういん の ときの もちもの\n・パジャマ ・タオル ・はぶらし\n・くすり の てちょう"),
    ("insulin_public_leaflet", "糖尿病教室のご案内：インスリン注射の正しい打ち方を、看護師が説明します。"),
    ("visit_nurse_directory", "市内の訪問看護ステーション一覧（令和8年4月現在）を掲載しています。"),
    ("high_fever_guidance", "お子さんが高熱を出したときは、こども医療電話相談（#8000）をご利用ください。"),
    # kana before an age that is no name: a pet, a class of a nursery
    ("kana_pet_age", "うちの ネコ タマ（3歳）が ねつ が あって どうぶつびょういん に いきました"),
    ("kana_class_age", "もも ぐみ（4さい）の みなさん、あしたは えんそく です"),
    # contact cards of an office, and FN as an abbreviation outside a card
    ("vcard_office", "BEGIN:VCARD\nVERSION:3.0\nFN:市民課 窓口係\nTEL;TYPE=WORK:03-5555-0199\nEND:VCARD"),
    ("fn_false_negatives", "評価結果\nTP: 182\nFN: 11\nFP: 7\n再現率を計算してください。"),
    # percent escapes of ASCII (URL structure), and a log with no person
    ("percent_ascii_only", "GET /api?q=a%2Fb%3Dc&redirect=https%3A%2F%2Fexample.com%2F HTTP/1.1 200"),
    ("percent_public_search", "GET /search?q=%E5%B8%82%E7%AB%8B%E5%9B%B3%E6%9B%B8%E9%A4%A8 HTTP/1.1 200"),
    ("name_kwarg_in_code", "df = pd.DataFrame(data, columns=cols)\nplot(name=title, color=blue)"),
    # a question for the name answered by a placeholder or a role; rent and jobs in public text
    ("qa_placeholder_answer", "Q. お名前は？\nA. （氏名）です。\nQ. ご用件は？\nA. （相談内容）"),
    ("qa_role_answer", "Q. 担当者のお名前は？\nA. 市民課の窓口担当です。"),
    ("rent_support_notice", "家賃が払えないときは、住居確保給付金の制度があります。失業して収入が減った方が対象です。"),
    ("election_candidates", "選挙公報の候補者一覧を、届出順の表にしてください。\n\n1 山下 大輔（52）無所属 新 会社役員\n"
                            "2 藤原 さとみ（47）立憲 現 市議会議員\n3 大島 隆（61）自民 元 県議会議員"),
    ("mayoral_election_candidates", "市長選挙の立候補者一覧（届出順）\n・中川 修一（58）無所属 現\n・石田 由美（49）無所属 新"),
    ("staff_label_duty", "職員名簿の作り方を教えて。\n職員：税務課 主任 安田 浩\n担当業務：固定資産税、通院中の方への訪問対応"),
    ("my_note_field", "my_note = 'remember 602177533840 for the order'"),
    ("sql_bind_my_no", "UPDATE jumin SET my_no = :my_no WHERE atena_no = :atena_no;"),
    ("staff_duty_children", "担当：子育て支援課 山田 花子、子どもの虐待防止研修の講師を務めます。"),
    ("staff_duty_family_care", "担当：福祉課 山田 花子、家族の介護相談の受付（毎週水曜）"),
    ("staff_mothers_day", "広報担当 主事 森 健太、母の日のイベント案内を作成しました。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
