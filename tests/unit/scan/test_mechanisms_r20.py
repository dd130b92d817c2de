"""Issue 13, round 20 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- text written top to bottom, one character a line (a vertical card read by a phone, a number typed a digit a line), is
  read as the line it was cut from (markup_wraps.vertical_lines_joined); a short column of single letters is not;
- a table header whose column names the code system or the year of its values in brackets (病名(ICD-10), 金額(R7年度)) is
  still a header (_text.header_digits);
- a member of staff as the subject of their own record: a title after one space before について (…智也 主任について), their
  record after の with a period between (…主査の今期の人事評価), a note after a colon that opens with it (…さん（…）：勤務評価C);
  not a programme named after a colon (…: 休職者の復職支援プログラム);
- a named member of staff's next move, spoken of ahead (…係長は次の異動で本庁に戻す) (internal_matter);
- a home told by a landmark with who lives there (…商店の裏のアパートの一人暮らしの高齢男性) and a dwelling with its resident on the
  next line (訪問先：…号室 ⏎ 対象：70代女性), then a sensitive topic (address_landmark, address_residents); a landmark with no
  resident is a place;
- a stamp described on an OCR'd page (［右上に赤いスタンプ：部外秘］), an English marking with the handling it imposes after a
  dash (CONFIDENTIAL – 本書の第三者への開示を禁じます), a bracketed marking in a chat message with a name withheld further on
  (_marking_form); a sample under a 【見本】 caption, a product feature's English name (Secure Print (Confidential
  Mode)) are no markings;
- addressees and targets named by their post or group (宛先：各中学校 校長 様, 対象：全職員, 差出人：教育委員会) are no persons
  (person_labels._NOT_A_NAME);
- second wave (h20g–l, sealed h20u/v): seven digits of an account said in katakana words after its kind (普通で、ハチ、サン…)
  (bank_account._spoken, _fragments); a place-name surname glued to a hiragana given name before さん (person_rules); a
  kana given name the dictionary cut short after a surname (佐久間/り/お/ちゃん); hitting said as raising a hand to someone
  (…に手を上げている), not a hand raised to ask; a marking word in a code line's trailing comment (# 機密) is no marking; a
  bracketed instruction or a PowerShell cmdlet in a password's place is no password; an account said in brackets to be a
  company's (（…法人口座）), but not an organisation said to have none; test data declared made up row by row
  (【テスト用ダミーデータ：すべて架空】) covers the rows below (a training's cases said made up with a real one added
  do not: r14p129, h15g027); an internal matter in a short story's scene (短編小説の一場面) is the story's (internal_matter + person_shapes.fiction).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("vertical_my_number", "縦書きのメモを横にして。\n申請者の個人番号\n" + "\n".join("739041255868") + "\n以上"),
    ("vertical_pension", "横書きに直して。\n基\n礎\n年\n金\n番\n号\n３\n１\n０\n７\n｜\n５\n０\n２\n９\n４\n８"),
    ("header_code_system", "並べ替えて。\n| 番号 | 氏名 | 生年月日 | 傷病名(ICD-10) |\n|---|---|---|---|\n"
                           "| 31 | 筧 健吾 | 1979/03/08 | F32 うつ病 |\n| 32 | 麻生 しおり | 1990/12/01 | F41 不安障害 |"),
    ("staff_spaced_title_about", "メールを整えて。\n当係 宇多 智也 主任について、主治医から適応障害との診断書が出ました。来月から休職します。"),
    ("staff_record_possessive", "文案を考えて。\n芦田主査の前期の人事評価、能力Cにする根拠として、遅刻と起案の差戻しを挙げたい。"),
    ("staff_colon_record_note", "引継書にして。\n・神崎 りさ さん（窓口担当、2年目）：勤務評価D、苦情3件。来年度は任用しない方向。"),
    ("staff_next_move", "議事メモを直して。\n部長の話では「真田係長は次の異動で本庁に戻す」とのことでした。"),
    ("landmark_home_resident", "見守りの依頼文を書いて。\n桜台二丁目の森田商店の裏のアパートの一人暮らしの高齢男性、最近ろれつが回らず、"
                               "糖尿病の薬も飲んでいないようです。"),
    ("dwelling_resident_next_line", "報告書にして。\n訪問先：県営若葉台住宅 ２号棟１０５号室\n対象：70代女性 独居\n"
                                    "状況：室内にごみが散乱。認知症の疑い。"),
    ("stamp_described", "OCR結果を整えて。\n［右上に赤いスタンプ：部外秘］\n令和8年2月4日\n用地交渉の進め方について（伺い）"),
    ("english_marking_dash_rule", "要点をまとめて。\nMinami Systems Co., Ltd.\np.7 概算費用 4,200万円\n"
                                  "CONFIDENTIAL – 本書の第三者への開示を禁じます　7/30"),
    ("spoken_account_katakana", "振込依頼票にして。\n相手：支店はにしの台支店、普通で、ハチ、サン、ゴー、イチ、ナナ、ゼロ、ニです。\n"
                                "相手：名義はカワイ ユウスケです。"),
    ("glued_place_surname_kana", "連絡帳の返事を考えて。\n松原あかりさんは喘息の発作で今週は入院しています。"),
    ("kana_given_cut_short", "対応を相談したい。\n杉浦りおくんのお母さんから、父親がりおに手を上げていると電話があった。"),
    ("organisation_said_without_account", "確認して。\n交流クラブは団体口座がないため、代表者個人の口座へ振込：北浜銀行 駅前支店 "
                                          "普通 口座番号 6618203 名義 ヌエン ティ ラン"),
    ("chat_bracket_marking", "議事メモにして。\n[14:20] 財政課 野口：[機密性2] 補正予算の査定案です（△△事業は見送り、詳細は○○課長から）"),
]

ALLOW = [
    ("vertical_short_column", "選択肢を整えて。\nA\nB\nC\nD\nのうち一つを選んでください。"),
    ("staff_programme_after_colon", "議事録を要約して。\n保健師 石黒 愛: 休職者の復職支援プログラムの見直し案を説明します。"),
    ("landmark_no_resident", "お知らせを直して。\n森田商店の裏のアパートは来月取り壊しのため、ごみ集積所を移します。"),
    ("sample_caption_box", "見やすさの意見をください。\n【見本】（実際の文書ではありません）\n│ 機密性２ │\n│ 取扱制限：課内限り │"),
    ("feature_name_confidential", "手順書にして。\n■ 認証印刷（Confidential Mode）を使う\n暗証番号を入力するまで印刷されません。"),
    ("addressee_post", "メールを簡潔に。\n宛先：各中学校 校長 様\n差出人：教育委員会 学校教育課\n生徒指導の研修会を開催します。"),
    ("raised_hand_to_ask", "学級通信を直して。\n授業では、わからない人は先生に手を挙げて質問しました。"),
    ("trailing_comment_secret", "このcompose.ymlを見て。\nservices:\n  app:\n    environment:\n"
                                "      API_TOKEN: ${API_TOKEN}   # 機密：.envから注入"),
    ("cmdlet_and_bracket_placeholder", "これで安全か見て。\n# 旧: $pw = ConvertTo-SecureString '（平文をここに）' -AsPlainText\n"
                                       "$cred = Get-Secret -Name 'svc-backup'"),
    ("company_account_note", "インボイスを確認して。\n発行者：株式会社ミドリ通訳\n振込先：北浜銀行 本店 当座 0045128（請求書記載の法人口座）"),
    ("declared_test_rows", "【テスト用ダミーデータ：すべて架空・自動生成】\nCSVの文字コードを変えたい。\n\nno,name,birth,tel\n"
                           "1,試験 一郎,1900-01-01,000-0000-0001\n2,試験 花子,1900-01-02,000-0000-0002"),
    ("story_scene_estimate", "自作の短編小説の一場面です。推敲して。\n　係長の岡部は予定価格調書をめくった。九千四百万円。開札は金曜だ。"),
    ("target_all_staff", "お知らせを整えて。\n【介護休業セミナー】\n介護休業の制度を紹介します。\n対象：全職員"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
