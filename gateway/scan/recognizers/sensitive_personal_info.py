"""SENSITIVE_PERSONAL_INFO: 要配慮個人情報 keyword families and the municipal high-risk domains
(DETECTION.md §5.2, §5.3).

A hit is a *topic*: the aggregator blocks only when it co-occurs with an identifiable person (a
sensitive topic with no person — ``うつ病の一般的な症状`` — is not a block). Recall on keywords
therefore matters more than precision, but words that are mostly harmless outside a personal
context are avoided or guarded (bare ``がん`` as in がんばる, ``障害`` in システム障害/障害物競走,
``DV`` inside ``DVD``, ``診療所`` as a facility name, ``出所`` meaning "source").

Keywords are matched with one pyahocorasick automaton (or, on the engine's fast path, taken from the
engine's shared trigger pass), longest-leftmost, non-overlapping.

Metadata: ``category`` (the family, see ``FAMILIES``), ``legal`` (True for the 要配慮個人情報 of
個人情報保護法 第2条第3項 / 施行令第2条, False for the 自治体 high-risk domains and 機微 topics),
``strength`` (always ``weak``: a topic needs a person to matter).
Scores: 0.7 for specific terms (病名, 手帳, 前科, 生活保護受給 …), 0.5 for broader ones.
"""

from __future__ import annotations

from gateway.scan import rx as re
from itertools import islice
from typing import Any

import ahocorasick

from gateway.scan.recognizers._base import AigwRecognizer, ScanContext
from gateway.scan.recognizers._condition_names import SUFFIXES, condition_at
from gateway.scan.recognizers._grade_words import WORD as GRADE_WORD, graded_evaluations
from gateway.scan.recognizers._sensitive_words import CARE_GUARDS, CARE_TOPICS, ENGLISH_TOPICS, RESIDENT_LANGUAGE_TOPICS

