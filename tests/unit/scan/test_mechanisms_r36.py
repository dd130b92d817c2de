"""Issue 13, round 36 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- before the first wave: an attendee line of Latin full names, one of them later said (by given name or surname) in a
  sentence with a specific topic (``Present: Olena Petrenko, Taras Petrenko, …`` ⏎ ``Olena said … epilepsy``);
- not: a committee's members listed the same way with no later sentence tying one of them to a topic; a list whose
  later topic sentence names none of them.
- the first wave's classes: a colleague described by when they came, their terms, duty, years and seat
  (``去年…課から来た、金曜だけ早く帰る人``, ``窓側の席の再任用の方``, ``経理担当の方（採用2年目で…一人で回している方）``);
  siblings by their grades at one school; a writer's own report after their self-introduction with the subject left
  out (``…の早乙女です。…受診したところうつ病と診断されました``); a surname's relative with a topic on the line
  (``Kimura's mother phoned … self-harming``); a given name in a salutation told their own matter (``Hi Elena, … you
  said your depression …``); a matter kept from someone until a date, in Japanese or English (``通知日までは各社に
  知られないように``, ``do not share this with the vendor until …``); a bid-rigging tip beside ``このことは、`` (no
  definition's ``とは、``);
- not: a rules text's 再任用 制度; a rule kept from bidders in training material; a kept matter told in the past; a
  contract template's city before its address (``甲　汐浜市港町…``); a result sheet's header above its table of bids;
  a threshold in a general question (``予定価格1億5千万円以上の工事``); a salutation's conditional (``If you have …``); a
  surname's relative with no topic.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("attendee_line_given_name_topic", "Turn these notes into minutes.\n\nCase conference, Kita Junior High, 4 Nov\n"
     "Present: Olena Petrenko, Taras Petrenko, Yuki Hamada (year head), Rie Kondo\n\n- Olena said the clinic confirmed "
     "epilepsy last month and the boy now takes medicine twice a day.\n- Hamada will brief the PE teacher."),
    ("attendee_line_surname_topic", "Make this tidy.\n\nParticipants: Daniel Okafor, Grace Okafor, Mika Ueno\n"
     "Notes: Okafor explained that the family has been on welfare since the spring; the rent is three months behind."),
]

ALLOW = [
    ("attendee_line_committee", "Summarise.\n\nMembers present: Hannah Fischer, Rahul Mehta, Keiko Morita, Luis Ortega\n"
     "- The committee reviewed the city's dementia-friendly shop scheme and agreed the leaflet text."),
    ("attendee_line_topic_no_name", "Summarise.\n\nAttendees: Sophie Martin, Tomas Novak, Aya Kubota\n"
     "- General discussion: how schools can support pupils with ADHD; no individual cases were discussed."),
]

BLOCK += [
    ("colleague_came_habit", "返信案を。\n\n来年度の分担ですが、昨年建設課から来た、金曜だけ早く帰る人、実は通院でうつ病の治療中とのことです。"),
    ("colleague_terms_seat", "相談です。\n\n窓側の席の再任用の方（去年4月に来られた方）が、最近動悸がひどく心療内科に通っているそうです。"),
    ("colleague_duty_years", "整えて。\n\n係の経理担当の方（採用2年目で、支払を一人で回している方）が、パニック障害で休んでいます。"),
    ("siblings_by_grades", "通告文を。\n\n東小学校の2年と4年のきょうだいについて。母親は駅前のスーパーで働いている。最近、二人ともあざがあり、"
     "ネグレクトが心配。"),
    ("writer_implicit_report", "返信を。\n\n> 総務課の早乙女です。\n> 先月から眠れず、心療内科を受診したところうつ病と診断されました。\n"
     "> しばらくお休みをいただきたいです。"),
    ("possessive_relative_topic", "Tidy these notes.\n\n- Kimura's mother phoned. The boy has not eaten properly for a week and "
     "the clinic says he has depression."),
    ("salutation_second_person", "Please polish.\n\nHi Elena,\n\nThanks for telling me. Since you said your depression is "
     "getting worse, please take the sick leave.\n\nKen"),
    ("kept_until_ja", "以下をまとめて。\n\n評価点：A社 82点、B社 77点。通知日（9/5）までは各社に知られないように注意。"),
    ("kept_until_en", "Tidy this up.\n\nOur walk-away figure is JPY 90M. Please do not share this with the vendor until the "
     "board signs off."),
    ("bid_tip_beside_kotoha", "課長への報告メモに整理して。\n\n・現場立会いの後、業者の社長いわく「今度の市道改良は丸山さんで話がついてる、"
     "他は高めに入れる」。\n・聞いたのは私と同行の主事の2名。\n・このことは、まだ誰にも言っていない。\n・開札は来週火曜。"),
]

ALLOW += [
    ("rules_reemployment_scheme", "FAQを作って。\n\n・定年前再任用短時間勤務制度：60歳以降に退職した職員を短時間勤務で採用できる。\n"
     "・給料月額は7割水準。\n・問合せ：人事課（内線2210）"),
    ("kept_until_training", "研修資料を要約して。\n\n入札事務の基本：開札までは予定価格を業者に知らせないこと。"),
    ("kept_until_past", "広報の振り返りを。\n\n昨年の件は、発表まで誰にも言わなかったそうです。今年は公表済みです。"),
    ("contract_template_city", "ひな形の条文案を。\n\n　甲　汐浜市港町一丁目2番3号　汐浜市長　○○　○○　　印\n　乙　住所　　　氏名　　　印"),
    ("bid_sheet_header", "HP掲載用に整えて。\n\n件名\t道路改良工事\n開札日時\t令和7年6月3日 10:00\n予定価格（税抜）\t31,200,000\n\n"
     "業者名\t入札金額\t備考\nA建設\t29,800,000\t落札\nB工業\t30,400,000\t"),
    ("threshold_question", "一般論で教えて。予定価格1億5千万円以上の工事の変更契約は議決が必要ですか？"),
    ("salutation_conditional", "Polish this.\n\nHi Tom,\n\nIf you have any staff with diabetes, the clinic offers a free check."
     "\n\nAya"),
    ("possessive_no_topic", "Tidy.\n\n- Tanaka's mother called to say thanks for the festival photos."),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
