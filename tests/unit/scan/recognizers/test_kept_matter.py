"""recognizers/kept_matter.py: a matter kept from someone until a date or an event (まで … 業者に知られないよう, don't let …
slip … until) is an internal matter (round 36); a rule, a manual or a quiz saying so in general, and a past telling,
are not."""

import pytest

from gateway.scan.config import parse_config
from gateway.scan.recognizers._base import ScanContext
from gateway.scan.recognizers.kept_matter import KeptMatterRecognizer
from tests.unit.scan._helpers import detect

R = KeptMatterRecognizer(None)

CASES = [
    ("until_from_bidders", "整理して。\n上限は1,200万円。公告までは業者に知られないようにしたい。", 1),
    ("until_then_outside", "まとめて。\n結果通知は7月20日の予定で、それまでは点数も委員会の外には出さないことになっています。", 1),
    ("until_counterpart", "メモ。\n妥結するまで先方には当方の上限を伏せておく。", 1),
    ("until_few", "メモ。\n内示まで、部長と課長以外には共有しない。", 1),
    ("english_until", "Tidy this.\nPlease don't let our ceiling slip to anyone from the vendor until the contract is signed.", 1),
    ("english_not_to_share", "Tidy this.\nThe scores are not to be shared with the bidders until 1 July.", 1),
    ("training_first_line", "研修資料を要約して。\n開札までは予定価格を業者に知らせないこと。", 0),
    ("rule_in_sentence", "整理して。\n規程により、公表までは外部に出さないこととされています。", 0),
    ("quiz", "問1 開札まで予定価格を業者に知らせないのはなぜか。", 0),
    ("past_telling", "振り返り。\n昨年は発表まで誰にも言わなかったそうです。", 0),
    ("no_scope", "整理して。\n個人情報は外部に出さないこと。", 0),
    ("english_no_until", "Tidy this.\nPlease don't share your password with anyone.", 0),
    # (round 37: notified, hinted, kept back with 伏せ、 — and from either firm)
    ("until_not_notified", "抜き出して。\n講評の公表は10月。それまでは応募者にも順位を通知しない。", 1),
    ("until_either_firm", "報告に。\n12/2の委員会で正式決定です。それまではどっちの会社にも匂わせないようにします。", 1),
    ("until_kept_comma", "文章に。\n議案を出すまでは結果は伏せ、事業団には年明けに説明する。", 1),
    ("until_kept_comma_question", "整理して。\n議案を出すまでは結果は伏せ、？", 0),
    ("until_only_posts", "整理して。\n発表は2月。それまでは市長・副市長・人事課長のみ。", 1),
    ("until_only_counter", "案内文に。\n明日の17時までは窓口だけ。", 0),
    ("party_before_scope", "整理して。\n議員や報道には、葬儀が終わるまでは言わないでほしいとのこと。", 1),
    ("cover_story_outward", "整理して。\n外向けには「所用のため」で統一すること。", 1),
    ("english_off_record_deal", "Polish this.\nOur budget line is about 9 million yen. Please keep this between us.", 1),
    ("english_off_record_no_deal", "Polish this.\nWe are planning a surprise party for Ken. Please keep this between us.", 0),
    # (a bid-rigging tip told in its own words: the winner settled, the others bidding above)
    ("rigging_winner_settled", "整理して。\n・来月の舗装工事は、東和建設が取ることで業者の間で話がついている。", 1),
    ("rigging_winner_decided", "要旨を。\n市内業者の間で、すでに落札者は山邦組に決まっています。", 1),
    ("rigging_others_above", "様式に。\n・他の業者は東和建設より高い額で入れることになっている。", 1),
    ("rigging_ruling", "要約して。\n判決によると、他の業者は高めの金額で入れることで合意していた。", 0),
    ("rigging_rule_case", "研修資料です。\n例：落札者は業者間で決まっていると通報があった場合の対応。", 0),
]


@pytest.mark.parametrize("name,text,n", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, n):
    assert len(detect(R, text, "INTERNAL_MATTER")) == n


def test_office_actions_followed():
    """The office's own actions decide: without the default matters (and no unannounced_plan / bid_rigging_tip of its
    own) nothing is read; with its own unannounced_plan set to warn, a kept matter warns."""
    text = CASES[0][1]
    assert detect(KeptMatterRecognizer(parse_config({"internal_matters": {"use_defaults": False}})), text,
                  "INTERNAL_MATTER") == []
    own = {"name": "unannounced_plan", "words": ["未公表"], "requires": "none", "action": "warn"}
    r = KeptMatterRecognizer(parse_config({"internal_matters": {"use_defaults": False, "matters": [own]}}))
    found = r.analyze_ctx(ScanContext(text, {"まで": [text.find("まで")]}))
    assert [x.recognition_metadata["action"] for x in found] == ["warn"]
