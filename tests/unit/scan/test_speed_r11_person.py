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


ANCHORED_TEXTS = [
    "", "タナカ ソウタ(4さい)", "いしかわ さだお (82歳)と タナカ ソウタ（4さい）", "ソウタ(4さい)", "たなか そうた(104歳)", "たなか そうた (4 さい )",
    "a.b.c@gmail.com xx@yy.co", "@@@a@b.cc", "x" * 70 + "@a.bc", "maria.lopes.1988@yahoo.co.jp / ana@@b.com", "ab@c.de",
]


@pytest.mark.parametrize("text", ANCHORED_TEXTS)
def test_anchored_scans_find_what_finditer_finds(text: str) -> None:
    from gateway.scan.recognizers import person_kana

    for scan in (person_kana._KANA_NAME_AGE_SCAN, person_english._MAIL_SCAN):
        assert [(m.span(), m.groupdict()) for m in scan.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in scan.rx.finditer(text)]


def test_anchored_needs_head_plus_anchor_of_bounded_width() -> None:
    from gateway.scan.recognizers.person_prefilter import Anchored

    with pytest.raises(ValueError):
        Anchored(re.compile("ab"), "a", "c")
    with pytest.raises(ValueError):
        Anchored(re.compile("a+@"), "a+", "@")


@pytest.mark.parametrize("text, hint", [
    ("Tanaka Hiroshi (72) lives", True), ("born (aged 7)", True), ("Kim (DOB 1990-01-02)", True), ("Kim(dob:", True),
    ("Tanaka (Grade 5)", False), ("(72) lives", False), ("TANAKA (72)", False), ("x  (72)", False),
])
def test_aged_hint_is_the_bracket_after_a_lower_case_letter(text: str, hint: bool) -> None:
    from gateway.scan.recognizers import person_contacts

    assert (person_contacts._AGED_HINT.search(text) is not None) is hint


@pytest.mark.parametrize("text", ["", "Ana Paula Ferreira, 34, came", "山田 (72) と Tanaka Hiroshi (72) lives alone",
                                  " ".join(["Word"] * 30) + " Tanaka Hiroshi (72)", "Kenji and Yumi Sato, 5-6-2 Minami"])
def test_initial_scan_finds_what_finditer_finds(text: str) -> None:
    scan = person_english._AGED_SCAN
    assert [(m.span(), m.groupdict()) for m in scan.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in scan.rx.finditer(text)]


@pytest.mark.parametrize("text, two", [
    ("Maria Santos", True), ("xJohn Smith", True), ("山田 John Smith", True), ("JOHN SMITH", True), ("O'Brien Kelly", True),
    ("Anne-Marie Dupont", True), ("Nguyễn Thị Lan", True), ("john smith", False), ("Excel で集計", False), ("PDF と Word", False),
])
def test_two_words_gate_holds_every_latin_full_name(text: str, two: bool) -> None:
    from gateway.scan.recognizers.person_lexicon import _LATIN_FULL

    assert (person_english._TWO_WORDS.search(text) is not None) is two
    if re.search(_LATIN_FULL, text):
        assert two  # the gate is necessary for every pass it guards


def test_personal_contact_scan_finds_what_finditer_finds() -> None:
    from gateway.scan.recognizers import person_contacts

    scan = person_contacts._PERSONAL_CONTACT_SCAN
    for text in ("", "携帯 090-1234-5678 / ana@GMAIL.com", "1090-1234-5678", "0801234567890", "x@Yahoo.co.jp 070 1234 5678"):
        assert [m.span() for m in scan.finditer(text, fold(text))] == [m.span() for m in scan.rx.finditer(text)]


def test_noted_item_starts_at_a_kanji_run_start() -> None:
    from gateway.scan.recognizers import person_cues

    old = re.compile(r"(?<![一-鿿々〆ヶ])[一-鿿々〆ヶ]{1,4}\(([^()\n]{1,20})\)")
    for text in ("欠席は小川(インフル)、藤田(通院・喘息)", "長谷川小百合(通院)", "山(a)川(b)", "(x)", "あ山田(風邪)"):
        for lo in range(len(text)):
            assert [m.span() for m in person_cues._NOTED_ITEM.finditer(text, lo)] == [m.span() for m in old.finditer(text, lo)]


def test_trie_probe_matches_where_the_flat_alternation_matches() -> None:
    from gateway.scan.recognizers.person_prefilter import _trie

    words = ["my ", "mother", "mi\t", "her", "his", "@au.", "070", "080", "con gái", "con trai"]
    flat, trie = re.compile("|".join(map(re.escape, words))), re.compile(_trie(words))
    text = "my mother and his son; con trai 080 her@au.x mi\tcasa"
    assert [m.start() for m in re.finditer("(?=" + flat.pattern + ")", text)] == \
        [m.start() for m in re.finditer("(?=" + trie.pattern + ")", text)]
    assert _trie(["ab", "ac", "b"]) == "(?:a(?:b|c)|b)"
