"""Issue 13, round 8, short chatty prompts (the r8-chat helper's mechanisms; table tests of positive and negative
rows, written apart from the probe file): a hiragana given name the dictionary reads as a common word after a lone
surname and before an honorific (小川ひなたちゃん); an age or a school grade right after a name (佐藤ゆみ（高2）, 野口さとみ
38歳); a birth date in kanji numerals beside a name (昭和四十九年三月二日生 たなか ひろし); a surname in brackets right after
a phone number (080-…（木下）); a spaced kana full name beside a mobile number in any grouping (090 41 27 5583 こにし
まさと); self-harm words (リストカット, オーバードーズ); "書き方の例ちょうだい" asks for an example and does not make the data
beside it one. Batch 2: a name referred to as a person (坂口って人); a relative's name after the relation (嫁の由香,
長女の美咲); a lone surname as a field of a slash-parted memo with a street or phone number; a surname with 方 after a
street number (緑町4-18 佐野方); an age in kanji numerals with a ten (七十八歳); a spaced hiragana given name after a
surname (森 ひかり); staff named with their office unit in brackets before a personnel word; a katakana ノ between house
numbers. Batch 3: a date in a prompt asking for an age; a family named by its surname (吉田のおばあちゃん, 石井さんちの
旦那); a lone surname right before a mobile number; a relative's name with its reading (父・清（きよし）); a lone surname
with an office unit in brackets as staff; a hiragana given name alone with くん/ちゃん before a school grade; a long-vowel
mark between kanji numerals of a house number; blows (殴った). Batch 4: a place name used as a surname before an
honorific (村田くん); a surname the dictionary knows as a company (松下 有紀); ケースNo.; a western year with a
kanji-numeral month; a business after a surname (山田商店) is no given name. Batch 5: a terse note (a spaced full name,
a space, a specific topic); a resident's first-person English (my boss took my passport); referral words open a
window (増井って人); entering a care home; an applicant's interview evaluation (面接の評価)."""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    # a hiragana given name after a lone surname, before an honorific
    ("surname_hiragana_chan", "山本ひなたちゃん、卵アレルギーあり。給食は除去食でお願いします"),
    ("surname_hiragana_kun", "うちの園の石田はるとくん、最近あざが多くて心配"),
    # a school grade or an age right after a name written without a space
    ("unspaced_name_grade", "中島れん（中2）が不登校ぎみで、母親から相談あり"),
    ("unspaced_name_bare_age", "窓口に来た森田ゆかり 45歳、生活保護を申請したいとのこと"),
    ("spaced_name_bare_age", "本人 松井 和彦 52歳。うつ病で休職中、家賃が払えない"),
    # a birth date in kanji numerals beside a name (a bare full name, hiragana or kanji)
    ("kanji_era_birth_hiragana", "年齢計算して 平成三年十月五日生 やまだ はるか"),
    ("kanji_era_birth_kanji", "昭和五十二年八月十日生まれ 石井 和子 さんの年齢は？"),
    # a surname in brackets right after a phone number: whose number it is
    ("owner_after_mobile", "連絡先 090-2274-6610（三浦）に夕方折り返し"),
    ("owner_after_spaced_mobile", "折り返し 070 3318 2046 (宮下) 午後なら出られるとのこと"),
    # a spaced kana full name beside a mobile number in any grouping
    ("kana_name_after_mobile", "080 22 41 7789 やまね ゆうた 電話帳に登録して"),
    ("katakana_name_before_mobile", "ヤマネ ユウタ 080-2241-7789 この人にSMS送る文面"),
    # self-harm words
    ("self_harm_wrist", "佐々木 りん（高1）がリストカットを繰り返していると保護者から電話"),
    ("self_harm_overdose", "相談者の妹 北村 まい さん、先週オーバードーズで搬送されたそうです"),
    # asking for an example of a record does not make the record an example
    ("example_asked_for", "川口 さなえさん、妊娠中で夫から暴力あり。面談記録の書き方の例ちょうだい"),
    # batch 2: a name referred to as a person (坂口って人, 大西という方)
    ("referred_as_person", "大西という方から電話。携帯 090-3381-2277、生活保護の相談をしたいそうです"),
    ("referred_colloquial", "生年月日 1984/11/2 の 篠原って人、税証明の件でまた来るらしい"),
    # a relative's given name after the relation
    ("kin_given_name", "長女の美咲が不登校で、母親から相談の電話がありました"),
    ("kin_given_name_partner", "内縁の夫の隆が、保護費を全部パチンコに使ってしまうそうです"),
    # a field of a slash-parted memo with a street or phone number on its line
    ("slash_memo_surname", "メモ→ 本町3-4-12 ハイツ本町201／三浦／家賃滞納で相談"),
    ("slash_memo_surname_first", "電話メモ：三浦／090-5512-7780／息子のひきこもりの相談"),
    # a surname with 方 after a street number: in care of that household
    ("household_after_street", "この宛名でいい？ 緑町4-18 佐野方 に督促状を送ります"),
    # an age in kanji numerals with a ten
    ("kanji_age_bare", "父 村井 正 七十八歳、認知症で徘徊あり。見守りの相談"),
    # a hiragana given name after a surname and a space
    ("spaced_hiragana_given", "生年月日 H4.6.2 森 ひかり この人の年齢計算して"),
    # a full name with an office unit in brackets is staff, the subject of a personnel word on the line
    ("staff_unit_bracket_record", "青木 聡（道路課）、無断欠勤が続いている件の指導記録を書いて"),
    # a katakana ノ between house numbers (digits or kanji numerals)
    ("address_kanji_no", "桜井 ゆかりさん宛、若松町三ノ八ノ二 に保護決定通知を送る"),
    ("address_digit_no", "桜井 ゆかりさん宛、若松町3ノ8ノ2 に保護決定通知を送る"),
    # batch 3: a date in a prompt asking for an age is a birth date; a full name beside it
    ("age_asked_date_name", "年齢を計算したい。B2 に 1962/09/14（北川 恵子）と入っています"),
    # a family named by its surname
    ("family_by_surname", "近所の吉岡のおじいちゃん（90）、最近物忘れもひどいらしい。包括につなぐ文面を"),
    ("family_household_dv", "「森田さんちの旦那、また奥さん殴ったらしい」と匿名の電話。記録の書き方は？"),
    # a lone surname right before a mobile number
    ("surname_before_mobile", "折り返し 宮原 080 4471 2093 夕方希望、国保の滞納の件"),
    # a relative's name with its reading in brackets, or after 父・/母・
    ("kin_name_reading", "平成元年生まれの長男の翔（かける）が、半年前から不登校です"),
    ("kin_dot_name", "昭和二十八年五月三日生まれの母・ハル の介護認定の申請をしたい"),
    # a lone surname with an office unit in brackets, the subject of a criminal word
    ("staff_surname_unit_crime", "職員の大野（財政課）が酒気帯び運転で逮捕されたらしい。事実確認のメモを"),
    # a hiragana given name alone with くん/ちゃん before a school grade
    ("kana_given_grade", "学童に来てる ゆいちゃん（小3）、腕にあざがあった。どこに連絡？"),
    # a long-vowel mark between kanji numerals of a house number
    ("address_kanji_long_vowel", "斉藤 ひろみさんの住所は北区十条三ー五ー一です。宛名を書いて"),
    # a husband's blows, a forgetful elder
    ("dv_blows", "片山 美和さん、夫に殴った跡を見せられたと相談に来た"),
    # batch 4: a place name used as a surname before an honorific; mental-health slang
    ("place_surname_kun", "うちの係の村田くん、最近メンタルやばそう。産業医につなぐ文面を"),
    ("place_surname_san", "大西さん（42）が適応障害で通院中とのこと"),
    # a surname the dictionary knows as a company before a given name, after a staff number
    ("company_surname_staff_no", "職員番号 31208 松下 有紀 の育休延長の申出、決裁文の文案"),
    # a case number written ケースNo.
    ("case_no_abbrev", "ケースNo.0518 田口 正 保護開始 令和6年9月 の引継ぎ文"),
    # a western year with a kanji-numeral month beside a name
    ("year_kanji_month", "年齢計算して：岩田 勝 一九五二年八月三日生"),
    # a kanji surname in brackets after its kana, then a mobile
    ("bracket_surname_mobile", "電話あり さとう(佐藤) 080-3391-2045 息子のひきこもりの相談"),
    # batch 5: a terse note, a spaced full name and then a specific topic after a space
    ("terse_name_topic", "前田 敏子 認知症 独居 見守り訪問の頻度を提案して"),
    # a resident's own English message: a passport taken by the employer
    ("english_first_person_passport", "Translate please: I'm Ana Lima. My boss took my passport and I haven't been paid."),
    # a name referred to as a person opens its own window
    ("referred_window", "昨日来た増井って人、生活保護の申請を断られたって怒ってた"),
    # entering a care home; an applicant's interview evaluation
    ("care_home_entry", "母・トシ子（88）が来月施設に入所します。住所変更の手続きは？"),
    ("interview_evaluation", "面接の評価をまとめて。受験番号 2087 小松 奈央さん、協調性に課題あり"),
]

