"""Round 11 speed work on the person recognizers: the faster scans give the same matches as the plain ones."""

from __future__ import annotations

import re

import pytest

from gateway.scan.recognizers import person_english, person_lexicon
from gateway.scan.recognizers.person_prefilter import Prefiltered, fold, prefixes_of

TEXTS = [
    "", "my son Kenji came", "MY SON Kenji came", "Her husband Arjun Patel called.", "enemy son Kenji", "Mİ hija Lucía",
    "mı hija Lucía García", "MI HIJA LUCÍA", "ſon", "Chồng tôi là Nguyễn Văn Minh", "CHỒNG TÔI LÀ Nguyễn Văn Minh",
    "sou a MÃE do aluno Pedro Henrique", "Dear Maria Santos,", "DEAR MARIA SANTOS,", "To: Nguyen Van Minh\nAttn: Ana Lima",
    "件名：Tanaka Hiroshi — 病休", "Patient: Maria Lopez\nPATIENT: JOSE REYES", "Mr. Ito and Ms. Keiko Tanabe", "mother of  Sofía Pérez",
    "山田太郎様（090-1234-5678）my wife Yumi", "the KELVIN sign \u212a and Kenji", "Σ my son Kenji ς", "ﬆ my wife Ana",
]
PATTERNS = [person_english._KIN_LATIN, person_english._ADDRESSEE, person_lexicon._LATIN_NAME]


@pytest.mark.parametrize("rx", PATTERNS, ids=["kin", "addressee", "latin_name"])
@pytest.mark.parametrize("text", TEXTS)
def test_prefiltered_scan_finds_what_finditer_finds(rx: re.Pattern[str], text: str) -> None:
    scan = Prefiltered(rx)
    assert scan.probe is not None  # these patterns open with words
    assert [m.span() for m in scan.finditer(text, fold(text))] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"(?i:my|her)[ \t]+son", 0, ["her\t", "her ", "my\t", "my "]),
    (r"(?=[A-Z])(?:Mr|Ms)\.?", 0, ["mr", "ms"]),
    (r"\b(?:patient|client)", re.IGNORECASE, ["client", "patient"]),
    (r"con (?:trai|gái)", 0, ["con gái", "con trai"]),
    (r"[A-Z][a-z]+", 0, None),  # opens with a class: no prefix
    (r"(?:my)?son", 0, None),  # an optional word: no prefix every match has
    (r"[ab]x", 0, ["ax", "bx"]),
])
def test_prefixes_are_read_from_the_pattern(pattern: str, flags: int, expected: list[str] | None) -> None:
    assert prefixes_of(re.compile(pattern, flags)) == expected


def test_fold_keeps_offsets_or_refuses() -> None:
    assert fold("MY Son ſ ı") == "my son s i"
    assert fold("İstanbul") is None  # lower-casing would change the length: the plain scan is used


def test_label_pattern_lookahead_keeps_the_labels() -> None:
    rx = person_lexicon._LABEL_RE
    for w in person_lexicon.LABELS:
        assert rx.fullmatch(w) is not None and rx.fullmatch(w.upper()) is not None
    assert rx.fullmatch("被害申告者") is None and rx.match("被害申告者:") is not None
