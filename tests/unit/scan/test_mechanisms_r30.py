"""Issue 13, round 30 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- an old-style given name in katakana ending in a kanji (``… キヨ子さん``, ``… ハル江（90歳）``) after a spaced surname;
- a courtesy title between a subject line's label and a romanised name (``Subject: Dr. Ren KUROSAWA, …``);
- a bid-rigging tip told in words (the coming bid's fixed winner, the bids set in advance: ``落札予定者を…``,
  ``本命業者は…``, ``受注調整``), a non-public internal matter (``bid_rigging_tip``);
- not: a question about handling such a tip, a training text on the law, a fair-trade ruling in the news, a council's
  list of questions on the topic, a form for recording tips; a katakana word with a kanji suffix that names no one.
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("katakana_given_ko_welfare", "文章を整えて。\n\n相談記録：古館 キヨ子さん（84）は独居で、認知症の診断あり。年金のみで生活。"),
    ("katakana_given_e_age", "引継ぎメモを整えて。\n\n・砂川 ハル江（90歳）要介護4、胃ろう。長女が月1回来訪。"),
    ("romaji_doctor_subject", "Summarise in Japanese.\n\nSubject: Dr. Ren KUROSAWA, paediatrics\n"
                              "- Off sick since 3 March with depression; occupational health advises a phased return."),
    ("bid_rigging_winner_fixed", "時系列にまとめて。\n\n通報メモ（11/28 15:10 受付）\n"
                                 "来月の北浜小学校体育館改修工事について、指名業者の間で落札予定者を大洋建設とすることで話がついているとの電話。"
                                 "通報者は名乗らず。"),
    ("bid_rigging_favourite_firm", "このチャットを要約して。\n\n係長：下水道の管更生、本命業者はもう決まってるって噂、業者の営業から聞いた\n"
                                   "主任：入札額も指示が出てるらしいです。課長に上げておきます"),
]

ALLOW = [
    ("bid_rigging_question", "談合情報が寄せられた場合、担当課はまず何をすべきですか。一般的な流れを教えてください。"),
    ("bid_rigging_training", "研修スライドを作って。\n\n官製談合防止法の概要：職員が落札予定者を業者に教える行為などを禁止しています。"),
    ("bid_rigging_news", "要約して。\n\n公正取引委員会は、市発注の舗装工事で受注調整を行ったとして、5社に排除措置命令と課徴金納付命令を出した。"),
    ("bid_rigging_council_question", "CSVにして。\n\n一般質問通告一覧\n1　議員A　入札における談合情報への対応について"),
    ("bid_rigging_form", "談合情報を受け付けたときの記録様式（受付日時、通報者、内容、対応）を作ってください。"),
    ("katakana_word_kanji_suffix", "広報文を整えて。\n\n今年の夏祭りでは、フクロウ子ども教室の発表があります。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
