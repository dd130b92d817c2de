"""HeaderMap answers as mitmproxy's Headers does and writes every change through to them."""

from __future__ import annotations

import pytest
from mitmproxy import http

from gateway.addons.header_map import HeaderMap
from gateway.carriers import header_pairs

FIELDS = ((b"Host", b"api.openai.com"), (b"Content-Type", b"application/json"), (b"X-AIGW-User", b"tanaka"),
          (b"Accept", b"text/html"), (b"accept", b"application/json"), (b"X-Name", "名前".encode()),
          (b"X-Raw", b"\xff\xfe"))


def pair() -> tuple[http.Headers, HeaderMap]:
    return http.Headers(FIELDS), HeaderMap(http.Headers(FIELDS))


@pytest.mark.parametrize("name", ["host", "HOST", "Content-Type", "accept", "ACCEPT", "x-name", "x-raw", "absent",
                                  "X-Aigw-User", "ｘ-name"])
def test_lookups_answer_as_mitmproxys_headers(name: str) -> None:
    h, m = pair()
    assert m.get(name) == h.get(name)
    assert (name in m) == (name in h)
    assert m.get(name, "-") == h.get(name, "-")
    if name in h:
        assert m[name] == h[name]
    else:
        with pytest.raises(KeyError):
            m[name]


def test_changes_are_written_through_and_read_back() -> None:
    h = http.Headers(FIELDS)
    m = HeaderMap(h)
    del m["x-aigw-user"]
    m["X-Tenant"] = "contoso"
    m["accept"] = "*/*"
    assert "x-aigw-user" not in h and "x-aigw-user" not in m
    assert h["x-tenant"] == m["x-tenant"] == "contoso"
    assert h.get_all("accept") == ["*/*"] and m["accept"] == "*/*"
    with pytest.raises(KeyError):
        del m["absent"]


def test_iteration_length_items_and_raw_fields_are_the_flows() -> None:
    h, m = pair()
    assert list(m) == list(h) and len(m) == len(h)
    assert dict(m.items()) == dict(h.items())
    assert header_pairs(m) == header_pairs(h)
    assert m.get_all("accept") == ["text/html", "application/json"]
