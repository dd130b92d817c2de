"""Issue 13, round 22 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a residents' group's post before a name (ボランティア班長, 自治会の会長) names a private person, not the office's post
  (person_capacity.resident_post); the office's own 班長 stays staff;
- a first line declaring the data a specification's 記入例 covers the sample after it (document._SPEC_SAMPLE);
- credentials: a password of letters only in mixed case (Pwd=swmUNHovqrBuq) is no placeholder word; a base64 value
  that decodes to a placeholder (a Kubernetes Secret's changeme) is one (_credential_values.encoded_placeholder); 2FA
  backup codes listed one a line under their heading (_credential_forms.BACKUP_LIST);
- non-public internal matters (internal_matters_default.yaml): audit findings in draft or as a first report (指摘事項
  （案）, 指摘事項（速報）), contractors to be nominated (指名予定業者), results not yet told (結果通知前), an incident whose
  publication is still open (公表を検討, 記者発表するかは), a line to hold when asked from outside, a matter deliberated
  inside (内で協議中), 設計額 with an amount, the office's own ceiling in a negotiation (内部の上限); a budget table's
  figures in 千円 under a 一次査定額 column (internal_matter._column_figure reads the header's own separator);
- a fixed-width layout with remarks in brackets after its items (カナ氏名20桁（半角）) (fixed_layout);
- a DataFrame printed with its index and runs of blanks, a spaced full name in its 氏名 column
  (markup_records.single_spaced_as_cells);
- not: 要暗号化 noting a column of a schema (個人番号（要暗号化）), a place's or a body's name under a key ending in name
  (cityName, company_name), 避難行動要支援者 as the programme's name in a published award list, a short question about
  handling a 異動案, published audit results, codes in a manual shown as xxxx.
"""

from __future__ import annotations

import base64

import pytest

from gateway.scan.recognizers._marking_form import marking_form
from tests.unit.scan._helpers import action_tests

_STRONG_B64 = base64.b64encode(b"Tq7#rVw2!pLm").decode()
_CHANGEME_B64 = base64.b64encode(b"changeme").decode()

