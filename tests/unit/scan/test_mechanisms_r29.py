"""Issue 13, round 29 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- staff named by their employment class as the post (``再任用職員 …``, ``臨時的任用職員 …``, ``技能労務職員 …``), the title read
  however long it is; a member of staff named before ``に対する懲戒処分`` is the matter's subject;
- a post holder singled out by their unit, post and age (``福祉課 保護係長（48歳）``) with a personnel matter; a member of
  staff named by their staff number (``職員番号 318806``); a full name whose matter a mail is about (``…の件でご相談です``);
  a unit's or an institution's post holder with a note on who they are (``…センターの調理主任（県から派遣の女性）``,
  ``…診療所の所長（…の先生）``); the only business of its kind and its keeper, a note between (``唯一の銭湯（…）の経営者``);
- a password said to be as before (``パスワードは前と同じ … でいけます``); a log key with a qualifier and a quoted number
  broken over lines (``KOJIN_NO(raw)="…⏎…"``); a name after a label and は in a sentence, its given name in hiragana
  (``…。相談者は鶴巻 しずえ（81）、…``); a child with くん after a district and の, the surname a surname to the dictionary
  (``…3丁目の大熊 陽翔くん（5歳、…保育園）``, no staff heading); the writer naming themself after わたし with their unit
  and post in brackets (``わたし村雨蒼太（道路維持課 技師）は、…``: ``writer_self``); a configuration dump's dotted leader
  before a password (``password........…``); a party's label under a kanji item number, the unit, post and name indented
  on the next line (``一　被処分者`` ⏎ ``　　…課　主査　…``); a visit memo headed by the household's door on a line of its own
  (``…団地 3号棟305``, a room number with no 号), its topics lines below; staff as the source of their own certificate
  (``…主事から、…付で診断書（…）が提出``);
- stress-check results (``ストレス反応 …点``) of named staff in a list;
- machine shapes: vertical writing flattened column by column (short lines of one height, cut inside words); a table
  pasted from a PDF one cell a line, each cell's last character alone on the next line; a compound label alone on its
  line over the name (``対象児童`` ⏎ name); a compound label ending in 氏名 over a name split over two lines; HTML character
  references (``&nbsp;``, ``&#52;``); a fixed-width record whose birth date opens a longer run of numeric fields; a
  family register's birth dates in formal numerals (``昭和弐拾八年拾月参日生``);
- not: a dispatched worker in ordinary business mail, a one-width list of words with no prose, a lone compound label over
  a count, a new section head's published greeting with their age, an opinion addressed to a section head, test data
  said to hold no real person, HTML references in a page's footer, a town history's years in formal numerals, a form
  guide's note asking applicants not to copy their own filled form, a range of dummy staff numbers, a housing estate's
  vacancies by floor plan (``（1LDK・単身可 1戸）``), no hamlet's count of homes; levels quoted from a rule text in a question
  (``町の規程では…「機密性３・取扱制限（委員限り）」``); a press release's post with an age band (``主査（30代女性）``);
  compose's escaped reference (``$${DB_PASSWORD}``); a published roster of commissioners by a range of 丁目 (``港町1～3丁目``);
  a distributed newsletter's obituaries (``…全戸配布済み``, ``…のみ掲載しております``); a question which level a matter is
  (``…のどちらに当たりますか``); a survey's respondents noted by age band and sex beside a uniqueness cue said of a
  service (``…１か所しかない（30代男性）``).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("employment_class_discipline", "議事メモを整えて。\n\n議題 清掃事務所 技能労務職員 鷲見 徳治 に対する処分について\n"
                                    "・事実：勤務時間中に公用車で私用の買物（3回）\n・結論：減給1/10・1月"),
    ("employment_class_health", "休職者一覧を表にして。\n\n・給食センター 臨時的任用職員 布袋 実　うつ病で療養中（1/10～）"),
    ("unit_post_age_personnel", "相談メールを整えて。\n\nうちの課の 福祉課 保護係長（48歳）の件です。\n"
                                "勤務評定は3年続けて最下位で、本人の意に反する降任も検討しています。"),
    ("stress_response_list", "勧奨の手紙を差し込みで作って。\n\n1. 道路課 技師　梶ヶ谷 進　（ストレス反応 70点）\n"
                             "2. 納税課 主事　布施 まどか　（ストレス反応 66点）"),
    ("vertical_columns_flattened", "縦書きの事故報告をOCRしたら列ごとの短い行になりました。並べ直して。\n\n事故報告\n一　相手方\n"
                                   "　相手方氏\n　名　久我\n　悠斗（三\n　十一）。\n　転倒し、\n　右膝を打\n　打撲で整\n　形外科を\n"
                                   "　受診。\n二　対応\n　保険で対\n　応予定。\n"),
    ("pdf_cell_tails", "PDFからコピーしたら表が崩れました。Markdownの表に戻して。\n\n不登校児童 支援会議 資料\n区分\n氏名\n"
                       "学年・\n組\n状況\n対象児\n童\n浦野　ひ\nなた\n4年2\n組\n9月から欠席が続き、\n起立性調節障害の診断。\n"
                       "関係児\n童\n相良　蓮\n4年2\n組\n同じ班。\n"),
    ("lone_compound_label", "会議資料の形に整えて。\n\nいじめ対策委員会 資料2\n対象生徒\n浦野　ひなた\n１年２組\n"
                            "SNSで悪口を書かれ、9月から欠席。心療内科で適応障害と診断。"),
    ("compound_name_label_two_lines", "縦書きの調査票をOCRしたら、行がバラバラになりました。つなげて要約して。\n\n"
                                      "要支援者氏名\n宇良\nトヨ\n（うら　とよ）\n認知症があり、夜間の徘徊が続く。"),
    ("html_nbsp_name", "タグを取って表にして。\n\n<table><tr><th>氏名</th><th>所見</th></tr>\n"
                       "<tr><td>鹿島&nbsp;理沙</td><td>適応障害で休職中。復職は未定。</td></tr></table>"),
    ("html_numeric_my_number", "このHTMLのどこが壊れているか見て。\n\n<p>個人番号：&#52;&#55;&#49;&#57;&#50;&#48;&#51;&#56;&#53;&#53;&#50;&#55;</p>"),
    ("fixed_width_glued_date", "read_fwfで読むコードを書いて。\n\n"
                               "0031774402ﾄﾄﾞﾛｷ ｹﾝｼﾞ          19610824012010000250000R04ｻｼｵｻｴ\n"
                               "0031790115ﾔﾏﾌﾞｷ ﾏｻｺ           19530117014020000080500R05ﾄｸｿｸ \n"),
    ("staff_number_subject", "時系列に整理して。\n\n起案：処分量定について\n対象職員：環境部 廃棄物対策課 主査（K.M.、職員番号 318806）\n"
                             "処分案：減給1/10・2月\n事案の概要：当該職員は、勤務時間中に私用で外出を繰り返した。"),
    ("matter_named_after_teacher", "丁寧なメールにして。\n\n本校数学科教諭の 比留間 陽介の件でご相談です。"
                                   "9月から病気休暇中で、主治医から適応障害で2か月の療養が必要との診断書が出ました。"),
    ("password_as_before", "引継書を整えて。\n\n4　管理画面\n　ユーザー：kaigo_admin02\n"
                           "　パスワードは前と同じ Ut-Hazama#2208 でいけます（共通アカウントなので変えないこと）。"),
    ("log_key_number_wrapped", "このエラーの原因は？\n\nERROR FormRenderer - field overflow: KOJIN_NO\n"
                               "  KOJIN_NO(raw)=\"4719 2038\n 5527\"  len=15 expected=12"),
    ("post_holder_noted_sex", "誤字をチェックして。\n\n（※原稿メモ：学校給食センターの調理主任（県から派遣の女性）が、"
                              "酒気帯び運転で検挙され停職2月となった件。公表版では件数のみ）"),
    ("institution_head_noted", "敬語を整えて。\n\n町立北浜診療所の所長（町内にご自宅のある小児科の先生）の給与支払報告書の件、"
                               "回答します。\n・給与収入　13,800,000円\n・医療費控除の申告あり（ご家族の入院分）"),
    ("only_business_keeper", "文章に直して。\n\n1) 町内で唯一の銭湯（駅前、郵便局の隣）の経営者\n"
                             "　 固定資産税 H29〜R6　計 2,418,000円（延滞金別）、分納誓約の不履行"),
    ("label_wa_kana_given_name", "答弁者用メモを整えて。\n・背景は議員のSNSの件と思われる。相談者は鶴巻 しずえ（81）、"
                                 "汐見町２丁目7-3 ハイツ汐見201 在住、単身。"),
    ("child_kun_after_district", "数字を整理して。\n３　協議した事案\n　・南浜3丁目の大熊 陽翔くん（5歳、すみれ保育園）。"
                                 "腕のあざで保育園から通告。児相が一時保護。"),
    ("writer_self_bracketed", "顛末書として整えて。\n\nわたし村雨蒼太（道路維持課 技師）は、公用車で追突事故を起こした。"
                              "私は令和5年にも物損事故で訓告を受けており、今回で2回目になる。"),
    ("config_dump_dotted_leader", "原因を推測して。\n\n07:58:04.021 DEBUG c.z.hikari.HikariConfig : username........................svc_app\n"
                                  "07:58:04.021 DEBUG c.z.hikari.HikariConfig : password........................Qm4#tR8v!Lp2wXz\n"
                                  "08:30:12.554 WARN  HikariPool-1 - Connection is not available"),
    ("numbered_party_line_kanji", "横書きに直して。\n\n処分説明書（案）\n一　被処分者\n　　道路維持課　主査　舘野　恵一郎（四十五歳）\n"
                                  "二　処分の内容\n　　停職一月\n三　処分の理由\n　　酒気を帯びた状態で自家用車を運転し、検挙されたもの。"),
    ("visit_memo_headed_by_door", "文章に起こして。\n\n12/3(水) 家庭訪問\nみなと町2丁目8番1号 市営みなと団地 3号棟305\n"
                                  "世帯：父(45)、本人(小5男)\n・室内にゴミ袋が積まれている\n・給食以外の食事がほとんどない様子\n"
                                  "・本人 10月から不登校\n→ 要対協に報告、ネグレクトで進行管理を提案"),
    ("staff_own_certificate_from", "柔らかい敬語に直して。\n\n財政課長 各位\n人事課の宇田です。\n"
                                   "財政課 契約係 榊原 千尋主事から、6月2日付で診断書（うつ状態により2か月の療養を要する）が提出されました。"),
    ("name_note_then_about", "敬語で整えて。\n\n学校人事課さま\n本校の教諭 志賀 みのり（2年1組担任）について、12月1日付で医師の診断書"
                             "（適応障害、60日間の療養を要する）が出ましたので、病気休暇の手続きをお願いします。"),
    ("formal_numerals_birth", "相続関係説明図の下書きにして。\n\n長男　正一　昭和弐拾八年拾月参日生　現住所　汐見市港町二丁目五番地\n"
                              "二女　和子　昭和参拾壱年壱月九日生　婚姻により除籍"),
]

ALLOW = [
    ("dispatch_worker_business", "返信を作って。\n\n来週から派遣職員の 真壁 しおり さんが窓口に入ります。"
                                 "初日は9時に総務課へ来ていただくよう、派遣元へ連絡をお願いします。"),
    ("one_width_word_list", "五十音順に並べて。\n\n北浜公民館\n南浜公民館\n東浜公民館\n西浜公民館\n中浜公民館\n"
                            "汐見公民館\n港北公民館\n港南公民館\n高台公民館\n"),
    ("lone_label_over_count", "表にして。\n\n区分\n対象児童\n12名\n対象生徒\n8名\n"),
    ("section_head_greeting", "広報の原稿を整えて。\n\n新任のごあいさつ\n税務課長（55歳）としてこの4月に着任しました。"
                              "市民の皆さまに分かりやすい窓口を目指します。"),
    ("opinion_to_section_head", "丁寧な文にして。\n\n先日の説明会での 山科課長 に対するご意見は、担当課で整理のうえ回答します。"),
    ("test_data_no_real_person", "桁位置チェックのPythonを書いて。\n\n移行テスト用の【テストデータ】です（実在の人物は含みません）。\n\n"
                                 "9999990001ﾃｽﾄ ｲﾁﾛｳ            19000101999010000000100R01\n"
                                 "9999990002ﾃｽﾄ ﾊﾅｺ             19000102999020000000200R01\n"),
    ("formal_numerals_history", "市史の文章を読みやすくして。\n\n明治弐拾参年、村に初めての尋常小学校が開校し、"
                                "大正拾年には生徒数が参百名を超えた。"),
    ("applicant_form_guidance", "分かりやすく直して。\n\n【記入例】\n申請者氏名：市民　一郎\n\n"
                                "※ 上記は記入例です。実際の番号は申請書本紙にのみ記入し、コピーを取らないでください。"),
    ("staff_number_range_dummy", "VBAを直して。\nテスト用シート：A列 職員番号（000101～000105のダミー）、B列 給与明細の送付先"),
    ("housing_vacancies_by_plan", "FAQを作って。\n\n市営住宅 入居者募集\n募集団地：東浜団地（2DK 2戸）、西浜団地（1LDK・単身可 1戸）\n"
                                  "申込資格：障害者世帯等は所得基準を緩和します。\n問い合わせ：住宅課　電話 0123-45-6789"),
    ("rule_quoted_levels", "格付けの質問です。\n村のポリシーでは、障害の状況が書かれた資料は「機密性２以上」です。"
                           "一方、町の規程では審査会資料は「機密性３・取扱制限（委員限り）」となっています。"
                           "共同設置の場合、どちらに従うのが一般的でしょうか？"),
    ("press_release_age_band", "HP掲載用に整えて。\n\n報道発表資料\n職員の処分について\n"
                               "（1）懲戒処分　税務課 主査（30代女性）　戒告\n（2）管理監督者　税務課長（50代男性）　文書訓告"),
    ("compose_escaped_reference", "原因は？\n\n```yaml\n  app:\n    environment:\n"
                                  "      DATABASE_URL: postgresql://$${DB_USER}:$${DB_PASSWORD}@db:5432/yoyaku\n```"),
    ("published_commissioner_roster", "市HPで公開している一覧を表にして。\n\n地区,担当区域,氏名,区分\n"
                                      "第1地区,港町1～3丁目,館林 千代,民生委員・児童委員\n第1地区,港町4～6丁目,鳩山 勇,民生委員・児童委員\n"
                                      "第2地区,第2地区全域,鶴見 恵,主任児童委員"),
    ("newsletter_obituary_distributed", "英訳して。\n\n町内会だより２月号（１月末に全戸配布済み）の訃報欄です。\n"
                                        "・３班　故 猪股 キヨ 様（９２歳）　１月８日ご逝去\n・６班　故 檜山 正治 様（８５歳）　１月１９日ご逝去\n"
                                        "※ご遺族の意向を確認のうえ、班名・お名前・年齢のみ掲載しております。"),
    ("rules_question_which_level", "研修で聞いた内容の確認です。\n1. 人事異動の内示前の資料は機密性２と３のどちらに当たりますか？\n"
                                   "2. 公表前の入札の予定価格はどの区分ですか？"),
    ("nursery_class_chan", "おたよりを整えて。\n\n保育園の年長 ひなたちゃんが、運動会で元気に走りました。"),
    ("writer_unit_only", "文面を整えて。\n\n私（道路維持課 技師）は、来週の道路パトロールの担当です。"),
    ("survey_notes_age_bands", "意見を分類して。\n\nQ. 子育て支援について\n・一時預かりがいつも満員（30代女性）\n"
                               "・病児保育が市内に１か所しかない（30代男性）\n・男性の育休取得を率先してほしい（20代男性）"),
    ("staff_contact_lone_label", "表にして。\n\n連絡票\n担当者氏名\n山田 太郎\n電話 03-1234-5678（代表）\n健康診断の日程調整の件"),
    ("html_footer_references", "このHTMLを整形して。\n\n<footer>&copy; 2026 汐見市&nbsp;総務課　電話&nbsp;0123-45-6789（代表）"
                               "&nbsp;|&nbsp;<a href=\"/privacy\">個人情報の取扱い</a></footer>"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
