"""Test helpers: run one recognizer the way the engine does (normalise, triggers, map back)."""

from __future__ import annotations

from pathlib import Path

from gateway.scan.config import load_config
from gateway.scan.normalise import normalise
from gateway.scan.recognizers._base import ScanContext, _find_hits

REPO = Path(__file__).resolve().parents[3]
RULES = REPO / "rules"


def config():
    return load_config(RULES)


def detect(recognizer, text: str, entity: str | None = None):
    """[(entity, original substring, score, metadata)] found by ``recognizer`` in ``text``."""
    n = normalise(text)
    ctx = ScanContext(n.text, _find_hits(n.text, recognizer.trigger_words()))
    if not recognizer.triggered(ctx):
        return []
    out = []
    for r in recognizer.analyze_ctx(ctx):
        if entity and r.entity_type != entity:
            continue
        s, e = n.to_original(r.start, r.end)
        assert 0 <= s <= e <= len(text)
        out.append((r.entity_type, text[s:e], r.score, r.recognition_metadata or {}))
    return out


def best(recognizer, text: str, entity: str | None = None) -> float:
    """Highest score found (0.0 when nothing)."""
    return max((sc for _, _, sc, _ in detect(recognizer, text, entity)), default=0.0)


# check-digit generators for synthetic valid numbers -------------------------------------------
def my_number(base11: str) -> str:
    w = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    r = sum(int(c) * x for c, x in zip(base11, w)) % 11
    return base11 + str(0 if r <= 1 else 11 - r)


def corporate(base12: str) -> str:
    s = sum(int(c) * (1 if n % 2 else 2) for n, c in enumerate(reversed(base12), start=1))
    return str(9 - s % 9) + base12


def luhn_complete(payload: str) -> str:
    for d in "0123456789":
        cand = payload + d
        total = 0
        for i, ch in enumerate(reversed(cand)):
            v = int(ch)
            if i % 2:
                v *= 2
                v -= 9 if v > 9 else 0
            total += v
        if total % 10 == 0:
            return cand
    raise AssertionError


FW = str.maketrans("0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ", "０１２３４５６７８９－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")
KANJI = str.maketrans("0123456789", "〇一二三四五六七八九")


def fullwidth(s: str) -> str:
    return s.translate(FW)


def kanji(s: str) -> str:
    return s.translate(KANJI)


def zw(s: str) -> str:
    """Insert a zero-width space after every 3rd character."""
    return "".join(c + ("\u200b" if i % 3 == 2 else "") for i, c in enumerate(s))


def action_tests(block: list[tuple[str, str]], allow: list[tuple[str, str]]):
    """Two parametrized tests of a mechanism's table (name, text): every ``block`` row is blocked and every
    ``allow`` row allowed by the default scanner (the ``scanner`` fixture). Bind them in the test module:
    ``test_blocks, test_allows = action_tests(BLOCK, ALLOW)``."""
    import pytest

    @pytest.mark.parametrize("name,text", block, ids=[n for n, _ in block])
    def test_blocks(scanner, name, text):
        assert scanner.scan(text).action == "block"

    @pytest.mark.parametrize("name,text", allow, ids=[n for n, _ in allow])
    def test_allows(scanner, name, text):
        assert scanner.scan(text).action == "allow"

    return test_blocks, test_allows


def not_blocked_test(rows: list[tuple[str, str]]):
    """A parametrized test of a table (name, text) whose rows may warn but are never blocked (a marking or an example
    named, not applied). Bind it in the test module: ``test_not_blocked = not_blocked_test(NOT_BLOCKED)``."""
    import pytest

    @pytest.mark.parametrize("name,text", rows, ids=[n for n, _ in rows])
    def test_not_blocked(scanner, name, text):
        assert scanner.scan(text).action != "block"

    return test_not_blocked