BLOCK = [
    ("volunteer_team_leaders", "配布用に整えて。\n３　ボランティア班長の連絡先\n　受付班　班長 小野寺 朋美　090-7712-4408\n"
                               "　誘導班　班長 千葉 恭介　080-5521-9036"),
    ("residents_association_post", "名簿を整えて。\n東ヶ丘自治会 役員名簿\n会長 梶原 信夫 090-6631-2284\n副会長 柳 澄子 070-3391-0045"),
    ("letters_only_password", "接続エラーです。\nServer=db01;Database=Zei;User Id=zei_app;Password=qKWmTzeRhvNa;"),
    ("k8s_secret_real", f"Secret です。\napiVersion: v1\nkind: Secret\ndata:\n  password: {_STRONG_B64}\n"),
    ("backup_codes_listed", "保管方法を教えて。\n管理者アカウント バックアップコード\n（10/02 発行）\n5521 8807\n3390 4416\n7702 9958"),
    ("audit_findings_draft", "文章を整えて。\n令和8年度 定期監査 指摘事項（案）\n1 下水道課 契約書の収入印紙の確認漏れ 4件"),
    ("audit_first_report", "是正依頼文にして。\n情報セキュリティ監査 指摘事項（速報）\n・ファイルサーバの共有設定が Everyone フルコントロール"),
    ("nominated_contractors", "整えて。\n指名予定業者（指名通知は12月3日）\n1 株式会社 浜名建設\n2 有限会社 三和土木"),
    ("result_before_notice", "講評の下書きを作って。\n指定管理者選定 採点結果　※応募者への結果通知前\nＡ社 412点　Ｂ社 398点"),
    ("incident_publication_open", "報告書にして。\n11/20 誤送信。受信者42件。市長にはまだ口頭のみで、記者発表するかは明日判断。"),
    ("hold_the_line", "部長向けにまとめて。\n補助金を3割減らす方向。団体には来月説明するので、外から聞かれても検討中と答えてください。"),
    ("deliberated_inside", "簡潔に直して。\n（答弁案・庁内で協議中）\n東西の小学校を統合する方向で最終調整しております。"),
    ("design_amount", "表にして。\n案件：市営住宅外壁改修　設計額 税抜 4,310万円　指名数 6社"),
    ("own_ceiling", "報告書の形にして。\n相手方の希望 ㎡単価 21万円。市内部の上限 ㎡単価 19万5千円（部長了解済み）。"),
    ("budget_table_thousands", "一覧にして。\n当初予算 一次査定状況（市長査定前）\n課名\t事業名\t要求額(千円)\t一次査定額(千円)\n"
                               "公園課\t遊具更新\t18,400\t12,900\n道路課\t舗装補修\t96,500\t88,000"),
    ("fixed_width_remarks", "read_fwf のコードを書いて。\nレイアウト：宛名番号10桁／カナ氏名16桁（半角）／生年月日8桁（西暦）／税額9桁\n"
                            "0001234567ﾔﾏｷﾞｼ ｺｳｼﾞ     19710305000123400\n0001234575ﾎｼﾉ ｱﾔｶ        19880612000045600"),
    ("dataframe_names", "未受診者を抜き出すコードを書いて。\n>>> df.head(3)\n      番号      氏名  年齢  地区  判定\n"
                        "0  1001  堀内 紀子   66  北町  要医療\n1  1002  沼田 敬一   59  南町  要医療\n2  1003  井口 沙耶   71  東町  異常なし"),
    ("encryption_note_on_document", "要約して。\n本資料（要暗号化）\n庁内ネットワーク更改の方針について"),
    # second wave (h22i–n, sealed h22s/t)
    ("insurance_dotted_symbol", "メールにして。\n国保の件：井出 和人さん\n記号：21.07　番号：3345　枝番：02\n資格喪失後に受診あり。"),
    ("card_wrapped_in_group", "返信案を。\n原 真由美です。カードは 4539 1488 02\n66 1701 です。二重に引き落とされました。"),
    ("card_program_key", "ログの設定ミス？\nDEBUG PaymentRequest{orderId=A-1, pan=4539148802661701, exp=2028-03}"),
    ("query_number_key", "原因は？\nGET /api/person?kojin_no=693674818683&birth=19880715 500"),
    ("restriction_scope_header", "原稿にして。\n持出禁止（学校教育課 内部資料）\n学力調査 学校別結果（速報）\n下位校：北小 51.2"),
    ("section_marking", "整えて。\n1 概要は公開資料のとおり。\n【以下 部外秘（説明後に回収）】\n2 用地交渉の状況"),
    ("glued_staff_subject", "丁寧に直して。\n課長、会計課の井原 智久主査ですが、先月から不眠で休んでいて、うつ病の診断書が出ました。"),
    ("titled_name_column", "所見を要約して。\n| 所属 | 職・氏名 | 評語 | 所見 |\n|---|---|---|---|\n| 税務課 | 主事 野呂 彩 | C | 期限超過が多い |"),
    ("overtime_under_record", "案内文を作って。\n時間外勤務実績（上位3名）\n税務課　主査　片岡 亮　112.5時間\n税務課　主事　宮坂 怜　101.0時間"),
    ("shop_keeper_described", "訪問記録にして。\n対象：川端町の「まるや酒店」の主人（80代男性、一人暮らし）\n心不全で通院中。保護申請の意思あり。"),
    ("party_label_above", "直して。\n1　被処分予定者\n　水道局 業務課 主任　坂東 浩二（39歳）\n2　概要\n　酒気帯び運転で検挙された。"),
    ("split_phone_columns", "まとめて。\n姓,名,携帯_1,携帯_2,携帯_3\n柴崎,徹,090,3312,7781\n永瀬,ゆかり,080,2204,5516"),
    ("chat_phrase_continued", "相談票にして。\n20:01 相談者「生まれは平成9年の」\n20:01 相談者「7月14日です」\n20:02 相談者「借金が返せません」"),
    ("real_case_as_instance", "やさしく書き直して。\n計画の例として、班長会議で検討したケースを載せます。\n　例）北村 ハナ さん（90歳、浜町3丁目2番5号）、人工透析に通院。"),
    # sealed h22u/v
    ("staff_leave_renewal", "通知文を作って。\n所属職員 川辺 俊介 主任（管理課）の病気休職期間の更新について\n・診断名：適応障害"),
    ("estimate_kept_to_few", "想定問答を作って。\n体育館改修工事\n・公告 1/31、開札 2/18\n・設計書の上限額：27,830,000円\n"
                             "・下限：23,989,460円\n・この金額は開札日まで担当以外には伝えない"),
    ("ocr_stamp_spaced", "体裁を戻して。\n【OCR】\n（右上スタンプ）持 出 禁 止\n令和8年度 組織見直し（たたき台）"),
    # third wave (h22o–r)
    ("only_holder_of_post", "お知らせ文を作って。\n・みどり保育園の看護師（看護師は１名のみ、40代女性）が結核で入院。"),
    ("only_one_in_grade", "手紙を作って。\n5年1組に転入した女の子（学年で外国籍は彼女だけ）。給食費が3か月未納。在留資格の更新が不安とのこと。"),
    ("association_head_household", "要点をまとめて。\n[9:02] 西: 三丁目の自治会長さんのとこ、奥さんが乳がんで入院したそうです"),
    ("head_of_only_clinic", "時系列にして。\n・市内に一か所しかない歯科医院の院長から相談。妻と離婚協議中で、妻には精神科の通院歴があると主張。"),
    ("post_holder_child", "整理して。\n・川上の郵便局長さんのところの下の息子さん（中1）\n・夏休み明けから不登校。リストカットの跡あり。"),
    ("oldest_resident", "書き直して。\n対象者：入居者の中で最高齢の男性（99歳）。要介護5、誤嚥性肺炎で入院歴あり。"),
    ("shop_keeper_age", "短くして。\nキャプション案：ひまわり堂のご主人（68）。脳梗塞で倒れ、身体障害者手帳を取得。\n※掲載の了承はまだとっていません。"),
    ("association_head_house", "会議資料に。\n対象：今年度のPTA会長さん宅の長女（小3）\n・腕にあざ。本人は「お母さんに叩かれた」。"),
    ("only_one_staff", "報告文に直して。\n会計課でただ一人、今年度育休を取った係長が、復帰後に適応障害の診断で病気休暇に入ります。"),
    ("price_sheet_before_opening", "要約して。\n5 日程\n　公告　令和8年1月5日\n　開札　令和8年1月20日\n\n予定価格調書\n　予定価格（税込）：23,100,000 円"),
]

