"""Issue 13, round 8, the lead's mechanisms (table tests of positive and negative rows, written apart from the
probe files): health words written in kana (a child's or a parent's note, handwriting read by OCR, voice input left
unconverted) and a few health words of home care; a contact card's formatted name (vCard ``FN:``)."""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
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
]

ALLOW = [
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
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