# family -> (legal 要配慮?, specific words (0.7), broader words (0.5))
FAMILIES: dict[str, tuple[bool, tuple[str, ...], tuple[str, ...]]] = {
    "race": (True, ("人種", "在日韓国人", "在日朝鮮人", "在日コリアン", "在日外国人", "アイヌ民族", "帰化", "被差別民族"),
             ("民族", "日系2世", "日系3世", "日系二世", "日系三世", "混血", "出自")),
    "creed": (True, ("信条", "思想信条", "政治信条", "宗教団体", "信仰", "入信", "信者", "教団", "宗派", "創価学会",
                     "統一教会", "旧統一教会", "エホバの証人", "支持政党", "党員", "政治活動", "労働組合員", "組合活動"),
              ("宗教", "思想", "労働組合")),
    "social_status": (True, ("社会的身分", "被差別部落", "同和地区", "部落出身", "非嫡出子", "婚外子", "嫡出でない子",
                             "被差別"), ("部落", "同和")),
    "health": (True, ("精神状態が不安定", "精神的に不安定", "情緒不安定", "酒量が増え", "お酒の量が増え", "飲酒量が増え", "病歴", "既往歴", "既往症", "疾患", "病名", "診断名", "診断書", "うつ病", "鬱病", "抑うつ", "統合失調症",
                      "双極性障害", "躁うつ", "認知症", "HIV", "エイズ", "AIDS", "肝炎", "結核", "感染症", "難病", "癌", "がん患者",
                      "がん検診", "がん治療", "末期がん", "胃がん", "肺がん", "乳がん", "大腸がん", "子宮がん", "前立腺がん",
                      "すい臓がん", "肝臓がん", "抗がん剤", "がんで入院", "がんで手術", "ががんで", "ががんと", "ががんに", "がんと診断", "がんが見つか", "がんの治療", "点滴治療", "白血病", "心臓ペースメーカー", "ペースメーカーを入れ", "ペースメーカーの植込", "ペースメーカー植込", "糖尿病", "精神疾患", "精神科", "心療内科", "依存症", "アルコール依存",
                      "薬物依存", "ギャンブル依存", "適応障害", "パニック障害", "摂食障害", "不眠症", "てんかん", "脳梗塞", "熱中症", "意識不明", "意識もうろう", "意識障害", "アナフィラキシー", "エピペン",
                      "脳卒中", "心筋梗塞", "人工透析", "透析", "入院中", "入院歴", "通院", "通院中", "服薬", "服用中", "投薬",
                      "処方薬", "処方箋", "向精神薬", "抗うつ薬", "睡眠薬", "治療中", "闘病", "療養中", "カルテ", "診療録",
                      "レセプト", "手術", "余命", "持病", "障がい", "自殺未遂", "自傷", "自分でつけたような", "自分でつけた傷", "自分でつけた切り傷", "リストカット", "オーバードーズ", "過量服薬", "大量服薬", "希死念慮", "消えたいと思", "消えてしまいたい", "いなくなりたい", "病気休暇", "病休",
                      "休職中", "休職延長", "休職を延長", "休職の延長", "休職に入", "試し出勤", "不妊治療", "人工妊娠中絶", "中絶", "妊娠", "流産", "死産", "性感染症",
                      "自殺", "自死", "自殺企図", "アルツハイマー", "パーキンソン病", "ALS", "筋ジストロフィー", "脳出血",
                      "くも膜下出血", "心臓病", "心不全", "腎不全", "腎臓病", "肝硬変", "高血圧", "喘息", "ぜんそく",
                      "アトピー", "アレルギー", "PTSD", "パーソナリティ障害", "強迫性障害", "不安障害", "うつ状態", "産後うつ",
                      "抑うつ状態", "精神疾患", "メンタル不調", "メンタルやば", "メンタルがやば", "メンタルが限界", "メンタル崩", "精神保健", "措置入院", "医療保護入院", "インフルエンザ",
                      "新型コロナ", "COVID-19", "骨折", "後遺症", "要治療", "診察券", "お薬手帳", "障害者雇用", "寝たきり",
                      "インスリン", "訪問看護", "高熱", "解熱剤", "熱が出て", "熱があ",
                      # a child's infectious illness in a parent's note (round 10): おたふくかぜ, 水ぼうそう, 登校停止
                      "おたふくかぜ", "おたふく風邪", "流行性耳下腺炎", "水ぼうそう", "水疱瘡", "水痘", "手足口病", "溶連菌",
                      "胃腸炎", "ノロウイルス", "登校停止", "登園停止", "出席停止", "熱性けいれん", "救急搬送", "救急車を呼", "救急車呼", "救急車で運ばれ", "けいれんし",
                      # thoughts of dying in a person's own words (相談者「死んだほうが楽かな」)
                      "死にたい", "死んだほうが楽", "死んだ方が楽", "消えてしまいたい", "生きているのがつらい", "心因性",
                      # marks of self-harm as a teacher notes them (round 10): 手首に切り傷, 自分で切った
                      "手首に切り傷", "手首の切り傷", "手首を切", "腕に切り傷", "自分で切った", "自分で切って", "切り傷の跡", "切り傷の痕",
                      # written in kana: a child's or a parent's note, handwriting read by OCR, voice input left
                      # unconverted ("けさ ねつ あり くすり のませました", "にゅういん して")
                      "にゅういん", "つういん", "びょうき", "はつねつ", "ねつが", "ねつ が", "ねつ あり", "ねつあり",
                      "くすりを", "くすり を", "くすり の", "いんすりん", "にんちしょう", "ほうもんかんご",
                      # said casually (round 9): 鬱で休んでる, 認知入ってきた, ボケてきて, 酒浸り
                      "鬱で", "鬱っぽ", "鬱になっ", "鬱気味", "鬱状態", "うつで休", "うつっぽ", "うつ気味", "うつになっ",
                      "メンヘラ", "病んで", "認知入", "認知が入", "認知症入", "認知が進", "認知が始ま", "認知きて", "認知出て",
                      "ボケてき", "ぼけてき", "ボケ始め", "ぼけ始め", "ボケが進", "ボケが始ま", "酒浸り", "酒びたり",
                      "酒ばっかり", "酒ばかり飲", "アル中", "入浴拒否", "服薬拒否", "受診拒否", "退院した", "退院し", "退院後",
                      "退院して", "パニック発作", "学校休ませ", "学校を休ませ", "ぼうりょく", "なぐられ",
                      "むくみ", "浮腫", "尿量", "褥瘡", "床ずれ", "誤嚥", "嚥下困難",  # a carer's notes (round 12)
                      # …and a care home's (round 13): meals not taken, restless nights, the home's doctor called
                      "食事とれていない", "食事がとれていない", "食事が取れていない", "食事取れていない", "食事摂取不良",
                      "夜間不穏", "不穏あり", "嘱託医に連絡", "嘱託医へ連絡",
                      "不眠の訴え", "不眠が続", "産業医面談対象",  # (a member of staff's overtime row, round 13)
                      "術後", "中隔欠損"),  # (a child's heart surgery in a support meeting's notes, round 19)
               ("病気", "入院", "受診", "診療", "診察", "治療", "処方", "調剤", "症状", "休職", "発熱", "陽性", "往診")),
    "disability": (True, ("障害者手帳", "身体障害者手帳", "療育手帳", "精神障害者保健福祉手帳", "障害等級", "障害支援区分",
                          "障害年金", "発達障害", "知的障害", "精神障害", "身体障害", "自閉症", "自閉スペクトラム症", "ADHD",
                          "注意欠如", "学習障害", "LD児", "聴覚障害", "視覚障害", "肢体不自由", "車椅子", "車いす", "障害福祉",
                          "障害児", "障害者", "障害のある", "重度障害", "発達の遅れ", "発達が遅", "言葉の遅れ",
                          # a child's assessment as a parent or nursery reports it (round 11): 発達検査の結果、境界域
                          "発達検査", "知能検査", "境界知能", "WISC", "田中ビネー", "新版K式"),
                   ("障害",)),
    "health_check": (True, ("健康診断", "健診結果", "人間ドック", "特定健診", "特定保健指導", "ストレスチェック", "検査結果",
                            "血液検査", "妊娠検査", "血糖値", "HbA1c", "血圧", "保健指導", "精密検査", "要精密検査", "再検査",
                            "高ストレス", "面接指導", "ストレス反応"),  # (…主事　樽見 沙織　（ストレス反応 72点）: r29)
                     ("健診", "検診")),
    "genetic": (True, ("遺伝子検査", "遺伝子", "ゲノム", "遺伝性疾患", "遺伝病", "DNA鑑定", "出生前診断"), ()),
    "sexuality": (False, ("性的指向", "性自認", "同性愛", "トランスジェンダー", "性同一性障害", "性別違和", "LGBT",
                          "同性パートナー", "パートナーシップ宣誓", "LGBTQ", "性的マイノリティ"), ()),
    "crime": (True, ("前科", "前歴", "犯歴", "犯罪歴", "逮捕歴", "服役", "受刑", "執行猶予", "有罪判決", "刑務所", "拘置所",
                     "逮捕", "勾留", "送検", "書類送検", "起訴", "不起訴", "家宅捜索", "取調べ", "取り調べ", "被疑者", "容疑者",
                     "被告人", "刑事手続", "刑事事件", "罰金刑", "懲役", "禁錮", "仮釈放", "保釈", "指名手配", "検挙", "飲酒運転",
                     "酒気帯び運転", "現行犯", "万引き", "万引", "窃盗", "横領", "着服", "事情聴取", "事情を聴かれ", "事情を聞かれ",
                     "任意同行", "盗撮", "痴漢", "警察に捕ま", "酒気帯び"), ("犯罪", "前歴者")),
    "juvenile": (True, ("少年事件", "少年院", "少年鑑別所", "家庭裁判所送致", "家裁送致", "観護措置", "保護観察",
                        "保護処分", "審判不開始", "非行", "補導"), ()),
    "crime_victim": (True, ("犯罪被害", "被害届", "DV被害", "ストーカー被害", "性被害", "性犯罪", "性暴力", "詐欺被害", "デート商法", "ロマンス詐欺", "騙されて", "だまされて", "詐欺にあ", "詐欺に遭",
                            "虐待被害", "被害者", "性的虐待", "強制わいせつ", "不同意わいせつ"), ()),
    # --- 自治体 high-risk domains (§5.3) -------------------------------------------------------
    "welfare": (False, ("労災の手続き", "労災申請", "労災が下り", "労災隠し", "賃金未払い", "給料未払い", "給与未払い", "未払い賃金", "追い出され", "立ち退きを迫られ", "雇い止め",
                        # a resident's own words in a consultation: the rent, the job, the notice to leave
                        "家賃が払え", "家賃を払え", "家賃を滞納", "家賃が滞", "クビになっ", "解雇され", "失業中", "失業して",
                        "失業した", "仕事を失", "出ていくように言われ", "出て行くように言われ", "退去を求められ",
                        "在留期限が切れ", "在留期間が切れ", "在留期限切れ", "在留期間切れ", "ビザが切れ", "オーバーステイ", "不法滞在", "難民申請", "生活保護", "保護受給", "保護費", "保護世帯", "被保護者", "保護決定", "保護廃止", "保護停止",
                        "ケース記録", "ケースワーカー", "生活困窮", "困窮者", "就学援助", "住居確保給付金", "保護開始", "保護開始日",
                        "生活福祉資金", "自立支援", "ホームレス", "路上生活", "生保", "生保受給", "生保世帯", "(生保)", "生保の方", "生保費", "収入認定",
                        "保護申請", "生活扶助",
                        # said casually (round 9): ナマポ, リストラされて, 年金だけじゃ足りない, 家賃まだ入ってない
                        "ナマポ", "失業(", "床上浸水", "生保受けて", "生保もらって", "生保の人", "リストラされ", "リストラに", "年金だけじゃ足りな",
                        "年金だけでは足りな", "年金だけじゃ生活", "年金だけでは生活", "生活が苦し", "お金がなくて",
                        "食べるものがな", "ごはん食べてな", "ご飯食べてな", "ごはんを食べてな", "ご飯を食べてな", "社協の貸付",
                        "緊急小口", "家賃まだ", "か月分払ってな", "ヶ月分払ってな", "カ月分払ってな", "家賃払ってな", "家賃を払ってな", "家賃が払えてな", "家賃が入ってな", "家賃の入金がな", "家賃が遅れ", "家賃の支払いが遅れ",
                        "退去の話", "退去勧告", "明け渡し請求", "ネットカフェ生活", "ネットカフェで寝泊まり", "ネカフェ",
                        "在留資格の更新", "ビザの更新", "医療扶助", "住宅扶助", "扶助費"), ("受給中", "受給者", "福祉事務所")),
    "dv": (False, ("DV", "ドメスティック・バイオレンス", "ドメスティックバイオレンス", "配偶者暴力", "配偶者からの暴力",
                   "支援措置", "DV支援措置", "閲覧制限", "交付制限", "保護命令", "接近禁止", "シェルター", "ストーカー",
                   "つきまとい", "付きまと", "家も知られて", "家を知られて", "住所を知られ", "待ち伏せ", "後をつけられ",
                   "しつこく連絡", "避難中", "加害者", "夫からの暴力", "妻からの暴力", "交際相手からの暴力", "デートDV",
                   "モラハラ", "精神的暴力", "経済的暴力", "性的暴力", "身体的暴力", "暴力を受け", "殴られ", "殴っ", "殴る", "蹴られ", "蹴っ", "暴言"),
           ("暴力",)),
    "child_welfare": (False, ("ヤングケアラー", "児童虐待", "虐待", "ネグレクト", "育児放棄", "要保護児童", "要支援児童", "特定妊婦", "一時保護",
                              "児童相談所", "児相", "虐待通告", "要保護児童対策地域協議会", "要対協", "里親", "養護施設",
                              "児童養護施設", "不登校", "いじめ", "引きこもり", "ひきこもり", "体罰", "家庭内暴力", "非行少年",
                              "要保護", "要支援家庭", "あざ", "アザ", "たんこぶ", "打撲痕",  # (たんこぶ: round 12)
                              # what a nursery or school notes about a child at risk at home
                              "叩かれ", "たたかれ", "怒鳴られ", "怒鳴って", "怒鳴ってしま", "赤い跡", "傷跡", "食事を与えられ",
                              # hitting said as raising a hand to someone (母親がりおに手を上げている; round 20)
                              "に手を上げ", "に手をあげ", "手を上げられ", "手をあげられ",  # (…家で手をあげられている: round 24)
                              "家庭児童相談", "手がつけられな",
                              # a report to the child-welfare office and what a child or a parent shows at pick-up (round 14)
                              "前回の通告", "通告の件", "通告があ", "通告を受け", "学校からの通告", "家に帰りたくな",
                              "帰りたくないと泣", "お酒のにおい", "酒のにおいがし", "酒臭", "手が付けられな", "家出し", "家出中",
                              # said as a verb (round 10): 10年ひきこもっていて
                              "ひきこもって", "引きこもって", "引き籠もって",
                              # a child left out at school, in a parent's words (round 10)
                              "無視されて", "仲間外れ", "仲間はずれ", "学校行きたくな", "学校に行きたくな",
                              # what is done to a bullied pupil, in the school's report (round 17)
                              "無視される", "持ち物を隠", "物を隠され", "物を隠さ", "からかわれ", "悪口を言われ",
                              "嫌がらせを受け", "仲間外し", "叩かれる",
                              # a child hurting another at nursery or 学童, as staff tell the parents (round 11)
                              "噛みつ", "かみつ", "噛んでしま", "かんでしまい", "かんでしまっ", "怪我をさせ", "けがをさせ",
                              "ケガをさせ", "叩いてしま", "たたいてしま",
                              # a school's guidance record about a pupil and what it notes at home (round 16)
                              "生徒指導", "SC面談", "スクールカウンセラー面談", "両親が別居", "父母が別居", "別居中", "胸を押",
                              "胸ぐらをつか"), ("暴れて", "暴れる")),
    "tax": (False, ("滞納", "差押", "差押え", "差し押さえ", "差し押え", "督促", "課税台帳", "課税情報", "課税証明", "所得証明",
                    "納税相談", "分納", "未納", "国保滞納", "税滞納", "滞納処分", "徴収猶予", "執行停止", "換価", "財産調査",
                    "多重債務", "自己破産", "債務整理", "借金", "消費者金融から", "サラ金", "年収", "所得額", "課税所得",
                    # a person's assessed tax and what changed it (特別徴収 queries, r15)
                    "年税額", "所得割額", "副業収入", "給与所得あり", "控除の対象外",
                    # said in a reminder (round 9): まだ納付されていません, 入金が確認できません
                    "納付されていな", "納付されておりませ", "納付がまだ", "まだ納付", "入金が確認でき", "お支払いが確認でき",
                    "引き落としができな", "引き落としできな", "払えてな", "か月たまって", "ヶ月たまって", "カ月たまって",
                    "か月分たまって", "給食費まだ", "給食費が未",
                    # a bank's return list of failed direct debits (round 10): the person's account could not pay
                    "残高不足", "振替不能"), ("納税", "税額")),
    "care": (False, ("ごみ屋敷", "ゴミ屋敷", "セルフネグレクト", "孤立死", "孤独死", "怒鳴り声", "怒鳴られ", "痩せてきて", "やせてきて", "年金を息子が管理", "年金を娘が管理", "物忘れがひど", "物忘れが増え", "物忘れが多く", "もの忘れがひど",
                     "物忘れもひど", "もの忘れもひど", "施設入所", "施設に入所", "ホームに入所",
                     "もの忘れが増え", "火の不始末", "同じ話を何度も", "同じことを何度も", "認知機能の低下が", "認知機能が低下", "道が分からなくな", "帰り道が分からな", "薬を飲み忘れ", "服薬を忘れ", "経済的虐待", "金銭搾取", "金銭的搾取", "年金を取られ", "電気が止められ", "ガスが止められ", "水道が止められ", "身体的虐待", "介護放棄", "介護認定", "要介護", "要支援", "介護度", "認定調査", "介護保険サービス", "ケアプラン", "特別養護老人ホーム",
                     "特養", "デイサービス", "訪問介護", "成年後見", "後見人", "被後見人", "高齢者虐待", "徘徊", "介護拒否", "介護申請", "介護保険の申請", "何回も買って", "何度も買って", "同じものを何度も",
                     "介護疲れ",
                     # a care record's change of level and falls (round 14): 区分変更申請, 転倒が増え
                     "区分変更申請", "区分変更の申請", "転倒が増え", "転倒を繰り返", "転倒して骨折", "転倒し骨折",
                     # an elder who stops eating, as a helper reports it (round 11)
                     "食事をとらなくな", "食事を取らなくな", "食事をとれなくな", "食べなくなっ", "食が細くな", "食欲がなく",
                     # a home visit's notes on self-neglect (round 10): 入浴も1か月していない, ヘルパー導入を拒否
                     "入浴していな", "入浴もしていな", "風呂に入っていな", "お風呂に入っていな", "ヘルパー導入",
                     "ヘルパーの導入", "傷んだ食品", "腐った食品"), ()),
    "single_parent": (False, ("ひとり親", "母子家庭", "父子家庭", "母子世帯", "父子世帯", "養育費", "児童扶養手当", "離婚",
                              "シングルマザー", "シングルファザー", "シンママ", "シンパパ", "シングルで子",
                              "親権", "面会交流", "婚姻歴", "離婚歴"), ()),
    "personnel": (False, ("人事評価", "勤務評定", "異動希望", "自己申告書", "人事面談", "人事ヒアリング", "異動内示", "内示", "ハラスメント",
                          "パワハラ", "セクハラ", "マタハラ", "肩や腰に触", "体を触", "身体を触", "体に触れ", "しつこく誘", "肩を抱い", "抱きつい", "太ももを触", "太ももに触", "胸を触", "尻を触", "太もも触", "太ももに手を", "腰に手を回", "手を握られ", "手握られ", "お尻触", "胸触", "退職勧奨", "休職命令", "病気休職", "病気休暇", "療養休暇",
                          "傷病休暇", "休職期間", "復職支援", "復職面談", "職場復帰支援",
                          "評語", "面接評価", "面接の評価", "総合評定", "面接評定", "評定結果", "勤務成績", "勤務評価", "再度任用しない", "再任用しない", "再任用は行わない", "再任用を行わない", "再度の任用を行わない", "不更新の理由", "雇止め", "雇い止め", "成績率", "人事記録", "勤怠不良", "無断欠勤", "採用面接", "二次面接",
                          "最終面接", "昇任試験の結果", "昇任試験結果", "昇任選考の結果", "昇任選考結果",  # (a results CSV of staff: r33)
                          # one person's pay: a salary record (給与明細) names its member of staff
                          "育児休業", "育休", "介護休業", "介護休暇", "産前産後休暇", "産休", "休業期間",
                          "評価シート", "人事考課", "業績評価", "能力評価", "勤務態度",
                          "給料月額", "基本給", "給与月額", "給与支給額", "給与明細", "扶養手当", "住居手当", "地域手当",
                          "通勤手当", "時間外勤務手当", "時間外勤務実績", "超過勤務実績", "時間外勤務時間数", "期末手当", "勤勉手当", "管理職手当", "共済掛金", "昇給", "降給"),
                  ()),
    # disciplinary records of staff (a member of staff named next to them is the record's subject)
    "discipline": (False, ("懲戒処分", "懲戒", "分限処分", "訓告", "戒告処分", "減給処分", "停職処分", "免職処分",
                           "懲戒免職", "諭旨免職", "服務事故", "非違行為", "始末書", "不祥事", "処分案", "処分内容",
                           "停職", "減給", "懲戒解雇", "諭旨解雇", "出勤停止",  # (停職1か月, 減給10分の1: round 13)
                           # the misconduct a case is about (手数料を着服した疑い, 無断欠勤が続き: round 14)
                           "着服", "横領", "使い込み", "私的流用", "無断欠勤", "酒気を帯びての出勤", "酒気を帯びて出勤",
                           # a member of staff kept home while the police decide (例の件で自宅待機: round 24)
                           "自宅待機", "警察の処分", "刑事処分", "酒気帯びで捕ま", "酒気帯びで検挙", "無許可の副業", "無許可で副業", "許可なく副業", "無断で副業", "副業の許可は出て", "副業の許可を取って", "無断でアルバイト",  # (r36; r39: a claim twice or padded, a sanction weighed)
                           "二重請求", "不正請求", "水増し請求", "カラ出張", "空出張", "旅費の過払", "過大請求", "戒告", "処分の話", "処分が見込まれ", "処分を検討", "処分の検討", "処分を想定", "処分相当", "過大に支給", "過大支給", "重複請求", "重複して請求", "勤務を欠いた", "無断で欠勤", "任用は更新しない", "任用を更新しない", "雇止め", "雇い止め"), ()),
    # a pupil's school record: evaluations and learning support (a named child beside them is its subject)
    "school_record": (False, ("生徒指導記録", "指導歴", "喫煙しているところ", "喫煙しているのを",  # (round 10)
                              "欠席が増え", "欠席が増加", "欠席日数", "通知表の所見", "通知票の所見", "指導要録", "所見欄", "成績表", "成績不振", "学習の遅れ",
                              "学力の遅れ", "個別指導計画", "個別の教育支援計画", "保健室登校", "別室登校", "通級指導",
                              "欠席が続い", "遅刻が続い", "提出物が出ていない", "提出物が出せない",
                              # a pupil's absences counted, the school social worker brought in
                              "欠席が月", "欠席が週", "欠席は月", "欠席は週", "朝起きられない", "スクールソーシャルワーカー",
                              "長期欠席", "連続欠席", "欠席が続", "欠席中", "連続で欠席", "日連続欠席", "欠席増", "欠席が多",
                              # said casually (round 9): 学校来てなくて, 行き渋り
                              "学校来てな", "学校に来てな", "学校行ってな", "学校に行ってな", "学校行けてな", "学校に行けてな", "学校に行けていな", "学校に行けていません", "登校できていな",
                              "学校行けな", "学校に行けな", "学校来れな", "学校に来れな", "登校しぶり", "登校渋り", "行き渋り",
                              "行きしぶり", "登校できてな", "高校中退", "中退して", "中退した", "家にこもっ", "部屋にこもっ",
                              "引きこも", "登校できな", "登校できず", "適応指導教室",  # (登校できない日が続いており, r34)
                              "スクールカウンセラーと面談"), ()),
    # the record numbers of a municipal system or a school beside a name: the name's entry in that record
    # (宛名番号 of the 基幹系, a welfare case, a student, a benefit recipient) — with a value only (a member of staff's
    # 職員番号 is no record by itself: person_shapes reads the name after it as staff, the subject of the line)
    "record_number": (False, ("宛名番号", "世帯番号", "ケース番号", "学籍番号", "生徒番号", "受給者番号",
                              "受給者証番号", "利用者番号", "患者番号", "診察券番号"), ()),
    "resident_registry": (False, ("住民票の閲覧制限", "戸籍の附票", "除票", "除籍", "改製原戸籍", "失踪宣告", "無戸籍",
                                   # a resident's notice of moving, as the counter takes it (round 14)
                                   "転出届", "転入届", "転居届", "住民異動届", "海外転出"), ()),
}

