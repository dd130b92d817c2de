"""gateway/view.py: the seams between pieces and with the previous turns (what is scanned apart)."""

from __future__ import annotations

from gateway.canonical import canonical_path
from gateway.model import Prompt, Segment
from gateway.view import with_carriers


def _seams(texts: list[str], previous: tuple[str, ...]) -> list[str]:
    body = Prompt(tuple(Segment(f"$.m[{i}]", t) for i, t in enumerate(texts)))
    return [s.text for s in with_carriers(canonical_path("/v1/chat/completions"), [], body, previous)[1].segments]


def test_a_number_split_across_turns_meets_again() -> None:
    assert "前半は 5260 1815" + "9084 です" in _seams(["9084 です"], ("前半は 5260 1815",))


def test_seams_without_a_digit_are_not_scanned() -> None:
    assert _seams(["こんにちは"], ("よろしく",)) == []


def test_identical_seams_are_scanned_once() -> None:
    # the same tail remembered twice, the same piece sent twice: one seam of that text, not four
    seams = _seams(["9084 です", "9084 です"], ("前半は 5260 1815", "前半は 5260 1815"))
    assert len(seams) == len(set(seams))
    assert seams.count("前半は 5260 1815" + "9084 です") == 1


def test_hidden_text_in_the_body_never_uses_up_the_headers_budget() -> None:
    """Round 15: 400 K of readable base64 in the body, then base64 of a 個人番号 in a header: both read."""
    import base64

    secret = base64.b64encode("申請者の個人番号は526018159084です。".encode()).decode()
    pad = " ".join(base64.b64encode(("議事録の抜粋" * 30 + str(i)).encode()).decode() for i in range(1500))
    prompt, _ = with_carriers(canonical_path("/v1/chat/completions"), [("X-Note", secret)],
                              Prompt((Segment("$.a", pad),)))
    assert any(s.where.startswith("header.x-note") and "526018159084" in s.text for s in prompt.segments)
