import pytest

from gateway.scan.recognizers.classification_marking import ClassificationMarkingRecognizer
from tests.unit.scan._helpers import detect, fullwidth, zw

R = ClassificationMarkingRecognizer(None)
E = "CLASSIFICATION_MARKING"
DOC = "来年度の組織再編案：企画課と財政課を統合し、課長ポストを1削減する。"

# (name, text, expected matched substring or None, standalone, question)
CASES = [
    # document markings: own line, brackets, header, label, declaration
    ("level2_line", f"この資料を要約して\n機密性2情報\n{DOC}", "機密性2情報", True, False),
    ("level2_fullwidth", f"要約して\n機密性{fullwidth('2')}情報\n{DOC}", "機密性２情報", True, False),
    ("level2_kanji", f"要約して\n機密性二情報\n{DOC}", "機密性二情報", True, False),
    ("level3_bare", f"要約して\n機密性3\n{DOC}", "機密性3", True, False),
    ("level2_scope", f"機密性２情報（関係者限り）\n{DOC}", "機密性２情報（関係者限り）", True, False),
    ("level2_header_title", f"機密性2情報 令和7年度予算編成方針(案)\n{DOC}", "機密性2情報", True, False),
    ("title_then_marking", f"令和7年度予算編成方針（案）　機密性２情報\n{DOC}", "機密性２情報", True, False),
    ("level_colon", f"機密性：3\n{DOC}", "機密性：3", True, False),
    ("municipal_3a", f"【自治体機密性3A】\n{DOC}", "自治体機密性3A", True, False),
    ("municipal_2", f"要約して\n自治体機密性2\n{DOC}", "自治体機密性2", True, False),
    ("you_kimitsu_line", f"要機密情報\n{DOC}", "要機密情報", True, False),
    ("cia_code_line", f"C3I2A2\n{DOC}", "C3I2A2", True, False),
    ("cia_code_in_filename", "ファイル 予算_C3I2A2.xlsx を要約して", "C3I2A2", False, False),
    ("hi_bracket", f"要約して\n【秘】\n{DOC}", "秘", True, False),
    ("hi_circled_nfkc", f"㊙\n{DOC}", "㊙", True, False),
    ("hi_stamp_quotes", f"「秘」{DOC}", "秘", True, False),
    ("hi_line_start_space", f"秘 令和7年度人事異動案\n{DOC}", "秘", True, False),
    ("gokuhi_bracket", f"〔極秘〕{DOC}", "極秘", True, False),
    ("hi_labelled", f"秘密区分：秘\n{DOC}", "秘", True, False),
    ("bugaihi_line", f"要約して\n部外秘\n{DOC}", "部外秘", True, False),
    ("shagaihi_bracket", f"【社外秘】{DOC}", "社外秘", True, False),
    ("toriatsukai_bracket", f"要約して\n【取扱注意】\n{DOC}", "取扱注意", True, False),
    ("kankeisha_paren", f"要約して\n（関係者限り）\n{DOC}", "関係者限り", True, False),
    ("chounai_kagiri", f"【庁内限り】{DOC}", "庁内限り", True, False),
    ("kanai_kagiri", f"課内限り\n{DOC}", "課内限り", True, False),
    ("member_kagiri", f"（メンバー限り）\n{DOC}", "メンバー限り", True, False),
    ("confidential", f"CONFIDENTIAL\nQ3 plan: {DOC}", "CONFIDENTIAL", True, False),
    ("strictly_confidential", f"STRICTLY CONFIDENTIAL - {DOC}", "STRICTLY CONFIDENTIAL", True, False),
    ("internal_only", f"[INTERNAL ONLY] {DOC}", "INTERNAL ONLY", True, False),
    ("tlp_red", f"TLP:RED\n{DOC}", "TLP:RED", True, False),
    ("top_secret_line", f"TOP SECRET\n{DOC}", "TOP SECRET", True, False),
    ("hikoukai_bracket", f"【非公開】{DOC}", "非公開", True, False),
    ("declared", f"この資料は機密性3情報です。要約して\n{DOC}", "機密性3情報", True, False),
    ("zero_width", f"要約して\n{zw('機密性2情報')}\n{DOC}", None, True, False),
    ("title_with_ni_tsuite", "機密性２情報　令和７年度予算編成について（通知）\n本文", "機密性２情報", True, False),
    ("bracket_title_kijun", "【取扱注意】職員の人事評価に関する基準\n本文", "取扱注意", True, False),
    ("payload_intro", f"以下の社外秘資料を要約して\n{DOC}", "社外秘", True, False),
    ("labelled_restriction", f"取扱制限：複製禁止\n{DOC}", "複製禁止", True, False),
    ("handling_restriction_line", f"要約して\n複製禁止\n{DOC}", "複製禁止", True, False),
    ("handling_restriction_bracket", f"【持出禁止】{DOC}", "持出禁止", True, False),
    # questions about the rules: reported, but not standalone
    ("q_training", "機密性２情報の取扱いについて研修資料を作って", "機密性２情報", False, True),
    ("q_rule_email", "取扱注意文書をメールで送るときのルールは？", "取扱注意", False, True),
    ("q_definition", "要機密情報とは何ですか", "要機密情報", False, True),
    ("q_input_ok", "機密性２の情報はAIに入力してよいですか？", "機密性２", False, True),
    ("q_what_is", "機密性2とは何ですか", "機密性2", False, True),
    ("q_bracket_in_question", "【秘】と書かれた文書は生成AIに入力できますか？", "秘", False, True),
    ("q_english", "What is CONFIDENTIAL information under the policy?", "CONFIDENTIAL", False, True),
    # inline mentions that are not questions: reported weak (not standalone)
    ("inline_mention", "機密性2情報を含む資料を要約して", "機密性2情報", False, False),
]