# keyword -> (family, legal, score); a word listed in two families keeps the first.
KEYWORDS: dict[str, tuple[str, bool, float]] = {}
for _fam, (_legal, _spec, _broad) in FAMILIES.items():
    for _w in _spec:
        KEYWORDS.setdefault(_w, (_fam, _legal, 0.7))
    for _w in _broad:
        KEYWORDS.setdefault(_w, (_fam, _legal, 0.5))

_ASCII_WORD, _KATA = re.compile(r"[A-Za-z0-9]"), re.compile(r"[ァ-ヺー]+")
# a physician after a medical department: 精神科医, 精神科専門医, 心療内科医師
_KANJI2 = re.compile(r"[一-鿿]{2}")
_PHYSICIAN_AFTER = re.compile(r"(?:専門)?医(?:師)?(?![療院学薬])")
# an organisational unit right after the keyword: 障害福祉課, 生活保護担当, 介護保険係, 健康診断センター; a body (身体障害者福祉協会, r32)
_UNIT_AFTER = re.compile(r"(?:(?:[一-鿿]{0,3}?)(?:課|係|室|部|局|担当|グループ|センター|事務所|窓口|相談窓口)|[一-鿿]{0,4}?(?:協会|連合会|連盟|協議会))(?![一-鿿ぁ-ゟ]{0,4}(?:者|中|歴))")