ALLOW = [
    ("office_team_leader", "整えて。\n税務課 収納係\n　班長 森 健一　内線2231\n　主事 佐伯 綾　内線2232"),
    ("spec_sample_declared", "仕様書の記入例に載っているサンプルで、氏名も例示です。このJSONからスキーマを作って。\n\n"
                             '{"shimei": "見本 次郎", "birth": "1990-01-01"}'),
    ("k8s_secret_placeholder", f"研修用のサンプルです。\nkind: Secret\ndata:\n  password: {_CHANGEME_B64}\n"),
    ("backup_codes_masked", "マニュアルの文です。\nバックアップコードの例\nxxxx xxxx\nxxxx xxxx\n※実際のコードは各自で保管してください。"),
    ("audit_published", "公表済みの監査結果です。読みやすく要約して。\n令和7年度 定期監査結果（公表しました）\n指摘事項 3件、意見 5件"),
    ("handling_question", "内示前の異動案の表を共有フォルダに置いてもよいか、一般的な考え方を教えてください。"),
    ("schema_column_note", "列の型を提案して。\nCREATE TABLE t (\n  kojin_bango CHAR(12), -- 個人番号（要暗号化）\n  shimei VARCHAR(60)\n);"),
    ("city_name_key", "CSVにして。\n<corp><name>株式会社 葵工務店</name><cityName>緑川市</cityName>"
                      "<streetNumber>本町三丁目2番5号</streetNumber></corp>"),
    ("award_programme_word", "公表済み（ご本人の同意を得て掲載）の表彰者紹介です。短くして。\n■自治功労\n　笠井 正人さん（川辺町）\n"
                             "　避難行動要支援者の見守り活動に長年尽力\n担当：市民課 ☎0955-22-1100"),
    ("dataframe_facilities", "集計して。\n>>> df.head(2)\n      施設名      地区  定員\n0  中央公民館  北町  120\n1  西部公民館  西町   80"),
    ("athlete_bio_published", "報道発表資料（公表済み）です。SNS用に。\n受賞者　石丸 あおい 選手（24歳、市出身）\n"
                              "病気で左腕を失い、障害者スポーツの道へ。"),
    ("facility_address_street", "表を整えて。\n6　第一中学校　緑野市栄町4-11-1　電話 0858-23-2258　収容 680人\n"
                                "7　市民体育館　緑野市中央1-1-1　電話 0858-23-7700"),
    ("examples_in_a_rule", "クイズを作って。\n1 機密性による分類\n　機密性３：秘密文書に相当する情報（例：未公表の人事案、入札の予定価格）\n"
                           "　機密性２：直ちに一般に公表することを前提としていない情報\n　機密性１：公表を前提とする情報"),
    ("results_after_opening", "開札が終わった入札結果です。掲載用の表にして。\n\n件名：下水管布設工事\n予定価格（税抜）：31,850,000円"),
    ("english_programme", "Translate this programme.\nPanellists: Mr. Kenji Arai (Director, DX Office, Midorino City), "
                          "Ms. Anna Berg (Local Government Association)\nClosing – Mr. Tom Hale, Consul-General"),
    ("specialty_of_director", "記事を縮めて（発令済み）。\n保健所長に 森 孝之 医師が就任しました。\n森所長の専門は感染症内科です。"),
    ("addressee_under_company", "柔らかくして。\n\n株式会社 浜松設備工業\n小野 様\n\nいつもお世話になっております。市施設課の岡です。"
                                "\n打合せは11/12 14時でいかがでしょうか。\n岡（直通 0299-62-4417）"),
    ("phrase_talked_about", "民生委員さんから「記録に『○○地区の唯一の商店のおばあちゃん』と書いたら誰か分かる」と指摘されました。"
                            "ケース記録の書き方の注意点を教えてください。"),
    ("thread_salutation", "柔らかくして。\n\n日程は11/4で確定です。\n\n相馬（内線5120）\n\n> 相馬様\n> 承知しました。\n"
                          "> 株式会社オープンリンク 保守窓口 斎藤 遥\n> 〒150-0002 東京都渋谷区渋谷2-21-3　TEL 03-5467-9201"),
    ("two_row_header_announcement", "記者発表済みの人事異動です。1行形式にして。\n\n氏名\t新\t\t旧\t\n\t部局\t職\t部局\t職\n"
                                    "稲垣 修平\t総務部\t部長\t市民生活部\t部長\n松原 聡子\t市民生活部\t部長\t総務部\t次長"),
    ("colleagues_listed", "柔らかく直して。\n差出人：母子保健係 吉成（内線 3418）\n研修の開始を14:00に変更します。\n"
                          "参加予定者：吉成、保科、西園寺、矢吹（計4名）"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)


@pytest.mark.parametrize("text,word,form", [
    # a note in brackets after a quoted document's name: that document's class (a mention in this text)
    ("受注者は「ネットワーク構成資料」（契約後に貸与、機密性２）に基づき設計すること。", "機密性２", "inline"),
    ("「議事録」（機密性２）を参照", "機密性２", "inline"),
    # a restriction heading its line with a scope in brackets, a section's mark after 以下
    ("持出禁止（学校教育課 内部資料・公表前）\n本文", "持出禁止", "header"),
    ("【以下 部外秘（説明後に回収）】\n本文", "部外秘", "bracketed"),
    # not: a bracket that does not close the line
    ("持出禁止（スマホ）について教えて", "持出禁止", "inline"),
])
def test_marking_forms_r22(text, word, form):
    s = text.index(word)
    assert marking_form(text, s, s + len(word)) == form