ALLOW = [
    ("hiragana_no_surname", "アレルギーのある子には、ひなたちゃんマークのシールを貼ってください"),
    ("surname_particle_honorific", "田中もさんざん迷ったみたいです。会議は明日です"),
    ("grade_without_name", "中学校（中2）の不登校の割合は全国でどれくらい？"),
    ("age_statistic", "45歳以上の生活保護受給者の割合を年代別にグラフにして"),
    ("public_figure_age", "市長 48歳で初当選、今期で3期目。市の広報用にプロフィールを書いて"),
    ("kanji_date_building", "昭和五十二年八月十日に開館した市民会館の歴史を200字で"),
    ("office_number_bracket", "市民課 0467-22-3100（代表）に電話するよう案内して"),
    ("tollfree_bracket", "0120-444-222（平日のみ）の案内文をやさしい日本語で"),
    ("mobile_with_words", "080 22 41 7789 これ ちゃんと 登録 できてる？"),
    ("self_harm_training", "リストカットを繰り返す生徒への対応について、教員研修の資料を作って"),
    ("example_form_made", "面談記録の書き方の例を作って。\n相談者：見本 花子（記入例）、電話：090-0000-0000"),
    # batch 2
    ("referred_word_popular", "坂口って人気の店あるよね、駅前の。何時まで開いてる？"),
    ("kin_without_name", "長男の名前を考えてます。翔太と蓮で迷っていて、画数を比べてほしい"),
    ("kin_famous_history", "夏目漱石の妻の鏡子について、作品への影響を簡単に教えて"),
    ("slash_memo_facility", "本町3-4-12／中央公民館／講座の申込は2階の窓口"),
    ("household_word", "緑町4-18 の地図の見方と、地方の道路の調べ方を教えて"),
    ("kanji_age_statistic", "八十歳以上の方の認知症の割合を、県の統計から教えて"),
    ("surname_space_kana_word", "会議の出席者：田中 ほか、場所は第2会議室"),
    ("staff_unit_bracket_duty", "青木 聡（道路課）が道路占用の窓口を担当します。案内文にして"),
    ("no_in_place_names", "一ノ瀬川の河川改修工事と、第二ノ人生セミナーの案内を一緒に出したい"),
    # batch 3
    ("age_asked_no_name", "ExcelのDATEDIFで年齢を出すと1歳ずれる。A1に生年月日、B1に基準日です"),
    ("family_story", "昔話で、おじいさんとおばあさんが川へ行く場面を紙芝居にして"),
    ("office_mobile_policy", "公用携帯の番号は 080 で始まるものが多いけど、職員の私用番号と区別する方法は？"),
    ("kin_reading_public", "徳川家康の長男の信康（のぶやす）について、小学生向けに説明して"),
    ("staff_unit_duty", "大野（財政課）が予算編成の説明会を担当します。案内文にして"),
    ("kana_word_grade", "ひまわりちゃん（小3）というキャラクターを交通安全のポスターに使いたい"),
    ("long_vowel_katakana", "第三ーム計画（十ーン）って何のこと？ 誤字かな"),
    # batch 4
    ("business_after_surname", "東町3-4-5／山田商店／営業時間 9-18時、これをチラシ用に整えて"),
    ("clinic_after_surname", "本町2-1-8 佐藤歯科（電話 0263-33-1234）の休診日を案内して"),
    ("place_name_sama", "横浜様式の建物と、東京さ来週の出張の件"),
    ("referred_name_station", "川口という名前の駅、全国にいくつある？"),
    ("public_figure_person_word", "坂本龍馬という人物について、中学生向けに説明して"),
    ("case_no_rule", "ケースNo.の採番ルールを説明する文、新任ケースワーカー向けに"),
    # batch 5
    ("terse_words_topic", "会議 資料 うつ病 の職場復帰支援について、研修用に要点を"),
    ("english_passport_notice", "Translate: If your employer took your passport, please contact the labour office."),
    ("referred_public", "坂本龍馬って人、何をした人？ 小学生向けに"),
    ("care_home_general", "親が施設に入所したときの住所変更の手続き、一般的な流れを"),
    ("interview_evaluation_general", "面接の評価を◎○△で付けるときの基準の作り方を教えて"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
