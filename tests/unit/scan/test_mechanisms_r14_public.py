"""Issue 13, round 14, helper r14-detect-public: table tests of the mechanisms the r14p probe batches led to
(positive and negative rows, written apart from the probe file's rows).

* batch r14p001-032: a mail's signature delimiter ("--" or "-- " alone on its line, RFC 3676) is a separator line
  (public_contacts._SEPARATOR); a paragraph of a few lines opened by a line naming a business by its legal form
  (株式会社… 営業所, 有限会社…, … Ltd.) that gives a landline or a work mail address and nothing sensitive is a
  signature without a separator (public_contacts._legal_form_paragraphs): its address, landline and mobile are the
  business's, unless labelled private (自宅, 私用).
* batch r14p033-060: a professional's office alone on a line (北斗総合法律事務所, …会計事務所) opens such a paragraph as a
  legal form does (public_contacts._LEGAL_FORM_LINE); a training's bad example (×入力してはいけない例, NG例, 悪い例, 不適切な
  例) marks its paragraph an example (document._EXAMPLE_MARK); a literary prize's entry (文芸賞の応募作) is fiction
  (person_shapes.FICTION_CUES, _LITERARY); a list said to be published (ホームページで公開, …が公表している, 条例に基づき
  公開, 閲覧に供) publishes the names on lines holding only a landline or a town (public_notices.published_registers).
* batch r14p061-086: a note on all of a document's examples (本章のレコード例は…架空のデータである, "All examples in this
  guide use fictitious people") makes every section after it an example, not only its paragraph (document._WHOLE_DOC);
  a published register's company officers (代表取締役社長 …, 監査役 …) are printed with their birth dates, and a site
  named in Latin capitals (EDINETで公開) is a site (public_notices._OFFICER_ROW, _REGISTER); a quoted news report names
  a suspect or a defendant as the press does (…容疑者, …被告): the report's name, not a record's
  (public_notices.news_reports).
* batch r14p087-110: the head of a public body right before a name (しらかば市長 武藤 賢治 様 on an invoice) is the office's
  holder (public_staff._HEAD_OF_BODY); a line headed by an example's label (入力値の例　氏名「…」) makes its quoted values
  examples (document._LABEL_EXAMPLE); a landline on a line opened by a venue label (場所　白樺堂（…、電話 …）) is the
  venue's (public_contacts._VENUE_LINE).
* batch r14p111-126: a shop's proprietor named after the shop and its trade without brackets (白樺堂（書店）店主 …,
  …工務店（リフォーム）代表 …) acts for the shop (public_staff._REPRESENTATIVE_BEFORE); a candidate's name glued to 選挙事務所
  names the office (public_context._ORG_AFTER).
* batch r14p127-134 (adversarial twins of the round's mechanisms): a register's word 掲載 (市ホームページに掲載している)
  is one (public_notices._REGISTER_WORDS); a text speaking of the listed people as someone's charges (預かった連絡先,
  見守り, 訪問予定, 対象者, 利用者) is no register (public_notices._RECORD_CUE); a whole-document note covers a technical
  document only (本章, 本仕様書, this guide / specification), not a training material's (本資料の事例は架空) after which a
  real case may be added (document._WHOLE_DOC). A lot number never starts with 0: a town's 丁目 followed by a space and a
  landline (北町一丁目　0157-24-1180) is a town and a number, not a street address holding the number
  (address.ADDRESS_RE, _CHOME_HOUSE, _STREET).
* batch r14p145-152: a university or a research institute with its school or lab alone on a line (北海道教育大学 釧路校
  地域学習協働教室) opens a signature paragraph (public_contacts._LEGAL_FORM_LINE); an address that names a body or an area
  (北町三丁目町内会長, 緑町一丁目地区) is no dwelling (public_contacts._NAMED_AFTER).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

_MAIL = "市民課 高瀬 様\n\nお世話になっております。みなと設備の榊原です。\n点検日は12月15日（火）でお願いいたします。\n\n"

BLOCK = [
    # signatures: a private label, a sensitive topic, no business contact, not a paragraph's start
    ("dashdash_home_labelled", _MAIL + "--\n株式会社みなと設備\n榊原 透\n〒104-0032 東京都中央区八丁堀2-14-3\n"
                               "自宅 03-3551-2284 / 携帯 090-4418-2273"),
    ("paragraph_with_topic", _MAIL + "株式会社みなと設備　榊原 透\n〒104-0032 東京都中央区八丁堀2-14-3\n"
                             "TEL 03-3551-2200 / 携帯 090-4418-2273\n妻がうつ病で入院中のため、しばらく定時で帰ります。"),
    ("paragraph_no_business_contact", _MAIL + "有限会社みなと設備の件で相談です。\n"
                                      "相談者 榊原 透 東京都中央区八丁堀2-14-3 携帯 090-4418-2273"),
    ("legal_form_mid_paragraph", "相談記録\n相談者は榊原 透さん（東京都中央区八丁堀2-14-3）。\n"
                                 "勤務先 株式会社みなと設備 TEL 03-3551-2200\n携帯 090-4418-2273。借金の返済が苦しいとのこと。"),
    ("dashdash_resident_signature", "市民課 御中\n\n転居の手続について教えてください。\n--\n榊原 透\n"
                                    "東京都中央区八丁堀2-14-3\n携帯 090-4418-2273\nsakaki.t1972@gmail.com"),
]

ALLOW = [
    # a contractor's signature below "--" or "-- "
    ("dashdash_signature", _MAIL + "--\n株式会社みなと設備　東京支店\n榊原 透（さかきばら とおる）\n"
                           "〒104-0032 東京都中央区八丁堀2-14-3 八丁堀ビル4F\nTEL 03-3551-2200 / 携帯 080-6671-2290\n"
                           "sakakibara@minato-setsubi.example.co.jp"),
    ("dashdash_space_signature", _MAIL + "-- \n有限会社みなと設備\n榊原 透\n東京都中央区八丁堀2-14-3\n"
                                 "電話 03-3551-2200　携帯 090-2281-5540"),
    # a contractor's signature without a separator
    ("paragraph_signature", _MAIL + "株式会社みなと設備　東京支店\n営業課　榊原 透\n〒104-0032 東京都中央区八丁堀2-14-3\n"
                            "TEL 03-3551-2200 / 携帯 080-6671-2290\nsakakibara@minato-setsubi.example.co.jp"),
    ("paragraph_signature_npo", _MAIL + "特定非営利活動法人 こどもネットみなと\n事務局長 榊原 透\n"
                                "東京都中央区八丁堀2-14-3\n電話 03-3551-2200 / 携帯 090-2281-5540"),
    ("paragraph_signature_english", "Dear Ms. Takase,\n\nThe inspection is confirmed for 15 December.\n\n"
                                    "Minato Facility Services Ltd.\nToru Sakakibara, Account Manager\n"
                                    "2-14-3 Hatchobori, Chuo-ku, Tokyo\nTel +81-3-3551-2200 / Mobile +81-90-2281-5540\n"
                                    "t.sakakibara@minato-fs.example.com"),
]

BLOCK += [
    # a professional's office: a private label, a topic, the office's name inside a sentence
    ("law_office_home", _MAIL + "北斗総合法律事務所\n弁護士　瀬戸 康介\n札幌市中央区大通西10丁目4\n"
                        "自宅 011-622-4471　携帯 090-3371-0284"),
    ("law_office_topic", _MAIL + "北斗総合法律事務所\n弁護士　瀬戸 康介\n札幌市中央区大通西10丁目4 TEL 011-231-8870\n"
                         "依頼人 白石 一（携帯 090-3371-0284）は覚醒剤で起訴済みです。"),
    ("law_office_in_sentence", "相談記録\n相談者 瀬戸 康介さんは北斗総合法律事務所に勤めている。\n"
                               "自宅 札幌市中央区大通西10丁目4-2 携帯 090-3371-0284"),
    # bad examples: a real case after the example, an example word in another sense
    ("bad_example_then_real", "×悪い例\n「山田太郎さん（090-0000-0000）の件」\n\n実際の相談記録：\n"
                              "相談者 梶原 トミ（北町一丁目3-5、携帯 090-6672-1180）生活保護の申請を希望"),
    ("example_word_not_bad", "悪い例えですが、梶原 トミさん（携帯 090-6672-1180、北町一丁目3-5）は生活保護の申請中です。"),
    # fiction: an essay contest's entry tells a real life; no cue
    ("essay_contest_entry", "作文コンクールの応募作です。\n梶原 トミさん（北町一丁目3-5、090-6672-1180）は、"
                            "認知症の夫を介護しています。"),
    # registers: not said to be published, not public, a mobile, a street address, a topic
    ("register_to_publish", "ホームページに公開したいので整えて。\n民生委員一覧\n北町1区　箕輪 正子　0157-24-3318\n"
                            "北町2区　立花 勲　0157-24-5502\n緑町1区　相馬 千代　0157-25-1187"),
    ("register_not_public", "ホームページで公開している名簿の元データ（非公開）\n箕輪 正子　0157-24-3318\n"
                            "立花 勲　0157-24-5502\n相馬 千代　0157-25-1187"),
    ("register_mobile", "市ホームページで公開している民生委員一覧\n箕輪 正子　090-2241-3318\n"
                        "立花 勲　080-2241-5502\n相馬 千代　070-2241-1187"),
    ("register_street", "選挙管理委員会が公表している寄附の明細\n武藤 ひろ子　しらかば市中央二丁目4-11　150,000円\n"
                        "仁科 達郎　しらかば市緑町一丁目8-3　100,000円"),
    ("register_topic", "市ホームページで公開している民生委員一覧です。\n箕輪 正子　0157-24-3318\n"
                       "担当の梶原 トミ　0157-24-1180　認知症で一人暮らし"),
]

ALLOW += [
    # a professional's office
    ("law_office_signature", _MAIL + "北斗総合法律事務所\n弁護士　瀬戸 康介\n〒060-0042 札幌市中央区大通西10丁目4 南大通ビル8F\n"
                             "TEL 011-231-8870　携帯 090-3371-0284\nseto@hokuto-law.example.jp"),
    ("tax_office_signature", _MAIL + "しらかば会計事務所\n税理士 白石 一\nしらかば市北町四丁目2-1\n"
                             "電話 0157-24-2200 / 携帯 080-6610-3325"),
    # bad examples in a training
    ("ng_example", "研修資料の文案です。\n\nNG例：「相談者 梶原 トミ（北町一丁目3-5、携帯 090-6672-1180）の生活保護の記録を要約して」"),
    ("bad_example_list", "【悪い例】\n・山田 花子さん（090-1234-5678、○○市△△町1-2-3）はうつ病で通院中\n"
                         "【良い例】\n・40代女性（通院中）"),
    ("must_not_example", "入力してはいけない例\n氏名：見本 太郎　生年月日：昭和50年1月1日　住所：○○市1-2-3　携帯：090-0000-0000"),
    # a literary prize's entry
    ("literary_prize_entry", "市民文芸賞の応募作です。誤字を見てください。\n\n　梶原 トミは北町一丁目の古い家に住んでいた。"
                             "認知症の夫の梶原 茂は、また夜中に出て行ったのだ。"),
    # published registers
    ("register_landlines", "民生委員・児童委員一覧（市ホームページで公開中）\n北町1区　箕輪 正子　0157-24-3318\n"
                           "北町2区　立花 勲　0157-24-5502\n緑町1区　相馬 千代　0157-25-1187"),
    ("register_towns", "政治資金収支報告書（選挙管理委員会が公表しているもの）の寄附の明細\n"
                       "武藤 ひろ子　しらかば市中央二丁目　会社役員　150,000円\n仁科 達郎　しらかば市緑町一丁目　医師　100,000円\n"
                       "白石 一　しらかば市北町四丁目　自営業　60,000円"),
    ("register_by_ordinance", "条例に基づき公開している審議会委員の名簿です。\n会長　箕輪 正子　しらかば市北町\n"
                              "委員　立花 勲　しらかば市緑町\n委員　相馬 千代　しらかば市栄町"),
]

_GUIDE_SECTIONS = "\n\n## 1. Authentication\nUse OAuth 2.0.\n\n## 2. Errors\nProblem details.\n\n## 3. Household\n"

BLOCK += [
    # a note on one example only, or a real case after the note
    ("note_on_one_example", "# Guide\nThe example in section 1 is fictitious." + _GUIDE_SECTIONS
                            + '{"name": "Kenji Watanabe", "birthDate": "1978-06-15", "mobile": "090-2281-4471"}'),
    ("whole_doc_then_real", "本書の例はすべて架空のデータです。\n\n1 概要\n…\n\n実際の申請データ：\n"
                            "氏名 梶原 トミ　生年月日 昭和10年3月8日　住所 しらかば市北町一丁目3-5"),
    # officers: a birth date without a register, a staff row, a mobile on an officer's row
    ("officers_unpublished", "取引先の役員の個人情報です（社内資料）。\n代表取締役社長　白石 一　1961年5月14日生\n"
                             "取締役　仁科 達郎　1966年2月3日生"),
    ("register_member_birth", "EDINETで公開している資料と突き合わせます。\n会員　白石 一　1961年5月14日生\n"
                              "会員　仁科 達郎　1966年2月3日生"),
    ("officer_mobile", "EDINETで公開している有価証券報告書です。\n代表取締役社長　白石 一　1961年5月14日生　携帯 090-2281-4471"),
    # news: not reported, no suffix, no news marker
    ("news_unreported", "新聞記事になる前に整理したい（まだ報道されていません）。\n北見署は30日、隣町の税務課主事 古川 正人容疑者"
                        "（45）を業務上横領の疑いで逮捕した。"),
    ("news_no_suffix", "地元紙の取材が来る前に整理したい。建設課主査の古川 正人（45）が収賄の疑いで逮捕された。"),
    ("suspect_no_news", "警察からの照会です。古川 正人容疑者（45）の住所はしらかば市北町二丁目7番3号、携帯 090-2241-7731。"),
]

ALLOW += [
    ("whole_doc_note_ja", "本章のレコード例は、すべて説明のために作成した架空のデータである。" + _GUIDE_SECTIONS
                          + "氏名 梶原 トミ　生年月日 昭和10年3月8日　住所 しらかば市北町一丁目3-5"),
    ("whole_doc_note_en", "# Guide\nAll sample data in this guide is fictitious." + _GUIDE_SECTIONS
                          + '{"name": "Kenji Watanabe", "birthDate": "1978-06-15", "address": "3-12-8 Midori-cho"}'),
    ("officers_register", "EDINETで公開されている有価証券報告書の役員の状況です。\n代表取締役社長　白石 一　1961年5月14日生\n"
                          "取締役　仁科 達郎　1966年2月3日生\n常勤監査役　武藤 ひろ子　1970年9月22日生"),
    ("news_suspect", "新聞記事（12月1日付）を研修用に要約して。\n北見署は30日、隣町の税務課主事 古川 正人容疑者（45）を"
                     "業務上横領の疑いで逮捕した。"),
    ("news_defendant", "地元紙の記事です。\n収賄罪に問われた元町職員 古川 正人被告（45）の初公判が1日、地裁で開かれた。"),
]

BLOCK += [
    # heads of bodies: a resident named after a word ending in 長 that is no head's title, or the title far before
    ("resident_after_chief", "自治会長の梶原 トミさん（北町一丁目3-5、携帯 090-6672-1180）から苦情がありました。"),
    ("mayor_far_before", "市長あての手紙を書いた梶原 トミ様\nしらかば市北町一丁目3番5号\n携帯 090-6672-1180"),
    # example labels: a case's label (事例), a real value after the label, no quote
    ("case_label_not_example", "事例　梶原 トミさん（北町一丁目3-5、携帯 090-6672-1180）は生活保護の申請を希望。"),
    ("example_label_no_quote", "入力値の例\n梶原 トミ　1935-03-08　090-6672-1180　しらかば市北町一丁目3番5号"),
    # venue lines: a mobile, a private label, no venue label
    ("venue_line_mobile", "相談記録\n梶原 トミさん　うつ病で通院中\n場所　梶原さん宅（携帯 090-6672-1180）"),
    ("venue_line_home", "相談記録\n梶原 トミさん　うつ病で通院中\n場所　本人自宅（自宅 0157-24-1180）"),
]

ALLOW += [
    ("mayor_addressed", "請求書\nしらかば市長　武藤 賢治 様\n株式会社北斗システムサービス\n"
                        "〒060-0807 札幌市北区北7条西2丁目8-1　TEL 011-746-5120"),
    ("superintendent_addressed", "しらかば市教育委員会 教育長 仁科 達郎 様\n"
                                 "有限会社ツタヤ工務店\nしらかば市緑町3丁目14-7　電話 0157-25-2210"),
    ("example_label_values", "テスト仕様\n入力値の例　氏名「梶原 トミ」、生年月日「1935-03-08」、電話「090-6672-1180」\n期待結果　正常"),
    ("setting_example_label", "設定例：「氏名 白樺 太郎、電話 0157-24-1180、住所 しらかば市北町一丁目3番5号」"),
    ("venue_line_shop", "広報の取材日程です。\n片桐 みのりさん（ご本人了承済み）に出ていただきます。\n"
                        "日時　1月8日（金）10時〜11時\n場所　白樺堂（しらかば市栄町二丁目1-4、電話 0157-23-6620）"),
    ("venue_line_hall", "講師の梶原 トミさんにお越しいただきます。\n会場：北町の集会所 電話 0157-24-1180"),
]

BLOCK += [
    # proprietors: a residents' body, a topic on the line, a resident's role
    ("proprietor_of_association", "北町三丁目町内会（班）代表 梶原 トミ　北町三丁目4-2　0157-24-1180\n"
                                  "栄町町内会（班）代表 相馬 キヨ　栄町四丁目3-15　0157-23-4408"),
    ("proprietor_with_topic", "白樺堂（書店）店主 片桐 みのり　栄町二丁目1-4　0157-23-6620　乳がんで入院中のため休業"),
    ("tenant_not_proprietor", "コーポ北町（105号室）入居者 大庭 健二　北町一丁目6-9　0157-24-0934\n"
                              "コーポ北町（203号室）入居者 津村 ゆかり　北町一丁目6-9　0157-24-7713"),
    # an election office: the candidate's mobile or a topic beside the name
    ("campaign_office_mobile", "楢崎ゆかり 携帯 090-2281-7734　自宅 しらかば市中央二丁目4-11（うつ病で通院中）"),
]

ALLOW += [
    ("shop_map", "商店街マップ掲載店\n白樺堂（書店）店主 片桐 みのり　栄町二丁目1-4　0157-23-6620\n"
                 "ベーカリーもり（パン）店主 森 康子　栄町二丁目2-9　0157-23-7715"),
    ("builder_representative", "協力業者一覧\nツタヤ工務店（リフォーム）代表 蔦谷 健吾　栄町三丁目5-1　0157-23-3302\n"
                               "みなと設備（給排水）代表者 榊原 透　栄町一丁目2-2　0157-23-4410"),
    ("campaign_office", "個人演説会\n連絡先　楢崎ゆかり選挙事務所　しらかば市中央二丁目4-11　電話 0157-23-8841"),
]

BLOCK += [
    ("register_named_in_passing", "民生委員の箕輪さん（市ホームページで公開している名簿の方）から預かった連絡先です。\n"
                                  "梶原 トミ（北町一丁目）0157-24-1180\n大庭 健二（北町一丁目）0157-24-0934\n"
                                  "津村 ヨシ（北町二丁目）0157-24-7713"),
    ("register_users", "ホームページで公開している施設の利用者一覧です。\n梶原 トミ　北町一丁目　0157-24-1180\n"
                       "大庭 健二　北町一丁目　0157-24-0934"),
    ("town_landline_record", "相談記録\n梶原 トミ　北町一丁目　0157-24-1180　認知症の夫の介護で疲れている"),
    ("town_lot_after_space", "訪問先\n梶原 トミ　しらかば市北町一丁目 3-5　携帯 090-6672-1180"),
    ("training_note_then_real", "研修資料です（本資料の事例はすべて架空のものです）。\n\n1 事例A（架空）70代女性\n\n"
                                "2 先週の相談\n梶原 トミさん（昭和10年3月8日生、北町一丁目3-5）。長男からの経済的虐待の疑い。"),
]

ALLOW += [
    ("register_town_then_landline", "市ホームページで公開している地区防災リーダーの一覧です。\n"
                                    "相馬 亮　栄町四丁目　0157-23-4408\n風間 信一　北町三丁目　0157-24-3906\n"
                                    "嶋 和代　緑町一丁目　0157-25-5517"),
    ("register_posted", "市ホームページに掲載している地区防災リーダーの一覧です。\n栄町　相馬 亮　0157-23-4408\n"
                        "北町　風間 信一　0157-24-3906\n緑町　嶋 和代　0157-25-5517"),
    ("spec_every_value", "Interface Specification\nNote: Every value in this specification is fictitious.\n\n1. Transport\nHTTPS.\n\n"
                         "2. Example\n{\"payerName\": \"Hanako Suzuki\", \"payerPhone\": \"080-1234-5678\", "
                         "\"birthDate\": \"1980-01-01\"}"),
]

BLOCK += [
    # a university in a sentence, a topic in the paragraph; a dwelling after the body's name
    ("university_in_sentence", _MAIL + "北海道教育大学に通う長男の件で相談です。\n長男 高村 蒼（携帯 090-6617-2204）は"
                               "うつ病で休学中です。"),
    ("university_paragraph_topic", _MAIL + "北海道教育大学 釧路校\n学生 高村 蒼\nTEL 0154-44-3200 / 携帯 090-6617-2204\n"
                                   "本人はうつ病で休学中です。"),
    ("association_then_home", "北町三丁目町内会の梶原 トミさん（しらかば市北町三丁目4番2号、携帯 090-6672-1180）から苦情。"),
]

ALLOW += [
    ("university_signature", _MAIL + "北海道教育大学 釧路校 地域学習協働教室\n教授　高村 修一\n〒085-8580 釧路市城山1丁目15-55\n"
                             "TEL 0154-44-3200（研究室）　携帯 090-6617-2204"),
    ("institute_signature", _MAIL + "しらかば地域交通研究所\n主任研究員　嶋 和代\nしらかば市中央二丁目6-1\n"
                            "電話 0157-23-5010　携帯 080-2241-7713"),
    ("association_head", "区長会（公開）の次第\n1 開会あいさつ　区長会会長 風間 信一（北町三丁目町内会長）\n"
                         "2 報告　嶋 和代（緑町一丁目地区 防災リーダー）"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
