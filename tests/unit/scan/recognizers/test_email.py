import pytest

from gateway.scan.recognizers.email import JpEmailRecognizer
from tests.unit.scan._helpers import config, detect, fullwidth, zw

R = JpEmailRecognizer(None)

CASES = [
    ("freemail_next_to_kana", "連絡先はhanako.sato@gmail.comまで", True, True),
    ("work_name_like", "taro.yamada@example-corp.co.jp に送付", True, True),
    ("government", "yamada-t@city.example.lg.jp", True, False),
    ("role_account", "info@some-company.co.jp", True, False),
    ("invalid_no_tld", "user@localhost", False, None),
    ("invalid_double_dot", "a..b@gmail.com", False, None),
    ("full_width", f"{fullwidth('HANAKO')}＠ｇｍａｉｌ．ｃｏｍ", True, True),
    ("zero_width", f"{zw('hanako')}@gmail.com", True, True),
    ("no_label", "hanako@yahoo.co.jp", True, True),
]


@pytest.mark.parametrize("name,text,found,personal", CASES, ids=[c[0] for c in CASES])
def test_table(name, text, found, personal):
    res = detect(R, text)
    assert bool(res) is found
    if found:
        assert res[0][3]["personal"] is personal


def test_allow_listed_domain():
    r = JpEmailRecognizer(config())
    [(_, _, _, meta)] = detect(r, "someone@city.midorino.lg.jp")
    assert meta["personal"] is False



@pytest.mark.parametrize("text,name_like", [
    ("kenta.morimoto@gmail.com", True), ("hanako_suzuki88@yahoo.co.jp", True), ("test.user@gmail.com", False),
    ("info@gmail.com", False), ("john.doe@gmail.com", False), ("k.morimoto@gmail.com", False),
    ("kenta.morimoto@city.midorino.lg.jp", False),
])
def test_name_like_freemail(text, name_like):
    (_, _, _, meta), = detect(JpEmailRecognizer(config()), f"連絡先 {text} まで")
    assert bool(meta.get("name_like")) is name_like
