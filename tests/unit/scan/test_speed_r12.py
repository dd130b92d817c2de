"""Speed changes of round 12 (issue 13) that must not change what is found: each fast path against the plain one."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import sys
from pathlib import Path

import pytest

from gateway.scan import rx

ROOT = Path(__file__).resolve().parents[3]
TEXTS = [
    "", "a", "0", "未掲載に同意", "掲載に同意しました", "KEY=abc", "key=abc", "\u212aey=abc", "\u017fecret=1",
    "\u0130d \u0131d id ID", "Password: hunter2\npassword = x", "電話 03-1234-5678 携帯090-1111-2222",
    "氏名：山田 太郎\n住所：東京都千代田区1-2-3\n", "例えば「私は田中です」", "for Example: \"x\"", "ＡＢＣ abc ÀÉ àé",
    "line one\n  ^start\nend", "x" * 50 + "掲載は本人の同意を得ています" + "y" * 50,
]


def _same(plain: re.Pattern[str], fast: re.Pattern[str], text: str) -> None:
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.groups() for m in fast.finditer(text)] == [m.groups() for m in plain.finditer(text)]
    for lo in range(0, len(text) + 1, 7):
        a, b = plain.search(text, lo), fast.search(text, lo)
        assert (a and a.span()) == (b and b.span())
        a, b = plain.search(text, 0, lo), fast.search(text, 0, lo)
        assert (a and a.span()) == (b and b.span())
        a, b = plain.match(text, lo), fast.match(text, lo)
        assert (a and a.span()) == (b and b.span())
    assert fast.split(text) == plain.split(text)
    assert fast.sub("#", text) == plain.sub("#", text)


SHAPES = [
    r"(?<!未)(?:掲載(?:に|の|は)?[^\n。]{0,10}(?:同意|了承))",  # a look-behind first
    r"(?=[kp])(?:key|password)", r"(?i)(?:key|password|secret)[ \t]*[=:]", r"(?i:id)\b", r"表彰|受賞|(?i:newsletter)",
    r"(?<![0-9])0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}(?![0-9])", r"(?m)^[ \t]*(?:氏名|住所)[:：]", r"(?P<k>(?<![A-Za-z])pass)(?P<v>.*)",
    r"[ \t]*(?:例えば|for example)", r"(?:ab)?c",
]


@pytest.mark.parametrize("pattern", SHAPES)
def test_compile_finds_what_re_finds(pattern: str) -> None:
    plain, fast = re.compile(pattern), rx.compile(pattern)
    assert fast.pattern == plain.pattern and fast.flags == plain.flags and fast.groupindex == plain.groupindex
    for text in TEXTS:
        _same(plain, fast, text)


def test_compile_adds_the_skip_only_where_sre_has_none() -> None:
    if not rx._SUPPORTED:
        pytest.skip("another Python's sre: rx.compile is re.compile")
    for pattern in (r"(?<!未)掲載", r"(?i)(?:key|password)", r"(?=[kp])(?:key|pass)", r"(?:ab)?c"):
        assert rx.skipping(re.compile(pattern)) is not re.compile(pattern)
    for pattern in (r"掲載", r"[ab]c", r"a?", r"^(?:key|pass)", r"\Akey", r".x", r"[^a]x", r"\dx", r"(?i)é"):
        assert rx.skipping(re.compile(pattern)) is re.compile(pattern)  # a prefix already, or any start


def test_compile_is_re_compile_for_bytes_and_flags() -> None:
    assert rx.compile(rb"(?<!a)b").search(b"ab cb").span() == (4, 5)
    assert rx.compile("(?<!a)B", rx.IGNORECASE).search("ab cb").span() == (4, 5)
    assert rx.compile("(?<!a)B", rx.IGNORECASE) is rx.compile("(?<!a)B", rx.IGNORECASE)  # compiled once


def _scanner_patterns() -> list[re.Pattern[str]]:
    import gateway.scan
    import gateway.scan.recognizers

    for pkg in (gateway.scan, gateway.scan.recognizers):
        for m in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."):
            importlib.import_module(m.name)
    out = []
    for name, mod in sorted(sys.modules.items()):
        if name.startswith("gateway.scan"):
            out += [v for v in vars(mod).values() if isinstance(v, re.Pattern) and isinstance(v.pattern, str)]
    return out


def test_every_scanner_pattern_finds_what_re_finds() -> None:
    data = ROOT / "tests/unit/scan/data/generalisation_shapes.jsonl"
    rows = [json.loads(line)["text"] for line in data.read_text(encoding="utf-8").splitlines()[:60]]
    texts = TEXTS + [t[:400] for t in rows]
    for fast in _scanner_patterns():
        plain = re.compile(fast.pattern, fast.flags)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], fast.pattern


def test_scanner_modules_compile_through_rx() -> None:
    """Every module of the scanner imports ``gateway.scan.rx`` in place of ``re`` (a new pattern gets the skip)."""
    direct = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "gateway/scan").rglob("*.py"))
              if p.name != "rx.py" and re.search(r"(?m)^import re$", p.read_text(encoding="utf-8"))]
    assert direct == []
