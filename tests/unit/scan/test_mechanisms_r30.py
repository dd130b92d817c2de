"""Issue 13, round 30 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- an old-style given name in katakana ending in a kanji (``… キヨ子さん``, ``… ハル江（90歳）``) after a spaced surname;
- a courtesy title between a subject line's label and a romanised name (``Subject: Dr. Ren KUROSAWA, …``);
- a bid-rigging tip told in words (the coming bid's fixed winner, the bids set in advance: ``落札予定者を…``,
  ``本命業者は…``, ``受注調整``), a non-public internal matter (``bid_rigging_tip``);
- the first wave's classes: a CSV row of a payroll export, a katakana full name and a 12-digit number in 4-4-4 groups;
  English words of a disability decision (``disability welfare services``, ``spinal cord injury``); a memo between two
  rule lines is no signature block; a unit's post holder after a relative clause (``…から来た税務係の係長ですが、…``);
  a non-public matter in the active voice (``まだ外に出していない``, ``議会には言わない``, ``まで一切しない``); the
  estimate's figure and the floor price in short words (``積算の最終値``, ``最低制限は``, ``積算は``); the trade's words of
  a rigged bid (``高めに入れる``, ``辞退する段取り``); an HTML table whose row ends break lines already (no blank line
  between header and rows); an elder found out at night (``寝間着のまま``); rent unpaid for months said in a chat;
  English labels of a police inquiry (``Subject person:``); a surname and an initial on a subject line; a middle
  initial after a label (``Name: Ashley M. BRENNAN``); a staff heading over a teacher's record (``…中学校 教諭 …（42歳…）``);
  a pupil keyed by grade, class and number in a log (``学年組番`` ⏎ ``2-3-18``);
- not: a question about handling such a tip, a training text on the law, a fair-trade ruling in the news, a council's
  list of questions on the topic, a form for recording tips; a katakana word with a kanji suffix that names no one; a
  member of staff named with their extension (``岡さん（内線3158）``); a quiz asking which things are of a level; a care
  home's name after its kind (``グループホーム きよみ``); assistant teachers' school days (``Ms. … : Higashi JHS (Mon)``); a
  fixture's number of one repeated digit; sample data with placeholder names in code; an open-data list of sights
  (``"name": "白浜海水浴場"``); a shop map's addresses with opening days; a document word and an initial on a subject
  line (``Appendix A.``); a benefits info session.
- the second wave's classes: the writer introduced with a title and a comma (``…課の主任、桑原俊介です``) or signing under
  two units, speaking of their own pay; a member of staff keyed by an export's number (``"staff_no": "207734"``); a
  unit's head as the subject of their own absence (``…出張所の所長が…出勤していない``); what an interviewee asked to keep
  out of a published article (``本人「これは書かないでね」``); a speaker living at an address (``…に住んでいる石動です``); a
  car's plate with its owner's mobile; an estate's door with の (``北浜団地の3号棟305の者です``);
- not: a permit register or a shop table whose header names a place's columns (``施設の所在地``, ``営業時間/定休日``); an
  open-data list of shelters; a list the office's site carries (``県のホームページで公開している``, ``（発表）``); a quiz on
  classifying information (``確認テスト`` … ``どれか``); a care home addressed by its kind and name; a clinic's closure notice
  with the emergency line; a cut documented example key; a fixture's staff numbers ``000001``.
- the third wave's classes: a foreign resident's katakana name of three characters or more with さん is no famous
  person (``ルーカスさん``); an initial and a surname before a post in brackets (``D. Okafor (ALT, …)``) heading notes; a
  do-not-share-yet in English notes; a contract not renewed in English; a harassment case's parties by unit and post
  (``相談者：…課 …係 主事（…）``); a unit's head asking for care leave (``…課の課長から介護休暇…``); a quoted CSV header
  with romaji keys (``"shimei"``); a manual's screen example taken from real work (``窓口対応のときに撮ったスクリーンショット``);
- not: a published disciplinary notice's post several hold with an age band (``主任（30代男性）``).
- the fourth wave's classes: a car's plate beside a sensitive topic (its owner's tax arrears); a table keyed by the
  staff number with no name column (``職員番号,所属,…,傷病名``); a nickname in quotes (``「ヤマさん」``);
- not: a clinic's name whose department prefix and kana start read as a name (``内　あおば内科クリニック``); a quiz's
  private addresses; a vendor's public configuration guide; a password given by its variable (``password=db_password``).
"""