# an event or campaign named after the topic (喘息予防セミナー, 認知症サポーター養成講座, がん検診啓発月間), or a talk's title
_EVENT_AFTER = re.compile(r"[一-鿿ァ-ヺー・]{0,8}?(?:セミナー|講座|教室|研修会|研修[（(」』]|講演会|相談会|フォーラム|シンポジウム|キャンペーン|"
                          r"啓発|週間|月間"
                          # a profession named after the topic: 認知症看護認定看護師, 糖尿病専門医, 認知症サポーター
                          r"|看護師|専門医|認定医|指導医|療法士|福祉士|指導士|支援員|相談員|サポーター|コーディネーター)"
                          # a talk's title: 認知症の基礎知識, 介護保険サービスの使い方, うつ病の最新治療
                          r"|(?:[やと・][一-鿿ァ-ヺーぁ-ゖ]{1,6})?の(?:基礎知識|基礎|基本|使い方|最新治療|最新情報|予防法|ポイント|正しい知識|早期発見|早期対応|理解|嘔吐物処理|対策|対応手順|問題に|課題)")
# a talk's or a course's quoted title around the topic (講義「産後うつの早期発見と…」, 研修テーマ『発達障害の…』, round 18)
_TALK_TITLE_BEFORE = re.compile(r"(?:講義|講演|研修|演題|テーマ|講座|セミナー|勉強会|分科会|タイトル|題目|特集|記事|連載)[ :：は]{0,2}[「『][^」』\n]{0,30}$"
                                # (or labelled without quotes: 講演会（テーマ：糖尿病予防）, round 21)
                                r"|(?:演題|テーマ|題目|タイトル)[ ]?[:：][ ]?[^\n:：()（）「」]{0,20}$|(?:ロールプレイ(?:ング)?|模擬(?:相談|面接))[ ]?[(（][^)）\n]{0,20}$")
