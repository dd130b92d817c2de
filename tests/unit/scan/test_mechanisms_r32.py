"""Issue 13, round 32 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- the round's opening classes: a member of staff's own paper handed in after a bracket note (``…主事（採用2年目）から、…
  診断書``); a spaced full name taken up again by its bare surname opening a later sentence that reaches a topic
  (``主将の 真柴 颯太（3年）… 真柴は…生活保護``);
- the first wave's classes: a price memo kept out of the notice's text (``公告文には載せない``); a visitor's conduct at a
  counter and the police consulted (``大声を出し``, ``警察署に相談済み``); a member of staff with their age in a
  note before other words (``（41歳、採用15年目）``), the record's items lines below; an old-style given name in katakana
  with 子 or 江 after a rare surname (``樒 ミツ子``); a note for the speaker is none of the speaker's (``（講師向けメモ）``);
  a text's only street address and its only personal mobile a few chat turns apart; personal mobiles one a row, the
  names letter-spaced (a contact list); a centenarian's 大正 birth date is no historical figure's;
- not: a founder dated in 大正 named again by the given name (``鉄斎の次男``); the police unit's name before a
  member of staff (``警察署生活安全課の外間係長``); a speaker's line; a surname taken up again with no topic; a published
  price; one address with a placeholder mobile.
- the second wave's classes: a household known by a past post with a bracket note before its relative (``元駐在さんとこ
  （神社の裏）、次男さん``); a quoted shop's cook or clerk described by age or sex; a school's one ALT; English case notes
  (``bruise marks``, ``hits her with a belt``); a request that asks for an example made from a real form is no example;
  a live key after a provider prefix;
- not: a request naming the form it pastes an example (``…の記入例です``); grouped x's and bracketed instructions in
  place of a key (``xxxx-xxxx-xxxx``, ``sk_live_<YOUR_SECRET_KEY>``); the results' publication text
  (``入札結果の公表文``); a shop's job advert.
- the third wave's classes: a mail's sender on its From: line and their own mobile far down the message; gifts from a
  contractor to a member of staff (``商品券をもらっている``); a Wi-Fi key whatever other assignments the window holds (the
  search's packed path began its match lines earlier); the administrator's account and password after a URL
  (``（admin / …）``); a negotiation under the surface (``水面下で交渉``);
- not: a route named after its town (``市道北町3号線``); an association named after a disability
  (``身体障害者福祉協会``); a facility named after its block (``北町二丁目第3集積所``); a mail header's correspondents
  (never a roster); a question about ``admin / admin``.
- the fourth wave's classes: a pupil's record by class and seat in JSON (``"class": 3, "seat_no": 12``), a seating
  chart's rows (``席⇥性別⇥配慮事項`` under ``3年2組``), a pupil by number after the class's teacher (``4-2担任: 17番、``);
  the one teacher of a subject (``（本校は1名配置）の先生``); the only female ALT, messages asking her out; a shop's keeper
  known by a nickname (``（「大将」で通っている方）``); an injured member of staff by label and post (``被災職員：…班長``);
  a child by the year and the class's name (``年中ひまわり組の女の子``); a marking after a status (``公表前・取扱注意``);
  a small clinic's director (``「みどり接骨院」の院長、``); an injury at work (``労災で…就労不可``);
- not: a hospital's director giving a talk; a night clinic's notice (``夜間診療を行っています``); a quiz's answers
  (``理解度チェック…解答と解説``); results said published in brackets (``入札結果（公表済み）``); a novel's letter; a
  class teacher's handout count.
- the fifth wave's classes: a Wi-Fi パスキー; a bid's winner said settled already, the bids arranged beforehand; the writer
  naming themself with their unit in brackets (``わたし（市民課 堀井 真帆）``); a member of staff with their years of service
  (``（採用4年目）``) and a topic lines below; a resident's signature under their street address; households listed a row
  each in a text table under the topic that lists them; a relative's surname with ノ in brackets (``父（一ノ瀬 正男、82歳）``);
- not: a factory PIN of zeros; a fixture's account number in test data; officials with English titles after their
  names; opened results in XML; a 記入例 whose note says its values are for explaining; districts' counts in a table; a
  numbering's first number (``900000001からの連番``).
- the sixth wave's classes: a teacher's title then an age note (``篠原 美穂 教諭（41）ですが``); a request to say
  congratulations is no award list (``おめでとうの一言``); neglect in a school's ordinary words (``毎日同じトレーナーで登校``);
- not: an award list's congratulations.
- the seventh wave's classes: a return to work on a doctor's conditions (``主治医の意見書では``, ``薬の影響で``); a real name
  given glued (``本名は相川花子です``); a residence card's number behind a bare カード near the immigration office (``入管``);
- not: a feature's title (``特集「熱中症に…」``); a check-up's follow-up of the people who missed it (``未受診者フォロー``);
  a character's name not decided.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("own_paper_after_bracket_note", "人事課へ送る前に整えて。\n\n第1係の柏原 美月 主事（採用2年目）から、昨日、うつ病との診断書が提出されました。"),
    ("surname_taken_up_again", "広報用に短く。\n\n主将の 真柴 颯太（3年）は欠場しました。真柴は春から母親と生活保護を受けていて、練習に来られていません。"),
    ("notice_text_kept_out", "公告文を直して。\n\n開札日時　令和7年2月5日　午前10時\n（担当メモ。公告文には載せない）\n予定価格 31,200,000円（税抜）"),
    ("counter_conduct_police", "会議録の体裁に。\n\n【事務局メモ（掲載しない）】\n請願者の 米倉 正志 氏は、9/20に窓口で職員に大声を出し、北警察署に相談済み。"),
    ("staff_age_note_subject_far", "審査会資料に。\n\n１　職員　税務部 収税課 主任　高坂 勇気（41歳、採用15年目）\n２　概要\n　窓口で受け取った"
                                   "徴収金を半年にわたり自分の口座に入れていた。\n　監査前の照合で判明し、本人も認めた。\n３　量定案　停職6月"),
    ("old_style_given_label", "読みやすく。\n\n患者氏名：樒 ミツ子　88歳\n病名：誤嚥性肺炎"),
    ("speaker_note_patient", "案内文を短く。\n\n講師：消化器内科 部長 三輪 智之\n（講師向けメモ）前回質問された 真壁 和夫さん（当院で胃がんの治療中）が今回も参加予定。"),
    ("sole_address_mobile_chat", "訳して。\n\n[09:01] Cliente: Mi dirección nueva es 静岡県浜松市中区佐鳴台3丁目8-12 メゾン佐鳴102\n"
                                 "[09:02] Agente: Gracias. ¿Vive con su familia?\n[09:03] Cliente: Sí, con mi esposo y mi hijo de 5 años.\n"
                                 "[09:04] Agente: ¿Tiene un número de teléfono para contactarle?\n[09:05] Cliente: mi celular es 090-6612-4803"),
    ("mobile_list_letter_spaced", "1人1行に。\n\n緊 急 連 絡 網\n１　　桐 谷　　誠　　０ ９ ０ － ４ ２ １ ８ － ３ ３ ０ ６\n"
                                  "２　　森 下　　あ や　　０ ８ ０ － ５ ５ ０ ２ － ７ １ ４ ９\n３　　今 村　　蒼　　０ ７ ０ － ３ ９ ８ ０ － ２ ２ ６ １"),
    ("centenarian_taisho_birth", "文章を整えて。\n\n大正13年11月3日生まれの 桐生 ハナさんは、認知症が進み、今月から特養に入所しました。"),
]

ALLOW = [
    ("history_founder_taken_up", "沿革を推敲して。\n\n大正9年、初代院長・風間 鉄斎は町に診療所を開いた。\n昭和20年の空襲で焼けたが、鉄斎の次男で二代目院長の風間 誠一は診療を続けた。"),
    ("police_unit_staff_name", "課長あてに直して。\n\n認知症の行方不明の届出は17件（全員発見）。数字は警察署生活安全課の外間係長に電話で確認しました。"),
    ("speaker_line_public", "チラシ向けに。\n\n講師：内分泌内科 医長 片桐 茂 氏\n内容：糖尿病の予防と食事のコツ\n会場：市立病院 講堂"),
    ("surname_taken_up_no_topic", "広報用に短く。\n\n主将の 真柴 颯太（3年）が個人戦で優勝しました。真柴は決勝で粘り強く戦いました。"),
    ("notice_text_published_price", "ホームページ用に。\n\n開札結果（公告文に記載の案件）\n予定価格 31,200,000円（税抜）\n落札者　㈱北栄建設"),
    ("one_address_office_phone", "チラシにして。\n\n会場：静岡県浜松市中区元城町103-2 市民協働センター\n\n当日の連絡先：090-0000-0000（ダミー）"),
]

# the second wave's classes
BLOCK += [
    ("household_post_bracket_relative", "報告書に整えて。\n\n・元駐在さんとこ（神社の裏）、次男さんがもう10年家から出ていない。お母さんは認知症の疑い。"),
    ("quoted_shop_cook_age", "様式に分けて。\n\n搬送者：中華料理店「龍園」の調理師（40代男性）\n既往：高血圧で通院中、昨年脳梗塞"),
    ("one_alt_school", "英文の警告書に。\n\n・北小のALT（今年度北小は1名のみ、豪州出身）から酒の臭いがすると教頭が確認。厳重注意。"),
    ("english_case_conference_bruises", "Tidy these notes.\n\nCase conf: Peruvian family in Block 2 Rm 105 (the only Peruvian family there).\n"
                                        "- Eldest girl: bruise marks on both arms; her brother says the stepfather hits her with a belt."),
    ("request_asks_to_make_example", "この申請書から記入例を作ってください。\n\n氏名　桐生 和真\n生年月日　平成4年6月12日\n住所　浜松市中区佐鳴台3丁目8-12"),
    ("live_key_after_prefix", "この設定で動く？\n\nSECRET_KEY=sk_live_51Hk2QeZvKYlo2C8n3Jd9pA"),
]

ALLOW += [
    ("request_names_example_form", "申請書の記入例です。英訳してください。\n\n氏名　山田 太郎\n生年月日　昭和50年1月1日\n住所　○○市○○町1丁目2番3号"),
    ("grouped_x_and_bracketed_placeholders", "設定例を説明して。\n\nAPI_KEY=xxxx-xxxx-xxxx\nSECRET_KEY=sk_live_<YOUR_SECRET_KEY>\nTOKEN=ghp_{token}"),
    ("results_publication_text", "入札結果の公表文を表にして。\n\n令和7年5月20日 開札\n工事名：市道東線舗装工事\n\n予定価格（税抜）：45,000,000円\n"
                                 "最低制限価格（税抜）：39,600,000円\n落札者：㈱東栄建設　43,200,000円"),
    ("shop_staff_wanted", "チラシにして。\n\n「ひばり亭」では調理師を募集しています。未経験の方も歓迎。"),
]

# the third wave's classes
BLOCK += [
    ("sender_own_mobile_far", "要点をまとめて。\n\nFrom: 川端 秀樹\n件名：ご相談\n\n夜分に失礼します。先月から近所の空き家の庭木が道路にはみ出していて、"
                              "通学路なので子どもたちが車道側を歩いています。何度か持ち主の方に連絡しようとしましたが、どなたが管理しているのか"
                              "わかりません。市のほうで所有者を調べて、せめて枝だけでも切ってもらえるよう伝えていただけないでしょうか。"
                              "写真も撮ってあります。平日は仕事で日中は電話に出られないことが多いので、折り返しは夜にお願いしたいです。\n"
                              "連絡は携帯にお願いします。090-2231-7780"),
    ("gifts_from_contractor", "整理して。\n\n係長の井口さんが、出入りの業者から商品券をもらっているのを見ました。"),
    ("wifi_key_before_admin_pair", "手順にまとめて。\n\nSSID: KITA-STAFF\nキー: Rt5!kW9#pLm2Qz\n"
                                   "ルーター管理画面 http://192.168.10.1 （admin / Kita-Router#88）は担当だけで管理します"),
    ("admin_pair_after_url", "メモを整理して。\n\nNAS http://10.2.3.4 （admin / Nas!2024kanri）"),
    ("negotiation_under_surface", "スライドの骨子を作って。\n\n用地の件、地権者とは水面下で交渉を始めたところです。B案が本命。"),
]

ALLOW += [
    ("route_named_after_town", "チャット用に短く。\n\n佐藤さんから電話。市道北町3号線の街灯が切れているとのこと。"),
    ("association_named_after_disability", "表にして。\n\n自販機の設置許可：○○市身体障害者福祉協会 事務局 山内様と毎年3月に更新。"),
    ("facility_named_after_block", "柔らかく直して。\n\n北町二丁目自治会\n会長 高村 正 様\n\n打合せは北町二丁目第3集積所の前で行います。"),
    ("english_thread_business_names", "Summarise in Japanese.\n\nFrom: Laura Chen <l.chen@harbor-consult.com>\n"
                                      "To: Ken Ito <k.ito@city.example.lg.jp>\nCc: Raj Patel <r.patel@harbor-consult.com>\n\n"
                                      "Hi Ito-san, the workshop room is confirmed for 9 October."),
    ("admin_admin_question", "admin / admin でログインできない時の対処を教えてください。"),
]

# the fourth wave's classes
BLOCK += [
    ("json_seat_record", "分類して。\n\n{\"grade\": 5, \"class\": 3, \"seat_no\": 12, \"memo\": \"父親から叩かれたと話す\"}"),
    ("one_teacher_bracket", "読みやすく。\n\n・理科（本校は1名配置）の先生、先月から病気休暇。うつ病と聞いている。"),
    ("english_asked_out", "Summarise in English.\n\n- Complainant: the only female ALT at Minami JHS.\n"
                          "- Respondent keeps messaging her and asking her out after her clinic visit."),
    ("shopkeeper_nickname_mobile", "要点を3行に。\n\n申出人：駅前のラーメン屋の店主（「大将」で通っている方）\n連絡先：090-5521-7734（携帯）"),
    ("injured_staff_label_post", "文章に。\n\n被災職員：環境センター 収集第一班 班長\n傷病：左手の骨折、手術のため入院。"),
    ("kindergarten_class_girl", "計画の文に。\n\n年中ひまわり組の女の子。発達検査で言語の遅れ。"),
    ("chat_class_number", "記録に直して。\n\n[8:10] 4-2担任: 17番、今週も欠席。心療内科に通い始めたそうです"),
    ("marking_after_status", "整理して。\n\n公表前・取扱注意\n\n・建設部長 → 副市長"),
    ("small_clinic_director", "ToDoに。\n\n「みどり接骨院」の院長、脳梗塞で入院中。固定資産税が未納。"),
    ("seating_chart_rows", "表にして。\n\n3年2組 座席\n席\t性別\t配慮事項\nB-1\t男\tてんかん（発作時は保健室へ）\nB-4\t女\t両親別居中"),
    ("injury_at_work_name", "整えて。\n\n南町の ホアン・ヴァン・タン さん（38歳）は労災で就労不可となっています。"),
]

ALLOW += [
    ("hospital_director_talk", "チラシに。\n\n「みなと病院」の院長が講演します。テーマは脳梗塞の予防。"),
    ("night_clinic_notice", "整形して。\n\n■ 夜間休日診療所\n土日祝の夜間診療を行っています。電話 0198-22-7799（夜間休日診療所）"),
    ("quiz_check_answers", "理解度チェックの解答と解説を作って。\n\n問1　内示前の人事異動案\n問2　公表済みの議会会議録"),
    ("published_results_bracket", "入札結果（公表済み）を表にして。\n\n開札日：令和6年6月18日\n予定価格（税抜）：24,560,000円\n"
                                  "落札者：㈱大森建設　22,100,000円"),
    ("novel_letter_back", "小説の手紙の部分です。\n\n清一さん、お元気ですか。母さんは腰を痛めて、縁側で豆ばかりむいています。"),
    ("chat_number_distribution", "記録に直して。\n\n[8:10] 4-2担任: 17番まで配布済みです。"),
]

# the fifth wave's classes
BLOCK += [
    ("passkey_label", "案内を作って。\n\n・職員用Wi-Fi\n　SSID：KITA-STAFF\n　パスキー：Qw8!zR3tLm6p-kaigi"),
    ("rigging_winner_settled", "記録に。\n\n・来週開札の体育館改修、落札者はすでに「南栄建設」で決まっていて、他社は事前に話し合いで高めに入れる、と匿名の電話。"),
    ("self_bracket_unit", "メールにして。\n\n・わたし（市民課 堀井 真帆）、来月から不妊治療の通院が増える。課長にだけ話してある。"),
    ("tenure_note_staff", "例文を。\n\n・所属：財政課 主事 桐原 蓮（採用4年目）\n・家族の都合で退職を考えている。\n・実はうつ病で通院中。"),
    ("resident_signature_address", "返信文を。\n\n督促状をいただいている者です。店を閉めてから収入がなく、滞納が30万円ほどあります。"
                                   "私の年金だけでは払えません。\n\n令和6年11月2日\n静岡県沼津市大手町4丁目8-3\n芹沢　昭"),
    ("bar_table_home_rows", "優先順位を付けて。滞納整理の対象です。\n\n| no | jusho | mino |\n| 1 | 静岡県沼津市大手町四丁目8-3 | 2384100 |\n"
                            "| 2 | 静岡県沼津市下香貫1822-7 | 1517600 |"),
    ("relative_bracket_no_surname", "理由書に。\n\nわたしの父（一ノ瀬 正男、82歳）は認知症と診断され、要介護2です。"),
]

ALLOW += [
    ("zero_pin_manual", "マニュアルを箇条書きに。\n\nご購入時の暗証番号は「0-0-0-0」に設定されています。必ず変更してください。"),
    ("fixture_bank_account", "フォーマットを確認して。\n\n試験用データ（ベンダー作成・架空口座）\n銀行コード 9999　支店コード 999\n"
                             "預金種目 1　口座番号 0000001　口座名義 ﾃｽﾄ ﾀﾛｳ"),
    ("officials_english_titles", "Proofread.\n\nThe delegation:\n- Mr. Kenji Ishiwata, Vice Governor\n- Ms. Reiko Takaoka, Director-General\n"
                                 "- Mr. Daisuke Omura, Director"),
    ("results_xml_opened", "開札結果（開札済み）のXMLを表にして。\n\n<YoteiKakaku>18,920,000</YoteiKakaku>\n"
                           "<Bid company=\"丸栄土木\" amount=\"16,300,000\" result=\"落札\"/>"),
    ("example_values_note", "記入例のページです。\n\n【記入例】申請書\n\n氏名　山田 太郎\n生年月日　昭和60年1月1日\n\n"
                            "配偶者　山田 花子　昭和62年2月2日\n\n★ 記入例の個人番号は説明用の番号です。"),
    ("district_counts_table", "説明文を。\n\n生活保護受給世帯（公表用）\n町丁\t世帯数\t高齢\n本町1丁目\t18\t11\n本町2丁目\t24\t15"),
    ("sequence_start_number", "スクリプトを書いて。ダミーデータです。\n\n・宛名番号は900000001からの連番\n\n宛名番号,氏名,性別\n900000001,テスト 一郎,1"),
]

# the sixth wave's classes
BLOCK += [
    ("title_then_age_note", "整えて。\n\n3年1組担任の篠原 美穂 教諭（41）ですが、昨日、適応障害の診断書を持ってきました。"),
    ("congratulation_request_pregnancy", "返信を書いて。まずはおめでとうの一言を。\n\n差出人：宮坂 彩（1年3組）\n\n実は妊娠がわかりました。"
                                         "つわりがきつく、まだ安定期前なので伏せてください。"),
    ("neglect_ordinary_words", "返信を考えて。\n\n4年1組 今村 蒼 さん\n・毎日同じトレーナーで登校。給食の残りを持って帰っていいかと聞いてきた。"),
]

ALLOW += [
    ("award_congratulations_list", "広報用に。\n\n市民スポーツ賞 受賞者（敬称略）\n柔道 高見 亮\n水泳 大内 咲\n受賞おめでとうございます。"),
]

# the seventh wave's classes
BLOCK += [
    ("return_to_work_conditions", "言い方を直して。\n\n来月から戻ってくる岩城さんの件。\n・主治医の意見書では、残業はしばらくNGとのこと。\n・薬の影響で朝はぼーっとすることがある。"),
    ("real_name_glued", "返信を考えて。\n\nはな：夫からまた殴られました。\nはな：本名は相川花子です。住民票を見られないようにできますか"),
    ("residence_card_near_immigration", "手続きを並べて。\n\n・本人が見せてくれたカード KT51820394RW、期限は来月まで\n・入管から追加資料を求められている"),
]

ALLOW += [
    ("feature_title_topic", "表に整理して。\n\n・特集「熱中症に気をつけて」は原稿受領済み。樋口さんが6/7までにレイアウト確認。"),
    ("checkup_followup_agenda", "簡潔に。\n\n議題：①乳幼児健診の未受診者フォローの流れ（保育課 小野寺さんから）"),
    ("real_name_undecided", "キャラクターの設定を考えて。\n\n本名は未定です。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
