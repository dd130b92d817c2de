"""Issue 13, round 26 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- staff: a record's party line (被処分者：<unit> <post> <name>) is the topic of the record below it, past the topic's own
  window; a colleague named by surname after the writer's unit (弊課の…は、…入院しております); a notice addressed to a
  member of staff named elsewhere as staff (…様 ⏎ あなたは…病気休暇…); a committee member by surname and post whose
  treatment a secretariat's note gives (…副会長は…治療中で、);
- a list of surnames alone, each with an age (・笹倉(86) 独居、人工透析; 野々宮 77 糖尿), not a table of districts with
  figures; an address said to be a shop and a home (店舗兼住宅); a housing estate's block, floor and room;
- a spaced full name with its reading and an age (無職の男性 <surname> <given>（reading）44歳); a guardianship's parties as
  labels (被後見人：); a household by its members on a memo's next item line (<address>の角 ⏎ - 80代の母親と…息子);
- care words: home oxygen, hearing loss, tube feeding; 生保 as a welfare note writes it; a 基礎年金番号 typed with the
  long-vowel mark between blanks (３２０７ ー ６１４４９０);
- internal matters: a transfer plan's draft (人事異動の素案) before 内示; a host map of three or more private addresses in a
  log, with no network word; one host of the office's own segregated network in a short question (基幹系…？);
- not: 更生保護 in an honours list, a life insurer's sales visit (大手生保の営業), a newsletter's introduction of a spaced name
  with its reading (…所長に <name>（reading）が着任), the same host-map shape in a subnetting exercise, one private address
  in a home question, a placeholder asked for politely (please-generate-…), a figure dated by a life span at another
  mention, a drill declaring its cast made up (登場する人物…架空, ※すべて訓練用の架空の人物です), a test's literal printed
  again in its output, a drill's cards declared made up (※本カードの人物…架空設定), a restriction quoted with what is
  attached (「取扱制限（持出禁止）」を付けた), two restrictions quoted and defined after a colon, a nursery newsletter introducing its staff, a contest entry's synopsis (応募作), a colleague named
  by surname after 弊課の with no matter of theirs.
"""

from __future__ import annotations

import pytest

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("party_line_topic_far", "公表文の案を作って。\n\n【概要】\n被処分者：建設部 道路維持課 主査　樫木 康之（38歳）\n"
                             "発生日：令和7年9月6日（土）夜\n経過：友人宅で焼酎を飲んだ後に自家用車を運転し、帰宅途中の交差点で"
                             "検問により酒気帯び運転で検挙された。\n処分案：停職3か月"),
    ("colleague_in_group_health", "取引先あての文面を整えて。\n\nなお、弊課の鬼塚は、先月末に脳梗塞で倒れ、現在も入院しております。"
                                  "当面は私が担当いたします。"),
    ("colleague_subordinate_surgery", "上司への報告を丁寧にして。部下の芦沢が来週手術を受けることになり、二週間ほど不在です。"),
    ("addressed_notice_staff", "通知文を整えて。\n\n　　　　辞令\n　　　　　　　　市民課　主任　沓掛 ゆかり\n休職を命ずる。\n\n"
                               "沓掛　ゆかり　様\nあなたは令和７年８月１日から病気休暇を取得していますが、主治医の診断書（うつ病）により"
                               "職務に従事することが困難と認められるため、休職を命じます。"),
    ("member_note_treatment", "会議録を公開用に要約して。\n\n出席委員　相良会長、東雲副会長、深津委員\n（事務局注：東雲副会長は"
                              "６月から大腸がんの治療中で、次回は欠席の見込み。会議録には記載しないこと。）"),
    ("spaced_reading_age", "要点を3行に。\n・近所に住む無職の男性 蔵重 忠（くらしげ ただし）44歳を任意で事情聴取中。過去に窃盗の前歴あり。"),
    ("guardianship_label", "必要書類を一覧にして。\n\n請求者：司法書士 福来 真（成年後見人）\n被後見人：鷺沼 トシ（昭和11年生）\n"
                           "状態：認知症、要介護5"),
    ("household_next_item", "苦情への回答を考えて。\n\n- 場所：柳町三丁目８番地の角、白い外壁の平屋\n- 80代の母親と50代の息子の"
                            "二人暮らし。息子はうつ病で通院中。"),
    ("home_oxygen_name", "やさしい言葉に直して。\n当面の重点対象は、梅ヶ丘二丁目の砂川 トミさん（91歳・在宅酸素療法中、難聴）です。"),
    ("seiho_memo", "報告文にして。\nメモ 5/8 帯刀 茂さん(79) 生保 訪問したが応答なし、新聞たまってる"),
    ("transfer_draft_posts", "引継ぎの注意点を整理して。\n来年度の課長級の人事異動の素案です（内示は3月21日予定）。\n"
                             "・現 市民税課長 → 財政課長\n・現 保険年金課長 → 退職勧奨の方向"),
    ("host_map_log", "原因わかりますか？\n\n02:10:01 WARN keepalive failed remote=10.61.4.12:502\n"
                     "02:10:06 INFO failover -> standby 10.61.4.13\n02:10:07 ERROR write failed 172.22.9.8:1433\n"
                     "02:11:00 INFO backup started \\\\10.61.20.5\\share"),
    ("surname_age_list", "表にして。\n\n聞き取りメモ（東地区）\n・笹倉(86) 独居、人工透析 火木土\n・御手洗(79) 認知症あり、夜間に外出"),
    ("surname_age_spaced", "電話する順番を考えて。\n来てない人\n野々宮 77 糖尿\n芹沢 83 心不全"),
    ("shop_and_home", "送付文の案を作って。\n対象：商店街の「花の店みずき」店主（栄町2丁目5-14、店舗兼住宅）\n滞納内容：固定資産税 3年度分"),
    ("estate_floor_room", "回答文を考えて。（内部情報）市営あおば台団地 D棟2階 205号室の世帯は生活保護受給中で、母親は精神科に通院している。"),
    ("pension_long_vowel_dash", "返信を作って。\n私の基礎年金番号は　３２０７ ー ６１４４９０　です。"),
    ("doctor_referral_not_intro", "報告を整えて。主治医の先生の紹介で市民病院を受診しました。\n本人：柏葉 みのり（41）　うつ病で通院中"),
    ("own_network_short_question", "住基DBサーバ 10.30.2.44 の 1521 に接続できない。リスナーの設定を見ればいい？"),
]

