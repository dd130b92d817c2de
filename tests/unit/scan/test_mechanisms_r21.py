"""Issue 13, round 21 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- someone identified without a name: dotted initials addressed or labelled (recognizers/initials), a class list's rows
  under a header naming the class and the attendance number (record_number.seat_rows), a case number with its office's
  kanji (保3-1129), a patient by ward and room with their age, a group's count that leaves one (うち外国籍は1名), the one
  applicant (応募は本人のみ), the one household (この家だけ), the only one in English whatever the qualifiers, the one
  pupil of a small school's grade (3年（1名）), a household of a hamlet whose homes are counted, a relative said as the
  household of a person known by their role (元PTA会長さんとこ、娘さん) (unique_subject); a story of the past
  (明治の頃…ただ一人の医師) is history, a published hospital or a large count is nobody;
- the subject described on the line before an address given as its location field (対象者：…（79歳男性） ⏎ 所在：…);
  an address after 自宅前（ (address_residents);
- a value sent in pieces over a sender's chat messages (markup_chats), a password on the line after its label or after
  "sent in two parts" (_credential_forms.NEXT_LINE_PW);
- the named writer of a message speaking of their own health (writer_self + aggregate_residents.rule_writer_own_matter);
- staff: 休職延長 as a health status, a title in brackets after a glued name and an evaluation grade right after it
  (吉岡健太（主事）評語B), a surname with 氏 and a record's word on its line, a katakana name with middle dots before 氏,
  English labels Staff: / Evaluatee:, harassment described in English;
- a filled-in form's layouts (markup_forms): checkbox choices, labels in box corners, key,value rows, spaced dates;
- a note of the document's own keeping its contents in (※…職員以外に口外しないこと, 見積内容は外部に出さないこと);
- second wave (h21g–l, sealed h21u/v): a romanised roster in passport order before sex and age cells; a relative of a
  household named by its trade with a bracketed shop name; a household by its house name heading a list item (屋号);
  a plan not yet out (まだ外には出ていない案); a price table before the opening; 異動の案 and 口外厳禁; 職員： with a health
  record after it; a file name's segment after a class's segment; a URL query's fields; a number over lines under its
  label; not: a public key after a login that prompts for a password, the DV support measure (支援措置（閲覧制限）), marking
  words talked about in a document said to be public, part of a short story;
- not: a count of a topic's holders (手帳の件数, 1,106人（+12.4％）), a talk's theme after テーマ：, a question whether a
  matter may be sent (…ならOKですか), a sentence quoted as an example in English (a sentence like "…"), a rule about
  secrecy in general (秘密を口外しないこと（地方公務員法…）).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("initials_labelled_class", "面談記録を整えて。\n対象：M.T.（3年1組・男子）\n9/5 腕に自傷の痕。希死念慮あり。"),
    ("initials_addressed_chat", "連絡帳にして。\n[10:01] 担任：R.S.くんの保護者から連絡。てんかんの発作で昨日救急搬送されたとのこと。"),
    ("seat_rows_csv", "並べ替えて。\n学年組,出席番号,原因食物,既往\n4年2組,17,そば,アナフィラキシー\n5年1組,3,卵,じんましん"),
    ("seat_rows_markdown", "表にして。\n| 組 | 番号 | 性別 | 欠席日数 | 要因 |\n|---|---|---|---|---|\n| 2-4 | 9 | 女 | 52 | うつ病の診断 |"),
    ("ward_room_age", "論点を整理して。\n南病棟 305-A に入院中の方（81歳女性）は認知症の進行があり、退院後の行き先が決まっていません。"),
    ("case_number_kanji", "月報にして。\nケース番号：保3-1129\n世帯主は統合失調症で通院中。家賃の滞納あり。"),
    ("group_count_one", "報告文にして。\n青年部（部員11名、うち外国籍は1名）の外国籍部員から、職場でのいじめでうつ状態だと相談があった。"),
    ("one_applicant", "通知文を作って。\n募集区分：障害者枠　応募者：1名（この区分の応募は本人のみ）\n双極性障害で通院中、面接評価C。"),
    ("one_household", "注意点を教えて。\n地区：奥沢（小字、4世帯）\n対象：酒屋を営む世帯（地区で店をやっているのはこの家だけ）\n市県民税 滞納額 1,203,400円、差押え予定。"),
    ("only_one_english", "Translate this. She is the only Nepali care worker on the home's night shift, and she was "
                         "diagnosed with depression last month."),
    ("small_school_grade", "報告書の形にして。\n山際分校（全校児童6名）\n3年（1名）の回答：「おかあさんにたたかれる」"),
    ("role_household_relative", "中立的に直して。\n松ヶ丘2班の元PTA会長さんとこ、娘さんが覚醒剤で逮捕されたらしい。"),
    ("subject_line_then_location", "抜けを指摘して。\n対象者：公民館の裏、平屋にお住まいの方（79歳男性）\n所在：北見市豊地３丁目８－２\n"
                                   "状態：パーキンソン病、歩行器使用"),
    ("chat_password_two_parts", "手順書にして。\n[14:20] 能登: パスワードは2回に分けて送ります\n[14:21] 能登: Hx7#pQ2m\n"
                                "[14:21] 能登: Lw!83vZa"),
    ("password_next_line_label", "表にして。\nログインID：soumu-admin\nパスワード：\nKr4$mN8pQz!w"),
    ("writer_own_health", "メールを整えて。\nお疲れ様です。市民課の佐藤です。\n私事で恐縮ですが、妊娠していることが分かりました。"),
    ("staff_leave_extended_chat", "ToDoにして。\n[17:40] 人事課 綾瀬: 水道局の稲葉主査、6月から休職延長になります"),
    ("glued_name_title_bracket_grade", "表現を整えて。\n・吉岡健太（主事）評語B：期限管理が甘い。"),
    ("surname_shi_record", "要約して。\n山田氏は適応障害で休職中。"),
    ("katakana_dotted_shi", "要約して。\nマリア・ルイス氏は適応障害により病気休暇を取得。"),
    ("english_staff_label", "Rewrite politely.\nStaff: PARK Jiwoo (International Affairs Section)\nOverall rating: C. She is now "
                            "seeing a doctor for panic attacks."),
    ("english_harassment", "日本語に訳して。\nMr. KUBOTA Tetsuya has been making comments about my body and put his hand on my waist."),
    ("form_checkbox_era", "入力チェックして。\n氏名　宇佐美 恒一\n生年月日　□大正 □昭和 ■平成　３年　７月２２日"),
    ("form_box_labels", "清書して。\n┌氏名┐ 栗栖 大吾\n┌生年月日┐ 昭和６２年４月１９日"),
    ("form_key_value", "表にして。\n氏名,平良 朝子\n生年月日,1976/03/08"),
    ("passport_order_roster", "地区別に整理して。\n1　THAPA Bikash　男　9歳　ネパール　北見市豊地1-2-3　保護者 THAPA Sita\n"
                              "2　NGUYEN Minh　男　12歳　ベトナム　北見市豊地4-5-6　保護者 NGUYEN Lan"),
    ("relative_of_trade_household", "文書にして。\n・2丁目の角の魚屋（「まるよし」）さんちの長男、中学3年。夜に父親の怒鳴り声がするという。"),
    ("house_name_list_item", "整理して。\n■ 気にかけてほしい家\n・マルキ（まるき）さん：ご主人が人工透析で月水金は不在。"),
    ("organisation_plan_not_out", "想定問答を作って。\n【機構改革案】福祉部を二つに分ける。議会で説明する前なので、まだ外には出ていない案です。"),
    ("price_table_before_opening", "並べ替えて。\n入札前の予定価格一覧です。\n件名,開札予定日,予定価格,最低制限価格\n"
                                   "市道補修,2026/08/21,38,420,000,34,194,000"),
    ("transfer_plan_kept_quiet", "席次を考えて。\n4月異動の案（内示は3月10日、それまで口外厳禁）\n氏名　現所属　→　異動先\n"
                                 "大森 健　税務課 主査　→　総務課"),
    ("staff_label_health_after", "復職プランの下書き。\n職員：早見 拓郎　税務課 主任（41）\n病気休暇：R8.2.1～\n診断書：うつ病"),
    ("file_name_after_class", "エラーの原因を教えて。\nファイル 'S:\\支援\\R7_2年3組_鷹司蓮_ADHD診断書.pdf' にアクセスできません。"),
    ("query_string_child", "攻撃か見て。\nGET /hoiku/confirm?child_name=Mori+Aoi&child_birth=2020-05-14&tel=09011112222 HTTP/1.1"),
    ("contract_party_label", "条項を確認して。\n甲：緑野市\n乙：宇治 康弘（保護者）\n住所　緑野市本町2-8-15\n乙の子が骨折した。"),
    ("card_over_lines", "返金依頼にして。\n予約者　三輪 直人\nクレカ決済済み　番号\n4539 8812\n0463 2215"),
    ("handling_note_kept_in", "体裁を整えて。\n指名業者選定調書（案）\n1 株式会社 岩城組\n※指名業者名は入札執行後に公表。それまでは選定に関わった職員以外に口外しないこと。"),
]

ALLOW = [
    ("public_only_hospital", "本市で唯一の公立病院である市民病院は、令和8年度に病棟を建て替えます。"),
    ("large_count", "アンケート回答者（全校児童412名）のうち、いじめを受けたことがあると答えたのは5年生で12名でした。"),
    ("history_only_doctor", "明治の頃、この村にはただ一人の医師しかおらず、結核の患者を往診して回ったという。"),
    ("ward_plan", "病棟の再編について：東4病棟（48床）は地域包括ケア病棟に転換し、認知症ケア加算の算定を目指します。"),
    ("facility_location", "施設一覧\n対象者：市内の高齢者（65歳以上）\n所在地：北見市豊地３丁目８－２（福祉センター）\n内容：認知症予防教室"),
    ("k_anonymity_example", "Explain k-anonymity for a training slide, with a sentence like \"the only nurse on the night "
                            "shift was diagnosed with depression\" as the example."),
    ("stats_count", "答弁資料を要約して。\n精神障害者保健福祉手帳の件数を修正しました。\n療育手帳 1,106人（同 +12.4％）"),
    ("talk_theme", "ケンジ・タナカ氏の講演会（テーマ：糖尿病予防）の告知文を作って。"),
    ("question_may_send", "内示前の異動案の表をAIで整形するのはNGだと言われましたが、内示後の異動一覧ならOKですか？判断の基準を教えてください。"),
    ("secrecy_rule_in_general", "研修資料：職員は業務上知り得た秘密を口外しないこと（地方公務員法第34条）。"),
    ("writer_own_work", "保険年金課の樋渡です。私の担当する滞納案件について、差押えの手順を教えてください。"),
    ("public_key_prompted", "公開鍵認証でもパスワードを聞かれます。確認点を教えてください。\n\n"
                            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIhJG3qlmUIoRkBDZgcoUoSY271KrLr0jJSqVPmSK8QkW pc12"),
    ("registry_measure_question", "DV被害者の住民票の支援措置（閲覧制限）について、延長手続きの流れを教えてください。"),
    ("marking_words_talked_about", "研修スライドの文です。「取扱注意」「機密性」の言葉が出てくるけど、この資料自体は公開していいものです。"),
    ("story_part", "文芸コンクールに応募する短編の一部です。\n　みどり町のアパートの二階に、千早ユイは住んでいた。医者は「千早さん、検査の結果ですが」と言った。"),
    ("blank_checkbox_form", "様式を整えて。\n氏名　＿＿＿＿\n生年月日　□大正 □昭和 □平成 □令和　　年　　月　　日"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
