"""Issue 13, round 39 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- the first wave's classes: a hiragana given name whose honorific the dictionary swallowed (``宇佐美 ののかさん``); the
  office's limit and its figure said to be kept quiet on the same line in a deal (``…までってことは絶対言わないで``,
  ``口外無用``); a release kept ``内緒`` until then; a marking with its reason in its bracket (``【公告前につき取扱注意】``);
  a price table's empty winner column before the opening (``落札者欄は空欄``); an export's password column named
  ``init_pw`` / ``temp_password``; an expense claimed twice, a reprimand expected (``戒告以上の処分が見込まれる``);
- not: a price's keeping explained as the office's rule (``うちは事後公表だから…載せるまでは外に出さない``) or told with no
  figure; a published bid-monitoring committee's minutes; a thing named after an action (``共有フォルダのパスワード、チャッ
  トに書かないでください``); a blank forms' stock (``転入届用紙``); reCAPTCHA's documented test keys.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("kana_given_swallowed_honorific", "議事メモにして。\n人事係長：住民課の柳瀬 ののかさん、先月から病気休暇で、診断書では適応障害とのことです。"),
    ("kana_given_swallowed_yuika", "整理して。\n保育課の菅沼 ゆいかさん、産休明けから体調を崩して通院中です。来月から休職の予定。"),
    ("quiet_limit_per_unit", "後輩に送るので柔らかくして。\n来週の所有者さんとの交渉、うちの上限が坪あたり125,000円までってことは絶対に言わないでね。"),
    ("quiet_budget_memo", "丁寧な依頼文にして。\n「再見積をお願いします。締切は月末です」\n（メモ：予算上限 税込1,980,000円。これ以上は出せない。口外無用）"),
    ("release_kept_naisho", "読みやすく直して。\n（発表は3/2の10時。それまで応募者には内緒で）\n報道発表資料\n市民会館指定管理者の候補者を選定しました\n"
     "1 候補者　株式会社あおば文化サービス\n2 評価点　812点（1,000点満点）"),
    ("bracket_reason_marking", "公告文の骨子にして。\n【公表前につき取扱注意】\n件名：旧南小学校跡地の売却について\n所在：東区南町二丁目1104番"),
    ("blank_winner_column", "来月3日開札の橋梁補修、予定価格36,520,000・最低制限32,140,000（税抜）で結果表の下書きを。落札者欄は空欄にしておいて"),
    ("csv_init_pw_column", "PowerShellで一括作成して。\nsam,display,init_pw\nt.aoki,青木 拓,Qe#7741!tAk\nr.mori,森 莉子,Zu%0932!rMo"),
    ("double_claim_named_staff", "やんわりした文面にして。\n監査で見つかった保険年金課の早乙女さんの旅費の二重請求（2件、計18,640円）、本人に返還をお願いしたい。"),
    ("reprimand_expected", "報告文にして。\n・会計課 主任 丹羽 沙織が物品購入で水増し請求。\n・戒告以上の処分が見込まれる。"),
    ("scores_kept_price_said", "係長への報告にして。\n柏木: 技術点 東邦設備 40.5 / 三和電工 33.0\n柏木: 予定価格の9割で入れてきても逆転しない計算\n"
     "堀: 開札1/15まではこの点数は外に出さないでね"),
    ("agenda_item_subject_bracket", "整理して。\n議題\n(2) 懲戒処分に係る審査について（税務課 主事 柿沼 あおい）\n(3) その他"),
    ("chat_police_caught", "報告用にまとめて。\n小林：土木課の係長、金曜の夜に警察に捕まったって\n自分：誰？\n小林：岩永さん。岩永浩二さん、酒気帯び"),
    ("letter_to_you_reasons", "Please translate into English.\n\nマリア・ロペス 様\n\n任用の更新について（通知）\n"
     "あなたの任用期間は3月31日をもって満了となりますが、次の理由により、任用は更新しないこととしました。\n"
     "1 連絡なく勤務を欠いた日が計6日あったこと"),
    ("staff_intro_private_note", "紹介文を150字で。\n新規採用職員の紹介記事（広報5月号）\n氏名：鶴見 湊斗（25歳）\n趣味：登山\n\n"
     "（人事課からの申し送り・記事には使わない）\n前職をうつ病で休職したのち退職。当面残業をさせないこと。"),
    ("nepali_passport_digits", "日本語に訳して。\nमेरो पासपोर्ट (नम्बर 20581736) पनि साहुले राखेका छन्। मेरो फोन 080-3318-2046 हो।"),
    ("record_label_contact_far", "要点を5つに。\nName: Rizky Santoso, 24\nComplaint: " + "He cannot sleep and skips his lab. " * 12
     + "\nContact WA: 080-2217-6634"),
    ("latin_name_sensei", "第一報を英語で。\n[08:12] 課長：昨夜、ALTのMarcus Bell先生が飲酒運転で検挙された。本日は自宅待機。"),
    ("ceiling_can_pay", "Write the email. Internal notes below.\n- 本当の上限は１人あたり16万円まで出せる（補正で確保済み）。"),
    ("land_reserve_notice_month", "財政課への連絡メールを3行で。\n旧東町住宅跡地は9月に公告、最低売却価格は2,870万円で決裁済み（鑑定評価3,010万円）。"),
    ("scores_review_for_publication", "公表用の「審査講評」を作って。点数は出さない予定。結果通知・公表予定：8月1日\n"
     "| 提案者 | 体制(30) | 合計 |\n|---|---|---|\n| 株式会社みどり環境 | 25.4 | 81.2 |\n| 有限会社あおば清掃 | 23.0 | 77.9 |"),
    ("unit_bracket_comma_health", "表に反映して。\n8/2 森→北村。森さん（市民課）、心療内科の通院が隔週土曜にあるので、土曜の日直は外してほしいとのこと。"),
    ("selection_heading_then_judges", "審査講評の案を。採点結果です（公表は7/10予定）。\n【申請者1】株式会社みなとアウトドア\n A 81 / B 77 / C 84　平均 80.7\n"
     "【申請者2】公益財団法人 港市青少年協会\n A 74 / B 80 / C 71　平均 75.0"),
    ("staff_number_health_column", "KeyErrorの原因を教えて。\n職員番号,所属,職名,氏名略,開始,傷病名\n301122,保育課,保育士,T.M,2024-05-01,うつ病\n"
     "305871,税務課,主事,K.H,2024-06-10,適応障害"),
    ("union_figures_kept", "想定問答を作って。内部方針です。\n・配置転換先は確保済みだが、組合には「確保に努める」とだけ言い、具体数は最終回まで出さない。"),
    ("item_off_the_minutes", "周知メールにして。\n4 職員組合との交渉（総務部長）\n・当局の落としどころは地域手当1％・2年の時限措置（影響額 年約3,900万円）。\n"
     "・交渉中のため、この項は議事録に残さない。"),
    ("until_naiji_never_leak", "丁寧に書き直して。\n・建設部長の後任は下水道課長の柳田さん。内示（3/18）までは絶対に漏らさないこと。"),
    ("budget_padded_request", "返信を書いて。\n端末更新は要求額を96,000千円としていますが、査定で削られる前提で積み増した額で、実際に必要なのは80,000千円程度です。"),
    ("parent_letter_relation_reading", "返信文の案を。\n4年1組、柘植 結菜（つげ ゆいな）の母の柘植 真紀です。娘は先月から学校に行けていません。"),
    ("title_as_topic_then_diagnosis", "返信を作って。\n本校の副校長（今年度着任）について、ご相談です。6月に本人から適応障害との診断書が提出され、"
     "2か月の療養を要するとのことです。"),
    ("regular_visit_not_routine_check", "整理して。山田 花子さん、定期受診の日なので早退します。"),
    ("csv_temp_password_column", "Pythonで読み込んで。\nuser_id,temp_password\nu1024,Lp82$wXq9\nu1025,Hk55&mTe2"),
]

ALLOW = [
    ("price_rule_explained", "先輩の説明が正しいか確認して。\n[9:02] 新人：予定価格って業者さんに聞かれたら答えていいんですか？\n"
     "[9:04] 先輩：だめ。うちは事後公表だから、開札後にHPに載せるまでは外に出さない。"),
    ("price_kept_no_figure", "研修資料の言い回しを直して。\n最低制限価格は、開札までは業者に言わないでください。"),
    ("published_monitoring_minutes", "表にして。公表済みの入札監視委員会の議事録です。\n委員：最低制限価格を下回った者の入札額はどの程度離れていたか。\n"
     "事務局：約25万円下回っていた。最低制限価格は事後公表としている。"),
    ("shared_folder_not_action", "やわらかくして。\n[10:31] 総務課 長尾: 共有フォルダのパスワード、メールに書かないでください\n[10:33] 税務課 北村: 失礼しました"),
    ("blank_forms_stock", "引継ぎメモを丁寧にして。\n・記載台の転入届用紙が残りわずか。倉庫から補充お願いします\n・午後は研修で2名不在"),
    ("recaptcha_test_keys", "コメントを付けて。\nRECAPTCHA_SITE_KEY=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI\n"
     "RECAPTCHA_SECRET_KEY=6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe\n# Googleのドキュメントにあるテスト用キー"),
    ("town_read_as_name_release", "通知文にして。\n南浦見市は8日、酒気帯び運転で検挙された30代の男性主事を停職2か月の懲戒処分にしたと発表した。"
     "南浦見市内の市道で検問を受けた。"),
    ("release_named_again", "ラジオ原稿にして。消防本部が発表した資料です。\n【報道発表】人命救助に対する感謝状の贈呈について\n被贈呈者　"
     "鴨志田 悠真さん（34歳・会社員）\n公園で倒れている男性を発見し、悠真さんが胸骨圧迫を行った。鴨志田さんは救命講習を受けていた。"),
    ("centenarian_publication_consent", "投稿文にして。ご本人とご家族には取材・公表の了承をいただいています。\n【報道発表】市長が100歳の方をお祝い訪問します\n"
     "訪問先　東町にお住まいの 真柴 ハルさん（大正14年生まれ、100歳）"),
    ("routine_checkup_absence", "係内向けに一言のメールにして。\n来週木曜の午後、定期健康診断のため不在にします。急ぎの件は浅沼さんへ。"),
    ("collection_duty_phone", "周知文にして。\n来週火〜木、大槻さんは研修で不在。その間、滞納整理の電話は真鍋さんが受けます。"),
    ("published_data_table", "HP用の表にして。開札済み・公表済みのデータです。\n件名：公民館清掃業務委託\n予定価格（税抜）：6,240,000円\n"
     "株式会社みどり美装　5,610,000円（落札）"),
    ("formula_test_figures", "Excelの式を作って。\n予定価格は C6 に入れる想定です。\n動作確認用に、直接工事費8,000,000円、予定価格12,000,000円の架空の数字で結果も。"),
    ("published_interview_consent", "告知文を3案。\n広報9月号特集に掲載した体験談（ご本人の希望により実名で掲載済み）\n"
     "東町の 朝比奈 陽子さん（52歳）は、市の大腸がん検診で要精密検査となり、早期のがんが見つかりました。"),
    ("fiction_cast_list", "プロットの弱点を指摘して。\n保健師が主人公の短編小説（8千字）を書いています。\n主人公：柚木 奏（27）、保健師。\n"
     "もう一人：戸川 勘助（80）、結核で服薬を続ける元大工。"),
    ("cell_note_unpublished", "市町村別に集計して。\nNo｜事業者名｜所在市町村｜交付決定額（千円）\n1｜株式会社みなと工業｜港川市｜4,500\n"
     "2｜個人事業者（非公表）｜西原町｜1,150"),
    ("roleplay_all_fictional", "ロールプレイ研修の台本を自然にして。\n【設定】すべて架空。相談者Dさん（40代女性）は配偶者からの暴力を避けて家を出た。\n"
     "職員：本日はどのようなご相談でしょうか。\nDさん：夫から逃げてきました。生活保護を申請したいです。"),
    ("attendance_table_units", "課ごとの出席率を出して。\nNo｜所属｜氏名｜出欠\n1｜総務課｜木島 真澄｜出席\n2｜総務課｜東 隆｜欠席\n"
     "3｜財政課｜水野 拓真｜出席\n4｜市民課｜根本 澪｜欠席"),
    ("rota_csv_units", "重複をチェックして。\n日付,会場,時間帯,氏名,所属,役割\n6/8,保健センター,8:30-12:00,吉川 真理,健康づくり課 保健師,問診\n"
     "6/8,保健センター,8:30-12:00,平田 翔,健康づくり課 主事,受付\n6/9,北公民館,13:00-16:00,竹内 恵,保険年金課 主任,受付"),
    ("training_plan_roleplay", "要旨にまとめて。\n窓口対応研修：ロールプレイ中心。外部講師。11月、1日間。"),
    ("katakana_teachers_presenting", "英語のメールにして。\n内容：1 年間計画の共有（汐見第一小 ステファニー・ウォーカー先生）\n"
     "2 事例紹介（北原中 ジョシュア・ベネット先生、港南中 アイシャ・カーン先生）"),
    ("test_account_mail_header", "SPFのどこが問題か教えて。\nDelivered-To: hm-mailtest02@gmail.com\nFrom: <news@city.example.lg.jp>"),
    ("shelter_json_facilities", "表にして。\n[{\"name\":\"西中学校 武道場\",\"address\":\"北浜市西町2-1-3\",\"tel\":\"0287-41-2200\"},"
     "{\"name\":\"北浜市民体育館\",\"address\":\"北浜市本町1-1-1\",\"tel\":\"0287-41-3300\"}]"),
    ("bid_published_after_opening", "落札率を計算して。開札後に公表した入札結果です。\n予定価格（税抜）：31,200,000円\n"
     "・株式会社みなと情報 28,400,000円（総合評価点 80.1）落札\n・北浜システム株式会社 29,900,000円（総合評価点 77.5）"),
    ("sheet_is_the_example", "記入のしかたを作って。\n登録申請書（記入例）\n\n氏名　見本　花子\nフリガナ　ミホン　ハナコ\n生年月日　昭和20年1月1日\n"
     "住所　北浜市本町1丁目1番1号\n該当区分　☑ 要介護3以上\n\n※この用紙は記入例です。"),
    ("rule_not_in_record", "ハンドアウトにして。\n・記録：業務に関することだけ。私的な事情は記録に残さないのが原則"),
    ("title_topic_without_matter", "周知して。\n校長について、来年度の研修計画をお知らせします。熱中症対策の資料も添付します。"),
    ("title_topic_beyond_reach", "周知して。\n本校の教頭について、ご相談です。" + "行事の準備を進めています。" * 40 + "療養中の方への配慮も。"),
    ("quiet_without_deal", "かわいい言い方にして。\n上限は1,000円ね。プレゼントのことは誰にも言わないでね！"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
