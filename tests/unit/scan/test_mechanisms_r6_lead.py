"""Issue 13, round 6, the lead's mechanisms (table tests of positive and negative rows, written apart from the
probe files): staff named with their unit heading a line that goes on to their health or personnel record; a
name headed by a colon counts only before a sensitive topic; one such row is enough; a spaced full name whose の leads
to a sensitive topic is that record's subject; a pupil named after the class in brackets."""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("unit_colon_health", "・下水道課 荒井 正人：血圧 178/104 要精密検査\n・会計課 星野 里美：HbA1c 8.2 要治療"),
    ("unit_spaced_leave", "福祉課　松田 陽子　11/1〜11/30　育児休業\n福祉課　山内 誠　11/14〜　病気休暇（うつ病）"),
    ("one_row_colon", "荒井 正人：要精密検査"),
    ("one_row_bullet", "・荒井 正人：要精密検査"),
    ("one_row_spaced", "荒井 正人　うつ病で休職中"),
    # a surname glued to a staff title as the subject of a health sentence
    ("staff_subject_health", "特記事項　佐野主事は10月15日に現地でパニック発作を起こし受診（診断：パニック障害の疑い）。"),
    ("staff_subject_leave", "山田課長は、うつ病で休職中です。"),
    # an English record label before a name in Japanese script; signs of elder abuse; an English unannounced draft
    ("english_label_katakana_name", "Client：マリア・ロドリゲス（45）\n夫と死別後、子ども3人を一人で養育。家賃を2か月滞納。"),
    ("elder_abuse_signs", "対象：新田 カツ さん（90）、息子と二人暮らし\n内容：夜中に怒鳴り声。本人が痩せてきている。"),
    ("english_unannounced_draft", "Draft budget (not yet announced, internal only): the city plans to cut the bus subsidy."),
    # a spaced full name whose の leads straight to a sensitive topic
    ("name_of_discipline", "案件：環境部 清掃事務所 技能労務職 後藤 浩二 の懲戒処分について"),
    ("name_of_welfare", "宮下 恵の生活保護の申請について"),
    # a pupil named after the school class, in brackets
    # field names of exports and code (romanised, snake and camel case) as name labels
    ("json_name_kanji", '{"resident_id":"R-0009182","name_kanji":"宇野 純一","address":"若葉市栄町2-3-4"}'),
    ("json_camel_case", '{"nameKanji":"宇野 純一","nameKana":"ウノ ジュンイチ","tel":"090-3321-8876"}'),
    ("code_customer_name", 'customer_name = "宇野 純一"\naddress = "若葉市栄町2-3-4"'),
    # case-record words: a young carer, an unstable mental state, a hoarded home, drinking more
    ("young_carer", "対象：岸本 結衣さん（中2）\n・母の精神状態が不安定で、本人はヤングケアラーの可能性。"),
    ("hoarded_home", "栄町の荻野 昭 さんのお宅。奥さんが亡くなってから、ごみ屋敷状態で。本人、お酒の量が増えてるって。"),
    # one digit at a time, the label a line or two away (an OCR'd card)
    ("spaced_digits_near_label", "個 人 番 号 カ ー ド\n氏名 渡部 千秋\n番号 5 0 3 9 2 8 1 7 4 6 5 6"),
    # English school and labour records
    ("english_absent_bullied", "Student: Leo Fernandes (Grade 4, Class 2). Since October he has been absent 11 days. "
                               "His mother says he is being bullied on the way to school."),
    ("unpaid_wages_eviction", "相談者：グエン・ヴァン・ナム さん（技能実習生）\n勤務先で賃金未払い3か月。寮を追い出されそう。"),
    # a nursery class named after its 園
    ("nursery_class", "娘（わかば保育園 さくら組 石井 芽依）が園でけがをしたのに、連絡が遅かったです。骨折していました。"),
    ("roster_of_deaths", "死亡届の受付一覧です。\n\n中央　山口 ハツエさん（94）\n北町　栗田 清さん（88）\n南台　遠藤 トミさん（101）"),
    ("title_first_private_contact", "相談者：代表取締役 石井 敦\n住所：若葉市中央2-1-1\n携帯 090-3344-9921"),
    ("class_in_brackets", "息子の大介（3年2組 野口 大介）ですが、昨日から発熱しており、インフルエンザと診断されました。"),
]
ALLOW = [
    ("minutes_speakers", "山田 太郎：本件について説明した。\n鈴木 花子：了解と回答。\n佐藤 次郎：次回までに確認する。"),
    ("staff_directory", "総務課　山田 太郎　内線 2201\n財政課　鈴木 花子　内線 2310\n企画課　佐藤 次郎　内線 2420"),
    ("staff_business_item", "・総務課 山田 太郎：会議室の予約"),
    ("public_figure_prose", "田中 角栄は糖尿病を患っていたと伝えられる。"),
    ("unit_topic_seminar", "・健康増進課 山田 太郎：糖尿病予防セミナーの講師"),
    ("json_schema_fields", '{"name_kanji": {"type": "string"}, "address": {"type": "string"}}'),
    ("field_names_in_prose", "列 name_kanji には漢字氏名、name_kana にはカナ氏名を入れてください。"),
    ("young_carer_seminar", "ヤングケアラー支援の研修会を開催します。講師：若葉大学 教授 山田 太郎"),
    ("hoarding_ordinance", "ごみ屋敷対策条例の制定について、市長 田村 誠一が記者会見で説明した。"),
    ("spaced_digits_shown_as_example", "マイナンバーの入力欄は12桁です。 例：5 0 3 9 2 8 1 7 4 6 5 6 のように1桁ずつ入力"),
    ("spaced_phone_digits", "電話 0 9 0 1 2 3 4 5 6 7 8 9"),
    ("obituary_column", "広報のおくやみ欄の書式をそろえて（ご遺族の了承済みの掲載分です）。\n\n中央　山口 ハツエさん（94）\n"
                        "北町　栗田 清さん（88）\n南台　遠藤 トミさん（101）"),
    ("company_register", "商号：株式会社若葉システム\n法人番号：7020001077789\n本店所在地：若葉市中央2-1-1\n"
                         "代表者：代表取締役 石井 敦"),
    ("nursery_notice", "わかば保育園 さくら組の保護者の皆様へ：12月の行事予定です。"),
    ("wage_news", "ニュース：ヤマダ商事で賃金未払いが発覚し、労働基準監督署が調査している。"),
    ("staff_duty_health_check", "佐野主事は健康診断の受付を担当します。"),
    ("staff_explains_screening", "保健センターの山田保健師が、がん検診の結果について説明します。"),
    ("english_label_company", "Client：若葉システム株式会社\n契約更新の件"),
    ("noise_complaint", "夜中に怒鳴り声が聞こえるという苦情が寄せられています（騒音の相談）。"),
    ("news_not_yet_announced", "The date of the festival has not yet been announced."),
    ("official_of_topic", "市長 田村 誠一の健康診断の結果が公表された。"),  # a title before the name: an official
    ("name_of_plain_word", "後藤 浩二の説明資料について"),
    ("class_in_brackets_no_topic", "（3年2組 野口 大介）の保護者です。運動会の日程を教えてください。"),
]


test_blocks, test_allows = action_tests(BLOCK, ALLOW)
