"""Speed changes of round 7 that must not change what is found: each fast path against the plain form it replaces."""

from __future__ import annotations

import random

import pytest

from gateway.scan.markup import _SPREAD, _packed, spread_labels_packed
from gateway.scan.recognizers import credential as C
from gateway.scan.recognizers._base import ScanContext, _find_hits

_KEYS = ["password", "PGPASSWORD", "myVeryLongVariableNameAccessKey", "abcdefghijklmnopqrstuvwxyzabcdeAccessKey",
         "dbPassword", "client_secret", "api-key", "APIキー", "チャネルアクセストークン", "クライアントシークレットキーの値",
         "無線LANキー", "pre_shared_key", "presharedkey", "wpa2-passphrase", "recovery codes", "リカバリーコード", "パス",
         "パスワード", "暗証番号", "pw", "PW", "secret_key_base", "encryption_key", "token", "xpassword", "パスポート",
         "auth_token", "signingKey"]
_SEPS = ["=", ": ", " => ", "は", "：", " := ", "、", "(admin): ", "'] = '", " As String = \""]
_VALUES = ["Xy7#pQ2!mL9z", "hunter2hunter2", "abcd", "P@ss w0rd", "「Tokyo2020!」", "12345678です", "s3cr3t;x"]
_FILL = ["", " ", "\n", "日本語の文章です。", "abc ", "x", "_", "foo=bar ", "キー"]


def _texts(n: int, seed: int = 7):
    rnd = random.Random(seed)
    for _ in range(n):
        parts: list[str] = []
        for _ in range(rnd.randint(1, 6)):
            parts += [rnd.choice(_FILL), rnd.choice(_KEYS), rnd.choice(_SEPS), rnd.choice(_VALUES)]
            if rnd.random() < 0.3:
                parts.append(rnd.choice(_FILL) * rnd.randint(1, 40))
        yield "".join(parts)


def _assign_both(text: str):
    ctx = ScanContext(text, _find_hits(text, C.ASSIGN_TRIGGERS))
    positions = ctx.hit_positions(C.ASSIGN_TRIGGERS)
    spans = C._windows(positions, len(text), 24, 240)
    plain = [(m.span("k"), m.span("v"), m.end()) for lo, hi in spans for m in C.ASSIGN.finditer(text, lo, hi)]
    fast = [(m.span("k"), m.span("v"), m.end()) for m in C._key_matches(C.ASSIGN, text, positions, spans)]
    return plain, fast


@pytest.mark.parametrize("text", [
    "password = Xy7#pQ2!mL9z",
    "const myVeryLongVariableNameAccessKey = 'Xy7#pQ2!mL9z'",  # the longest key before its trigger word
    "abcdefghijklmnopqrstuvwxyzabcdeAccessKey: hunter2hunter2",
    "チャネルアクセストークン：Xy7#pQ2!mL9z\nクライアントシークレットキーの値 = s3cr3tValue",
    "password=abcd password=efgh password=Xy7#pQ2!mL9z",  # matches back to back within one key's reach
    "パスポート番号は別紙、パスワードは「Tokyo2020!」のような…",
    "no key here at all, only words",
])
def test_assign_matches_equal_finditer(text: str) -> None:
    plain, fast = _assign_both(text)
    assert fast == plain


def test_assign_matches_equal_finditer_random() -> None:
    found = 0
    for text in _texts(3000):
        plain, fast = _assign_both(text)
        assert fast == plain, text
        found += len(plain)
    assert found > 1000  # the rows do hold keys


@pytest.mark.parametrize("text", [
    "氏　　名　山田 太郎\n住 所 東京都",
    "  生 年 月 日：昭和50年1月1日",
    "氏名 山田太郎",  # not spread: unchanged
    "plain text with spaces",
    "ふ り が な　やまだ",
])
def test_spread_prefilter_same_as_sub(text: str) -> None:
    assert spread_labels_packed(text) == _SPREAD.sub(_packed, text)


_KEYED_ROWS = [
    "define('DB_PASSWORD', 'Xy7#pQ2!mL9z');",
    "'password' => 'hunter2hunter2',",
    '{"abcdefghijklmnopqrstuvwxyzabcdefghijklmnprivate_key": "Xy7#pQ2!mL9z"}',  # the longest keyed name
    '"accessToken": "s3cr3tV@lue", "dbPassword": "Adm#2026x"',
    "<AdministratorPassword><Value>Xy7#pQ2!mL9z</Value>",
    "<keyMaterial>Xy7#pQ2!mL9z</keyMaterial>",
    "the admin pw for the lobby kiosk is Kiosk!2026 now",
    "パスワードを Adm#2026x に変更しました。暗証番号は「Tokyo2020!」と設定",
    "セキュリティキー「Xy7#pQ2!mL9z」、PW：初期値から変更済み（新：Kh!2026Sns）",
    "nothing keyed in this line",
    "pw=Xy7#pQ2!mL9z " * 60,  # hits packed close together: the window is read by finditer itself
    '"dbPassword": "Adm#2026x", ' * 40,
]


@pytest.mark.parametrize("rx", list(C._KEY_FROM), ids=lambda rx: rx.pattern[:20])
def test_key_matches_equal_finditer(rx) -> None:
    rows = _KEYED_ROWS + list(_texts(400, seed=3))
    for text in rows:
        ctx = ScanContext(text, _find_hits(text, C.ASSIGN_TRIGGERS))
        positions = ctx.hit_positions(C.ASSIGN_TRIGGERS)
        for before, after in ((24, 240), (120, 240)):
            spans = C._windows(positions, len(text), before, after)
            plain = [(m.span("v"), m.end(), m.groupdict()) for lo, hi in spans for m in rx.finditer(text, lo, hi)]
            fast = [(m.span("v"), m.end(), m.groupdict()) for m in C._key_matches(rx, text, positions, spans)]
            assert fast == plain, text