# never a marking
NEGATIVES = [
    ("hisho", "秘書課の田中です。来週の日程を調整して"),
    ("himitsu", "秘密保持契約の雛形を作って"),
    ("shinpi", "神秘的な風景の写真について"),
    ("benpi", "便秘の相談窓口を案内する文章"),
    ("hiketsu", "成功の秘訣を3つ"),
    ("gokuhi_prose", "計画は極秘裏に進められた"),
    ("season_kagiri", "2006年シーズン限りで退団した"),
    ("dekiru_kagiri", "できる限り早く回答してください"),
    ("kanou_kagiri", "可能な限り詳しく説明して"),
    ("honjitsu_kagiri", "本日限りのセールのお知らせ"),
    ("kimitsusei_prose", "情報の機密性を高める方法"),
    ("confidential_lower", "we treat your data as confidential and secure"),
    ("secret_code", "SECRET_KEY = os.getenv('X') の使い方"),
    ("hikoukai_prose", "非公開の会議で決まったとされる"),
    ("level_in_number", "機密性20%の向上"),
]


@pytest.mark.parametrize("name,text,match,standalone,question", CASES, ids=[c[0] for c in CASES])
def test_markings(name, text, match, standalone, question):
    res = detect(R, text, E)
    assert res, f"{name}: nothing found"
    ent, sub, score, meta = res[0]
    if match is not None:
        assert sub == match
    assert meta["standalone"] is standalone
    assert meta["question"] is question
    if standalone:
        assert score >= 0.8 and meta["strength"] == "strong"
    elif question:
        assert score < 0.5
    else:
        assert 0.4 <= score < 0.8


@pytest.mark.parametrize("name,text", NEGATIVES, ids=[n for n, _ in NEGATIVES])
def test_not_markings(name, text):
    assert detect(R, text, E) == []


@pytest.mark.parametrize(
    "text,level",
    [("機密性1情報\n公開資料", "1"), ("機密性３情報\n本文", "3"), ("自治体機密性3B\n本文", "3B"), ("C2I1A1\n本文", "2")],
)
def test_level_metadata(text, level):
    [(_, _, score, meta)] = detect(R, text, E)
    assert meta["level"] == level and meta["kind"] == "level"
    if level == "1":
        assert meta.get("public_level") is True and score < 0.5  # 機密性1 = public information


def test_no_trigger_no_result():
    assert detect(R, "防災行政無線の放送文を、台風接近時の注意喚起として作って") == []
