"""gateway/canonical.py: authority and path in canonical form (RFC 3986 §6), ambiguous readings."""

from __future__ import annotations

import pytest

from gateway.canonical import (AuthorityError, canonical_authority, canonical_host, canonical_path, query_text,
                               split_authority)


@pytest.mark.parametrize("raw, expected", [
    ("chat.openai.com", "chat.openai.com"),
    ("Chat.OpenAI.COM", "chat.openai.com"),
    ("chat.openai.com.", "chat.openai.com"),
    ("ＣＨＡＴ.openai.com", "chat.openai.com"),  # full-width letters (IDNA maps them)
    ("bücher.example", "xn--bcher-kva.example"),
    ("::1", "[::1]"),
    ("[::1]", "[::1]"),
    ("127.0.0.1", "127.0.0.1"),
])
def test_canonical_host(raw: str, expected: str) -> None:
    assert canonical_host(raw) == expected


@pytest.mark.parametrize("raw", ["", ".", "a..b", "bad host", "x_.-y", "a/b"])
def test_invalid_hosts_are_refused(raw: str) -> None:
    with pytest.raises(AuthorityError):
        canonical_host(raw)


@pytest.mark.parametrize("host, port, scheme, expected", [
    ("api.openai.com", 443, "https", "api.openai.com"),
    ("api.openai.com", None, "https", "api.openai.com"),
    ("api.openai.com", 8443, "https", "api.openai.com:8443"),
    ("example.com", 80, "http", "example.com"),
    ("example.com", 443, "http", "example.com:443"),
])
def test_canonical_authority(host: str, port: int | None, scheme: str, expected: str) -> None:
    assert canonical_authority(host, port, scheme) == expected


@pytest.mark.parametrize("value, expected", [
    ("api.openai.com", ("api.openai.com", None)),
    ("api.openai.com:443", ("api.openai.com", 443)),
    ("[::1]:8080", ("[::1]", 8080)),
])
def test_split_authority(value: str, expected: tuple[str, int | None]) -> None:
    assert split_authority(value) == expected


def test_split_authority_refuses_a_bad_port() -> None:
    with pytest.raises(AuthorityError):
        split_authority("api.openai.com:http")


# (target, canonical path, every reading, ambiguous)
PATHS = [
    ("/v1/chat/completions", "/v1/chat/completions", None, False),
    ("//v1//chat///completions", "/v1/chat/completions", None, False),
    ("/v1/./chat/x/../completions", "/v1/chat/completions", None, False),
    ("/v1/chat/completions/.", "/v1/chat/completions/", None, False),
    ("/%76%31/chat/completions", "/v1/chat/completions", None, False),  # unreserved escapes decoded
    ("/%2e%2e/backend-api/conversation", "/backend-api/conversation", None, False),
    ("/backend-anon/%2E%2E/backend-api/x", "/backend-api/x", None, False),
    ("/../../v1/chat", "/v1/chat", None, False),
    ("/v1/chat/completions?x=1&y=2#frag", "/v1/chat/completions", None, False),
    ("https://api.openai.com/v1/x?q=1", "/v1/x", None, False),  # absolute form
    ("/%e3%81%82", "/%E3%81%82", None, False),  # reserved/non-ASCII escapes kept, upper-cased
    ("/v1%2Fchat/completions", "/v1%2Fchat/completions", ("/v1%2Fchat/completions", "/v1/chat/completions"), True),
    ("/v1%5cchat/completions", "/v1%5Cchat/completions", ("/v1%5Cchat/completions", "/v1/chat/completions"), True),
    ("/v1\\chat", "/v1\\chat", ("/v1\\chat", "/v1/chat"), True),
    ("/v1;jsessionid=1/chat", "/v1;jsessionid=1/chat", ("/v1;jsessionid=1/chat", "/v1/chat"), True),
    ("/x/%252e%252e/v1/chat", "/x/%252e%252e/v1/chat", ("/x/%252e%252e/v1/chat", "/v1/chat"), True),
]


@pytest.mark.parametrize("target, path, readings, ambiguous", PATHS, ids=[p[0] for p in PATHS])
def test_canonical_path(target: str, path: str, readings: tuple[str, ...] | None, ambiguous: bool) -> None:
    c = canonical_path(target)
    assert c.path == path
    assert c.readings == (readings or (path,))
    assert c.ambiguous is ambiguous


def test_readings_are_bounded() -> None:
    c = canonical_path("/a%2fb;x/%252e" * 50)
    assert 1 < len(c.readings) <= 4


def test_query_keeps_the_raw_string_and_decodes_text() -> None:
    c = canonical_path("/search?q=%E5%80%8B%E4%BA%BA%E7%95%AA%E5%8F%B7+1234&empty=&x")
    assert c.query.startswith("q=")
    assert query_text(c.query) == ["q", "個人番号 1234", "empty", "x"]


def test_only_plain_api_paths_are_remembered_never_a_query_or_a_text_segment() -> None:
    """The memory of computed paths keeps nothing a user wrote (what the audit line would show unmasked is all)."""
    from gateway import canonical

    before = canonical._cached_path.cache_info().currsize
    for target in ("/search?q=山田太郎の相談", "/c/会議の要約", "/v1/chat/completions?api-version=1", "/a/%E5%B1%B1"):
        canonical.canonical_path(target)
    assert canonical._cached_path.cache_info().currsize == before
    assert canonical.canonical_path("/v1/chat/completions") == canonical._canonical_path("/v1/chat/completions")