from __future__ import annotations

import pytest

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("katakana_given_ko_welfare", "文章を整えて。\n\n相談記録：古館 キヨ子さん（84）は独居で、認知症の診断あり。年金のみで生活。"),
    ("katakana_given_e_age", "引継ぎメモを整えて。\n\n・砂川 ハル江（90歳）要介護4、胃ろう。長女が月1回来訪。"),
    ("romaji_doctor_subject", "Summarise in Japanese.\n\nSubject: Dr. Ren KUROSAWA, paediatrics\n"
                              "- Off sick since 3 March with depression; occupational health advises a phased return."),
    ("bid_rigging_winner_fixed", "時系列にまとめて。\n\n通報メモ（11/28 15:10 受付）\n"
                                 "来月の北浜小学校体育館改修工事について、指名業者の間で落札予定者を大洋建設とすることで話がついているとの電話。"
                                 "通報者は名乗らず。"),
    ("payroll_csv_kana_grouped", "桁をそろえて。\n\n1201,ｻｻｷ ﾘｮｳﾀ,1979/05/11,2604 1183 7710,株式会社北星運輸,4120000\n"
                                 "1202,ﾖｼﾀﾞ ﾐｻｷ,1990/12/03,4417-3095-2216,株式会社北星運輸,3380000"),
    ("english_disability_decision", "Translate into plain English.\n\nDear Ms. PHAM THI LAN,\nWe have approved disability "
                                    "welfare services (home help, 20 hours a month) after your spinal cord injury."),
    ("memo_between_rules", "箇条書きにして。\n\n---\n10/2 税務課窓口 引継ぎ\n・午後に来た女性は、港町3丁目5-12 ハイツ港201 の"
                           "久保田 りえさん。前夫からの請求には住民票を出さない措置の世帯です。\n・前夫らしい男性から電話があったが"
                           "、所在は答えていない。\n---"),
    ("post_holder_relative_clause", "文面を整えて。\n\n4月に本庁から異動してきた納税係の係長ですが、9月から不眠が続き、"
                                    "うつ状態との診断書が出ました。10月から病気休暇です。"),
    ("matter_active_voice", "想定問答にして。\n\n・物流センター誘致、先方との協議は3回目。\n・協議していること自体、まだ外に出していない。"),
    ("estimate_short_words", "整えて。\n\n> 念のため積算の最終値です。開札までは転送しないでください。\n> 31,540,000（税抜）"),
    ("bid_trade_words", "報告書にして。\n\n通報：来月の配水管工事、他の3社は高めに入れる段取りで、本命は1社に決まっているとのこと。"),
    ("html_rows_on_lines", "表にして。\n\n<table>\n<tr><th>被保険者番号</th><th>氏名</th><th>特記</th></tr>\n"
                           "<tr><td>0004417702</td><td>ﾅｶﾞｲ ﾄﾖ</td><td>脳梗塞後遺症</td></tr>\n"
                           "<tr><td>0004418893</td><td>ｺﾊﾞﾔｼ ｾﾂ</td><td>認知症</td></tr>\n</table>"),
    ("elder_found_at_night", "情報提供文にして。\n\n交番から：「2丁目の米屋のおじいちゃん、タケさん」が、夜中に寝間着のまま国道沿いを歩いていたため保護。"),
    ("rent_unpaid_chat", "報告文にして。\n\n[9:10] 森: 昨日来た Silva さん（港団地 B棟の）、また来てます\n"
                         "[9:11] 森: 家賃4か月分払ってないって大家さんから言われたそうです"),
    ("subject_person_label", "整理して。\n\nSubject person: GURUNG Maya, F, DOB 1991-08-02, Nepali\nArrested on 3/4 on suspicion of theft."),
    ("surname_initial_subject", "Rewrite neutrally.\n\nSubject: Suzuki K. (Tax Div.) – status\nSuzuki K. was arrested for "
                                "drunk driving on Oct 3. Disciplinary committee next week."),
    ("middle_initial_label", "Translate.\n\nName: Megan R. OCONNELL\nHome: 2-14-6 Minami-cho, Room 203, Kita City"),
    ("teacher_staff_heading", "要約して。\n\n市立東小学校 教諭 岩瀬 直樹（38歳、3年担任）\n・9月から病気休暇（うつ病）\n・12月に休職発令の予定"),
    ("class_number_log", "集計して。\n\n日付\t学年組番\t性別\t主訴\t対応\n9/1\t4-2-11\t女\t腹痛\t心療内科に通院中、母へ連絡\n"
                         "9/2\t5-1-07\t男\t頭痛\t休養→教室"),
    ("writer_title_comma_pay", "直して。\n\n総務課の主事、矢吹健太です。私の給料月額が昇給後も変わっていないので確認をお願いします。"),
    ("staff_number_export", "CSVにして。\n\n[{\"staff_no\": \"318820\", \"dept\": \"税務課\", \"leave_type\": \"病気休暇\", "
                            "\"diagnosis\": \"うつ病\"}]"),
    ("unit_head_absent", "説明文を作って。\n\n南部出張所の所長が先月から出勤していない。実際は肝臓の病気で入院していると聞いた。"),
    ("interview_off_record", "掲載原稿にして。\n\n広報「まちの顔」取材メモ\n話し手：早瀬 和夫さん（70）\n"
                             "・（雑談、本人「これは書かないでね」）昨年、胃がんの手術をして今も通院中。"),
    ("speaker_lives_at", "論点を整理して。\n\n発言者3：桜町4丁目7番に住んでいる木暮です。足が不自由で、障害者手帳を持っています。バスを減らさないで。"),
    ("plate_with_mobile", "時系列にして。\n\n駐車場15番の白いノート（品川 330 ね 12-34）の持ち主です。またいたずらされました。\n"
                          "折り返しは 080-3321-7765 まで。"),
    ("estate_door_with_no", "要約して。\n\n南団地の2号棟108の者です。娘が不登校で、相談したいです。"),
    ("katakana_resident_san", "やさしく訳して。\n\nマルティネス ソフィアさんの保護者様\nソフィアさんは、発達検査でADHDと診断されました。"),
    ("initial_surname_post_notes", "Summarise.\n\nPA notes – K. Mensah (ALT, 1st yr)\n10/2 Kwame called, said he has been "
                                   "diagnosed with depression and is on sick leave."),
    ("english_do_not_share_yet", "Tidy these minutes.\n\n1. Personnel (do not share yet)\n - Sato moves to Tax Div. as section chief."),
    ("harassment_parties_by_post", "表にして。\n\n相談者：市民税課 諸税係 主事（入庁3年目）\n行為者とされる者：市民税課の課長補佐\n"
                                   "・飲み会で体を触られた。相談者は不眠で心療内科を受診。"),
    ("unit_head_care_leave", "コメントを整えて。\n\n税務課の課長から介護休暇の申請あり。母親が認知症で要介護2。"),
    ("quoted_romaji_header", "抜き出して。\n\n\"shokuin_no\",\"shimei\",\"hantei\"\n\"2201\",\"須藤 和也\",\"糖尿病 要治療\"\n"
                             "\"2202\",\"片桐 美帆\",\"貧血 要精密\""),
    ("manual_real_screen", "マニュアルを整えて。\n\n表示例：\n　氏名　野々村　誠\n　生年月日　昭和45年3月8日\n"
                           "※画面例は窓口対応のときに撮ったスクリーンショットから起こしました。"),
    ("plate_tax_arrears", "箇条書きに。\n\n駐車場の白い軽トラ（湘南 480 せ 12-34）の所有者。市県民税を2年分滞納。"),
    ("staff_number_keyed_csv", "集計して。\n\n職員番号,所属,病休開始,日数,傷病名\n204417,税務課,2024/04/08,40,うつ病\n"
                               "199320,保育課,2024/05/20,12,腰痛"),
    ("quoted_nickname", "柔らかく直して。\n\n収集班の「タケさん」あてに、裁判所から債権差押命令が届きました。借金が重なっているそうです。"),
    ("bid_rigging_favourite_firm", "このチャットを要約して。\n\n係長：下水道の管更生、本命業者はもう決まってるって噂、業者の営業から聞いた\n"
                                   "主任：入札額も指示が出てるらしいです。課長に上げておきます"),
]

