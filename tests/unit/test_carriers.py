"""gateway/carriers.py: URL and header text as scanner segments; protocol headers and credentials skipped."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from gateway.carriers import header_pairs, header_segments, header_text, url_segments

TEXT = "申請者の個人番号は526018159084です。"


@pytest.mark.parametrize("value", [
    quote(TEXT), TEXT.encode().decode("latin-1"), "UTF-8''" + quote(TEXT), TEXT,
])
def test_header_text_decodes_every_spelling(value: str) -> None:
    assert header_text(value) == TEXT


def test_header_segments_skip_protocol_and_credentials() -> None:
    segs = header_segments([
        ("Host", "api.openai.com"), ("Authorization", "Bearer sk-proj-secretvalue"), ("Cookie", "a=b"),
        ("Content-Type", "application/json"), ("X-Stainless-OS", "Linux"), ("X-AIGW-Purpose", "翻訳"),
        ("X-Prompt", quote(TEXT)), ("Referer", "https://chatgpt.com/?q=" + quote(TEXT)), ("User-Agent", "curl/8"),
    ])
    assert [s.where for s in segs] == ["header.x-prompt", "header.referer", "header.user-agent"]
    assert segs[0].text == TEXT and TEXT in segs[1].text


def test_url_segments() -> None:
    segs = url_segments("/c/" + quote(TEXT) + "/abc-123", "q=" + quote(TEXT) + "&model=gpt-4o")
    assert [s.where for s in segs] == ["url.path", "url.query"]
    assert segs[0].text == TEXT and TEXT in segs[1].text and "gpt-4o" in segs[1].text


def test_plain_ids_in_paths_are_not_text() -> None:
    assert url_segments("/v1/chat/completions", "") == []
    assert url_segments("/backend-api/conversation/6a0c1f00-0000-4000-8000-0000000000cc", "") == []


def test_header_pairs_reads_each_field_of_mitmproxys_headers_in_order() -> None:
    from mitmproxy.http import Headers

    h = Headers([(b"Content-Type", b"application/json"), (b"X-Note", b"a"), (b"x-note", "日本".encode())])
    assert header_pairs(h) == [("Content-Type", "application/json"), ("X-Note", "a"), ("x-note", "日本")]
    assert {k.lower(): v for k, v in h.items()}["x-note"] == "a, 日本"  # items() joins the repeated name
    assert header_pairs({"accept": "*/*"}) == [("accept", "*/*")]  # any mapping


def test_masked_path_keeps_plain_api_paths_and_masks_text_segments() -> None:
    from gateway.carriers import masked_path

    assert masked_path("/v1/chat/completions?x=1") == "/v1/chat/completions"
    assert masked_path("/c/会議の要約/x") == "/c/…/x"
    assert masked_path("/" + "a" * 65) == "/…"


@pytest.mark.parametrize("name", ["Cookie", "Accept", "Accept-Language", "Origin", "Content-Type", "Authorization"])
def test_a_protocol_header_holding_text_no_protocol_value_holds_is_read(name: str) -> None:
    """Protocol headers and credentials are skipped while ASCII; a prompt in one (percent-encoded or raw UTF-8) is
    not a protocol value."""
    assert [s.text for s in header_segments([(name, "note=" + quote(TEXT))])] == ["note=" + TEXT]
    assert [s.text for s in header_segments([(name, "x=" + TEXT.encode().decode("latin-1"))])] == ["x=" + TEXT]


def test_free_form_request_preferences_are_read_in_full() -> None:
    segs = header_segments([("Accept", "AKIAZ7QW3RTY5UIO9PLK"), ("Origin", "https://chatgpt.com"),
                            ("Cookie", "session=eyJhbGciOi.abc%7B%22x%22%7D"), ("Authorization", "Bearer sk-abc")])
    assert [s.where for s in segs] == ["header.accept", "header.origin"]


# ---- round 15 (red team): ASCII in protocol headers and credentials
_B64 = __import__("base64").b64encode(TEXT.encode()).decode()


@pytest.mark.parametrize("name, value", [
    ("Cookie", f"note={_B64}"), ("Authorization", f"Bearer {_B64}"), ("X-Request-Id", _B64),
    ("traceparent", _B64), ("Cookie", "n=" + TEXT.encode().hex()), ("x-api-key", _B64), ("Range", f"bytes={_B64}"),
])
def test_text_hidden_in_a_protocol_value_or_credential_is_read(name: str, value: str) -> None:
    from gateway.unwrap import decoded_pieces

    segs = header_segments([(name, value)])  # read here, or as a text whose hidden runs the view decodes
    assert any(s.text == TEXT for s in segs + decoded_pieces(segs, 10_000)), segs


@pytest.mark.parametrize("name, value", [
    ("baggage", "kojin_bangou=526018159084"), ("Via", "1.1 aws_secret_access_key=9fQ2kLm8Vx4Rt7Yp1Zs6Wb3Nc5"),
    ("Content-Type", "application/json; note=aws_access_key_id AKIAZ7QW3RTY5UIO9PLK"),
    ("X-Request-Id", "id " + "x" * 70), ("If-None-Match", '"a b c"'),
])
def test_a_protocol_header_not_spelled_as_a_protocol_value_is_read(name: str, value: str) -> None:
    assert [s.text for s in header_segments([(name, value)])] == [value]


@pytest.mark.parametrize("name, value", [
    ("Cookie", "sessionKey=sk-ant-sid01-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789; __cf_bm=Xy3.abcDEF-1700000000-1.0"),
    ("Authorization", "Bearer sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKl"),
    ("Authorization", "Basic " + __import__("base64").b64encode(b"tanaka:password").decode()),
    ("Cookie", "token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    ("Content-Length", "526018159084"), ("Host", "api.openai.com"), ("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ=="),
    ("Accept-Encoding", "gzip"), ("anthropic-version", "2023-06-01"), ("openai-organization", "org-AbCdEfGhIjKlMnOp"),
])
def test_credentials_and_protocol_tokens_stay_unread(name: str, value: str) -> None:
    assert header_segments([(name, value)]) == []


def test_a_name_sent_in_several_fields_is_read_joined_too() -> None:
    segs = header_segments([("cookie", "a=" + quote(TEXT[:11])), ("cookie", "b=" + quote(TEXT[11:])),
                            ("X-Note", TEXT[:12]), ("x-note", TEXT[12:]), ("Accept", "*/*")])
    joined = {s.where: s.text for s in segs if s.where.endswith(":joined")}
    assert joined == {"header.cookie:joined": f"a={TEXT[:11]}; b={TEXT[11:]}",
                      "header.x-note:joined": f"{TEXT[:12]}, {TEXT[12:]}"}


@pytest.mark.parametrize("value, text", [
    ("sid=ab12Cd34EF56gh78; mynumber=123456789018", "mynumber: 123456789018"),
    ("note=yamada%20taro%20090-1234-5678; theme=dark", "note: yamada taro 090-1234-5678"),
    ("card=4539-1488-0266-1701", "card: 4539-1488-0266-1701"),
    # (round 18) an ASCII key: a provider's key by its prefix, a value under a cookie named for a secret
    ("sid=ab12Cd34EF56gh78; k=sk-ant-api03-Ab12Cd34Ef56Gh78Ij90Kl12", "k: sk-ant-api03-Ab12Cd34Ef56Gh78Ij90Kl12"),
    ("api_key=Zx81Qw92Er03Ty14; theme=dark", "api_key: Zx81Qw92Er03Ty14"),
])
def test_a_cookie_value_typed_as_data_is_read_with_its_name_as_label(value: str, text: str) -> None:
    """Issue 12: an ASCII identifier in a cookie reached the service unscanned; session tokens stay unread."""
    assert [s.text for s in header_segments([("Cookie", value)])] == [text]


@pytest.mark.parametrize("value", ["_ga=GA1.2.123456789.1700000000; theme=dark", "csrftoken=Ab12Cd34Ef56Gh78Ij90",
                                   "session=eyJhbGciOi.abc; lang=ja"])
def test_a_cookie_of_tokens_and_settings_stays_unread(value: str) -> None:
    assert header_segments([("Cookie", value)]) == []

