"""Issue 13, round 33 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- the first wave's classes: a member of staff named with a spaced title before their record (``武藤 健吾 主査の勤務状況
  について``); a resident signing a mail with a personal mobile and no unit (``…です。⏎ 千葉 美和子 ⏎ 080-…``); an
  estimate whose bid schedule gives its notice's day (``公告日：…``); an estimate in code (``YOTEI_KAKAKU = 31_500_000``);
  a matter kept from outside in other words (``それまでは対外的に一切出さない``); a move heard in confidence (``人事課から内々に
  聞いた``); an English candidate with country and age (``Olivia Brandt (Ireland, 31)``); recovery from alcohol; a
  programme's staff member by full name and post in brackets before an injury; a licence after ``Licence:``; a
  service's key in capitals (``STRIPE_KEY = "…"``); households by surname under a 世帯主 column; kana names glued to the
  digits of a fixed-width transfer file; siblings at a named nursery (``…保育園に通う年中の姉妹``);
- not: a quiz's option said to be a made-up example (``※架空の例です``); a list under a question on levels with a bracket
  state (``…月報（公表前）``); a handover's two members of staff (``引継者：…``, ``受継者：…``); a roster said to be the
  published page's (``公開中の表``); a staff mail signed with the unit; ordinary keys in capitals (``SORT_KEY``); a
  software licence; a stock list's katakana goods in a fixed-width file; siblings in a fee rule.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("staff_spaced_title_about", "課長に出す前に整えて。\n\n収納課 武藤 健吾 主査の勤務状況について\n\n本人から、9月に心療内科でうつ状態と診断されたとの申出があった。"),
    ("resident_signature_mobile", "返信の下書きをお願いします。\n\n父が先月から要介護2になり、デイサービスを探しています。私は市外に住んでいます。\n\n千葉 美和子\n080-6621-3907"),
    ("estimate_schedule_notice_day", "上司向けに要約して。\n\n・公告日：12月2日\n・開札日：12月19日\n・予定価格：31,540,000円（税抜）\n予定価格は事前公表しない案件です。"),
    ("estimate_in_code", "このスクリプトを直して。\n\nYOTEI_KAKAKU = 31_500_000  # 予定価格（開札前）\nprint(YOTEI_KAKAKU)"),
    ("kept_from_outside", "英文の手紙にして。\n\n・補助金は来年度から半減の方向。議会には2月に説明予定で、それまでは対外的に一切出さない。"),
    ("move_heard_in_confidence", "英文メールにして。\n\n（人事課から内々に聞いた内容）\n・観光課長 梶原 達也 → 4/1付で産業部次長"),
    ("candidate_country_age", "Rank the candidates.\n\nCandidate C – Olivia Brandt (Ireland, 31). Told the panel she is a recovering alcoholic, six years sober."),
    ("staff_full_name_post_injury", "Summarise in Japanese.\n\nCIR: Lucas Moreau Ferrand (CIR, 2nd year)\nLucas fell on the stairs; diagnosis: a fractured ankle and a concussion."),
    ("licence_after_label", "Please translate.\n\nDriver: Emma Clarke\nLicence: 5101 2233 0471\nThe car was damaged."),
    ("service_key_in_capitals", "403が返ります。\n\nSTRIPE_KEY = \"9c1d7e40-2b6a-4f3e-a8d5-6e0b71c4f2a9\"\nrequests.get(URL, headers={\"key\": STRIPE_KEY})"),
    ("household_surnames_column", "優先順に並べて。\n\n地区\t世帯主\t類型\tメモ\n東1\t篠塚\t高齢単身\t認知症の疑い\n東2\t檜山\t母子\t元夫からのDVで支援措置中\n東2\t菅沼\t傷病\t腰椎ヘルニアで通院中"),
    ("glued_kana_transfer_file", "どこがおかしいか教えて。\n\n2011900000ﾐﾅﾐｷﾞﾝｺｳ  101ﾎﾝﾃﾝ  000013377441ｼﾉﾂﾞｶ ﾏｻﾙ        0000052300\n2011900000ﾐﾅﾐｷﾞﾝｺｳ  102ｴｷﾏｴ  000014488512ﾋﾔﾏ ｻﾁｺ          0000061800\n扶助費の振込データです。"),
    ("siblings_at_named_nursery", "委員向けにまとめて。\n\n（参考）ひばり保育園に通う年中の姉妹について、近所の方から「夜に子どもだけで家にいる」との通告があり、家庭児童相談室で見守り中。"),
]

ALLOW = [
    ("quiz_made_up_example", "小テストを直して。\n\n問1 入力してはいけないものは？\n A. 条例の条文\n B. 相談者「鈴木一郎さん（50歳）」の借金の額 ※架空の例です\n 正解：B"),
    ("question_list_bracket_state", "機密性の分類でいうとそれぞれどのレベルになりますか。\n\n・ケース記録\n・区別の受給世帯数の月報（公表前）\n・公表済みのパンフレット"),
    ("handover_staff_labels", "抜けを指摘して。\n\n事務引継書\n引継者：介護保険課 給付係 主査 大和田\n受継者：介護保険課 給付係 主事 白川\n1 担当事務\n ・保険給付費の支払事務\n ・要介護認定の審査会の運営"),
    ("published_roster_page", "スマホ向けのHTMLにして。下の公開中の表（地区・氏名のみ掲載）です。\n\n地区\t担当区域\t氏名\n第1地区\t幸町1～3丁目\t久保 和枝\n第2地区\t旭ヶ丘全域\t戸田 誠"),
    ("staff_mail_signed_unit", "返信を整えて。\n\n私の方で資料を確認しました。来週の会議で説明します。\n\n高齢福祉課\n千葉 美和子\n内線 2231"),
    ("ordinary_keys_capitals", "このコードを説明して。\n\nSORT_KEY = \"created_at\"\nCACHE_KEY = \"report_summary_v3\"\nPRIMARY_KEY = \"ward_code\""),
    ("software_licence", "READMEを日本語に。\n\nLicense: Apache-2.0\nCopyright 2025 Example Project"),
    ("stock_list_fixed_width", "桁を教えて。\n\n000101ｺﾋﾟｰ ﾖｳｼ        000050\n000102ﾎﾞｰﾙ ﾍﾟﾝ        000120"),
    ("siblings_fee_rule", "やさしい言葉にして。\n\n保育園に通う兄弟姉妹がいる世帯は、2人目の保育料が半額になります。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
