"""gateway/turns.py: recent pieces per user × service, bounded and expiring; protocol tokens not kept."""

from __future__ import annotations

from gateway.turns import TurnWindow, is_text


class FakeTime:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_tails_are_kept_per_user_and_service() -> None:
    w = TurnWindow(tail_chars=10)
    w.remember("tanaka", "chatgpt", ["前半は 5260 1815", "next"])
    assert w.previous("tanaka", "chatgpt") == ("前半は 5260 1815"[-10:],)  # "next" is a protocol token
    assert w.previous("tanaka", "openai-api") == () and w.previous("suzuki", "chatgpt") == ()
    w.remember("tanaka", "chatgpt", ["abc 1"])
    assert w.previous("tanaka", "chatgpt")[-1] == "abc 1" and len(w.previous("tanaka", "chatgpt")) == 2


def test_pieces_are_bounded() -> None:
    w = TurnWindow(max_pieces=3)
    w.remember("tanaka", "chatgpt", [f"文 {i}" for i in range(10)])
    assert w.previous("tanaka", "chatgpt") == ("文 7", "文 8", "文 9")


def test_entries_expire() -> None:
    now = FakeTime()
    w = TurnWindow(ttl=60, now=now)
    w.remember("tanaka", "chatgpt", ["5260 1815"])
    now.t += 61
    assert w.previous("tanaka", "chatgpt") == () and len(w) == 0
    w.remember("tanaka", "chatgpt", ["x 1"])
    now.t += 61
    w.remember("tanaka", "chatgpt", ["y 2"])
    assert w.previous("tanaka", "chatgpt") == ("y 2",)  # an expired tail is not joined to a new turn


def test_the_number_of_keys_is_bounded() -> None:
    w = TurnWindow(max_keys=3)
    for i in range(10):
        w.remember(f"u{i}", "chatgpt", ["x 1"])
    assert len(w) == 3 and w.previous("u9", "chatgpt") == ("x 1",) and w.previous("u0", "chatgpt") == ()


def test_protocol_tokens_are_not_text() -> None:
    assert not is_text("next") and not is_text("send") and not is_text("  ")
    assert is_text("5260 1815") and is_text("個人番号") and is_text("a b")


def test_a_resent_tail_moves_to_the_newest_place() -> None:
    # chat apps resend the whole conversation each turn: the window keeps distinct tails, not copies
    w = TurnWindow(max_pieces=3)
    w.remember("tanaka", "chatgpt", ["a 1", "b 2"])
    w.remember("tanaka", "chatgpt", ["a 1", "c 3"])
    assert w.previous("tanaka", "chatgpt") == ("b 2", "a 1", "c 3")
    for _ in range(5):
        w.remember("tanaka", "chatgpt", ["c 3"])
    assert w.previous("tanaka", "chatgpt") == ("b 2", "a 1", "c 3")


# ---------------------------------------------------------------- CleanSeams
def test_clean_seams_are_not_offered_again() -> None:
    from gateway.turns import CleanSeams

    scanner, memory = object(), CleanSeams()
    assert memory.unseen(scanner, "chatgpt", ["a 1", "b 2"]) == ["a 1", "b 2"]
    memory.clean(scanner, "chatgpt", ["a 1"])
    assert memory.unseen(scanner, "chatgpt", ["a 1", "b 2", "c 3"]) == ["b 2", "c 3"]
    assert memory.unseen(scanner, "openai-api", ["a 1"]) == ["a 1"]  # per service
    assert memory.unseen(object(), "chatgpt", ["a 1"]) == ["a 1"] and len(memory) == 0  # a new scanner: forgotten


def test_clean_seams_are_bounded_and_keep_no_text() -> None:
    from gateway.turns import CleanSeams

    scanner, memory = object(), CleanSeams(max_items=3)
    memory.clean(scanner, "chatgpt", [f"文 {i} 個人番号" for i in range(5)])
    assert len(memory) == 3 and memory.unseen(scanner, "chatgpt", ["文 0 個人番号"]) == ["文 0 個人番号"]
    assert not any("個人番号".encode() in k for k in memory._items)  # digests only
