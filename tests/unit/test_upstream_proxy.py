"""--upstream-proxy and its credentials: parsing, the sources of the secret, mitmdump options."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from gateway import cli
from gateway import upstream_proxy as up


@pytest.mark.parametrize("url,expect", [
    ("http://proxy.example.lg.jp:8080", ("http", "proxy.example.lg.jp", 8080)),
    ("proxy.example.lg.jp:3128", ("http", "proxy.example.lg.jp", 3128)),
    ("https://proxy.example.lg.jp", ("https", "proxy.example.lg.jp", 443)),
    ("http://[::1]:3128/", ("http", "::1", 3128)),
])
def test_parse_proxy_url(url, expect) -> None:
    p = up.parse_proxy_url(url)
    assert (p.scheme, p.host, p.port) == expect
    assert up.parse_proxy_url(p.url) == p


@pytest.mark.parametrize("url", ["http://user:pw@proxy:8080", "socks5://proxy:1080", "http://proxy:99999",
                                 "http://proxy:8080/path", "http://:8080"])
def test_parse_proxy_url_refuses(url) -> None:
    with pytest.raises(up.UpstreamProxyError):
        up.parse_proxy_url(url)


def test_credentials_from_exactly_one_source(tmp_path: Path) -> None:
    f = tmp_path / "auth"
    f.write_text("# parent proxy\ngw:s3cret\n")
    f.chmod(0o600)
    assert up.resolve_auth(None, f, {}) == "gw:s3cret"
    assert up.resolve_auth(None, None, {up.ENV_AUTH: "gw:env"}) == "gw:env"
    assert up.resolve_auth("gw:cli", None, {up.ENV_AUTH: "gw:env"}) == "gw:cli"
    assert up.resolve_auth(None, None, {}) is None
    with pytest.raises(up.UpstreamProxyError, match="once"):
        up.resolve_auth("gw:cli", f, {})
    f.chmod(0o644)
    with pytest.raises(up.UpstreamProxyError, match="chmod 600"):
        up.resolve_auth(None, f, {})
    f.chmod(0o600)
    f.write_text("gw:a\ngw:b\n")
    with pytest.raises(up.UpstreamProxyError, match="one line"):
        up.resolve_auth(None, f, {})
    for bad in ("nocolon", ":pw", "user:"):
        with pytest.raises(up.UpstreamProxyError):
            up.resolve_auth(bad, None, {})
    with pytest.raises(up.UpstreamProxyError, match="cannot read"):
        up.resolve_auth(None, tmp_path / "missing", {})


def _run_args(*argv: str) -> argparse.Namespace:
    return cli.build_parser().parse_args(["run", *argv])


def test_run_maps_to_mitmproxy_upstream_mode(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(up.ENV_AUTH, raising=False)
    f = tmp_path / "auth"
    f.write_text("gw:s3cret\n")
    f.chmod(0o600)
    args = _run_args("--upstream-proxy", "http://proxy.example.lg.jp:8080", "--upstream-proxy-auth-file", str(f))
    settings = cli.upstream_settings(args)
    assert settings == {"mode": "upstream:http://proxy.example.lg.jp:8080", "upstream_auth": "gw:s3cret"}
    out = cli.mitmdump_args(args, tmp_path, None, settings)
    assert out.count("-s") == 1 and out[out.index("-s") + 1] == str(cli.ENTRY)  # one script: default_addons()
    assert "mode=upstream:http://proxy.example.lg.jp:8080" in out and "upstream_auth=gw:s3cret" in out
    assert cli.upstream_settings(_run_args()) == {}
    plain = cli.mitmdump_args(_run_args(), tmp_path, None, {})
    assert plain.count("-s") == 1 and not any(a.startswith("mode=") for a in plain)


def test_forwarded_and_parent_proxy_addons_sit_in_the_one_ordered_list() -> None:
    from gateway.addons import default_addons

    names = [type(a).__name__ for a in default_addons()]
    assert names.index("ClientConnections") < names.index("ForwardedClient") < names.index("TrustedProxy")
    assert names.index("ForwardedClient") < names.index("Scope") < names.index("RequestPipeline")
    assert names.index("RequestPipeline") < names.index("ParentProxyGuard") < names.index("Ready")


@pytest.mark.parametrize("argv", [
    ["--upstream-proxy-auth", "gw:pw"],  # credentials without a parent
    ["--upstream-proxy", "http://p:8080", "--set", "mode=upstream:http://q:8080"],
    ["--upstream-proxy", "http://gw:pw@p:8080"],
])
def test_run_refuses_conflicts(argv) -> None:
    with pytest.raises(up.UpstreamProxyError):
        cli.upstream_settings(_run_args(*argv))


def test_cmd_run_exits_2_with_a_message(capsys) -> None:
    assert cli.main(["run", "--upstream-proxy", "ftp://p:21"]) == 2
    assert "scheme" in capsys.readouterr().err


def test_probe_pieces() -> None:
    req = up.connect_request("api.openai.com", 443, "gw:pw")
    assert req.startswith(b"CONNECT api.openai.com:443 HTTP/1.1\r\n") and b"Proxy-Authorization: Basic Z3c6cHc=" in req
    assert up.parse_status_line(b"HTTP/1.1 407 Proxy Authentication Required\r\n") == 407
    assert up.parse_status_line(b"garbage") is None
    assert [up.classify(s) for s in (200, 407, 403, None)] == ["ok", "auth_failed", "refused", "unreachable"]
    proxy = up.parse_proxy_url("http://proxy.example.lg.jp:8080")
    for style in ("openai", "anthropic", "google", "polyglot"):
        body = str(up.error_body("auth_failed", proxy, 407, "rid-1", style))
        assert "上位プロキシ" in body and "rid-1" in body and "gw:pw" not in body
