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

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
