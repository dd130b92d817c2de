"""A card's PINs noted as a list after 暗証番号 (issue 13): "暗証番号の控え：利用者証明用 4827、署名用 Sakuma1943",
"控えを渡した：数字4桁 6093、署名用 HIRANO0412". Each value follows the name of the certificate or the kind of number it
is for (a word ending in 用 or 桁: 利用者証明用, 署名用, 券面事項入力補助用, 数字4桁); a value is 4–8 digits (not a blank of
one digit or the digits in order: 1234, 0000) or 6–16 letters and digits. A guide's rule (署名用電子証明書：英数字6文字
以上…) names no value, and a value after 例 on the line is an example.

Used by CredentialRecognizer; runs only when 暗証番号 occurs. Also here: a password said to have changed, its new value
given in the next words (``changed_passwords``).
"""

from __future__ import annotations

from gateway.scan import rx as re
from collections.abc import Iterator

_PAIR = r"[^\s、,，:：。()（）]{1,12}?[ \t　]*(?<![0-9A-Za-z])[0-9A-Za-z]{4,16}(?![0-9A-Za-z])"
# 暗証番号, up to 60 characters of the same line, a colon, then a list of use + value pairs (the list may start on
# the next line and go on one pair a line: 暗証番号のメモが同封：⏎利用者証明用 7392⏎署名用 Kinu1943kw, round 13)
PIN_LIST = re.compile(r"暗証番号[^\n]{0,60}?[:：][ \t　]*\n?[ \t　]*(?P<list>" + _PAIR
                      + r"(?:[ \t　]*(?:[、,，]|\n)[ \t　]*" + _PAIR + r")*)")
_ONE = re.compile(r"(?P<k>[^\s、,，:：。()（）]{1,12}?)[ \t　]*(?<![0-9A-Za-z])(?P<v>[0-9A-Za-z]{4,16})(?![0-9A-Za-z])")


def pin_values(text: str, positions: list[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of each PIN noted in a list after 暗証番号 (``positions``: where 暗証番号 occurs)."""
    last = -1
    for p in positions:
        if p < last:
            continue
        m = PIN_LIST.match(text, p)
        if m is None:
            continue
        last = m.end()
        if "例" in text[p:m.start("list")]:
            continue  # 暗証番号の例：… (an example, not a note)
        for one in _ONE.finditer(text, m.start("list"), m.end("list")):
            if one.group("k").endswith(("用", "桁")) and _pin(one.group("v")):
                yield one.start("v"), one.end("v")


def _pin(v: str) -> bool:
    if v.isdigit():
        return len(v) <= 8 and len(set(v)) > 1 and v not in "01234567890" and v not in "9876543210"
    return len(v) >= 6 and any(c.isdigit() for c in v) and any(c.isalpha() for c in v)


# a password said to have changed, its new value in the words after (共有フォルダのPWが変わってたそうです。新しいのは
# Kan#2503scan!q です, round 35): six or more printable characters with letters and digits, not a placeholder's
_CHANGED = re.compile(r"(?:パスワード|PW|ＰＷ|パス)[^\n。]{0,20}?(?:変わ|変更|更新)[^\n]{0,40}?(?:新しいの|変更後|今度の|新しい方)"
                      r"(?:は|が)[ \t　:：]*(?P<v>[!-~]{6,32}?)(?=[ \t　]*(?:です|でした|だ|。|、|\n|$))")


def changed_passwords(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a new password given after the sentence saying it changed."""
    for m in _CHANGED.finditer(text):
        v = m.group("v")
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v) and "x" * 4 not in v.lower():
            yield m.start("v"), m.end("v")