# a service's arrangements after a broad word (健診の会場変更, 検診の日程, 入院の案内; …を行っています, 未受診者のフォロー, r32)
_SERVICE_AFTER = re.compile(r"の(?:会場|日程|案内|ご案内|お知らせ|受付|申込|申し込み|実施|開催|周知|チラシ|ポスター|予約枠|時間帯|場所|準備|担当|"
                            r"未受診|受診率|受診者)|を(?:行って|行います|実施して|実施します)|者(?:の|へ|フォロー|数|台帳|名簿|リスト)|証明書|従事(?:医|者|看護)")  # (納税証明書, r33)
# a count of the topic's holders (精神障害者保健福祉手帳の件数, 療育手帳 1,106人（同 +12.4％）): statistics, no one's condition
_STATS_AFTER = re.compile(r"[一-鿿ァ-ヺー]{0,12}?(?:の?(?:件数|人数|交付件数|交付数|所持者数|受給者数|利用者数|患者数|対象者数|該当者数|認定者数|割合|統計)"
                          r"|[ 　:：]*[0-9]{1,3}(?:,[0-9]{3})+[ ]?(?:人|件|名|世帯)"
                          r"|[ 　:：]*[0-9]+[ ]?(?:人|件|名|世帯)[ 　]*[(（][^)）\n]{0,16}[％%])")
