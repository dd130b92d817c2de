"""Table tests of the round-7 identifier mechanisms (OCR'd cards and forms, config and log shapes, VPN keys,
network details, markings): each mechanism with rows it must catch and lookalikes it must leave alone. Whole prompts
through the default scanner (a row names the entity that must, or must not, be among the counted findings), and the
same-length text transforms on their own."""

from __future__ import annotations

import pytest

from gateway.scan.markup import as_structure, letter_spaced_packed
from gateway.scan.normalise import normalise
from tests.unit.scan import test_mechanisms_r5_ident as r5

MN = "419372058162"        # 個人番号, check digit valid
DL = "301509384700"        # 運転免許証番号, check digit valid
INSURER = "06130017"       # 保険者番号, Luhn valid

CASES = [
    # batch 1 — letters an OCR engine reads for digits inside a number (O/o → 0, l/I → 1)
    ("ocr_residence_card", "在留カード 番号 UH4O219375EA\n在留資格 技能実習", "JP_RESIDENCE_CARD", True),
    ("ocr_license_groups", "運転免許証\n番号 第 3Ol5 O938 47OO 号\n交付 令和5年", "JP_DRIVERS_LICENSE", True),
    ("ocr_license_bad_check", "運転免許証\n番号 第 3Ol5 O938 47lO 号\n交付 令和5年", "JP_DRIVERS_LICENSE", False),
    ("ocr_my_number", "個人番号 4l93 72O5 8l62", "JP_MY_NUMBER", True),
    ("ocr_letters_in_words", "個人番号 Hello2026 world CO2 H2O", "JP_MY_NUMBER", False),
    ("ocr_code_between_letters", "C3I2A2\n来年度の組織再編案：企画課と財政課を統合する。", "CLASSIFICATION_MARKING", True),
    # a card or form read by OCR letter by letter: labels, dates and numbers packed back together
    ("ocr_spaced_insurer", f"保 険 者 番 号  {' '.join(INSURER)}\n氏 名  宮 下  恵 美 子", "JP_HEALTH_INSURANCE", True),
    ("ocr_spaced_birth_date", "氏 名  宮 下  恵 美 子\n生 年 月 日  昭 和 3 6 年 8 月 2 日\n電 話  0 9 0 4 4 1 7 2 2 8 6",
     "DATE_OF_BIRTH", True),
    ("ocr_spaced_my_number", f"個 人 番 号  {' '.join(MN)}\n氏 名  宮 下  恵 美 子", "JP_MY_NUMBER", True),
    ("spaced_weekdays_no_number", "開 館 日  月 火 水 木 金\n休 館 日  土 日 祝", "JP_HEALTH_INSURANCE", False),
    # VPN configurations: OpenVPN static keys and WireGuard private keys (not the wg(8) manual's example)
    ("openvpn_static_key", "<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n4f1e8b2c9d07a3e65b8c1f40d29e7a31\n"
     "-----END OpenVPN Static key V1-----\n</tls-auth>", "CREDENTIAL", True),
    ("openvpn_tls_auth_file_ref", "tls-auth ta.key 1\nremote vpn-gw.example.jp 1194", "CREDENTIAL", False),
    ("wireguard_private_key", "[Interface]\nPrivateKey = 0Kq3vXb7mT2pL9wR4sY8nD1fG6hJ5kZ3cV0bN7mQ2Ec=\nAddress = 10.8.0.2/32",
     "CREDENTIAL", True),
    ("wireguard_manual_example", "[Interface]\nPrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=\nListenPort = 51820",
     "CREDENTIAL", False),
    ("wireguard_placeholder", "[Interface]\nPrivateKey = <client-private-key>\nAddress = 10.8.0.2/32", "CREDENTIAL", False),
    ("wireguard_public_key_only", "[Peer]\nPublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=\nEndpoint = vpn.example.jp:51820",
     "CREDENTIAL", False),
]


@pytest.mark.parametrize("name,text,entity,found", CASES, ids=[c[0] for c in CASES])
def test_mechanism_r7_ident(scanner, name, text, entity, found):
    r5.test_mechanism(scanner, name, text, entity, found)  # the same check as round 5's table


OCR_FOLD = [
    ("l996年O3月l4日", "1996年03月14日"),
    ("第 3Ol5 O938 47OO 号", "第 3015 0938 4700 号"),
    ("UH4O219375EA", "UH40219375EA"),
    ("2O28年(令和1O年)11月2O日まで", "2028年(令和10年)11月20日まで"),
    # letters of a word stay: a word glued to a number, chemical formulae, codes between letters, more letters than digits
    ("Hello2026", "Hello2026"),
    ("CO2 and H2O", "CO2 and H2O"),
    ("C3I2A2", "C3I2A2"),
    ("2OO Ol2 lO", "2OO Ol2 lO"),
    ("iOS 17, Office 365, Windows 11", "iOS 17, Office 365, Windows 11"),
]


@pytest.mark.parametrize("src,want", OCR_FOLD, ids=[s for s, _ in OCR_FOLD])
def test_ocr_digits(src, want):
    n = normalise(src)
    assert n.text == want
    assert len(n.text) == len(src) and n.to_original(0, len(n.text)) == (0, len(src))


LETTER_SPACED = [
    ("保 険 者 番 号  0 6 1 3 0 0 1 7", "保険者番号      06130017       "),
    ("生 年 月 日  昭 和 3 6 年 8 月 2 日", "生年月日     昭和36年8月2日        "),
    ("在 留 カ ー ド  番号 UH4O219375EA", "在留カード      番号 UH4O219375EA"),
    # lines that are not letter-spaced: a name, an English line, a table row, numbers alone
    ("氏名 林 優 様", "氏名 林 優 様"),
    ("I am a B student", "I am a B student"),
    ("| 男 | 女 | 計 |", "| 男 | 女 | 計 |"),
    ("1 2 3 4 5 6", "1 2 3 4 5 6"),
    ("山田 太郎 090 1234 5678", "山田 太郎 090 1234 5678"),
]


@pytest.mark.parametrize("src,want", LETTER_SPACED, ids=[s for s, _ in LETTER_SPACED])
def test_letter_spaced_packed(src, want):
    assert letter_spaced_packed(src) == want
    assert len(as_structure(src)) == len(src)
