"""Placeholder identifiers (public_context): an identifier of one repeated digit or of the digits in order given as the
shape of a number, the digits in order inside a 記入例 form, and a card number in a paragraph about the provider's
test cards are examples, not anyone's number."""

from __future__ import annotations

from gateway.scan import rx as re

from gateway.scan.document import example_regions, in_regions
from gateway.scan.public_lines import HitLike as _HitLike
from gateway.scan.public_lines import line_end as _line_end
from gateway.scan.public_lines import line_start as _line_start
from gateway.scan.public_lines import marked_paragraph as _marked_paragraph
from gateway.scan.public_lines import paragraph as _paragraph
from gateway.scan.recognizers._examples import _TEXTBOOK_GIVEN, digits_in_order
from gateway.scan.recognizers._matter_questions import quiz_text

_TEST_REACH = 1800  # how far before a card number a test-card marker may stand
_ACCOUNT_DIGITS = re.compile(r"[0-9]")
# a value given as the shape of a number (「12345678901」のような形式, 例：…, e.g. …)
_EXAMPLE_CUE = re.compile(r"例えば|たとえば|例[:：]|e\.g\.|(?i:for example|such as)"
                          r"|[」』\"]?[ ]?(?:のような|などの|の形式|のように|といった)")
# test cards: a paragraph that says its card numbers are the provider's test numbers
_TEST_CARD = re.compile(r"テストカード|テスト用(?:の)?カード|テスト用のクレジットカード|(?i:test cards?|test card numbers?)")
_TEST_DATA = re.compile(r"試験用|テスト用|ダミー|架空|(?i:test data|dummy)")
_LIVE_CARD = re.compile(r"本番|実際の|実在|顧客|お客様|会員|利用者|申込者|私物|個人の(?:カード|クレジット)|自分の(?:カード|クレジット)|"
                        r"(?i:real card|customer|personal card|my own card)")  # (担当の私物カードで1円決済, round 35)
_BLANK = re.compile(r"\n[ \t　]*\n")
# a multiple-choice question's option (ア　1234-5678-901　イ　1234 5678 9018): a mark right before the number, and
# another mark on its line (round 13)
_CHOICE = re.compile(r"(?m)(?:^|(?<=[ \t　]))(?:[アイウエオ]|[A-Da-d][.)]|[(（][1-5][)）])[ \t　]+")
_CHOICE_BEFORE = re.compile(r"(?m)(?:^|(?<=[ \t　]))(?:[アイウエオ]|[A-Da-d][.)]|[(（][1-5][)）])[ \t　]+$")
# identifiers whose value may be a placeholder of one repeated digit (0000 0000 0000 in a 記入例)
PLACEHOLDER_IDS = frozenset({
    "JP_MY_NUMBER", "JP_DRIVERS_LICENSE", "JP_BASIC_PENSION_NUMBER", "JP_HEALTH_INSURANCE",
    "JP_EMPLOYMENT_INSURANCE", "JP_RESIDENT_CODE", "CREDIT_CARD", "JP_BANK_ACCOUNT", "JP_PASSPORT",
    "JP_RESIDENCE_CARD"})


def _value_key(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).upper()


def repeated_examples(text: str, hits: list[_HitLike]) -> None:
    """An identifier's value shown as an example elsewhere in the text (a test's literal, a 記入例's number) is the same
    example where it recurs (the program's printed output, ab12345678cd in either case; round 26); so is a number of
    the digits in order printed where a test quotes it as a literal (the recognizer's ``sample_literal``)."""
    seen = {_value_key(text[h.start:h.end]) for h in hits if h.entity in PLACEHOLDER_IDS and h.meta.get("example")}
    lower = None
    for h in hits[:64]:
        if h.entity not in PLACEHOLDER_IDS or h.meta.get("example"):
            continue
        value = text[h.start:h.end]
        if _value_key(value) in seen:
            h.meta["example"] = True
        elif (digits := "".join(c for c in value if c.isdigit())) and digits_in_order(digits) \
                and text[h.start - 1:h.start] not in ("'", '"', "`"):
            # (…or its digits in order quoted as a test's literal elsewhere, which the recognizer passed over)
            lower = text.lower() if lower is None else lower
            if any(f"{q}{value.lower()}{q}" in lower for q in "'\"`"):
                h.meta["example"] = True


