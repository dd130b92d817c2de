"""Issue 13, round 10, the lead's mechanisms (table tests of positive and negative rows, written apart from the
probe files): the office's negotiating position (提示額・上限・落としどころ with an amount) as an internal matter; the
writer's own declaration that the content may not leave the office (外部に出せない内容, 相手には伝えないこと); a network
configuration shown as an example (設定例, サンプル設定, example configuration) is study material, not the office's
network; a person in apposition after an English role word, closed by a comma (One student, Haruka Ishizaki, has …); a spaced full
name after 名前は / 氏名は, its given name in kanji or kana (母の名前は本田 フミ子です), not a thing's or an animal's name;
a secrecy word inside a quoted name (新商品「マル秘 極うま みそだれ」, 「…」の紹介文) is no list of marks; staff named as
the subject of a record with a bracketed note before について (坂巻 恵理子（平成8年生）について); a Latin full name on the line
of a free-mail address whose local part spells two of its parts (Maria Lourdes Villanueva / maria.villanueva.1988@…)."""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests, not_blocked_test

BLOCK = [
    # the office's negotiating position: a price it may offer, its ceiling, its fallback, with an amount
    ("next_offer", "用地買収 交渉記録\n地権者との次回提示額は坪単価38万円まで。"),
    ("offer_ceiling", "補償交渉：提示額の上限は1,200万円で市長決裁済み。"),
    ("fallback", "落としどころは30万円くらいかな。市長にはまだ言ってない。"),
    ("english_ceiling", "Negotiation notes: our ceiling is 45 million yen, do not reveal it."),
    ("english_reserve_million", "The reserve price is 56.4 million yen; bids open on 14 December."),
    # the writer declares the content may not leave the office
    ("not_for_outside", "交渉メモを整理して（外部に出せない内容）\n\n来週の打合せの議題を三つにまとめて。"),
    ("do_not_tell", "相手には伝えないこと。先方の要求は全額補償だが、こちらは半額で調整する。"),
    # a person of the record in apposition after the word for their role, closed by a comma
    ("apposition_student", "One student, Haruka Ishizaki, has a severe peanut allergy and carries an EpiPen."),
    ("apposition_resident", "One resident, Maria Santos, is on dialysis three times a week."),
    ("apposition_client", "Our client, Nguyen Van Minh, lost his job and cannot pay the rent."),
    # a spaced full name given after 名前は / 氏名は, the given name in kanji or kana
    ("declared_kana_given", "母の名前は本田 フミ子です。認知症で施設に入りました。"),
    ("declared_kanji_given", "母の名前は本田 文子です。認知症で施設に入りました。"),
    ("declared_comma", "相談者の氏名は、安田 光子。生活保護を受給中です。"),
    # staff as the subject of a record, a bracketed note between the name and について
    ("staff_about_bracket", "保険年金課 主事 坂巻 恵理子（平成8年生）について、医師の診断書（適応障害、3か月の療養を要する）が提出されました。"),
    # a Latin full name on the line of a free-mail address spelling two of its parts
    ("mail_spells_name", "保護者の連絡先 → Maria Lourdes Villanueva / maria.villanueva.1988@yahoo.co.jp（就学相談、生活保護を申請中）"),
    # a real configuration of the office's network (not an example)
    ("real_firewall", "このファイアウォール設定を見直して\ninterface Vlan120\n ip address 172.16.120.1 255.255.255.0\n"
                      "access-list 110 permit tcp 172.16.120.0 0.0.0.255 host 172.16.200.15 eq 1521"),
]

ALLOW = [
    # a cap in a public notice; negotiation in general or by example; a concluded, published deal
    ("grant_cap", "補助金の上限は5万円です。申請は12月末まで。"),
    ("negotiation_example", "交渉の一般的な進め方：例えば提示額の上限を1,000万円と決めておく。"),
    ("published_deal", "用地買収の交渉記録（公表用）：令和7年度に3件、総額1億2千万円で契約を締結しました。"),
    ("negotiation_no_amount", "用地買収では、地権者に補償基準を丁寧に説明し、鑑定評価に基づいた価格を提示することが基本です。"),
    # a document not pasted; the rule itself
    ("rule_about_documents", "この資料は外部に出せないので、要点だけ教えて。"),
    # apposition of a group, a public speaker, a name with no sensitive matter
    ("apposition_group", "Each student, Grade Five Class, has an allergy form to fill in."),
    ("apposition_speaker", "The guest speaker, Professor Yoko Tanaka, talked about diabetes prevention."),
    ("apposition_member", "One member, Kenji Watanabe, spoke about the festival."),
    # the name of a company or a thing after 名前は; a quoted product name holding a secrecy word
    ("company_name", "会社の名前は本田 技研です。認知症の研修をします。"),
    ("product_quoted", "商品紹介文を考えて\n\n道の駅の新商品「マル秘 極うま みそだれ」。秘伝の配合です。"),
    ("product_quoted_after", "道の駅で売る「マル秘 みそだれ」の紹介文を作って。\n\n地元の農家の秘伝の配合です。"),
    # staff named with an extension or a unit before について in ordinary business
    ("staff_about_extension", "税務課 主任 山田 一郎（内線2214）について、来週の会議の日程を調整してください。"),
    # a work address spelling the name; an example domain
    ("work_mail_spells_name", "Please reply to Ana Souza (ana.souza@saude.gov.br) about the dementia prevention programme."),
    ("example_mail", "Contact: John Smith <john.smith@example.com>, the library manager."),
    ("museum_million", "The museum has 1.2 million visitors a year; our ceiling is high."),
]

# a configuration example in training material or a sample configuration: not blocked (a lone private address
# still warns)
EXAMPLE_CONFIGS = [
    ("vlan_example", "研修資料のVLAN設定例を説明して\n\nvlan 10 name SALES\ninterface Vlan10\n ip address 192.168.10.1 255.255.255.0"),
    ("sample_config", "サンプル設定の意味を教えて\naccess-list 101 permit tcp 10.0.0.0 0.0.0.255 any eq 443"),
    ("english_example", "Explain this example configuration:\ninterface Vlan20\n ip address 10.1.20.1 255.255.255.0"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
test_example_configurations_are_not_blocked = not_blocked_test(EXAMPLE_CONFIGS)
