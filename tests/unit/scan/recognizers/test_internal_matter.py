import pytest

from gateway.scan.config import parse_config
from gateway.scan.recognizers.internal_matter import InternalMatterRecognizer
from tests.unit.scan._helpers import config, detect

R = InternalMatterRecognizer(config())


@pytest.mark.parametrize("name,text,matter", [
    ("price_with_amount", "予定価格は12,345,000円です", "bid_price_before_opening"),
    ("minimum_price_man_yen", "最低制限価格 1億2,000万円", "bid_price_before_opening"),
    ("price_yen_sign", "予定価格：¥4,500,000", "bid_price_before_opening"),
    ("personnel_plan", "人事異動（案）を送ります", "personnel_changes_before_naiji"),
    ("before_naiji", "内示前の異動情報です", "personnel_changes_before_naiji"),
    ("network_private_ip", "VLAN 30 は 10.30.0.0/16 です", "internal_network"),
    ("lgwan_segment", "LGWAN接続系の中継サーバ 172.16.5.10", "internal_network"),
])
def test_found(name, text, matter):
    got = detect(R, text)
    assert got and got[0][3]["matter"] == matter


@pytest.mark.parametrize("name,text", [
    ("price_without_amount", "予定価格は開札前のため非公表です"),
    ("price_after_opening", "開札結果：予定価格 12,345,000円、落札価格 11,000,000円"),
    ("price_published", "予定価格（事前公表）3,300,000円"),
    ("naiji_done", "人事異動案は内示済みです"),
    ("network_public_ip", "VLAN の説明：例えば 8.8.8.8 は公開DNSです"),
    ("network_word_without_ip", "ファイアウォールの設定方法を教えて"),
    ("private_ip_without_network_word", "ルータのアドレスは 192.168.0.1 です"),
    ("ascii_word_inside_word", "placeholder ACLS 10.0.0.1"),
])
def test_not_found(name, text):
    assert detect(R, text) == []


def test_office_list_extends_and_replaces_defaults():
    extra = {"name": "reorg", "words": ["組織改編案"], "unless": ["公表済"]}
    cfg = parse_config({"internal_matters": {"matters": [extra]}})
    r = InternalMatterRecognizer(cfg)
    assert detect(r, "組織改編案を添付します")[0][3]["matter"] == "reorg"
    assert detect(r, "予定価格は12,345,000円")  # defaults still there
    cfg2 = parse_config({"internal_matters": {"use_defaults": False, "matters": [extra]}})
    assert detect(InternalMatterRecognizer(cfg2), "予定価格は12,345,000円") == []


@pytest.mark.parametrize("bad,where", [
    ({"internal_matters": {"matters": [{"name": "x", "words": []}]}}, "internal_matters.matters[0].words"),
    ({"internal_matters": {"matters": [{"name": "x", "words": ["a"], "requires": "moon"}]}},
     "internal_matters.matters[0].requires"),
    ({"internal_matters": {"matters": [{"name": "x", "words": [" "]}]}}, "internal_matters.matters[0].words"),
    ({"internal_matters": {"extra": 1}}, "internal_matters.extra"),
])
def test_invalid_office_list_names_the_entry(bad, where):
    from gateway.rules.errors import RulesError

    with pytest.raises(RulesError) as exc:
        parse_config(bad)
    assert where in str(exc.value)


def test_entries_sharing_a_name_keep_their_own_public_markers():
    """Two entries may share a name (the default list has two for 人事異動 before the 内示); each keeps its own
    ``unless`` words: the second entry's list used to replace the first's."""
    first = {"name": "reorg", "words": ["組織改編案"], "unless": ["公表済"]}
    second = {"name": "reorg", "words": ["改編予定"], "unless": ["説明会で配布"]}
    r = InternalMatterRecognizer(parse_config({"internal_matters": {"use_defaults": False,
                                                                     "matters": [first, second]}}))
    assert detect(r, "組織改編案を添付します（説明会で配布）")  # the second entry's marker does not cover the first
    assert detect(r, "組織改編案を添付します（公表済）") == []
    assert detect(r, "改編予定の課を添付します（公表済）")  # nor the first entry's the second
    assert detect(r, "改編予定の課を添付します（説明会で配布）") == []


@pytest.mark.parametrize("text,found", [
    ("道路課の西村補佐を昇任させる案が有力。発表は3月下旬。本人への打診はまだ。", True),
    ("来年度、税務課の佐藤主査を係長に昇任させる予定です。本人にはまだ伝えていません。", True),
    ("市民課の課長補佐を福祉課へ異動させる方向で調整中", True),
    ("4月1日付で田中課長を総務部長に昇任させる人事を発表しました。", False),  # announced
    ("職員を昇任させる予定の人数は、条例の定数の範囲内で決めます。", False),  # no one named
    ("昇任試験の案内：主任への昇任を希望する職員は申込書を提出してください。", False),
])
def test_a_named_move_still_being_decided(text, found):
    """A named member of staff's move or promotion still being decided, or not yet told to them, is a
    personnel change before the 内示 (no 内示 word needed)."""
    got = detect(R, text)
    assert bool(got) is found and (not got or got[0][3]["matter"] == "personnel_changes_before_naiji")
