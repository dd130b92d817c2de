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
- wave 3: a uniqueness cue said of any person noun close before it or right after its bracket (本校の図書司書（本校には１名
  のみ配置）, コンビニ（駅前に1軒しかないあの店）のご主人, "she's the only one we have"); a habit seen in one place, a deed in the
  news, a hamlet's eldest (unique_described); a member of staff writing of their own matter, introduced by their unit or
  on a formal document's author line, in a first-person text (person_intro writer, aggregate._writer_own_topic); a
  signature with a note in brackets; a reading in brackets before と申します; a note inside a public document kept out of
  its published context (public_lines.note_lines); a staff age after the rest of a title (主任保健師（41）);
- wave 4: three kinds of specific detail in a person's sentence (an age, a place below the town, a named institution or
  event, a look, a former trade or a unique role, a deed in the news or a habit: unique_described._anchored); a business
  named in quotes and its keeper (「喫茶すずらん」のマスター); one of twins told apart; a club captain said with で; 唯一、;
  not the same person in a public feature with no sensitive fact;
- not: quoted descriptions in a question about them; a group's habit (…来ている方々); a consented health feature; a
  newsletter corner's this month's list; an office's longer name in an affiliation (県東部保健福祉事務所); a shop branch named
  by its town (みどり薬局 鶴見 beside 鶴見町); a vendor's main line; staff writing of harmless work; the residence card's
  sample named as such; a zero-padded insurance number in a 記入例;
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
    # wave 3: people singled out by a description (unique_described), staff writing of their own matter (person_intro
    # writer), a signature with a note, a reading before と申します, a public document's note, a staff rank after a title
    ("only_one_in_bracket", "お知らせに整えて。\n本校の図書司書（本校には１名のみ配置）は、11月から適応障害の診断により病気休暇を取得しています。"),
    ("only_one_after_shop", "会議資料の骨子を。\n担当: 南口のパン屋（駅前に1軒しかないあの店）のご主人、市県民税150万円の滞納あり。奥さんが入院中とのこと。"),
    ("only_one_we_have", "Make this email to HR more professional.\nOur Korean interpreter at the ward desk (she's the only one we "
                         "have) has called in sick 11 times. She told me she is being treated for panic disorder."),
    ("habit_described", "簡潔にして。\n毎朝7時頃に市民公園の池のそばで黒いラブラドールを散歩させている男性の件ですが、昨年措置入院の経過があり、"
                        "現在は統合失調症で通院中です。"),
    ("news_deed_described", "メモにして。\n去年の秋祭りで倒れた人を救命し、新聞にも載った桜町の男性（60代、大工）が、アルコール依存症の"
                            "診断を受け、生活保護の相談に来られました。"),
    ("hamlet_eldest", "清書して。\n通報者　新聞配達員\n本人　奥谷集落で一番の高齢者（97歳、男性）。長男が年金を管理し、腕に打撲痕あり。"),
    ("staff_writer_intro", "簡潔に直して。\n件名：病気休暇について\nお疲れさまです。道路管理課の鰐淵 遥（わにぶち はるか）です。\n"
                           "私事で恐縮ですが、先週、適応障害との診断を受けました。来週から病気休暇を取得したいと考えております。"),
    ("staff_writer_author_line", "公文書らしく整えて。\n\n顛　末　書\n\n総務部長　様\n\n市民課　主事　芹沢 勇樹\n\n"
                                 "私は、10月4日の深夜、知人宅で飲酒した後に自家用車を運転し、検問で酒気帯び運転により検挙されました。"),
    ("signature_with_note", "返信の下書きを。\n息子がいじめを受け、右腕を骨折しました。学校に調査を求めます。\n―――\n"
                            "千早 理沙（千早 湊の母）\n携帯：080-3316-7294"),
    ("reading_before_intro", "分類して。\n市長様\n私は、桜台三丁目４番５号に住む、芥子川 誠（けしかわ まこと）と申します。\n"
                             "統合失調症で月２回精神科に通っています。"),
    ("note_in_newsletter", "誤字を直して。\n■ご入学おめでとうございます\n　・野沢 ひなたさん（上町）「がんばります」\n"
                           "　【編集メモ・掲載前に削除】新入生はほかにもう1人（宮城 そらちゃん、里親委託中・児相ケース）。名前は出さない。"),
    ("rank_after_title_age", "報告を短く。\n東部保健センター 地域保健課の 鮫島 主任保健師（41）について。\n10/2 に診断書提出。うつ病により"
                             "３か月の療養を要する。病気休暇。"),
    # wave 4: three kinds of specific detail in a person's sentence (unique_described._anchored), a business named in
    # quotes and its keeper, one of twins told apart, a club captain said with で, 唯一、
    ("anchored_description", "メールを整えて。\n昨年の港まつり花火大会で事故を起こした男性（当時41歳、造船所勤務）が来庁しました。"
                             "頸髄損傷で身体障害者手帳１級、生活保護の相談です。"),
    ("anchored_look_habit", "やさしい言葉で。\n毎朝駅前の広場で体操をしている、青いジャージに白いキャップのおばあさん（83歳）について。"
                            "アルツハイマー型認知症の診断を受けました。"),
    ("quoted_shop_master", "週報にして。\n[10:02] 今朝、北口の「喫茶ひなげし」のマスターが来た。店をたたむらしく生活保護の相談。"
                           "家賃３か月滞納。"),
    ("quoted_farm_owner", "催告書の文案を。\n滞納者：「おおた果樹園」（りんご狩りの看板の所）の経営者\n固定資産税 滞納額 1,480,000円"),
    ("twin_told_apart", "報告書の形式に。\n年中もも組の双子の女の子のうち、お姉ちゃんの方の腕に青あざが２つありました。「ママがおこった」と話しています。"),
    ("club_captain_de", "文書にして。\n西中学校 ３年１組\nバスケット部でキャプテンをしている女子生徒\n- 腕のあざに顧問が気づき、児童相談所に通告"),
    ("only_one_comma", "面談の話し方を。\n対象：会計課で唯一、簿記１級を持っている主査（50代男性）\n・業績評価はＤの見込み\n・うつ病で病気休暇を取得"),
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
    # wave 3
    ("quoted_descriptions_question", "質問です。ケース記録で氏名を書かずに「○○地区で唯一の薬局の店主」「△△小学校でただ一人の外国籍"
                                     "児童」のように書いた場合でも、個人情報に当たりますか。病状を書く場合も教えてください。"),
    ("habit_group", "お知らせにして。\n毎朝ラジオ体操に来ている方々の熱中症対策として、公園に給水所を設けます。"),
    ("consented_health_feature", "要約して。\n広報の特集（本人の了承を得て実名で掲載、今月号で発行済み）\n市内の工場で働く"
                                 "早瀬 直美さん（52）は、２年前に乳がんと診断された。手術と抗がん剤治療を受けながら働いている。"),
    ("corner_this_month", "短くして。\n「すくすく赤ちゃん」コーナー、今月号の分です。\n◆ 相川 結（ゆい）ちゃん　父 相川 翔　母 相川 桃子　（東町）"),
    ("roster_office_affiliation", "並べ替えて。\n市の審議会委員名簿（市HPに掲載しているもの）\n区分｜氏名｜所属\n"
                                  "関係行政機関｜宇野 拓也｜県東部保健福祉事務所 環境衛生課長\n学識経験者｜杉 美和｜東部大学 教授"),
    ("branch_place_pharmacy", "CSVにして（県HPで公開している薬局一覧）。\n薬局名｜所在地｜電話\nみどり薬局 鶴見｜東郷郡鶴見町浜田 2-3｜0598-44-1200\n"
                              "あおば薬局｜東郷郡杉平町中宮 88-1｜0598-42-7720"),
    ("vendor_main_line", "Draft a short reply.\nDear Mr. Oda,\nI'm Ken Hale, account manager at Westbrook Maps KK. Your licence "
                         "expires on 31 March.\nKind regards,\nKen Hale\nTel: 03-5511-0200 (main)"),
    ("staff_harmless_self", "丁寧にして。\nお疲れさまです。財政課の宮下 拓です。私の担当分の予算資料を共有フォルダに置きました。"),
    ("residence_card_sample_named", "テストを書いています。在留カードの見本の AB12345678CD と、桁数の違う値を使います。"),
    ("zero_padded_insurance", "記入例の確認です。\n被保険者番号　０００００００００１（記入例）\n氏名　介護 一郎"),
    ("anchored_public_feature", "記事にして。\n毎朝駅前の広場で体操をしている、青いジャージに白いキャップのおばあさん（83歳）が、"
                                "今年も体操会の皆勤賞を受けました。"),
    ("quoted_shop_feature", "広報の記事にして。\n北口の「喫茶ひなげし」のマスターが、商店街のスタンプラリーに今年も参加します。"),
    ("shop_named_public", "記事にして。\n本町二丁目の「ベーカリー麦穂」が、商店街のスタンプラリーに参加します。店主の話では、限定パンも用意するそうです。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)


def test_described_patterns_name_every_group():
    """unique_subject and unique_described read the alternative that matched by ``Match.lastgroup``: every group of
    their description patterns is named, one to an alternative (an unnamed group would hide the name)."""
    from gateway.scan.recognizers import unique_described, unique_subject

    for rx in (unique_subject._DESCRIBED, unique_described._DESCRIBED):
        assert rx.groups == len(rx.groupindex)