ALLOW = [
    ("honours_rehabilitation", "記事にして。\n\n受章者（敬称略）\n・三枝 正道（76歳・本町）　保護司　更生保護功労"),
    ("insurer_sales_visit", "来庁者対応の記録を整えて。本日、大手生保の営業の方が来庁し、団体保険の案内を置いていかれました。"),
    ("newsletter_reading_intro", "誤字を確認して。\n\n〈新しく着任しました〉\n4月1日付で、福祉センター所長に 真砂 聡子（まさご さとこ）が"
                                 "着任しました。精神保健福祉士として20年勤めてきました。"),
    ("placeholder_polite", "READMEの表にして。\n```\nAPI_KEY=<your-key>\nJWT_SECRET=please-change-this-to-a-long-random-value\n```"),
    ("lifespan_other_mention", "やさしくして。\n\n俳人・桐生青濤（きりゅう せいとう）と病\n　桐生青濤（1867～1921）は晩年、肺結核を"
                               "患いながら句作を続けました。"),
    ("drill_cast_declared", "※本資料は訓練用の想定です。登場する人物・住所はすべて架空のものです。\n\n「訓練市民 仮野 一郎さん（想定：80歳・"
                            "要介護3）が自宅に取り残されているとの通報」\n次の場面を作って。"),
    ("drill_note_paragraph", "セリフ例を足して。\n\n※すべて訓練用の架空の人物です\n\nカードA：日向 キヨ（84歳）　認知症があり、"
                             "薬を持ってこなかった。\nカードB：汐見 蓮（17歳）　車いすの祖母と避難。"),
    ("test_literal_output", "どこを直せばいい？\n```python\nfor v in [\"CD12345678EF\", \"A1\"]:\n    print(v, check(v))\n```\n"
                            "出力：\ncd12345678ef True"),
    ("nursery_staff_intro", "温かい感じに直して。\n\n今年度の職員を紹介します。\n園長　　　三輪 康代\nもも組（0歳）　"
                            "沖田 ゆい／杉浦 まな\nばら組（1歳）　堀 亜希子"),
    ("contest_synopsis", "市民文学賞（小説部門）の一次選考をしています。応募作のあらすじを読んで講評を。\n\n元刑事の真柴は、"
                         "港町で暮らしている。旧友・志賀の元妻は薬物依存から抜け出せずにいる。"),
    ("district_table_surnames", "グラフにして。\n地区　世帯数　人員\n北原　331　402\n大和田　118　150\n西野　87　102"),
    ("estate_meeting_room", "案内文を作って。市営あおば台団地 D棟2階 集会室で、認知症サポーター養成講座を開きます。"),
    ("drill_cards_declared", "あと3枚考えて。\n\n※本カードの人物・住所はすべて訓練用の架空設定です。\n\nカード１\n　氏名：試験 太一　推定50代\n"
                             "　状態：左足を骨折\n\nカード２\n　氏名：防犯 あかり　推定20代\n　状態：歩行可能"),
    ("quoted_restriction_attached", "一般的な考え方を教えて。\n・「取扱制限（持出禁止）」を付けた文書を、会議で紙で配るのは問題ないか"),
    ("two_restrictions_defined", "やさしく書き直して。\n　・「複製禁止」：コピーやスキャンをしてはいけない\n"
                                 "　・「持出禁止」：庁舎の外に持ち出してはいけない"),
    ("colleague_plain_contact", "取引先あての文面を整えて。来月からは弊課の鬼塚が担当いたします。よろしくお願いいたします。"),
]

# private addresses that only warn (ip_address_alone), never block: a subnetting exercise, a home question
WARN_ONLY = [
    ("subnet_exercise_hosts", "職員研修の練習問題です。解説をつけて。\n問　172.18.3.65/27 の端末について、次のうち同じサブネットに"
                              "あるものを選べ。（ア）172.18.3.70（イ）172.18.3.97（ウ）172.18.3.90"),
    ("home_one_address", "自宅のプリンタ 192.168.1.23 に印刷できません。なぜでしょうか？"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)


@pytest.mark.parametrize("name,text", WARN_ONLY, ids=[n for n, _ in WARN_ONLY])
def test_private_addresses_warn_only(scanner, name, text):
    result = scanner.scan(text)
    assert result.action == "warn" and list(result.reasons) == ["ip_address_alone"]
