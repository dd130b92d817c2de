"""Documented example values: numbers and keys printed in specifications, provider documentation and
textbooks (jwt.io's sample token). They are not live data, so a finding equal to one of them is reported as an example
(``example`` metadata) and not counted by the decision (issue 13).

Sources: 個人番号 — the worked examples of 総務省令第85号 as reproduced in python-stdnum
(``stdnum/jp/in_.py``), JPMyNumber and IDOL Eduction documentation (DETECTION.md §2.1); test
cards — the card brands' / payment providers' published test numbers (Stripe, PAY.JP, GMO,
Visa/JCB developer docs); phone numbers — blanks printed in
forms (090-0000-0000, 012-345-6789); keys — the example credentials of AWS, Stripe and GitHub documentation.
"""

from __future__ import annotations

from gateway.scan import rx as re

MY_NUMBER_EXAMPLES = frozenset({"123456789018", "621498320257", "983205673214", "654327654322", "111111111118"})
CORPORATE_NUMBER_EXAMPLES = frozenset({"7123456789012", "5835678256246", "4011001098993"})
TEST_CARDS = frozenset({
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "4000000000000002",
    "4000000000000077", "4000000000000093", "4000000000009995", "5555555555554444", "5105105105105100",
    "5200828282828210", "2223003122003222", "378282246310005", "371449635398431", "378734493671000",
    "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667", "30569309025904",
    "38520000023237", "3530111333300000", "3566002020360505", "3566111111111113", "3528000000000007",
    "4100000000000100", "4100000000005000", "6200000000000005",
    # the providers' documented 3-D Secure test cards (authentication required / supported / declined)
    "4000000000003220", "4000002500003155", "4000000000003063", "4000008400001629",
    "4000000000003238", "4000000000003246", "4000000000003253", "4000002760003184", "4000003800000446",
    "4000002500001001",
    # Stripe's documented outcome cards (declines: expired, CVC, processing, lost, stolen, fraud; checks failing;
    # charge fails after attach; dispute)
    "4000000000000069", "4000000000000127", "4000000000000119", "4000000000009987", "4000000000009979",
    "4100000000000019", "4000000000000101", "4000000000000010", "4000000000000028", "4000000000000036",
    "4000000000000044", "4000000000000341", "4000000000000259",
})
# exact example credentials from provider documentation (AWS, Stripe, GitHub, Slack docs)
CREDENTIAL_EXAMPLES = frozenset({
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "AKIAI44QH8DHBEXAMPLE",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "ASIAIOSFODNN7EXAMPLE",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx",  # Stripe API reference
    "ghp_16C7e42F292c6912E7710c838347Ae178B4a",  # GitHub REST API docs (authenticating to the REST API)
    # HTTP Basic authentication's worked examples: RFC 7617 / RFC 2617 (Aladdin:open sesame) and MDN's
    "QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "YWxhZGRpbjpvcGVuc2VzYW1l",
    # the Telegram Bot API's sample token
    "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
    # Google reCAPTCHA v2's documented test keys (site key and secret: every verification passes), reCAPTCHA FAQ
    "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI", "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe",
    # the Azure Storage emulator's (Azurite's) well-known account key, published in Microsoft's docs
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    # the keys of the wg(8) manual's example configuration (WireGuard)
    "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=", "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=",
    "/UwcSPg38hW/D9Y3tcS1FOV0K1wuURMbS0sesJEP5ak=",
    # the HS256 example token on jwt.io and in RFC-style tutorials ({"sub": "1234567890", "name": "John Doe"})
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
})
# substrings that only documentation keys carry
CREDENTIAL_EXAMPLE_MARKS = ("EXAMPLE", "example", "xxxxxxxx", "XXXXXXXX", "0000000000000000", "1234567890abcdef",
                            # a token spelled out as a fake (Slack's xoxb-not-a-real-token-this-will-not-work)
                            "not-a-real", "not_a_real", "notarealtoken", "will-not-work", "fake-token", "fake_token",
                            "dummy-token", "dummy_token",
                            # a documentation's blank to fill in (xoxb-your-token-here, sk-your_api_key, replace-me)
                            "your-token", "your_token", "your-key", "your_key", "your-api", "your_api", "-here",
                            "_here", "replace-me", "replace_me", "changeme", "change-me",
                            # jwt.io's sample payload {"sub":"1234567890","name":"John Doe","iat":1516239022},
                            # in every signing algorithm's example token
                            "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ")


# subscriber parts of the phone numbers printed as blanks in forms and manuals (090-0000-0000,
# 03-1111-1111, 012-345-6789): one repeated digit or the digits in order from 0; and the sample number of
# manuals, test code and sample data, 1234-5678 after any area or mobile prefix (090-1234-5678, 03-1234-5678)
def _example_phone(digits: str) -> bool:
    # (000-…: no number of the plan starts so, a fixture's numbering 000-0000-0001, round 31)
    return len(set(digits[-8:])) == 1 or digits in ("0123456789", "01234567890") or digits[-8:] == "12345678" \
        or digits.startswith("000")


