"""gateway/turns.py: recent turns per user × service, bounded and expiring."""

from __future__ import annotations

from gateway.turns import TurnWindow


class FakeTime:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_tail_is_kept_per_user_and_service() -> None:
    w = TurnWindow(tail_chars=10)
    w.remember("tanaka", "chatgpt", "前半は 5260 1815")
    assert w.previous("tanaka", "chatgpt") == "前半は 5260 1815"[-10:]
    assert w.previous("tanaka", "openai-api") == "" and w.previous("suzuki", "chatgpt") == ""
    w.remember("tanaka", "chatgpt", "abc")
    assert w.previous("tanaka", "chatgpt").endswith("\nabc") and len(w.previous("tanaka", "chatgpt")) <= 10


def test_entries_expire() -> None:
    now = FakeTime()
    w = TurnWindow(ttl=60, now=now)
    w.remember("tanaka", "chatgpt", "5260 1815")
    now.t += 61
    assert w.previous("tanaka", "chatgpt") == "" and len(w) == 0
    w.remember("tanaka", "chatgpt", "x")
    now.t += 61
    w.remember("tanaka", "chatgpt", "y")
    assert w.previous("tanaka", "chatgpt") == "y"  # an expired tail is not joined to a new turn


def test_the_number_of_keys_is_bounded() -> None:
    w = TurnWindow(max_keys=3)
    for i in range(10):
        w.remember(f"u{i}", "chatgpt", "x")
    assert len(w) == 3 and w.previous("u9", "chatgpt") == "x" and w.previous("u0", "chatgpt") == ""
