"""Issue 13, round 23 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a password announced by its own sentence ending the line (…のパスワードです。), then given alone on the next line
  (_credential_forms.NEXT_LINE_PW);
- a bank account's seven digits a blank apart right after the 種目 (普通　4 1 7 0 2 6 9), with a bank or a branch
  (bank_account._spaced_after_kind);
- staff as the sentence's subject or the record's subject (named with their age in brackets: 主査 X（47）) reach their
  line's disciplinary or crime words further (aggregate.STAFF_AGENT_WINDOW); a record's subject field heading its line
  (相手：…, 面談相手：…) is the topic of the record below it; a hiragana given name the dictionary cuts in two
  (person_rules._spaced_kana_pieces); 総合評定 and 面接評定 are personnel words;
- people identified without their name (unique_subject): a pupil by a school's class (…組に在籍する男児), a relative of
  the office's own post (…部長の長男), a named shop's keeper's relative or a keeper a bracket describes, a unit's one
  post holder described in a bracket (…センターの現所長（事務職・勤続30年）);
- a surname before a bracketed mobile or before の私用携帯 is that person's (person_cues._MOBILE_AFTER);
- non-public internal matters: 未公表事項, 公表まで不可, a manager's order not to speak of it outside, 地元には未説明, まだどこにも
  出していない, 課内検討段階, before the 部長会議;
- an OCR split label (個人 番号);
- not: a published bid results page named in the request (…入札結果のページに載っている表, 市HPに載せている入札結果) or a
  table whose header names the winning company (落札業者); a field named after the people it serves (障害者スポーツ,
  障害者施策); a password sentence whose next line is prose or a link.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("zip_password_sentence", "件名をもう少し丁寧にして。\n\n件名：【別送】パスワード\n本日お送りした「名簿_確定版.zip」のパスワードです。\n"
                              "　Lm4t-Rw83-Zq7k\n学校教育課 大和田"),
    ("zip_password_narimasu", "丁寧語で。\n添付ファイルの解凍パスワードになります。\nHk29#wqPe7\nよろしくお願いします。"),
    ("spaced_account_after_kind", "還付のお知らせを短くして。\n\n柘植 美穂子 様\n\n振込先：あおば信用組合　本町支店\n"
                                  "口座：普通　4 1 7 0 2 6 9\n名義：ツゲ　ミホコ"),
    ("staff_agent_far_crime", "人事課あての報告を時系列で整えて。\n\n当課 主査の 蓮見 孝之（はすみ たかゆき、47歳）が、"
                              "10月4日（土）の夜、知人宅からの帰りに自家用車を運転中、信号待ちの車に追突する事故を起こしました。"
                              "駆け付けた警察官の検査で酒気帯び運転が確認され、検挙されています。"),
    ("staff_age_note_subject", "面談記録を文章にして。\n\n面談（第1回）\n本人：建設部 主査 小此木 達也（51）\n"
                               "・人事評価は2年連続でD\n・睡眠障害で通院中とのこと"),
    ("counterpart_field_heads_record", "1on1のメモを要約して。\n\n1on1 記録\n面談相手：鵜飼 みのり 主事（入庁3年目）\n"
                                       "日時：2025-10-02 16:00\n\n・残業が続いている。本人いわく「断りにくい」。\n"
                                       "・人事評価（中間）の業績評価はC寄り。本人に伝えた。\n・父親が脳梗塞で入院中、週末は付き添い。"),
    ("interview_rating_example", "研修資料を1枚にまとめて。\n\n【参考】昨年度の評定例\n　受験番号 K-1187　宍戸 紗和（34歳）前職：旅行会社\n"
                                 "　総合評定 D\n　所見：説明は具体的だが、協調性に不安が残る。→ 不合格"),
    ("unannounced_meeting_memo", "Q&Aに書き直して。\n\n下水道事業 経営会議メモ（未公表事項）\n・使用料をR9.4から平均＋15％で調整。"
                                 "公表は審議会諮問まで不可。\n・管理者から「この件は外で一切話さないこと」"),
    ("unannounced_not_out_anywhere", "骨子を作って。\n来年度の組織見直し案（課内検討段階。まだどこにも出していません）\n"
                                     "・観光課と商工課を統合する\n・東部出張所を廃止する"),
    ("pupil_by_school_class", "研修の問いを3つ作って。\n【事例】市立南風台小学校 ３年２組に在籍する男児。父と２人暮らし。"
                              "担任が右頬の痣に気づき通告。児童相談所と情報共有した。"),
    ("office_post_relative", "報告文を整えて。\n市立東中学校で発生したいじめ事案について。加害生徒のうち１名は当事務局の"
                             "学校教育部長の長男です。被害生徒は不登校の状態が続いています。"),
    ("shop_keeper_relative", "箇条書きにして。\n民生委員さんからの相談。本町二丁目の「ベーカリー麦穂」の店主の父親が、"
                             "夜中に徘徊しているとのこと。認知症の診断はまだ。"),
    ("shop_keeper_in_bracket", "時系列で整理して。\n対象：中央商店街の「喫茶 こまどり」（個人事業。店主は70代の女性、店舗兼住宅）\n"
                               "滞納額：市県民税 412,800円\n5/12 差押予告書を送付。"),
    ("post_holder_described", "処分説明書の文面を直して。\n北部浄化センターの現所長（事務職・勤続30年）について、業者から接待を"
                              "受けていた件で、減給の懲戒処分案がまとまりつつあります。"),
    ("private_mobile_of_staff", "やわらかい表現にして。\n清掃活動のお知らせ（本文略）\n\n（以下は班内メモ）\n"
                                "緊急連絡は担当・嘉数の私用携帯 090-5512-7736 へ。副担当の宜保（080-2218-4470）は9時合流。"),
    ("ocr_split_my_number_label", "OCRが崩れたので表にして。\n給与 所得者 異動 届出書\n氏名　 鵜 飼　 浩 二\n"
                                  "個人 番号　 7 0 3 8　 1 9 4 6　 2 5 2 7\n異動 事由　 退職"),
]

ALLOW = [
    ("password_sentence_then_prose", "手順書を整えて。\n初回ログインに必要なのはIDとパスワードです。\n次に、画面右上の設定を開きます。"),
    ("password_sentence_then_link", "案内文を丁寧に。\n再設定の手順は以下のページに載っているパスワードです。\nhttps://example.jp/help"),
    ("spaced_digits_no_bank", "この数字の並びは何の規則ですか。普通 3 1 4 1 5 9 2 の順に並べます。"),
    ("results_page_named", "市HPの「入札結果」のページに載っている表です。落札率を計算して列を追加して。\n\n"
                           "開札日\t件名\t予定価格\t落札業者\t落札額\n2025/10/07\t市道改良工事\t31,500,000\t株式会社青葉建設\t29,880,000"),
    ("results_put_on_site", "市HPに載せている入札結果です。平均の落札率を出して。\n\n工事名：公園整備工事\n予定価格：12,400,000円\n"
                            "　㈱緑風造園　11,650,000円　← 落札"),
    ("disability_sports_field", "広報に掲載済みの表彰者一覧です。お知らせ文にして。\n\n分野｜氏名｜功績\n"
                                "スポーツ｜新垣 勇｜障害者スポーツの普及に貢献\n文化｜城間 和子｜郷土芸能の保存に尽力"),
    ("disability_policy_council", "報告を作って。基調講演：障害者施策推進協議会 会長 与那嶺 直子 氏（県立大学教授）"),
    ("staff_business_agent", "柔らかくして。\n当課の宮城主事が、10月の研修で懲戒処分の指針の改正点について説明しました。資料は共有フォルダにあります。"),
    ("interview_method_only", "面接官研修の資料にして。\n評定段階はA〜Eの5段階。面接官3名の合議で総合評定を決定する。"),
    ("reorg_announced", "広報用にまとめて。\n組織改編（令和8年4月）は12月議会で条例が可決され、記者発表しました。観光課と商工課を統合します。"),
    ("school_class_event", "お知らせ文にして。\n市立南風台小学校 ３年２組の児童が、地域の清掃活動に参加しました。"),
    ("shop_named_public", "記事にして。\n本町二丁目の「ベーカリー麦穂」が、商店街のスタンプラリーに参加します。店主の話では、限定パンも用意するそうです。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
