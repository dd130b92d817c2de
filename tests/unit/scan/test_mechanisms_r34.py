"""Issue 13, round 34 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- the first wave's classes: a teacher named with the post and an age before a health record (``…の 早乙女 俊 講師（41）が…
  休職``); a requester's record set off by rules (``請求者：…`` ⏎ ``住所：…`` between ``―――``); a member of staff's own
  mobile told after the number (``090-…、私用のため…``) with the surname on that line; a memo's short fragment after its
  subject's sentence (``…は昨年入居、無職。国保税滞納あり。``); a card's licence number broken over a line after ``第``; an era
  broken from its year over a line (``昭和`` ⏎ ``52年…``) and a spread birth label (``生年月 日``); a given name the window
  starts at, after its surname and a blank;
- not: the dotfile a password is read from (``.pgpass``, ``.netrc``); an outage's grade (``重大障害``, ``軽微な障害``); a
  label's value that is a word of an act (``傷病者：想定 68歳女性``, ``評価者：指導救命士``); a published committee roster
  with given names of one character.
- the second wave's classes: a mail's writer giving 私の携帯 (``急ぎは私の携帯（080-…）まで``); a pupil's absences said
  (``登校できない日が続いて``, ``適応指導教室``); a bid-rigging tip's others bidding above the winner (``…より高く入れる``; the
  matter's ``とは`` marker read only as a definition, not in ``ことは``);
- not: a quiz whose names are declared made up (``※問題中の人名はすべて架空です``); a 記入例 form's sections below its mark
  (``【記入例】`` alone on its line over blanks to fill: ``XXXX``, ``〇〇``) up to the next bracketed heading; a council's
  vote table (``議員名　会派``); a test card cut short in a test of a card number too short (``4111 1111 1111``).
- the third wave's classes: a memo headed below the one private person named in full, its items their matters (``【取材
  メモ】`` ⏎ ``・…パニック障害と診断され``); a column of twelve-digit values all passing the check digit under any header
  (``p_no``);
- not: a morphology window cut inside a long kanji word (``…精神保健福祉審議会`` read from ``神保健``); a body's name after
  a topic (``県精神障害者家族会連合会``); opened bid results asked to be made the web page's (``開札結果をHP掲載用に``); a
  branch manager as a company's representative (``代表者：支店長 …``); a hospital's emergency line (``救急外来　電話 …``); a
  year before 1950 in a history text (``1925年、…内閣``); serials named as another number (``受付番号``) or sharing a prefix.
- the fourth wave's classes: personnel moves shown in confidence (``異動の内々の案``); a settlement's ceiling agreed inside
  (``和解金の上限``; ``議決が必要`` is no public marker); a label's value letter-spaced in an OCR'd form (``世帯主氏名　瀬 尾
  光 輝``); an English name with an appositive before ``has been on`` (``…, our ALT at …, has been on sick leave``);
- not: colleagues with their units in brackets after さん (``…さん（保育係）``); an event named after a block
  (``栄町二丁目夏祭り``); a password given as an example (``パスワードの例として``); a city's own mail domain
  (``city.….jp``).
- the fifth wave's (not): a roster printed in a 広報 issue (``【広報… 令和8年2月号 掲載】``); an example form declared all
  samples (``記入例なので値はすべて見本です``); a vendor's desk line in English (``our coordination desk at 052-…``).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("teacher_post_age_health", "返信を作って。\n\n本校 数学科の 早乙女 俊 講師（41）ですが、9月から休職中です（病名：適応障害）。復帰の見通しについてご相談したく。"),
    ("requester_between_rules", "不開示理由の文案を。\n\n――――\n請求者：長谷部 千尋\n住所：静岡県藤枝市青葉町3丁目8-12 コーポ青葉201\n請求日：令和7年6月2日\n――――"),
    ("own_mobile_note_after", "体裁を整えて。\n\n【連絡先】地域振興課 担当 堀口 恭平\n電話 0548-22-1111（内線301）\n※休日は堀口が対応します（090-4417-2386、私用のため公開しないでください）。"),
    ("fragment_after_subject", "時系列に整理して。\n\n・管理人の話：北条 大輔は昨年入居、無職。国保税滞納あり。\n・夜間に騒音の苦情が続いている。"),
    ("licence_dai_broken_line", "表にして。\n\n氏名　矢作 直人\n運転免許証番号　第 300421\n087460 号\n種類　普通"),
    ("era_broken_spread_label", "整理して。\n\n氏名　能生 千晴\n生年月 日　昭和\n52年 3月 14日"),
]

ALLOW = [
    ("pgpass_file", "スクリプトを直して。パスワードは .pgpass から読むので、スクリプトには書きません。\n\npg_dump -h \"$DB_HOST\" -U app appdb > backup.dump"),
    ("netrc_file", "curl の設定を教えて。パスワードは .netrc に置く運用にしたいです。"),
    ("outage_grade", "手順書を見直して。\n\n重大障害の場合は当番表に従い連絡。軽微な障害は翌営業日に対応。\n連絡先：情報政策課 三好（内線2210）"),
    ("label_value_act", "チェックリストを作って。\n\n想定訓練\n・傷病者：想定 68歳女性（役：警防課 職員）\n・既往歴（設定）：心房細動\n・評価者：救急課 指導救命士"),
    ("roster_one_char_given", "表にして。市のホームページで公開している委員名簿です。\n\n第1合議体　岩城 修（医師・岩城医院）／ 宮地 薫（社会福祉士・市社会福祉協議会）／ 小松 光（看護師・訪問看護ステーションこまつ）"),
]

# the second wave's classes
BLOCK += [
    ("writer_own_mobile", "短くして。\n\n保護者の皆様\n青葉小PTAの広報担当、桑原です。\n印刷の件で急ぎのときは私の携帯（080-5521-7304）までご連絡ください。\n\n青葉市役所 生涯学習課\n桑原 美紀\nTEL 0120-000-000"),
    ("school_absence_said", "温かい文に。\n\n３年２組　保護者　相良 様\n\nさて、相良 湊 さんは、5月から登校できない日が続いています。適応指導教室の利用もご検討ください。"),
    ("bid_others_above", "電話受付の内容を記録の様式にまとめてください。\n\n6/3(火) 10:10 契約係 受電（受付：村瀬）\n相手：匿名の男性\n内容：\n「7/1開札の河川改修はもう北斗建設で決まってる。ほかの3社は北斗より高く入れることになってる」\n→ このことは課長に報告済み。対応を協議予定。"),
]

ALLOW += [
    ("quiz_names_declared", "確認テストを直して。\n\n問1　生成AIに入力してよいものは？\nア　「佐藤花子さんの診断書の内容を要約して」という依頼\nイ　公表済みの採用試験要項\n\n※問題中の人名はすべて架空です。"),
    ("form_example_sections", "注意点を補って。\n\n【記入例】\n氏名　鈴木 太郎\n個人番号　XXXX XXXX XXXX\n住所　〇〇市〇〇町1-2-3\n\nＢ 配偶者\n氏名　鈴木 花子　生年月日　〇〇年〇月〇日\n\nＣ 扶養親族\n氏名　鈴木 次郎　続柄　子\n\nＤ 16歳未満の扶養親族\n氏名　鈴木 三郎　続柄　子\n\n注意\n・毎年提出"),
    ("council_vote_table", "CSVに。議会HP公表用の賛否一覧です。\n\n議員名　　　会派　　　　議案12\n前川　修　　市民の会　　○\n堀江　里美　市民の会　　●\n大槻　恵一　新政クラブ　○"),
    ("test_card_cut_short", "試験項目を確認して。\n\nNo\t試験項目\t入力値\n1\t正常決済\t4111 1111 1111 1111\n2\t桁不足\t4111 1111 1111\n※カード番号は決済代行会社のテスト用番号"),
]

# the third wave's classes
BLOCK += [
    ("memo_under_one_person", "原稿を600字に。\n\n【原稿】\n駅前で唯一の時計店を営む、曽我部 慎也さん。修理の腕は評判で、遠方から持ち込む客も多い。「直した時計がまた動き出す瞬間が好きなんです」と笑う。店を継いだのは八年前。父の代からの常連も多く、電池交換だけでも気軽に立ち寄ってほしいと話す。\n\n【取材メモ（10/2 森）】\n・前職の銀行で過労からパニック障害と診断され、2年休職。今も月1回通院中\n・病気のことは記事に書かないでほしいとのこと"),
    ("checked_number_column", "仕様書のサンプル欄にして。\n\nid,p_no,birth,sex\n001,482157306191,1961-05-02,1\n002,730294815668,1979-12-20,2\n003,208173649525,1948-02-11,1"),
]

ALLOW += [
    ("window_inside_long_word", "50音順に並べて。県ホームページ掲載の名簿です。\n\n長野県精神保健福祉審議会 委員名簿\n氏名\t所属\n寺田 修一\t信州医科大学 教授\n大塚 みどり\t県精神障害者家族会連合会 副会長"),
    ("bid_results_for_web", "開札結果をHP掲載用に表にして。\n\n令和7年2月4日開札\n予定価格（税抜）：12,400,000円\n最低制限価格（税抜）：10,900,000円\n\n入札者名\t入札額\n株式会社 北進建設\t11,200,000\t落札"),
    ("branch_manager_representative", "表に整えて。\n\n占用者：北陸通信株式会社 金沢支店\n　所在地：石川県金沢市広岡1丁目5番3号\n　代表者：支店長 坂井 隆之\n占用物件：電柱 2本"),
    ("hospital_emergency_line", "お知らせを整えて。\n\n年末年始は一般外来を休診します。急病の方は救急外来へお電話ください。\n　救急外来　電話 0258-33-1199（24時間）"),
    ("history_before_1950", "副読本の文章を確認して。\n\n1925年、若槻礼次郎内閣のもとで普通選挙法が施行され、納税額による制限がなくなりました。1945年には女性の選挙権が認められました。"),
    ("order_serials_checked", "件数をまとめて。\n\n受付番号\t区分\n202503476659\t窓口\n202595467626\t郵送\n202558211700\t電子"),
]

# the fourth wave's classes
BLOCK += [
    ("moves_shown_in_confidence", "座席表を作りたいので表にして。\n\n4月の異動の内々の案です（内示は3月下旬）。\n・北条 係長 → 税務課へ転出\n・後任係長：本庁 福祉課の 宮内 主査（昇任）"),
    ("settlement_ceiling", "相手方代理人への返信文を作って。\n\n【経過メモ】\n・相手方の請求は9,800万円。\n・庁議で和解金の上限を6,200万円とすることで了承済み（議会の議決が必要）。\n・本件は報道にはまだ出ていない。"),
    ("ocr_label_spaced_value", "OCRの崩れを直して。\n\n被 害 認 定 調 査 票\n世帯主氏名　 瀬 尾  光 輝　　　調査番号 2-0114\n所在地　岡山県倉敷市真備町箭田 1 2 0 4 - 6\n構造　木 造 2 階 建"),
    ("english_appositive_leave", "Polish my email.\n\nDear Mark,\nOliver Bennett, our ALT at the junior high school, has been on sick leave since 3 June; he was diagnosed with depression.\nBest regards"),
]

ALLOW += [
    ("colleagues_with_units", "くだけた文面に。\n\n新しく来られたのは、グエン・ティ・ランさん（保育係）、岸 航大さん（給付係）、森永 ひよりさん（母子保健係）の3名です。\nアレルギーのある方は出欠と一緒に教えてください。"),
    ("event_named_after_block", "報告用に整えて。\n\n出席：栄町二丁目町内会 会長 小出さん、副会長 荒木さん\n・栄町二丁目夏祭り（8/2）の件\n・ゴミステーションの臨時設置場所を確認"),
    ("password_example_quiz", "解説を確認して。\n\n問4　パスワードの例として研修資料に「P@ssw0rd」と書くことの問題点を挙げよ。\n解答例：弱いパスワードの典型で、例示としても推奨しない。"),
    ("city_domain_mail", "Please check my English.\n\nDear Ms. Keller,\nMr. Hirano and I will attend the online meeting. You can also reach us at kokusai@city.sakata-example.yamagata.jp.\nBest regards"),
]

# the fifth wave's classes (not: a roster from a 広報 issue, an example form declared samples, a vendor's desk line)
ALLOW += [
    ("roster_from_koho_issue", "表にして。\n\n【広報みなみ野 令和8年2月号 掲載】\n民生委員が新しくなりました\n地区｜担当区域｜氏名\n東部｜栄町1〜2丁目｜小野寺 康子\n東部｜旭町｜グエン・バン・タイ\n西部｜緑町｜片桐 勇"),
    ("example_declared_samples", "英語をチェックして（記入例なので値はすべて見本です）。\n\nNOTIFICATION OF MOVING IN - SAMPLE\nName: SUZUKI HANAKO\nDate of birth: March 3, 1992\nNew address: Minami-shi 4-5-6, Room 202\nResidence card number: AB12345678CD"),
    ("vendor_desk_line", "Translate this.\n\nInterpreters: Ms. Aya Morikawa (May 12), Mr. Tom Hale (May 13).\nOn the day, please call our coordination desk at 052-961-4470 (8:00-20:00).\nKind regards, Kei Ota, Coordinator"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
