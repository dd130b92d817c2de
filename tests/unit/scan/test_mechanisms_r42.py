"""Issue 13, round 42 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a colleague named apart from their name (recognizers/person_nicknames.py): the subject of a record by a letter, a post
  or the writer's unit's post with a bracket placing them (``対象：M（下水道課 管路係、30代）``, ``対象：うちの係長（…）``); a
  letter after its post with an age (``技師 R（41）``); a letter with くん or ちゃん placed by a bracket (``Yくん（今年度採用、
  …係）``); a nickname with ちゃん / くん / っち (``ミッちゃん``), a bare nickname placed by its post and named again as a
  subject (``カワ（主任）…カワは``), or owning a relative named twice (``ポンの奥さん``) — each with a personal matter after
  it in its paragraph (a heading's topic, ``…について``: the record below);
- harassment told as acts (``太もも触ってきた``, ``腰に手を回された``); a teacher by 教諭 is the board's staff (a hearing's
  subject); a member of staff's own matter right after their glued title (``…主事の休職``);
- not: the same nicknames and letters in ordinary work (a prize, a handover, a lunch), a pet's name (``ワンちゃん``), a
  counter's business said of a nickname (``転入届``), a training's case, a glued title with a leave announced by
  が (``…主査が育児休業に入ります``);
- not: a company's landline named so before it (``会社（…）``, ``会社の代表は …``), a mobile whose note or the words
  above call it the company's (``（当番携帯・社用）``, ``会社支給のやつ ⏎ 080-…``), a vendors' contact sheet
  (``業者名,…,担当者,…``), a compilation's 編さん (``市史編さん``) before a uniqueness cue;
- not (after the second wave): a meeting said to be held in closed session (``全員協議会（非公開）やります``) or an agenda
  item closed in published minutes (``議案第12号は非公開とし``); a training or a manual named by the office's work
  (``差押事務研修``); a childcare leave announced (``育児休業を取得させていただきます``); colleagues' surnames listed on one
  line (``対象：…さん、…さん、…さん``) — while a closed committee's record headed ``（非公開）`` still carries its marking;
- (after the third wave) the writer's own matter: a surname holding ノ or ツ in the self-introduction and the signature
  (``…課の岡ノ上です`` … ``岡ノ上 梨花``), a couple's treatment (``夫婦で不妊治療を続けていて``), a chat opened by the surname
  (``高城です 来週から入院します``), the writer's child in trouble (``長男（19歳）が…逮捕されました``), a report naming
  themself after ``私、``; an account number before a date after a space (``普通 3184207　7月支給分から``); a spaced full
  name before ``につきまして`` with a matter;
- not: an official car's plate (``公用車…「…300 さ 41-07」``), the other party's contact line in business mail
  (``（先方連絡先：… 様 TEL … …@…co.jp）``), a company's people in a training's attendance table (``会社名, 氏名, 受講日``);
- not (after the fourth wave): a CSV column of company mobiles (``…,担当者,社用携帯``), a number after a bare ``社用``, a
  site mobile's note (``（現場携帯）``), a business vehicle's plate (``4tユニック``, ``冷蔵車``, ``社用の軽バン``) — while a
  private light truck's stays a plate —, a company's own document's work mail (``弊社体制 … …@…co.jp``), people named with a
  company's mobile on their line (no roster), a rota's column of surnames;
- a company's own worker named in its report (``当社作業員 … （重機オペレーター）が…検挙``, ``弊社ドライバーの …が…骨折``);
- (after the fifth wave) the writer naming themself after ``私、`` with unit and post (``私、環境部 ごみ減量推進課 主査 …は``);
- not: a company's, a duty's or a site's mobile (``会社携帯 090-…``, ``（会社携帯・24時間）090-…``, ``当番携帯（会社所有）``), a
  company landline after its department (``本社工事部 0287-…``), a plate whose line names a company after it
  (``… ㈱大和田建設 6/3〜9/30``), bid results the request will publish or opens with (``町ホームページに載せる入札結果``,
  ``開札結果のCSVです``), a leave plan's or a training's completion table of staff, harassment as a training's subject
  (``ハラスメント防止研修``), a training's attendee label (``受講者：…課 係長 …``);
- (after the sixth wave) a staff table whose header counts months (``4月時間外(h)｜2～4月平均``) and a ``受講者`` column are
  read as tables (their health remarks are the staff's records); not: a unit's telework plan by day columns.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("subject_letter_placed", "所見にまとめて。\n\n対象：M（下水道課 管路係、30代）\n・9月から不眠を訴え、心療内科に通院中。\n"
     "・10月は欠勤6日。"),
    ("subject_unit_post", "要約して。\n対象：うちの係長（税務課 諸税係、50代男性）\n・妻と別居中で、離婚調停の期日に年休を取っている。"),
    ("letter_after_post_age", "報告文に。\n・8/2夜、道路課 技師 R（41）、飲酒後に自家用車を運転し物損事故。\n・酒気帯び運転で検挙、処分案は停職。"),
    ("letter_kun_placed", "課長向けに整理して。\n\n新人のYくん（今年度採用、保険年金課 資格係）について\n\n"
     "・面談で、うつ病の診断を受けて通院していると打ち明けられた。"),
    ("nickname_chan", "時系列でまとめて。\nアキ：ミッちゃん、課長に飲み会の帰り太もも触られたって\nアキ：それから出勤できてない"),
    ("nickname_placed_again", "事故報告書に。\n・当日の金庫担当はカワ（主任）。\n・映像で、カワが売上金を持ち出すところを確認。着服を認めた。"
     "\n・懲戒処分の対象として人事課に報告。"),
    ("nickname_kin_twice", "敬語でまとめて。\nポンの奥さん、昨日くも膜下出血で入院したって。ポンはしばらく休む。"),
    ("teacher_hearing_subject", "聴取記録に整えて。\n対象：長谷部教諭（理科）\n校長：研修会の帰りに同僚の腰に手を回したという申し出の件です。"),
    ("closed_committee_record", "要約して。\n\n選定委員会（非公開）\n委員4名の採点合計：A社 312点、B社 298点"),
    ("writer_kana_surname", "自然に直して。\n浅野係長\n国保年金課の一ツ木です。\n昨年から夫婦で不妊治療を続けていて、今月から"
     "体外受精に進みます。\n\n一ツ木 沙耶"),
    ("writer_chat_surname", "丁寧にして。\n真柴です 来週6/2から入院します 胆のうの手術で6/9退院予定 係には病名は伏せてください"),
    ("writer_child_arrested", "メモにして。\n「会計室の大江です。昨夜、次男（17歳）が窃盗の疑いで南署に逮捕されました。年休をお願いします。」"),
    ("account_before_date", "確認メールに。\n氏名：鹿野 みずほ（職員番号 30518）\n新口座：南海信用金庫 本店営業部 普通 4027391　8月支給分から"),
    ("name_before_nikimashite", "3行に。\n派遣しております森岡 優奈につきまして、本人が適応障害との診断を受けたとの連絡がありました。"),
    ("private_light_truck", "文面を整えて。\n対象：毎朝、集積所に家電ごみを置いていく白い軽トラック（なにわ 480 せ 29-15）。所有者は市内の個人で、"
     "軽自動車税が未納、財産調査を実施済み。"),
    ("company_worker_named", "課長あてに。\n当社作業員 勝俣 亮（重機オペレーター）が、私用車で帰宅途中に酒気帯び運転で検挙されました。"),
    ("company_driver_named", "3行に。\n弊社ドライバーの土井 亜希子が、配送中に転倒し骨折、現在入院中です。"),
    ("self_unit_named", "誤字を直して。\n始末書\n私、環境部 ごみ減量推進課 主査 下地 剛志は、12月14日深夜、飲酒後に自家用車を運転し、"
     "酒気帯び運転で検挙されました。"),
    ("overtime_table_months", "日程調整メールを。\nNo｜所属｜氏名｜4月時間外(h)｜2～4月平均｜備考\n1｜税務課｜田島 健一｜104.5｜88.2｜面接を辞退\n"
     "2｜こども課｜百瀬 翔太｜92.0｜71.3｜不眠を訴え、心療内科に通院中"),
    ("trainee_column_health", "並べ替えて。\n研修名｜日程｜受講者｜所属｜備考\n新任主任研修｜6/5｜川村 優斗｜保険年金課｜適応障害で休職し4/1に復職\n"
     "新任主任研修｜6/5｜羽田 みゆき｜市民課｜"),
    ("glued_title_own_matter", "短くまとめて。\n件名：市民課 大迫主事の休職について\n大迫主事の休職は12月から3か月の予定です。"),
]

ALLOW = [
    ("nickname_prize", "お祝いの文に。\n・表彰チームはカワ（主任）、それと企画課のリーさん\n・転入届の処理時間を半分に短縮"),
    ("letter_handover", "整えて。\nYくん（今年度採用、資格係）に来週から窓口の引継ぎをします。マニュアルは共有フォルダに。"),
    ("pet_name", "文章に。\nうちのワンちゃんが先週手術して入院しました。かわいい写真を見てください。"),
    ("nickname_lunch", "返信を考えて。\nポンちゃん、明日のお昼は新しくできたラーメン屋に行こう！"),
    ("case_study_letter", "研修の事例です。設問に答えて。\n対象：A（福祉課 主事、20代）\n・上司からの叱責でうつ病を発症し休職。"),
    ("leave_announced", "丁寧にして。\n各位\n来月から大迫主査が育児休業に入ります。窓口は石丸主任が引き継ぎます。"),
    ("company_landline_before", "守衛さん宛てに丁寧に。\n明日の点検はカモメ設備の久米さんが来ます。何かあれば会社（045-771-2039）へ。"),
    ("company_main_number", "整理して。\n現場は白石さんの業務用携帯に直接でよいそうです。会社支給のものです。\n080-6613-2047\n"
     "会社の代表は 045-771-2039 です。"),
    ("mobile_note_company", "表にして。\n設備,業者名,担当部署,担当者,夜間連絡先\n消防設備,港南防災株式会社,点検部,黛 真理,080-2291-7730（当番携帯・社用）\n"
     "空調,株式会社ミドリ空調,保守課,筧 亮介,045-320-1188"),
    ("closed_meeting_held", "丁寧に。\n6/20 10:00から全員協議会（非公開）やります。プロジェクターをお願いします。"),
    ("closed_item_minutes", "決定事項だけ表に。\n教育長：議案第12号は人事案件のため非公開とし、最後に審議します。\n（議案第11号 原案どおり可決）"),
    ("work_training_name", "くだけた文体に。\n8月の差押事務研修の日程です。対象：古川 健さん、岡野 真紀さん（新任は必須）"),
    ("own_leave_announced", "くだけた感じに。\nお疲れさまです。宍戸です。4月1日から育児休業を取得させていただきます。"
     "引継ぎは石黒係長にお願いしています。"),
    ("surnames_one_line", "くだけた文に。\n研修の対象：岩城さん、仲里さん、栗林さん、鬼沢さん（新任の方は必須）"),
    ("official_car_plate", "箇条書きに。\n[6/6 9:12] 竹中 亮：公用車押さえました。ナンバー「北山300 さ 52-18」です\n"
     "[6/6 9:14] 小松 愛：私と堀内さんも乗ります"),
    ("counterpart_contact_line", "整えて。\n株式会社南星電設 工事部 武田様\n工程の確認です。\n（先方連絡先：武田 隆 様 TEL 045-271-5580 "
     "takeda.t@nansei-densetsu.co.jp）"),
    ("company_attendance_table", "未受講の会社を抜き出して。\n会社名, 氏名, 受講日\n株式会社ミナトリンク, 石黒 健, 6/10\n"
     "株式会社ミナトリンク, 根本 美月, 未受講\n株式会社セキュアガード, 青木 勇, 7/3"),
    ("company_mobile_column", "並べ替えて。\n会社名,車両番号,車種,担当者,社用携帯\n北浜設備株式会社,なにわ 400 さ 21-88,軽バン,庄田 光,"
     "080-3107-5245\n株式会社ミナトメンテ,大阪 480 ゆ 6-54,軽トラック,中村 奈々,070-2286-9410"),
    ("bare_company_mobile", "予定表に。\n㈱みどり流通 配車 国分：1便7:20着 冷蔵車 名古屋 100 う 62-27 ドライバー 加賀（社用 080-1276-9345）"),
    ("site_mobile_note", "やさしい日本語に。\n施工者　大山設備工業株式会社　現場代理人 大山 健吾　TEL 052-441-9097（会社）／080-4452-9176（現場携帯）"),
    ("company_own_plan", "表にして。\n株式会社ステージ潮見 イベント制作部\n弊社体制\n制作責任者　小松 彩夏　社用携帯 090-7782-9130　"
     "s.komatsu@stage-shiomi.co.jp\n| 1 | 4tユニック | 川崎 100 は 19-62 | ステージ骨組 |"),
    ("guards_with_company_mobiles", "表にして。\n警備計画（抜粋）株式会社北星警備保障\nAエリア　警備員18名　隊長 嘉手納 剛（社用携帯 080-5561-9821）\n"
     "Bエリア　警備員26名　隊長 椎葉 はるか（社用携帯 080-5561-9822）\n本部　総括責任者 安次嶺 直人（社用携帯 080-5561-9800）"),
    ("rota_surnames", "3人を下回る日を指摘して。\n氏名\t第1希望\t備考\n須藤\t8/5-8/7\t\n蔭山\t8/13-8/15\t\n松浦\t8/7-8/9\t\n磯村\t8/14-8/16\t"),
    ("company_mobiles_sheet", "要約して。\n元請：株式会社 東雲工務店\n現場代理人　玉城 聡一　会社携帯 090-6218-9470\n"
     "職長 萬田 伸一　（会社携帯・24時間）080-3391-9582\n夜間休日 当番携帯（会社所有）090-7126-9401\n不在時は本社工事部 0287-62-9312"),
    ("plate_company_after", "タブ区切りに。\n1 なにわ 400 ふ 39-11 いすゞ エルフ2t 資材運搬 ㈱大和建設 6/3〜9/30\n"
     "2 和泉 480 あ 22-06 トヨタ ハイエース 作業員送迎 ㈲ミナト塗装 6/10〜9/30\n現場代理人 井上 健吾"),
    ("bid_results_to_publish", "町ホームページに載せる入札結果の表を作って。\n1 町道舗装補修工事\n 予定価格 24,316,000円　最低制限価格 22,665,000円\n"
     " 入札者：菅原建設 23,100,000円／かみゆだ舗道 22,700,000円（落札）"),
    ("bid_results_csv", "開札結果のCSVです（6/3開札分）。落札率の列を足して。\n件名,予定価格,最低制限価格,入札者,入札額,結果\n"
     "体育館空調設備工事,48200000,41370000,株式会社潮見設備,43150000,落札"),
    ("leave_plan_staff", "重なる日を確認して。\n市民税係　夏季休暇取得予定\n氏名｜第1希望｜第2希望\n東海林 健一｜7/22〜7/24｜8/19〜8/21\n"
     "佐々木 遥香｜8/12〜8/14｜8/25〜8/27\n比嘉 勇人｜8/13〜8/15｜9/2〜9/4"),
    ("harassment_training_report", "5つの箇条書きに。\nハラスメント防止研修 受講報告\n受講者：福祉課 係長 島袋 慎一\n"
     "研修では、パワーハラスメントの3要素について裁判例をもとに説明があった。"),
    ("telework_plan", "曜日ごとの表に。\n来週のテレワーク実施予定です。\n氏名\t5/19(月)\t5/20(火)\t5/21(水)\n鶴田 涼\t在宅\t出勤\t出勤\n"
     "目黒 佳乃\t出勤\t在宅\t出勤\n戸田 海\t出勤\t出勤\t在宅"),
    ("compilation_unique", "集計して。\n契約日｜件名｜相手方｜理由\nR7.4.1｜町史編さん資料の翻刻｜一般社団法人郷土史会｜翻刻を行える唯一の団体"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