def placeholders(text: str, hits: list[_HitLike]) -> None:
    """An identifier of one repeated digit (0000 0000 0000, 1111111), or of the digits in order
    (12345678901, its check digit aside) given as the shape of a number (のような, 例えば), is a
    placeholder; a card number in a paragraph about test cards is one of the provider's test numbers."""
    test_marks: list[int] | None = None
    blanks: list[tuple[int, int]] = []
    regions: list[tuple[int, int]] | None = None
    for h in hits:
        if h.entity not in PLACEHOLDER_IDS:
            continue
        digits = "".join(_ACCOUNT_DIGITS.findall(text, h.start, h.end))
        in_order = _in_order(digits[:-1]) or _in_order(digits)
        placeholder = len(digits) >= 4 and (len(set(digits)) == 1 or _quiz_choice(text, h.start) or (
            # (a fixture's number, zeros and one digit, in data said to be test data: 口座番号 0000001, round 32)
            len(digits.lstrip("0")) <= 1 and _TEST_DATA.search(text) is not None) or (
            _in_order(digits[:-1]) and (
            _EXAMPLE_CUE.search(text, max(_line_start(text, h.start), h.start - 30), h.start) is not None
            or _EXAMPLE_CUE.match(text, h.end, min(len(text), h.end + 12)) is not None)))
        if not placeholder and in_order:
            # the digits in order inside a 記入例 form (口座番号 1234567 in a 記入例 paragraph)
            if regions is None:
                regions = example_regions(text)
            placeholder = in_regions(regions, h.start, h.end)
        if not placeholder and h.entity == "CREDIT_CARD":
            if test_marks is None:
                test_marks = [m.start() for m in _TEST_CARD.finditer(text)]
                blanks = [(m.start(), m.end()) for m in _BLANK.finditer(text)] if test_marks else []
            if test_marks:
                lo, hi = _paragraph(blanks, h.start, len(text))
                # a test-card marker in the card's paragraph, not too far from it
                placeholder = _marked_paragraph(test_marks, max(lo, h.start - _TEST_REACH), hi) and \
                    _LIVE_CARD.search(text, _line_start(text, max(0, _line_start(text, h.start) - 1)),  # (or the line
                                      _line_end(text, h.end)) is None  # above: …私物カードで1円決済 ⏎ カード番号 …, r35)
        if placeholder:
            h.meta["informational"] = True
            h.meta["example"] = True
            h.meta["public_context"] = "placeholder"


def _in_order(digits: str) -> bool:
    """1234567890…: each digit one more than the one before (from 0 or 1), at least six of them."""
    return len(digits) >= 6 and digits[0] in "01" and all(
        int(b) == (int(a) + 1) % 10 for a, b in zip(digits, digits[1:]))


def _quiz_choice(text: str, start: int) -> bool:
    """The identifier is one of a question's options: a choice mark right before it, and another on its line."""
    lo = _line_start(text, start)
    if _CHOICE_BEFORE.search(text, max(lo, start - 6), start) is None:
        return False
    return sum(1 for _ in _CHOICE.finditer(text, lo, _line_end(text, start))) >= 2


def quiz_textbook_names(text: str, hits: list[_HitLike]) -> None:
    """In a quiz on handling information, a textbook name (山田太郎, 鈴木花子) in a choice's line or a quoted piece of
    information (イ　「山田太郎さん（45歳）が生活保護を受給している」という情報) is the question's made-up person (round 35)."""
    names = [h for h in hits if h.entity == "PERSON" and not h.meta.get("example")
             and text[h.start:h.end].replace(" ", "").replace("\u3000", "").endswith(_TEXTBOOK_GIVEN)]
    if not names or not quiz_text(text):
        return
    for h in names:
        ls, le = _line_start(text, h.start), _line_end(text, h.end)
        if _CHOICE.search(text, ls, le) is not None or "「" in text[ls:h.start]:
            h.meta["example"] = True