_SPECIALTY_BEFORE = re.compile(r"(?:専門|専攻|専門分野|研究分野|研究テーマ)(?:は|[:：])[ 　]?$")
_BLANK_FORM_AFTER = re.compile(r"の(?:様式|ひな形|雛形|ひながた|テンプレート|書式|記入要領|記載要領|フォーマット)|の?(?:用紙|記載例|記入例)")  # (転入届用紙, r39)
_EVENT_AFTER_EN = re.compile(r"(?i:[\x22”']?[ -](?:prevention |awareness |support )?(?:seminar|workshop|lecture|campaign|"
                             r"awareness week|awareness month|symposium|nurse|specialist|educator|clinic|class|"  # (a service's session, r30:)
                             r"info session|information session|briefing|fair|helpline|hotline|desk|counter|leaflet|brochure|division|section|department)(?![a-z]))")
# other people, in the plural or a friend, described by the topic (聴覚障害のある友人と, 障害のある人たちの, 認知症の方々を):
# the topic is theirs, not the named person's beside it (a volunteer's profile in 広報)
_OTHERS_AFTER = re.compile(r"(?:の|のある|がある|を持つ|を抱える)?(?:友人|知人|仲間|人たち|人々|方々|当事者)(?:たち)?[とのをにがやへ]")
# word -> (regex that must NOT match the preceding text, regex that must NOT match the following)
_GUARDS: dict[str, tuple[re.Pattern | None, re.Pattern | None]] = {}


def _guard(words, before: str | None = None, after: str | None = None):
    g = (re.compile("(?:" + before + ")$") if before else None, re.compile(after) if after else None)
    if twice := [w for w in words if _GUARDS.setdefault(w, g) is not g]:  # (a second guard would replace the first)
        raise ValueError(f"sensitive_personal_info: guarded twice (extend the first guard instead): {twice}")


_SYS = r"システム|通信|回線|電波|機器|ネットワーク|サーバー?|電気|運行|電源|機械|設備|接続|表示|動作|伝送|視野|障がい者雇用率|重大|軽微|大規模|広域|本番|基盤"
# a field or a policy named after the people it serves (障害者スポーツの普及, 障害者施策推進協議会, 障害者差別解消法): the field,
# nobody's disability (round 23; 障害者支援施設 or 障害者雇用 may still be someone's)
_FIELD = r"スポーツ|施策|政策|計画|基本法|総合支援法|差別解消|虐待防止法|権利条約|芸術|アート|文化|団体|優先調達|理解促進|の日"
_guard(("障害",), before=_SYS, after=r"物|競走|競技|走|復旧|対応|発生|情報|対策|時|が発生|切り分け|報告|票|管理|監視|検知|通知|"
                                     r"[者児](?:" + _FIELD + ")")
