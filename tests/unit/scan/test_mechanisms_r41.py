"""Issue 13, round 41 (table tests of positive and negative rows, written apart from the blind probe files, with other
names, towns, numbers and wording):

- a colleague by a letter and さん whom the line places in the office — a post or a duty before the letter
  (``管理栄養士のHさん``, ``…として勤務しているRさん``), a unit, a post or a career right after it (``Wさん（収納課、入庁2年目）``,
  ``例のSさん、元税務課にいて今は公民館に行った人``) — with a personal matter later in the paragraph;
- not: the same colleague in ordinary business (a handover, a shift), a training's case (``事例``, ``研修``), a letter
  with no place in the office (a resident's pseudonym in a case record is read by the pseudonym passes, not here).
"""

from __future__ import annotations

from tests.unit.scan._helpers import action_tests

BLOCK = [
    ("letter_after_post", "丁寧な報告文に直して。\n\n給食センター 管理栄養士のHさんについて\n・先月から適応障害で病気休暇中。復職は未定\n"
     "・代替の栄養士を会計年度任用職員で探しています"),
    ("letter_after_duty", "箇条書きを整えて。\n収納課で会計年度任用職員として勤務しているRさん、元夫からの暴力で避難中。住所は課長だけが把握。\n"
     "窓口には出さず、電話も取り次がないこと。"),
    ("letter_unit_bracket", "上司への相談メールに。\nWさん（収納課、入庁2年目）が最近遅刻続きで、昨日本人から「うつ病の治療中」と打ち明けられました。"),
    ("letter_career_after", "このやりとりを要約して。\n川上：例のSさん、元税務課にいて今は公民館に行った人、懲戒処分になるって本当？\n"
     "森田：飲酒運転だったらしいよ"),
]

ALLOW = [
    ("letter_handover", "丁寧に。\n管理栄養士のHさんへ\n来週の献立会議は水曜10時からです。資料の印刷をお願いします。"),
    ("letter_shift", "敬語に直して。\n収納課のWさん（入庁2年目）が明日の窓口当番を代わってくれます。引継ぎは朝礼で。"),
    ("letter_training_case", "研修資料として整えて。\n【事例】税務課の係長のKさんは、部下のLさんに対して大声で叱責を繰り返し、Lさんは適応障害で休職した。"
     "\n設問：あなたが課長ならどう対応するか。"),
    ("letter_no_office", "文章を整えて。\nAさんとBさんで打合せ資料を分担します。Aさんは予算、Bさんは休職制度の説明ページを担当。"),
]

test_blocks, test_allows = action_tests(BLOCK, ALLOW)
