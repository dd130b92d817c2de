"""Issue 13, round 35 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a number told private in a note after it counts wherever a label before it would (a speaker's line, a booking line,
  a venue's line, an organisation's mail line): ``講師：… 0466-…（自宅）``, ``…、ご自宅の番号です``.
- the first wave's classes: an English letter's writer signing after a closing and speaking of their own health or
  family (``I have …``, ``My son has …``); a relative of someone named (``the younger brother of …``) and the police
  taking them; a member of staff with the title glued to the full name and a cancer named with its treatment
  (``…係長ですが、…がんで入院``, ``抗がん剤``); a meeting's subject by unit and post after a bare ``対象：``; a reason
  for not renewing a contract; an HTML table's cells read as a TSV's (the tab right after a value); the fixed winner and
  the bids talked over (``落札予定者と``);
- not: a short katakana topic inside a longer katakana word (``アザ`` in a place's reading); newcomers welcomed by a
  label (``着任者：``) beside a venue's address and a question on allergies; a role-play's scenario in brackets.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("speaker_line_home_note", "講演会のご案内を整えて。\n\n講師：森岡 早苗（みどり設計事務所）　0466-28-5531（自宅）\n資料は当日配布します。"),
    ("speaker_line_home_said", "講演会のご案内を整えて。\n\n講師：森岡 早苗（みどり設計事務所）　0466-28-5531、ご自宅の番号です\n資料は当日配布します。"),
]

BLOCK += [
    ("english_signature_own_health", "Please reply kindly.\n\nDear City Office,\nI have been told I have asthma and I need "
     "help with the school form.\n\nKind regards,\nLucia Moretti-Bianchi"),
    ("english_signature_child", "Translate, please.\n\nHello,\nMy daughter has epilepsy and takes medicine at lunch.\n\n"
     "Thank you,\nGrace Adeyemi"),
    ("english_kin_of_name", "Summarise this call.\n\nThe caller is the older sister of Mehmet Kaya. She said Mehmet was "
     "detained by police last night."),
    ("glued_title_cancer", "文面を整えて。\n\n総務課の片桐 亮介係長ですが、奥様ががんで入院されたため、今月は早退が増えます。"),
    ("glued_title_anticancer", "日程調整の文を。\n\nなお、当係の村瀬主査は抗がん剤の治療で毎週金曜は休みます。"),
    ("subject_unit_post", "議事録にして。\n\n対象：市民課 窓口係 主査（Y.T.）\n・6月から休職（うつ病）、復職は未定"),
    ("non_renewal_reason", "通知文案を。\n\n対象：市民会館 受付（会計年度任用職員）　千早 美月さん\n不更新の理由：遅刻が多い、苦情あり"),
    ("html_table_padded", "TSVにして。\n\n<table>\n<tr><th>No</th><th>利用者</th><th>区分</th></tr>\n"
     "<tr><td>1</td><td>柳田 晴美</td><td>生活保護</td></tr>\n<tr><td>2</td><td>江口 大和</td><td>就学援助</td></tr>\n</table>"),
    ("bid_winner_and_bids", "報告書に。\n\n匿名の電話：次回の舗装工事は、落札予定者と入札額をもう決めてあるとのこと。"),
]

ALLOW = [
    ("speaker_line_office", "講演会のご案内を整えて。\n\n講師：森岡 早苗（みどり設計事務所）　0466-28-5531\n資料は当日配布します。"),
]

ALLOW += [
    ("katakana_inside_reading", "CSVにして。\n\n[{\"name\":\"字小松\",\"kana\":\"アザコマツ\"},{\"name\":\"本町\",\"kana\":\"ホンマチ\"}]"),
    ("newcomers_welcome", "歓迎会の案内を。\n\n・着任者：今村 大輔 課長（前：税務課）、水野 さくら 主事\n・場所：居酒屋 ひなた（本町2-3-4）\n"
     "・アレルギーがあれば幹事の堀まで。"),
    ("role_play_scenario", "研修案内を。\n\n内容：ロールプレイ（うつ病の方への窓口対応）\nALTのジョンさんに相談者役をお願いします。"),
    ("english_staff_letter", "Check my English.\n\nDear Mr Lee,\nI have attached the flyer for the diabetes prevention "
     "seminar.\n\nBest regards,\nAya Kondo"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