_guard(("障がい",), before=_SYS, after=r"[者児](?:" + _FIELD + ")")
_guard(("障害者", "障がい者", "障害児", "障がい児"), after=_FIELD)
_guard(("診療",), after=r"所|時間|報酬|科|体制|機能")
_guard(("治療",), after=r"法|薬の開発|技術"); _guard(("ケアプラン",), before=r"(?:[ァ-ヺー]{2,}|[ぁ-ゖ]{2,}(?<![のをにがはもとでへや]))[ 　]?"); _guard(("アレルギー",), after=r"の有無|がある方|のある方|をお持ちの方")  # (…の有無は各自に聞く: everyone asked, r36)
_guard(("保健指導",), after=r"者|員|の手引|マニュアル")  # (母子保健指導者研修: a trainer, round 24)
_guard(("がん検診", "特定健診", "人間ドック", "特定保健指導", "検診", "受診"), after=r"(?:受診|受診者|受診率)?」")  # (「がん検診受診」: r27)
_guard(("健康診断", "健診"), after=r"(?:受診|受診者|受診率)?」", before=r"定期")  # (r39: everyone's routine check, 定期健康診断のため不在)
_guard(("手術",), before=r"外科", after=r"室|台|器具")
_guard(("虐待",), after=r"防止法|防止の啓発"); _guard(("詐欺被害", "特殊詐欺の被害"), after=r"を未然に|の未然防止")  # (r40: a thanks)
_guard(("納税",), before=r"ふるさと")  # ふるさと納税 is a donation scheme, not anyone's taxes
_guard(("部落",), after=r"会議")  # 部落会議 (old word for a neighbourhood meeting)
_guard(("思想",), before=r"の|な|的|\d")  # keep 思想信条 via its own word; drop 近代の思想 prose
_guard(("受給中", "受給者"), before=r"年金|手当")
_guard(("加害者",), before=r"交通事故の")
_guard(("借金",), before=r"国の|政府の")
_guard(("滞納",), after=r"整理(?:の(?:電話|担当|業務|研修|事務)|係|担当|班)")  # (滞納整理の電話は堀さんが受ける: a duty, r39)
# a culture's arts and goods (民族舞踊, 民族衣装, 民族料理 at a festival's stage): nobody's origin (round 14)
_guard(("民族",), after=r"舞踊|衣装|音楽|楽器|料理|文化|芸能|博物館|学|誌|の祭典|祭")
_guard(("内示",), before=r"予算")
_guard(("処方",), before=r"対")  # 対処方法, 対処方針: how to deal with something, no prescription
_guard(("流産",), after=r"業|品|地|出|学|物")  # 物流産業, 交流産品: 流 + 産業, no miscarriage
_guard(("信者",), before=r"送|受|発|返|着|通|配|交|与")  # 送信者, 受信者, 発信者 …: the sender of a mail, no believer
_guard(("あざ", "アザ"), after=r"[ぁ-ゖ]{0,1}(?:やか|笑|とい|とく|む)")  # あざやか, あざ笑う, あざとい
# an illness named as what is going round (インフルエンザが流行ってる, 熱中症対策): the season's notice, nobody's (r11)
_guard(("インフルエンザ", "新型コロナ", "COVID-19", "感染症", "ノロウイルス", "胃腸炎", "手足口病", "溶連菌", "熱中症", "おたふくかぜ", "おたふく風邪", "水ぼうそう", "結核"),
       after=r"(?:が|の)?(?:流行|はや[っりるら]|蔓延|まん延)|の?(?:予防(?!接種)|対策|シーズン|注意報|警報)|(?:の)?予防接種(?:は|を|の)?"
             r"[^。\n]{0,12}?(?:再開|開始|実施|受付|休止|予約)|(?:ウイルス)?(?:感染症)?(?:対応|対策|内科|病棟|専門(?:医|家)|担当)"
             r"|ワクチン[^。\n]{0,10}?(?:納品|発注|在庫|入荷|配送|供給|確保|納入|本数|単価)")  # (r25; a vaccine's supply, r35)
# a life stage a service covers (妊娠期から子育て期まで切れ目のない支援): the policy's scope, nobody's pregnancy (r17)
_guard(("妊娠",), after=r"期(?:から|まで|の(?:支援|相談|方))|・出産・子育て|・出産から子育て|から子育て")
_guard(("鬱で", "鬱っぽ", "鬱になっ", "鬱気味", "鬱状態"), before=r"憂")  # 憂鬱で: a gloomy mood, no illness
for _fam, _words in ENGLISH_TOPICS + RESIDENT_LANGUAGE_TOPICS + CARE_TOPICS:  # (English, residents' languages, care words)
    for _w in _words:
        KEYWORDS.setdefault(_w, (_fam, FAMILIES[_fam][0], 0.7))
for _ws, _before, _after in CARE_GUARDS:  # (シェルター, 要支援, symptoms: recognizers/_sensitive_words.py)
    _guard(_ws, _before, _after)
# the council itself and its meetings (要保護児童対策地域協議会 代表者会議の開催, 要対協の運営): the body, no child's case
_guard(("要保護児童対策地域協議会", "要対協"),
       after=r"[ 　]?(?:代表者会議|実務者会議|の(?:開催|運営|設置|構成|委員|事務局|代表者会議|実務者会議|調整機関|会議)|事務局)")
# a record number counts only with its value ("学籍番号 24S0317", "ケース番号：2031-0457"), not as a column or a field name
_guard(FAMILIES["record_number"][1], after=r"(?![ \t:=は]{0,3}[0-9A-Za-z])")
_guard(("犯罪",), after=r"学|心理学|小説|映画|ドラマ")
# the rules of discipline, not a case (懲戒処分の指針の改正, 分限処分の手続き, 懲戒処分等の公表基準: round 23)
_guard(("懲戒処分", "懲戒", "分限処分"), after=r"(?:処分)?等?の(?:指針|基準|標準例|運用|手続|流れ|考え方|種類|概要|公表基準|事例集)")
_guard(("年収",), after=r"の?(?:目安|相場|平均|中央値)")
_guard(("生保",), before=r"更|大手|外資|かんぽ", after=r"護|会社|レディ|各社|業界|商品|協会|の(?:営業|外交|勧誘|加入)|に加入")  # 生命保険
_guard(("起訴",), after=r"状一本主義")
# an agency or specialist as the document's reader (スクールソーシャルワーカーへの共有メモ, 児相向けの報告書), no one's topic (r14)
_guard(("スクールソーシャルワーカー", "児童相談所", "児相"),
       after=r"(?:さん)?(?:への|へ|宛て?の?|向けの?)(?:共有|連絡|報告|説明|提出|引き?継ぎ)?(?:用の?)?(?:メモ|資料|文書?|メール|票|書類|報告書)")


# words of prose in Latin script (English, Portuguese …, not an acronym such as DV or ADHD): such prose spends about
# twice the characters Japanese does on a sentence, so the aggregator reads its person window twice as wide
_LATIN_WORDS = frozenset(w for w in KEYWORDS if len(w) >= 5 and w == w.lower() and all(c.isascii() or c.isalpha() for c in w)
                         and any("a" <= c <= "z" for c in w))
_LATIN_META = {"script": "latin"}


def _build_automaton() -> "ahocorasick.Automaton":
    a = ahocorasick.Automaton()
    for w in (*KEYWORDS, *SUFFIXES):
        lw = w.lower()
        a.add_word(lw, lw)
    a.make_automaton()
    return a


