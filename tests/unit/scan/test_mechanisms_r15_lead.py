"""Issue 13, round 15, the lead's mechanisms (table tests of positive and negative rows, written apart from the
held-out probe files, with other names, towns, numbers and wording):

From the round's start set (h15a/b/c):
- a note after the rows it speaks of (※上の2行は記入例です、注：上記はすべて架空のデータです) makes the paragraph above it
  an example too (document._BACK_NOTE);
- a letter's writer introduced before their own contact (Ako po si …, …と申します … 連絡先 090-…) reaches the contact
  at twice the general window: a resident gives the number at the end of a letter (aggregate._writer_before);
- router and VPN configs: a pre-shared key (crypto isakmp key … address, ipsec ike pre-shared-key 1 text …,
  pre-shared-secret), an enable secret, YAMAHA pp auth myname <user> <password>, RADIUS / TACACS+ keys and key chains
  (_credential_forms.CLI);
- a roster's sex field before a date (安西 陽菜　女　2011/06/14, 性別：男、2001年7月9日) makes the date a birth date
  (date_of_birth._SEX_BEFORE), and the sex field between a bare name and a value anchors the name (person_lexicon);
- the simplified and traditional Chinese forms of card labels' characters (保险者番号, 保險證, 记号, 电话) fold to the
  Japanese ones (normalise._VARIANTS, one to one);
- a romanised address with the flat's building between the block and the municipality (Shiinoki-cho 2-5-17, Sunrise
  Heights Room 105, Naraoka-shi) (address_romaji._FLAT);
- the document's own sentence closing with a marking (本記録は…の記録であり、関係者限り。) and a sentence of the marking
  alone after it (…登載しない。複製・持出禁止。) apply it (_marking_form._declared_by_sentence);
- a place-name surname glued to a title the tagger splits (藤代係長, 大迫課長補佐: 係 + 長) is a surname
  (person_places._title_glued);
- a story entered for a literary prize (文芸賞（小説部門）に応募された短編の冒頭) is fiction (person_shapes.FICTION_CUES);
- a marking word with an exclamation (【取扱注意！】年末の「危険なごみ」) marks no document (_marking_form);
- an example made from a real record (【記入例】（昨年度提出分を、本人の了解を得て…）) is no example
  (document._REAL_SOURCE).

From a writer's hard negatives (h15g, used for classes):
- a marking word named, not applied: a rules text's chapter or article heading (第5章　秘密文書), a template's line with
  placeholders (│ 秘　令和○年○月○日まで │), a katakana compound (★極秘ミッション★), a column's choices in brackets
  (区分（極秘・秘）), a quoted word qualifying the noun after it (「門外不出」秘伝のタレ) (_marking_form);
- an account written as a form's sample (口座番号 1234567, ゆうちょ 記号 12340 番号 12345671) inside a 記入例's paragraph
  (_examples.sample_account; outside one it stays live); a note that every name and number used in the 記入例 is
  fictitious covers the whole form (document._WHOLE_DOC);
- a list said to be published already (日本語版で公開済みの幹部職員名簿, 要領に基づき公表するもの) (public_notices._REGISTER);
- people introduced in an article published with their consent (ご本人の了承を得て掲載するもの) are the article's
  (public_context: a consent to publish makes the list published).

From a writer's records in odd shapes (h15h, used for classes):
- a name in brackets after a record role with an honorific inside (母（川名 沙織さん）) is that role's label
  (person_answers._ROLE_BRACKET), so a topic further down the record is theirs;
- a call transcript's answer to a name question in katakana, after a timestamp, a filler and the surname said first
  ([00:00:15] 相手：えっと、ミヤサカ、ミヤサカジュンペイです) (person_answers._KANA_ANSWER).

After the merges: a fiction script's real model case (モデルにしたケース, 支援記録から抜き書き) makes the text no fiction
(person_shapes._REAL_CASE); no name is glued to ヶ (汐見ヶ浦市立 …: 浦市立 is a place's tail) (person.py).

After the sealed end set (h15d/e/f) was scored: a topic later on the line (the paragraph) that names a private person
first by an honorific, a label or an introduction is theirs at twice the window (・…の 大江 美佐子 さん（61）。…
緑内障の影響で…; not a name in prose: a Wikipedia sentence's justice and a legal maxim's 被告人; aggregate); a stamp's or a
display's wording quoted (浸透印「取扱注意」, 「秘」の表示が必要) is named, not applied (_marking_form); a published
register's people are someone's charges only by a word outside a quoted remark (public_notices._charges_near); a Nepali
self-introduction with the Latin spelling in brackets, the residence card named in Nepali (person_foreign,
residence_card); a request naming the columns of the headerless table it pastes (列は左から 記号・番号・氏名・生年月日 です)
is that table's header, also as たぶん左から「受給者番号、氏名、生年月日…」です (_text.named_columns: person_columns,
date_of_birth). From a last blind batch (h15i): a label's value followed by a count (出席者：地区住民 27名) is a group,
not a name (person_labels._COUNT_AFTER).

Round 14's known gap (h14e002): a member of staff named on the indented line under a party's label (a court order's
当事者目録: 債務者　〒… <home address> ⏎ 　　<name>（… 勤務）) is the record's party (person_cues._under_party_line), and a
staff member who is a record's subject is a private person to their own home address, contact or birth date (their
record's topics stay rule_staff_record_subject's) (aggregate.rule_person_with_attribute).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests, not_blocked_test

BLOCK = [
    ("note_after_real_rows_not_example", "整形して。\n氏名,生年月日,電話\n日向 研二,1971/02/11,090-5521-7340\n\n"
                                         "※上の表は先月の来所者です。"),
    ("tagalog_letter_number_at_end", "Pakisalin po.\n\nAko po si Marites Lagman Ocampo, isang residente dito.\n"
                                     + "Nagrereklamo po ako tungkol sa basura sa tabi ng aming bahay. " * 6
                                     + "\nTawagan po ninyo ako sa 080-2261-9043.\nSalamat po."),
    ("japanese_letter_number_at_end", "返信文を考えて。\n\n市民の汐田 敬吾と申します。\n"
                                      + "先日、家の前の側溝の蓋が割れているのに気づきました。" * 8
                                      + "\n連絡は携帯 070-4418-2295 までお願いします。"),
    ("cisco_isakmp_key", "この設定で何が悪い？\ncrypto isakmp policy 10\n encr aes 256\ncrypto isakmp key Vb3#qLx8Tn address 10.20.0.1"),
    ("yamaha_pre_shared_key", "RTX1220 の設定を見直して。\ntunnel select 1\n ipsec ike pre-shared-key 1 text Gm7kWq2Zr5\n ipsec ike remote address 10.30.0.1"),
    ("vyos_pre_shared_secret", "set vpn ipsec site-to-site peer 10.40.0.1 authentication pre-shared-secret Jr6Hw2PqX8"),
    ("yamaha_pp_auth", "PPPoE がつながらない。\npp select 1\n pp auth accept pap chap\n pp auth myname kouminkan@isp.example Hz4qMt8Lw2"),
    ("tacacs_key", "AAA の設定です。\ntacacs-server host 10.50.1.9 key Pq8zXc3Vn1\naaa authentication login default group tacacs+ local"),
    ("key_chain_string", "OSPF 認証の鍵です。\nkey chain AREA0\n key 1\n  key-string Wd5nRt2Kq7"),
    ("roster_sex_then_date", "表にして。\n大迫 俊平　男　1958/10/23　年金受給\n大迫 菊江　女　1961/01/30　要介護1"),
    ("csv_sex_then_date", "集計して。\n1,杉本 千尋,女,2015-09-12,北中学区\n2,杉本 健太,男,2018-02-03,北中学区"),
    ("sex_field_label_then_date", "氏名：浜岡 純一、性別：男性、1989年12月4日、転入届の確認中"),
    ("chinese_insurance_label", "请翻译成日语。\n我的保险者番号是 138156，记号 北浜45，番号 2210。我叫王丽华。"),
    ("record_declares_scope", "要約して。\n\n本記録は非公開とした審議の記録であり、関係者限り。外部への提供不可。\n議題：用地交渉の状況"),
    ("marking_sentence_after_declared", "整理して。\n\n本資料は交渉中の事項を含む。複製・持出禁止。\n地権者との協議経過"),
    ("place_surname_title_split", "調整して。\n実は担当の大迫係長が、先週からうつ病の診断で病気休暇に入っています。"),
    ("place_surname_deputy_split", "北浜課長補佐が適応障害で休職中のため、答弁は課長が作成します。"),
    ("example_from_real_record", "直して。\n【記入例】（前年度に提出された申告書を、本人の了解を得て使っています）\n"
                                 "氏名：沢渡 裕貴　生年月日：平成4年2月3日　住所：北浜市錦町二丁目3番5号"),
    ("staff_debtor_under_party_label", "手続を教えて。\n債権差押命令\n当事者目録\n債権者　株式会社汐見ファイナンス\n"
                                       "債務者　〒３９０－０８１２　北浜市錦町三丁目８番２号\n　　　　沢渡　俊彦（北浜市 建設部 道路課 勤務）\n"
                                       "第三債務者　北浜市"),
    ("sample_account_outside_example", "返金の振込先です。北浜信用金庫 本店 普通 1234567 名義 サワタリ トシヒコ"),
    ("published_list_with_mobile", "以下はホームページで公開済みの民生委員名簿です。表に整えて。\n地区　氏名　電話\n"
                                   "北町　沢渡 俊彦　0566-75-2231\n南町　汐田 敬吾　090-3381-2207（本人携帯・非掲載）"),
    ("real_marking_after_chapter_text", "整理して。\n【極秘】\n第2回 用地交渉の記録\n地権者の提示額と町の評価額の差"),
    ("role_bracket_honorific", "誤字を直して。\n・担任：家庭訪問したが応答なし。母（汐田 美紀さん）とは電話で一度話せたが短時間で切られた。"
                               "\n・保育園：迎えが20時近くになる日がある。\n・保健師：母はうつ病で通院歴あり。現在の受診状況は不明。"),
    ("katakana_answer_transcript", "様式にまとめて。\n[00:00:12] 職員：お名前をお願いします。\n"
                                   "[00:00:15] 相手：えっと、サワタリ、サワタリトシヒコです。\n[00:00:20] 相手：住所は北浜町3丁目18番5号です。"),
    ("fiction_with_model_case", "台本を書き足して。\n※登場人物はすべて架空です。\n【登場人物】\n汐田ハル（84）　団地に一人暮らし。\n\n"
                                "モデルにしたケース（支援記録から抜き書き）\n対象者：沢渡 キヨ 様（86歳）\n"
                                "住所：北浜市東台二丁目 市営東台団地 5号棟 304号室\n診断：アルツハイマー型認知症、要介護1"),
    ("topic_later_on_persons_line", "整えて。\n・1人目は窓口業務補助の 汐田 美紀子 さん（58）。上期の評価は標準であったが、9月以降、交付誤りが1件、"
                                    "収納誤りが2件あった。本人は8月からうつ病で通院しており、眼科の診断書も提出している。"),
    ("nepali_intro_bracketed_latin", "訳して。\nमेरो नाम सुमन थापा (Suman Thapa) हो।\nमेरो फोन नम्बर: 080-6214-7731"),
    ("nepali_residence_card", "訳して。\nमेरो रेसिडेन्स कार्ड नम्बर: AB12837465CD\nमेरो फोन नम्बर: 080-6214-7731"),
    ("columns_named_in_request", "氏名だけ残して並べ替えて。列は左から 記号・番号・氏名・生年月日・前年度の結果 です。\n\n"
                                 "北浜10\t2241\t汐田 忠彦\tS35.7.19\t要医療（血糖）\n北浜11\t0917\t沢渡 和人\tS41.11.28\t要医療（血圧）"),
    ("columns_named_left_to_right", "件数を出して。たぶん左から「受給者番号、氏名、生年月日、住所」です。50音順に並べて。\n\n"
                                    "1203881\t汐田 亜希\t1989/04/17\t北浜市港南2-11-6\n1203907\t沢渡 咲\t1986/07/29\t北浜市中浜3-8-1"),
    ("romaji_flat_between", "Please translate.\nI am Rosa Villanueva. My home is Kaede-cho 3-4-11, Palm Court Apt 203, Kitahama-shi. Please call me."),
]

ALLOW = [
    ("back_note_example_rows", "取込テンプレートの説明文を作って。\n氏名,生年月日,電話\n見本 花子,1990/04/01,000-0000-0000\n"
                               "北浜 一郎,1985/07/07,090-0000-0000\n\n※上の2行は記入例です。実在の人物ではありません。"),
    ("back_note_fictitious", "研修資料の表です。\n利用者,年齢,状況\n川辺 ゆかり,82,独居\n森田 修,77,夫婦世帯\n\n"
                             "注：上記はすべて架空のデータです。"),
    ("staff_intro_office_phone_far", "返信文を直して。\n\n北浜市環境課の汐田と申します。\n"
                                     + "ごみの分別について説明いたします。" * 10 + "\n問い合わせ：環境課 0566-75-4130"),
    ("isakmp_masked_key", "crypto isakmp key ***** hostname hq-router\n（キーは伏せています）"),
    ("pre_shared_key_placeholder", "ipsec ike pre-shared-key 1 text <共有鍵>"),
    ("pre_shared_key_question", "pre-shared-key と enable secret の違いを教えてください。"),
    ("radius_no_key", "radius-server host radius01 auth-port 1812 acct-port 1813\nradius-server attribute 6 on-for-login-auth"),
    ("gender_statistics", "グラフにして。\n男女別人口（2025/10/01現在）\n男 12,345人\n女 13,456人"),
    ("women_day_event", "告知文を作って。\n女性 2025年3月8日 国際女性デーの講演会（市民会館）"),
    ("eldest_daughter_event", "長女 2019/04/01 入学、という書き方は正しい？"),
    ("chinese_public_info", "请翻译。\n国民健康保险的保险证会在7月寄出。详情请咨询市役所国保年金课。"),
    ("manual_about_scope", "本マニュアルは、関係者限りとする文書の例を示すものです。"),
    ("place_surname_duty", "大迫係長が健康診断の受付を担当します。"),
    ("literary_prize_story", "講評して。\n市の文学賞に応募された短編の冒頭です。\n　汐見トメは八十になる。潮見町二丁目の坂の上に住み、"
                             "心臓の薬を朝晩飲んでいる。"),
    ("sample_form_submitted_heading", "【記入例】提出された申告書の書き方\n氏名：見本 太郎　生年月日：平成3年8月14日"),
    ("creditor_representative_under_label", "当事者目録\n債権者　株式会社汐見ファイナンス\n　　　　代表取締役　沢渡　俊彦\n"
                                            "債務者　北浜市（代表者 市長）"),
    ("rules_chapter_heading", "スライドにして。\n北浜市文書取扱規程（抜粋）\n\n第5章　秘密文書\n（秘密文書の指定）\n"
                              "第41条　課長は、秘密の取扱いを要する文書を指定するものとする。"),
    ("template_box_line", "様式の見本を表にして。\n（表示の例）\n　　│　秘　　令和○年○月○日まで　│"),
    ("katakana_compound", "チラシを直して。\n★極秘ミッション★\n各店の裏メニューを限定販売！"),
    ("column_choices", "列見出しだけ抜き出して。\n番号｜文書の件名｜区分（極秘・秘）｜指定年月日｜課長印"),
    ("sample_account_in_example", "ポスターにして。\n【記入例】口座振替依頼書\n使用者名　見本 太郎\n"
                                  "口座番号　１２３４５６７\nゆうちょ銀行　記号　１２３４０　番号　１２３４５６７１"),
    ("whole_form_fictitious_note", "説明を足して。\n【記入例】申込書\n※記入例に使用している氏名・番号等はすべて架空のものです\n\n"
                                   "振替口座\n口座番号　１２３４５６７\n名義　キタハマ ハナコ\n電話　0566-00-0000"),
    ("published_directory", "英訳して。以下は日本語版で公開済みの幹部職員名簿です。\n部・室　　職名　　氏名　　直通電話\n"
                            "総務部　　危機管理監　　汐田　敬吾　　0566-75-1210\n市民部　　部長　　沢渡　俊彦　　0566-75-1401"),
    ("consented_volunteers", "訳文を確認して。紹介記事はご本人の了承を得て掲載するものです。\n"
                             "グエン・ティ・ランさん（ベトナム出身）\nChị Nguyễn Thị Lan (đến từ Việt Nam)\n"
                             "マルコス・ヨシダさん（ブラジル出身）\nSr. Marcos Yoshida (do Brasil)"),
    ("katakana_answer_yes", "職員：お名前をお願いします。\n相手：ハイ、ソウデス。\n職員：ありがとうございます。"),
    ("role_bracket_public", "広報の記事です。\n受賞者（汐田 美紀さん）のコメント：「地域の皆さんのおかげです」"),
    ("ke_place_facilities", "表にして。\n北浜ヶ浦市立 港南保育所\t北浜ヶ浦市港南3-1-5\t0479-62-4101\t120\n"
                            "北浜ヶ浦市立 浜通り保育所\t北浜ヶ浦市浜通り2-8-1\t0479-62-4102\t90"),
    ("vote_list_quoted_debate", "まとめて。\n市議会ホームページで公開している各議員の賛否です。\n議員名\t会派\t議案第1号\n"
                                "汐田 敬吾\t北浜クラブ\t○\n沢渡 俊彦\t市民の会\t×\n"
                                "・反対：沢渡議員「利用者の利便性が下がる」。"),
    ("label_value_counted", "書き直して。\n出席者：地区住民 27名\n【参加者A】高齢の方や障害のある方は運べない。"),
    ("columns_named_goods", "表にして。列は左から 品名・数量・単価・納品先 です。\n\nコピー用紙\t20\t450\t総務課\n"
                            "トナー\t3\t12000\t情報政策課"),
    ("prose_justice_and_maxim", "1975年5月20日、汐田康夫の指揮する最高裁第一小法廷は再審請求を棄却したが、その際に新証拠の明白性について"
                                "「確定判決における事実認定につき合理的な疑いを生ぜしめれば足りる」「疑わしいときは被告人の利益に」という"
                                "鉄則が適用されるとして、基準を引き下げる判断を下した。"),
    ("romaji_office_address", "Please check the English.\nKitahama City Hall, 2-1-1 Chuo-cho, Palm Court Building, Kitahama-shi"),
]

# a marking named, not applied: a warning at most (a warn is not a block)
NOT_BLOCKED = [
    ("stamp_purchase", "起案文を整えて。\n機密性２以上の文書には「取扱注意」、機密性３の文書には「秘」の表示が必要となったため購入したい。\n"
                       "(1) 浸透印「取扱注意」（赤）　42個\n(2) 浸透印「秘」（赤・丸型）　20個"),
    ("quoted_modifier", "リライトして。\n・「門外不出」秘伝のタレ食べ比べ（焼き鳥3店舗）"),
    ("exclaimed_marking_headline", "見出しを考えて。\n【取扱注意！】スプレー缶とモバイルバッテリーの捨て方\n中身を使い切ってから出してください。"),
    ("doc_not_scoped", "本資料は市民向けに作成したもので、関係者限りの資料ではありません。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
test_not_blocked = not_blocked_test(NOT_BLOCKED)