def is_blank_phone(digits: str) -> bool:
    """A blank printed in forms (090-0000-0000, 03-1111-1111, 0123456789): nobody's line wherever it stands. The
    sample number 090-1234-5678 looks like a mobile and is used as one in test and planted data: it is an example
    only in an example's context (a 記入例, 例：, a record of code: document.example_regions, public_records)."""
    return len(set(digits[-8:])) == 1 or digits in ("0123456789", "01234567890")


def example_value(entity: str, digits: str) -> bool:
    """A number that is an example wherever it stands (the engine's mark; 090-1234-5678 is left to its context)."""
    return is_blank_phone(digits) if entity == "PHONE_NUMBER" else is_example_number(entity, digits)


def is_example_number(entity: str, digits: str) -> bool:
    if entity == "PHONE_NUMBER":
        return _example_phone(digits)
    if entity == "JP_MY_NUMBER":  # (or one digit repeated but the last one or two: 999999999902, a fixture's, round 30;
        # or a test card cut short: 4111 1111 1111 in a test of a card number too short, round 34)
        # (…or anywhere: 000060000000, a fixture for the remainder-one case, round 38)
        # (…or its first nine digits 1 to 9 counted up or down: 987654321018, a fixture's typed placeholder, round 40)
        return digits in MY_NUMBER_EXAMPLES or (len(digits) == 12 and (max(map(digits.count, set(digits))) >= 10 or any(
            c.startswith(digits) for c in TEST_CARDS) or digits[:9] in ("123456789", "987654321")))
    if entity == "CREDIT_CARD":
        return digits in TEST_CARDS
    if entity == "JP_CORPORATE_NUMBER":
        return digits in CORPORATE_NUMBER_EXAMPLES
    if entity in SAMPLE_DIGIT_ENTITIES:
        return sample_digits(digits)
    if entity in PADDED_ENTITIES:
        return padded_dummy(digits)
    return False


# an insurance or pension number of zeros but its last digit or two (被保険者番号 0000000001): a form's dummy (round 23)
PADDED_ENTITIES = frozenset({"JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER"})


def padded_dummy(digits: str) -> bool:
    # (or of one other digit repeated: 被保険者番号 9999999901, a test case's, round 31)
    return len(digits) >= 8 and len(digits.lstrip(digits[0])) <= 2


# a card's or a passport's number made of one repeated digit (AB00000000CD, TK0000000): a form's blank, not someone's
# card (the digits in order are one only as a string literal in code: sample_literal)
SAMPLE_DIGIT_ENTITIES = frozenset({"JP_RESIDENCE_CARD", "JP_PASSPORT"})
# the entities whose numbers the engine checks against the documented examples
NUMBER_EXAMPLE_ENTITIES = frozenset({"JP_MY_NUMBER", "CREDIT_CARD", "JP_CORPORATE_NUMBER", "PHONE_NUMBER"}) \
    | SAMPLE_DIGIT_ENTITIES | {"JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER"}
_DIGIT_GROUP = re.compile(r"[0-9]+")


def sample_account(frag: str) -> bool:
    """An account written as a form's sample (口座番号 1234567, ゆうちょ 記号 12340 番号 12345671): every group of digits the
    digits in order (a check digit may close it) or one repeated digit (round 15). An example only inside a 記入例's
    paragraph (engine: document.example_regions): 1234567 is also planted as a live account in test data."""
    groups = _DIGIT_GROUP.findall(frag)
    return bool(groups) and all(len(g) >= 4 and (g in "01234567890" or len(set(g)) == 1 or (
        len(g) in (5, 8) and g[:-1] in "0123456789")) for g in groups)  # (ゆうちょ: 記号 5 digits, 番号 8 with a check digit)


def ordered_groups(frag: str) -> bool:
    """Every group of digits the digits in order (記号：１２３　番号：４５): an insurance card's sample, an example only inside
    a 記入例's paragraph (round 25)."""
    groups = _DIGIT_GROUP.findall(frag)
    return bool(groups) and all(len(g) >= 2 and g in "0123456789" for g in groups)


def sample_digits(digits: str) -> bool:
    return len(digits) >= 6 and len(set(digits)) == 1


def digits_in_order(digits: str) -> bool:
    """The digits run in order (123456789012, 1234 5678): a test's or a manual's sample number, not someone's."""
    return digits in "01234567890123"


def sample_literal(text: str, start: int, end: int, digits: str) -> bool:
    """The digits in order quoted as a string literal (RC.test('AB12345678CD')): test code's sample, not a card
    given in a record (在留カード番号 AB12345678CD is someone's, as labelled in earlier rounds)."""
    if not digits_in_order(digits) or not 0 < start < end < len(text):
        return False
    if text[start - 1] in "'\"`" and text[end] == text[start - 1]:
        return True
    # (…or inside a longer literal of a test line: assert mask("card AB12345678CD") == …, round 24)
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    return any(text.count(q, ls, start) % 2 == 1 and q in text[end:le] for q in "'\"")