_AUTOMATON = _build_automaton()
_SHAPE = ("health", True, 0.7)  # a condition named by its shape
_GRADE = ("personnel", False, 0.7)  # an evaluation given as a grade
_MAX_SHAPES = 256  # suffixes looked at per prompt: bounded work
_LOWER_TO_WORD = {w.lower(): w for w in KEYWORDS}


def shaped_condition_at(text: str, p: int) -> tuple[int, int, str] | None:
    """(start, end, word) of the condition named by its shape whose suffix (症, 病) stands at ``p`` (夜尿症, ダウン症, 川崎病:
    _condition_names), when no keyword names it; else None."""
    span = condition_at(text, p)
    if span is None or (w := text[span[0]:span[1]]) in KEYWORDS:
        return None
    return span[0], span[1], w


def shaped_conditions(text: str, hits: dict[str, list[int]]):
    """Each condition named by its shape, from the hits of its suffix (shaped_condition_at); bounded per prompt."""
    for suffix in SUFFIXES:
        for p in islice(hits.get(suffix, ()), _MAX_SHAPES):
            if (found := shaped_condition_at(text, p)) is not None:
                yield found


class SensitivePersonalInfoRecognizer(AigwRecognizer):
    ENTITY = "SENSITIVE_PERSONAL_INFO"
    TRIGGER_WORDS = tuple(KEYWORDS) + SUFFIXES + ("評価",)  # (症, 病: _condition_names; 評価: _grade_words)

    def analyze(self, text: str, entities: list[str] | None, nlp_artifacts: Any = None):
        """Plain presidio entry point: one pyahocorasick pass for the hits."""
        low = text.lower()
        if len(low) != len(text):
            low = text.translate({i: i + 32 for i in range(65, 91)})
        hits: dict[str, list[int]] = {}
        for end, lw in _AUTOMATON.iter(low):
            hits.setdefault(lw, []).append(end - len(lw) + 1)
        results = self._from_hits(text, hits)
        if entities:
            results = [r for r in results if r.entity_type in entities]
        return results

    def analyze_ctx(self, ctx: ScanContext):
        return self._from_hits(ctx.text, ctx.hits)

    def _from_hits(self, text: str, hits: dict[str, list[int]]):
        cands = []
        for lw, positions in hits.items():
            w = _LOWER_TO_WORD.get(lw)
            if w is None:
                continue
            for p in positions:
                cands.append((p, -len(w), w))
        cands.extend((s, s - e, w) for s, e, w in shaped_conditions(text, hits))
        cands.extend((s, s - e, w) for s, e, w in graded_evaluations(text))  # 評価、やっぱりCで (_grade_words, r23)
        if not cands:
            return []
        cands.sort()
        out = []
        last_end = -1
        for p, neg_len, w in cands:
            e = p - neg_len
            if p < last_end:
                continue
            if not self._accept(text, p, e, w):
                continue
            fam, legal, score = KEYWORDS.get(w, _GRADE if w == GRADE_WORD else _SHAPE)
            meta = _LATIN_META if w in _LATIN_WORDS else {}
            out.append(self.result(self.ENTITY, p, e, score, category=fam, legal=legal, strength="weak", **meta))
            last_end = e
        return out

    @staticmethod
    def _accept(text: str, s: int, e: int, w: str) -> bool:
        if w.isascii() and text[s:e] != w and not w.islower():
            return False  # upper-case ASCII keywords in their own case only (AIDS, not "hearing aids")
        edge = _ASCII_WORD if w.isascii() and w[0].isalnum() else _KATA if len(w) <= 3 and _KATA.fullmatch(w) else None
        if edge is not None and ((s > 0 and edge.match(text[s - 1])) or (e < len(text) and edge.match(text[e]))):
            return False  # DVD, HIVE, LDAP …; a short katakana word inside a longer one (アザオオハラ, a place's reading: r35)
        if _UNIT_AFTER.match(text, e) and not w.isascii():
            return False  # a department or facility name (障害福祉課, 生活保護係, 児童相談所): not a topic
        if (_EVENT_AFTER_EN if w.isascii() else _EVENT_AFTER).match(text, e):
            return False  # an event's name (喘息予防セミナー, 認知症サポーター養成講座, asthma seminar): not a condition
        if w.endswith(("所", "センター", "課", "署", "局", "室", "園")) and (text.startswith(("長", "次長"), e) or (
                w.endswith(("事務所", "センター")) and s >= 2 and _KANJI2.fullmatch(text, s - 2, s) is not None)):
            return False  # the head of such an office (保健福祉事務所長 in a career summary): a post, no one's case; or
            # the office's own longer name (県北浦保健福祉事務所 in an affiliation, round 23)
        if not w.isascii() and _TALK_TITLE_BEFORE.search(text, max(0, s - 40), s) is not None:
            return False  # the title of a talk (講義「産後うつの早期発見」): a subject taught, no one's condition
        if not w.isascii() and (_OTHERS_AFTER.match(text, e) or _STATS_AFTER.match(text, e)):
            return False  # other people the topic describes (聴覚障害のある友人と話したくて): no one named; a count of
            # the topic's holders (手帳の件数, 療育手帳 1,106人（+12.4％）): statistics (round 21)
        if KEYWORDS.get(w, _SHAPE)[2] < 0.7 and _SERVICE_AFTER.match(text, e):
            return False  # a broad word naming a service's arrangements (健診の会場変更): no one's condition
        if _BLANK_FORM_AFTER.match(text, e):
            return False  # the blank form of such a record (評価シートの様式は上原さんが準備済み, round 19): nobody's record
        if (w.endswith("科") and _PHYSICIAN_AFTER.match(text, e)) or (
                not w.isascii() and _SPECIALTY_BEFORE.search(text, max(0, s - 8), s) is not None):
            return False  # a physician's specialty (精神科医, 心療内科医師), a field of expertise (専門は感染症内科, r22)
        g = _GUARDS.get(w)
        if g is not None:
            before, after = g
            if before is not None and before.search(text, max(0, s - 12), s):
                return False
            if after is not None and after.match(text, e):
                return False
        return True
