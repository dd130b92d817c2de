"""Issue 13, round 35 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a number told private in a note after it counts wherever a label before it would (a speaker's line, a booking line,
  a venue's line, an organisation's mail line): ``講師：… 0466-…（自宅）``, ``…、ご自宅の番号です``.
- the first wave's classes: an English letter's writer signing after a closing and speaking of their own health or
  family (``I have …``, ``My son has …``); a relative of someone named (``the younger brother of …``) and the police
  taking them; a member of staff with the title glued to the full name and a cancer named with its treatment
  (``…係長ですが、…がんで入院``, ``抗がん剤``); a meeting's subject by unit and post after a bare ``対象：``; a reason
  for not renewing a contract; an HTML table's cells read as a TSV's (the tab right after a value); the fixed winner and
  the bids talked over (``落札予定者と``);
- not: a short katakana topic inside a longer katakana word (``アザ`` in a place's reading); newcomers welcomed by a
  label (``着任者：``) beside a venue's address and a question on allergies; a role-play's scenario in brackets.
- the second wave's classes: a Latin full name's surname or given name used alone later on (``Daniel Whitcombe rang …
  Whitcombe asked …``); a pupil's name in an English report with "his English textbook" (no story); a person named after
  "a woman from …," or "a man … named …"; ``until the 内示`` in English; a household's child by class at a named school
  (``B家　長女（北条中1年2組）``); a member of staff's own card used in a test report (``私物カード``); a doctor's referral
  letter is no consented article; a pupil's row whose later sentence names the 担任;
- not: markings indented under a display example (``表示例（見本）：``) or listed before ``などの格付を表示``; a quiz's
  textbook name (山田太郎 in a choice); a parasport (車いすフェンシング); a vaccine's delivery; a check-up's doctors
  (健診従事医師); statistics a body published, summed up for an internal paper (``…が公表した``); a quiz asking ○／×.
- after the second wave: a residence card spaced after "her card" or near the immigration office; a name as the subject
  of "was stopped / taken / detained" with a pronoun after; a name with a bracket before its verb (``Kim Min-jun
  (international student, …) came``); an NHI card's symbol and number in English;
- not: a font's "symbol set, number 3".
- the third wave's classes: ``Insured person:`` as a record's label; a name with a bracket before ``has submitted``; a
  name with "(mother, …)" after it; a password said to have changed and its new value in the next words; whose turn it
  is in a bid (``順番決まってる``, ``付き合いだけ``); a pupil by class and number (``2-4の7番の子``);
- not: a "Disability Services" leaflet's title; a speech's guests with their posts after a comma (Chairperson,
  President); a 記入例 drafted in a chat, its values 〇〇, XXXX, 000…; a shop's phone (お店の電話は) and a shop by its trade
  (花屋さん); names agreed to be printed (載せてよいと); a bid result's row (``予定価格 … 落札 …``); a new head's greeting on
  issues (不登校やいじめの問題に).
- the fourth wave's classes: the office's own target in a negotiation memo (``当方目標``); an estimate as "our estimate
  says" (``うちの積算だと上限が…``);
- not: a level given as a list item's answer after an arrow (``… → 機密性２``); officials with their title before the name
  in English (``Consul General H.E. Mr. …``, ``Director-General for …, Ms. …``).
- the fifth wave's classes: a post's one holder as what a chat is about (``係長の件、聞いてる？``); a colleague's debts
  (``消費者金融から``); an English DV note's bruises, shelter and protection order;
- not: bid results asked to be put on the web page (``開札結果をホームページに載せる``); a wheelchair user's eye level in a
  facility's design; a quiz of choices (``選択肢式10問``) grading items as 公表前 or 機密性２.
- after the second closing measure: a bid-rigging mail naming this time's winner and the next case's in one breath, the
  others above (``今回は…が取る、次の…``, ``それより上で出す``); not: opened results labelled as the web page's in brackets
  (``開札結果（ホームページ公表分）``).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("speaker_line_home_note", "講演会のご案内を整えて。\n\n講師：森岡 早苗（みどり設計事務所）　0466-28-5531（自宅）\n資料は当日配布します。"),
    ("speaker_line_home_said", "講演会のご案内を整えて。\n\n講師：森岡 早苗（みどり設計事務所）　0466-28-5531、ご自宅の番号です\n資料は当日配布します。"),
]

BLOCK += [
    ("english_signature_own_health", "Please reply kindly.\n\nDear City Office,\nI have been told I have asthma and I need "
     "help with the school form.\n\nKind regards,\nLucia Moretti-Bianchi"),
    ("english_signature_child", "Translate, please.\n\nHello,\nMy daughter has epilepsy and takes medicine at lunch.\n\n"
     "Thank you,\nGrace Adeyemi"),
    ("english_kin_of_name", "Summarise this call.\n\nThe caller is the older sister of Mehmet Kaya. She said Mehmet was "
     "detained by police last night."),
    ("glued_title_cancer", "文面を整えて。\n\n総務課の片桐 亮介係長ですが、奥様ががんで入院されたため、今月は早退が増えます。"),
    ("glued_title_anticancer", "日程調整の文を。\n\nなお、当係の村瀬主査は抗がん剤の治療で毎週金曜は休みます。"),
    ("subject_unit_post", "議事録にして。\n\n対象：市民課 窓口係 主査（Y.T.）\n・6月から休職（うつ病）、復職は未定"),
    ("non_renewal_reason", "通知文案を。\n\n対象：市民会館 受付（会計年度任用職員）　千早 美月さん\n不更新の理由：遅刻が多い、苦情あり"),
    ("html_table_padded", "TSVにして。\n\n<table>\n<tr><th>No</th><th>利用者</th><th>区分</th></tr>\n"
     "<tr><td>1</td><td>柳田 晴美</td><td>生活保護</td></tr>\n<tr><td>2</td><td>江口 大和</td><td>就学援助</td></tr>\n</table>"),
    ("bid_winner_and_bids", "報告書に。\n\n匿名の電話：次回の舗装工事は、落札予定者と入札額をもう決めてあるとのこと。"),
]

BLOCK += [
    ("latin_surname_later", "Shorten this.\n\nHi,\nOlivia Brennan called from her flat this morning and will not come in "
     "this week. She has been seeing a doctor since spring, and on Monday the doctor said her depression is worse. Brennan "
     "asked that the school only be told she is unwell, and she had a panic attack at work last week.\n\nThanks,\nKeita"),
    ("pupil_own_textbook", "Summarise.\n\nOur ALT noticed that Haruki Tsutsumi in class 3-1 had words written on his math "
     "textbook. Tsutsumi's father phoned: he has refused to come to school for a week."),
    ("woman_from_named", "Summarise for the handover.\n\nI interpreted for a woman from Peru, Rosa Quispe Mamani, on "
     "Tuesday. She said her partner's violence started last year."),
    ("man_named", "Make this clearer.\n\nA man in his 30s named Tran Minh Khoa came to the desk. His visa expired in "
     "March and he lost his job."),
    ("naiji_in_english", "Write a short message.\n\nJust between us: the April moves aren't out until the 内示, but Sato "
     "is going to the Water Division and Kondo will replace him."),
    ("household_child_class", "表にして。\n\n対象：C家　長男（南中2年3組）、次男（南小5年）\n- 長男は欠席が増えている。母はうつ病で通院中。"),
    ("own_card_in_test", "報告に。\n\n・テストカード 4111 1111 1111 1111 は正常\n・疎通確認で担当の私物カードで1円決済\n"
     "  カード番号 4539 1488 0343 6467　有効期限 09/28"),
    ("referral_letter", "整えて。\n\n保護者の同意を得てご紹介します。\n児氏名：杉浦 陽向くん　令和5年4月2日生\n"
     "・指さしみられず、発達検査を勧めた\nご高診のほどよろしくお願いいたします。"),
    ("pupil_row_teacher_later", "整理して。\n\n・小野寺 蓮（3B）10月以降欠席増、登校は2日。担任と時々話せている。\n"
     "・母は心療内科に通院中。"),
]

ALLOW = [
    ("speaker_line_office", "講演会のご案内を整えて。\n\n講師：森岡 早苗（みどり設計事務所）　0466-28-5531\n資料は当日配布します。"),
]

ALLOW += [
    ("katakana_inside_reading", "CSVにして。\n\n[{\"name\":\"字小松\",\"kana\":\"アザコマツ\"},{\"name\":\"本町\",\"kana\":\"ホンマチ\"}]"),
    ("newcomers_welcome", "歓迎会の案内を。\n\n・着任者：今村 大輔 課長（前：税務課）、水野 さくら 主事\n・場所：居酒屋 ひなた（本町2-3-4）\n"
     "・アレルギーがあれば幹事の堀まで。"),
    ("role_play_scenario", "研修案内を。\n\n内容：ロールプレイ（うつ病の方への窓口対応）\nALTのジョンさんに相談者役をお願いします。"),
    ("english_staff_letter", "Check my English.\n\nDear Mr Lee,\nI have attached the flyer for the diabetes prevention "
     "seminar.\n\nBest regards,\nAya Kondo"),
]

BLOCK += [
    ("residence_card_her_card", "Fix the grammar.\n\nHi Tom,\nFor the form you'll need these: her card is QX 30418275 LM, "
     "status Student, expires 30 June."),
    ("stopped_by_police", "Rewrite neutrally.\n\nLiam Osei-Grant was stopped by police near the station on Friday night. "
     "He said he has been drinking more since his divorce."),
    ("bracket_before_verb", "Simplify.\n\nPark Ji-hoon (exchange student, Kaisei University) came to the counter on 8 May. He "
     "had not joined National Health Insurance. Insured person's card: symbol 市国-07, number 0042215."),
]

BLOCK += [
    ("insured_person_label", "Translate.\n\nInsured person: TAKAYAMA Fumie\nCertified level: Care Level 2\nAssessor comments: "
     "needs help with bathing; two falls this year; diagnosed with dementia in March."),
    ("bracket_has_submitted", "Make this warmer.\n\nSakamoto Yuji (Parks Section, chief clerk) has submitted a doctor's "
     "certificate for sick leave. He said the workload was the main trigger."),
    ("bracket_mother", "Minutes please.\n\npresent: Aya Mori (CW), Hana Ishii (mother)\n- Sora (3) came to nursery in the same "
     "clothes again; bruise on his cheek. Ishii says he fell."),
    ("changed_password", "引き継ぎメモに。\n\n10:02 共有フォルダのパスワードが変更になりました。新しいのは Hm7#kq2Lz9 です。"),
    ("bid_turn_chat", "要点を。\n\n窓口で業者が「次の橋梁工事はもう順番決まってるんで、うちは付き合いだけです」と話していた。"),
    ("class_number_pupil", "柔らかく。\n\n2-4の7番の子のことで共有です。お父さんが逮捕されたと連絡がありました。"),
]

ALLOW += [
    ("disability_services_leaflet", "Polish.\n\nHi Ms. Tanabe,\nWe updated the \"Guide to Disability Services\" leaflet and "
     "need the translations by August.\n\nThanks,\nKen Oda"),
    ("speech_guests", "Shorten.\n\nI welcome our guests: Ms. Aiko Mori, Chairperson of the City Council, and Mr. Paulo Reis, "
     "President of the Brazilian Association. I also thank Ms. Grace Lee for her work."),
    ("chat_form_example", "見直して。\n\n福田 15:02\n記入例のたたき台です\n\n福田 15:03\n請求者氏名：山田 太郎\n"
     "生年月日：昭和60年1月1日\n住所：〇〇市〇〇町1-2-3\n電話：000-0000-0000"),
    ("shop_phone_florist", "案内文に。\n\n12:10 幹事 平野　店が取れました。お店の電話は 048-555-0199 です\n"
     "12:15 幹事 平野　主賓は林さんです\n12:18 幹事 久保　花束は花屋さんに頼みます"),
    ("consent_reply_roster", "お礼文を。名前は会報に載せてよいと全員から返事をもらっています。\n\n・英語：Olivia Brandt さん、"
     "須藤 海斗 さん\n・中国語：王 芳 さん\n・タガログ語：マリア・レイエス さん"),
    ("bid_result_chat", "結果表に。\n\n契約 青山 11:31\n①市道舗装工事 予定価格 18,400,000円 落札 株式会社東和 16,820,000円"),
    ("greeting_issues", "HTMLを整えて。\n\n<p>小柳 恵子氏が教育長に就任しました。「不登校やいじめの問題にも地域と向き合います」</p>"),
]

BLOCK += [
    ("negotiation_own_target", "返信の下書きを。\n\n・初回見積 2億1,000万円\n・当方目標 1億7,500万円、補正で1億9,000万円までは確認済み"),
    ("estimate_our_figure", "端数処理を教えて。\n\n来週開札の体育館改修、うちの積算だと上限（税抜）が52,300,000円で、下限はその90%です。"),
]

ALLOW += [
    ("answer_arrow_levels", "クイズにして。\n\n・相談者の氏名が載った記録 → 機密性２以上\n・公開済みの生活ガイド → 機密性１\n"
     "・公告前の予定価格 → 機密性２"),
    ("officials_title_before", "Check the English.\n\nWe confirm the courtesy call by Consul General H.E. Mr. Tran Van Long to "
     "Governor Kenji Aoki.\nAttendees: Director-General for International Affairs, Ms. Yuka Mori; Director of the Tourism "
     "Division, Mr. Koji Sato"),
]

BLOCK += [
    ("post_holder_chat", "返事の文案を。\n\n(チャット)\n田中: 係長の件、聞いてる？\n田中: 係長、離婚調停中で給料を差し押さえられるかもって"),
    ("colleague_debt", "断りの文を。\n\n同じ係の三浦さん（主任）が、消費者金融から150万円くらい借りているらしい。"),
    ("english_dv_note", "Draft a letter.\n\nMaria is at the temporary shelter with her kids. Husband = Carlos Souza, 38. She "
     "showed photos of the bruises from March."),
]

ALLOW += [
    ("results_to_web", "開札結果をホームページに載せるので表にして。\n\n入札執行結果\n工事名　町道改良工事\n開札日　令和6年7月9日\n"
     "予定価格（税抜）　43,290,000円\n\n入札者　入札額\n㈱菅原土建　41,200,000　落札"),
    ("wheelchair_design", "議事要旨に。\n\n・車いす利用者の目線の高さで見えるかを緑区で実地確認（大槻さんが段取り）"),
    ("quiz_of_choices", "小テストを作りたいです。選択肢式10問で。\n\n・区民まつりのチラシ原稿（公表前） → ？\n・開札前の予定価格調書 → 機密性２"),
]

BLOCK += [
    ("bid_turns_in_one_breath", "要点メモに。\n\n来月の体育館改修の入札はもう決まっているようです。今回は北辰建設が取る、次の浄水場の件は"
     "丸栄、という話でした。他の2社はそれより上で出すそうです。"),
]

ALLOW += [
    ("results_web_bracket", "開札結果（ホームページ公表分）を表にして落札率を計算して。\n\n案件名：保健所 空調改修工事\n"
     "予定価格（税抜）：42,700,000円\n\n入札者名　入札額\n株式会社湖南設備　38,150,000円　落札"),
]

ALLOW += [
    ("font_symbol_set", "Explain this setting.\n\nFont: symbol set, number 3 of the list. The insurance card template uses it."),
]

ALLOW += [
    ("marking_display_example", "手順書の文に。\n\n・電子文書は右上に【機密性２】【機密性３】などの格付を表示する。\n"
     "・表示例（見本）：\n　　【機密性２】\n　　【取扱制限：複製禁止】"),
    ("quiz_textbook_name", "解答と解説を。\n\n問1 機密性２以上に当たる情報はどれか。\n ア 公民館の開館時間\n"
     " イ 「鈴木花子さん（38歳）が児童扶養手当を受給している」という情報"),
    ("parasport_award", "HTMLにして（公表済み）。\n\n区分\t氏名\t主な功績\n市民栄誉賞\t三船 航\t車いすテニス 全国大会優勝\n"
     "文化賞\t有馬 静\t書道"),
    ("vaccine_delivery", "表にして。\n\n・10:40 ○○薬品の木村さんから電話。インフルエンザワクチンの納品を11/6に変更したい。"),
    ("checkup_doctors", "表にして。\n\n・13:05 医師会の岡部さんから。12月の健診従事医師の派遣表を確認してほしい。"),
    ("published_stats_internal", "人事委員会が公表した採用試験の結果です。課の内部検討資料用に箇条書きで。\n\n区分\t申込者数\t倍率\n行政\t612\t5.1"),
    ("quiz_ox", "小テストを作って。「次の作業を生成AIに入力してよいか（○／×）」を問う問題です。\n\n1. 公表済みの資料の英訳\n"
     "2. 内示前の人事異動案の文章チェック"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
