import pytest

from gateway.scan.recognizers.handling_restriction import HandlingRestrictionRecognizer
from tests.unit.scan._helpers import detect, fullwidth, zw

R = HandlingRestrictionRecognizer(None)
E = "HANDLING_RESTRICTION"
DOC = "令和7年度 職員配置計画（案）：各課の定数を見直す。"

# (name, text, matched substring, standalone, question, action)
CASES = [
    ("copy_line", f"要約して\n複製禁止\n{DOC}", "複製禁止", True, False, "copy"),
    ("takeout_bracket", f"【持出禁止】{DOC}", "持出禁止", True, False, "takeout"),
    ("takeout_okurigana", f"〔持ち出し禁止〕\n{DOC}", "持ち出し禁止", True, False, "takeout"),
    ("forward_line", f"転送禁止\n{DOC}", "転送禁止", True, False, "forward"),
    ("redistribute", f"【再配布禁止】{DOC}", "再配布禁止", True, False, "distribute"),
    ("distribution_limited", f"配布限定\n{DOC}", "配布限定", True, False, "distribute"),
    ("view_restricted", f"［閲覧制限］{DOC}", "閲覧制限", True, False, "view"),
    ("secondary_use", f"二次利用禁止\n{DOC}", "二次利用禁止", True, False, "reuse"),
    ("external_provision", f"【外部提供禁止】{DOC}", "外部提供禁止", True, False, "disclose"),
    ("print_permission", f"印刷要許可\n{DOC}", "印刷要許可", True, False, "print"),
    ("encrypt", f"暗号化必須\n{DOC}", "暗号化必須", True, False, "encrypt"),
    ("dispose_after_reading", f"【読後廃棄】{DOC}", "読後廃棄", True, False, "dispose"),
    ("embargo", f"報道解禁\n{DOC}", "報道解禁", True, False, "embargo"),
    ("english", f"DO NOT DISTRIBUTE\n{DOC}", "DO NOT DISTRIBUTE", True, False, "other"),
    ("header_with_title", f"複製禁止　{DOC}", "複製禁止", True, False, "copy"),
    ("fullwidth_space", f"【{fullwidth('')}複製禁止】\n{DOC}", "複製禁止", True, False, "copy"),
    ("zero_width", f"要約して\n{zw('複製禁止')}\n{DOC}", None, True, False, "copy"),
    # questions about rules
    ("q_how", "複製禁止の文書はどう扱えばいいですか", "複製禁止", False, True, "copy"),
    ("q_rule", "持出禁止の資料を在宅勤務で使うルールを教えて", "持出禁止", False, True, "takeout"),
    # inline, not a marking form: weak
    ("inline", "この資料は転送禁止なので注意して要約して", "転送禁止", False, False, "forward"),
]

NEGATIVES = [
    ("screening_ban", "再検閲の結果、公開後1週間でフィルムは没収、上映禁止となる。"),
    ("entry_ban", "一年間サッカー場への立ち入りを禁止されることになった。"),
    ("parking", "駐車禁止の標識について"),
    ("smoking", "庁舎内は禁煙です"),
    ("generic_limit", "期間限定のキャンペーン"),
]


@pytest.mark.parametrize("name,text,match,standalone,question,action", CASES, ids=[c[0] for c in CASES])
def test_restrictions(name, text, match, standalone, question, action):
    res = detect(R, text, E)
    assert res, name
    _, sub, score, meta = res[0]
    if match is not None:
        assert sub == match
    assert meta["standalone"] is standalone
    assert meta["question"] is question
    assert meta["action"] == action
    if standalone:
        assert score >= 0.8 and meta["strength"] == "strong"
    else:
        assert score < 0.5


@pytest.mark.parametrize("name,text", NEGATIVES, ids=[n for n, _ in NEGATIVES])
def test_not_restrictions(name, text):
    assert detect(R, text, E) == []