ALLOW = [
    ("bid_rigging_question", "談合情報が寄せられた場合、担当課はまず何をすべきですか。一般的な流れを教えてください。"),
    ("bid_rigging_training", "研修スライドを作って。\n\n官製談合防止法の概要：職員が落札予定者を業者に教える行為などを禁止しています。"),
    ("bid_rigging_news", "要約して。\n\n公正取引委員会は、市発注の舗装工事で受注調整を行ったとして、5社に排除措置命令と課徴金納付命令を出した。"),
    ("bid_rigging_council_question", "CSVにして。\n\n一般質問通告一覧\n1　議員A　入札における談合情報への対応について"),
    ("bid_rigging_form", "談合情報を受け付けたときの記録様式（受付日時、通報者、内容、対応）を作ってください。"),
    ("staff_with_extension", "箇条書きにして。\n\n会議資料は共有フォルダに置きます。障害児枠の調整点もあります。\n"
                             "入力の質問はシステム担当の原さん（内線2207）まで。"),
    ("quiz_which_level", "解説を付けて。\n\n問1 次のうち、機密性２以上に当たるものを選べ。\n（ア）開札前の予定価格\n（イ）公表済みの入札結果"),
    ("care_home_name_after_kind", "表にして。\n\n特別養護老人ホーム あおば　北町2-1　0123-45-1111\n"
                                  "グループホーム はな子さんち　南町3-4　0123-45-2222"),
    ("assistant_teacher_days", "Make this polite.\n\nALT schedule for March:\n- Ms. Olivia Grant: Minami JHS (Mon/Tue), Kita ES (Fri)\n"
                               "- Mr. David Mensah: Higashi ES (Wed/Thu)"),
    ("fixture_repeated_digit", "テスト用にあと10行作って（全件架空）。\n\nNO,SHIMEI,KOJIN_BANGO\n1,テスト 太郎,777777777706"),
    ("sample_data_placeholders", "関数を書いて。テスト用のサンプルデータです。\n\n```python\nrows = [\n"
                                 "    {\"name\": \"山田 太郎\", \"dob\": \"2020-05-01\"},\n    {\"name\": \"山田 花子\", \"dob\": \"2019-11-30\"},\n]\n```"),
    ("open_data_sights", "CSVにして。\n\n{\"spots\": [\n  {\"name\": \"北浜海水浴場\", \"name_en\": \"Kitahama Beach\", \"address\": "
                         "\"北浜市浜町3-2\", \"tel\": \"0123-40-1111\"},\n  {\"name\": \"中川橋\", \"name_en\": \"Nakagawa Bridge\", "
                         "\"address\": \"北浜市川町\", \"tel\": null}\n]}"),
    ("shop_map_opening_days", "紹介文を整えて。\n\n1. 茶舗 みどり園\n 三代目店主の松浦 健さんが選ぶ煎茶が自慢。\n"
                              " 住所：北浜市本町1-2-3　TEL 0123-40-2222　定休日：木曜"),
    ("document_word_initial", "Summarise.\n\nSubject: Appendix B. (revised) - the disciplinary committee procedure"),
    ("benefits_info_session", "can someone post this? the disability benefits info session is on 3/10 at the Kita centre, call 0123-40-3333 to book."),
    ("permit_register_place_columns", "件数を集計して。\n\n許可番号\t施設の名称\t営業者\t施設の所在地\t業種\n"
                                      "R6-101\tそば処 若葉\t若林 実\t北浜市本町3-4\t飲食店営業\n"
                                      "R6-102\t喫茶 ことり\t小鳥遊 恵\t北浜市港町1-9\t飲食店営業"),
    ("shop_table_hours_column", "キャッチコピーを付けて。\n\n| 店名 | 住所 | 電話 | 営業時間/定休日 | 店主コメント |\n|---|---|---|---|---|\n"
                                "| 田村青果 | 本町2-3-1 | 0123-40-5555 | 8:00-18:00／日 | 二代目の田村です。 |"),
    ("site_published_list", "CSVにして。\n\n県のホームページで公開している指定管理者の一覧です。\n施設\t代表者\n"
                            "北浜体育館\t沢井 勇\n南浜公民館\t島崎 恵子"),
    ("quiz_on_classification", "確認テストの正解と解説を作って。\n\n問1　次のうち、機密性２に分類するのが適切なものはどれか。\n"
                               "　ア　公表済みの統計\n　イ　住民票の写しの交付申請書"),
    ("care_home_addressee", "簡潔にして。\n\n特別養護老人ホーム 白樺の丘\n生活相談員　大島 様\n\n連絡会の日程調整についてご連絡します。"),
    ("clinic_closure_emergency_line", "放送原稿にして。\n\n町立診療所は午後休診です。急病のときは救急医療案内（電話 0123-40-0000）へ。"
                                      "インフルエンザの予防接種は来週から再開します。"),
    ("cut_documented_key", "改行を直して。\n\naws_secret_access_key=\"wJalrXUtnFEMI/K7MDENG/bPxRfiCY\nEXAMPLEKEY\""),
    ("fixture_staff_numbers", "原因を教えて。データはテスト用のダミーです。\n\nSAMPLE = [{\"shokuin_no\": \"000003\", \"kyuka\": \"病休\"}]"),
    ("published_discipline_age_band", "HP用に整えて。\n\n職員の懲戒処分について\n本日、懲戒処分としました。\n"
                                      "被処分者：土木部 所属　主事（20代男性）\n処分：減給"),
    ("clinic_department_prefix", "整えて。\n\n5/3(祝)\n 内　みどり内科クリニック（院長 白川 宏）　本町1204-5　0123-32-1170\n"
                                 " 薬　すみれ薬局　本町1201-1　0123-32-8855"),
    ("password_from_variable", "レビューして。\n\n```python\nconn = psycopg2.connect(host=h, user=u, password=db_password)\n```"),
    ("katakana_word_kanji_suffix", "広報文を整えて。\n\n今年の夏祭りでは、フクロウ子ども教室の発表があります。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)

# addresses as study material: each address alone is a warning by the default policy (IP_ADDRESS alone: warn), the
# text is no host map and no internal network detail, so it is not blocked
NOT_BLOCKED = [
    ("quiz_private_addresses", "解説を書いて。\n\n小テスト 問 次のうちプライベートアドレスをすべて選べ。\n ア 10.1.2.3\n イ 172.20.0.5\n ウ 192.168.3.4\n エ 8.8.8.8"),
    ("vendor_configuration_guide", "Translate.\n\nIn this example, the gateway protects 10.1.1.0/24 and the peer is 198.51.100.2.\n"
                                   "  crypto isakmp key YOUR_KEY address 198.51.100.2\n  access-list 101 permit ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255"),
]


@pytest.mark.parametrize("name,text", NOT_BLOCKED, ids=[n for n, _ in NOT_BLOCKED])
def test_not_blocked(scanner, name, text):
    assert scanner.scan(text).action != "block"
