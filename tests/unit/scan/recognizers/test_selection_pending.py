"""recognizers/selection_pending.py: the scores of a selection (a proposal, a designated manager, a PFI group) whose
result is still ahead are an internal matter (round 37); the published result, training material and a selection
without scores per competitor are not."""

import pytest

from gateway.scan.config import parse_config
from gateway.scan.recognizers.selection_pending import SelectionPendingRecognizer
from tests.unit.scan._helpers import detect

R = SelectionPendingRecognizer(None)

_SHEET = ("窓口システム更新 公募型プロポーザル 採点集計\n"
          "株式会社ミナト情報 412点\n"
          "東和システム株式会社 388点\n"
          "有限会社さくらデータ 351点\n")

CASES = [
    ("sheet_notice_ahead", "平均点を出して。結果通知は来月上旬の予定です。\n" + _SHEET, 1),
    ("sheet_provisional", "順位表にして。\n（暫定）" + _SHEET, 1),
    ("json_status", "表にして。\n{\"stage\":\"審査中\",\"rows\":[\n {\"proposer\":\"株式会社ミナト情報\",\"total\":75},\n"
                    " {\"proposer\":\"東和システム株式会社\",\"total\":71}\n]}", 1),
    ("header_over_rows", "採点のばらつきを見て。正式決定は12月の委員会です。\n"
                         "委員\t株式会社ミナト情報\t東和システム株式会社\n委員A\t78\t84\n委員B\t74\t88\n委員C\t80\t79", 1),
    ("groups_memo", "結論だけ抜き出して。\n選定委員会 事務局メモ（審査結果）\nAグループ 計 692.6\nBグループ 計 706.5\n優先交渉権者はBとする方向でまとまった。", 1),
    ("published", "公表済みの審査結果を要約して。\n" + _SHEET, 0),
    ("press_release", "報道資料です。短くして。結果通知は済んでいます。\n" + _SHEET + "優先交渉権者を決定しました。", 0),
    ("training", "研修用のサンプルです。結果通知は来月の予定。\n" + _SHEET, 0),
    ("one_competitor", "まとめて。結果通知は来月の予定。\n株式会社ミナト情報 412点\n審査を行った。", 0),
    ("no_ahead_word", "採点結果を表にして。\n" + _SHEET, 0),
    ("committee_unit_not_publication", "表にして。結果通知は来月の予定。\n委員長：広報課長\n" + _SHEET, 1),
    ("published_later_still_ahead", "並べて。HPでの公表は来月の予定。\n（暫定）" + _SHEET, 1),
]


@pytest.mark.parametrize("name,text,n", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, n):
    assert len(detect(R, text, "INTERNAL_MATTER")) == n


def test_office_dropped_defaults():
    """Without the default matters (and no unannounced_plan of its own) nothing is read."""
    r = SelectionPendingRecognizer(parse_config({"internal_matters": {"use_defaults": False}}))
    assert detect(r, CASES[0][1], "INTERNAL_MATTER") == []