def is_example_credential(value: str) -> bool:
    """A documented example key, alone or inside the finding (``AccountKey=<the emulator's key>``), or a value that
    marks itself as an example."""
    return value in CREDENTIAL_EXAMPLES or any(m in value for m in CREDENTIAL_EXAMPLE_MARKS) \
        or any(ex in value or (len(value) >= 16 and ex.startswith(value)) for ex in CREDENTIAL_EXAMPLES)
    # (or its first part, the rest cut to the next line by a PDF's wrap: wJalrXUtnFEMI/K7MDENG/bPxRfiCY ⏎ EXAMPLEKEY, r30)


# names and places that spell out their own emptiness, as in test data and manuals (テスト 太郎, サンプル 花子, 見本 一郎,
# ダミー 次郎, ○○ 花子; テスト県テスト市1-1-1, ○○市△△町): words no real surname or town is
_PLACEHOLDER_WORDS = ("テスト", "サンプル", "ダミー", "見本", "架空", "〇〇", "○○", "◯◯", "××", "△△", "ＸＸ", "XX")
# a form's reading column spells the placeholder out in kana (フリガナ: ミホン タロウ), in either script
_PLACEHOLDER_READINGS = ("ミホン", "みほん", "てすと", "さんぷる", "だみー", "カクウ", "かくう", "シケン", "しけん")
_PLACEHOLDER_TOKENS = frozenset(_PLACEHOLDER_WORDS + _PLACEHOLDER_READINGS
                                + ("仮", "試験", "例", "某", "Test", "Sample", "Dummy", "TEST", "SAMPLE"))
_PLACEHOLDER_PLACE = ("テスト県", "テスト市", "テスト町", "テスト区", "サンプル県", "サンプル市", "サンプル町", "ダミー市", "ダミー町", "ダミー県",
                      "架空県", "架空市", "○○県", "○○市", "〇〇市", "〇〇県", "◯◯市", "××市", "△△町", "○○町", "〇〇町")


# the "John Doe" of each language a form's sample is written in (Nguyễn Văn A, 张三 / 李四, 홍길동, Max Mustermann,
# Fulano de Tal)
_PLACEHOLDER_FULL = frozenset({"John Doe", "Jane Doe", "John Smith Doe", "Nguyễn Văn A", "Nguyen Van A", "Nguyễn Thị B",
                               "Nguyen Thi B", "张三", "李四", "王五", "張三", "홍길동", "Max Mustermann", "Erika Mustermann",
                               "Fulano de Tal", "Juan dela Cruz", "Juan Dela Cruz"})


# a specification's or a manual's sample person: the system's or the service's word as the surname and a textbook given
# name (国保 太郎, 介護 花子, ｼﾞｭｳﾐﾝ ﾀﾛｳ → ジュウミン タロウ, 市民太郎; r15)
_TEXTBOOK_GIVEN = ("太郎", "花子", "一郎", "次郎", "三郎", "タロウ", "ハナコ", "イチロウ", "ジロウ", "サブロウ")
_SERVICE_WORDS = frozenset({
    "国保", "国民", "健保", "保険", "介護", "年金", "福祉", "市民", "区民", "町民", "村民", "県民", "都民", "住民", "市役所",
    "役所", "役場", "納税", "税務", "申請", "届出", "記入", "入力", "利用", "職員", "児童", "生徒", "窓口", "登録", "検証",
    # (a theme's word in its sample rows: 避難 太郎 in a shelter's reception script, round 18)
    "避難", "防災", "災害", "保育", "患者", "受付", "相談", "健診", "検診", "給付", "選挙", "投票", "戸籍", "医療", "保健",
    "手当", "学童", "業務", "会員", "利用者", "顧客", "社員", "学生", "受験",
    "コクホ", "コクミン", "カイゴ", "ネンキン", "フクシ", "シミン", "クミン", "ジュウミン", "ケンミン", "ノウゼイ",
    "シンセイ", "キニュウ", "ニュウリョク", "リヨウ", "ショクイン", "マドグチ", "トウロク"})


def is_placeholder_name(value: str) -> bool:
    """A name whose surname is a placeholder word (テスト 太郎, 見本花子), a service's word before a textbook given name
    (国保 太郎), or a language's John Doe."""
    first = value.split(" ", 1)[0].split("\u3000", 1)[0]
    if first in _PLACEHOLDER_TOKENS or value.startswith(_PLACEHOLDER_WORDS + _PLACEHOLDER_READINGS) \
            or value in _PLACEHOLDER_FULL:
        return True
    compact = value.replace(" ", "").replace("\u3000", "")
    return compact.endswith(_TEXTBOOK_GIVEN) and any(
        compact[:-len(g)] in _SERVICE_WORDS for g in _TEXTBOOK_GIVEN if compact.endswith(g))


def is_placeholder_address(value: str) -> bool:
    """An address in a placeholder prefecture or city (テスト県テスト市1-1-1, ○○市△△町)."""
    return any(w in value for w in _PLACEHOLDER_PLACE)
