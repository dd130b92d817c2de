"""Issue 13, round 41 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a colleague by a letter and さん whom the line places in the office — a post or a duty before the letter
  (``管理栄養士のHさん``, ``…として勤務しているRさん``), a unit, a post or a career right after it (``Wさん（収納課、入庁2年目）``,
  ``例のSさん、元税務課にいて今は公民館に行った人``) — with a personal matter later in the paragraph;
- a staff table whose column of names is headed 職員 (surnames) with a remark telling a health matter; a bulleted item of
  a personnel meeting's record headed by a member of staff (``・公園課 主任 …：…病気休暇``), their record, not a speaker's line;
  real notes a request would turn into sample data (``…use them as test sample data``: a purpose, no word that the rows are
  samples); the keeper of a business named in quotes by 女将 (``「しおかぜ」の女将さん``) with a tax matter;
- not: dummy rows under a bracketed ``（ダミー）`` heading, mock data said so in English, a dummy generator's printed output
  below its code; the office's own staff in a drill's table (``課内の非常参集訓練``: ``氏名,参集手段,到着時刻``);
- a colleague introduced by the writer's unit or company and named again by surname as a sentence's subject with a
  matter (``弊社担当の三上…三上は…適応障害…休職``); a Latin full name in Japanese text with a bracket placing them
  (``Oliver Mbeki（ALT）``); a whole name's reading before more words (``早乙女 湊（さおとめ みなと）経験者枠``); a password before
  a bracketed Japanese note; Japan Post Bank's symbol and number on their own lines; a proposal's scores before
  ``（…公表予定）``;
- not: a consented 広報 column (``掲載同意をもらって載せてる欄``), an issued release commending a rescue (the rescued
  unnamed), a policy's marking example after ``e.g.``, a published personnel report's system description, an English
  signature under ``署名：``;
- a member of staff under a record's subject label with their own family's matter (``対象：… 主事``, 別居, 離婚調停); a post
  said to be held by that one person (``補佐はあの人だけ``); a business card line with a private mobile and a home address;
- not: a business card's mobile labelled for work (``携帯（業務用）``), a card on one line opened by the company's legal name,
  a list of organisations' people with their work contacts (``所属,部署,氏名,ふりがな,メール``), a contractor's team table
  under ``業務実施体制`` and its ``連絡窓口``;
- not: a person's work mail at a domain the text also gives the company's role address, a landline marked （直通）; a
  card manager's export (``会社名,部署,役職,氏名,郵便番号,住所,電話,メール,交換日``); a news article whose source the request
  names in brackets (``地元紙の記事（南海日報 7月4日朝刊・地域面）``);
- a member of staff under 相談者： in a hearing record with a health matter lines later; an evaluation grade ending its
  sentence (``評価C。``); a selection's candidates column (``| 候補者 | 年齢・現住所 |``) with notes;
- a restriction applied until a day (``※…の記者発表まで関係者限り``, ``それまでは委員会限りの資料です``);
- not: bid results the request says were opened (``昨日開札した工事の結果``) or pastes to tabulate (``開札結果を表にして``);
- not: an attendance list by organisation (``Attendees:``), a sign-in sheet of businesses (``事業者名,業種,参加者氏名``), a
  bid result opened today (``今朝開札した``), a rule's gloss of a level (``機密性２以上の情報（要機密情報）``), a cell's
  ``（非公表）`` note, an average age, the birth years of an issued release's bios;
- not: the same colleague in ordinary business (a handover, a shift), a training's case (``事例``, ``研修``), a letter
  with no place in the office (a resident's pseudonym in a case record is read by the pseudonym passes, not here).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests, not_blocked_test

BLOCK = [
    ("letter_after_post", "丁寧な報告文に直して。\n\n給食センター 管理栄養士のHさんについて\n・先月から適応障害で病気休暇中。復職は未定\n"
     "・代替の栄養士を会計年度任用職員で探しています"),
    ("letter_after_duty", "箇条書きを整えて。\n収納課で会計年度任用職員として勤務しているRさん、元夫からの暴力で避難中。住所は課長だけが把握。\n"
     "窓口には出さず、電話も取り次がないこと。"),
    ("letter_unit_bracket", "上司への相談メールに。\nWさん（収納課、入庁2年目）が最近遅刻続きで、昨日本人から「うつ病の治療中」と打ち明けられました。"),
    ("letter_assigned_before", "説明文にして。\n来月から配属されるPさんについて\n・採用は障害者雇用枠、聴覚障害（身体障害者手帳2級）\n"
     "・筆談ボードを席に置く"),
    ("letter_unit_work_after", "事実と推測を分けて。\n中川：例のJさん、市民税課で口座振替の返戻を扱ってた人。金庫の現金が足りない件\n"
     "中川：本人は否定。でも消費者金融に借金があるって噂"),
    ("letter_post_doing", "報告用に。\n保険年金課の資格係で係長やってるDさん、先週から適応障害で休んでます。"),
    ("staff_column_surnames", "係ごとに集計して。\n所属,職員,休暇種別,日数,備考\n管理係,岩田,病気休暇,21,不整脈で入院\n管理係,木暮,年次休暇,2,\n"
     "工務係,柴崎,病気休暇,14,適応障害 診断書あり"),
    ("record_item_in_minutes", "決定事項と保留事項に分けて。\n人事評価調整会議 記録\n出席：部長 高瀬、課長 松浦\n"
     "・公園課 主任 真鍋 綾乃：一次評価B。7月から病気休暇（うつ病）のため評価保留。\n松浦課長：目標の書き方を揃えたい。"),
    ("sample_data_as_purpose", "Please pseudonymise these notes so we can use them as test sample data for the vendor.\n\n"
     "Client: 小松 陽菜 (Komatsu Hina), DOB 2016-04-12, mobile 080-3391-5527\nConcern: bruises on both arms reported by school."),
    ("colleague_second_mention", "返信を作って。\n弊社担当の三上につきまして、ご報告がございます。\n三上は先月より体調を崩し、医師から適応障害との診断を受け、"
     "本日付で休職となりました。"),
    ("latin_name_bracket_programme", "報告にして。\nOliver Mbeki（ALT）、今週から休みです。心療内科で適応障害の診断書が出ました。"),
    ("reading_then_words", "清書して。\n受験番号 30511 早乙女 湊（さおとめ みなと）経験者枠 41歳\n・前職をうつ病で休職し退職したと本人が話した"),
    ("password_before_note", "手順書にして。\n管理画面のID kanri_user02 / PW Tq8#mLz4Rw2e（共通アカウント）"),
    ("yucho_english_lines", "Translate.\nJapan Post Bank\nSymbol: 12340\nNumber: 57319264\nName: OKONKWO GRACE"),
    ("proposal_scores_ahead", "英訳して。\n観光PR業務 プロポーザル 審査結果（4/2公表予定）\n| 順位 | 事業者 | 合計 |\n| 1 | 株式会社ミナトプロモ | 86 |\n"
     "| 2 | 北浜企画株式会社 | 79 |\n結果通知は公表日に各社へ。"),
    ("record_head_family_matter", "報告メールに。\n係員面談メモ\n対象：比嘉 葵 主事（収納課）\n・夫と別居中、家裁で離婚調停\n・子の親権で争いあり"),
    ("post_only_one_person", "メールにして。\nうちの課の補佐はあの人だけ。補佐、人間ドックで胃がんが見つかって来月手術だそうです。"),
    ("card_line_private_mobile", "お礼メールに。\n株式会社ハルカ企画 営業部 主任 秋月 蓮／携帯（私用）090-4471-2286／自宅 横浜市港北区日吉2-14-9"),
    ("staff_consultant_health_later", "時系列の表にして。\n聴取記録\n相談者：水道局 料金課 主事 日置 沙耶（26歳）\n"
     "行為者とされる者：同課 課長 坂東 仁\n（申述）\n・朝礼で大声で叱責された。\n・6月に心療内科を受診し、適応障害と診断された。"),
    ("grade_ending_sentence", "角が立たない表現に。\n村雨 翔（税務課 主任）評価C。期限遅れが7件、遅刻も月2回。"),
    ("candidates_column", "比較表に。最終決定は10/25予定。\n| 候補者 | 年齢・現住所 | 合計 | メモ |\n|---|---|---|---|\n"
     "| 森田 颯 | 29・東京都杉並区 | 127 | 腰痛持ち |\n| 大曽根 澪 | 34・京都市 | 125 | 前職を人間関係で退職 |\n| 坂上 健人 | 41・名古屋市 | 101 | 妻も移住予定 |"),
    ("restriction_until_release", "表にして。\n【市民スポーツ賞選考 結果（6/30）】※7/6の記者発表まで関係者限り\n1位 早坂 凛（陸上）47点\n2位 根岸 湊（柔道）41点"),
    ("restriction_until_said", "順位を付けて。受賞者の発表は3月10日の予定で、それまでは委員会限りの資料です。\n"
     "候補者／委員A／委員B\n桐谷 颯真（陸上）／9／8\n大塚 和奏（競泳）／10／9"),
    ("bid_results_before_publication", "開札結果の公表までは伏せておいて。\n予定価格（税抜）：48,620,000円\n開札日：7月3日"),
    ("quoted_inn_keeper_tax", "議事メモ風に。\n[10:02] 岡: 港町の民宿「しおかぜ」の女将さん、固定資産税が2年分たまってます\n"
     "[10:04] 岡: 来月の差押え候補です"),
    ("letter_career_after", "このやりとりを要約して。\n川上：例のSさん、元税務課にいて今は公民館に行った人、懲戒処分になるって本当？\n"
     "森田：飲酒運転だったらしいよ"),
]

ALLOW = [
    ("letter_handover", "丁寧に。\n管理栄養士のHさんへ\n来週の献立会議は水曜10時からです。資料の印刷をお願いします。"),
    ("letter_shift", "敬語に直して。\n収納課のWさん（入庁2年目）が明日の窓口当番を代わってくれます。引継ぎは朝礼で。"),
    ("letter_training_case", "研修資料として整えて。\n【事例】税務課の係長のKさんは、部下のLさんに対して大声で叱責を繰り返し、Lさんは適応障害で休職した。"
     "\n設問：あなたが課長ならどう対応するか。"),
    ("dummy_heading_bracket", "再識別リスクを指摘して。\n\n■加工前（ダミー）\n氏名：試験 はると　生年月日：2013-05-21\n"
     "所見：喘息（経過観察）\n\n■加工ルール\n・氏名を削除し、生年月日は年月に丸める"),
    ("staff_column_work_log", "作業時間を集計して。\n日付,職員,作業内容,時間\n6/3,岩田,側溝清掃,3\n6/3,木暮,草刈り,2\n6/4,柴崎,側溝清掃,4"),
    ("dummy_data_english", "I made mock registration data to test the form. Please write a validator.\n\n"
     "first_name,last_name,dob,email\nRosa,Lindqvist,2002-03-14,rlindqvist@example.test\nKenji,Arata,1999-12-01,karata@example.test"),
    ("dummy_generator_output", "ダミー職員データを作るVBAです。生年月日が偏るので直して。\n\nSub Dummy()\n  Cells(2, 2) = sei(i) & \" \" & mei(j)\nEnd Sub\n\n"
     "出力の先頭\nD0001\t早乙女 結衣\t市民課\t1988/02/11\nD0002\t久保田 翔\t税務課\t1975/09/30"),
    ("staff_drill_table", "平均参集時間を出して。\n課内の非常参集訓練（6/1）の結果です。\n\n氏名,参集手段,到着時刻\n大和田 悟,徒歩,6:41\n"
     "三枝 里奈,自転車,6:55\n沼田 健,徒歩,7:12"),
    ("consented_baby_column", "縦書きに。\n「すこやかベビー」欄（先月号に掲載済み。掲載同意をもらって載せてる欄）\n☆ 湊斗くん　令和7年4月3日生まれ\n"
     "　父：岩城 悠さん　母：岩城 葵さん（本町）"),
    ("rescue_release", "英訳して。\n令和7年3月2日 報道発表資料\n人命救助に係る感謝状の贈呈について\n駅前で倒れていた男性に心肺蘇生を行った"
     "市民に感謝状を贈呈します。\n贈呈対象者：栗林 大地さん（19歳）\n問合せ：消防本部 警防課 0466-22-0119"),
    ("policy_marking_example", "Translate.\nEmails shall include the classification in square brackets at the start of the subject, "
     "e.g. \"[CONFIDENTIAL]\"."),
    ("published_personnel_report", "要約して。\n「人事行政の運営等の状況」（市HPで公表している資料）\n人事評価は全職員を対象に実施し、結果を昇任・勤勉手当に活用"),
    ("signature_heading_english", "英訳して。\nAlex Romero 様\n\n更新の件です。\n\n署名：\n北村 学（Manabu Kitamura）\n"
     "Information Policy Division, Kitahama City Office\n2-3-1 Chuo, Kitahama-shi, Japan\nTel: +81-45-222-3100"),
    ("card_work_mobile", "お礼メールに。\n[名刺]\nアオイ電算株式会社 公共営業部\n真壁 湊\nTEL 03-5521-7700　携帯（業務用）：080-6621-3092\n"
     "m.makabe@aoi-densan.co.jp"),
    ("card_on_one_line", "お礼メールに。\n株式会社ミツバ設計 地域共創部 マネージャー 桐谷 みお／06-6271-5500／m.kiritani@mitsuba-sekkei.jp／"
     "大阪市中央区本町3-2-11 本町ミツバビル9F"),
    ("organisations_contacts_list", "名札にして。\nNo,所属,部署,氏名,ふりがな,メール\n1,北浜市,情報政策課,湯川 航,ゆかわ わたる,yukawa@city.kitahama.lg.jp\n"
     "2,株式会社アオバ,公共営業部,戸田 真央,とだ まお,m.toda@aoba.co.jp\n3,南町,総務課,相馬 理子,そうま りこ,soumu@town.minami.lg.jp"),
    ("contractor_team_table", "要件と照合して。\n5. 業務実施体制\n役割\t氏名\t所属・役職\t保有資格\n管理技術者\t早瀬 誠\t技術部 部長\t技術士\n"
     "照査技術者\t秋本 紗季\t品質管理室 室長\tRCCM\n連絡窓口：技術部 秋本（048-700-1200／s-akimoto@hokusei.co.jp）"),
    ("company_domain_staff_mail", "手順書にして。\n【保守 緊急連絡体制】\n一次窓口：support@hokuto-sys.co.jp\n二次：第一システム部 主任 "
     "柚木 航　k.yuzuki@hokuto-sys.co.jp\n三次：部長 樫村 仁　TEL 027-388-0150（直通）"),
    ("card_manager_export", "宛名ラベルにして。\n会社名,部署,役職,氏名,郵便番号,住所,電話,メール,交換日\n"
     "株式会社ナギサ,公共営業部,課長,浅倉 結衣,231-0023,神奈川県横浜市中区山下町12-3 ナギサビル5F,045-600-1100,y.asakura@nagisa.co.jp,2024/04/12\n"
     "東邦データ株式会社,営業部,主任,久住 亮,105-0014,東京都港区芝2-3-4 芝ビル8F,03-6800-2200,r.kusumi@toho-data.co.jp,2024/05/20"),
    ("clipping_source_in_request", "要約して。\n地元紙の記事（南海日報 7月4日朝刊・地域面）です。\n――\n岸壁から転落した男性（71）を、漁師の"
     "波多野 亘さん（33）が救助した。男性は低体温症で搬送されたが命に別条はない。\n――"),
    ("attendees_by_organisation", "Translate into Japanese.\nAttendees:\n- Asahi City, International Division: Mr Ken Ishida, "
     "Ms Rina Aoki\n- Harbour City Council: Ms Claire Dunmore (claire.dunmore@harbour.gov.au), Mr Tom Ellery\n\n1. Dates agreed."),
    ("signin_sheet_businesses", "集計して。\nNo,事業者名,業種,参加者氏名,部署,電話\n1,株式会社ミナミ土木,建設,宇佐見 浩,工務部,0463-22-5100\n"
     "2,有限会社カモメ印刷,印刷,芦田 梢,営業課,0463-31-8800\n3,株式会社ベイ情報,情報処理,槙 大悟,システム部,0463-90-2200"),
    ("bid_result_opened_today", "HTMLのtableに。\n以下は今朝開札した工事の入札結果です。\n予定価格（税抜）：48,500,000円（事後公表）\n"
     "株式会社岩根建設／43,100,000円／落札"),
    ("rule_level_gloss", "一般論として教えて。\n「職員は、機密性２以上の情報（要機密情報）を、約款による外部サービスに入力してはならない。」"),
    ("cell_note_unpublished", "集計して。\n法人番号,事業者名,所在市町,交付決定額\n7060001023847,株式会社日光精機,日光市,2850000\n"
     "（非公表）,個人事業主（1者）,益子町,480000"),
    ("average_age_statistic", "表にして。\n一般行政職の平均給与月額（令和7年4月1日）　405,213円（平均年齢42.1歳）"),
    ("restriction_rule_question", "公表まで関係者限りにすべきかどうか、判断の基準を教えて。"),
    ("bid_results_opened_yesterday", "昨日開札した工事の結果です。HP掲載用に落札率を計算して。\n予定価格（税抜・事後公表）：84,600,000円\n"
     "| 株式会社宇佐見組 | 76,200,000 | 落札 |"),
    ("bid_results_request", "開札結果を表にして。\n予定価格（税抜）：48,620,000円\n株式会社柳原設備　44,100,000円　落札"),
    ("letter_no_office", "文章を整えて。\nAさんとBさんで打合せ資料を分担します。Aさんは予算、Bさんは休職制度の説明ページを担当。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)

# the birth years of an issued release's bios: flagged at most (warn), never blocked
test_not_blocked = not_blocked_test([
    ("release_bio_birth_years", "記者発表済みの資料です。300字に。\n\n報道発表資料\n令和7年6月11日\n7月1日付け人事異動（部長級）について\n"
     "1　異動者\n総合政策部長　相良 啓介（総務省自治行政局 理事官）\n2　退職者（6月30日付け）\n総合政策部長　岩瀬 孝一\n"
     "3　新任部長略歴\n相良 啓介（さがら けいすけ）\n昭和52年生まれ、東京都出身。平成12年総務省入省。"),
])
